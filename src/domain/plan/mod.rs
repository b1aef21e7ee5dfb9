//! 预案工坊 The contingency-plan workshop of a case, and the policy-risk warning library.
//!
//! This module owns:
//! - the [`Plan`] record (one per case): pre-mortem causes (`causes.rs`, duplicate finding in
//!   `dedupe.rs`; suggestions from the service catalog in `suggest.rs` and general ones from
//!   documented cases in `general.rs`), the risk register (`risks.rs`) and its 5×5 heat map
//!   (`heat_map.rs`), the alternative-path library (`library.rs`) and decide-by dates
//!   (`paths.rs`, counting back in `dates.rs`), the team playbook and department contacts
//!   (`team.rs`), the contract's responsibility clauses (`clauses.rs`, wording in
//!   `clause_text.rs`) and the client communication plan with message templates (`comms.rs`);
//! - the [`Warning`] record of the 政策风险预警库 and its overlap with case windows
//!   (`warnings.rs`).
//!
//! Every change is a method `&self -> Result<Plan, PlanError>` (or `(Plan, Id)` for additions)
//! that bumps the record's revision; queries borrow. Items inside a plan carry small numeric ids
//! from a per-plan counter, stable across edits, so UI callbacks can carry them.
//!
//! Text that built-in content pre-fills (suggested causes, playbook tasks, department names) is
//! an [`L10n`]: it follows the language toggle until someone edits it; an edit stores what was
//! typed ([`revise`]).

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::domain::catalog::{L10n, ServiceType};
use crate::domain::lang::Lang;
use crate::domain::record::{Meta, Record};

mod causes;
mod clause_text;
mod clauses;
mod comms;
mod dedupe;
mod error;
mod general;
mod heat_map;
mod library;
mod paths;
mod risks;
mod suggest;
mod team;
mod warnings;

#[cfg(test)]
mod tests;

pub use causes::{
    Cause, CauseCategory, CauseGroup, CauseStatus, MergeReport, PremortemPhase, MAX_CAUSE,
};
pub use clauses::{
    date_text, generate_clauses, yuan_text, Clause, ClauseKey, ClauseOverride, ClauseSettings,
    ClauseSheet, MAX_AMOUNT_YUAN, MAX_SUBMIT_DAYS,
};
pub use comms::{
    comms_plan, missing_placeholders, placeholders, render_template, CommsPlan, CommsSettings,
    MessageKind, RenderedMessage, TemplateOverride, MAX_NOTIFY_HOURS, PLACEHOLDERS,
};
pub use dedupe::normalize;
pub use error::{ItemKind, PlanError, PlanField, Problem, ProblemKind};
pub use heat_map::{heat_map, HeatCell, HeatMap};
pub use paths::{
    decide_by, path_library, timeline, timeline_with, DecideBy, DecideState, Party, PathCost,
    PathKey, PathPattern, Timeline, TimelineBasis, TimelineEntry, TimelineFailure,
};
pub use risks::{
    score, Band, Risk, RiskDraft, DEFAULT_REMAINING_WORK_DAYS, MAX_REMAINING_WORK_DAYS, RISK_SCALE,
};
pub use suggest::{suggest_causes, CauseSuggestion, SuggestionOrigin};
pub use team::{assignments, Assignment, Contact, ContactDraft, Role, Task};
pub use warnings::{
    overlapping, warning_concerns_service, Warning, WarningEffect, WarningHit, WarningInput,
    WarningTiming,
};

/// Longest single-line text (titles, names, departments).
pub const MAX_LINE: usize = 200;
/// Longest multi-line text (mitigations, notes, clause and template bodies).
pub const MAX_TEXT: usize = 4000;
/// Most items of one kind in a plan; keeps every pass over a plan cheap.
pub const MAX_ITEMS: usize = 500;

macro_rules! item_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(
            Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
        )]
        #[serde(transparent)]
        pub struct $name(pub u32);

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(f, "{}", self.0)
            }
        }
    };
}

