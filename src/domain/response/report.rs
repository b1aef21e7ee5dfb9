//! The daily progress report: while a failure is being fixed, the client hears every day what
//! was done, what comes next, the expected dates and what we need from them.
//!
//! A report is due for every local calendar day the failure is open after the day it was
//! found (that first day has the notification). Weekends count: a client waiting for a tender
//! does not stop worrying on Saturday.

use crate::domain::sorting;
use std::collections::BTreeSet;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::draft::{end_sentence, expected_dates, ExpectedDates};
use super::error::ResponseError;
use super::fmt::format_date;
use super::timeline::{TimelineEntry, TimelineKind};
use super::types::{l10n_of, Channel, Failure, LocalClock, Role};
use crate::domain::calendar::Calendar;
use crate::domain::case::Case;
use crate::domain::catalog::L10n;
use crate::domain::lang::Lang;

/// How far back missed reports are listed; older gaps are history, not a to-do.
const MISSED_LOOKBACK_DAYS: u64 = 60;

/// One day's progress report. Made by [`make_report`], stored by
/// [`Failure::log_report`](super::Failure::log_report) when sent.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProgressReport {
    /// The local day it reports on.
    pub day: NaiveDate,
    pub made_at: DateTime<Utc>,
    pub done_today: Vec<L10n>,
    pub next_steps: Vec<L10n>,
    #[serde(default)]
    pub expected: Option<ExpectedDates>,
    pub needs_from_client: Vec<L10n>,
    /// Free text staff add before sending.
    #[serde(default)]
    pub note: String,
    #[serde(default)]
    pub sent_at: Option<DateTime<Utc>>,
    #[serde(default)]
    pub channel: Option<Channel>,
}

/// Today's report for `failure`, from the case timeline (see [`super::timeline`]): done today
/// is every client-worthy entry of today that belongs to the case or to this failure; next
/// steps and what we need from the client are the open remedy steps; the dates come from the
/// failure's estimate.
pub fn make_report(
    failure: &Failure,
    case: &Case,
    timeline: &[TimelineEntry],
    clock: &LocalClock,
    calendar: &Calendar,
) -> Result<ProgressReport, ResponseError> {
    if failure.case_id != case.meta.id {
        return Err(ResponseError::CaseMismatch);
    }
    let day = clock.today();
    let done_today = timeline
        .iter()
        .filter(|e| e.for_client && clock.day_of(e.at) == day)
        .filter(|e| e.failure_id.is_none_or(|id| id == failure.meta.id))
        .map(|e| client_words(e, failure))
        .collect();
    let open = |client: bool| -> Vec<L10n> {
        failure
            .open_steps()
            .filter(|s| (s.role == Role::Client) == client)
            .map(|s| s.text.clone())
            .collect()
    };
    Ok(ProgressReport {
        day,
        made_at: clock.now,
        done_today,
        next_steps: open(false),
        expected: expected_dates(failure, calendar)?,
        needs_from_client: open(true),
        note: String::new(),
        sent_at: None,
        channel: None,
    })
}

/// An entry as the client reads it: a remedy step says what was done, not which of our roles
/// or people did it ("执行专员一（刘洋）完成：…" is for the team's own timeline).
fn client_words(e: &TimelineEntry, failure: &Failure) -> L10n {
    match e.kind {
        TimelineKind::StepDone { step_id, .. } => match failure.step(step_id) {
            Some(s) => l10n_of(|lang| match lang {
                Lang::Zh => format!("已完成：{}", s.text.get(lang)),
                Lang::En => format!("Done: {}", s.text.get(lang)),
            }),
            None => e.label.clone(),
        },
        _ => e.label.clone(),
    }
}

