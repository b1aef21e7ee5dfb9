use chrono::Duration;
use proptest::prelude::*;

use super::*;

fn secs(n: i64) -> Duration {
    Duration::seconds(n)
}

#[test]
fn a_fresh_failure_has_the_whole_hour() {
    let f = stamp_duty(&tax_case());
    assert_eq!(
        clock(&f, found()),
        ClockState::Running {
            elapsed: secs(0),
            remaining: secs(3600)
        }
    );
    let state = clock(&f, found() + secs(15 * 60));
    assert_eq!(
        state,
        ClockState::Running {
            elapsed: secs(900),
            remaining: secs(2700)
        }
    );
    assert_eq!(state.face(), "45:00");
    assert!(state.is_ticking() && !state.is_missed());
}

#[test]
fn exactly_sixty_minutes_is_still_in_time_and_one_second_more_is_not() {
    let f = stamp_duty(&tax_case());
    assert_eq!(
        clock(&f, found() + secs(3599)),
        ClockState::Running {
            elapsed: secs(3599),
            remaining: secs(1)
        }
    );
    assert_eq!(
        clock(&f, found() + secs(3600)),
        ClockState::Running {
            elapsed: secs(3600),
            remaining: secs(0)
        }
    );
    let over = clock(&f, found() + secs(3601));
    assert_eq!(
        over,
        ClockState::Overdue {
            overdue_by: secs(1)
        }
    );
    assert!(over.is_missed());
    assert_eq!(over.face(), "+00:01");
}

#[test]
fn notifying_at_the_sixty_minute_mark_stops_the_clock_in_time() {
    let case = tax_case();
    let f = stamp_duty(&case);
    let now = found() + secs(3600);
    let told = f.log_notification(&told_at(now), now).expect("logged");
    assert_eq!(
        clock(&told, now + Duration::days(3)),
        ClockState::StoppedInTime { took: secs(3600) }
    );
    let late = f
        .log_notification(&told_at(now + secs(1)), now + secs(1))
        .expect("logged");
    let state = clock(&late, now + Duration::days(3));
    assert_eq!(state, ClockState::StoppedLate { took: secs(3601) });
    assert!(state.is_missed() && !state.is_ticking());
    assert!(state
        .caption(f.notify_window(), Lang::Zh)
        .contains("超过了 1 小时告知时限"));
    assert!(state
        .caption(f.notify_window(), Lang::En)
        .contains("later than the 1 h notice window"));
}

#[test]
fn a_stopped_clock_keeps_the_time_taken() {
    let case = tax_case();
    let at = found() + secs(35 * 60);
    let f = stamp_duty(&case)
        .log_notification(&told_at(at), at)
        .expect("logged");
    for later in [at, at + Duration::hours(5), at + Duration::days(30)] {
        assert_eq!(
            clock(&f, later),
            ClockState::StoppedInTime { took: secs(2100) }
        );
    }
    assert_eq!(
        clock(&f, at).caption(f.notify_window(), Lang::Zh),
        "35 分钟内已通知客户"
    );
}

#[test]
fn a_device_clock_behind_the_discovery_never_shows_more_than_an_hour() {
    let f = stamp_duty(&tax_case());
    assert_eq!(
        clock(&f, found() - Duration::hours(2)),
        ClockState::Running {
            elapsed: secs(0),
            remaining: secs(3600)
        }
    );
}

#[test]
fn running_clocks_lists_open_unnotified_failures_most_urgent_first() {
    let case = tax_case();
    let now = found() + Duration::minutes(90);
    let older = stamp_duty(&case);
    let mut newer_input = stamp_duty_input();
    newer_input.discovered_at = found() + Duration::minutes(60);
    let newer =
        Failure::raise(&newer_input, &case, new_id(now, [4; 10]), now).expect("valid failure");
    let told = stamp_duty(&case)
        .log_notification(&told_at(found()), now)
        .expect("logged");
    let archived = stamp_duty(&case).archive(now).expect("archived");
    let all = vec![newer.clone(), told, archived, older.clone()];
    let clocks = running_clocks(&all, now);
    assert_eq!(clocks.len(), 2);
    assert_eq!(clocks[0].failure.meta.id, older.meta.id);
    assert_eq!(clocks[0].state.key(), "overdue");
    assert_eq!(clocks[1].failure.meta.id, newer.meta.id);
    assert_eq!(clocks[1].state.key(), "running");
}

proptest! {
    #[test]
    fn the_clock_splits_the_hour_and_flags_only_what_is_over(offset in -7200i64..20_000) {
        let f = stamp_duty(&tax_case());
        let state = clock(&f, found() + secs(offset));
        match state {
            ClockState::Running { elapsed, remaining } => {
                prop_assert_eq!(elapsed + remaining, secs(3600));
                prop_assert!(offset <= 3600);
            }
            ClockState::Overdue { overdue_by } => {
                prop_assert!(offset > 3600);
                prop_assert_eq!(overdue_by, secs(offset - 3600));
            }
            other => prop_assert!(false, "unexpected {:?}", other),
        }
        prop_assert_eq!(state.is_missed(), offset > 3600);
    }
}

#[test]
fn the_clock_follows_the_window_the_plan_promised() {
    let case = tax_case();
    let input = FailureInput {
        notify_within_hours: Some(24),
        ..stamp_duty_input()
    };
    let f = Failure::raise(&input, &case, new_id(found(), [9; 10]), found()).expect("valid");
    assert_eq!(f.notify_within_hours, 24);
    // Two hours in, a one-hour clock would be overdue; a day's promise is still running.
    assert_eq!(
        clock(&f, found() + Duration::hours(2)),
        ClockState::Running {
            elapsed: Duration::hours(2),
            remaining: Duration::hours(22)
        }
    );
    let late = clock(&f, found() + Duration::hours(24) + secs(1));
    assert_eq!(
        late,
        ClockState::Overdue {
            overdue_by: secs(1)
        }
    );
    assert!(late
        .caption(f.notify_window(), Lang::Zh)
        .contains("已超过 1 天告知时限"));
    // Told after 20 hours: in time under this promise.
    let at = found() + Duration::hours(20);
    let told = f.log_notification(&told_at(at), at).expect("logged");
    assert_eq!(
        clock(&told, at),
        ClockState::StoppedInTime {
            took: Duration::hours(20)
        }
    );
    assert_eq!(
        crate::domain::retro::time_to_notify(&[told]).within_hour,
        1,
        "statistics count it in time by the same rule"
    );
}

#[test]
fn no_promise_means_one_hour_and_old_records_read_as_one_hour() {
    let f = stamp_duty(&tax_case());
    assert_eq!(f.notify_within_hours, DEFAULT_NOTIFY_HOURS);
    // Out-of-range promises are held to the plan's limits.
    let huge = FailureInput {
        notify_within_hours: Some(1000),
        ..stamp_duty_input()
    };
    let g = Failure::raise(&huge, &tax_case(), new_id(found(), [7; 10]), found()).expect("ok");
    assert_eq!(g.notify_within_hours, 24);
    // A record stored before the field existed.
    let mut json: serde_json::Value = serde_json::to_value(&f).expect("json");
    json.as_object_mut()
        .expect("object")
        .remove("notify_within_hours");
    let old: Failure = serde_json::from_value(json).expect("reads");
    assert_eq!(old.notify_within_hours, 1);
}
