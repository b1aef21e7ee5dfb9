use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use proptest::prelude::*;
use uuid::Uuid;

use super::*;
use crate::domain::case::{Case, CaseInput, Status};
use crate::domain::json;
use crate::domain::lang::Lang;
use crate::domain::record::new_id;

/// An instant a fixed number of seconds after a pinned one (shared by other domain tests).
pub(crate) fn at(secs: i64) -> DateTime<Utc> {
    Utc.timestamp_opt(1_780_000_000 + secs, 0)
        .single()
        .expect("valid time")
}

fn device() -> Uuid {
    new_id(at(0), [7; 10])
}

/// A valid case, made the same way every time for the same seed (shared by other domain tests).
pub(crate) fn case(seed: u8, company: &str) -> Case {
    let input = CaseInput {
        company_name: company.into(),
        service_name: "税务注销".into(),
        hard_date: "2026-12-20".into(),
        start_date: "2026-12-01".into(),
        promised_days: "5".into(),
        pm: "张敏".into(),
        ..CaseInput::default()
    };
    Case::create(&input, new_id(at(seed as i64), [seed; 10]), at(seed as i64)).expect("valid")
}

fn sample() -> Dataset {
    let moved = case(2, "乙公司")
        .transition(Status::Precheck, at(100))
        .expect("legal");
    let archived = case(3, "丙公司").archive(at(101)).expect("archive");
    let mut service = crate::domain::catalog::Catalog::builtin().services[0].clone();
    service.key = "local_licence".into();
    service.builtin = false;
    let year = crate::domain::calendar::parse_holiday_year(
        r#"{"year": 2027, "papers": [], "days": [{"name": "元旦", "date": "2027-01-01", "isOffDay": true}]}"#,
    )
    .expect("valid year");
    let first = case(1, "甲公司");
    let plan =
        crate::domain::plan::Plan::new(new_id(at(22), [22; 10]), first.meta.id, None, at(22));
    let warning = crate::domain::plan::Warning::new(
        new_id(at(23), [23; 10]),
        &crate::domain::plan::WarningInput::new(
            "税务系统升级",
            NaiveDate::from_ymd_opt(2026, 12, 3).expect("date"),
            NaiveDate::from_ymd_opt(2026, 12, 5).expect("date"),
            crate::domain::plan::WarningEffect::Paused,
        ),
        at(23),
    )
    .expect("valid warning");
    let failure = crate::domain::response::Failure::raise(
        &crate::domain::response::FailureInput {
            kind: crate::domain::response::FailureKind::MaterialDefect,
            what_happened: "印花税未缴".into(),
            amount: "500".into(),
            discovered_at: at(24),
            notify_within_hours: None,
        },
        &first,
        new_id(at(24), [24; 10]),
        at(24),
    )
    .expect("valid failure");
    let outcome = crate::domain::retro::case_outcome(
        &first,
        &[],
        &crate::domain::calendar::Calendar::builtin(),
        &crate::domain::response::LocalClock::beijing(at(25)),
    )
    .expect("outcome");
    let retro =
        crate::domain::retro::Retro::start(&first, outcome, new_id(at(25), [25; 10]), at(25))
            .expect("retro");
    let scenario = crate::domain::drill::builtin_scenarios()
        .into_iter()
        .next()
        .expect("built-in scenarios");
    let run = crate::domain::drill::best_path(&scenario, 7)
        .expect("a best path")
        .run;
    let run_record = crate::domain::drill::RunRecord::new(
        crate::domain::record::Meta::new(new_id(at(26), [26; 10]), at(26)),
        "新人小王",
        &scenario,
        &run,
        at(26),
    )
    .expect("a finished run");
    let custom = crate::domain::drill::ScenarioRecord {
        meta: crate::domain::record::Meta::new(new_id(at(27), [27; 10]), at(27)),
        scenario: scenario.customised_copy("my_copy").expect("copy"),
    };
    let precheck = crate::domain::precheck::Precheck::start(
        &first,
        crate::domain::catalog::Catalog::builtin().get("high_tech_certification"),
        new_id(at(28), [28; 10]),
        at(28),
    );
    Dataset {
        prechecks: vec![precheck],
        drill_scenarios: vec![custom],
        drill_runs: vec![run_record],
        cases: vec![first, moved, archived],
        plans: vec![plan],
        warnings: vec![warning],
        failures: vec![failure],
        retros: vec![retro],
        service_types: vec![crate::domain::library::CustomService {
            meta: crate::domain::record::Meta::new(new_id(at(20), [20; 10]), at(20)),
            service,
        }],
        holiday_years: vec![crate::domain::library::import_year(
            None,
            year,
            new_id(at(21), [21; 10]),
            at(21),
        )],
    }
}

fn export(data: Dataset) -> String {
    Envelope::new(data, Scope::All, device(), at(500)).to_json()
}

#[test]
fn envelope_round_trips_every_kind() {
    let data = sample();
    assert_eq!(
        Dataset::KINDS,
        &[
            "cases",
            "service_types",
            "holiday_years",
            "plans",
            "warnings",
            "failures",
            "retros",
            "drill_scenarios",
            "drill_runs",
            "prechecks"
        ]
    );
    assert!(
        data.counts().iter().all(|k| k.live + k.archived > 0),
        "a record of every kind"
    );
    let text = export(data.clone());
    let back = parse_backup(&text, Limits::default()).expect("valid file");
    assert_eq!(back.data, data);
    assert_eq!(back.format, FORMAT);
    assert_eq!(back.schema_version, SCHEMA_VERSION);
    assert_eq!(back.device_id, device());
    assert_eq!(back.scope, Scope::All);
}

#[test]
fn every_earlier_schema_fixture_still_imports() {
    // One fixture per published schema; the ladder must lift each to the current one.
    let fixtures: &[(u32, &str)] = &[(1, include_str!("../../../tests/fixtures/backup-v1.json"))];
    assert_eq!(
        fixtures.len() as u32,
        SCHEMA_VERSION,
        "add a fixture for every schema"
    );
    for (version, text) in fixtures {
        let env = parse_backup(text, Limits::default())
            .unwrap_or_else(|e| panic!("fixture v{version}: {}", e.message(Lang::En)));
        assert_eq!(env.schema_version, SCHEMA_VERSION);
        assert!(!env.data.cases.is_empty(), "fixture v{version} has cases");
    }
    assert_eq!(MIGRATIONS.len() as u32, SCHEMA_VERSION - 1);
}

