//! The pre-mortem: "imagine this case has failed — why?". Participants add causes on their own
//! (names attached), then the team merges duplicates, groups them by category and accepts,
//! edits or rejects each suggestion.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::dedupe::find_duplicates;
use super::error::{check, Problem, ProblemKind};
use super::suggest::{CauseSuggestion, SuggestionOrigin};
use super::{
    check_text, revise, user_text, CauseId, ItemKind, Plan, PlanError, PlanField, MAX_ITEMS,
    MAX_LINE,
};
use crate::domain::catalog::L10n;
use crate::domain::lang::Lang;

/// Longest cause text (also the longest risk title, which often starts as a cause).
pub const MAX_CAUSE: usize = 500;

/// The article's five kinds of failure cause.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CauseCategory {
    /// 材料: missing, wrong or mismatching documents; late delivery.
    Materials,
    /// 流程: a department's procedure blocks the case (in-person steps, order of steps).
    Process,
    /// 外部: system upgrades, holidays, major meetings, hall throttling, policy changes.
    External,
    /// 沟通: the client or a department is not told, not reached or misunderstands.
    Communication,
    /// 人员: the team itself (absence, inexperience, overload).
    Staffing,
}

impl CauseCategory {
    pub const ALL: [CauseCategory; 5] = [
        CauseCategory::Materials,
        CauseCategory::Process,
        CauseCategory::External,
        CauseCategory::Communication,
        CauseCategory::Staffing,
    ];

    /// A stable machine key (CSS classes, `<select>` values).
    pub fn key(self) -> &'static str {
        match self {
            CauseCategory::Materials => "materials",
            CauseCategory::Process => "process",
            CauseCategory::External => "external",
            CauseCategory::Communication => "communication",
            CauseCategory::Staffing => "staffing",
        }
    }

    pub fn from_key(key: &str) -> Option<CauseCategory> {
        CauseCategory::ALL.into_iter().find(|c| c.key() == key)
    }
}

/// Where a cause stands in the team's review.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CauseStatus {
    /// Proposed by a template; the team has not decided.
    Suggested,
    Accepted,
    Rejected,
}

impl CauseStatus {
    pub fn key(self) -> &'static str {
        match self {
            CauseStatus::Suggested => "suggested",
            CauseStatus::Accepted => "accepted",
            CauseStatus::Rejected => "rejected",
        }
    }

    /// Which status a merged group keeps: a decision beats no decision.
    fn rank(self) -> u8 {
        match self {
            CauseStatus::Accepted => 2,
            CauseStatus::Suggested => 1,
            CauseStatus::Rejected => 0,
        }
    }
}

/// The pre-mortem's two phases. While collecting, each participant should see only their own
/// causes (so nobody anchors on the others); reviewing shows everything.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PremortemPhase {
    #[default]
    Collecting,
    Reviewing,
}

/// One imagined cause of failure.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Cause {
    pub id: CauseId,
    pub text: L10n,
    pub category: CauseCategory,
    /// Who wrote it; empty for template suggestions.
    pub author: String,
    pub status: CauseStatus,
    /// Set when this cause was merged into another as a duplicate. Merged causes are kept so
    /// their authors stay visible and a merge can be undone.
    #[serde(default)]
    pub merged_into: Option<CauseId>,
    /// The template it came from, if any.
    #[serde(default)]
    pub origin: Option<SuggestionOrigin>,
}

impl Cause {
    /// Shown in the lists: not merged away.
    pub fn is_live(&self) -> bool {
        self.merged_into.is_none()
    }
}

/// Live causes of one category, in the order they were added.
#[derive(Clone, Debug, PartialEq)]
pub struct CauseGroup<'a> {
    pub category: CauseCategory,
    pub causes: Vec<&'a Cause>,
}

/// What [`Plan::merge_duplicates`] merged: each survivor with the causes folded into it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MergeReport {
    pub groups: Vec<(CauseId, Vec<CauseId>)>,
}

impl MergeReport {
    /// How many causes were merged away.
    pub fn merged_count(&self) -> usize {
        self.groups.iter().map(|(_, merged)| merged.len()).sum()
    }
}

impl Plan {
    pub fn cause(&self, id: CauseId) -> Option<&Cause> {
        self.causes.iter().find(|c| c.id == id)
    }

