//! Check digits, dates, completeness, presence and the service-specific rules, each with
//! passing and failing inputs; and the rule library itself.

use super::*;
use crate::domain::ids::{CreditCodeError, IdCardError};
use crate::domain::lang::Lang;

#[test]
fn the_library_has_one_entry_per_rule_with_both_texts() {
    let all = rules();
    for (i, r) in all.iter().enumerate() {
        assert_eq!(r.id.info(), r, "lookup of {:?}", r.id);
        assert_eq!(
            serde_json::to_value(r.id).expect("serialize"),
            serde_json::Value::String(r.key.into())
        );
        for t in [r.title, r.checks, r.basis, r.fix] {
            assert!(
                !t.zh.trim().is_empty() && !t.en.trim().is_empty(),
                "{:?}",
                r.id
            );
        }
        if let Some(c) = r.catalog_rule {
            assert!(crate::domain::catalog::KNOWN_RULES.contains(&c), "{c}");
        }
        assert!(all[..i].iter().all(|o| o.id != r.id && o.key != r.key));
    }
    assert_eq!(all.len(), 24);
}

#[test]
fn a_wrong_credit_code_check_character_is_a_blocker() {
    let good = code();
    let mut bad = good.clone();
    let last = bad.pop().expect("code");
    bad.push(if last == '0' { '1' } else { '0' });
    let fx = clean("high_tech_certification", "2026-06-30", 3).set(
        "business_licence",
        0,
        FieldKind::CreditCode,
        &bad,
    );
    let findings = fx.run();
    let f = of_rule(&findings, RuleId::CreditCodeValid);
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].severity, Severity::Blocker);
    assert_eq!(f[0].materials[0].key, "business_licence");
    assert!(matches!(
        &f[0].detail,
        Detail::BadCreditCode { error: CreditCodeError::WrongCheck { found, .. }, .. } if *found != last
    ));
    assert!(f[0].explanation(Lang::Zh).contains("校验位"));
    // The application form, still carrying the good code, now differs from the licence.
    assert_eq!(of_rule(&findings, RuleId::CreditCodeMatch).len(), 1);
}

#[test]
fn a_credit_code_pasted_in_groups_is_read_without_its_blanks() {
    let good = code();
    let grouped: String = good
        .chars()
        .enumerate()
        .flat_map(|(i, c)| (i > 0 && i % 4 == 0).then_some(' ').into_iter().chain([c]))
        .collect();
    assert_ne!(grouped, good);
    let fx = clean("high_tech_certification", "2026-06-30", 3).set(
        "business_licence",
        0,
        FieldKind::CreditCode,
        &grouped,
    );
    let findings = fx.run();
    // Neither "22 characters" nor a mismatch against the other documents.
    assert!(of_rule(&findings, RuleId::CreditCodeValid).is_empty());
    assert!(of_rule(&findings, RuleId::CreditCodeMatch).is_empty());
    assert!(of_rule(&findings, RuleId::CaseRecordMatch).is_empty());
}

#[test]
fn a_seal_page_typed_as_missing_is_a_blocker_not_unreadable() {
    for typed in ["没有", "缺", "未盖", "无", "没有盖章页"] {
        let fx = clean("construction_qualification_upgrade", "2026-06-30", 7).set(
            "application_form",
            0,
            FieldKind::SealPagePresent,
            typed,
        );
        let findings = fx.run();
        assert!(
            of_rule(&findings, RuleId::FieldUnreadable).is_empty(),
            "{typed}: not unreadable"
        );
        assert!(
            findings.iter().any(|f| f.severity == Severity::Blocker
                && f.fields.contains(&FieldKind::SealPagePresent)),
            "{typed}: a blocker on the seal page"
        );
    }
}

