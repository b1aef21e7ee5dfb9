use chrono::Duration;

use crate::domain::calendar::Calendar;

use super::*;

/// The stamp-duty failure one day in: told within the hour, steps added, two done.
fn day_two() -> (Case, Failure) {
    let case = tax_case();
    let t = |h, m| bj(2026, 3, 4, h, m, 0);
    let f = stamp_duty(&case)
        .log_notification(
            &told_at(found() + Duration::minutes(40)),
            found() + Duration::minutes(41),
        )
        .expect("told")
        .with_estimate(day(2026, 3, 3), 1, 2, found() + Duration::minutes(42))
        .expect("estimate")
        .add_playbook_steps(
            &playbook(FailureKind::DepartmentRejection, &[]),
            &case,
            found(),
        )
        .expect("steps")
        .add_step("补缴印花税 500 元", Role::Client, &case, found())
        .expect("client step");
    let f = f
        .set_step_done(
            1,
            Some(found() + Duration::hours(2)),
            found() + Duration::hours(2),
        )
        .expect("day one step")
        .set_step_done(2, Some(t(11, 0)), t(11, 0))
        .expect("day two step");
    (case, f)
}

#[test]
fn todays_report_is_made_from_the_timeline() {
    let (case, f) = day_two();
    let clock = clock_at(bj(2026, 3, 4, 17, 0, 0));
    let extra = [
        TimelineEntry::extra(
            bj(2026, 3, 4, 9, 0, 0),
            "precheck",
            crate::domain::catalog::L10n::new("补缴凭证已复核", "Payment receipt checked"),
            false,
            true,
        ),
        TimelineEntry::extra(
            bj(2026, 3, 4, 9, 30, 0),
            "precheck",
            crate::domain::catalog::L10n::new("内部签核", "Internal sign-off"),
            false,
            false,
        ),
    ];
    let tl = timeline(&case, std::slice::from_ref(&f), &extra, test_words);
    let report = make_report(&f, &case, &tl, &clock, &Calendar::builtin()).expect("report");
    assert_eq!(report.day, day(2026, 3, 4));
    let done: Vec<&str> = report.done_today.iter().map(|l| l.get(Lang::Zh)).collect();
    assert_eq!(done.len(), 2, "{done:?}");
    assert_eq!(done[0], "补缴凭证已复核");
    // In the client's terms: what was done, not which of our roles or people did it.
    assert_eq!(done[1], "已完成：按驳回理由修改表格和材料");
    assert!(!done
        .iter()
        .any(|d| d.contains("刘洋") || d.contains("执行专员")));
    assert_eq!(report.next_steps.len(), 2);
    assert_eq!(report.needs_from_client.len(), 1);
    let expected = report.expected.clone().expect("dates");
    assert_eq!(expected.finish, day(2026, 3, 5));
    let zh = report.text(&case, Lang::Zh);
    assert!(
        zh.starts_with("李总您好，这是税务注销3月4日（周三）的进度："),
        "{zh}"
    );
    assert!(zh.contains("今天完成：\n1. 补缴凭证已复核\n2. "));
    assert!(zh.contains("需要您配合：\n1. 补缴印花税 500 元"));
    assert!(zh.contains("预计 3月4日（周三）重新提交，3月5日（周四）办结。"));
    assert!(zh.ends_with("张敏"));
    let en = report.text(&case, Lang::En);
    assert!(
        en.contains("Done today:\n1. Payment receipt checked"),
        "{en}"
    );
    assert!(en.contains("Next:\n1. Prepare a written explanation"));
}

#[test]
fn a_quiet_day_still_gets_a_report() {
    let (case, f) = day_two();
    let clock = clock_at(bj(2026, 3, 5, 17, 0, 0));
    let tl = timeline(&case, std::slice::from_ref(&f), &[], test_words);
    let report = make_report(&f, &case, &tl, &clock, &Calendar::builtin()).expect("report");
    assert!(report.done_today.is_empty());
    assert!(report
        .text(&case, Lang::Zh)
        .contains("今天还没有新的完成事项"));
    assert!(report
        .text(&case, Lang::En)
        .contains("Nothing new was finished today"));
}

#[test]
fn a_report_is_due_every_day_after_the_first_until_closed() {
    let (case, f) = day_two();
    assert!(
        !overdue_report(&f, &clock_at(bj(2026, 3, 3, 23, 59, 0))),
        "first day"
    );
    let day2 = clock_at(bj(2026, 3, 4, 8, 0, 0));
    assert!(overdue_report(&f, &day2));
    let tl = timeline(&case, std::slice::from_ref(&f), &[], test_words);
    let report = make_report(&f, &case, &tl, &day2, &Calendar::builtin()).expect("report");
    let sent = f
        .log_report(&report, Channel::WeChat, day2.now)
        .expect("sent");
    assert!(!overdue_report(&sent, &day2));
    assert_eq!(overdue_reports(std::slice::from_ref(&sent), &day2).len(), 0);
    let day4 = clock_at(bj(2026, 3, 6, 8, 0, 0));
    assert!(overdue_report(&sent, &day4));
    assert_eq!(missed_report_days(&sent, &day4), vec![day(2026, 3, 5)]);
    let closed = sent
        .close(Outcome::Recovered, "", day4.now)
        .expect("closed");
    assert!(!overdue_report(&closed, &day4));
    assert_eq!(missed_report_days(&closed, &day4), vec![day(2026, 3, 5)]);
    let archived = f.archive(day4.now).expect("archived");
    assert!(!overdue_report(&archived, &day4));
    assert!(missed_report_days(&archived, &day4).is_empty());
}

#[test]
fn a_second_report_on_the_same_day_replaces_the_first() {
    let (case, f) = day_two();
    let clock = clock_at(bj(2026, 3, 4, 17, 0, 0));
    let tl = timeline(&case, std::slice::from_ref(&f), &[], test_words);
    let mut report = make_report(&f, &case, &tl, &clock, &Calendar::builtin()).expect("report");
    let once = f
        .log_report(&report, Channel::WeChat, clock.now)
        .expect("sent");
    report.note = "下午已去税务局沟通".into();
    let twice = once
        .log_report(&report, Channel::Email, clock.now + Duration::minutes(5))
        .expect("sent");
    assert_eq!(twice.reports.len(), 1);
    assert_eq!(twice.reports[0].channel, Some(Channel::Email));
    assert!(twice.reports[0].is_sent());
    assert!(twice.reports[0]
        .text(&case, Lang::Zh)
        .contains("下午已去税务局沟通。"));
}

#[test]
fn missed_days_look_back_at_most_sixty_days() {
    let (_, f) = day_two();
    let much_later = clock_at(bj(2026, 12, 31, 9, 0, 0));
    let missed = missed_report_days(&f, &much_later);
    assert_eq!(missed.len(), 61);
    assert_eq!(missed.last(), Some(&day(2026, 12, 30)));
}

#[test]
fn a_report_for_another_case_is_refused() {
    let (case, f) = day_two();
    let mut other = case.clone();
    other.meta.id = new_id(found(), [42; 10]);
    let clock = clock_at(bj(2026, 3, 4, 17, 0, 0));
    assert_eq!(
        make_report(&f, &other, &[], &clock, &Calendar::builtin()),
        Err(ResponseError::CaseMismatch)
    );
}

/// Case events in plain words for the tests (the app passes `crate::i18n::event_text`).
fn test_words(kind: &crate::domain::case::CaseEventKind, _: crate::domain::lang::Lang) -> String {
    format!("{kind:?}")
}
