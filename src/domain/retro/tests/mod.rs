//! Tests of the retrospective, with the brief's business-scope case (工商注册 rejected for
//! non-standard scope wording; root cause: the clerk did not know the industry classification)
//! as the running example. The chart geometry is tested here too, beside its statistics.

mod actions;
mod blame;
mod chart;
mod outcome;
mod premortem;
mod record;
mod stats;

use chrono::{DateTime, NaiveDate, Utc};

use super::*;
use crate::domain::calendar::Calendar;
use crate::domain::case::{Case, CaseInput, Status, UrgencyKind};
pub(crate) use crate::domain::response::tests::{bj, clock_at, day, new_id, Lang};
use crate::domain::response::{Channel, Failure, FailureInput, FailureKind, NotificationInput};

/// The business-scope case: registration for a tender, hard date Friday 10 April 2026.
pub(crate) fn scope_case() -> Case {
    let input = CaseInput {
        company_name: "苏州示例医疗器械有限公司".into(),
        credit_code: String::new(),
        legal_rep: "周建国".into(),
        contact_name: "周总".into(),
        contact_phone: "13700000000".into(),
        service_key: String::new(),
        service_name: "工商注册".into(),
        urgency: UrgencyKind::Tender,
        urgency_note: "周建国要赶省级投标，联系电话 13700000000".into(),
        hard_date: "2026-04-10".into(),
        start_date: "2026-04-01".into(),
        promised_days: "5".into(),
        pm: "张敏".into(),
        executor1: "刘洋".into(),
        executor2: "陈静".into(),
        logistics: "赵磊".into(),
        notes: String::new(),
    };
    let now = bj(2026, 4, 1, 9, 0, 0);
    Case::create(&input, new_id(now, [11; 10]), now).expect("valid case")
}

/// The case rejected on 8 April and recovered on Tuesday 14 April.
pub(crate) fn finished_late() -> Case {
    let c = scope_case();
    c.transition(Status::Precheck, bj(2026, 4, 1, 10, 0, 0))
        .and_then(|c| c.transition(Status::InProgress, bj(2026, 4, 2, 9, 0, 0)))
        .and_then(|c| c.transition(Status::Submitted, bj(2026, 4, 7, 9, 0, 0)))
        .and_then(|c| c.fail_on_raise(bj(2026, 4, 8, 10, 0, 0)))
        .and_then(|c| c.transition(Status::Recovered, bj(2026, 4, 14, 16, 0, 0)))
        .expect("moves")
}

pub(crate) fn scope_failure(case: &Case) -> Failure {
    let found = bj(2026, 4, 8, 10, 0, 0);
    let input = FailureInput {
        kind: FailureKind::DepartmentRejection,
        what_happened: "经营范围表述不规范，市场监管局退回了注册申请".into(),
        amount: String::new(),
        discovered_at: found,
        notify_within_hours: None,
    };
    let told = found + chrono::Duration::minutes(30);
    Failure::raise(&input, case, new_id(found, [12; 10]), found)
        .and_then(|f| {
            f.log_notification(
                &NotificationInput {
                    at: told,
                    channel: Channel::Phone,
                    to_whom: "周总".into(),
                    what_was_said: "说明退回原因和重新提交时间".into(),
                },
                told,
            )
        })
        .expect("valid failure")
}

pub(crate) fn t0() -> DateTime<Utc> {
    bj(2026, 4, 15, 9, 0, 0)
}

pub(crate) fn retro_of(case: &Case) -> Retro {
    let outcome = case_outcome(case, &[], &Calendar::builtin(), &clock_at(t0())).expect("outcome");
    Retro::start(case, outcome, new_id(t0(), [13; 10]), t0()).expect("started")
}

pub(crate) fn pairs(items: &[(&str, &str)]) -> Vec<(String, String)> {
    items
        .iter()
        .map(|(q, a)| (q.to_string(), a.to_string()))
        .collect()
}
