//! Tests of the catalog: built-in content invariants, editing rules, validation and serde.

use proptest::prelude::*;

use super::*;

fn builtin_service(key: &str) -> ServiceType {
    Catalog::builtin()
        .get(key)
        .cloned()
        .unwrap_or_else(|| panic!("built-in service {key} missing"))
}

/// A small valid custom service; each validation test breaks one thing in it.
fn custom(key: &str) -> ServiceType {
    ServiceType {
        key: key.to_owned(),
        name: L10n::new("进出口权备案", "Import-export filing"),
        departments: vec![L10n::new("商务局", "Commerce bureau")],
        typical_working_days: 5,
        materials: vec![MaterialSpec::new("licence", L10n::new("营业执照", ""))
            .with_fields(&[FieldKind::CompanyName, FieldKind::CreditCode])],
        pitfalls: vec![Pitfall::new(
            "name_mismatch",
            Severity::Warning,
            Source::Practice,
            L10n::new("名称不一致", ""),
            L10n::new("更正后重交", ""),
            2,
        )
        .with_rule("licence_fields_match")],
        legal_rep_in_person: false,
        builtin: false,
        source: Source::Practice,
    }
}

#[test]
fn builtin_catalog_validates() {
    let catalog = Catalog::builtin();
    if let Err(e) = catalog.validate_all() {
        panic!("{}", e.message(Lang::En));
    }
    assert!(catalog.services.iter().all(|s| s.builtin));
}

#[test]
fn builtin_keys_match_the_constant_and_are_unique() {
    let keys: Vec<_> = Catalog::builtin()
        .services
        .iter()
        .map(|s| s.key.clone())
        .collect();
    assert_eq!(keys, BUILTIN_KEYS);
    let unique: std::collections::HashSet<_> = keys.iter().collect();
    assert_eq!(unique.len(), keys.len());
}

#[test]
fn every_service_has_a_required_material_and_a_pitfall() {
    for s in Catalog::builtin().services {
        assert!(s.required_materials().count() >= 1, "{}", s.key);
        assert!(!s.pitfalls.is_empty(), "{}", s.key);
    }
}

#[test]
fn every_pitfall_rule_is_known() {
    for s in Catalog::builtin().services {
        for p in &s.pitfalls {
            if let Some(rule) = &p.rule {
                assert!(KNOWN_RULES.contains(&rule.as_str()), "{}/{}", s.key, p.key);
            }
        }
    }
}

#[test]
fn seal_and_signature_flags_have_their_fields() {
    for s in Catalog::builtin().services {
        for m in &s.materials {
            let has = |f| m.fields.contains(&f);
            assert!(!m.seal_page_required || has(FieldKind::SealPagePresent));
            assert!(!m.signature_required || has(FieldKind::SignaturePresent));
            assert!(!m.fields.is_empty(), "{}/{} has no fields", s.key, m.key);
        }
    }
}

#[test]
fn builtin_text_is_bilingual() {
    let both = |t: &L10n| !t.zh.trim().is_empty() && !t.en.trim().is_empty();
    for s in Catalog::builtin().services {
        assert!(both(&s.name), "{}", s.key);
        assert!(s.departments.iter().all(both), "{}", s.key);
        for m in &s.materials {
            assert!(both(&m.name), "{}/{}", s.key, m.key);
            assert!(m.note.as_ref().is_none_or(both), "{}/{}", s.key, m.key);
        }
        for p in &s.pitfalls {
            assert!(both(&p.text) && both(&p.fix), "{}/{}", s.key, p.key);
        }
    }
}

#[test]
fn all_requested_services_are_built_in() {
    for key in [
        "scope_change",
        "high_tech_certification",
        "foreign_invested_setup",
        "construction_qualification_upgrade",
        "company_deregistration",
        "tax_deregistration",
        "articles_change",
        "food_business_licence",
        "trademark_registration",
        "trademark_rejection_review",
        "bank_account_opening",
        "customs_filing",
        "social_insurance_enrolment",
        "tax_change",
        "company_registration",
        "audit_report",
    ] {
        assert!(Catalog::builtin().get(key).is_some(), "{key}");
    }
}

#[test]
fn high_tech_patents_and_holder_pitfall() {
    let s = builtin_service("high_tech_certification");
    let patents = s.material("patents").expect("patents material");
    assert!(patents.repeated && patents.required);
    assert!(patents.fields.contains(&FieldKind::Holder));
    let p = s
        .pitfalls_for_rule("holder_name_match")
        .next()
        .expect("holder pitfall");
    assert_eq!(p.fix_working_days, 15);
    assert_eq!(p.source, Source::Article);
    assert_eq!(p.severity, Severity::Blocker);
    assert!(p.text.zh.contains("有限公司") && p.text.zh.contains("有限责任公司"));
    assert_eq!(s.worst_case_working_days(), 60 + 15);
}