    /// Adds a participant's cause, accepted (the author stands behind it), with their name.
    pub fn add_cause(
        &self,
        author: &str,
        text: &str,
        category: CauseCategory,
        now: DateTime<Utc>,
    ) -> Result<(Plan, CauseId), PlanError> {
        let mut problems = Vec::new();
        check_text(
            &mut problems,
            PlanField::CauseAuthor,
            author,
            true,
            MAX_LINE,
        );
        check_text(&mut problems, PlanField::CauseText, text, true, MAX_CAUSE);
        check(problems)?;
        self.push_causes(now, |_| {
            vec![(user_text(text), category, author.trim().to_string(), None)]
        })
        .map(|(plan, ids)| {
            let id = ids.first().copied().unwrap_or(CauseId(0));
            (plan, id)
        })
    }

    /// Adds template suggestions as [`CauseStatus::Suggested`] causes, skipping any template
    /// already in the plan (even if rejected, so a rejected suggestion does not come back).
    pub fn add_suggestions(
        &self,
        suggestions: &[CauseSuggestion],
        now: DateTime<Utc>,
    ) -> Result<(Plan, Vec<CauseId>), PlanError> {
        let fresh = self.pending_suggestions(suggestions);
        self.push_causes(now, |_| {
            fresh
                .into_iter()
                .map(|s| (s.text.clone(), s.category, String::new(), Some(s.origin())))
                .collect()
        })
    }