#[test]
fn id_numbers_are_checked_on_identity_documents_only() {
    let fx = clean("bank_account_opening", "2026-06-30", 3);
    assert!(fx.run().is_empty());
    let fx = fx.set("legal_rep_id", 0, FieldKind::IdNumber, "110105198001011239");
    let findings = fx.run();
    let f = of_rule(&findings, RuleId::IdNumberValid);
    assert_eq!(f.len(), 1);
    assert!(matches!(
        &f[0].detail,
        Detail::BadIdNumber { error: IdCardError::WrongCheck { .. }, masked } if masked.contains('*')
    ));
    // A dropped digit on an ID document is caught; a passport number is left alone.
    let fx = fx.set("legal_rep_id", 0, FieldKind::IdNumber, "11010519800101123");
    assert!(matches!(
        of_rule(&fx.run(), RuleId::IdNumberValid)[0].detail,
        Detail::BadIdNumber {
            error: IdCardError::WrongLength { len: 17 },
            ..
        }
    ));
    let fx = fx.set("legal_rep_id", 0, FieldKind::IdNumber, "E12345678");
    assert!(of_rule(&fx.run(), RuleId::IdNumberValid).is_empty());
}

#[test]
fn an_expired_certificate_is_a_blocker_and_one_expiring_before_the_deadline_a_warning() {
    let fx = clean("construction_qualification_upgrade", "2026-06-30", 7).set(
        "current_certificate",
        0,
        FieldKind::ExpiryDate,
        "2026-02-27",
    );
    let findings = fx.run();
    let f = of_rule(&findings, RuleId::DocumentExpired);
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].severity, Severity::Blocker);
    assert!(f[0].explanation(Lang::Zh).contains("2026-02-27"));
    assert!(f[0].explanation(Lang::Zh).contains("3 天"));

    let fx = fx.set(
        "current_certificate",
        0,
        FieldKind::ExpiryDate,
        "2026-05-31",
    );
    let findings = fx.run();
    assert!(of_rule(&findings, RuleId::DocumentExpired).is_empty());
    let f = of_rule(&findings, RuleId::ExpiresBeforeDeadline);
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].severity, Severity::Warning);
    assert_eq!(f[0].fix_working_days, 10, "catalog: renew the certificate");

    let fx = fx.set("current_certificate", 0, FieldKind::ExpiryDate, "长期");
    assert!(fx.run().is_empty());
    let fx = fx.set(
        "current_certificate",
        0,
        FieldKind::ExpiryDate,
        "2030年1月5日",
    );
    assert!(fx.run().is_empty());
}

#[test]
fn issue_dates_in_the_future_and_reversed_periods_are_flagged() {
    let fx = clean("high_tech_certification", "2026-06-30", 3)
        .set("patents", 0, FieldKind::IssueDate, "2026-03-03")
        .set("tech_staff", 0, FieldKind::PeriodStart, "2025-12-31")
        .set("tech_staff", 0, FieldKind::PeriodEnd, "2025-01-01");
    let findings = fx.run();
    assert_eq!(of_rule(&findings, RuleId::IssueDateFuture).len(), 1);
    assert_eq!(of_rule(&findings, RuleId::PeriodReversed).len(), 1);
    let fx = fx.set("patents", 0, FieldKind::IssueDate, "2026-03-02");
    assert!(of_rule(&fx.run(), RuleId::IssueDateFuture).is_empty());
}