item_id!(
    /// A pre-mortem cause within its plan.
    CauseId
);
item_id!(
    /// A risk within its plan.
    RiskId
);
item_id!(
    /// A playbook task within its plan.
    TaskId
);
item_id!(
    /// A department contact within its plan.
    ContactId
);

/// The contingency plan of one case (its 预案 tab). Stored, one per case.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Plan {
    #[serde(flatten)]
    pub meta: Meta,
    pub case_id: Uuid,
    /// The next item id to hand out; shared by every item kind, never reused.
    #[serde(default)]
    pub next_item: u32,
    #[serde(default)]
    pub phase: PremortemPhase,
    #[serde(default)]
    pub causes: Vec<Cause>,
    #[serde(default)]
    pub risks: Vec<Risk>,
    /// Local costs that replace a built-in path's cost for this case.
    #[serde(default)]
    pub path_costs: Vec<PathCost>,
    #[serde(default)]
    pub tasks: Vec<Task>,
    #[serde(default)]
    pub contacts: Vec<Contact>,
    #[serde(default)]
    pub clauses: ClauseSettings,
    #[serde(default)]
    pub comms: CommsSettings,
}

impl Plan {
    /// A fresh plan for a case: the default playbook, and one empty contact per department of
    /// the service (when the catalog knows it). Causes are not suggested automatically; call
    /// [`suggest_causes`] and [`Plan::add_suggestions`] so the team sees what it adds.
    pub fn new(id: Uuid, case_id: Uuid, service: Option<&ServiceType>, now: DateTime<Utc>) -> Plan {
        let mut plan = Plan {
            meta: Meta::new(id, now),
            case_id,
            next_item: 1,
            phase: PremortemPhase::default(),
            causes: Vec::new(),
            risks: Vec::new(),
            path_costs: Vec::new(),
            tasks: Vec::new(),
            contacts: Vec::new(),
            clauses: ClauseSettings::default(),
            comms: CommsSettings::default(),
        };
        plan.tasks = team::default_tasks(&mut plan);
        if let Some(service) = service {
            plan.contacts = team::department_contacts(&mut plan, service);
        }
        plan
    }

    /// Archives the plan (tombstone), e.g. with its case.
    pub fn archive(&self, now: DateTime<Utc>) -> Result<Plan, PlanError> {
        self.change(now, |plan| {
            plan.meta.deleted = true;
            Ok(())
        })
    }

    /// Brings an archived plan back.
    pub fn restore(&self, now: DateTime<Utc>) -> Plan {
        let mut next = self.clone();
        next.meta.deleted = false;
        next.meta.touch(now);
        next
    }

    /// Counts for a badge or a summary line.
    pub fn stats(&self) -> PlanStats {
        let live = self.causes.iter().filter(|c| c.merged_into.is_none());
        let (mut suggested, mut accepted, mut rejected) = (0, 0, 0);
        for cause in live {
            match cause.status {
                CauseStatus::Suggested => suggested += 1,
                CauseStatus::Accepted => accepted += 1,
                CauseStatus::Rejected => rejected += 1,
            }
        }
        let band_count = |band: Band| self.risks.iter().filter(|r| r.band() == band).count();
        PlanStats {
            causes_suggested: suggested,
            causes_accepted: accepted,
            causes_rejected: rejected,
            risks: self.risks.len(),
            risks_critical: band_count(Band::Critical),
            risks_high: band_count(Band::High),
            risks_without_path: self
                .risks
                .iter()
                .filter(|r| r.linked_paths.is_empty())
                .count(),
        }
    }

    /// Applies `f` to a copy and bumps the revision; refuses archived plans.
    pub(super) fn change(
        &self,
        now: DateTime<Utc>,
        f: impl FnOnce(&mut Plan) -> Result<(), PlanError>,
    ) -> Result<Plan, PlanError> {
        if self.meta.deleted {
            return Err(PlanError::Archived);
        }
        let mut next = self.clone();
        f(&mut next)?;
        next.meta.touch(now);
        Ok(next)
    }

