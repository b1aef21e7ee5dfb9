//! Raising a failure and every change to it. Each change returns a new record with its revision
//! bumped; a closed or archived failure refuses changes until it is reopened or restored.

use crate::domain::sorting;
use chrono::{DateTime, Duration, NaiveDate, Utc};
use uuid::Uuid;

use super::compensation::Compensation;
use super::error::{ResponseError, ResponseField};
use super::fmt::parse_yuan;
use super::playbook::StepTemplate;
use super::report::ProgressReport;
use super::types::{
    Channel, Closure, Estimate, Failure, FailureKind, Notification, Outcome, RemedyStep, Role,
    DEFAULT_NOTIFY_HOURS, MAX_ESTIMATE_WORKING_DAYS, MAX_TEXT,
};
use crate::domain::case::{Case, Status};
use crate::domain::catalog::L10n;
use crate::domain::plan::MAX_NOTIFY_HOURS;
use crate::domain::record::Meta;

/// How far ahead of the device clock a typed time may be (clocks of two tablets differ).
const CLOCK_TOLERANCE_MINUTES: i64 = 5;

/// The "raise a failure" form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FailureInput {
    pub kind: FailureKind,
    pub what_happened: String,
    /// Yuan as typed; blank for none (see [`parse_yuan`]).
    pub amount: String,
    pub discovered_at: DateTime<Utc>,
    /// The notification window the case's plan promises the client (告知时限, hours);
    /// `None`: the plan promises nothing else, so the article's one hour.
    pub notify_within_hours: Option<u32>,
}

/// The "log the notification" form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NotificationInput {
    pub at: DateTime<Utc>,
    pub channel: Channel,
    pub to_whom: String,
    pub what_was_said: String,
}

impl Failure {
    /// A new failure on `case`, discovered at `input.discovered_at`; its clock starts there.
    /// Move the case itself with [`case_after_raise`].
    pub fn raise(
        input: &FailureInput,
        case: &Case,
        id: Uuid,
        now: DateTime<Utc>,
    ) -> Result<Failure, ResponseError> {
        if case.meta.deleted {
            return Err(ResponseError::Archived);
        }
        let what = required(&input.what_happened, ResponseField::WhatHappened)?;
        not_in_future(input.discovered_at, now)?;
        Ok(Failure {
            meta: Meta::new(id, now),
            case_id: case.meta.id,
            kind: input.kind,
            what_happened: what,
            amount_cents: parse_yuan(&input.amount)?,
            discovered_at: input.discovered_at,
            notify_within_hours: input
                .notify_within_hours
                .unwrap_or(DEFAULT_NOTIFY_HOURS)
                .clamp(1, MAX_NOTIFY_HOURS),
            estimate: None,
            notification: None,
            steps: Vec::new(),
            reports: Vec::new(),
            compensation: None,
            closed: None,
        })
    }

    /// Corrects what was entered when raising (kind, text, amount, discovery time).
    pub fn edit(&self, input: &FailureInput, now: DateTime<Utc>) -> Result<Failure, ResponseError> {
        self.ensure_open()?;
        let what = required(&input.what_happened, ResponseField::WhatHappened)?;
        not_in_future(input.discovered_at, now)?;
        let amount = parse_yuan(&input.amount)?;
        if let Some(n) = &self.notification {
            if n.at < input.discovered_at {
                return Err(ResponseError::NotifiedBeforeDiscovery);
            }
        }
        let mut next = self.clone();
        next.kind = input.kind;
        next.what_happened = what;
        next.amount_cents = amount;
        next.discovered_at = input.discovered_at;
        Ok(next.touched(now))
    }

    /// Sets the remedy estimate, counted in working days from `from` (usually today).
    pub fn with_estimate(
        &self,
        from: NaiveDate,
        resubmit_working_days: u32,
        finish_working_days: u32,
        now: DateTime<Utc>,
    ) -> Result<Failure, ResponseError> {
        self.ensure_open()?;
        let max = MAX_ESTIMATE_WORKING_DAYS;
        if resubmit_working_days > max || finish_working_days > max {
            return Err(ResponseError::EstimateTooLong { max });
        }
        if finish_working_days < resubmit_working_days {
            return Err(ResponseError::EstimateOrder {
                resubmit: resubmit_working_days,
                finish: finish_working_days,
            });
        }
        let mut next = self.clone();
        next.estimate = Some(Estimate {
            from,
            resubmit_working_days,
            finish_working_days,
        });
        Ok(next.touched(now))
    }

    /// Logs (or corrects) the client notification; this stops the one-hour clock at `input.at`.
    pub fn log_notification(
        &self,
        input: &NotificationInput,
        now: DateTime<Utc>,
    ) -> Result<Failure, ResponseError> {
        self.ensure_open()?;
        let to_whom = required(&input.to_whom, ResponseField::ToWhom)?;
        let said = required(&input.what_was_said, ResponseField::WhatWasSaid)?;
        not_in_future(input.at, now)?;
        if input.at < self.discovered_at {
            return Err(ResponseError::NotifiedBeforeDiscovery);
        }
        let mut next = self.clone();
        next.notification = Some(Notification {
            at: input.at,
            channel: input.channel,
            to_whom,
            what_was_said: said,
            logged_at: now,
        });
        Ok(next.touched(now))
    }

