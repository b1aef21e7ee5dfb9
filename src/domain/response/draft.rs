//! The client notification draft and the expected dates it promises.
//!
//! The order follows the article's advice for the first call: empathy first, then the cause in
//! plain words, the amount if there is one, what we are already doing, and the dates it will be
//! resubmitted and finished, with the promise of a daily report. Staff edit it before sending.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::error::ResponseError;
use super::fmt::{format_date, format_yuan};
use super::types::{Failure, FailureKind, Role};
use crate::domain::calendar::Calendar;
use crate::domain::case::{Case, UrgencyKind};
use crate::domain::lang::Lang;

/// Most open steps quoted in a message; a client reads three, not ten.
const MAX_STEPS_QUOTED: usize = 3;

/// The dates the remedy estimate promises, in working days from the day it was made.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExpectedDates {
    pub resubmit: NaiveDate,
    pub finish: NaiveDate,
    /// Years without holiday data that the dates crossed: show "estimate" next to them.
    #[serde(default)]
    pub uncovered_years: Vec<i32>,
}

impl ExpectedDates {
    /// The finish falls after the client's hard date.
    pub fn misses(&self, hard_date: NaiveDate) -> bool {
        self.finish > hard_date
    }
}

/// The dates of the failure's estimate, or `None` when no estimate was entered.
pub fn expected_dates(
    failure: &Failure,
    calendar: &Calendar,
) -> Result<Option<ExpectedDates>, ResponseError> {
    let Some(est) = failure.estimate else {
        return Ok(None);
    };
    let resubmit = calendar.add_working_days(est.from, est.resubmit_working_days)?;
    let finish = calendar.add_working_days(est.from, est.finish_working_days)?;
    let mut uncovered: Vec<i32> = resubmit
        .uncovered_years
        .union(&finish.uncovered_years)
        .copied()
        .collect();
    uncovered.dedup();
    Ok(Some(ExpectedDates {
        resubmit: resubmit.value,
        finish: finish.value,
        uncovered_years: uncovered,
    }))
}

/// A message to the client, ready to edit and copy. `dates` comes from [`expected_dates`];
/// without it the message promises to send the dates as soon as they are known.
pub fn draft_notification(
    failure: &Failure,
    case: &Case,
    dates: Option<&ExpectedDates>,
    lang: Lang,
) -> String {
    let mut lines = Vec::new();
    let contact = case.client.contact_name.trim();
    let pm = case.team.pm.trim();
    let service = case.service_name.trim();
    lines.push(match (lang, contact.is_empty()) {
        (Lang::Zh, false) => format!("{contact}您好，"),
        (Lang::Zh, true) => "您好，".to_owned(),
        (Lang::En, false) => format!("Dear {contact},"),
        (Lang::En, true) => "Hello,".to_owned(),
    });
    if !pm.is_empty() {
        lines.push(match lang {
            Lang::Zh => format!("我是负责贵司{service}的{pm}。"),
            Lang::En => format!("This is {pm}, who is handling your {service}."),
        });
    }
    lines.push(empathy(case.urgency, lang).to_owned());
    let what = end_sentence(failure.what_happened.trim(), lang);
    lines.push(match lang {
        Lang::Zh => format!("{}。具体情况是：{what}", cause(failure.kind, lang)),
        Lang::En => format!("{}. In detail: {what}", cause(failure.kind, lang)),
    });
    if let Some(amount) = failure.amount_cents.filter(|a| *a > 0) {
        let amount = format_yuan(amount, lang);
        lines.push(match lang {
            Lang::Zh => format!("涉及金额 {amount}，我们已经核实清楚。"),
            Lang::En => format!("The amount involved is {amount}; we have checked it."),
        });
    }
    let ours: Vec<String> = failure
        .open_steps()
        .filter(|s| s.role != Role::Client)
        .take(MAX_STEPS_QUOTED)
        .map(|s| inline(s.text.get(lang), lang))
        .collect();
    lines.push(match (lang, ours.is_empty()) {
        (Lang::Zh, true) => "我们已经分好工，正在全力处理。".to_owned(),
        (Lang::En, true) => "The team has split the work and is already on it.".to_owned(),
        (Lang::Zh, false) => format!("我们现在的安排：{}。", ours.join("；")),
        (Lang::En, false) => format!("What we are doing now: {}.", ours.join("; ")),
    });
    let theirs: Vec<String> = failure
        .open_steps()
        .filter(|s| s.role == Role::Client)
        .map(|s| inline(s.text.get(lang), lang))
        .collect();
    if !theirs.is_empty() {
        lines.push(match lang {
            Lang::Zh => format!("需要您配合的是：{}。", theirs.join("；")),
            Lang::En => format!("What we need from you: {}.", theirs.join("; ")),
        });
    }
    lines.push(dates_sentence(dates, case.hard_date, lang));
    lines.push(
        match lang {
            Lang::Zh => "办好之前，我每天给您发一次进度；有任何变化，我会第一时间告诉您。",
            Lang::En => "Until it is done I will send you a short progress report every day, and tell you at once if anything changes.",
        }
        .to_owned(),
    );
    let sep = match lang {
        Lang::Zh => "",
        Lang::En => " ",
    };
    // Greeting on its own line, the body as one paragraph: how such messages are sent.
    let (greeting, body) = lines.split_at(1);
    format!("{}\n{}", greeting.concat(), body.join(sep))
}

