//! The brief's tax-deregistration case end to end: raise "unpaid stamp duty, 500 yuan", log
//! the notification within the hour, run the remedy, send two daily reports, close as
//! recovered, and read it all back from the timeline in order.

use chrono::Duration;

use crate::domain::calendar::Calendar;
use crate::domain::case::Status;

use super::*;

#[test]
fn the_stamp_duty_case_from_raise_to_recovered() {
    let cal = Calendar::builtin();
    let case = tax_case()
        .transition(Status::Precheck, bj(2026, 3, 2, 10, 0, 0))
        .and_then(|c| c.transition(Status::InProgress, bj(2026, 3, 2, 11, 0, 0)))
        .and_then(|c| c.transition(Status::Submitted, bj(2026, 3, 2, 15, 0, 0)))
        .expect("moves");
    let raised_at = found() + Duration::minutes(5);
    let f = stamp_duty(&case);
    assert_eq!(f.amount_cents, Some(50_000));
    let case = case_after_raise(&case, raised_at).expect("fails");
    assert_eq!(case.status, Status::Failed);
    assert_eq!(case_after_raise(&case, raised_at).expect("same"), case);

    // Draft, then log the call 25 minutes after discovery.
    let f = f
        .with_estimate(day(2026, 3, 3), 1, 2, raised_at)
        .and_then(|f| {
            f.add_playbook_steps(
                &playbook(f.kind, &["priority_review".into()]),
                &case,
                raised_at,
            )
        })
        .and_then(|f| f.add_step("补缴印花税 500 元", Role::Client, &case, raised_at))
        .expect("planned");
    let dates = expected_dates(&f, &cal).expect("dates");
    let draft = draft_notification(&f, &case, dates.as_ref(), Lang::Zh);
    let call = found() + Duration::minutes(25);
    let f = f
        .log_notification(
            &NotificationInput {
                what_was_said: draft,
                ..told_at(call)
            },
            call + Duration::minutes(2),
        )
        .expect("told");
    assert_eq!(
        clock(&f, call + Duration::hours(5)),
        ClockState::StoppedInTime {
            took: Duration::minutes(25)
        }
    );

    // Remedy: tick the steps over two days, a report each evening.
    let client_step = f.steps.last().map(|s| s.id).expect("client step");
    let d1 = bj(2026, 3, 3, 16, 0, 0);
    let f = f
        .set_step_done(1, Some(d1), d1)
        .and_then(|f| f.set_step_done(client_step, Some(d1), d1))
        .expect("day one");
    let evening1 = clock_at(bj(2026, 3, 3, 18, 0, 0));
    let r1 = make_report(
        &f,
        &case,
        &timeline(&case, std::slice::from_ref(&f), &[], test_words),
        &evening1,
        &cal,
    )
    .expect("report 1");
    assert_eq!(r1.done_today.len(), 2);
    let f = f
        .log_report(&r1, Channel::WeChat, evening1.now)
        .expect("sent 1");
    // Day two: the corrected forms go back in. The case stays at the failure desk until the
    // failure is closed, so the resubmission is a remedy step, not a case move.
    let d2 = bj(2026, 3, 4, 10, 0, 0);
    let f = f
        .set_step_done(2, Some(d2), d2)
        .and_then(|f| f.set_step_done(4, Some(d2), d2))
        .expect("day two");
    let evening2 = clock_at(bj(2026, 3, 4, 18, 0, 0));
    let r2 = make_report(
        &f,
        &case,
        &timeline(&case, std::slice::from_ref(&f), &[], test_words),
        &evening2,
        &cal,
    )
    .expect("report 2");
    assert_eq!(r2.done_today.len(), 2);
    assert!(r2.done_today[1].get(Lang::Zh).contains("安排重新递交"));
    let f = f
        .log_report(&r2, Channel::WeChat, evening2.now)
        .expect("sent 2");
    assert_eq!(f.reports.len(), 2);

    // The clearance certificate arrives two days after the call: close as recovered.
    let close_at = bj(2026, 3, 5, 9, 30, 0);
    let f = f
        .close(Outcome::Recovered, "清税证明已取得", close_at)
        .expect("closed");
    let case = case_after_close(&case, std::slice::from_ref(&f), &f, close_at).expect("moves");
    assert_eq!(case.status, Status::Recovered);
    assert!(running_clocks(std::slice::from_ref(&f), close_at).is_empty());
    assert!(overdue_reports(std::slice::from_ref(&f), &clock_at(close_at)).is_empty());

    // The timeline holds it all, in order, milestones marked.
    let tl = timeline(&case, std::slice::from_ref(&f), &[], test_words);
    let keys: Vec<&str> = tl.iter().map(|e| e.kind.key()).collect();
    let first = |k: &str| {
        keys.iter()
            .position(|x| *x == k)
            .unwrap_or_else(|| panic!("{k}"))
    };
    assert_eq!(keys[0], "case_created");
    assert!(first("failure_raised") < first("client_notified"));
    assert!(first("client_notified") < first("step_done"));
    assert!(first("step_done") < first("report_sent"));
    assert!(first("report_sent") < first("failure_closed"));
    assert_eq!(keys.iter().filter(|k| **k == "report_sent").count(), 2);
    assert!(tl.windows(2).all(|w| w[0].at <= w[1].at));
    let key_kinds: Vec<&str> = tl.iter().filter(|e| e.key).map(|e| e.kind.key()).collect();
    for k in [
        "case_created",
        "failure_raised",
        "client_notified",
        "failure_closed",
    ] {
        assert!(key_kinds.contains(&k), "{k} should be a key event");
    }
    assert!(!tl.iter().any(|e| e.key && e.kind.key() == "step_done"));
    let raised = &tl[first("failure_raised")];
    assert!(raised.text(Lang::Zh).contains("（500 元）"));
    assert!(raised.text(Lang::En).contains("(500 yuan)"));
    let told = &tl[first("client_notified")];
    assert_eq!(
        told.text(Lang::Zh),
        "已通知客户（电话，李总），用时 25 分钟"
    );
}

