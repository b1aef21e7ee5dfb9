//! Starting a precheck, editing materials, the audit trail, value parsing and errors.

use super::*;
use crate::domain::lang::Lang;

#[test]
fn start_loads_the_checklist_and_prefills_the_company() {
    let fx = fresh("high_tech_certification", "2026-06-30", 3);
    let pc = &fx.pc;
    assert_eq!(pc.case_id, fx.case.meta.id);
    assert_eq!(pc.service_key.as_deref(), Some("high_tech_certification"));
    assert_eq!(pc.materials.len(), fx.service.materials.len());
    for (m, spec) in pc.materials.iter().zip(&fx.service.materials) {
        assert_eq!(m.key, spec.key);
        assert_eq!(m.required, spec.required);
        assert_eq!(m.status, MaterialStatus::Missing);
        assert_eq!(m.items.len(), 1, "repeated materials start with one item");
        assert_eq!(m.fields.last(), Some(&FieldKind::Remarks));
        let item = &m.items[0];
        assert_eq!(
            item.text(FieldKind::CompanyName).is_some(),
            m.has_field(FieldKind::CompanyName)
        );
        assert_eq!(
            item.text(FieldKind::CreditCode).is_some(),
            m.has_field(FieldKind::CreditCode)
        );
        assert_eq!(
            item.text(FieldKind::Holder),
            None,
            "holders are never prefilled"
        );
    }
    let patents = pc.material("patents").expect("patents");
    assert!(patents.repeated && patents.holder_is_company);
    assert_eq!(patents.field_label(FieldKind::Holder, Lang::Zh), "专利权人");
    assert_eq!(
        pc.licence().map(|m| m.key.as_str()),
        Some("business_licence")
    );
    assert!(matches!(pc.audit[0].what, AuditWhat::Started { .. }));

    let fx = fresh("construction_qualification_upgrade", "2026-06-30", 7);
    let personnel = fx.pc.material("personnel_certificates").expect("m");
    assert_eq!(
        personnel.items[0].text(FieldKind::CompanyName),
        None,
        "the registered company is what is checked: not prefilled"
    );
    assert_eq!(
        personnel.field_label(FieldKind::CompanyName, Lang::En),
        "Registered company"
    );
}

#[test]
fn setting_a_field_records_it_and_marks_the_material_in_hand() {
    let fx = fresh("scope_change", "2026-06-30", 3);
    let pc = fx
        .pc
        .set_field(
            "change_application",
            0,
            FieldKind::LegalRepresentative,
            "王伟",
            "小李",
            at(10),
        )
        .expect("set");
    let m = pc.material("change_application").expect("m");
    assert_eq!(m.items[0].value(FieldKind::LegalRepresentative), "王伟");
    assert_eq!(m.status, MaterialStatus::Have);
    assert_eq!(pc.meta.rev, fx.pc.meta.rev + 1);
    let n = pc.audit.len();
    assert!(
        matches!(&pc.audit[n - 2].what, AuditWhat::FieldSet { old, new, .. } if old.is_empty() && new == "王伟")
    );
    assert!(matches!(
        pc.audit[n - 1].what,
        AuditWhat::StatusSet {
            to: MaterialStatus::Have,
            ..
        }
    ));
    assert_eq!(pc.audit[n - 1].who, "小李");
    // Same value again: nothing changes.
    let same = pc
        .set_field(
            "change_application",
            0,
            FieldKind::LegalRepresentative,
            "王伟",
            "小李",
            at(11),
        )
        .expect("no-op");
    assert_eq!(same, pc);
    // Clearing a field removes it.
    let cleared = pc
        .set_field(
            "change_application",
            0,
            FieldKind::LegalRepresentative,
            "",
            "小李",
            at(12),
        )
        .expect("clear");
    assert!(!cleared.material("change_application").expect("m").items[0]
        .values
        .contains_key(&FieldKind::LegalRepresentative));
}