    /// Hands out the next item id. Stored data could hold ids at or above the counter (an old
    /// import), so the counter first moves past every id in use.
    pub(super) fn alloc(&mut self) -> u32 {
        let used = self
            .causes
            .iter()
            .map(|c| c.id.0)
            .chain(self.risks.iter().map(|r| r.id.0))
            .chain(self.tasks.iter().map(|t| t.id.0))
            .chain(self.contacts.iter().map(|c| c.id.0))
            .max()
            .unwrap_or(0);
        let id = self.next_item.max(used.saturating_add(1)).max(1);
        self.next_item = id.saturating_add(1);
        id
    }
}

impl Record for Plan {
    const KIND: &'static str = "plans";

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
        format!("预案 · {} / {}", self.causes.len(), self.risks.len())
    }

    fn case_id_mut(&mut self) -> Option<&mut Uuid> {
        Some(&mut self.case_id)
    }
}

/// Counts of a plan's contents.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PlanStats {
    pub causes_suggested: usize,
    pub causes_accepted: usize,
    pub causes_rejected: usize,
    pub risks: usize,
    pub risks_critical: usize,
    pub risks_high: usize,
    pub risks_without_path: usize,
}

/// Text that someone typed: shown as typed in both languages.
pub fn user_text(text: &str) -> L10n {
    L10n::new(text.trim(), "")
}

/// The text after an edit in `lang`: unchanged (both languages kept) when the shown text was
/// not changed, otherwise what was typed. Forms show `old.get(lang)` and save through this.
pub fn revise(old: &L10n, lang: Lang, new: &str) -> L10n {
    if new.trim() == old.get(lang).trim() {
        old.clone()
    } else {
        user_text(new)
    }
}

/// Checks a single text: trimmed, required or not, at most `max` characters.
impl Plan {
    /// Sets a hand-written text that replaces a generated one (a clause, a message template)
    /// in `overrides`: the one `is_it` finds is replaced by `make(body)`, or dropped when
    /// `body` is `None` or blank (back to the generated text).
    pub(super) fn set_override<O>(
        &self,
        overrides: fn(&mut Plan) -> &mut Vec<O>,
        field: PlanField,
        body: Option<&str>,
        now: DateTime<Utc>,
        is_it: impl Fn(&O) -> bool,
        make: impl FnOnce(String) -> O,
    ) -> Result<Plan, PlanError> {
        let body = body.map(str::trim).filter(|b| !b.is_empty());
        if let Some(body) = body {
            let mut problems = Vec::new();
            check_text(&mut problems, field, body, true, MAX_TEXT);
            error::check(problems)?;
        }
        self.change(now, |plan| {
            let list = overrides(plan);
            list.retain(|o| !is_it(o));
            if let Some(body) = body {
                list.push(make(body.to_string()));
            }
            Ok(())
        })
    }
}

pub(super) fn check_text(
    problems: &mut Vec<error::Problem>,
    field: PlanField,
    text: &str,
    required: bool,
    max: usize,
) {
    let text = text.trim();
    if required && text.is_empty() {
        problems.push(Problem::new(field, ProblemKind::Required));
    } else if text.chars().count() > max {
        problems.push(Problem::new(field, ProblemKind::TooLong { max }));
    }
}

/// Checks both languages of a pre-fillable text (`zh` holds the typed text).
pub(super) fn check_l10n(
    problems: &mut Vec<error::Problem>,
    field: PlanField,
    text: &L10n,
    required: bool,
    max: usize,
) {
    let before = problems.len();
    check_text(problems, field, &text.zh, required, max);
    if problems.len() == before {
        check_text(problems, field, &text.en, false, max);
    }
}