#[test]
fn audits_must_cover_the_last_three_full_fiscal_years() {
    // One report per year, 2023 and 2025 only: 2024 is missing.
    let mut fx = clean("high_tech_certification", "2026-06-30", 3);
    fx.pc = fx
        .pc
        .add_item("financial_audits", "测试", at(20))
        .expect("add");
    let fx = fx
        .set("financial_audits", 0, FieldKind::PeriodStart, "2023-01-01")
        .set("financial_audits", 0, FieldKind::PeriodEnd, "2023-12-31")
        .set("financial_audits", 1, FieldKind::PeriodStart, "2025-01-01")
        .set("financial_audits", 1, FieldKind::PeriodEnd, "2025-12-31");
    let findings = fx.run();
    let f = of_rule(&findings, RuleId::PeriodCovers);
    assert_eq!(f.len(), 1);
    assert_eq!(
        f[0].materials[0].item, None,
        "about the material as a whole"
    );
    assert!(matches!(&f[0].detail, Detail::YearsMissing { missing, .. } if *missing == vec![2024]));
    assert_eq!(f[0].fix_working_days, 5, "catalog: audit the missing year");
    assert!(f[0].explanation(Lang::Zh).contains("2024"));
    // Adjacent reports join up.
    let mut fx = fx;
    fx.pc = fx
        .pc
        .add_item("financial_audits", "测试", at(30))
        .expect("add");
    let fx = fx
        .set("financial_audits", 2, FieldKind::PeriodStart, "2024-01-01")
        .set("financial_audits", 2, FieldKind::PeriodEnd, "2024-12-31");
    assert!(of_rule(&fx.run(), RuleId::PeriodCovers).is_empty());
}

#[test]
fn a_lease_must_outlast_the_case_and_a_notice_must_end_by_the_hard_date() {
    let fx = clean("food_business_licence", "2026-06-30", 3).set(
        "premises_proof",
        0,
        FieldKind::PeriodEnd,
        "2026-06-01",
    );
    let f = fx.run();
    assert!(matches!(
        of_rule(&f, RuleId::PeriodCovers)[0].detail,
        Detail::PeriodTooShort { end: Some(_), .. }
    ));
    // A notice running until 2026-07-15 cannot end before a 2026-06-30 hard date; the
    // "fix" is waiting for it, counted in working days from today.
    let fx = clean("company_deregistration", "2026-06-30", 3).set(
        "creditor_notice",
        0,
        FieldKind::PeriodEnd,
        "2026-07-15",
    );
    let findings = fx.run();
    let f = of_rule(&findings, RuleId::PeriodCovers);
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].severity, Severity::Blocker);
    let wait = cal()
        .working_days_between(today(), d("2026-07-15"))
        .expect("span")
        .value;
    assert_eq!(i64::from(f[0].fix_working_days), wait);
}

#[test]
fn missing_and_to_replace_materials() {
    let fx = fresh("construction_qualification_upgrade", "2026-06-30", 7);
    let findings = fx.run();
    let not_ready = of_rule(&findings, RuleId::MaterialNotReady);
    let required = fx.pc.materials.iter().filter(|m| m.required).count();
    assert_eq!(
        not_ready.len(),
        required,
        "optional missing materials are fine"
    );
    // Track-record contracts may follow later (容缺受理): a warning, not a blocker.
    let contracts = not_ready
        .iter()
        .find(|f| f.materials[0].key == "track_record_contracts")
        .expect("contracts");
    assert_eq!(contracts.severity, Severity::Warning);
    assert!(contracts.explanation(Lang::Zh).contains("容缺"));
    // Nothing else is checked on materials not collected (prefilled values prove nothing).
    assert!(findings
        .iter()
        .all(|f| f.rule == RuleId::MaterialNotReady || f.rule == RuleId::PitfallCheck));

    let fx = clean("construction_qualification_upgrade", "2026-06-30", 7)
        .status("owner_letters", MaterialStatus::ToReplace)
        .status("current_certificate", MaterialStatus::ToReplace);
    let findings = fx.run();
    let f = of_rule(&findings, RuleId::MaterialNotReady);
    assert_eq!(f.len(), 2);
    assert_eq!(f[0].severity, Severity::Blocker);
    assert_eq!(f[0].materials[0].key, "current_certificate");
    assert_eq!(f[1].severity, Severity::Warning);
}

