use super::*;
use crate::domain::merge3::FieldForm;
use crate::domain::record::new_id;
use chrono::TimeZone;

pub(crate) fn at(secs: i64) -> DateTime<Utc> {
    Utc.timestamp_opt(1_780_000_000 + secs, 0)
        .single()
        .expect("valid test time")
}

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("valid test date")
}

/// A filled form for the brief's foreign-invested set-up case.
pub(crate) fn sample_input() -> CaseInput {
    CaseInput {
        company_name: "上海示例科技有限公司".into(),
        credit_code: String::new(),
        legal_rep: "王伟".into(),
        contact_name: "李娜".into(),
        contact_phone: "13800000000".into(),
        service_key: String::new(),
        service_name: "外资企业设立".into(),
        urgency: UrgencyKind::FinancingSigning,
        urgency_note: "境外融资签约".into(),
        hard_date: "2026-12-04".into(),
        start_date: "2026-12-01".into(),
        promised_days: "3".into(),
        pm: "张敏".into(),
        executor1: "刘洋".into(),
        executor2: "陈静".into(),
        logistics: "赵磊".into(),
        notes: String::new(),
    }
}

fn sample_case() -> Case {
    Case::create(&sample_input(), new_id(at(0), [1; 10]), at(0)).expect("valid sample")
}

#[test]
fn create_starts_at_intake_with_a_created_event() {
    let case = sample_case();
    assert_eq!(case.status, Status::Intake);
    assert_eq!(case.meta.rev, 1);
    assert_eq!(case.client.company_name, "上海示例科技有限公司");
    assert_eq!(
        case.team.executors,
        ["刘洋".to_string(), "陈静".to_string()]
    );
    assert_eq!(case.hard_date, d("2026-12-04"));
    assert_eq!(case.events.len(), 1);
    assert_eq!(case.events[0].kind, CaseEventKind::Created);
}

#[test]
fn validation_reports_every_problem_at_once() {
    let input = CaseInput {
        company_name: "  ".into(),
        hard_date: "2026-13-40".into(),
        start_date: String::new(),
        promised_days: "0".into(),
        ..sample_input()
    };
    let Err(DomainError::Invalid(errors)) = Case::create(&input, new_id(at(0), [0; 10]), at(0))
    else {
        panic!("expected validation errors");
    };
    assert!(errors.contains(&FieldError::Required(Field::CompanyName)));
    assert!(errors.contains(&FieldError::BadDate(Field::HardDate)));
    assert!(errors.contains(&FieldError::Required(Field::StartDate)));
    assert!(errors.contains(&FieldError::DaysOutOfRange { max: 365 }));
}

#[test]
fn hard_date_before_start_is_refused() {
    let input = CaseInput {
        hard_date: "2026-11-30".into(),
        ..sample_input()
    };
    let err = Case::create(&input, new_id(at(0), [0; 10]), at(0)).unwrap_err();
    assert_eq!(
        err,
        DomainError::Invalid(vec![FieldError::HardDateBeforeStart])
    );
    assert_eq!(FieldError::HardDateBeforeStart.field(), Field::HardDate);
}

#[test]
fn overlong_text_is_refused_not_cut() {
    let input = CaseInput {
        company_name: "公".repeat(input::MAX_LINE + 1),
        ..sample_input()
    };
    let err = Case::create(&input, new_id(at(0), [0; 10]), at(0)).unwrap_err();
    assert_eq!(
        err,
        DomainError::Invalid(vec![FieldError::TooLong {
            field: Field::CompanyName,
            max: input::MAX_LINE
        }])
    );
}

#[test]
fn text_is_trimmed_and_credit_code_upper_cased() {
    let input = CaseInput {
        company_name: "  上海示例科技有限公司 ".into(),
        credit_code: " 91350100m000100y43 ".into(),
        ..sample_input()
    };
    let case = Case::create(&input, new_id(at(0), [0; 10]), at(0)).expect("valid");
    assert_eq!(case.client.company_name, "上海示例科技有限公司");
    assert_eq!(case.client.credit_code, "91350100M000100Y43");
}

