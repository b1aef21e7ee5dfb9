//! The case timeline: every event of a case in time order, with key events marked. It feeds the
//! failure desk's history, the daily report ("done today") and the retrospective.
//!
//! It is built from the case's own events and its failures; other modules (the precheck's
//! findings and sign-offs, submissions) pass theirs in as ready-made entries
//! ([`TimelineEntry::extra`]), so this module never needs to know their types.

use crate::domain::sorting;
use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::fmt::{format_date, format_duration, format_yuan};
use super::types::{both, l10n_of, Channel, Failure, FailureKind, Outcome, Role};
use crate::domain::case::{Case, CaseEventKind, Status};
use crate::domain::catalog::L10n;
use crate::domain::lang::Lang;

/// What a timeline entry records.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TimelineKind {
    CaseCreated,
    CaseEdited,
    StatusChanged {
        from: Status,
        to: Status,
    },
    CaseArchived,
    CaseRestored,
    FailureRaised {
        kind: FailureKind,
    },
    ClientNotified {
        channel: Channel,
        in_time: bool,
    },
    StepDone {
        role: Role,
        step_id: u32,
    },
    ReportSent,
    CompensationDecided,
    FailureClosed {
        outcome: Outcome,
    },
    /// From another module; `source` names it ("precheck", "submission", …).
    Other {
        source: String,
    },
}

impl TimelineKind {
    /// A stable key for CSS classes and icons.
    pub fn key(&self) -> &str {
        match self {
            TimelineKind::CaseCreated => "case_created",
            TimelineKind::CaseEdited => "case_edited",
            TimelineKind::StatusChanged { .. } => "status_changed",
            TimelineKind::CaseArchived => "case_archived",
            TimelineKind::CaseRestored => "case_restored",
            TimelineKind::FailureRaised { .. } => "failure_raised",
            TimelineKind::ClientNotified { .. } => "client_notified",
            TimelineKind::StepDone { .. } => "step_done",
            TimelineKind::ReportSent => "report_sent",
            TimelineKind::CompensationDecided => "compensation_decided",
            TimelineKind::FailureClosed { .. } => "failure_closed",
            TimelineKind::Other { source } => source,
        }
    }
}

/// One line of the timeline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimelineEntry {
    pub at: DateTime<Utc>,
    pub kind: TimelineKind,
    pub label: L10n,
    /// A milestone: shown bold, kept in the printed summary and the retrospective.
    pub key: bool,
    /// Worth telling the client in a progress report ("done today").
    pub for_client: bool,
    /// The failure it belongs to; `None` for case-level events.
    pub failure_id: Option<Uuid>,
}

impl TimelineEntry {
    pub fn text(&self, lang: Lang) -> &str {
        self.label.get(lang)
    }

    /// An entry from another module (precheck, plan, submission…).
    pub fn extra(
        at: DateTime<Utc>,
        source: &str,
        label: L10n,
        key: bool,
        for_client: bool,
    ) -> Self {
        TimelineEntry {
            at,
            kind: TimelineKind::Other {
                source: source.to_owned(),
            },
            label,
            key,
            for_client,
            failure_id: None,
        }
    }
}

/// The whole timeline of `case`: its events, its (non-archived) failures and `extra`, oldest
/// first. Entries at the same instant keep the order: case events, failures, extras.
/// Failures of other cases are ignored, so the caller may pass every failure it holds.
/// How a case event reads in a language: the timeline is a document sent to clients, and the
/// words for a case's own events (statuses, field names) are the interface's, so the caller
/// passes them in (`crate::i18n::event_text`).
pub type EventWords = fn(&CaseEventKind, Lang) -> String;

pub fn timeline(
    case: &Case,
    failures: &[Failure],
    extra: &[TimelineEntry],
    words: EventWords,
) -> Vec<TimelineEntry> {
    let mut out: Vec<TimelineEntry> = case.events.iter().map(|e| case_entry(words, e)).collect();
    for f in failures
        .iter()
        .filter(|f| f.case_id == case.meta.id && !f.meta.deleted)
    {
        failure_entries(f, &mut out);
    }
    out.extend(extra.iter().cloned());
    sorting::sort_by_key(&mut out, |e| e.at);
    out
}

fn case_entry(words: EventWords, event: &crate::domain::case::CaseEvent) -> TimelineEntry {
    let (kind, key, for_client) = match &event.kind {
        CaseEventKind::Created => (TimelineKind::CaseCreated, true, false),
        CaseEventKind::Edited { .. } => (TimelineKind::CaseEdited, false, false),
        CaseEventKind::StatusChanged { from, to } => (
            TimelineKind::StatusChanged {
                from: *from,
                to: *to,
            },
            matches!(
                to,
                Status::Failed | Status::Submitted | Status::Done | Status::Recovered
            ),
            matches!(to, Status::Submitted | Status::Done | Status::Recovered),
        ),
        CaseEventKind::Archived => (TimelineKind::CaseArchived, false, false),
        CaseEventKind::Restored => (TimelineKind::CaseRestored, false, false),
    };
    TimelineEntry {
        at: event.at,
        kind,
        label: l10n_of(|lang| words(&event.kind, lang)),
        key,
        for_client,
        failure_id: None,
    }
}

