use chrono::Duration;
use proptest::prelude::*;

use super::*;
use crate::domain::calendar::{Calendar, CalendarError};

fn cal() -> Calendar {
    Calendar::builtin()
}

/// Decide-by for `n` working days of path cost plus remaining work.
fn by(hard: &str, n: u32) -> NaiveDate {
    decide_by(&cal(), d(hard), d("2024-01-01"), n, 0, d("2024-01-01"))
        .expect("computable")
        .date
}

#[test]
fn the_library_is_complete_in_both_languages() {
    let library = path_library();
    assert_eq!(library.len(), PathKey::ALL.len());
    for (pattern, key) in library.iter().zip(PathKey::ALL) {
        assert_eq!(pattern.key, key);
        assert_eq!(PathKey::from_key(key.key()), Some(key));
        assert!(!pattern.name.zh.is_empty() && !pattern.name.en.is_empty());
        assert!(!pattern.when_applies.en.is_empty());
        assert!(!pattern.needs.is_empty() && pattern.needs.iter().all(|n| !n.en.is_empty()));
        assert!(!pattern.who_must_agree.is_empty());
        let json = serde_json::to_string(&key).expect("serialise");
        assert_eq!(json, format!("\"{}\"", key.key()));
    }
    assert_eq!(PathKey::AcceptMissingLater.name(Lang::Zh), "容缺受理");
    assert!(PathKey::RemoteVideoVerification
        .pattern()
        .who_must_agree
        .contains(&Party::Bank));
}

#[test]
fn subtracting_working_days_mirrors_adding_them() {
    let c = cal();
    let sub = |date: &str, n: u32| c.subtract_working_days(d(date), n).expect("ok").value;
    assert_eq!(sub("2026-12-04", 1), d("2026-12-03"));
    assert_eq!(
        sub("2026-12-07", 1),
        d("2026-12-04"),
        "Monday minus one is Friday"
    );
    assert_eq!(
        sub("2026-12-05", 0),
        d("2026-12-04"),
        "Saturday on-or-before is Friday"
    );
    assert_eq!(sub("2026-12-04", 0), d("2026-12-04"));
    assert_eq!(
        sub("2026-12-05", 1),
        d("2026-12-04"),
        "strictly before a Saturday"
    );
    assert_eq!(
        c.subtract_working_days(d("2026-12-04"), 10_001),
        Err(CalendarError::TooManyWorkingDays {
            requested: 10_001,
            max: 10_000
        })
    );
    let min = c.subtract_working_days(NaiveDate::MIN, 1);
    assert!(matches!(min, Err(CalendarError::DateOverflow { .. })));
}

#[test]
fn decide_by_counts_back_across_the_spring_festival_2026() {
    // 2026: off 15–23 February, make-up working days on Saturday 14 and Saturday 28 February.
    assert_eq!(by("2026-02-26", 2), d("2026-02-24"));
    assert_eq!(
        by("2026-02-26", 3),
        d("2026-02-14"),
        "the make-up Saturday counts"
    );
    assert_eq!(by("2026-02-26", 4), d("2026-02-13"));
    assert_eq!(
        by("2026-02-22", 0),
        d("2026-02-14"),
        "a hard date inside the break"
    );
    assert_eq!(by("2026-02-22", 1), d("2026-02-13"));
    assert_eq!(
        by("2026-02-28", 1),
        d("2026-02-27"),
        "a make-up Saturday is a finish line"
    );
}

#[test]
fn decide_by_counts_back_across_national_day_2025_and_2026() {
    // 2025: off 1–8 October, make-up working days on Sunday 28 September and Saturday 11 October.
    assert_eq!(by("2025-10-09", 2), d("2025-09-29"));
    assert_eq!(by("2025-10-09", 3), d("2025-09-28"));
    assert_eq!(by("2025-10-09", 4), d("2025-09-26"));
    assert_eq!(by("2025-10-11", 1), d("2025-10-10"));
    // 2026: off 1–7 October, make-up working days on Sunday 20 September and Saturday 10 October.
    assert_eq!(by("2026-10-10", 1), d("2026-10-09"));
    assert_eq!(by("2026-10-10", 2), d("2026-10-08"));
    assert_eq!(by("2026-10-10", 3), d("2026-09-30"));
    assert_eq!(
        by("2026-10-04", 1),
        d("2026-09-29"),
        "hard date in the break: 30 September is the finish"
    );
}

