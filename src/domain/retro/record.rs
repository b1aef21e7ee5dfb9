//! The stored retrospective and every change to it. Each change returns a new record with its
//! revision bumped; an archived retrospective refuses changes.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::actions::{check_status, ActionInput, ActionItem, ActionStatus};
use super::blame::{check_chain, ChainCheck, Why};
use super::category::Factor;
use super::error::{RetroError, RetroField};
use super::outcome::CaseOutcome;
use crate::domain::calendar::Calendar;
use crate::domain::case::Case;
use crate::domain::record::{Meta, Record};

/// Most levels in a five-whys chain (five is the habit; some chains need a few more).
pub const MAX_WHYS: usize = 10;
/// Most entries in each list (reflections, factors, action items).
pub const MAX_ITEMS: usize = 50;
/// Longest single entry.
const MAX_ENTRY: usize = 1000;
/// Longest notes.
const MAX_NOTES: usize = 8000;

/// A retrospective of one case.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Retro {
    #[serde(flatten)]
    pub meta: Meta,
    pub case_id: Uuid,
    pub outcome: CaseOutcome,
    #[serde(default)]
    pub went_well: Vec<String>,
    #[serde(default)]
    pub went_wrong: Vec<String>,
    /// Where we were lucky: what would have gone wrong without luck.
    #[serde(default)]
    pub lucky: Vec<String>,
    #[serde(default)]
    pub whys: Vec<Why>,
    #[serde(default)]
    pub factors: Vec<Factor>,
    #[serde(default)]
    pub actions: Vec<ActionItem>,
    /// Did the contingency plan list the risk that happened? `None`: no plan, or not judged.
    #[serde(default)]
    pub premortem_hit: Option<bool>,
    #[serde(default)]
    pub notes: String,
}

/// What is still missing before the retrospective is done (for a checklist and for print).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RetroCheck {
    pub chain: ChainCheck,
    pub has_factors: bool,
    pub has_actions: bool,
    /// Chain complete, at least one factor, at least one action item.
    pub ready: bool,
}

impl Retro {
    /// A new retrospective of `case`, starting from its outcome (see [`super::case_outcome`]).
    pub fn start(
        case: &Case,
        outcome: CaseOutcome,
        id: Uuid,
        now: DateTime<Utc>,
    ) -> Result<Retro, RetroError> {
        if case.meta.deleted {
            return Err(RetroError::Archived);
        }
        Ok(Retro {
            meta: Meta::new(id, now),
            case_id: case.meta.id,
            outcome,
            went_well: Vec::new(),
            went_wrong: Vec::new(),
            lucky: Vec::new(),
            whys: Vec::new(),
            factors: Vec::new(),
            actions: Vec::new(),
            premortem_hit: None,
            notes: String::new(),
        })
    }

    /// Refreshes the outcome (the case finished after the retrospective was started).
    pub fn with_outcome(
        &self,
        outcome: CaseOutcome,
        now: DateTime<Utc>,
    ) -> Result<Retro, RetroError> {
        self.change(now, |r| {
            r.outcome = outcome;
            Ok(())
        })
    }

    /// Sets what went well, what went wrong and where we were lucky. Blank lines are dropped.
    pub fn with_reflections(
        &self,
        went_well: &[String],
        went_wrong: &[String],
        lucky: &[String],
        now: DateTime<Utc>,
    ) -> Result<Retro, RetroError> {
        let (well, wrong, luck) = (entries(went_well)?, entries(went_wrong)?, entries(lucky)?);
        self.change(now, |r| {
            r.went_well = well;
            r.went_wrong = wrong;
            r.lucky = luck;
            Ok(())
        })
    }

    /// Saves the five-whys chain as (question, answer) pairs; flags are computed here. A chain
    /// being typed may be incomplete: [`Retro::check`] says what is missing.
    pub fn with_whys(
        &self,
        chain: &[(String, String)],
        now: DateTime<Utc>,
    ) -> Result<Retro, RetroError> {
        if chain.len() > MAX_WHYS {
            return Err(RetroError::TooMany {
                field: RetroField::Answer,
                max: MAX_WHYS,
            });
        }
        let mut whys = Vec::with_capacity(chain.len());
        for (q, a) in chain {
            let q = bounded(q, RetroField::Question, MAX_ENTRY)?;
            let a = bounded(a, RetroField::Answer, MAX_ENTRY)?;
            whys.push(Why::new(q, a));
        }
        self.change(now, |r| {
            r.whys = whys;
            Ok(())
        })
    }

    /// Sets the contributing factors; each needs a text.
    pub fn with_factors(
        &self,
        factors: &[Factor],
        now: DateTime<Utc>,
    ) -> Result<Retro, RetroError> {
        if factors.len() > MAX_ITEMS {
            return Err(RetroError::TooMany {
                field: RetroField::Factor,
                max: MAX_ITEMS,
            });
        }
        let mut clean = Vec::with_capacity(factors.len());
        for f in factors {
            let text = bounded(&f.text, RetroField::Factor, MAX_ENTRY)?;
            if text.is_empty() {
                return Err(RetroError::Required(RetroField::Factor));
            }
            clean.push(Factor {
                text,
                category: f.category,
            });
        }
        self.change(now, |r| {
            r.factors = clean;
            Ok(())
        })
    }

