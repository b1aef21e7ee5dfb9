//! The action-item form and its checks: text, owner, links, and the deadline either as working
//! days from today (counted on the holiday calendar) or as a date given outright.

use chrono::NaiveDate;

use super::actions::{
    ActionItem, ActionStatus, Link, MAX_ACTION_WORKING_DAYS, MAX_LINE, MAX_LINKS,
};
use super::error::{RetroError, RetroField};
use crate::domain::calendar::Calendar;

/// The action-item form.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ActionInput {
    pub text: String,
    pub owner: String,
    /// Working days from today (ignored when `due_on` is given).
    pub working_days: u32,
    /// A due date given outright (an agreed date, or a correction); may lie in the past, but
    /// no further than [`MAX_ACTION_WORKING_DAYS`] working days either way.
    pub due_on: Option<NaiveDate>,
    pub links: Vec<Link>,
}

impl ActionInput {
    /// Checks the form and counts the due date from `today` on the calendar.
    pub(super) fn build(
        &self,
        id: u32,
        today: NaiveDate,
        calendar: &Calendar,
    ) -> Result<ActionItem, RetroError> {
        let text = line(&self.text, RetroField::ActionText)?;
        let owner = line(&self.owner, RetroField::Owner)?;
        let links = check_links(&self.links)?;
        let out_of_range = RetroError::WorkingDaysOutOfRange {
            max: MAX_ACTION_WORKING_DAYS,
        };
        let (due, working_days, estimate) = match self.due_on {
            Some(date) => {
                let span = calendar
                    .working_days_between(today, date)
                    .map_err(|_| out_of_range.clone())?;
                if span.value.unsigned_abs() > u64::from(MAX_ACTION_WORKING_DAYS) {
                    return Err(out_of_range);
                }
                let days = u32::try_from(span.value.max(0)).unwrap_or(0);
                (date, days, !span.uncovered_years.is_empty())
            }
            None => {
                if !(1..=MAX_ACTION_WORKING_DAYS).contains(&self.working_days) {
                    return Err(out_of_range);
                }
                let due = calendar.add_working_days(today, self.working_days)?;
                (
                    due.value,
                    self.working_days,
                    !due.uncovered_years.is_empty(),
                )
            }
        };
        Ok(ActionItem {
            id,
            text,
            owner,
            created_on: today,
            working_days,
            due,
            due_is_estimate: estimate,
            status: ActionStatus::Open,
            links,
        })
    }
}

/// Checks a status change: "not doing" needs a reason.
pub(super) fn check_status(status: &ActionStatus) -> Result<ActionStatus, RetroError> {
    Ok(match status {
        ActionStatus::NotDoing { reason } => ActionStatus::NotDoing {
            reason: line(reason, RetroField::Reason)?,
        },
        other => other.clone(),
    })
}

fn check_links(links: &[Link]) -> Result<Vec<Link>, RetroError> {
    if links.len() > MAX_LINKS {
        return Err(RetroError::TooMany {
            field: RetroField::LinkTarget,
            max: MAX_LINKS,
        });
    }
    let mut out: Vec<Link> = Vec::with_capacity(links.len());
    for link in links {
        let clean = Link {
            kind: link.kind,
            target: line(&link.target, RetroField::LinkTarget)?,
        };
        if out.contains(&clean) {
            return Err(RetroError::DuplicateLink);
        }
        out.push(clean);
    }
    Ok(out)
}

fn line(text: &str, field: RetroField) -> Result<String, RetroError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(RetroError::Required(field));
    }
    if text.chars().count() > MAX_LINE {
        return Err(RetroError::TooLong {
            field,
            max: MAX_LINE,
        });
    }
    Ok(text.to_owned())
}