#[test]
fn decide_by_flags_passed_today_upcoming_and_before_start() {
    let c = cal();
    let (start, hard) = (d("2026-12-01"), d("2026-12-04"));
    let at_day = |today: &str| decide_by(&c, hard, start, 1, 1, d(today)).expect("ok");
    let early = at_day("2026-12-01");
    assert_eq!(early.date, d("2026-12-02"));
    assert_eq!(
        (early.state, early.working_days_left),
        (DecideState::Upcoming, 1)
    );
    assert!(!early.before_start && early.uncovered_years.is_empty());
    let today = at_day("2026-12-02");
    assert_eq!(
        (today.state, today.working_days_left),
        (DecideState::Today, 0)
    );
    let late = at_day("2026-12-03");
    assert_eq!(
        (late.state, late.working_days_left),
        (DecideState::Passed, -1)
    );
    let never = decide_by(&c, hard, start, 2, 3, d("2026-11-20")).expect("ok");
    assert_eq!(never.date, d("2026-11-27"));
    assert!(never.before_start);
    assert_eq!(never.state, DecideState::Upcoming);
    assert_eq!(DecideState::Passed.label(Lang::Zh), "已错过");
}

#[test]
fn decide_by_flags_years_without_holiday_data() {
    let answer = decide_by(
        &cal(),
        d("2027-01-08"),
        d("2027-01-04"),
        2,
        1,
        d("2026-12-28"),
    )
    .expect("ok");
    assert_eq!(answer.date, d("2027-01-05"));
    assert!(answer.uncovered_years.contains(&2027));
}

fn plan_with_risks(case: &Case) -> (Plan, RiskId, RiskId) {
    let plan = new_plan(case, None);
    let abroad = RiskDraft {
        title: user_text("法定代表人在国外"),
        likelihood: 4,
        impact: 5,
        residual_likelihood: 2,
        residual_impact: 5,
        linked_paths: vec![
            PathKey::LicenceFirstBankLater,
            PathKey::RemoteVideoVerification,
            PathKey::BackupBank,
        ],
        ..RiskDraft::default()
    };
    let (plan, a) = plan.add_risk(abroad, at(2)).expect("risk a");
    let upgrade = RiskDraft {
        title: user_text("系统升级"),
        linked_paths: vec![PathKey::OnlineForOffline],
        remaining_work_days: 0,
        ..RiskDraft::default()
    };
    let (plan, b) = plan.add_risk(upgrade, at(3)).expect("risk b");
    (plan, a, b)
}

#[test]
fn the_timeline_sorts_decide_by_dates_and_uses_local_costs() {
    let case = sample_case();
    let (plan, a, b) = plan_with_risks(&case);
    let line = timeline(&plan, &case, &cal(), d("2026-12-01"));
    assert!(line.failures.is_empty() && line.uncovered_years.is_empty());
    let rows: Vec<(RiskId, PathKey, NaiveDate)> = line
        .entries
        .iter()
        .map(|e| (e.risk, e.path, e.decide_by.date))
        .collect();
    assert_eq!(
        rows,
        vec![
            (a, PathKey::BackupBank, d("2026-12-01")),
            (a, PathKey::RemoteVideoVerification, d("2026-12-02")),
            (a, PathKey::LicenceFirstBankLater, d("2026-12-02")),
            (b, PathKey::OnlineForOffline, d("2026-12-03")),
        ]
    );
    assert_eq!(line.entries[0].decide_by.state, DecideState::Today);
    assert_eq!(line.next_open().map(|e| e.path), Some(PathKey::BackupBank));
    assert_eq!(
        (line.start_date, line.hard_date),
        (case.start_date, case.hard_date)
    );

    let plan = plan
        .set_path_cost(PathKey::RemoteVideoVerification, Some(3), at(4))
        .expect("local cost");
    assert_eq!(plan.path_cost(PathKey::RemoteVideoVerification), 3);
    let line = timeline(&plan, &case, &cal(), d("2026-12-01"));
    let first = &line.entries[0];
    assert_eq!(
        (first.path, first.cost_working_days),
        (PathKey::RemoteVideoVerification, 3)
    );
    assert_eq!(first.decide_by.date, d("2026-11-30"));
    assert!(first.decide_by.before_start);
    assert_eq!(first.decide_by.state, DecideState::Passed);
    assert!(plan
        .set_path_cost(PathKey::BackupBank, Some(400), at(5))
        .is_err());
    let plan = plan
        .set_path_cost(PathKey::RemoteVideoVerification, None, at(6))
        .expect("clear");
    assert_eq!(plan.path_cost(PathKey::RemoteVideoVerification), 1);
}