#[test]
fn service_durations_are_time_limits_not_the_articles_promises_and_in_person_flags() {
    // In the article, 7 working days (construction) and 3 days (food licence, foreign set-up,
    // tax change) were promises to clients or what one case achieved, never time limits.
    let q = builtin_service("construction_qualification_upgrade");
    assert_eq!((q.typical_working_days, q.source), (20, Source::Practice));
    let f = builtin_service("foreign_invested_setup");
    assert_eq!((f.typical_working_days, f.source), (3, Source::Practice));
    assert!(f.legal_rep_in_person);
    assert!(f
        .material("bank_account_receipt")
        .is_some_and(|m| m.accept_missing_later));
    let food = builtin_service("food_business_licence");
    assert_eq!(
        (food.typical_working_days, food.source),
        (10, Source::Practice)
    );
    // No built-in service duration claims the article as its source.
    for key in [
        "construction_qualification_upgrade",
        "foreign_invested_setup",
        "food_business_licence",
        "tax_change",
    ] {
        assert_eq!(builtin_service(key).source, Source::Practice, "{key}");
    }
    assert!(builtin_service("bank_account_opening").legal_rep_in_person);
}

#[test]
fn construction_contracts_need_seal_page() {
    let s = builtin_service("construction_qualification_upgrade");
    let contracts = s.material("track_record_contracts").expect("contracts");
    assert!(contracts.repeated && contracts.seal_page_required && contracts.accept_missing_later);
    for supplement in ["acceptance_certificates", "owner_letters"] {
        assert!(s.material(supplement).is_some_and(|m| !m.required));
    }
    let p = s
        .pitfalls_for_rule("seal_page_present")
        .next()
        .expect("pitfall");
    assert_eq!((p.fix_working_days, p.source), (5, Source::Article));
}

#[test]
fn rules_from_the_cases_are_wired() {
    let cases = [
        ("tax_deregistration", "unpaid_tax"),
        ("company_deregistration", "system_outage_warning"),
        ("company_registration", "scope_standard_wording"),
        ("articles_change", "articles_current_rules"),
        ("food_business_licence", "premises_requirements"),
        ("bank_account_opening", "legal_rep_presence"),
        ("foreign_invested_setup", "legal_rep_presence"),
        ("customs_filing", "licence_fields_match"),
        ("tax_change", "system_outage_warning"),
        ("social_insurance_enrolment", "required_materials_complete"),
    ];
    for (service, rule) in cases {
        let s = builtin_service(service);
        assert!(
            s.pitfalls_for_rule(rule)
                .any(|p| p.source == Source::Article),
            "{service}/{rule}"
        );
    }
    let customs = builtin_service("customs_filing");
    assert!(customs.material("situation_statement").is_some());
    assert!(customs.material("legal_rep_authorization").is_some());
}