fn failure_entries(f: &Failure, out: &mut Vec<TimelineEntry>) {
    let id = Some(f.meta.id);
    let entry = |at, kind, label, key, for_client| TimelineEntry {
        at,
        kind,
        label,
        key,
        for_client,
        failure_id: id,
    };
    let amount = |lang| match (f.amount_cents, lang) {
        (Some(a), Lang::Zh) if a > 0 => format!("（{}）", format_yuan(a, lang)),
        (Some(a), Lang::En) if a > 0 => format!(" ({})", format_yuan(a, lang)),
        _ => String::new(),
    };
    out.push(entry(
        f.discovered_at,
        TimelineKind::FailureRaised { kind: f.kind },
        both(
            format!(
                "发现失败（{}）：{}{}",
                f.kind.label(Lang::Zh),
                f.what_happened,
                amount(Lang::Zh)
            ),
            format!(
                "Failure found ({}): {}{}",
                f.kind.label(Lang::En),
                f.what_happened,
                amount(Lang::En)
            ),
        ),
        true,
        false,
    ));
    if let Some(n) = &f.notification {
        let took = (n.at - f.discovered_at).max(chrono::Duration::zero());
        let in_time = took <= f.notify_window();
        let label = l10n_of(|lang| {
            let (ch, d) = (n.channel.label(lang), format_duration(took, lang));
            let window = format_duration(f.notify_window(), lang);
            match (lang, in_time) {
                (Lang::Zh, true) => format!("已通知客户（{ch}，{}），用时 {d}", n.to_whom),
                (Lang::Zh, false) => format!(
                    "通知客户（{ch}，{}），用时 {d}，超过 {window}告知时限",
                    n.to_whom
                ),
                (Lang::En, true) => format!("Client told ({ch}, {}) after {d}", n.to_whom),
                (Lang::En, false) => format!(
                    "Client told ({ch}, {}) after {d}, later than the {window} notice window",
                    n.to_whom
                ),
            }
        });
        let kind = TimelineKind::ClientNotified {
            channel: n.channel,
            in_time,
        };
        out.push(entry(n.at, kind, label, true, false));
    }
    for s in &f.steps {
        let Some(done) = s.done_at else { continue };
        let label = l10n_of(|lang| {
            let who = match (s.assignee.is_empty(), lang) {
                (true, _) => s.role.label(lang).to_owned(),
                (false, Lang::Zh) => format!("{}（{}）", s.role.label(lang), s.assignee),
                (false, Lang::En) => format!("{} ({})", s.role.label(lang), s.assignee),
            };
            match lang {
                Lang::Zh => format!("{who}完成：{}", s.text.get(lang)),
                Lang::En => format!("{who} done: {}", s.text.get(lang)),
            }
        });
        let kind = TimelineKind::StepDone {
            role: s.role,
            step_id: s.id,
        };
        out.push(entry(done, kind, label, false, true));
    }
    for r in &f.reports {
        let Some(sent) = r.sent_at else { continue };
        let label = l10n_of(|lang| match lang {
            Lang::Zh => format!("发出 {} 的进度报告", format_date(r.day, lang)),
            Lang::En => format!("Progress report for {} sent", format_date(r.day, lang)),
        });
        out.push(entry(sent, TimelineKind::ReportSent, label, false, false));
    }
    if let Some(c) = &f.compensation {
        let label = l10n_of(|lang| {
            let who = match c.approved_by.trim() {
                "" => String::new(),
                name => match lang {
                    Lang::Zh => format!("，批准人 {name}"),
                    Lang::En => format!(", approved by {name}"),
                },
            };
            match lang {
                Lang::Zh => format!(
                    "补偿方案（{}）：{}{who}",
                    c.decision.label(lang),
                    c.summary(lang)
                ),
                Lang::En => format!(
                    "Compensation ({}): {}{who}",
                    c.decision.label(lang),
                    c.summary(lang)
                ),
            }
        });
        let kind = TimelineKind::CompensationDecided;
        out.push(entry(c.decided_at, kind, label, true, false));
    }
    if let Some(c) = &f.closed {
        let label = l10n_of(|lang| match lang {
            Lang::Zh => format!("失败处理结束：{}", c.outcome.label(lang)),
            Lang::En => format!("Failure closed: {}", c.outcome.label(lang)),
        });
        let kind = TimelineKind::FailureClosed { outcome: c.outcome };
        out.push(entry(c.at, kind, label, true, true));
    }
}