#[test]
fn the_happy_path_walks_every_stage() {
    let mut case = sample_case();
    for (i, to) in [
        Status::Precheck,
        Status::InProgress,
        Status::Submitted,
        Status::Done,
    ]
    .into_iter()
    .enumerate()
    {
        case = case.transition(to, at(10 + i as i64)).expect("legal step");
        assert_eq!(case.status, to);
    }
    assert_eq!(case.meta.rev, 5);
    assert!(case.status.is_closed());
    assert!(Status::Done.next().is_empty());
}

#[test]
fn an_illegal_transition_is_an_error_not_a_panic() {
    let case = sample_case();
    assert_eq!(
        case.transition(Status::Done, at(1)),
        Err(DomainError::IllegalTransition {
            from: Status::Intake,
            to: Status::Done
        })
    );
    // Every pair outside the graph is refused; every pair inside it is accepted, except that
    // 失败 is reached by raising a failure only.
    for from in Status::ALL {
        for to in Status::ALL {
            let mut c = sample_case();
            c.status = from;
            let allowed = from.next().contains(&to);
            assert_eq!(
                c.transition(to, at(2)).is_ok(),
                allowed && to != Status::Failed,
                "{from:?}->{to:?}"
            );
            assert_eq!(
                c.fail_on_raise(at(2)).is_ok(),
                from.next().contains(&Status::Failed)
            );
        }
    }
}

#[test]
fn a_case_becomes_failed_only_by_raising_a_failure() {
    let case = sample_case()
        .transition(Status::Precheck, at(1))
        .expect("legal");
    assert_eq!(
        case.transition(Status::Failed, at(2)),
        Err(DomainError::FailThroughFailureDesk)
    );
    // Raising the failure moves it, and starts the clock.
    let input = crate::domain::response::FailureInput {
        kind: crate::domain::response::FailureKind::MaterialDefect,
        what_happened: "合同缺盖章页".into(),
        amount: String::new(),
        discovered_at: at(2),
        notify_within_hours: None,
    };
    let failure =
        crate::domain::response::Failure::raise(&input, &case, new_id(at(2), [3; 10]), at(2))
            .expect("raised");
    let failed = crate::domain::response::case_after_raise(&case, at(2)).expect("moved");
    assert_eq!(failed.status, Status::Failed);
    assert!(crate::domain::response::clock(&failure, at(3)).is_ticking());
}

#[test]
fn failure_then_recovery_is_recorded_in_the_timeline() {
    let case = sample_case()
        .transition(Status::Precheck, at(1))
        .and_then(|c| c.fail_on_raise(at(2)))
        .and_then(|c| c.transition(Status::Recovered, at(3)))
        .expect("legal path");
    let kinds: Vec<_> = case.events.iter().map(|e| e.kind.clone()).collect();
    assert_eq!(
        kinds.last(),
        Some(&CaseEventKind::StatusChanged {
            from: Status::Failed,
            to: Status::Recovered
        })
    );
    assert_eq!(case.events.len(), 4);
}

#[test]
fn edit_records_changed_fields_and_skips_no_ops() {
    let case = sample_case();
    let same = case.edit(&case.to_input(), at(5)).expect("valid");
    assert_eq!(same, case, "an unchanged form changes nothing");

    let mut input = case.to_input();
    input.hard_date = "2026-12-08".into();
    input.pm = "周杰".into();
    let edited = case.edit(&input, at(6)).expect("valid");
    assert_eq!(edited.meta.rev, 2);
    assert_eq!(edited.team.pm, "周杰");
    assert_eq!(
        edited.events.last().map(|e| &e.kind),
        Some(&CaseEventKind::Edited {
            fields: vec![Field::HardDate, Field::Pm]
        })
    );
}

