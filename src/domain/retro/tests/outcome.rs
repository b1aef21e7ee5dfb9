//! The case outcome against its hard date, in working days.

use super::*;

#[test]
fn the_outcome_counts_working_days_past_the_hard_date() {
    let cal = Calendar::builtin();
    let late = case_outcome(&finished_late(), &cal, &clock_at(t0())).expect("outcome");
    assert_eq!(late.finished_on, Some(day(2026, 4, 14)));
    assert!(!late.met_hard_date);
    assert_eq!(
        late.missed_by_working_days, 2,
        "Monday 13 and Tuesday 14 April"
    );
    assert_eq!(
        late.summary(Lang::Zh),
        "比硬期限 4月10日（周五）晚了 2 个工作日"
    );
    assert!(late
        .summary(Lang::En)
        .starts_with("Finished 2 working day(s) after"));

    let on_time = scope_case()
        .transition(Status::Precheck, bj(2026, 4, 1, 10, 0, 0))
        .and_then(|c| c.transition(Status::InProgress, bj(2026, 4, 2, 9, 0, 0)))
        .and_then(|c| c.transition(Status::Submitted, bj(2026, 4, 7, 9, 0, 0)))
        .and_then(|c| c.transition(Status::Done, bj(2026, 4, 10, 23, 30, 0)))
        .expect("moves");
    let met = case_outcome(&on_time, &cal, &clock_at(t0())).expect("outcome");
    assert!(met.met_hard_date, "23:30 Beijing time is still the 10th");
    assert_eq!(met.missed_by_working_days, 0);

    let open = case_outcome(&scope_case(), &cal, &clock_at(bj(2026, 4, 16, 9, 0, 0))).expect("ok");
    assert_eq!(open.finished_on, None);
    assert!(!open.met_hard_date);
    assert_eq!(open.missed_by_working_days, 4);
    assert!(open.summary(Lang::Zh).starts_with("未办结，已超过硬期限"));
    let early = case_outcome(&scope_case(), &cal, &clock_at(bj(2026, 4, 3, 9, 0, 0))).expect("ok");
    assert_eq!(early.missed_by_working_days, 0);
    assert_eq!(
        early.summary(Lang::En),
        "Not finished (hard date Fri 10 Apr)"
    );

    let weekend = scope_case()
        .transition(Status::Failed, bj(2026, 4, 8, 9, 0, 0))
        .and_then(|c| c.transition(Status::Recovered, bj(2026, 4, 11, 12, 0, 0)))
        .expect("moves");
    let sat = case_outcome(&weekend, &cal, &clock_at(t0())).expect("ok");
    assert!(!sat.met_hard_date);
    assert_eq!(sat.missed_by_working_days, 0);
    assert!(sat.summary(Lang::Zh).contains("休息日"));
}