#[test]
fn a_contract_without_the_clients_seal_page_is_a_blocker() {
    let fx = clean("construction_qualification_upgrade", "2026-06-30", 7).set(
        "track_record_contracts",
        0,
        FieldKind::SealPagePresent,
        FLAG_NO,
    );
    let findings = fx.run();
    let f = of_rule(&findings, RuleId::SealPage);
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].severity, Severity::Blocker);
    assert_eq!(f[0].fix_working_days, 5, "article: about 5 days to redo");
    assert_eq!(
        f[0].pitfall.as_ref().map(|p| p.key.as_str()),
        Some("contract_seal_page_missing")
    );
    assert!(f[0].fix_text(Lang::Zh).contains("电子版"));
    // Not yet checked: a warning. Unreadable: counted as not checked, and reported.
    let fx = fx.set("track_record_contracts", 0, FieldKind::SealPagePresent, "");
    assert_eq!(
        of_rule(&fx.run(), RuleId::SealPage)[0].severity,
        Severity::Warning
    );
    let fx = fx.set(
        "track_record_contracts",
        0,
        FieldKind::SealPagePresent,
        "maybe",
    );
    let findings = fx.run();
    assert_eq!(
        of_rule(&findings, RuleId::SealPage)[0].severity,
        Severity::Warning
    );
    assert_eq!(of_rule(&findings, RuleId::FieldUnreadable).len(), 1);
    let fx = fx.set(
        "track_record_contracts",
        0,
        FieldKind::SealPagePresent,
        "有",
    );
    assert!(fx.run().is_empty());
}

#[test]
fn signatures_page_counts_and_empty_key_fields() {
    let fx = clean("articles_change", "2026-06-30", 3)
        .set(
            "shareholder_resolution",
            0,
            FieldKind::SignaturePresent,
            "否",
        )
        .set("articles_amendment", 0, FieldKind::PageCount, "")
        .set("change_application", 0, FieldKind::LegalRepresentative, "");
    let findings = fx.run();
    let sig = of_rule(&findings, RuleId::Signature);
    assert_eq!(sig.len(), 1);
    assert_eq!(sig[0].severity, Severity::Blocker);
    assert_eq!(sig[0].fix_working_days, 2, "catalog: resolution_unsigned");
    assert_eq!(of_rule(&findings, RuleId::PageCount).len(), 1);
    let empty = of_rule(&findings, RuleId::FieldsNotEntered);
    assert_eq!(empty.len(), 1);
    assert_eq!(empty[0].severity, Severity::Note);
    assert_eq!(empty[0].fields, vec![FieldKind::LegalRepresentative]);
    let fx = fx.set("articles_amendment", 0, FieldKind::PageCount, "0");
    assert!(matches!(
        of_rule(&fx.run(), RuleId::PageCount)[0].detail,
        Detail::PageCount { unreadable: true }
    ));
}

#[test]
fn advice_fits_the_service_no_licence_first_for_a_company_that_has_its_licence() {
    let fx = clean("bank_account_opening", "2026-06-30", 3).presence(Presence::Unavailable);
    let findings = fx.run();
    let f = of_rule(&findings, RuleId::LegalRepPresence);
    assert_eq!(f.len(), 1);
    for lang in [Lang::Zh, Lang::En] {
        let text = f[0].explanation(lang);
        assert!(
            !text.contains("先发执照") && !text.contains("licence first"),
            "{text}"
        );
    }
    assert!(f[0].explanation(Lang::Zh).contains("远程视频核验"));
    // The plan's suggested paths follow the service too.
    let catalog = crate::domain::catalog::Catalog::builtin();
    let paths = |key: &str| -> Vec<crate::domain::plan::PathKey> {
        crate::domain::plan::suggest_causes(catalog.get(key))
            .into_iter()
            .flat_map(|s| s.paths)
            .collect()
    };
    assert!(!paths("bank_account_opening")
        .contains(&crate::domain::plan::PathKey::LicenceFirstBankLater));
    assert!(paths("foreign_invested_setup")
        .contains(&crate::domain::plan::PathKey::LicenceFirstBankLater));
}