#[test]
fn quick_edits_of_one_field_merge_in_the_trail() {
    let fx = fresh("scope_change", "2026-06-30", 3);
    let key = "business_licence";
    let pc = fx
        .pc
        .set_status(key, MaterialStatus::Have, "小李", at(10))
        .expect("status");
    let base = pc.audit.len();
    let pc = pc
        .set_field(key, 0, FieldKind::LegalRepresentative, "王", "小李", at(20))
        .and_then(|p| {
            p.set_field(
                key,
                0,
                FieldKind::LegalRepresentative,
                "王伟",
                "小李",
                at(30),
            )
        })
        .expect("typing");
    assert_eq!(pc.audit.len(), base + 1);
    assert!(
        matches!(&pc.audit[base].what, AuditWhat::FieldSet { old, new, .. } if old.is_empty() && new == "王伟")
    );
    assert_eq!(pc.audit[base].at, at(30));
    // Another person, another field or a later edit gets its own entry.
    let pc = pc
        .set_field(
            key,
            0,
            FieldKind::LegalRepresentative,
            "王伟伟",
            "小周",
            at(40),
        )
        .and_then(|p| p.set_field(key, 0, FieldKind::IssueDate, "2020-01-01", "小周", at(50)))
        .and_then(|p| p.set_field(key, 0, FieldKind::IssueDate, "2020-01-02", "小周", at(500)))
        .expect("edits");
    assert_eq!(pc.audit.len(), base + 4);
    assert!(pc.meta.rev > fx.pc.meta.rev + 5);
}

#[test]
fn items_can_be_added_and_removed_on_lists_only() {
    let fx = fresh("high_tech_certification", "2026-06-30", 3);
    let pc = fx.pc.add_item("patents", "小李", at(10)).expect("add");
    let pc = pc.add_item("patents", "小李", at(11)).expect("add");
    let ids: Vec<u32> = pc
        .material("patents")
        .expect("m")
        .items
        .iter()
        .map(|i| i.id)
        .collect();
    assert_eq!(ids, [0, 1, 2]);
    let pc = pc
        .remove_item("patents", 1, "小李", at(12))
        .expect("remove");
    let pc = pc.add_item("patents", "小李", at(13)).expect("add");
    let ids: Vec<u32> = pc
        .material("patents")
        .expect("m")
        .items
        .iter()
        .map(|i| i.id)
        .collect();
    assert_eq!(ids, [0, 2, 3], "ids are never reused");
    assert_eq!(
        fx.pc.add_item("business_licence", "小李", at(10)),
        Err(PrecheckError::NotRepeated {
            material: "business_licence".into()
        })
    );
    assert_eq!(
        fx.pc.remove_item("patents", 0, "小李", at(10)),
        Err(PrecheckError::LastItem {
            material: "patents".into()
        })
    );
    assert!(matches!(
        pc.remove_item("patents", 9, "小李", at(10)),
        Err(PrecheckError::ItemOutOfRange {
            item: 9,
            len: 3,
            ..
        })
    ));
    // New items are prefilled too.
    let audits = pc
        .add_item("financial_audits", "小李", at(20))
        .expect("add");
    assert_eq!(
        audits.material("financial_audits").expect("m").items[1].text(FieldKind::CompanyName),
        Some(COMPANY)
    );
}

#[test]
fn custom_materials() {
    let fx = fresh("scope_change", "2026-06-30", 3);
    let custom = CustomMaterial {
        title: "  情况说明 ".into(),
        fields: vec![
            FieldKind::CompanyName,
            FieldKind::Remarks,
            FieldKind::CompanyName,
        ],
        required: true,
        seal_page_required: true,
        ..CustomMaterial::default()
    };
    let (pc, key) = fx
        .pc
        .add_custom_material(&custom, "小李", at(10))
        .expect("add");
    assert_eq!(key, "custom_1");
    let m = pc.material(&key).expect("m");
    assert!(m.is_custom() && m.required && !m.holder_is_company);
    assert_eq!(m.title.zh, "情况说明");
    assert_eq!(
        m.fields,
        [
            FieldKind::CompanyName,
            FieldKind::SealPagePresent,
            FieldKind::Remarks
        ]
    );
    assert_eq!(m.items[0].text(FieldKind::CompanyName), Some(COMPANY));
    let (pc, key2) = pc
        .add_custom_material(&custom, "小李", at(11))
        .expect("add");
    assert_eq!(key2, "custom_2");
    let pc = pc
        .remove_custom_material("custom_1", "小李", at(12))
        .expect("remove");
    let (pc, key3) = pc
        .add_custom_material(&custom, "小李", at(13))
        .expect("add");
    assert_eq!(key3, "custom_1");
    assert!(matches!(
        pc.audit.last().expect("e").what,
        AuditWhat::CustomAdded { .. }
    ));
    assert_eq!(
        pc.remove_custom_material("business_licence", "小李", at(14)),
        Err(PrecheckError::NotCustom {
            material: "business_licence".into()
        })
    );
    let empty = CustomMaterial::default();
    assert_eq!(
        fx.pc
            .add_custom_material(&empty, "小李", at(10))
            .map(|_| ()),
        Err(PrecheckError::EmptyTitle)
    );
}