fn dates_sentence(dates: Option<&ExpectedDates>, hard_date: NaiveDate, lang: Lang) -> String {
    let Some(d) = dates else {
        return match lang {
            Lang::Zh => "重新提交和办结的日期一确定，我马上告诉您。",
            Lang::En => "I will send you the dates for resubmitting and finishing as soon as they are fixed.",
        }
        .to_owned();
    };
    let (resubmit, finish, hard) = (
        format_date(d.resubmit, lang),
        format_date(d.finish, lang),
        format_date(hard_date, lang),
    );
    let same_day = d.resubmit == d.finish;
    match (lang, d.misses(hard_date), same_day) {
        (Lang::Zh, false, false) => {
            format!("预计 {resubmit}重新提交，{finish}办结，赶得上您 {hard}的安排。")
        }
        (Lang::Zh, false, true) => {
            format!("预计 {resubmit}重新提交并办结，赶得上您 {hard}的安排。")
        }
        (Lang::Zh, true, _) => format!(
            "按现在的情况，预计 {resubmit}重新提交，{finish}办结，会晚于您 {hard}的安排；我们正在想办法把时间抢回来，也会和您一起商量备用方案。"
        ),
        (Lang::En, false, false) => format!(
            "We expect to resubmit on {resubmit} and finish on {finish}, in time for your date ({hard})."
        ),
        (Lang::En, false, true) => format!(
            "We expect to resubmit and finish on {resubmit}, in time for your date ({hard})."
        ),
        (Lang::En, true, _) => format!(
            "As things stand we expect to resubmit on {resubmit} and finish on {finish}, later than your date ({hard}). We are working to win the time back and will go through the fallback options with you."
        ),
    }
}

fn empathy(urgency: UrgencyKind, lang: Lang) -> &'static str {
    match (urgency, lang) {
        (UrgencyKind::Tender, Lang::Zh) => "我知道这次投标对贵司有多重要，时间这么紧，换作是我也一样着急。",
        (UrgencyKind::Tender, Lang::En) => "I know how much this tender means to you, and with so little time I would be just as worried.",
        (UrgencyKind::FinancingSigning, Lang::Zh) => "融资签约的日子已经定了，这个消息一定让您很着急，我们和您一起想办法。",
        (UrgencyKind::FinancingSigning, Lang::En) => "Your financing signing is already scheduled, so I understand this news is worrying; we are in it with you.",
        (UrgencyKind::Opening, Lang::Zh) => "开业的日子都定好了，出这样的状况，我完全理解您的心情。",
        (UrgencyKind::Opening, Lang::En) => "Your opening day is set, and I completely understand how unwelcome this is.",
        (UrgencyKind::TradeFair, Lang::Zh) => "展会不等人，我明白您现在有多着急。",
        (UrgencyKind::TradeFair, Lang::En) => "The fair will not wait, and I understand how pressing this is for you.",
        (UrgencyKind::BatchWindow, Lang::Zh) => "申报批次的窗口很紧，我非常理解您的担心。",
        (UrgencyKind::BatchWindow, Lang::En) => "The application window is tight, and I fully understand your concern.",
        (UrgencyKind::Other, Lang::Zh) => "我知道这件事对您很急，非常理解您的心情。",
        (UrgencyKind::Other, Lang::En) => "I know this is urgent for you, and I understand how you feel.",
    }
}

/// The cause in plain words, without jargon or excuses.
fn cause(kind: FailureKind, lang: Lang) -> &'static str {
    match (kind, lang) {
        (FailureKind::MaterialDefect, Lang::Zh) => "刚刚核对发现有一项材料需要更正，改好后才能继续办理",
        (FailureKind::MaterialDefect, Lang::En) => "We have just found a document that needs correcting before the application can go on",
        (FailureKind::DepartmentRejection, Lang::Zh) => "刚接到办理部门的通知，这次申请被退回了",
        (FailureKind::DepartmentRejection, Lang::En) => "The department has just told us the application was returned",
        (FailureKind::SystemOutage, Lang::Zh) => "办理部门的系统临时故障（或在升级），相关业务暂时办不了",
        (FailureKind::SystemOutage, Lang::En) => "The department's system is down (or being upgraded), so this business is paused for now",
        (FailureKind::PolicyChange, Lang::Zh) => "相关规定刚刚有调整，需要按新要求补充材料",
        (FailureKind::PolicyChange, Lang::En) => "The rules have just changed, and the application needs material for the new requirements",
        (FailureKind::ClientDelay, Lang::Zh) => "办理所需的材料还没有到齐，按原计划递交会来不及",
        (FailureKind::ClientDelay, Lang::En) => "Some of the materials have not arrived yet, so the original submission date cannot hold",
        (FailureKind::AgencyError, Lang::Zh) => "这次是我们这边的工作出了差错，非常抱歉",
        (FailureKind::AgencyError, Lang::En) => "This time the mistake is ours, and I am sorry",
        (FailureKind::BankThirdParty, Lang::Zh) => "银行（或其他合作机构）那边的环节没有办下来",
        (FailureKind::BankThirdParty, Lang::En) => "The step at the bank (or another outside party) did not go through",
    }
}

/// Adds a full stop unless the text already ends a sentence.
pub(super) fn end_sentence(text: &str, lang: Lang) -> String {
    match text.chars().last() {
        None => String::new(),
        Some(c) if "。！？.!?；;…".contains(c) => text.to_owned(),
        Some(_) => match lang {
            Lang::Zh => format!("{text}。"),
            Lang::En => format!("{text}."),
        },
    }
}

/// A step text placed inside an English sentence starts in lower case ("What we are doing
/// now: get the written reasons…"), unless it starts with an acronym.
fn inline(text: &str, lang: Lang) -> String {
    let mut chars = text.chars();
    match (lang, chars.next(), chars.next()) {
        (Lang::En, Some(first), second)
            if first.is_uppercase() && !second.is_some_and(char::is_uppercase) =>
        {
            first.to_lowercase().chain(text.chars().skip(1)).collect()
        }
        _ => text.to_owned(),
    }
}