#[test]
fn legal_representative_abroad_points_to_the_alternatives() {
    let fx = clean("foreign_invested_setup", "2026-06-30", 3).presence(Presence::Unavailable);
    let findings = fx.run();
    let f = of_rule(&findings, RuleId::LegalRepPresence);
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].severity, Severity::Blocker);
    let keys: Vec<&str> = f[0].materials.iter().map(|m| m.key.as_str()).collect();
    assert_eq!(keys, ["power_of_attorney", "bank_account_receipt"]);
    let fix = f[0].fix_text(Lang::Zh);
    assert!(fix.contains("视频") && fix.contains("授权"), "{fix}");
    let zh = f[0].explanation(Lang::Zh);
    assert!(zh.contains("远程视频核验") && zh.contains("授权委托书") && zh.contains("先发执照"));
    // Unconfirmed: a note. Available: nothing.
    let fx = fx.presence(Presence::Unknown);
    assert_eq!(
        of_rule(&fx.run(), RuleId::LegalRepPresence)[0].severity,
        Severity::Note
    );
    let fx = fx.presence(Presence::Available);
    assert!(fx.run().is_empty());
    // A service with a real-name step but no in-person step: a warning.
    let fx = clean("company_registration", "2026-06-30", 3).presence(Presence::Unavailable);
    assert_eq!(
        of_rule(&fx.run(), RuleId::LegalRepPresence)[0].severity,
        Severity::Warning
    );
    // A service with neither: nothing.
    let fx = clean("audit_report", "2026-06-30", 3).presence(Presence::Unavailable);
    assert!(fx.run().is_empty());
}

#[test]
fn nonstandard_scope_wording_is_caught() {
    let fx = clean("company_registration", "2026-06-30", 3);
    for (scope, expect) in [
        ("软件开发;技术咨询等相关业务", vec!["等相关", "相关业务"]),
        ("销售日用百货等;餐饮管理", vec!["…等"]),
        ("一切合法业务", vec!["一切"]),
        ("Software, consulting etc.", vec!["etc."]),
        ("软件开发;信息技术咨询服务;高等教育", vec![]),
    ] {
        let fx = fx
            .clone_fx()
            .set("application_form", 0, FieldKind::BusinessScope, scope)
            .set("articles", 0, FieldKind::BusinessScope, scope);
        let findings = fx.run();
        let f = of_rule(&findings, RuleId::ScopeWording);
        if expect.is_empty() {
            assert!(f.is_empty(), "{scope}: {f:?}");
        } else {
            assert_eq!(f.len(), 2, "{scope}");
            assert!(matches!(&f[0].detail, Detail::ScopeWording { phrases } if *phrases == expect));
            assert_eq!(
                f[0].pitfall.as_ref().map(|p| p.key.as_str()),
                Some("scope_nonstandard")
            );
        }
    }
}

#[test]
fn tax_still_owed_blocks_deregistration() {
    let fx = clean("tax_deregistration", "2026-06-30", 5).set(
        "tax_settlement",
        0,
        FieldKind::Amount,
        "¥500.00",
    );
    let findings = fx.run();
    let f = of_rule(&findings, RuleId::UnpaidTax);
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].severity, Severity::Blocker);
    assert!(f[0].explanation(Lang::Zh).contains("500.00 元"));
    assert_eq!(f[0].fix_working_days, 2);
    let fx = fx.set("tax_settlement", 0, FieldKind::Amount, "0.00");
    assert!(fx.run().is_empty());
    let fx = fx.set("tax_settlement", 0, FieldKind::Amount, "五百");
    assert_eq!(of_rule(&fx.run(), RuleId::FieldUnreadable).len(), 1);
}