#[test]
fn file_names_say_what_how_when_and_which_device() {
    let local = NaiveDate::from_ymd_opt(2026, 11, 26)
        .and_then(|d| d.and_hms_opt(23, 15, 7))
        .expect("valid");
    let dev = device().simple().to_string();
    let tail = &dev[dev.len() - 4..];
    assert_eq!(
        backup_file_name(local, &Scope::All, false, device()),
        format!("expedite-guard-backup-plain-2026-11-26-231507-{tail}.json")
    );
    assert_eq!(
        backup_file_name(local, &Scope::All, true, device()),
        format!("expedite-guard-backup-encrypted-2026-11-26-231507-{tail}.json")
    );
    let one = backup_file_name(local, &Scope::Case { case_id: device() }, true, device());
    assert!(
        one.starts_with("expedite-guard-case-") && one.contains("-encrypted-2026-11-26-231507-")
    );
    // Two devices exporting in the same second get different names.
    let other = new_id(at(0), [9; 10]);
    assert_ne!(
        backup_file_name(local, &Scope::All, false, device()),
        backup_file_name(local, &Scope::All, false, other)
    );
}

fn err(text: &str) -> ImportError {
    parse_backup(text, Limits::default()).expect_err("must be refused")
}

#[test]
fn bad_files_are_refused_with_what_and_where() {
    assert_eq!(err("  "), ImportError::Empty);
    assert!(matches!(
        err("{\"format\": "),
        ImportError::NotJson { line: 1, .. }
    ));
    assert_eq!(
        err(r#"{"format": "excalidraw"}"#),
        ImportError::WrongFormat {
            found: Some("excalidraw".into())
        }
    );
    assert_eq!(err("[1,2]"), ImportError::WrongFormat { found: None });
    assert_eq!(
        err(r#"{"format": "expedite-guard-backup", "schema_version": 99}"#),
        ImportError::NewerSchema {
            found: 99,
            supported: SCHEMA_VERSION
        }
    );
    assert_eq!(
        err(r#"{"format": "expedite-guard-backup", "schema_version": "1"}"#),
        ImportError::BadSchemaVersion
    );

    let good = export(sample());
    let missing = good.replacen("\"hard_date\"", "\"hard_date_x\"", 1);
    let ImportError::Field { path, problem } = err(&missing) else {
        panic!("expected a field error");
    };
    assert!(path.starts_with("$.data.cases[0]"), "{path}");
    assert!(problem.contains("hard_date"), "{problem}");

    let wrong_type = good.replacen(
        "\"promised_working_days\":5",
        "\"promised_working_days\":\"five\"",
        1,
    );
    let ImportError::Field { path, .. } = err(&wrong_type) else {
        panic!("expected a field error");
    };
    assert_eq!(path, "$.data.cases[0].promised_working_days");

    let bad_date = good.replacen("\"2026-12-20\"", "\"2026-02-30\"", 1);
    assert!(matches!(err(&bad_date), ImportError::Field { .. }));
}

#[test]
fn absurd_sizes_and_duplicates_are_refused() {
    // Above the 64-character event hashes, below the 75-character note.
    let limits = Limits {
        max_text_chars: 70,
        ..Limits::default()
    };
    let mut data = sample();
    data.cases[0].notes = "<script>alert(1)</script>".repeat(3);
    let text = export(data.clone());
    let e = parse_backup(&text, limits).expect_err("too long");
    assert!(
        matches!(e, ImportError::TextTooLong { ref path, chars: 75, max: 70 } if path == "$.data.cases[0].notes")
    );

    let tiny = Limits {
        max_bytes: 100,
        ..Limits::default()
    };
    assert!(matches!(
        parse_backup(&text, tiny),
        Err(ImportError::TooLarge { max: 100, .. })
    ));

    let mut dup = sample();
    dup.cases.push(dup.cases[0].clone());
    assert!(matches!(err(&export(dup)), ImportError::DuplicateId { .. }));

    let deep = format!(
        r#"{{"format":"expedite-guard-backup","schema_version":1,"x":{}1{}}}"#,
        "[".repeat(40),
        "]".repeat(40)
    );
    assert!(matches!(err(&deep), ImportError::TooDeep { .. }));
}

#[test]
fn hostile_strings_survive_a_round_trip_unchanged() {
    let mut data = sample();
    data.cases[0].client.company_name =
        "<img src=x onerror=alert(1)>\u{202e}\u{200b}javascript:alert(1)".into();
    let back = parse_backup(&export(data.clone()), Limits::default()).expect("valid");
    assert_eq!(back.data, data);
}

#[test]
fn every_error_has_a_message_in_both_languages() {
    let errors = [
        ImportError::Empty,
        ImportError::TooLarge { bytes: 1, max: 0 },
        ImportError::NotJson {
            line: 1,
            column: 2,
            detail: "EOF".into(),
        },
        ImportError::WrongFormat { found: None },
        ImportError::NewerSchema {
            found: 2,
            supported: 1,
        },
        ImportError::BadSchemaVersion,
        ImportError::Migration {
            from: 1,
            reason: "x".into(),
        },
        ImportError::Field {
            path: "$".into(),
            problem: "x".into(),
        },
        ImportError::TextTooLong {
            path: "$".into(),
            chars: 2,
            max: 1,
        },
        ImportError::ListTooLong {
            path: "$".into(),
            count: 2,
            max: 1,
        },
        ImportError::TooDeep {
            path: "$".into(),
            max: 1,
        },
        ImportError::DuplicateId {
            kind: "cases".into(),
            id: "x".into(),
        },
    ];
    for e in errors {
        assert!(!e.message(Lang::Zh).is_empty());
        assert!(!e.message(Lang::En).is_empty());
    }
}

#[test]
fn preview_counts_new_newer_older_same_and_conflicts() {
    let ours = sample();
    let mut theirs = sample();
    // newer: they moved case 0 on.
    theirs.cases[0] = theirs.cases[0]
        .transition(Status::Precheck, at(200))
        .expect("legal");
    // conflict: both edited case 1 from the same revision.
    let mut a = ours.clone();
    a.cases[1].notes = "ours".into();
    a.cases[1].meta.rev += 1;
    theirs.cases[1].notes = "theirs".into();
    theirs.cases[1].meta.rev += 1;
    // new: a case only they have; only here: case 2 missing from theirs.
    theirs.cases.remove(2);
    theirs.cases.push(case(9, "丁公司"));

    let p = a.preview(&theirs);
    let k = &p.kinds[0];
    assert_eq!(
        (
            k.in_file,
            k.on_device,
            k.new,
            k.newer,
            k.older,
            k.same,
            k.conflicts,
            k.only_here
        ),
        (3, 3, 1, 1, 0, 0, 1, 1)
    );
    assert_eq!(p.total_conflicts(), 1);
    assert_eq!(p.restore_loses(), 3);

    let outcome = a.merge(&theirs, &BTreeMap::new());
    assert_eq!(outcome.merged.cases.len(), 4, "union by id");
    assert_eq!(outcome.conflicts.len(), 1);
    let conflict_id = outcome.conflicts[0].id;
    for side in [Side::Ours, Side::Theirs] {
        let chosen = a.merge(&theirs, &BTreeMap::from([(conflict_id, side)]));
        let notes = &chosen
            .merged
            .cases
            .iter()
            .find(|c| c.meta.id == conflict_id)
            .expect("kept")
            .notes;
        assert_eq!(notes, if side == Side::Ours { "ours" } else { "theirs" });
    }
}

#[test]
fn copies_get_new_ids_and_rev_one() {
    let data = sample();
    let mut n = 100u8;
    let copies = data.as_copies(
        || {
            n += 1;
            new_id(at(n as i64), [n; 10])
        },
        at(900),
    );
    assert_eq!(copies.cases.len(), 3);
    assert_eq!(copies.service_types.len(), 1);
    for (orig, copy) in data.cases.iter().zip(&copies.cases) {
        assert_ne!(orig.meta.id, copy.meta.id);
        assert_eq!(copy.meta.rev, 1);
        assert_eq!(copy.client, orig.client);
    }
    let merged = data.merge(&copies, &BTreeMap::new());
    assert_eq!(merged.merged.cases.len(), 6, "copies never overwrite");
    assert_eq!(merged.merged.holiday_years.len(), 2);
}

#[test]
fn for_case_takes_one_case() {
    let data = sample();
    let id = data.cases[1].meta.id;
    let one = data.for_case(id);
    assert_eq!(one.cases.len(), 1);
    assert!(
        one.service_types.is_empty(),
        "library records belong to no case"
    );
    assert_eq!(one.cases[0].meta.id, id);
}

#[test]
fn changed_since_counts_edits_after_the_last_export() {
    let data = sample();
    assert_eq!(data.changed_since(None), 12);
    assert_eq!(data.changed_since(Some(at(50))), 2);
    assert_eq!(data.changed_since(Some(at(1000))), 0);
}

// --- properties --------------------------------------------------------------------------

/// A version of one of five records: (which record, rev, notes variant, deleted, time).
fn version() -> impl Strategy<Value = (u8, u32, u8, bool, i64)> {
    (0u8..5, 1u32..4, 0u8..3, any::<bool>(), 0i64..3)
}

fn build(versions: Vec<(u8, u32, u8, bool, i64)>) -> Dataset {
    let mut by_id: BTreeMap<u8, Case> = BTreeMap::new();
    for (which, rev, notes, deleted, time) in versions {
        let mut c = case(which, "共享公司");
        c.meta.rev = rev;
        c.meta.deleted = deleted;
        c.meta.updated_at = at(time);
        c.notes = format!("variant {notes}");
        by_id.insert(which, c);
    }
    Dataset {
        cases: by_id.into_values().collect(),
        ..Dataset::default()
    }
}

proptest! {
    #[test]
    fn merge_is_commutative_idempotent_and_loses_nothing(
        a in proptest::collection::vec(version(), 0..6),
        b in proptest::collection::vec(version(), 0..6),
    ) {
        let (a, b) = (build(a), build(b));
        let none = BTreeMap::new();
        let ab = a.merge(&b, &none).merged;
        let ba = b.merge(&a, &none).merged;
        prop_assert_eq!(&ab, &ba);
        prop_assert_eq!(&a.merge(&a, &none).merged, &a);
        prop_assert_eq!(&ab.merge(&b, &none).merged, &ab);
        // Every record of either side is there, in a version at least as new.
        for side in [&a, &b] {
            for r in &side.cases {
                let m = ab.cases.iter().find(|c| c.meta.id == r.meta.id);
                prop_assert!(m.is_some());
                let m = m.unwrap();
                prop_assert!(m.meta.rev >= r.meta.rev);
                // A deletion is only ever replaced by a strictly newer revision or a listed conflict.
                if r.meta.deleted && !m.meta.deleted {
                    prop_assert!(m.meta.rev >= r.meta.rev);
                }
            }
        }
    }

    #[test]
    fn import_never_panics_on_mutated_files(
        cuts in proptest::collection::vec((0usize..4000, 0usize..40, any::<char>()), 1..6),
    ) {
        let mut text: Vec<char> = export(sample()).chars().collect();
        for (at_pos, len, ch) in cuts {
            let start = at_pos % (text.len() + 1);
            let end = (start + len).min(text.len());
            text.splice(start..end, [ch]);
        }
        let text: String = text.into_iter().collect();
        if let Err(e) = parse_backup(&text, Limits::default()) {
            prop_assert!(!e.message(Lang::Zh).is_empty());
            prop_assert!(!e.message(Lang::En).is_empty());
        }
    }

    #[test]
    fn import_never_panics_on_arbitrary_text(text in ".{0,400}") {
        let _ = parse_backup(&text, Limits::default());
    }
}

#[test]
fn import_reports_a_case_whose_history_was_edited_in_the_file() {
    let data = sample();
    assert!(altered_histories(&data).is_empty());
    let text = export(data.clone());
    let forged = text.replacen("\"to\":\"precheck\"", "\"to\":\"done\"", 1);
    assert_ne!(forged, text, "the sample has a status change to forge");
    let env = parse_backup(&forged, Limits::default()).expect("still a valid file");
    let altered = altered_histories(&env.data);
    assert_eq!(altered.len(), 1);
    assert_eq!(altered[0].case_id, data.cases[1].meta.id);
    assert_eq!(altered[0].event, 2);
}

/// The sample exported, changed as JSON by `forge`, read back: which histories are altered.
fn forged(forge: impl Fn(&mut serde_json::Value)) -> Vec<AlteredHistory> {
    let mut value: serde_json::Value =
        serde_json::from_str(&export(sample())).expect("export is JSON");
    forge(&mut value);
    let env = parse_backup(&value.to_string(), Limits::default()).expect("still a valid file");
    altered_histories(&env.data)
}

#[test]
fn stripped_cut_or_emptied_histories_are_reported_as_altered() {
    let case = |v: &mut serde_json::Value| v["data"]["cases"][1].take();
    let put = |v: &mut serde_json::Value, c: serde_json::Value| v["data"]["cases"][1] = c;
    // Every hash blanked (or removed) and an event's time changed.
    for remove in [false, true] {
        let altered = forged(|v| {
            let mut c = case(v);
            for e in c["events"].as_array_mut().expect("events") {
                if remove {
                    e.as_object_mut().expect("event").remove("hash");
                } else {
                    e["hash"] = "".into();
                }
            }
            c["events"][1]["at"] = "2026-01-01T00:00:00Z".into();
            put(v, c);
        });
        assert_eq!(altered.len(), 1, "remove={remove}");
        assert_eq!(altered[0].history, History::Timeline);
        assert_eq!(altered[0].event, 1);
    }
    // The last event removed: the head beside the timeline still counts it.
    let altered = forged(|v| {
        let mut c = case(v);
        c["events"].as_array_mut().expect("events").pop();
        put(v, c);
    });
    assert_eq!(altered.len(), 1);
    assert_eq!(altered[0].event, 2);
    // Emptied, with the head removed too: a timeline always has its first event.
    let altered = forged(|v| {
        let mut c = case(v);
        c["events"] = serde_json::json!([]);
        c.as_object_mut().expect("case").remove("chain_head");
        put(v, c);
    });
    assert_eq!(altered.len(), 1);
    assert_eq!(altered[0].event, 1);
    // The precheck's audit trail, blanked.
    let altered = forged(|v| {
        for e in v["data"]["prechecks"][0]["audit"]
            .as_array_mut()
            .expect("audit")
        {
            e["hash"] = "".into();
        }
    });
    assert!(altered.iter().any(|a| a.history == History::PrecheckTrail));
}

#[test]
fn an_export_seals_the_head_of_records_saved_before_heads_were_kept() {
    let mut data = sample();
    for c in &mut data.cases {
        c.chain_head = None;
    }
    data.seal_chains();
    assert!(data.cases.iter().all(|c| c.chain_head.is_some()));
    assert!(altered_histories(&data).is_empty());
}

/// The sample exported with `forge` applied, read back.
fn read_forged(forge: impl Fn(&mut serde_json::Value)) -> Result<Envelope, ImportError> {
    let mut value: serde_json::Value =
        serde_json::from_str(&export(sample())).expect("export is JSON");
    forge(&mut value);
    parse_backup(&value.to_string(), Limits::default())
}

#[test]
fn values_the_app_cannot_write_are_refused_naming_the_record_and_field() {
    let cases: &[(&str, serde_json::Value, &str)] = &[
        ("rev", 0.into(), "第 2 条案件记录的“修订号”为 0"),
        (
            "rev",
            4_294_967_295u64.into(),
            "第 2 条案件记录的“修订号”为 4294967295，超过",
        ),
        (
            "promised_working_days",
            0.into(),
            "“承诺工作日”为 0，应在 1 到 365 之间",
        ),
        ("promised_working_days", 366.into(), "“承诺工作日”为 366"),
        (
            "hard_date",
            "0000-06-01".into(),
            "“硬截止日”在 0 年，超出 1900–2200 年的范围",
        ),
        ("hard_date", "9999-12-31".into(), "“硬截止日”在 9999 年"),
        (
            "start_date",
            "2030-01-01".into(),
            "“开始日期”2030-01-01 晚于硬截止日",
        ),
        (
            "created_at",
            "9999-01-01T00:00:00Z".into(),
            "“创建时间”在 9999 年",
        ),
    ];
    for (field, value, expected) in cases {
        let result = read_forged(|v| v["data"]["cases"][1][*field] = value.clone());
        let err = result.expect_err(field);
        assert!(matches!(err, ImportError::Unlikely(_)), "{field}: {err:?}");
        let zh = err.message(Lang::Zh);
        assert!(zh.contains(expected), "{field}: {zh}");
        assert!(zh.ends_with("未导入任何数据。"), "{zh}");
        assert!(!err.message(Lang::En).is_empty());
    }
    // Any kind's revision, named in words.
    let err = read_forged(|v| v["data"]["prechecks"][0]["rev"] = 0.into()).expect_err("rev 0");
    assert!(err
        .message(Lang::Zh)
        .starts_with("第 1 条预审记录的“修订号”"));
    // The largest sane revision is still read.
    assert!(read_forged(|v| v["data"]["cases"][1]["rev"] = MAX_REV.into()).is_ok());
}

// --- the hostile-strings fixture --------------------------------------------------------

/// Strings that try to run script, break layout or confuse readers.
const HOSTILE: &[&str] = &[
    "<script>window.__pwned=1</script>",
    "<img src=x onerror=\"window.__pwned=1\">",
    "javascript:window.__pwned=1",
    "\"><svg onload=window.__pwned=1>",
    "\u{202e}gnp.exe\u{200b}\u{200d}\u{feff}",
    "{{7*7}} ${7*7} ' OR 1=1 --",
];

/// Keys whose string values are free text typed by people (everything else stays valid).
const FREE_TEXT: &[&str] = &[
    "company_name",
    "legal_rep",
    "contact_name",
    "service_name",
    "urgency_note",
    "notes",
    "pm",
    "logistics",
    "executors",
    "zh",
    "en",
    "what_happened",
    "to_whom",
    "what_was_said",
    "author",
    "note",
    "region",
    "department",
    "source",
    "trainee",
    "name",
    "papers",
];

/// JSON pointers of every string under a free-text key.
fn free_text_pointers(
    value: &serde_json::Value,
    key: Option<&str>,
    at: String,
    out: &mut Vec<String>,
) {
    use serde_json::Value;
    match value {
        Value::String(_) if key.is_some_and(|k| FREE_TEXT.contains(&k)) => out.push(at),
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                free_text_pointers(v, key, format!("{at}/{i}"), out);
            }
        }
        Value::Object(map) => {
            for (k, v) in map {
                let escaped = k.replace('~', "~0").replace('/', "~1");
                free_text_pointers(v, Some(k), format!("{at}/{escaped}"), out);
            }
        }
        _ => {}
    }
}

/// Replaces every free-text string with a hostile one, keeping only replacements after which
/// the file still imports (a few keys such as `source` are enums, not text).
fn poison(value: &mut serde_json::Value) -> usize {
    let mut pointers = Vec::new();
    free_text_pointers(value, None, String::new(), &mut pointers);
    let mut n = 0;
    for pointer in pointers {
        let Some(slot) = value.pointer_mut(&pointer) else {
            continue;
        };
        let old = slot.clone();
        let hostile = HOSTILE[n % HOSTILE.len()];
        // Every seventh text is also huge and unbroken, to test that the layout holds.
        *slot = serde_json::Value::String(if n % 7 == 6 {
            format!("{hostile}{}", "W".repeat(3000))
        } else {
            hostile.to_string()
        });
        let text = value.to_string();
        if parse_backup(&text, Limits::default()).is_ok() {
            n += 1;
        } else if let Some(slot) = value.pointer_mut(&pointer) {
            *slot = old;
        }
    }
    n
}

/// `tests/fixtures/hostile-v1.json` (used by the end-to-end security test) is a valid backup
/// with hostile text in every kind of record. Regenerate with `UPDATE_FIXTURES=1 cargo test`.
#[test]
fn hostile_fixture_is_current_and_valid() {
    let mut value = serde_json::to_value(Envelope::new(sample(), Scope::All, device(), at(500)))
        .expect("serialise");
    let n = poison(&mut value);
    let text = serde_json::to_string_pretty(&value).expect("text");
    let env = parse_backup(&text, Limits::default()).expect("hostile but valid");
    assert!(env.data.counts().iter().all(|k| k.live + k.archived > 0));
    assert!(n > 30, "poisoned {n} texts");
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/hostile-v1.json"
    );
    if std::env::var_os("UPDATE_FIXTURES").is_some() {
        std::fs::write(path, &text).expect("write fixture");
    }
    let stored = std::fs::read_to_string(path).expect("fixture present");
    assert_eq!(
        stored, text,
        "fixture out of date: run UPDATE_FIXTURES=1 cargo test"
    );
}