    /// Adds the playbook's steps, assigned to the people in each seat on `case`. Templates
    /// already added (same key) are skipped, so pressing the button twice changes nothing.
    pub fn add_playbook_steps(
        &self,
        templates: &[StepTemplate],
        case: &Case,
        now: DateTime<Utc>,
    ) -> Result<Failure, ResponseError> {
        self.ensure_open()?;
        self.ensure_case(case)?;
        let mut next = self.clone();
        let mut added = false;
        for t in templates {
            if next
                .steps
                .iter()
                .any(|s| s.template_key.as_deref() == Some(t.key.as_str()))
            {
                continue;
            }
            let id = next.next_step_id();
            next.steps.push(RemedyStep {
                id,
                template_key: Some(t.key.clone()),
                text: t.text.clone(),
                role: t.role,
                assignee: t.role.assignee(case),
                added_at: now,
                done_at: None,
            });
            added = true;
        }
        Ok(if added {
            next.touched(now)
        } else {
            self.clone()
        })
    }

    /// Adds a step typed by hand (kept in the language it was typed in).
    pub fn add_step(
        &self,
        text: &str,
        role: Role,
        case: &Case,
        now: DateTime<Utc>,
    ) -> Result<Failure, ResponseError> {
        self.ensure_open()?;
        self.ensure_case(case)?;
        let text = required(text, ResponseField::StepText)?;
        let mut next = self.clone();
        let id = next.next_step_id();
        next.steps.push(RemedyStep {
            id,
            template_key: None,
            text: L10n::new(text, ""),
            role,
            assignee: role.assignee(case),
            added_at: now,
            done_at: None,
        });
        Ok(next.touched(now))
    }

    /// Ticks a step off at `at` (or un-ticks it with `None`). Ticking a done step again keeps
    /// its first time.
    pub fn set_step_done(
        &self,
        id: u32,
        at: Option<DateTime<Utc>>,
        now: DateTime<Utc>,
    ) -> Result<Failure, ResponseError> {
        self.ensure_open()?;
        if let Some(at) = at {
            not_in_future(at, now)?;
        }
        let mut next = self.clone();
        let step = next
            .steps
            .iter_mut()
            .find(|s| s.id == id)
            .ok_or(ResponseError::UnknownStep(id))?;
        let new_done = match (step.done_at, at) {
            (Some(first), Some(_)) => Some(first),
            (_, at) => at,
        };
        if step.done_at == new_done {
            return Ok(self.clone());
        }
        step.done_at = new_done;
        Ok(next.touched(now))
    }

    /// Moves a step to another seat (and the person in it now).
    pub fn assign_step(
        &self,
        id: u32,
        role: Role,
        case: &Case,
        now: DateTime<Utc>,
    ) -> Result<Failure, ResponseError> {
        self.ensure_open()?;
        self.ensure_case(case)?;
        let mut next = self.clone();
        let step = next
            .steps
            .iter_mut()
            .find(|s| s.id == id)
            .ok_or(ResponseError::UnknownStep(id))?;
        step.role = role;
        step.assignee = role.assignee(case);
        Ok(next.touched(now))
    }

    /// Removes a step (ids are not reused).
    pub fn remove_step(&self, id: u32, now: DateTime<Utc>) -> Result<Failure, ResponseError> {
        self.ensure_open()?;
        let mut next = self.clone();
        let before = next.steps.len();
        next.steps.retain(|s| s.id != id);
        if next.steps.len() == before {
            return Err(ResponseError::UnknownStep(id));
        }
        Ok(next.touched(now))
    }

    /// Records a progress report as sent; a second report for the same day replaces the first.
    pub fn log_report(
        &self,
        report: &ProgressReport,
        channel: Channel,
        now: DateTime<Utc>,
    ) -> Result<Failure, ResponseError> {
        self.ensure_open()?;
        if report.note.chars().count() > MAX_TEXT {
            return Err(ResponseError::TooLong {
                field: ResponseField::Note,
                max: MAX_TEXT,
            });
        }
        let mut sent = report.clone();
        sent.sent_at = Some(now);
        sent.channel = Some(channel);
        let mut next = self.clone();
        next.reports.retain(|r| r.day != sent.day);
        next.reports.push(sent);
        sorting::sort_by_key(&mut next.reports, |r| r.day);
        Ok(next.touched(now))
    }

    /// Stores a validated compensation decision (see [`super::CompensationInput::validate`]).
    pub fn with_compensation(
        &self,
        compensation: Compensation,
        now: DateTime<Utc>,
    ) -> Result<Failure, ResponseError> {
        self.ensure_open()?;
        let mut next = self.clone();
        next.compensation = Some(compensation);
        Ok(next.touched(now))
    }