#[test]
fn raising_checks_its_input() {
    let case = tax_case();
    let now = found();
    let id = new_id(now, [1; 10]);
    let blank = FailureInput {
        what_happened: "  ".into(),
        ..stamp_duty_input()
    };
    assert_eq!(
        Failure::raise(&blank, &case, id, now),
        Err(ResponseError::Required(ResponseField::WhatHappened))
    );
    let bad_amount = FailureInput {
        amount: "五百".into(),
        ..stamp_duty_input()
    };
    assert!(matches!(
        Failure::raise(&bad_amount, &case, id, now),
        Err(ResponseError::BadAmount(_))
    ));
    let future = FailureInput {
        discovered_at: now + Duration::minutes(6),
        ..stamp_duty_input()
    };
    assert_eq!(
        Failure::raise(&future, &case, id, now),
        Err(ResponseError::FutureTime)
    );
    let mut archived = case.clone();
    archived.meta.deleted = true;
    assert_eq!(
        Failure::raise(&stamp_duty_input(), &archived, id, now),
        Err(ResponseError::Archived)
    );
    let f = Failure::raise(&stamp_duty_input(), &case, id, now).expect("valid");
    assert_eq!(f.case_id, case.meta.id);
    assert!(f.is_open());
}

#[test]
fn the_notification_cannot_predate_the_discovery_or_lie_ahead() {
    let case = tax_case();
    let f = stamp_duty(&case);
    let now = found() + Duration::minutes(20);
    assert_eq!(
        f.log_notification(&told_at(found() - Duration::minutes(1)), now),
        Err(ResponseError::NotifiedBeforeDiscovery)
    );
    assert_eq!(
        f.log_notification(&told_at(now + Duration::minutes(10)), now),
        Err(ResponseError::FutureTime)
    );
    let mut nobody = told_at(now);
    nobody.to_whom = String::new();
    assert_eq!(
        f.log_notification(&nobody, now),
        Err(ResponseError::Required(ResponseField::ToWhom))
    );
    let told = f.log_notification(&told_at(now), now).expect("logged");
    assert_eq!(told.meta.rev, f.meta.rev + 1);
    // Moving the discovery after the notification would make the clock lie.
    let later = FailureInput {
        discovered_at: now + Duration::minutes(1),
        ..stamp_duty_input()
    };
    assert_eq!(
        told.edit(&later, now + Duration::minutes(2)),
        Err(ResponseError::NotifiedBeforeDiscovery)
    );
}

#[test]
fn closing_needs_the_notification_and_freezes_the_record() {
    let case = tax_case();
    let f = stamp_duty(&case);
    let now = found() + Duration::hours(3);
    assert_eq!(
        f.close(Outcome::Recovered, "", now),
        Err(ResponseError::NotNotified)
    );
    let closed = f
        .log_notification(&told_at(found()), now)
        .and_then(|f| f.close(Outcome::Lost, "错过了窗口", now))
        .expect("closed");
    assert!(!closed.is_open());
    assert_eq!(
        closed.add_step("x", Role::Pm, &case, now),
        Err(ResponseError::Closed)
    );
    assert_eq!(closed.reopen(now).map(|f| f.is_open()), Ok(true));
    assert_eq!(f.reopen(now), Err(ResponseError::NotClosed));
    let archived = f.archive(now).expect("archived");
    assert_eq!(archived.archive(now), Err(ResponseError::Archived));
    assert_eq!(
        archived.set_step_done(1, Some(now), now),
        Err(ResponseError::Archived)
    );
}