#[test]
fn edit_errors() {
    let fx = fresh("scope_change", "2026-06-30", 3);
    let pc = &fx.pc;
    assert!(matches!(
        pc.set_field("nope", 0, FieldKind::CompanyName, "x", "", at(1)),
        Err(PrecheckError::UnknownMaterial { .. })
    ));
    assert!(matches!(
        pc.set_field("business_licence", 0, FieldKind::Holder, "x", "", at(1)),
        Err(PrecheckError::FieldNotOnMaterial {
            field: FieldKind::Holder,
            ..
        })
    ));
    let long = "字".repeat(MAX_VALUE_CHARS + 1);
    assert!(matches!(
        pc.set_field("business_licence", 0, FieldKind::Remarks, &long, "", at(1)),
        Err(PrecheckError::ValueTooLong { .. })
    ));
    assert_eq!(
        pc.answer_check(" ", Some(CheckAnswer::Fine), "", at(1)),
        Err(PrecheckError::BadPitfallKey)
    );
    let mut archived = pc.clone();
    archived.meta.deleted = true;
    assert_eq!(
        archived.set_status("business_licence", MaterialStatus::Have, "", at(1)),
        Err(PrecheckError::Archived)
    );
}

#[test]
fn every_error_has_a_message_in_both_languages() {
    let errors = [
        PrecheckError::Archived,
        PrecheckError::UnknownMaterial { key: "x".into() },
        PrecheckError::ItemOutOfRange {
            material: "x".into(),
            item: 3,
            len: 2,
        },
        PrecheckError::FieldNotOnMaterial {
            material: "x".into(),
            field: FieldKind::Holder,
        },
        PrecheckError::ValueTooLong {
            len: 5000,
            max: 4000,
        },
        PrecheckError::NotRepeated {
            material: "x".into(),
        },
        PrecheckError::LastItem {
            material: "x".into(),
        },
        PrecheckError::TooManyItems {
            material: "x".into(),
            max: 500,
        },
        PrecheckError::TooManyMaterials { max: 500 },
        PrecheckError::NotCustom {
            material: "x".into(),
        },
        PrecheckError::EmptyTitle,
        PrecheckError::TooLong {
            what: "name",
            max: 100,
        },
        PrecheckError::BadPitfallKey,
        PrecheckError::EmptySignerName,
        PrecheckError::WrongOrder {
            expected: SignLevel::First,
            got: SignLevel::Final,
        },
        PrecheckError::AlreadySigned {
            level: SignLevel::Second,
        },
        PrecheckError::OverrideRequired { blockers: 2 },
        PrecheckError::SameSigner {
            name: "李".into(),
            level: SignLevel::First,
        },
        PrecheckError::Calendar(crate::domain::calendar::CalendarError::SpanTooLong {
            days: 1,
            max: 1,
        }),
    ];
    for e in errors {
        let (zh, en) = (e.message(Lang::Zh), e.message(Lang::En));
        assert!(!zh.is_empty() && !en.is_empty() && zh != en, "{e:?}");
    }
}

#[test]
fn audit_messages_read_well_and_mask_id_numbers() {
    let pc = bank_with_rep_id()
        .set_legal_rep(Presence::Unavailable, "在国外出差", "小李", at(11))
        .and_then(|p| p.answer_check("premises_visit", Some(CheckAnswer::Fine), "小李", at(12)))
        .expect("edits");
    for e in &pc.audit {
        for lang in [Lang::Zh, Lang::En] {
            assert!(!e.message(lang).is_empty());
            assert!(!e.message(lang).contains(ID_OK), "ID numbers are masked");
        }
    }
    let zh: Vec<String> = pc.audit.iter().map(|e| e.message(Lang::Zh)).collect();
    assert!(
        zh.iter().any(|m| m.contains("110105********1238")),
        "{zh:?}"
    );
    assert!(zh
        .iter()
        .any(|m| m.contains("无法到场") && m.contains("在国外出差")));
}