    /// Adds an action item due `input.working_days` working days after `today`.
    pub fn add_action(
        &self,
        input: &ActionInput,
        today: NaiveDate,
        calendar: &Calendar,
        now: DateTime<Utc>,
    ) -> Result<Retro, RetroError> {
        if self.actions.len() >= MAX_ITEMS {
            return Err(RetroError::TooMany {
                field: RetroField::ActionText,
                max: MAX_ITEMS,
            });
        }
        let id = self
            .actions
            .iter()
            .map(|a| a.id)
            .max()
            .map_or(1, |m| m.saturating_add(1));
        let item = input.build(id, today, calendar)?;
        self.change(now, |r| {
            r.actions.push(item);
            Ok(())
        })
    }

    /// Rewrites an action item; its deadline is counted again from `today`, its status kept.
    pub fn edit_action(
        &self,
        id: u32,
        input: &ActionInput,
        today: NaiveDate,
        calendar: &Calendar,
        now: DateTime<Utc>,
    ) -> Result<Retro, RetroError> {
        let mut item = input.build(id, today, calendar)?;
        self.change(now, |r| {
            let slot = r
                .actions
                .iter_mut()
                .find(|a| a.id == id)
                .ok_or(RetroError::UnknownAction(id))?;
            item.status = slot.status.clone();
            *slot = item;
            Ok(())
        })
    }

    /// Marks an action item open, done or not doing (the last needs a reason).
    pub fn set_action_status(
        &self,
        id: u32,
        status: &ActionStatus,
        now: DateTime<Utc>,
    ) -> Result<Retro, RetroError> {
        let status = check_status(status)?;
        self.change(now, |r| {
            let slot = r
                .actions
                .iter_mut()
                .find(|a| a.id == id)
                .ok_or(RetroError::UnknownAction(id))?;
            slot.status = status;
            Ok(())
        })
    }

    pub fn remove_action(&self, id: u32, now: DateTime<Utc>) -> Result<Retro, RetroError> {
        self.change(now, |r| {
            let before = r.actions.len();
            r.actions.retain(|a| a.id != id);
            if r.actions.len() == before {
                return Err(RetroError::UnknownAction(id));
            }
            Ok(())
        })
    }

    /// Records whether the plan foresaw the failure (see [`super::premortem_hit_for`]).
    pub fn with_premortem_hit(
        &self,
        hit: Option<bool>,
        now: DateTime<Utc>,
    ) -> Result<Retro, RetroError> {
        self.change(now, |r| {
            r.premortem_hit = hit;
            Ok(())
        })
    }

    pub fn with_notes(&self, notes: &str, now: DateTime<Utc>) -> Result<Retro, RetroError> {
        let notes = bounded(notes, RetroField::Notes, MAX_NOTES)?;
        self.change(now, |r| {
            r.notes = notes;
            Ok(())
        })
    }

    /// Archives the retrospective (a tombstone, for merges).
    pub fn archive(&self, now: DateTime<Utc>) -> Result<Retro, RetroError> {
        self.change(now, |r| {
            r.meta.deleted = true;
            Ok(())
        })
    }

    /// What is still missing.
    pub fn check(&self) -> RetroCheck {
        let chain = check_chain(&self.whys);
        let has_factors = !self.factors.is_empty();
        let has_actions = !self.actions.is_empty();
        RetroCheck {
            ready: chain.complete && has_factors && has_actions,
            chain,
            has_factors,
            has_actions,
        }
    }

    fn change(
        &self,
        now: DateTime<Utc>,
        f: impl FnOnce(&mut Retro) -> Result<(), RetroError>,
    ) -> Result<Retro, RetroError> {
        if self.meta.deleted {
            return Err(RetroError::Archived);
        }
        let mut next = self.clone();
        f(&mut next)?;
        if next == *self {
            return Ok(next);
        }
        next.meta.touch(now);
        Ok(next)
    }
}

fn entries(lines: &[String]) -> Result<Vec<String>, RetroError> {
    let out: Vec<String> = lines
        .iter()
        .map(|l| bounded(l, RetroField::Reflection, MAX_ENTRY))
        .collect::<Result<Vec<_>, _>>()?
        .into_iter()
        .filter(|l| !l.is_empty())
        .collect();
    if out.len() > MAX_ITEMS {
        return Err(RetroError::TooMany {
            field: RetroField::Reflection,
            max: MAX_ITEMS,
        });
    }
    Ok(out)
}

fn bounded(text: &str, field: RetroField, max: usize) -> Result<String, RetroError> {
    let text = text.trim();
    if text.chars().count() > max {
        return Err(RetroError::TooLong { field, max });
    }
    Ok(text.to_owned())
}

impl Record for Retro {
    const KIND: &'static str = "retros";

    fn meta(&self) -> &Meta {
        &self.meta
    }

    fn meta_mut(&mut self) -> &mut Meta {
        &mut self.meta
    }

    fn case_id(&self) -> Option<Uuid> {
        Some(self.case_id)
    }

    fn label(&self) -> String {
        format!("复盘 · {}", self.outcome.summary(crate::i18n::Lang::Zh))
    }

    fn remap_ids(&mut self, map: &BTreeMap<Uuid, Uuid>) {
        if let Some(new) = map.get(&self.meta.id) {
            self.meta.id = *new;
        }
        if let Some(new) = map.get(&self.case_id) {
            self.case_id = *new;
        }
    }
}