#[test]
fn l10n_falls_back_to_chinese() {
    let t = L10n::new("加急", "");
    assert_eq!(t.get(Lang::En), "加急");
    assert_eq!(L10n::new("加急", "Rush").get(Lang::En), "Rush");
    assert_eq!(L10n::new("加急", "Rush").get(Lang::Zh), "加急");
    let parsed: L10n = serde_json::from_str(r#"{"zh":"只有中文"}"#).expect("en is optional");
    assert_eq!(parsed.en, "");
}

#[test]
fn labels_are_distinct_and_present() {
    for lang in [Lang::Zh, Lang::En] {
        let labels: std::collections::HashSet<_> =
            FieldKind::ALL.iter().map(|f| f.label(lang)).collect();
        assert_eq!(labels.len(), FieldKind::ALL.len());
    }
    assert_eq!(
        Source::Practice.local_check_hint(Lang::Zh),
        Some("请以当地规定核实")
    );
    assert_eq!(Source::Article.local_check_hint(Lang::En), None);
    assert!(Severity::Blocker < Severity::Note);
}

#[test]
fn upsert_adds_edits_and_refuses_builtin_keys() {
    let mut catalog = Catalog::builtin();
    let before = catalog.services.len();
    let mut new = custom("import_export_filing");
    new.builtin = true; // a caller cannot smuggle in a built-in
    assert_eq!(catalog.upsert(new), Ok(()));
    assert_eq!(catalog.services.len(), before + 1);
    assert_eq!(catalog.custom_services().count(), 1);

    let mut edited = custom("import_export_filing");
    edited.typical_working_days = 8;
    assert_eq!(catalog.upsert(edited), Ok(()));
    assert_eq!(catalog.services.len(), before + 1);
    let stored = catalog.get("import_export_filing").expect("stored");
    assert_eq!((stored.typical_working_days, stored.builtin), (8, false));

    let err = catalog.upsert(custom("scope_change"));
    assert_eq!(
        err,
        Err(CatalogError::BuiltinKey {
            service: "scope_change".into()
        })
    );
    assert!(catalog.get("scope_change").is_some_and(|s| s.builtin));

    let mut bad = custom("import_export_filing");
    bad.typical_working_days = 0;
    assert!(catalog.upsert(bad).is_err());
    assert_eq!(
        catalog
            .get("import_export_filing")
            .map(|s| s.typical_working_days),
        Some(8)
    );
}

#[test]
fn remove_only_custom_services() {
    let mut catalog = Catalog::builtin();
    catalog.upsert(custom("extra")).expect("valid custom");
    assert!(catalog.remove_custom("extra").is_ok());
    assert!(matches!(
        catalog.remove_custom("extra"),
        Err(CatalogError::NotFound { .. })
    ));
    assert!(matches!(
        catalog.remove_custom("tax_change"),
        Err(CatalogError::BuiltinReadOnly { .. })
    ));
}

#[test]
fn with_custom_skips_bad_records() {
    let mut bad = custom("broken");
    bad.name.zh.clear();
    let (catalog, errors) = Catalog::with_custom([custom("good"), bad, custom("audit_report")]);
    assert!(catalog.get("good").is_some());
    assert!(catalog.get("broken").is_none());
    assert_eq!(errors.len(), 2);
    assert_eq!(catalog.validate_all(), Ok(()));
}

#[test]
fn json_round_trip_of_the_whole_catalog() {
    let mut catalog = Catalog::builtin();
    catalog.upsert(custom("extra")).expect("valid custom");
    let json = serde_json::to_string(&catalog).expect("serialise");
    assert!(json.contains("\"typical_working_days\""));
    assert!(json.contains("\"seal_page_present\""));
    assert!(json.contains("\"blocker\"") && json.contains("\"article\""));
    let back: Catalog = serde_json::from_str(&json).expect("deserialise");
    assert_eq!(back, catalog);
}

#[test]
fn validate_reports_each_problem() {
    type Break = fn(&mut ServiceType);
    type Expect = fn(&CatalogError) -> bool;
    let cases: Vec<(Break, Expect)> = vec![
        (
            |s| s.key.clear(),
            |e| {
                matches!(
                    e,
                    CatalogError::InvalidServiceKey {
                        problem: KeyError::Empty,
                        ..
                    }
                )
            },
        ),
        (
            |s| s.key = "Scope".into(),
            |e| {
                matches!(
                    e,
                    CatalogError::InvalidServiceKey {
                        problem: KeyError::InvalidChar { ch: 'S' },
                        ..
                    }
                )
            },
        ),
        (
            |s| s.key = "a".repeat(65),
            |e| {
                matches!(
                    e,
                    CatalogError::InvalidServiceKey {
                        problem: KeyError::TooLong { len: 65 },
                        ..
                    }
                )
            },
        ),
        (
            |s| s.name.zh = "  ".into(),
            |e| matches!(e, CatalogError::MissingName { .. }),
        ),
        (
            |s| s.departments.clear(),
            |e| matches!(e, CatalogError::MissingDepartment { .. }),
        ),
        (
            |s| s.departments.push(L10n::default()),
            |e| matches!(e, CatalogError::EmptyDepartmentName { index: 1, .. }),
        ),
        (
            |s| s.typical_working_days = 0,
            |e| matches!(e, CatalogError::WorkingDaysOutOfRange { days: 0, .. }),
        ),
        (
            |s| s.typical_working_days = 366,
            |e| matches!(e, CatalogError::WorkingDaysOutOfRange { days: 366, .. }),
        ),
        (
            |s| s.materials[0].required = false,
            |e| matches!(e, CatalogError::MissingRequiredMaterial { .. }),
        ),
        (
            |s| s.materials[0].key = "执照".into(),
            |e| matches!(e, CatalogError::InvalidMaterialKey { .. }),
        ),
        (
            |s| s.materials[0].name.zh.clear(),
            |e| matches!(e, CatalogError::MissingMaterialName { .. }),
        ),
        (
            |s| s.materials.push(s.materials[0].clone()),
            |e| matches!(e, CatalogError::DuplicateMaterial { .. }),
        ),
        (
            |s| s.materials[0].fields.push(FieldKind::CompanyName),
            |e| {
                matches!(
                    e,
                    CatalogError::DuplicateField {
                        field: FieldKind::CompanyName,
                        ..
                    }
                )
            },
        ),
        (
            |s| s.pitfalls[0].key = "bad key".into(),
            |e| {
                matches!(
                    e,
                    CatalogError::InvalidPitfallKey {
                        problem: KeyError::InvalidChar { ch: ' ' },
                        ..
                    }
                )
            },
        ),
        (
            |s| s.pitfalls[0].text.zh.clear(),
            |e| matches!(e, CatalogError::MissingPitfallText { .. }),
        ),
        (
            |s| s.pitfalls[0].fix.zh.clear(),
            |e| matches!(e, CatalogError::MissingPitfallFix { .. }),
        ),
        (
            |s| s.pitfalls[0].fix_working_days = 400,
            |e| matches!(e, CatalogError::FixDaysOutOfRange { days: 400, .. }),
        ),
        (
            |s| s.pitfalls.push(s.pitfalls[0].clone()),
            |e| matches!(e, CatalogError::DuplicatePitfall { .. }),
        ),
        (
            |s| s.pitfalls[0].rule = Some("holder_match".into()),
            |e| matches!(e, CatalogError::UnknownRule { .. }),
        ),
    ];
    assert_eq!(Catalog::validate(&custom("ok")), Ok(()));
    for (index, (breaks, expected)) in cases.into_iter().enumerate() {
        let mut s = custom("ok");
        breaks(&mut s);
        let err = Catalog::validate(&s).expect_err("must fail");
        assert!(expected(&err), "case {index}: got {err:?}");
        for lang in [Lang::Zh, Lang::En] {
            assert!(!err.message(lang).is_empty(), "case {index}");
        }
    }
}

#[test]
fn messages_name_the_place_and_stay_short() {
    let err = CatalogError::DuplicateMaterial {
        service: "visa".into(),
        material: "photo".into(),
    };
    assert!(err.message(Lang::Zh).contains("visa") && err.message(Lang::Zh).contains("photo"));
    assert!(err.message(Lang::En).contains("`photo`"));
    let long = CatalogError::NotFound {
        service: "x".repeat(500),
    };
    assert!(long.message(Lang::En).chars().count() < 100);
    assert!(long.message(Lang::Zh).contains('…'));
    let mut dup = Catalog::builtin();
    dup.services.push(builtin_service("tax_change"));
    assert!(matches!(
        dup.validate_all(),
        Err(CatalogError::DuplicateService { .. })
    ));
}

fn arb_service() -> impl Strategy<Value = ServiceType> {
    (
        any::<String>(),
        any::<String>(),
        prop::collection::vec(any::<String>(), 0..3),
        any::<u32>(),
        prop::collection::vec((any::<String>(), any::<String>(), any::<bool>()), 0..4),
        prop::collection::vec(
            (any::<String>(), any::<String>(), any::<Option<String>>()),
            0..3,
        ),
    )
        .prop_map(
            |(key, name, departments, days, materials, pitfalls)| ServiceType {
                key,
                name: L10n::new(name, ""),
                departments: departments.into_iter().map(|d| L10n::new(d, "")).collect(),
                typical_working_days: days,
                materials: materials
                    .into_iter()
                    .map(|(k, n, required)| MaterialSpec {
                        required,
                        ..MaterialSpec::new(k, L10n::new(n, ""))
                    })
                    .collect(),
                pitfalls: pitfalls
                    .into_iter()
                    .map(|(k, t, rule)| Pitfall {
                        rule,
                        ..Pitfall::new(
                            k,
                            Severity::Note,
                            Source::Practice,
                            L10n::new(t.clone(), ""),
                            L10n::new(t, ""),
                            days % 400,
                        )
                    })
                    .collect(),
                legal_rep_in_person: false,
                builtin: false,
                source: Source::Practice,
            },
        )
}

proptest! {
    #[test]
    fn validate_never_panics(service in arb_service()) {
        if let Err(e) = Catalog::validate(&service) {
            prop_assert!(!e.message(Lang::Zh).is_empty());
            prop_assert!(!e.message(Lang::En).is_empty());
        }
        let mut catalog = Catalog::builtin();
        let _ = catalog.upsert(service);
        prop_assert!(catalog.validate_all().is_ok());
    }

    #[test]
    fn well_formed_keys_pass(key in "[a-z0-9_]{1,64}") {
        prop_assert_eq!(validate::key(&key), Ok(()));
    }

    #[test]
    fn keys_with_other_characters_fail(prefix in "[a-z]{0,5}", bad in "[^a-z0-9_]", suffix in "[a-z]{0,5}") {
        let key = format!("{prefix}{bad}{suffix}");
        let rejected = matches!(validate::key(&key), Err(KeyError::InvalidChar { .. }));
        prop_assert!(rejected);
    }
}
