//! Cross-document consistency, including the article's patent case.

use super::*;
use crate::domain::ids::{DiffOp, DifferenceKind};
use crate::domain::lang::Lang;

#[test]
fn clean_inputs_pass_for_every_builtin_service() {
    for key in crate::domain::catalog::BUILTIN_KEYS {
        let fx = clean(key, "2026-06-30", 3);
        let findings = fx.run();
        assert!(
            findings.is_empty(),
            "{key}: {:#?}",
            findings
                .iter()
                .map(|f| f.explanation(Lang::En))
                .collect::<Vec<_>>()
        );
    }
}

/// Six patents, two naming the holder with the other company form.
pub(in super::super) fn patent_case(hard: &str, promised: u32) -> Fx {
    let mut fx = clean("high_tech_certification", hard, promised);
    for _ in 0..5 {
        fx.pc = fx
            .pc
            .add_item("patents", "测试", at(20))
            .expect("add patent");
    }
    for i in 0..6 {
        let holder = if i == 1 || i == 4 {
            OTHER_FORM
        } else {
            COMPANY
        };
        fx = fx
            .set("patents", i, FieldKind::Holder, holder)
            .set("patents", i, FieldKind::IdNumber, "ZL202110000001.5")
            .set("patents", i, FieldKind::IssueDate, "2023-05-10");
    }
    fx
}

#[test]
fn patent_holder_with_other_company_form_is_a_blocker() {
    let fx = patent_case("2026-03-20", 5);
    let findings = fx.run();
    let holder = of_rule(&findings, RuleId::HolderNameMatch);
    assert_eq!(holder.len(), 2, "{findings:#?}");
    for (f, item) in holder.iter().zip([1, 4]) {
        assert_eq!(f.severity, Severity::Blocker);
        assert_eq!(f.materials[0].key, "patents");
        assert_eq!(f.materials[0].item, Some(item));
        assert_eq!(f.fields, vec![FieldKind::Holder]);
        assert!(f.touches("patents", Some(item)) && f.touches("patents", None));
        assert!(!f.touches("patents", Some(item + 1)) && !f.touches("business_licence", None));
        let diff = f.name_diff.as_ref().expect("diff");
        assert_eq!(diff.kinds, vec![DifferenceKind::CompanyFormSuffix]);
        assert!(
            diff.diff.contains(&DiffOp::Delete("责任".into())),
            "{diff:?}"
        );
        // The catalog pitfall gives the fix: a holder name change, about 15 working days.
        assert_eq!(f.fix_working_days, 15);
        assert_eq!(
            f.pitfall.as_ref().map(|p| p.key.as_str()),
            Some("patent_holder_mismatch")
        );
        let zh = f.explanation(Lang::Zh);
        assert!(zh.contains("专利权人") && zh.contains(OTHER_FORM) && zh.contains(COMPANY));
        assert!(zh.contains(&format!("第 {} 项", item + 1)), "{zh}");
        assert!(f.explanation(Lang::En).contains("company-form suffix"));
        assert!(f.basis(Lang::Zh).contains("高新技术企业认定管理办法"));
    }
    assert_eq!(
        blockers(&findings),
        2,
        "only the two holders: {findings:#?}"
    );
}

#[test]
fn holders_are_compared_exactly_but_surrounding_spaces_are_entry_noise() {
    let fx = clean("high_tech_certification", "2026-06-30", 3).set(
        "patents",
        0,
        FieldKind::Holder,
        &format!("  {COMPANY}\u{3000}"),
    );
    assert!(fx.run().is_empty());
    let fx = fx.set("patents", 0, FieldKind::Holder, "上海示例科技 有限责任公司");
    let findings = fx.run();
    let f = of_rule(&findings, RuleId::HolderNameMatch);
    assert_eq!(f.len(), 1);
    let kinds = &f[0].name_diff.as_ref().expect("diff").kinds;
    assert_eq!(kinds, &vec![DifferenceKind::Whitespace]);
}

