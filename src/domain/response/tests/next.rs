use chrono::Duration;

use super::*;

#[test]
fn the_next_action_walks_the_desk_in_order() {
    let case = tax_case();
    let at = |mins: i64| found() + Duration::minutes(mins);
    let f = stamp_duty(&case);
    assert_eq!(next_action(&f, &clock_at(at(6))), NextAction::Notify);
    let f = f.log_notification(&told_at(at(20)), at(21)).expect("told");
    assert_eq!(next_action(&f, &clock_at(at(22))), NextAction::AddSteps);
    let steps = playbook(FailureKind::MaterialDefect, &[]);
    let f = f.add_playbook_steps(&steps, &case, at(23)).expect("steps");
    assert_eq!(next_action(&f, &clock_at(at(24))), NextAction::TickSteps);

    // Next morning the missing report comes before more remedy work.
    let morning = found() + Duration::hours(23);
    assert_eq!(next_action(&f, &clock_at(morning)), NextAction::SendReport);
    let mut done = f.clone();
    for s in &f.steps {
        done = done
            .set_step_done(s.id, Some(at(30)), at(30))
            .expect("ticked");
    }
    assert_eq!(
        next_action(&done, &clock_at(at(31))),
        NextAction::SendReport
    );
    let report = make_report(
        &done,
        &case,
        &timeline(&case, std::slice::from_ref(&done), &[], test_words),
        &clock_at(at(32)),
        &crate::domain::calendar::Calendar::builtin(),
    )
    .expect("report");
    let sent = done
        .log_report(&report, Channel::WeChat, at(33))
        .expect("sent");
    assert_eq!(next_action(&sent, &clock_at(at(34))), NextAction::Close);
    let closed = sent.close(Outcome::Recovered, "", at(35)).expect("closed");
    assert_eq!(next_action(&closed, &clock_at(at(36))), NextAction::Nothing);
}

#[test]
fn datetime_inputs_read_and_write_local_time() {
    let clock = clock_at(found());
    assert_eq!(clock.input_value(found()), "2026-03-03T10:00");
    assert_eq!(clock.parse_input("2026-03-03T10:00"), Some(found()));
    assert_eq!(
        clock.parse_input(" 2026-03-03T10:00:30 "),
        Some(found() + Duration::seconds(30))
    );
    assert_eq!(clock.parse_input(""), None);
    assert_eq!(clock.parse_input("2026-13-03T10:00"), None);
    let berlin = LocalClock::from_js_offset(found(), -60);
    assert_eq!(berlin.input_value(found()), "2026-03-03T03:00");
    assert_eq!(berlin.parse_input("2026-03-03T03:00"), Some(found()));
}

/// Case events in plain words for the tests (the app passes `crate::i18n::event_text`).
fn test_words(kind: &crate::domain::case::CaseEventKind, _: crate::domain::lang::Lang) -> String {
    format!("{kind:?}")
}