#[test]
fn archive_and_restore() {
    let case = sample_case();
    let archived = case.archive(at(1)).expect("archive");
    assert!(archived.meta.deleted);
    assert_eq!(archived.archive(at(2)), Err(DomainError::Archived));
    assert_eq!(
        archived.transition(Status::Precheck, at(2)),
        Err(DomainError::Archived)
    );
    assert_eq!(case.restore(at(2)), Err(DomainError::NotArchived));
    let back = archived.restore(at(3)).expect("restore");
    assert!(!back.meta.deleted);
    assert_eq!(back.meta.rev, 3);
}

#[test]
fn days_left_counts_calendar_days() {
    let case = sample_case();
    assert_eq!(case.days_left(d("2026-12-01")), 3);
    assert_eq!(case.days_left(d("2026-12-06")), -2);
}

#[test]
fn the_list_filters_and_sorts() {
    let today = d("2026-12-01");
    let mk = |name: &str, hard: &str, seed: u8| {
        let input = CaseInput {
            company_name: name.into(),
            hard_date: hard.into(),
            ..sample_input()
        };
        Case::create(&input, new_id(at(seed as i64), [seed; 10]), at(seed as i64)).expect("valid")
    };
    let a = mk("甲公司", "2026-12-20", 1);
    let b = mk("乙公司", "2026-12-03", 2);
    let c = mk("丙公司", "2026-12-10", 3)
        .transition(Status::Precheck, at(9))
        .and_then(|c| c.fail_on_raise(at(10)))
        .and_then(|c| c.transition(Status::Recovered, at(11)))
        .expect("closed");
    let e = mk("丁公司", "2026-12-05", 4)
        .archive(at(12))
        .expect("archived");
    let all = [a.clone(), b.clone(), c.clone(), e.clone()];
    let names = |f: &CaseFilter| -> Vec<String> {
        f.apply(all.iter(), today)
            .into_iter()
            .map(|c| c.client.company_name.clone())
            .collect()
    };

    let open = CaseFilter::default();
    assert_eq!(names(&open), ["乙公司", "甲公司"], "open cases by deadline");
    let every = CaseFilter {
        status: StatusFilter::All,
        ..CaseFilter::default()
    };
    assert_eq!(names(&every), ["乙公司", "丙公司", "甲公司"]);
    let newest = CaseFilter {
        sort: CaseSort::Newest,
        ..every.clone()
    };
    assert_eq!(names(&newest), ["丙公司", "乙公司", "甲公司"]);
    let recovered = CaseFilter {
        status: StatusFilter::Only(Status::Recovered),
        ..CaseFilter::default()
    };
    assert_eq!(names(&recovered), ["丙公司"]);
    let archived = CaseFilter {
        status: StatusFilter::Archived,
        ..CaseFilter::default()
    };
    assert_eq!(names(&archived), ["丁公司"]);
    let soon = CaseFilter {
        due_within_days: Some(7),
        ..CaseFilter::default()
    };
    assert_eq!(names(&soon), ["乙公司"]);
    let text = CaseFilter {
        text: "甲".into(),
        ..every
    };
    assert_eq!(names(&text), ["甲公司"]);
}

#[test]
fn a_case_round_trips_through_json() {
    let case = sample_case()
        .transition(Status::Precheck, at(1))
        .expect("legal");
    let json = serde_json::to_string(&case).expect("serialise");
    assert!(json.contains("\"id\""), "meta is flattened: {json}");
    let back: Case = serde_json::from_str(&json).expect("deserialise");
    assert_eq!(back, case);
}