#[test]
fn values_are_read_leniently() {
    use DateValue as D;
    assert_eq!(parse_date_value("2026-03-20"), D::Date(d("2026-03-20")));
    assert_eq!(parse_date_value(" 2026/3/5 "), D::Date(d("2026-03-05")));
    assert_eq!(parse_date_value("2026.03.05"), D::Date(d("2026-03-05")));
    assert_eq!(parse_date_value("2026年3月5日"), D::Date(d("2026-03-05")));
    assert_eq!(parse_date_value("长期"), D::Open);
    assert_eq!(parse_date_value("Long-Term"), D::Open);
    assert_eq!(parse_date_value(""), D::Empty);
    for bad in [
        "2026-02-30",
        "26-03-05",
        "2026-3",
        "明天",
        "2026-03-05-01",
        "+2026-03-05",
    ] {
        assert_eq!(parse_date_value(bad), D::Unreadable, "{bad}");
    }
    assert_eq!(parse_flag("yes"), Flag::Yes);
    assert_eq!(parse_flag("有"), Flag::Yes);
    assert_eq!(parse_flag("NO"), Flag::No);
    assert_eq!(parse_flag("缺失"), Flag::No);
    assert_eq!(parse_flag(" "), Flag::Unset);
    assert_eq!(parse_flag("perhaps"), Flag::Unreadable);
    // What people really type for a missing seal page is a "no", never "unreadable".
    for no in [
        "没有",
        "缺",
        "未盖",
        "无",
        "没有盖章页",
        "缺盖章页",
        "未盖章",
        "无盖章",
        "Missing",
    ] {
        assert_eq!(parse_flag(no), Flag::No, "{no}");
    }
    for yes in ["已盖章", "有盖章页", "签字齐全", "present"] {
        assert_eq!(parse_flag(yes), Flag::Yes, "{yes}");
    }
    assert_eq!(parse_flag("未知"), Flag::Unreadable);
    assert_eq!(
        parse_flag("合同第三页好像有个章但看不清楚是谁的"),
        Flag::Unreadable,
        "a remark is left for a person"
    );
    assert_eq!(parse_amount_fen("¥1,234.5元"), Number::Value(123_450));
    assert_eq!(parse_amount_fen("500"), Number::Value(50_000));
    assert_eq!(parse_amount_fen("-0.05"), Number::Value(-5));
    assert_eq!(parse_amount_fen(""), Number::Empty);
    for bad in ["1.234", "abc", ".5", "1e5", "--1", "99999999999999999"] {
        assert_eq!(parse_amount_fen(bad), Number::Unreadable, "{bad}");
    }
    assert_eq!(parse_count("12页"), Number::Value(12));
    assert_eq!(parse_count("0"), Number::Unreadable);
    assert_eq!(parse_count("-3"), Number::Unreadable);
    assert_eq!(InputKind::of(FieldKind::ExpiryDate), InputKind::Date);
    assert_eq!(InputKind::of(FieldKind::SealPagePresent), InputKind::YesNo);
    assert_eq!(InputKind::of(FieldKind::BusinessScope), InputKind::LongText);
}

#[test]
fn a_precheck_survives_a_json_round_trip() {
    let fx = super::consistency::patent_case("2026-03-20", 5);
    let json = serde_json::to_string(&fx.pc).expect("serialize");
    assert!(
        json.contains("\"holder\":"),
        "field kinds are map keys: {json:.200}"
    );
    let back: Precheck = serde_json::from_str(&json).expect("deserialize");
    assert_eq!(back, fx.pc);
    // Records written before optional fields existed still load.
    let mut value: serde_json::Value = serde_json::from_str(&json).expect("value");
    if let Some(obj) = value.as_object_mut() {
        for k in [
            "legal_rep",
            "legal_rep_note",
            "prefill",
            "checks",
            "signoffs",
            "audit",
        ] {
            obj.remove(k);
        }
    }
    let old: Precheck = serde_json::from_value(value).expect("old record");
    assert_eq!(old.materials, fx.pc.materials);
    assert!(old.signoffs.is_empty());
}

#[test]
fn status_presence_and_answers_have_labels() {
    for s in MaterialStatus::ALL {
        assert_eq!(MaterialStatus::from_key(s.key()), Some(s));
        assert_ne!(s.label(Lang::Zh), s.label(Lang::En));
    }
    for p in Presence::ALL {
        assert_eq!(Presence::from_key(p.key()), Some(p));
        assert_ne!(p.label(Lang::Zh), p.label(Lang::En));
    }
    for a in [CheckAnswer::Fine, CheckAnswer::Problem] {
        assert_ne!(a.label(Lang::Zh), a.label(Lang::En));
    }
    for f in RuleFamily::ALL {
        assert!(rules().iter().any(|r| r.family == f), "{f:?} has rules");
    }
}