impl ProgressReport {
    /// The message to send, in `lang`.
    pub fn text(&self, case: &Case, lang: Lang) -> String {
        let mut out = Vec::new();
        let contact = case.client.contact_name.trim();
        let day = format_date(self.day, lang);
        let service = case.service_name.trim();
        out.push(match (lang, contact.is_empty()) {
            (Lang::Zh, false) => format!("{contact}您好，这是{service}{day}的进度："),
            (Lang::Zh, true) => format!("您好，这是{service}{day}的进度："),
            (Lang::En, false) => {
                format!("Dear {contact}, here is the progress on {service} for {day}:")
            }
            (Lang::En, true) => format!("Hello, here is the progress on {service} for {day}:"),
        });
        let head = |zh: &str, en: &str| match lang {
            Lang::Zh => zh.to_owned(),
            Lang::En => en.to_owned(),
        };
        out.push(head("今天完成：", "Done today:"));
        if self.done_today.is_empty() {
            out.push(head(
                "今天还没有新的完成事项，我们在继续推进下面的工作。",
                "Nothing new was finished today; we are pressing on with the steps below.",
            ));
        } else {
            numbered(&self.done_today, lang, &mut out);
        }
        if !self.next_steps.is_empty() {
            out.push(head("下一步：", "Next:"));
            numbered(&self.next_steps, lang, &mut out);
        }
        if let Some(d) = &self.expected {
            let (r, f) = (format_date(d.resubmit, lang), format_date(d.finish, lang));
            out.push(match lang {
                Lang::Zh => format!("预计 {r}重新提交，{f}办结。"),
                Lang::En => format!("We expect to resubmit on {r} and finish on {f}."),
            });
        }
        if !self.needs_from_client.is_empty() {
            out.push(head("需要您配合：", "What we need from you:"));
            numbered(&self.needs_from_client, lang, &mut out);
        }
        let note = self.note.trim();
        if !note.is_empty() {
            out.push(end_sentence(note, lang));
        }
        let pm = case.team.pm.trim();
        if !pm.is_empty() {
            out.push(pm.to_owned());
        }
        out.join("\n")
    }

    pub fn is_sent(&self) -> bool {
        self.sent_at.is_some()
    }
}

fn numbered(items: &[L10n], lang: Lang, out: &mut Vec<String>) {
    for (i, item) in items.iter().enumerate() {
        out.push(format!("{}. {}", i + 1, item.get(lang)));
    }
}

/// True when the failure is open, today is after the day it was found, and no report has been
/// logged for today: the home screen lists it until one is sent.
pub fn overdue_report(failure: &Failure, clock: &LocalClock) -> bool {
    let today = clock.today();
    failure.is_open()
        && today > clock.day_of(failure.discovered_at)
        && failure.report_on(today).is_none()
}

/// Every open failure whose report for today is still missing, oldest failure first.
pub fn overdue_reports<'a>(failures: &'a [Failure], clock: &LocalClock) -> Vec<&'a Failure> {
    let mut out: Vec<&Failure> = failures
        .iter()
        .filter(|f| overdue_report(f, clock))
        .collect();
    sorting::sort_by_key(&mut out, |f| (f.discovered_at, f.meta.id));
    out
}

/// Past days (before today) on which a report was due and none was logged, oldest first:
/// the gaps in the report history. Runs up to the day before the failure was closed; only the
/// last sixty days are looked at.
pub fn missed_report_days(failure: &Failure, clock: &LocalClock) -> Vec<NaiveDate> {
    if failure.meta.deleted {
        return Vec::new();
    }
    let first_due = clock.day_of(failure.discovered_at).succ_opt();
    // Today's report may still come, and the closing day's news is the closure itself; so the
    // last day that can have been missed is the day before whichever comes first.
    let end = match &failure.closed {
        Some(c) => clock.day_of(c.at).min(clock.today()),
        None => clock.today(),
    };
    let last_due = end.pred_opt();
    let (Some(first_due), Some(last_due)) = (first_due, last_due) else {
        return Vec::new();
    };
    let sent: BTreeSet<NaiveDate> = failure.reports.iter().map(|r| r.day).collect();
    let window_start = last_due
        .checked_sub_days(chrono::Days::new(MISSED_LOOKBACK_DAYS))
        .unwrap_or(last_due);
    let start = first_due.max(window_start);
    if start > last_due {
        return Vec::new();
    }
    start
        .iter_days()
        .take_while(|d| *d <= last_due)
        .filter(|d| !sent.contains(d))
        .collect()
}