    /// Ends the failure. The client must have been told first: a failure nobody told the
    /// client about cannot be filed away.
    pub fn close(
        &self,
        outcome: Outcome,
        note: &str,
        now: DateTime<Utc>,
    ) -> Result<Failure, ResponseError> {
        self.ensure_open()?;
        if self.notification.is_none() {
            return Err(ResponseError::NotNotified);
        }
        let note = optional(note)?;
        let mut next = self.clone();
        next.closed = Some(Closure {
            outcome,
            at: now,
            note,
        });
        Ok(next.touched(now))
    }

    /// Opens a closed failure again (the fix did not hold, or it was closed by mistake).
    pub fn reopen(&self, now: DateTime<Utc>) -> Result<Failure, ResponseError> {
        if self.meta.deleted {
            return Err(ResponseError::Archived);
        }
        if self.closed.is_none() {
            return Err(ResponseError::NotClosed);
        }
        let mut next = self.clone();
        next.closed = None;
        Ok(next.touched(now))
    }

    /// Archives a failure raised by mistake (a tombstone, for merges).
    pub fn archive(&self, now: DateTime<Utc>) -> Result<Failure, ResponseError> {
        if self.meta.deleted {
            return Err(ResponseError::Archived);
        }
        let mut next = self.clone();
        next.meta.deleted = true;
        Ok(next.touched(now))
    }

    fn next_step_id(&self) -> u32 {
        self.steps
            .iter()
            .map(|s| s.id)
            .max()
            .map_or(1, |m| m.saturating_add(1))
    }

    fn ensure_open(&self) -> Result<(), ResponseError> {
        if self.meta.deleted {
            Err(ResponseError::Archived)
        } else if self.closed.is_some() {
            Err(ResponseError::Closed)
        } else {
            Ok(())
        }
    }

    fn ensure_case(&self, case: &Case) -> Result<(), ResponseError> {
        if case.meta.id == self.case_id {
            Ok(())
        } else {
            Err(ResponseError::CaseMismatch)
        }
    }

    fn touched(mut self, now: DateTime<Utc>) -> Failure {
        self.meta.touch(now);
        self
    }
}

/// The case after a failure is raised on it: 失败 (unchanged if it already is).
pub fn case_after_raise(case: &Case, now: DateTime<Utc>) -> Result<Case, ResponseError> {
    if case.status == Status::Failed {
        return Ok(case.clone());
    }
    Ok(case.fail_on_raise(now)?)
}

/// The case after `closed` (already closed) ended: recovered → 已补救, resumed → back to
/// 办理中, lost or withdrawn → it stays 失败. Nothing moves while another failure of the same
/// case is still open, or when the case is no longer in 失败.
pub fn case_after_close(
    case: &Case,
    failures: &[Failure],
    closed: &Failure,
    now: DateTime<Utc>,
) -> Result<Case, ResponseError> {
    if closed.case_id != case.meta.id {
        return Err(ResponseError::CaseMismatch);
    }
    let outcome = closed
        .closed
        .as_ref()
        .map(|c| c.outcome)
        .ok_or(ResponseError::NotClosed)?;
    let others_open = failures
        .iter()
        .any(|f| f.case_id == case.meta.id && f.meta.id != closed.meta.id && f.is_open());
    if others_open || case.status != Status::Failed {
        return Ok(case.clone());
    }
    let to = match outcome {
        Outcome::Recovered => Status::Recovered,
        Outcome::Resumed => Status::InProgress,
        Outcome::Lost | Outcome::Withdrawn => return Ok(case.clone()),
    };
    Ok(case.transition(to, now)?)
}

fn required(text: &str, field: ResponseField) -> Result<String, ResponseError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(ResponseError::Required(field));
    }
    if text.chars().count() > MAX_TEXT {
        return Err(ResponseError::TooLong {
            field,
            max: MAX_TEXT,
        });
    }
    Ok(text.to_owned())
}

fn optional(text: &str) -> Result<String, ResponseError> {
    let text = text.trim();
    if text.chars().count() > MAX_TEXT {
        return Err(ResponseError::TooLong {
            field: ResponseField::Note,
            max: MAX_TEXT,
        });
    }
    Ok(text.to_owned())
}

fn not_in_future(at: DateTime<Utc>, now: DateTime<Utc>) -> Result<(), ResponseError> {
    // At the very end of the representable range there is no "future" to check against.
    match now.checked_add_signed(Duration::minutes(CLOCK_TOLERANCE_MINUTES)) {
        Some(latest) if at > latest => Err(ResponseError::FutureTime),
        _ => Ok(()),
    }
}

pub(super) fn check_required(text: &str, field: ResponseField) -> Result<String, ResponseError> {
    required(text, field)
}

pub(super) fn check_optional(text: &str) -> Result<String, ResponseError> {
    optional(text)
}