#[test]
fn steps_tick_once_untick_and_refuse_unknown_ids() {
    let case = tax_case();
    let now = found() + Duration::minutes(30);
    let f = stamp_duty(&case)
        .add_step("向窗口确认", Role::Pm, &case, now)
        .expect("step");
    let first = f.set_step_done(1, Some(now), now).expect("done");
    let again = first
        .set_step_done(
            1,
            Some(now + Duration::minutes(5)),
            now + Duration::minutes(5),
        )
        .expect("same");
    assert_eq!(again, first, "the first tick time is kept");
    let undone = first.set_step_done(1, None, now).expect("undone");
    assert!(!undone.steps[0].is_done());
    assert_eq!(
        f.set_step_done(9, Some(now), now),
        Err(ResponseError::UnknownStep(9))
    );
    let moved = f
        .assign_step(1, Role::Logistics, &case, now)
        .expect("moved");
    assert_eq!(moved.steps[0].assignee, "赵磊");
    let removed = moved.remove_step(1, now).expect("removed");
    assert!(removed.steps.is_empty());
    let readded = removed
        .add_step("新步骤", Role::Pm, &case, now)
        .expect("added");
    assert_eq!(
        readded.steps[0].id, 1,
        "ids restart only when no step is left"
    );
    let mut other = case.clone();
    other.meta.id = new_id(now, [8; 10]);
    assert_eq!(
        f.add_step("x", Role::Pm, &other, now),
        Err(ResponseError::CaseMismatch)
    );
}

#[test]
fn the_case_waits_for_every_failure_to_close() {
    let case = case_after_raise(&tax_case(), found()).expect("failed");
    let now = found() + Duration::hours(1);
    let a = stamp_duty(&case)
        .log_notification(&told_at(found()), now)
        .expect("told");
    let b_input = FailureInput {
        kind: FailureKind::SystemOutage,
        ..stamp_duty_input()
    };
    let b = Failure::raise(&b_input, &case, new_id(now, [2; 10]), now).expect("valid");
    let a_closed = a.close(Outcome::Resumed, "", now).expect("closed");
    let both = vec![a_closed.clone(), b.clone()];
    assert_eq!(
        case_after_close(&case, &both, &a_closed, now)
            .expect("ok")
            .status,
        Status::Failed
    );
    let b_closed = b
        .log_notification(&told_at(now), now)
        .and_then(|b| b.close(Outcome::Resumed, "", now))
        .expect("closed");
    let both = vec![a_closed.clone(), b_closed.clone()];
    assert_eq!(
        case_after_close(&case, &both, &b_closed, now)
            .expect("ok")
            .status,
        Status::InProgress
    );
    let lost = b
        .log_notification(&told_at(now), now)
        .and_then(|b| b.close(Outcome::Lost, "", now))
        .expect("closed");
    assert_eq!(
        case_after_close(&case, &[a_closed, lost.clone()], &lost, now)
            .expect("ok")
            .status,
        Status::Failed
    );
    assert_eq!(
        case_after_close(&case, &[], &b, now),
        Err(ResponseError::NotClosed)
    );
}

#[test]
fn errors_explain_themselves_in_both_languages() {
    let errors = [
        ResponseError::Required(ResponseField::WhatHappened),
        ResponseError::TooLong {
            field: ResponseField::Note,
            max: MAX_TEXT,
        },
        ResponseError::BadAmount("x".into()),
        ResponseError::AmountTooLarge,
        ResponseError::FutureTime,
        ResponseError::NotifiedBeforeDiscovery,
        ResponseError::EstimateOrder {
            resubmit: 3,
            finish: 1,
        },
        ResponseError::EstimateTooLong { max: 250 },
        ResponseError::Closed,
        ResponseError::NotClosed,
        ResponseError::Archived,
        ResponseError::NotNotified,
        ResponseError::UnknownStep(3),
        ResponseError::CaseMismatch,
        ResponseError::MissingRequired(CompensationOption::FreeRedo),
        ResponseError::DuplicateOption(CompensationOption::FreeRedo),
        ResponseError::ZeroAmount(CompensationOption::CoverDirectLoss),
    ];
    for e in errors {
        let (zh, en) = (e.message(Lang::Zh), e.message(Lang::En));
        assert!(!zh.is_empty() && !en.is_empty() && zh != en, "{e:?}");
    }
    let f = stamp_duty(&tax_case());
    assert_eq!(
        f.with_estimate(day(2026, 3, 3), 3, 1, found()),
        Err(ResponseError::EstimateOrder {
            resubmit: 3,
            finish: 1
        })
    );
    assert_eq!(
        f.with_estimate(day(2026, 3, 3), 1, 251, found()),
        Err(ResponseError::EstimateTooLong { max: 250 })
    );
}

#[test]
fn a_failure_survives_a_json_round_trip() {
    let case = tax_case();
    let now = found() + Duration::minutes(30);
    let f = stamp_duty(&case)
        .log_notification(&told_at(now), now)
        .and_then(|f| f.add_playbook_steps(&playbook(f.kind, &[]), &case, now))
        .expect("filled");
    let json = serde_json::to_string(&f).expect("serialises");
    assert!(
        json.contains("\"id\"") && json.contains("\"case_id\""),
        "meta is flattened"
    );
    let back: Failure = serde_json::from_str(&json).expect("parses");
    assert_eq!(back, f);
}

/// Case events in plain words for the tests (the app passes `crate::i18n::event_text`).
fn test_words(kind: &crate::domain::case::CaseEventKind, _: crate::domain::lang::Lang) -> String {
    format!("{kind:?}")
}