#[test]
fn import_reports_a_precheck_whose_audit_trail_was_edited_in_the_file() {
    let mut data = sample();
    let edit = crate::domain::precheck::Edit::SetLegalRep {
        presence: crate::domain::precheck::Presence::Unavailable,
        note: "在国外".into(),
    };
    data.prechecks[0] = data.prechecks[0]
        .apply(&edit, "张敏", at(29))
        .expect("an edit");
    let precheck = &data.prechecks[0];
    assert!(precheck.verify_trail().is_ok());
    let entry = precheck
        .audit
        .iter()
        .position(|e| e.who == "张敏")
        .expect("the edit is in the trail");
    let text = export(data.clone());
    let forged = text.replacen("\"who\":\"张敏\"", "\"who\":\"someone else\"", 1);
    assert_ne!(forged, text, "the trail's author is in the file");
    let env = parse_backup(&forged, Limits::default()).expect("still a valid file");
    let altered = altered_histories(&env.data);
    assert_eq!(altered.len(), 1, "{altered:?}");
    assert_eq!(altered[0].history, History::PrecheckTrail);
    assert_eq!(altered[0].case_id, precheck.case_id);
    assert_eq!(altered[0].event, entry + 1);
}

/// JSON trees of arbitrary shape: short and long strings (with quotes, backslashes and
/// non-ASCII), numbers, literals, nested arrays and objects.
fn json_tree() -> impl Strategy<Value = serde_json::Value> {
    use serde_json::Value;
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i32>().prop_map(Value::from),
        "[a-z\"\\\\é中\u{1F600}]{0,12}".prop_map(Value::String),
    ];
    leaf.prop_recursive(6, 64, 6, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..7).prop_map(serde_json::Value::Array),
            proptest::collection::btree_map("[a-z\"]{0,10}", inner, 0..5)
                .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    /// The quick look may send a file to the careful walk for nothing, but never lets through
    /// one that the walk refuses.
    #[test]
    fn the_quick_shape_check_never_passes_what_the_walk_refuses(
        tree in json_tree(),
        pretty in any::<bool>(),
        max_depth in 1usize..7,
        max_text_chars in 0usize..10,
        max_records_per_kind in 0usize..6,
    ) {
        let text = if pretty {
            serde_json::to_string_pretty(&tree).expect("serialises")
        } else {
            serde_json::to_string(&tree).expect("serialises")
        };
        let limits = Limits { max_bytes: usize::MAX, max_depth, max_text_chars, max_records_per_kind };
        if json::within_limits(&text, max_depth, max_text_chars, max_records_per_kind) {
            prop_assert!(import::check_shape(&text, &limits).is_ok(), "{}", text);
        }
    }
}

