//! Run records and trainees' progress.

use chrono::{DateTime, TimeZone, Utc};

use super::support::*;
use crate::domain::drill::progress::{trainees, MAX_SEED};
use crate::domain::record::{new_id, Meta};

fn at(secs: i64) -> DateTime<Utc> {
    Utc.timestamp_opt(1_700_000_000 + secs, 0).single().unwrap()
}

fn record(trainee: &str, moves: &[Option<usize>], secs: i64) -> RunRecord {
    let s = customs();
    let run = play(&s, 8, moves);
    let meta = Meta::new(new_id(at(secs), [secs as u8; 10]), at(secs));
    RunRecord::new(meta, trainee, &s, &run, at(secs)).unwrap()
}

#[test]
fn a_record_needs_a_finished_run_of_its_scenario() {
    let s = customs();
    let meta = Meta::new(new_id(at(0), [0; 10]), at(0));
    let open = play(&s, 8, &[Some(0)]);
    assert_eq!(
        RunRecord::new(meta.clone(), "小王", &s, &open, at(0)),
        Err(DrillError::NotFinished)
    );
    let other = play(&tiny(), 8, &[Some(0), Some(0)]);
    assert!(matches!(
        RunRecord::new(meta, "小王", &s, &other, at(0)),
        Err(DrillError::WrongScenario { .. })
    ));
}

#[test]
fn a_record_replays_and_survives_json() {
    let r = record(" 小王 ", &[Some(0), Some(0), None, Some(0)], 10);
    assert_eq!(r.trainee, "小王");
    assert!(r.passed);
    let json = serde_json::to_value(&r).unwrap();
    assert!(json.get("id").is_some(), "meta is flattened");
    let back: RunRecord = serde_json::from_value(json).unwrap();
    assert_eq!(back, r);
    let run = r.replay(&customs()).unwrap();
    assert_eq!(run.decisions, r.decisions);
    assert_eq!(score(&customs(), &run), r.score);
    assert!(matches!(
        r.replay(&tiny()),
        Err(DrillError::WrongScenario { .. })
    ));
}

#[test]
fn progress_is_per_trainee_oldest_first_without_deleted_runs() {
    let mut deleted = record("小王", &[Some(3), Some(2), Some(3)], 5);
    deleted.meta.deleted = true;
    let records = vec![
        record("小王", &[Some(0), Some(0), Some(0), Some(0)], 30),
        record("小李", &[Some(0), Some(0), Some(0), Some(0)], 20),
        record("小王", &[Some(2), Some(2), Some(2)], 10),
        deleted,
    ];
    let series = progress(&records, "小王");
    assert_eq!(series.len(), 2);
    assert_eq!(series[0].0, at(10));
    assert_eq!(series[1], (at(30), 100));
    assert!(series[0].1 < 20);
    assert_eq!(
        trainees(&records),
        vec!["小李".to_owned(), "小王".to_owned()]
    );
    let sum = summary(&records, "小王");
    assert_eq!((sum.runs, sum.passed), (2, 1));
    assert_eq!(sum.latest_total, Some(100));
    assert!(sum.weakest.is_some());
}

#[test]
fn the_next_scenario_builds_on_what_was_passed() {
    let all = builtin_scenarios();
    let none: Vec<RunRecord> = Vec::new();
    let first = suggest_next(&none, "新人", &all).unwrap();
    assert_eq!(first.difficulty, 1);
    let records = vec![record("小王", &[Some(0), Some(0), Some(0), Some(0)], 1)];
    let next = suggest_next(&records, "小王", &all).unwrap();
    assert_ne!(
        next.key, "drill_customs_filing_fair",
        "passed scenarios are not suggested first"
    );
    assert!(next.difficulty <= 3);
    assert!(suggest_next(&records, "小王", &[]).is_none());
}

#[test]
fn seeds_fit_in_a_javascript_number() {
    assert_eq!(seed_from_bytes([0xff; 8]), MAX_SEED);
    const { assert!(MAX_SEED < (1u64 << 53)) };
}