#[test]
fn every_event_kind_keeps_its_stored_form() {
    let kinds = [
        (CaseEventKind::Created, r#"{"type":"created"}"#),
        (
            CaseEventKind::Edited {
                fields: vec![Field::CompanyName, Field::HardDate],
            },
            r#"{"type":"edited","fields":["company_name","hard_date"]}"#,
        ),
        (
            CaseEventKind::StatusChanged {
                from: Status::Intake,
                to: Status::Precheck,
            },
            r#"{"type":"status_changed","from":"intake","to":"precheck"}"#,
        ),
        (CaseEventKind::Archived, r#"{"type":"archived"}"#),
        (CaseEventKind::Restored, r#"{"type":"restored"}"#),
    ];
    for (kind, json) in kinds {
        assert_eq!(serde_json::to_string(&kind).expect("serialise"), json);
        let back: CaseEventKind = serde_json::from_str(json).expect(json);
        assert_eq!(back, kind);
    }
    // Key order does not matter, and unknown keys are ignored as before.
    let reordered: CaseEventKind = serde_json::from_str(
        r#"{"to":"done","note":1,"from":"submitted","type":"status_changed"}"#,
    )
    .expect("reordered");
    assert_eq!(
        reordered,
        CaseEventKind::StatusChanged {
            from: Status::Submitted,
            to: Status::Done
        }
    );
    for (bad, says) in [
        (r#"{"type":"edited"}"#, "fields"),
        (r#"{"type":"status_changed","from":"intake"}"#, "to"),
        (r#"{"type":"renamed"}"#, "renamed"),
        (r#"{"fields":[]}"#, "type"),
    ] {
        let err = serde_json::from_str::<CaseEventKind>(bad).expect_err(bad);
        assert!(err.to_string().contains(says), "{bad}: {err}");
    }
}

#[test]
fn keys_round_trip_and_set_updates_one_field() {
    for s in Status::ALL {
        assert_eq!(Status::from_key(s.key()), Some(s));
    }
    for u in UrgencyKind::ALL {
        assert_eq!(UrgencyKind::from_key(u.key()), Some(u));
    }
    let mut input = sample_input();
    input.set(Field::Urgency, "trade_fair".into());
    assert_eq!(input.urgency, UrgencyKind::TradeFair);
    input.set(Field::Urgency, "nonsense".into());
    assert_eq!(
        input.urgency,
        UrgencyKind::TradeFair,
        "unknown keys change nothing"
    );
    input.set(Field::Executor2, "新人".into());
    assert_eq!(input.executor2, "新人");
}

#[test]
fn a_wrong_check_character_is_refused_with_the_expected_one() {
    let input = CaseInput {
        credit_code: "91350100M000100Y44".into(),
        ..sample_input()
    };
    let err = Case::create(&input, new_id(at(0), [0; 10]), at(0)).unwrap_err();
    assert_eq!(
        err,
        DomainError::Invalid(vec![FieldError::BadCreditCode(
            crate::domain::ids::CreditCodeError::WrongCheck {
                expected: '3',
                found: '4'
            }
        )])
    );
}

#[test]
fn schedule_counts_working_days_across_the_spring_festival() {
    use crate::domain::calendar::Calendar;
    let cal = Calendar::builtin();
    let input = CaseInput {
        start_date: "2026-02-12".into(),
        hard_date: "2026-02-25".into(),
        promised_days: "5".into(),
        ..sample_input()
    };
    let case = Case::create(&input, new_id(at(0), [0; 10]), at(0)).expect("valid");
    let s = case.schedule(&cal, d("2026-02-12"));
    // 02-13 (Fri), 02-14 (make-up Saturday), then the holiday to 02-23, then 02-24, 02-25.
    assert_eq!(s.working_days_left, Some(4));
    // Five working days from 02-12: 13, 14, 24, 25, 26 → the promise ends after the hard date.
    assert_eq!(s.promised_due, Some(d("2026-02-26")));
    assert!(s.promise_misses_hard_date);
    assert!(s.uncovered_years.is_empty());

    let later = CaseInput {
        start_date: "2027-03-01".into(),
        hard_date: "2027-03-10".into(),
        ..sample_input()
    };
    let case = Case::create(&later, new_id(at(0), [0; 10]), at(0)).expect("valid");
    let s = case.schedule(&cal, d("2027-03-01"));
    assert_eq!(
        s.uncovered_years.into_iter().collect::<Vec<_>>(),
        vec![2027]
    );
    assert_eq!(s.working_days_left, Some(7));
}

#[test]
fn a_catalog_service_key_is_stored_and_blank_means_free_text() {
    let input = CaseInput {
        service_key: "foreign_invested_setup".into(),
        ..sample_input()
    };
    let case = Case::create(&input, new_id(at(0), [0; 10]), at(0)).expect("valid");
    assert_eq!(case.service_key.as_deref(), Some("foreign_invested_setup"));
    assert_eq!(case.to_input().service_key, "foreign_invested_setup");
    let free = Case::create(&sample_input(), new_id(at(0), [0; 10]), at(0)).expect("valid");
    assert_eq!(free.service_key, None);
}

#[test]
fn the_timeline_is_hash_chained_and_tampering_shows() {
    let case = sample_case()
        .transition(Status::Precheck, at(1))
        .and_then(|c| c.transition(Status::InProgress, at(2)))
        .expect("legal");
    assert_eq!(case.verify_history(), Ok(()));
    assert!(case.events.iter().all(|e| e.hash.len() == 64));

    // Someone edits the JSON to pretend the case reached 办理中 a day earlier.
    let mut forged = case.clone();
    forged.events[2].at = at(-86_400);
    assert_eq!(
        forged.verify_history(),
        Err(crate::domain::audit::ChainBreak { index: 2 })
    );
    let mut dropped = case.clone();
    dropped.events.remove(1);
    assert!(dropped.verify_history().is_err());
}

#[test]
fn choosing_a_catalog_service_fills_the_service_name_unless_one_was_typed() {
    let mut input = CaseInput::default();
    input.choose_service("tax_change".into(), Some("税务变更"), None);
    assert_eq!(
        (input.service_key.as_str(), input.service_name.as_str()),
        ("tax_change", "税务变更")
    );
    // Another choice replaces the name the first one filled in…
    input.choose_service(
        "trademark_registration".into(),
        Some("商标注册"),
        Some("税务变更"),
    );
    assert_eq!(input.service_name, "商标注册");
    // …but never a name the user typed.
    input.service_name = "商标注册（加急）".into();
    input.choose_service("tax_change".into(), Some("税务变更"), Some("商标注册"));
    assert_eq!(input.service_name, "商标注册（加急）");
    assert_eq!(input.service_key, "tax_change");
}

#[test]
fn a_stale_form_keeps_the_other_tabs_change_and_flags_only_a_field_both_changed() {
    // Tabs A and B open the same case; A saves a new note.
    let opened = sample_case();
    let mut a = opened.to_input();
    a.notes = "客户周五补交公章页".into();
    let saved_by_a = opened.edit(&a, at(10)).expect("A saves");
    // B, still showing the old note, changes the legal representative and saves.
    let mut b = opened.to_input();
    b.legal_rep = "李强".into();
    let r = b.rebase(&opened.to_input(), &saved_by_a.to_input());
    assert!(r.conflicts.is_empty());
    assert_eq!(r.merged.notes, "客户周五补交公章页", "A's note is kept");
    assert_eq!(r.merged.legal_rep, "李强", "B's change is kept");
    let saved_by_b = saved_by_a.edit(&r.merged, at(20)).expect("B saves");
    assert_eq!(saved_by_b.meta.rev, saved_by_a.meta.rev + 1);
    assert_eq!(saved_by_b.notes, "客户周五补交公章页");

    // Both change the note: a conflict with both values, B's value kept until chosen.
    let mut b = opened.to_input();
    b.notes = "客户周一补交".into();
    let r = b.rebase(&opened.to_input(), &saved_by_a.to_input());
    assert_eq!(r.conflicts.len(), 1);
    let c = &r.conflicts[0];
    assert_eq!(c.field, Field::Notes);
    assert_eq!(
        (c.mine.as_str(), c.theirs.as_str(), c.base.as_str()),
        ("客户周一补交", "客户周五补交公章页", "")
    );
    assert_eq!(r.merged.notes, "客户周一补交");
}
