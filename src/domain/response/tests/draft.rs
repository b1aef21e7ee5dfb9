use crate::domain::calendar::Calendar;

use super::*;

fn with_plan() -> (Case, Failure) {
    let case = tax_case();
    let now = found() + chrono::Duration::minutes(10);
    let f = stamp_duty(&case)
        .with_estimate(day(2026, 3, 3), 1, 2, now)
        .expect("estimate")
        .add_playbook_steps(&playbook(FailureKind::DepartmentRejection, &[]), &case, now)
        .expect("steps")
        .add_step("补缴印花税 500 元", Role::Client, &case, now)
        .expect("step");
    (case, f)
}

#[test]
fn expected_dates_count_working_days_from_the_estimate() {
    let (_, f) = with_plan();
    let dates = expected_dates(&f, &Calendar::builtin())
        .expect("computes")
        .expect("has an estimate");
    assert_eq!(dates.resubmit, day(2026, 3, 4));
    assert_eq!(dates.finish, day(2026, 3, 5));
    assert!(dates.uncovered_years.is_empty());
    assert!(!dates.misses(day(2026, 3, 10)));
    assert_eq!(
        expected_dates(&stamp_duty(&tax_case()), &Calendar::builtin()),
        Ok(None)
    );
}

#[test]
fn expected_dates_skip_the_spring_festival() {
    let (_, f) = with_plan();
    let f = f
        .with_estimate(day(2026, 2, 13), 1, 2, found())
        .expect("estimate");
    let dates = expected_dates(&f, &Calendar::builtin())
        .expect("computes")
        .expect("has an estimate");
    // Saturday 14 February is a make-up working day; 15–23 February are the holiday.
    assert_eq!(dates.resubmit, day(2026, 2, 14));
    assert_eq!(dates.finish, day(2026, 2, 24));
}

#[test]
fn the_chinese_draft_puts_empathy_first_then_cause_amount_plan_and_dates() {
    let (case, f) = with_plan();
    let dates = expected_dates(&f, &Calendar::builtin()).expect("ok");
    let text = draft_notification(&f, &case, dates.as_ref(), Lang::Zh);
    assert!(
        text.starts_with("李总您好，\n我是负责贵司税务注销的张敏。"),
        "{text}"
    );
    let pos = |needle: &str| {
        text.find(needle)
            .unwrap_or_else(|| panic!("{needle} in {text}"))
    };
    let empathy = pos("非常理解您的心情");
    let cause = pos("申请被退回了");
    let detail = pos("有一笔印花税未缴纳。");
    let amount = pos("涉及金额 500 元");
    let doing = pos("我们现在的安排：取得书面驳回理由");
    let needs = pos("需要您配合的是：补缴印花税 500 元");
    let when = pos("预计 3月4日（周三）重新提交，3月5日（周四）办结");
    let daily = pos("我每天给您发一次进度");
    assert!(empathy < cause && cause < detail && detail < amount);
    assert!(amount < doing && doing < needs && needs < when && when < daily);
    // Three of our steps at most: a client reads three, not ten.
    let plan = &text[doing..needs];
    assert_eq!(plan.matches('；').count(), 2, "{plan}");
}

#[test]
fn the_english_draft_has_the_same_parts() {
    let (case, f) = with_plan();
    let dates = expected_dates(&f, &Calendar::builtin()).expect("ok");
    let text = draft_notification(&f, &case, dates.as_ref(), Lang::En);
    assert!(text.starts_with("Dear 李总,\nThis is 张敏"), "{text}");
    for part in [
        "I understand how you feel",
        "application was returned",
        "The amount involved is 500 yuan",
        "What we are doing now: get the written reasons",
        "What we need from you:",
        "resubmit on Wed 4 Mar and finish on Thu 5 Mar",
        "progress report every day",
    ] {
        assert!(text.contains(part), "{part} missing from {text}");
    }
}

#[test]
fn without_dates_or_steps_the_draft_still_says_what_comes_next() {
    let case = tax_case();
    let mut input = stamp_duty_input();
    input.amount = String::new();
    input.kind = FailureKind::AgencyError;
    let f = Failure::raise(&input, &case, new_id(found(), [9; 10]), found()).expect("valid");
    let text = draft_notification(&f, &case, None, Lang::Zh);
    assert!(text.contains("我们这边的工作出了差错，非常抱歉"));
    assert!(!text.contains("涉及金额"));
    assert!(text.contains("我们已经分好工"));
    assert!(text.contains("日期一确定，我马上告诉您"));
}

#[test]
fn a_finish_after_the_hard_date_is_said_plainly() {
    let (mut case, f) = with_plan();
    case.hard_date = day(2026, 3, 4);
    let dates = expected_dates(&f, &Calendar::builtin()).expect("ok");
    let zh = draft_notification(&f, &case, dates.as_ref(), Lang::Zh);
    assert!(zh.contains("会晚于您 3月4日（周三）的安排"), "{zh}");
    let en = draft_notification(&f, &case, dates.as_ref(), Lang::En);
    assert!(en.contains("later than your date"));
}
