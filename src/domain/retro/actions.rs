//! Action items: what the team changes after a retrospective, who owns it, and by when.
//!
//! Deadlines are given in working days and turned into a date with the holiday calendar, so
//! "5 working days" agreed the Friday before the Spring Festival lands after the break.

use crate::domain::sorting;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::Retro;

/// Longest action deadline, in working days (about a year).
pub const MAX_ACTION_WORKING_DAYS: u32 = 250;
/// Longest text of an action item, owner, reason or link.
pub const MAX_LINE: usize = 500;
/// Most links on one item.
pub const MAX_LINKS: usize = 20;

/// What an action item changes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LinkKind {
    /// A precheck rule or catalog pitfall (by key).
    CatalogRule,
    /// A material on a service's checklist.
    ChecklistItem,
    /// An entry of the policy-risk warning library.
    Warning,
    /// A drill scenario.
    TrainingScenario,
}

impl LinkKind {
    pub const ALL: [LinkKind; 4] = [
        LinkKind::CatalogRule,
        LinkKind::ChecklistItem,
        LinkKind::Warning,
        LinkKind::TrainingScenario,
    ];

    pub fn key(self) -> &'static str {
        match self {
            LinkKind::CatalogRule => "catalog_rule",
            LinkKind::ChecklistItem => "checklist_item",
            LinkKind::Warning => "warning",
            LinkKind::TrainingScenario => "training_scenario",
        }
    }

    pub fn from_key(key: &str) -> Option<LinkKind> {
        LinkKind::ALL.into_iter().find(|k| k.key() == key)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Link {
    pub kind: LinkKind,
    /// The key or id of what it points at (a rule key, a material key, a record id).
    pub target: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum ActionStatus {
    Open,
    Done { on: NaiveDate },
    NotDoing { reason: String },
}

impl ActionStatus {
    pub fn key(&self) -> &'static str {
        match self {
            ActionStatus::Open => "open",
            ActionStatus::Done { .. } => "done",
            ActionStatus::NotDoing { .. } => "not_doing",
        }
    }
}

/// One thing to change.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActionItem {
    /// Unique within its retrospective; never reused.
    pub id: u32,
    pub text: String,
    pub owner: String,
    /// The day the deadline was counted from.
    pub created_on: NaiveDate,
    pub working_days: u32,
    pub due: NaiveDate,
    /// The deadline crossed a year without holiday data: show it as an estimate.
    #[serde(default)]
    pub due_is_estimate: bool,
    pub status: ActionStatus,
    #[serde(default)]
    pub links: Vec<Link>,
}

impl ActionItem {
    pub fn is_open(&self) -> bool {
        self.status == ActionStatus::Open
    }

    /// Open and past its due date (the due date itself is still in time).
    pub fn is_overdue(&self, today: NaiveDate) -> bool {
        self.is_open() && today > self.due
    }
}

/// Open items past their due date, most overdue first.
pub fn overdue(items: &[ActionItem], today: NaiveDate) -> Vec<&ActionItem> {
    let mut out: Vec<&ActionItem> = items.iter().filter(|i| i.is_overdue(today)).collect();
    sorting::sort_by_key(&mut out, |i| (i.due, i.id));
    out
}

/// An overdue item with where it comes from, for the home screen.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct OverdueAction<'a> {
    pub retro_id: Uuid,
    pub case_id: Uuid,
    pub item: &'a ActionItem,
    /// Calendar days past the due date.
    pub days_overdue: i64,
}

/// Every overdue item of every live retrospective, most overdue first.
pub fn overdue_actions(retros: &[Retro], today: NaiveDate) -> Vec<OverdueAction<'_>> {
    let mut out: Vec<OverdueAction<'_>> = retros
        .iter()
        .filter(|r| !r.meta.deleted)
        .flat_map(|r| {
            overdue(&r.actions, today)
                .into_iter()
                .map(move |item| OverdueAction {
                    retro_id: r.meta.id,
                    case_id: r.case_id,
                    item,
                    days_overdue: (today - item.due).num_days(),
                })
        })
        .collect();
    sorting::sort_by_key(&mut out, |a| (a.item.due, a.retro_id, a.item.id));
    out
}