    /// The suggestions not yet in the plan (for a "suggest N more" button).
    pub fn pending_suggestions<'a>(
        &self,
        suggestions: &'a [CauseSuggestion],
    ) -> Vec<&'a CauseSuggestion> {
        suggestions
            .iter()
            .filter(|s| {
                !self
                    .causes
                    .iter()
                    .any(|c| c.origin.as_ref().is_some_and(|o| o.key == s.key))
            })
            .collect()
    }

    /// Changes a cause's text (as typed in `lang`) and category.
    pub fn edit_cause(
        &self,
        id: CauseId,
        lang: Lang,
        text: &str,
        category: CauseCategory,
        now: DateTime<Utc>,
    ) -> Result<Plan, PlanError> {
        let mut problems = Vec::new();
        check_text(&mut problems, PlanField::CauseText, text, true, MAX_CAUSE);
        check(problems)?;
        self.change(now, |plan| {
            let cause = plan.cause_mut(id)?;
            cause.text = revise(&cause.text, lang, text);
            cause.category = category;
            Ok(())
        })
    }

    /// Accepts, rejects or reopens a cause.
    pub fn set_cause_status(
        &self,
        id: CauseId,
        status: CauseStatus,
        now: DateTime<Utc>,
    ) -> Result<Plan, PlanError> {
        self.change(now, |plan| {
            plan.cause_mut(id)?.status = status;
            Ok(())
        })
    }

    /// Deletes a cause. Causes merged into it come back as live causes; risks made from it
    /// keep their content but lose the link.
    pub fn remove_cause(&self, id: CauseId, now: DateTime<Utc>) -> Result<Plan, PlanError> {
        self.change(now, |plan| {
            plan.cause_mut(id)?;
            plan.causes.retain(|c| c.id != id);
            for cause in &mut plan.causes {
                if cause.merged_into == Some(id) {
                    cause.merged_into = None;
                }
            }
            for risk in &mut plan.risks {
                if risk.from_cause == Some(id) {
                    risk.from_cause = None;
                }
            }
            Ok(())
        })
    }

    /// Folds `others` into `into` by hand (the team says "these are the same").
    pub fn merge_causes(
        &self,
        into: CauseId,
        others: &[CauseId],
        now: DateTime<Utc>,
    ) -> Result<Plan, PlanError> {
        self.change(now, |plan| {
            if !plan.cause_mut(into)?.is_live() || others.contains(&into) {
                return Err(PlanError::BadMerge);
            }
            for other in others {
                plan.cause_mut(*other)?;
            }
            plan.fold(into, others);
            Ok(())
        })
    }

    /// Undoes a merge: the cause is live again.
    pub fn unmerge_cause(&self, id: CauseId, now: DateTime<Utc>) -> Result<Plan, PlanError> {
        self.change(now, |plan| {
            plan.cause_mut(id)?.merged_into = None;
            Ok(())
        })
    }

    /// Merges live, not rejected causes of the same category whose texts are identical after
    /// normalisation (trimmed, full-width folded to half-width, case, spaces and punctuation
    /// ignored) or nearly so (at most one edit per ten characters, for texts of ten or more
    /// characters). The earliest cause of a group survives and keeps the best status; the
    /// others point at it, and their authors are listed with it ([`Plan::authors_of`]).
    pub fn merge_duplicates(&self, now: DateTime<Utc>) -> Result<(Plan, MergeReport), PlanError> {
        let mut report = MergeReport::default();
        let plan = self.change(now, |plan| {
            report = MergeReport {
                groups: find_duplicates(&plan.causes),
            };
            for (survivor, merged) in &report.groups {
                plan.fold(*survivor, merged);
            }
            Ok(())
        })?;
        Ok((plan, report))
    }

    /// Moves the pre-mortem to another phase.
    pub fn set_phase(&self, phase: PremortemPhase, now: DateTime<Utc>) -> Result<Plan, PlanError> {
        self.change(now, |plan| {
            plan.phase = phase;
            Ok(())
        })
    }

    /// Live causes grouped by category, in [`CauseCategory::ALL`] order; empty categories are
    /// included so the UI can show all five columns.
    pub fn causes_by_category(&self) -> Vec<CauseGroup<'_>> {
        CauseCategory::ALL
            .into_iter()
            .map(|category| CauseGroup {
                category,
                causes: self
                    .causes
                    .iter()
                    .filter(|c| c.is_live() && c.category == category)
                    .collect(),
            })
            .collect()
    }

    /// One participant's own causes, for the collecting phase.
    pub fn causes_by_author(&self, author: &str) -> Vec<&Cause> {
        let author = author.trim();
        self.causes.iter().filter(|c| c.author == author).collect()
    }

    /// Causes merged into `id`.
    pub fn merged_from(&self, id: CauseId) -> Vec<&Cause> {
        self.causes
            .iter()
            .filter(|c| c.merged_into == Some(id))
            .collect()
    }

    /// Everyone who raised this cause: its author, then the authors of causes merged into it,
    /// each once. Template suggestions have no author.
    pub fn authors_of(&self, id: CauseId) -> Vec<String> {
        let mut authors: Vec<String> = Vec::new();
        let own = self.cause(id).into_iter();
        for cause in own.chain(self.merged_from(id)) {
            if !cause.author.is_empty() && !authors.contains(&cause.author) {
                authors.push(cause.author.clone());
            }
        }
        authors
    }

    pub(super) fn cause_mut(&mut self, id: CauseId) -> Result<&mut Cause, PlanError> {
        self.causes
            .iter_mut()
            .find(|c| c.id == id)
            .ok_or(PlanError::NotFound {
                kind: ItemKind::Cause,
                id: id.0,
            })
    }

    fn push_causes(
        &self,
        now: DateTime<Utc>,
        make: impl FnOnce(&Plan) -> Vec<NewCause>,
    ) -> Result<(Plan, Vec<CauseId>), PlanError> {
        let mut ids = Vec::new();
        let plan = self.change(now, |plan| {
            let fresh = make(plan);
            if plan.causes.len().saturating_add(fresh.len()) > MAX_ITEMS {
                return Err(PlanError::TooMany {
                    kind: ItemKind::Cause,
                    max: MAX_ITEMS,
                });
            }
            for (text, category, author, origin) in fresh {
                let id = CauseId(plan.alloc());
                let status = if origin.is_some() {
                    CauseStatus::Suggested
                } else {
                    CauseStatus::Accepted
                };
                plan.causes.push(Cause {
                    id,
                    text,
                    category,
                    author,
                    status,
                    merged_into: None,
                    origin,
                });
                ids.push(id);
            }
            Ok(())
        })?;
        Ok((plan, ids))
    }

    /// Points `merged` at `survivor` and gives the survivor the best status of the group.
    /// Causes that were merged into a merged cause follow it to the survivor, so no chain forms.
    fn fold(&mut self, survivor: CauseId, merged: &[CauseId]) {
        let mut best = CauseStatus::Rejected;
        for cause in &mut self.causes {
            let redirected = cause.merged_into.is_some_and(|m| merged.contains(&m));
            if merged.contains(&cause.id) || redirected {
                cause.merged_into = Some(survivor);
            }
            if cause.id == survivor || merged.contains(&cause.id) {
                best = if cause.status.rank() > best.rank() {
                    cause.status
                } else {
                    best
                };
            }
        }
        if let Some(cause) = self.causes.iter_mut().find(|c| c.id == survivor) {
            cause.status = best;
        }
    }
}

type NewCause = (L10n, CauseCategory, String, Option<SuggestionOrigin>);

/// Used by the risk form: a problem when a risk points at a cause that is gone.
pub(super) fn check_cause_ref(plan: &Plan, id: Option<CauseId>, problems: &mut Vec<Problem>) {
    if let Some(id) = id {
        if plan.cause(id).is_none() {
            problems.push(Problem::new(PlanField::FromCause, ProblemKind::Unknown));
        }
    }
}