#[test]
fn company_name_credit_code_and_legal_rep_are_compared_with_the_licence() {
    let other_code = valid_code("91310115MA1K4ABC2");
    let fx = clean("high_tech_certification", "2026-06-30", 3)
        .set("application_form", 0, FieldKind::CompanyName, OTHER_FORM)
        .set("application_form", 0, FieldKind::CreditCode, &other_code)
        .set(
            "application_form",
            0,
            FieldKind::LegalRepresentative,
            "王 伟",
        )
        .set(
            "financial_audits",
            0,
            FieldKind::CompanyName,
            "上海示例科技（集团）有限责任公司",
        );
    let findings = fx.run();
    let names = of_rule(&findings, RuleId::CompanyNameMatch);
    assert_eq!(names.len(), 2);
    assert_eq!(names[0].materials[0].key, "application_form");
    assert_eq!(names[1].materials[0].key, "financial_audits");
    assert!(names[1]
        .name_diff
        .as_ref()
        .expect("diff")
        .kinds
        .contains(&DifferenceKind::Other));
    let codes = of_rule(&findings, RuleId::CreditCodeMatch);
    assert_eq!(codes.len(), 1);
    assert_eq!(codes[0].severity, Severity::Blocker);
    let reps = of_rule(&findings, RuleId::LegalRepMatch);
    assert_eq!(reps.len(), 1);
    // Audit-report name mismatches take the catalog's fix (firm reissues, 2 days).
    assert_eq!(names[1].fix_working_days, 2);
    assert_eq!(
        names[1].pitfall.as_ref().map(|p| p.key.as_str()),
        Some("report_name_mismatch")
    );
}

#[test]
fn credit_codes_match_regardless_of_case_and_spaces() {
    let lower = format!(" {} ", code().to_lowercase());
    let fx = clean("high_tech_certification", "2026-06-30", 3).set(
        "application_form",
        0,
        FieldKind::CreditCode,
        &lower,
    );
    assert!(of_rule(&fx.run(), RuleId::CreditCodeMatch).is_empty());
}

#[test]
fn without_a_licence_in_hand_the_case_record_is_the_reference() {
    let fx = clean("high_tech_certification", "2026-06-30", 3)
        .status("business_licence", MaterialStatus::Missing)
        .set("patents", 0, FieldKind::Holder, OTHER_FORM);
    let findings = fx.run();
    let holder = of_rule(&findings, RuleId::HolderNameMatch);
    assert_eq!(holder.len(), 1);
    match &holder[0].detail {
        Detail::Mismatch { against, .. } => assert_eq!(*against, Reference::CaseRecord),
        other => panic!("unexpected detail {other:?}"),
    }
    assert!(holder[0].explanation(Lang::Zh).contains("案件登记"));
    // The licence itself is reported missing.
    assert_eq!(of_rule(&findings, RuleId::MaterialNotReady).len(), 1);
}

#[test]
fn the_licence_is_the_reference_when_it_differs_from_the_case() {
    // The licence says the other form: documents follow the licence, the case is flagged.
    let fx = clean("high_tech_certification", "2026-06-30", 3)
        .set("business_licence", 0, FieldKind::CompanyName, OTHER_FORM)
        .set("patents", 0, FieldKind::Holder, OTHER_FORM);
    let findings = fx.run();
    let record = of_rule(&findings, RuleId::CaseRecordMatch);
    assert_eq!(record.len(), 1);
    assert_eq!(record[0].severity, Severity::Warning);
    assert!(record[0].explanation(Lang::Zh).contains("以执照为准"));
    // The patent matches the licence; the application form and audits (still the case's
    // name) do not.
    assert!(of_rule(&findings, RuleId::HolderNameMatch).is_empty());
    assert!(!of_rule(&findings, RuleId::CompanyNameMatch).is_empty());
}

#[test]
fn personnel_certificates_registered_elsewhere_use_the_holder_rule() {
    let fx = clean("construction_qualification_upgrade", "2026-06-30", 7).set(
        "personnel_certificates",
        0,
        FieldKind::CompanyName,
        "上海另一建设有限公司",
    );
    let findings = fx.run();
    let f = of_rule(&findings, RuleId::HolderNameMatch);
    assert_eq!(f.len(), 1);
    assert_eq!(
        f[0].fix_working_days, 20,
        "catalog: transfer the registration"
    );
    // The person holding the certificate is not compared with the company.
    assert!(
        !fx.pc
            .material("personnel_certificates")
            .expect("m")
            .holder_is_company
    );
}

#[test]
fn trademark_applicant_must_match_the_licence() {
    let fx = clean("trademark_registration", "2026-06-30", 3).set(
        "application_form",
        0,
        FieldKind::Holder,
        OTHER_FORM,
    );
    let findings = fx.run();
    let f = of_rule(&findings, RuleId::HolderNameMatch);
    assert_eq!(f.len(), 1);
    assert_eq!(
        f[0].pitfall.as_ref().map(|p| p.key.as_str()),
        Some("applicant_name_mismatch")
    );
}

#[test]
fn business_scope_must_read_the_same_on_every_document() {
    let fx = clean("scope_change", "2026-06-30", 3).set(
        "articles_amendment",
        0,
        FieldKind::BusinessScope,
        "软件开发;信息技术咨询服务;货物进出口",
    );
    let findings = fx.run();
    let f = of_rule(&findings, RuleId::ScopeConsistent);
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].materials[0].key, "articles_amendment");
    assert!(f[0].explanation(Lang::Zh).contains("变更登记申请书"));
}
