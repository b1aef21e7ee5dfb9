//! The stored retrospective and every change to it. Each change returns a new record with its
//! revision bumped; an archived retrospective refuses changes.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::actions::ActionItem;
use super::category::Factor;
use super::chain::{check_chain_knowing, ChainCheck, Why};
use super::error::{RetroError, RetroField};
use super::outcome::CaseOutcome;
use super::record_content::bounded;
use crate::domain::case::Case;
use crate::domain::record::{Meta, Record};

/// Most levels in a five-whys chain (five is the habit; some chains need a few more).
pub const MAX_WHYS: usize = 10;
/// Most entries in each list (reflections, factors, action items).
pub const MAX_ITEMS: usize = 50;
/// Longest single entry.
pub(super) const MAX_ENTRY: usize = 1000;
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
        self.check_knowing(&[])
    }

    /// [`Retro::check`] with the names the app knows (the case's team): an answer naming one
    /// of them stops at a person.
    pub fn check_knowing(&self, known: &[&str]) -> RetroCheck {
        let chain = check_chain_knowing(&self.whys, known);
        let has_factors = !self.factors.is_empty();
        let has_actions = !self.actions.is_empty();
        RetroCheck {
            ready: chain.complete && has_factors && has_actions,
            chain,
            has_factors,
            has_actions,
        }
    }

    pub(super) fn change(
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
        format!(
            "复盘 · {}",
            self.outcome.summary(crate::domain::lang::Lang::Zh)
        )
    }

    fn case_id_mut(&mut self) -> Option<&mut Uuid> {
        Some(&mut self.case_id)
    }
}
