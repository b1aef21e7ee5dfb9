//! Stored scenarios, the library in force, and drafts from the retrospective module.

use chrono::{NaiveDate, TimeZone, Utc};
use uuid::Uuid;

use super::support::*;
use crate::domain::case::UrgencyKind;
use crate::domain::record::{new_id, Meta, Record};
use crate::domain::retro::DrillDraft;

fn stored(scenario: Scenario, n: u8) -> ScenarioRecord {
    let now = Utc.timestamp_opt(1_700_000_000, 0).single().unwrap();
    ScenarioRecord {
        meta: Meta::new(new_id(now, [n; 10]), now),
        scenario,
    }
}

#[test]
fn the_library_adds_valid_custom_scenarios_and_reports_the_rest() {
    let mut broken = tiny();
    broken.key = "broken".into();
    broken.steps[0].choices[0].next = "ghost".into();
    let mut gone = tiny();
    gone.key = "gone".into();
    let mut deleted = stored(gone, 4);
    deleted.meta.deleted = true;
    let records = vec![
        stored(tiny(), 1),
        stored(tiny(), 2),
        stored(customs(), 3),
        stored(broken, 5),
        deleted,
    ];
    let (all, skipped) = effective_scenarios(&builtin_scenarios(), &records);
    assert_eq!(all.len(), BUILTIN_SCENARIO_KEYS.len() + 1);
    assert_eq!(all.last().unwrap().key, "tiny");
    assert!(!all.last().unwrap().builtin);
    let reasons: Vec<(&str, bool)> = skipped
        .iter()
        .map(|s| (s.key.as_str(), s.reason == SkipReason::KeyInUse))
        .collect();
    assert_eq!(
        reasons,
        vec![
            ("tiny", true),
            ("drill_customs_filing_fair", true),
            ("broken", false)
        ]
    );
    for s in &skipped {
        assert_ne!(s.message(Lang::Zh), s.message(Lang::En));
    }
    assert_eq!(ScenarioRecord::KIND, "drill_scenarios");
    assert_eq!(RunRecord::KIND, "drill_runs");
    assert_eq!(records[0].label(), "tiny");
    let json = serde_json::to_value(&records[0]).unwrap();
    assert!(json.get("id").is_some() && json.get("scenario").is_some());
}

fn drill_draft() -> DrillDraft {
    DrillDraft {
        title: "海关备案:材料有误".into(),
        service_key: Some("customs_filing".into()),
        service: "海关备案".into(),
        urgency: UrgencyKind::TradeFair,
        hard_date: NaiveDate::from_ymd_opt(2025, 4, 15).unwrap(),
        promised_working_days: 2,
        facts: vec!["客户(名称已隐去)委托加急办理海关备案。".into()],
        failure: "信息表地址填错,被海关退回".into(),
        failure_kind: None,
        amount_cents: Some(12_345_678),
        right_moves: vec!["连夜改表".into(), "备好情况说明和授权书".into()],
        wrong_moves: vec!["两小时后才通知客户".into()],
        lessons: vec![
            "根本原因:没有对照最新执照".into(),
            "初核清单加上地址核对".into(),
        ],
        categories: Vec::new(),
        source_case_id: Uuid::nil(),
        source_retro_id: Uuid::from_u128(0xabc),
    }
}

#[test]
fn a_retrospective_draft_becomes_a_playable_scenario() {
    let s = from_drill_draft(&drill_draft());
    assert_eq!(check(&s), Vec::new());
    assert_eq!(s.key, "retro_00000000000000000000000000000abc");
    assert_eq!(s.service_key, "customs_filing");
    assert_eq!(s.hard_date.working_days, 2);
    assert!(s.hard_date.label.zh.contains("2025-04-15"));
    assert_eq!(s.initial.money_at_stake_yuan, 123_456);
    assert_eq!(s.decision_steps().count(), 2);
    let end = s.steps.last().unwrap();
    assert!(end.situation.zh.contains("初核清单加上地址核对"));
    let runs = all_runs(&s, 0);
    assert!(runs.iter().any(|r| score(&s, r).passed));
    assert!(runs.iter().any(|r| !score(&s, r).passed));
    let mut empty = drill_draft();
    empty.right_moves.clear();
    empty.wrong_moves.clear();
    empty.lessons = vec!["  ".into()];
    empty.service_key = None;
    empty.amount_cents = Some(u64::MAX);
    empty.promised_working_days = u32::MAX;
    let s = from_drill_draft(&empty);
    assert_eq!(check(&s), Vec::new());
}