#[test]
fn premises_remarks_and_pitfalls_to_check_by_hand() {
    let fx = clean("food_business_licence", "2026-06-30", 3).set(
        "premises_proof",
        0,
        FieldKind::Remarks,
        "位于居民楼一层,原为住宅",
    );
    let findings = fx.run();
    let f = of_rule(&findings, RuleId::PremisesRemarks);
    assert_eq!(f.len(), 1);
    assert!(matches!(&f[0].detail, Detail::PremisesRemarks { words } if words.len() == 2));

    // Unanswered pitfalls are notes; a confirmed problem takes the pitfall's severity.
    let fx = fresh("food_business_licence", "2026-06-30", 3);
    let findings = fx.run();
    let checks = of_rule(&findings, RuleId::PitfallCheck);
    let keys: Vec<&str> = checks
        .iter()
        .filter_map(|f| f.pitfall.as_ref().map(|p| p.key.as_str()))
        .collect();
    assert_eq!(keys, ["premises_noncompliant", "item_conditions"]);
    let questions: Vec<&str> = confirmable_pitfalls(&fx.service)
        .map(|p| p.key.as_str())
        .collect();
    assert_eq!(questions, keys);
    assert!(checks.iter().all(|f| f.severity == Severity::Note));
    let mut fx = clean("food_business_licence", "2026-06-30", 3);
    fx.pc = fx
        .pc
        .answer_check(
            "premises_noncompliant",
            Some(CheckAnswer::Problem),
            "测试",
            at(40),
        )
        .expect("answer");
    let findings = fx.run();
    assert_eq!(findings.len(), 1);
    assert_eq!(findings[0].severity, Severity::Blocker);
    assert_eq!(findings[0].fix_working_days, 10);
    assert!(findings[0].explanation(Lang::Zh).starts_with("已核实存在"));
}

#[test]
fn findings_are_sorted_blockers_first_and_keys_are_unique() {
    let fx = super::consistency::patent_case("2026-03-20", 5)
        .set("patents", 2, FieldKind::IssueDate, "2027-01-01")
        .set("tech_staff", 0, FieldKind::PeriodStart, "")
        .set("business_licence", 0, FieldKind::CompanyName, COMPANY);
    let findings = fx.run();
    assert!(findings.windows(2).all(|w| w[0].severity <= w[1].severity));
    let mut keys: Vec<String> = findings.iter().map(Finding::key).collect();
    keys.sort();
    let n = keys.len();
    keys.dedup();
    assert_eq!(keys.len(), n);
    let s = summarize(&findings);
    assert_eq!(s.blockers, 2);
    assert_eq!(s.warnings, 1);
}

#[test]
fn a_free_text_service_checks_the_licence_and_custom_materials() {
    let case = case(None, "2026-06-30", 3);
    let pc = Precheck::start(&case, None, new_id(at(1), [2; 10]), at(1));
    assert_eq!(pc.materials.len(), 1);
    let custom = CustomMaterial {
        title: "软件著作权登记证书".into(),
        fields: vec![FieldKind::Holder, FieldKind::IdNumber],
        repeated: true,
        holder_is_company: true,
        ..CustomMaterial::default()
    };
    let (pc, key) = pc
        .add_custom_material(&custom, "测试", at(2))
        .expect("custom");
    let pc = pc
        .set_field(&key, 0, FieldKind::Holder, OTHER_FORM, "测试", at(3))
        .expect("set");
    let findings = run(&pc, &case, None, &cal(), today());
    assert_eq!(of_rule(&findings, RuleId::HolderNameMatch).len(), 1);
    assert_eq!(
        of_rule(&findings, RuleId::MaterialNotReady).len(),
        1,
        "the licence"
    );
    assert_eq!(
        of_rule(&findings, RuleId::HolderNameMatch)[0].fix_working_days,
        15
    );
}

impl Fx {
    fn clone_fx(&self) -> Fx {
        Fx {
            case: self.case.clone(),
            service: self.service.clone(),
            pc: self.pc.clone(),
        }
    }
}
