//! Tests of the failure desk, with the brief's tax-deregistration case (unpaid stamp duty of
//! 500 yuan) as the running example. Helpers are shared with the retrospective's tests.

mod clock;
mod compensation;
mod draft;
mod flow;
mod fmt;
mod next;
mod playbook;
mod report;

use chrono::{DateTime, FixedOffset, NaiveDate, TimeZone, Utc};

use super::*;
pub(crate) use crate::domain::case::{Case, CaseInput, UrgencyKind};
pub(crate) use crate::domain::lang::Lang;
pub(crate) use crate::domain::record::new_id;

/// An instant given in Beijing time.
pub(crate) fn bj(y: i32, mo: u32, d: u32, h: u32, mi: u32, s: u32) -> DateTime<Utc> {
    let offset = FixedOffset::east_opt(8 * 3600).expect("valid offset");
    offset
        .with_ymd_and_hms(y, mo, d, h, mi, s)
        .single()
        .expect("valid test time")
        .with_timezone(&Utc)
}

pub(crate) fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid test date")
}

pub(crate) fn clock_at(now: DateTime<Utc>) -> LocalClock {
    LocalClock::beijing(now)
}

/// Discovery of the stamp-duty rejection: Tuesday 3 March 2026, 10:00 Beijing time.
pub(crate) fn found() -> DateTime<Utc> {
    bj(2026, 3, 3, 10, 0, 0)
}

/// The brief's tax deregistration (税务注销) case, started Monday 2 March 2026.
pub(crate) fn tax_case() -> Case {
    let input = CaseInput {
        company_name: "杭州示例贸易有限公司".into(),
        credit_code: String::new(),
        legal_rep: "李强".into(),
        contact_name: "李总".into(),
        contact_phone: "13900000000".into(),
        service_key: String::new(),
        service_name: "税务注销".into(),
        urgency: UrgencyKind::Other,
        urgency_note: "工商注销前须取得清税证明".into(),
        hard_date: "2026-03-10".into(),
        start_date: "2026-03-02".into(),
        promised_days: "5".into(),
        pm: "张敏".into(),
        executor1: "刘洋".into(),
        executor2: "陈静".into(),
        logistics: "赵磊".into(),
        notes: String::new(),
    };
    let now = bj(2026, 3, 2, 9, 0, 0);
    Case::create(&input, new_id(now, [7; 10]), now).expect("valid case")
}

pub(crate) fn stamp_duty_input() -> FailureInput {
    FailureInput {
        kind: FailureKind::DepartmentRejection,
        what_happened: "税务局驳回注销申请：有一笔印花税未缴纳".into(),
        amount: "500".into(),
        discovered_at: found(),
        notify_within_hours: None,
    }
}

/// The stamp-duty failure as raised five minutes after it was found.
pub(crate) fn stamp_duty(case: &Case) -> Failure {
    let now = found() + chrono::Duration::minutes(5);
    Failure::raise(&stamp_duty_input(), case, new_id(now, [3; 10]), now).expect("valid failure")
}

pub(crate) fn told_at(at: DateTime<Utc>) -> NotificationInput {
    NotificationInput {
        at,
        channel: Channel::Phone,
        to_whom: "李总".into(),
        what_was_said: "说明了驳回原因、500 元印花税和补缴安排".into(),
    }
}