#[test]
fn the_brief_case_links_remote_verification_and_licence_first() {
    // Set-up in 3 working days, hard date on Friday; both paths must be chosen by Wednesday.
    let case = sample_case();
    let svc = service("foreign_invested_setup");
    let plan = new_plan(&case, Some(&svc));
    let (plan, _) = plan
        .add_suggestions(&suggest_causes(Some(&svc)), at(2))
        .expect("suggest");
    let abroad = plan.causes[0].id;
    let mut draft = plan.risk_draft_from_cause(abroad).expect("draft");
    draft.linked_paths = vec![
        PathKey::RemoteVideoVerification,
        PathKey::LicenceFirstBankLater,
    ];
    let (plan, _) = plan.add_risk(draft, at(3)).expect("risk");
    let line = timeline(&plan, &case, &cal(), d("2026-12-01"));
    assert_eq!(line.entries.len(), 2);
    assert!(line
        .entries
        .iter()
        .all(|e| e.decide_by.date == d("2026-12-02")));
}

proptest! {
    #[test]
    fn subtract_then_add_returns_to_the_same_working_day(offset in 0i64..1050, n in 1u32..40) {
        let c = cal();
        let date = d("2024-01-20") + Duration::days(offset);
        prop_assume!(c.is_working_day(date).value);
        let back = c.subtract_working_days(date, n).expect("ok").value;
        prop_assert!(back < date);
        prop_assert!(c.is_working_day(back).value);
        let forth = c.add_working_days(back, n).expect("ok").value;
        prop_assert_eq!(forth, date);
        prop_assert_eq!(c.working_days_between(back, date).expect("ok").value, i64::from(n));
    }

    #[test]
    fn decide_by_never_panics(offset in -40_000i64..40_000, cost in 0u32..400, rest in 0u32..400) {
        let hard = d("2026-06-01") + Duration::days(offset);
        let _ = decide_by(&cal(), hard, hard, cost, rest, d("2026-06-01"));
    }
}

#[test]
fn with_a_precheck_the_decide_by_dates_count_its_required_days_and_lost_days() {
    // Case 2026-12-01..Friday 12-04. On the risks' estimates the backup bank is decided
    // today; the precheck says 5 working days of fixes and service are still needed, so every
    // path is already too late, and says so.
    let case = sample_case();
    let (plan, _, _) = plan_with_risks(&case);
    let today = d("2026-12-01");
    let own = timeline(&plan, &case, &cal(), today);
    assert_eq!(own.basis, TimelineBasis::RiskEstimates);
    assert_eq!(own.entries[0].decide_by.state, DecideState::Today);
    let basis = TimelineBasis::Precheck {
        required_working_days: 5,
        lost_working_days: 0,
        feasible: false,
        shortfall_working_days: 2,
    };
    let line = timeline_with(&plan, &case, &cal(), today, basis);
    assert_eq!(line.basis, basis);
    assert!(line
        .entries
        .iter()
        .all(|e| e.remaining_work_days == 5 && e.decide_by.state == DecideState::Passed));
    assert!(line.next_open().is_none());
    // BackupBank costs 2: 2 + 5 working days back from Friday 12-04 is Wednesday 11-25.
    let bank = line
        .entries
        .iter()
        .find(|e| e.path == PathKey::BackupBank)
        .expect("bank");
    assert_eq!(plan.path_cost(PathKey::BackupBank), 2);
    assert_eq!(bank.decide_by.date, d("2026-11-25"));
    assert_eq!(bank.decide_by.working_days_left, -4);

    // A later hard date: 1 required day and 2 days closed by a warning count like work.
    let case = case_between("2026-12-01", "2026-12-18", 3);
    let basis = TimelineBasis::Precheck {
        required_working_days: 1,
        lost_working_days: 2,
        feasible: true,
        shortfall_working_days: 0,
    };
    let line = timeline_with(&plan, &case, &cal(), today, basis);
    let bank = line
        .entries
        .iter()
        .find(|e| e.path == PathKey::BackupBank)
        .expect("bank");
    assert_eq!(bank.lost_working_days, 2);
    // 2 (switch) + 1 (work) + 2 (closed) = 5 working days before Friday 12-18: Friday 12-11.
    assert_eq!(bank.decide_by.date, d("2026-12-11"));
}