#[test]
fn the_quick_shape_check_reads_strings_and_lists_right() {
    let ok = |t: &str| json::within_limits(t, 4, 5, 3);
    assert!(ok(r#"{"a":[1,2,3],"b":"12345"}"#));
    assert!(
        ok(r#"{"a":"\"\\","b":[]}"#),
        "escaped quotes do not end a string"
    );
    assert!(
        !ok(r#"{"a":"\"\\\"","b":[]}"#),
        "escapes count as bytes: 6 > 5"
    );
    assert!(ok(r#"[[], [ ], {}]"#));
    assert!(!ok(r#"{"a":[1,2,3,4]}"#), "a list over the limit");
    assert!(!ok(r#"{"a":"123456"}"#), "a string over the limit");
    assert!(!ok(r#"{"a":[[[1]]]}"#), "too deep");
    assert!(!ok(r#"{"a":"12"#), "an unterminated string");
    assert!(!ok(r#"{"a":"\"#), "a backslash at the end");
    assert!(!ok(r#"{"a":1"#), "an unclosed object");
    assert!(!ok(r#"{"a":1}}"#), "a stray closing brace");
}

#[test]
fn a_current_file_reads_the_same_by_the_quick_and_the_careful_path() {
    let text = export(sample());
    let quick = parse_backup(&text, Limits::default()).expect("quick path");
    assert!(json::within_limits(&text, 32, 100_000, 100_000));
    // A limit the quick look cannot clear sends the same file down the careful path.
    let careful = parse_backup(
        &text,
        Limits {
            max_depth: 3,
            ..Limits::default()
        },
    );
    assert!(
        matches!(careful, Err(ImportError::TooDeep { .. })),
        "{careful:?}"
    );
    let roomy = Limits {
        max_text_chars: 100_000,
        ..Limits::default()
    };
    assert_eq!(parse_backup(&text, roomy).expect("same file"), quick);
}

#[test]
fn file_bytes_read_as_the_browser_reads_text() {
    let ok = |bytes: &[u8]| file_text(bytes.to_vec()).expect("text");
    assert_eq!(ok("{\"a\":\"中文\"}".as_bytes()), "{\"a\":\"中文\"}");
    assert_eq!(ok(b"\xEF\xBB\xBF{}"), "{}", "a byte-order mark is dropped");
    assert_eq!(ok(b""), "");
    // GBK bytes for 中文 are not UTF-8: refused, never read with replacement characters.
    assert_eq!(
        file_text(b"{\"a\":\"\xD6\xD0\xCE\xC4\"}".to_vec()),
        Err(ImportError::Encoding(TextEncoding::NotUtf8))
    );
    // UTF-16, with or without its byte-order mark, in either order, is decoded.
    let text = "{\"a\":\"中文\"}";
    let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
    assert_eq!(ok(&le), text);
    assert_eq!(ok(&be), text);
    assert_eq!(ok(&[&[0xFF, 0xFE][..], &le].concat()), text);
    assert_eq!(ok(&[&[0xFE, 0xFF][..], &be].concat()), text);
    // A cut UTF-16 file (odd length, or a lone surrogate) names its encoding.
    assert_eq!(
        file_text(le[..le.len() - 1].to_vec()),
        Err(ImportError::Encoding(TextEncoding::Utf16))
    );
    assert_eq!(
        file_text(vec![0xFF, 0xFE, b'{', 0, 0x00, 0xD8, b'}', 0]),
        Err(ImportError::Encoding(TextEncoding::Utf16))
    );
    // A file read this way imports like its text does, in UTF-8 and in UTF-16.
    let text = export(sample());
    let utf16: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    let expected = parse_backup(&text, Limits::default()).expect("text");
    assert_eq!(
        parse_backup(&ok(text.as_bytes()), Limits::default()).expect("bytes"),
        expected
    );
    assert_eq!(
        parse_backup(&ok(&utf16), Limits::default()).expect("utf-16"),
        expected
    );
}

// --- field-level merge between devices -------------------------------------------------

use crate::domain::catalog::FieldKind;
use crate::domain::precheck::{Precheck, Presence};
use crate::domain::revision::{merge_versions, relation, restamp, Relation};

/// Saves `next` as the app does: a revision id, and stamps on what changed since `prev`.
fn saved<R: crate::domain::record::Record>(prev: &R, mut next: R) -> R {
    restamp(Some(prev), &mut next);
    next
}

fn high_tech_precheck(case: &Case) -> Precheck {
    let service = crate::domain::catalog::Catalog::builtin()
        .get("high_tech_certification")
        .cloned()
        .expect("built-in");
    let mut p = Precheck::start(case, Some(&service), new_id(at(30), [30; 10]), at(30));
    restamp(None, &mut p);
    for n in 0..3 {
        let next = p.add_item("patents", "刘洋", at(31 + n)).expect("add");
        p = saved(&p, next);
    }
    p
}

#[test]
fn two_devices_editing_one_precheck_keep_both_edits_and_both_trails() {
    let case = case(1, "甲公司");
    let common = high_tech_precheck(&case);
    // Device A writes a remark on patent 3; device B records the legal representative.
    let a = saved(
        &common,
        common
            .set_field(
                "patents",
                2,
                FieldKind::Remarks,
                "第3项专利待变更",
                "刘洋",
                at(100),
            )
            .expect("remark"),
    );
    let b = saved(
        &common,
        common
            .set_legal_rep(Presence::Unavailable, "在国外", "陈静", at(101))
            .expect("rep"),
    );
    assert_eq!(relation(&a, &b), Relation::Diverged);
    let ab = merge_versions(&a, &b, None);
    assert!(ab.conflicts.is_empty(), "{:?}", ab.conflicts);
    let m = &ab.record;
    assert_eq!(
        m.materials
            .iter()
            .find(|x| x.key == "patents")
            .expect("patents")
            .items[2]
            .value(FieldKind::Remarks),
        "第3项专利待变更"
    );
    assert_eq!(m.legal_rep, Presence::Unavailable);
    let n = common.audit.len();
    assert_eq!(
        m.audit.len(),
        a.audit.len() + b.audit.len() - n,
        "both devices' entries"
    );
    assert_eq!(m.verify_trail(), Ok(()));
    // Either way round, the same record; merging again changes nothing.
    assert_eq!(merge_versions(&b, &a, None).record, ab.record);
    assert_eq!(relation(&ab.record, &a), Relation::Older);
    assert_eq!(merge_versions(&ab.record, &b, None).record, ab.record);
    // A device that continues from the merge is simply newer.
    let later = saved(
        &ab.record,
        ab.record
            .set_field("patents", 0, FieldKind::Remarks, "已核对", "刘洋", at(200))
            .expect("edit"),
    );
    assert_eq!(relation(&ab.record, &later), Relation::Newer);
    // The preview says "merged", not "older".
    let ours = Dataset {
        prechecks: vec![a.clone()],
        ..Dataset::default()
    };
    let theirs = Dataset {
        prechecks: vec![b.clone()],
        ..Dataset::default()
    };
    let p = ours.preview(&theirs);
    let k = p
        .kinds
        .iter()
        .find(|k| k.kind == "prechecks")
        .expect("kind");
    assert_eq!((k.merged, k.older, k.newer, k.conflicts), (1, 0, 0, 0));
}

#[test]
fn a_field_both_changed_is_the_only_conflict_and_taking_theirs_keeps_our_other_edit() {
    let common = case(1, "甲公司");
    let mut common = common;
    restamp(None, &mut common);
    let edit = |c: &Case, f: &dyn Fn(&mut CaseInput), t: i64| {
        let mut input = c.to_input();
        f(&mut input);
        saved(c, c.edit(&input, at(t)).expect("edit"))
    };
    // Ours: notes and legal rep; theirs: notes and the contact phone.
    let ours = edit(
        &common,
        &|i| {
            i.notes = "本机：周五补交".into();
            i.legal_rep = "李强".into();
        },
        100,
    );
    let theirs = edit(
        &common,
        &|i| {
            i.notes = "对方：周一补交".into();
            i.contact_phone = "13900000000".into();
        },
        101,
    );
    let m = merge_versions(&ours, &theirs, Some(Side::Theirs));
    assert_eq!(m.conflicts.len(), 1);
    assert_eq!(m.conflicts[0].path, "notes");
    assert_eq!(m.conflicts[0].ours, Some("本机：周五补交".into()));
    assert_eq!(m.conflicts[0].theirs, Some("对方：周一补交".into()));
    let r = &m.record;
    assert_eq!(
        r.notes, "对方：周一补交",
        "the chosen side for the conflict"
    );
    assert_eq!(r.client.legal_rep, "李强", "our other edit survives");
    assert_eq!(
        r.client.contact_phone, "13900000000",
        "their other edit too"
    );
    assert_eq!(
        r.events.len(),
        common.events.len() + 2,
        "both timeline entries"
    );
    assert_eq!(r.verify_history(), Ok(()));
    // The dataset merge names the company and both values.
    let mine = Dataset {
        cases: vec![ours.clone()],
        ..Dataset::default()
    };
    let file = Dataset {
        cases: vec![theirs.clone()],
        ..Dataset::default()
    };
    let out = mine.merge(&file, &BTreeMap::new());
    assert_eq!(out.conflicts.len(), 1);
    assert_eq!(out.conflicts[0].case_id, Some(common.meta.id));
    assert_eq!(out.conflicts[0].fields.len(), 1);
    assert_eq!(mine.changed_by(&out.merged), 1);
}

/// An edit of a case: which field, which value.
fn edit_step() -> impl Strategy<Value = (u8, u8)> {
    (0u8..4, 0u8..3)
}

fn apply_edits(start: &Case, steps: &[(u8, u8)], t0: i64) -> Case {
    let mut c = start.clone();
    for (n, (field, value)) in steps.iter().enumerate() {
        let mut input = c.to_input();
        let v = format!("值{value}");
        match field {
            0 => input.notes = v,
            1 => input.legal_rep = v,
            2 => input.contact_name = v,
            _ => input.urgency_note = v,
        }
        if let Ok(next) = c.edit(&input, at(t0 + n as i64)) {
            c = saved(&c, next);
        }
    }
    c
}

proptest! {
    #[test]
    fn field_merge_is_commutative_and_idempotent_with_the_same_conflicts(
        base in proptest::collection::vec(edit_step(), 0..3),
        a in proptest::collection::vec(edit_step(), 0..4),
        b in proptest::collection::vec(edit_step(), 0..4),
    ) {
        let mut start = case(1, "共享公司");
        restamp(None, &mut start);
        let common = apply_edits(&start, &base, 10);
        let (x, y) = (apply_edits(&common, &a, 100), apply_edits(&common, &b, 200));
        let none = BTreeMap::new();
        let dx = Dataset { cases: vec![x.clone()], ..Dataset::default() };
        let dy = Dataset { cases: vec![y.clone()], ..Dataset::default() };
        let xy = dx.merge(&dy, &none);
        let yx = dy.merge(&dx, &none);
        prop_assert_eq!(&xy.merged, &yx.merged);
        let paths = |o: &MergeOutcome| o.conflicts.iter().flat_map(|c| c.fields.iter().map(|f| f.path.clone())).collect::<Vec<_>>();
        prop_assert_eq!(paths(&xy), paths(&yx));
        prop_assert_eq!(&xy.merged.merge(&dx, &none).merged, &xy.merged);
        prop_assert_eq!(&xy.merged.merge(&dy, &none).merged, &xy.merged);
        // Every field only one side changed has that side's value.
        let m = &xy.merged.cases[0];
        // (A side that set a field and set it back still changed it: that is a conflict.)
        let touched = |steps: &[(u8, u8)], f: u8| steps.iter().any(|(g, _)| *g == f);
        for (n, field, get) in [(0u8, "notes", (|c: &Case| c.notes.clone()) as fn(&Case) -> String),
                                (1u8, "legal_rep", |c: &Case| c.client.legal_rep.clone())] {
            let (cx, cy) = (get(&x) != get(&common), get(&y) != get(&common));
            if cx && !touched(&b, n) { prop_assert_eq!(get(m), get(&x), "{}", field); }
            if cy && !touched(&a, n) { prop_assert_eq!(get(m), get(&y), "{}", field); }
        }
        prop_assert_eq!(m.verify_history(), Ok(()));
    }
}

// --- messages in words -------------------------------------------------------------------

/// The file with one value replaced at a JSON pointer (or removed with `None`).
fn edited(pointer: &str, value: Option<serde_json::Value>) -> String {
    let mut v: serde_json::Value = serde_json::from_str(&export(sample())).expect("json");
    let (parent, key) = pointer.rsplit_once('/').expect("pointer");
    let target = v.pointer_mut(parent).expect("parent");
    match value {
        Some(value) => target[key] = value,
        None => {
            target.as_object_mut().expect("object").remove(key);
        }
    }
    v.to_string()
}

#[test]
fn refusals_name_the_field_in_words_and_keep_serde_text_for_details() {
    let serde_words = [
        "missing field",
        "invalid type",
        "expected",
        "trailing",
        "$.",
    ];
    let check = |text: &str, zh: &str, en: &str| {
        let e = err(text);
        let (mzh, men) = (e.message(Lang::Zh), e.message(Lang::En));
        assert!(mzh.contains(zh), "{mzh}");
        assert!(men.contains(en), "{men}");
        for w in serde_words {
            assert!(!mzh.contains(w) && !men.contains(w), "{w} in {mzh} / {men}");
        }
        assert!(
            e.details().is_some(),
            "serde's text is kept for the details line"
        );
    };
    check(
        &edited("/data/cases/0/hard_date", None),
        "第 1 条案件记录的“硬截止日”：缺少这一项",
        "Case record 1, “Hard date”: this is missing",
    );
    check(
        &edited(
            "/data/cases/0/promised_working_days",
            Some(serde_json::json!("5")),
        ),
        "第 1 条案件记录的“承诺工作日”：应为整数，文件里是文字“5”",
        "it should be a whole number, but the file has the text “5”",
    );
    // A flattened record's bookkeeping is named down to the field, not stopped at the record.
    check(
        &edited("/data/plans/0/rev", Some(serde_json::json!("x"))),
        "第 1 条预案记录的“修订号”",
        "Plan record 1, “Revision”",
    );
    check(
        &edited(
            "/data/plans/0/created_at",
            Some(serde_json::json!("yesterday")),
        ),
        "第 1 条预案记录的“创建时间”：日期或时间的格式不对",
        "“Created”: the date or time is not in a valid format",
    );
    check(
        &edited("/data/cases/0/rev", None),
        "第 1 条案件记录的“修订号”：缺少这一项",
        "“Revision”: this is missing",
    );
    let trailing = format!("{} x", export(sample()));
    check(&trailing, "之后还有多余的内容", "extra text after the end");
    // The AES-CBC wrapper names the cipher, not the key derivation.
    let mut file = EncryptedFile::new(PBKDF2_ITERATIONS, &[1; 16], &[2; 12], &[3; 40]);
    file.cipher.name = "AES-CBC".into();
    let e = parse_encrypted(&json::to_json(&file).expect("json")).expect_err("refused");
    assert!(matches!(&e, ImportError::Unsupported { path, .. } if path == "$.cipher.name"));
    assert!(
        e.message(Lang::Zh).contains("“加密参数 · 名称”为“AES-CBC”"),
        "{}",
        e.message(Lang::Zh)
    );
    assert!(e.message(Lang::Zh).contains("AES-GCM"));
}

#[test]
fn a_restore_names_what_it_loses() {
    let here = sample();
    // The file: an older backup that lacks 甲公司 and holds 乙公司 before its last change.
    let mut older = here.clone();
    older.cases.retain(|c| c.client.company_name != "甲公司");
    let edited_here = here
        .cases
        .iter()
        .find(|c| c.client.company_name == "乙公司")
        .expect("乙")
        .clone();
    let before = edited_here
        .edit(
            &CaseInput {
                notes: "文件里的旧备注".into(),
                ..edited_here.to_input()
            },
            at(50),
        )
        .expect("edit");
    let mut newer_here = here.clone();
    let later = before
        .edit(
            &CaseInput {
                notes: "本机的新备注".into(),
                ..before.to_input()
            },
            at(60),
        )
        .expect("edit");
    for c in older.cases.iter_mut() {
        if c.meta.id == before.meta.id {
            *c = before.clone();
        }
    }
    for c in newer_here.cases.iter_mut() {
        if c.meta.id == before.meta.id {
            *c = later.clone();
        }
    }
    let lost = newer_here.restore_losses(&older);
    let labels: Vec<(&str, &str, bool)> = lost
        .iter()
        .map(|l| (l.kind, l.label.as_str(), l.edited))
        .collect();
    assert!(
        lost.iter()
            .any(|l| l.kind == "cases" && l.label.contains("甲公司") && !l.edited),
        "{labels:?}"
    );
    assert!(
        lost.iter()
            .any(|l| l.kind == "cases" && l.label.contains("乙公司") && l.edited),
        "{labels:?}"
    );
    // The archived 丙公司 is in both: nothing lost there.
    assert!(
        !lost.iter().any(|l| l.label.contains("丙公司")),
        "{labels:?}"
    );
    // Restoring the same data loses nothing.
    assert!(newer_here.restore_losses(&newer_here).is_empty());
}

#[test]
fn stored_slices_cover_every_record_once_in_order() {
    let data = sample();
    let all: Vec<String> = data
        .to_stored()
        .expect("json")
        .into_iter()
        .map(|(k, m, t)| format!("{k}:{}:{}", m.id, t.len()))
        .collect();
    for slice in [1, 2, 3, 7, all.len(), all.len() + 5] {
        let mut got = Vec::new();
        let mut at = 0;
        while at < data.len() {
            let part = data.stored_slice(at, slice).expect("json");
            assert!(!part.is_empty() && part.len() <= slice);
            at += part.len();
            got.extend(
                part.into_iter()
                    .map(|(k, m, t)| format!("{k}:{}:{}", m.id, t.len())),
            );
        }
        assert_eq!(got, all, "slice {slice}");
    }
    assert!(data.stored_slice(data.len(), 10).expect("json").is_empty());
}

// --- fuzz: mutated exports ------------------------------------------------------------------

/// Every JSON pointer in `v` (the root included).
fn pointers(v: &serde_json::Value, at: String, out: &mut Vec<String>) {
    out.push(at.clone());
    match v {
        serde_json::Value::Object(map) => {
            for (k, c) in map {
                pointers(
                    c,
                    format!("{at}/{}", k.replace('~', "~0").replace('/', "~1")),
                    out,
                );
            }
        }
        serde_json::Value::Array(items) => {
            for (i, c) in items.iter().enumerate() {
                pointers(c, format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
}

/// One structural mutation of the exported JSON: a value somewhere replaced by one of another
/// type or out of range, removed, or duplicated.
fn mutate_json(v: &mut serde_json::Value, pick: u64, op: u8, arg: u64) {
    use serde_json::{json, Value};
    let mut all = Vec::new();
    pointers(v, String::new(), &mut all);
    let target = all[(pick % all.len() as u64) as usize].clone();
    let strings = [
        "",
        "x",
        "2026-13-45",
        "2026-02-30T25:61:00Z",
        "99999999999999999999999999",
        "\u{0}\u{202E}<script>",
        "00000000-0000-0000-0000-00000000000g",
        "done",
    ];
    let numbers = [
        json!(0),
        json!(-1),
        json!(4_294_967_295u64),
        json!(1e308),
        json!(0.5),
        json!(i64::MIN),
        json!(366),
        json!(9999),
    ];
    let replacement = match op {
        0 => Some(Value::Null),
        1 => Some(json!(strings[(arg % strings.len() as u64) as usize])),
        2 => Some(numbers[(arg % numbers.len() as u64) as usize].clone()),
        3 => Some(json!(arg.is_multiple_of(2))),
        4 => Some(json!([])),
        5 => Some(json!({})),
        _ => None,
    };
    if let Some(r) = replacement {
        if let Some(slot) = v.pointer_mut(&target) {
            *slot = r;
        }
        return;
    }
    let Some((parent, key)) = target.rsplit_once('/') else {
        return;
    };
    let key = key.replace("~1", "/").replace("~0", "~");
    match v.pointer_mut(parent) {
        Some(Value::Object(map)) if op == 6 => {
            map.remove(&key);
        }
        Some(Value::Object(map)) => {
            map.insert(format!("unknown_{arg}"), json!(arg));
        }
        Some(Value::Array(items)) => {
            if let Ok(i) = key.parse::<usize>() {
                if op == 6 {
                    items.remove(i);
                } else {
                    let copy = items[i].clone();
                    items.insert(i, copy);
                }
            }
        }
        _ => {}
    }
}

/// ≥ 100,000 mutated exports must each be imported or refused with a message, never panic:
/// `FUZZ_EXPORTS=100000 cargo test --release fuzz_` runs the full count (seed: `FUZZ_SEED`);
/// `./scripts/test` runs a short 1,000.
#[test]
fn fuzz_mutated_exports_are_imported_or_refused_with_a_message() {
    use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
    let count: u32 = std::env::var("FUZZ_EXPORTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_000);
    let seed: u8 = std::env::var("FUZZ_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(20);
    let base: serde_json::Value = serde_json::from_str(&export(sample())).expect("json");
    let config = Config {
        cases: count,
        failure_persistence: None,
        rng_algorithm: RngAlgorithm::ChaCha,
        ..Config::default()
    };
    let mut runner = TestRunner::new_with_rng(
        config,
        TestRng::from_seed(RngAlgorithm::ChaCha, &[seed; 32]),
    );
    let refused = std::cell::Cell::new(0u32);
    let accepted = std::cell::Cell::new(0u32);
    let strategy = (
        proptest::collection::vec((any::<u64>(), 0u8..8, any::<u64>()), 1..4),
        0u8..4,
        any::<u64>(),
        any::<u8>(),
    );
    let result = runner.run(&strategy, |(edits, bytes_op, at, byte)| {
        let mut v = base.clone();
        for (pick, op, arg) in edits {
            mutate_json(&mut v, pick, op, arg);
        }
        let mut bytes = v.to_string().into_bytes();
        let i = (at % (bytes.len() as u64 + 1)) as usize;
        match bytes_op {
            // Cut short, a byte changed, a byte added (the file's bytes, not just its JSON).
            0 => bytes.truncate(i),
            1 if i < bytes.len() => bytes[i] = byte,
            2 => bytes.insert(i, byte),
            _ => {}
        }
        let outcome = file_text(bytes).and_then(|text| parse_backup(&text, Limits::default()));
        match outcome {
            Ok(env) => {
                accepted.set(accepted.get() + 1);
                // What the app does next with an accepted file must not panic either.
                let _ = altered_histories(&env.data);
                let here = sample();
                let _ = here.preview(&env.data);
                let _ = here.merge(&env.data, &BTreeMap::new());
                let _ = here.restore_losses(&env.data);
            }
            Err(e) => {
                refused.set(refused.get() + 1);
                for lang in [Lang::Zh, Lang::En] {
                    let m = e.message(lang);
                    prop_assert!(!m.trim().is_empty());
                    for serde_words in [
                        "missing field",
                        "invalid type",
                        "invalid value",
                        "expected `",
                    ] {
                        prop_assert!(!m.contains(serde_words), "{m}");
                    }
                }
            }
        }
        Ok(())
    });
    assert!(result.is_ok(), "{result:?}");
    eprintln!(
        "fuzz: {count} mutated exports (seed {seed}): {} refused with a message, {} imported",
        refused.get(),
        accepted.get()
    );
    assert_eq!(refused.get() + accepted.get(), count);
    assert!(refused.get() > count / 4, "the mutations reach the checks");
}
