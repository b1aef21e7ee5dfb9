//! The case outcome against its hard date, in working days.

use super::*;

#[test]
fn the_outcome_counts_working_days_past_the_hard_date() {
    let cal = Calendar::builtin();
    let late = case_outcome(&finished_late(), &[], &cal, &clock_at(t0())).expect("outcome");
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
    let met = case_outcome(&on_time, &[], &cal, &clock_at(t0())).expect("outcome");
    assert!(met.met_hard_date, "23:30 Beijing time is still the 10th");
    assert_eq!(met.missed_by_working_days, 0);

    let open = case_outcome(
        &scope_case(),
        &[],
        &cal,
        &clock_at(bj(2026, 4, 16, 9, 0, 0)),
    )
    .expect("ok");
    assert_eq!(open.finished_on, None);
    assert!(!open.met_hard_date);
    assert_eq!(open.missed_by_working_days, 4);
    assert!(open.summary(Lang::Zh).starts_with("未办结，已超过硬期限"));
    let early =
        case_outcome(&scope_case(), &[], &cal, &clock_at(bj(2026, 4, 3, 9, 0, 0))).expect("ok");
    assert_eq!(early.missed_by_working_days, 0);
    assert_eq!(
        early.summary(Lang::En),
        "Not finished (hard date Fri 10 Apr)"
    );

    let weekend = scope_case()
        .fail_on_raise(bj(2026, 4, 8, 9, 0, 0))
        .and_then(|c| c.transition(Status::Recovered, bj(2026, 4, 11, 12, 0, 0)))
        .expect("moves");
    let sat = case_outcome(&weekend, &[], &cal, &clock_at(t0())).expect("ok");
    assert!(!sat.met_hard_date);
    assert_eq!(sat.missed_by_working_days, 0);
    assert!(sat.summary(Lang::Zh).contains("休息日"));
}

#[test]
fn a_case_closed_as_lost_is_lost_in_the_outcome_and_the_on_time_chart_alike() {
    let cal = Calendar::builtin();
    // Failed on 8 April (hard date Friday 10 April); the remedy could not save it.
    let failed = scope_case()
        .transition(Status::Precheck, bj(2026, 4, 1, 10, 0, 0))
        .and_then(|c| c.fail_on_raise(bj(2026, 4, 8, 10, 0, 0)))
        .expect("moves");
    let lost = scope_failure(&failed)
        .close(
            crate::domain::response::Outcome::Lost,
            "",
            bj(2026, 4, 9, 9, 0, 0),
        )
        .expect("closed");
    // Asked the day after it was lost, before the hard date: over, not "not finished yet".
    let clock = clock_at(bj(2026, 4, 9, 10, 0, 0));
    let outcome =
        case_outcome(&failed, std::slice::from_ref(&lost), &cal, &clock).expect("outcome");
    assert!(outcome.lost && !outcome.met_hard_date && outcome.is_decided());
    assert!(outcome.summary(Lang::Zh).starts_with("未能挽回"));
    let retro = Retro::start(&failed, outcome, new_id(t0(), [14; 10]), t0()).expect("retro");
    let rates = on_time_by_service(std::slice::from_ref(&failed), &[retro]);
    assert_eq!((rates[0].met, rates[0].total), (0, 1), "counted as missed");
    // While its failure is still open, the same case is not decided yet and is left out.
    let open = case_outcome(&failed, &[scope_failure(&failed)], &cal, &clock).expect("ok");
    assert!(!open.lost && !open.is_decided());
    let retro = Retro::start(&failed, open, new_id(t0(), [15; 10]), t0()).expect("retro");
    assert!(on_time_by_service(&[failed], &[retro]).is_empty());
}
