//! The risk register: likelihood × impact before and after mitigation, level bands, and the
//! 5×5 heat map as plain cells (the SVG geometry belongs to the chart code).
//!
//! Scores run from 1 to 25. Bands (documented for the legend):
//! - low: 1–4
//! - medium: 5–9
//! - high: 10–16
//! - critical: 17–25 (in practice 20 and 25: likely and severe at once).

use crate::domain::sorting;
use std::ops::RangeInclusive;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::causes::{check_cause_ref, CauseCategory, MAX_CAUSE};
use super::error::{check, Problem, ProblemKind};
use super::paths::PathKey;
use super::team::Role;
use super::{
    check_l10n, CauseId, ItemKind, Plan, PlanError, PlanField, RiskId, MAX_ITEMS, MAX_TEXT,
};
use crate::domain::catalog::L10n;

/// The scale of likelihood and impact.
pub const RISK_SCALE: RangeInclusive<u8> = 1..=5;
/// Default "work left after switching to a path", in working days: usually the last step
/// (collecting the licence or the receipt). Editable per risk.
pub const DEFAULT_REMAINING_WORK_DAYS: u32 = 1;
/// Largest accepted "work left" value.
pub const MAX_REMAINING_WORK_DAYS: u32 = 365;

/// A risk level, from a score of 1..=25.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Band {
    Low,
    Medium,
    High,
    Critical,
}

impl Band {
    pub const ALL: [Band; 4] = [Band::Low, Band::Medium, Band::High, Band::Critical];
    /// Highest score of each band below critical.
    pub const LOW_MAX: u8 = 4;
    pub const MEDIUM_MAX: u8 = 9;
    pub const HIGH_MAX: u8 = 16;

    pub fn from_score(score: u8) -> Band {
        match score {
            0..=Band::LOW_MAX => Band::Low,
            5..=Band::MEDIUM_MAX => Band::Medium,
            10..=Band::HIGH_MAX => Band::High,
            _ => Band::Critical,
        }
    }

    /// Lowest and highest score of the band, for the legend.
    pub fn range(self) -> (u8, u8) {
        match self {
            Band::Low => (1, Band::LOW_MAX),
            Band::Medium => (Band::LOW_MAX + 1, Band::MEDIUM_MAX),
            Band::High => (Band::MEDIUM_MAX + 1, Band::HIGH_MAX),
            Band::Critical => (Band::HIGH_MAX + 1, 25),
        }
    }

    /// A stable key for CSS classes.
    pub fn key(self) -> &'static str {
        match self {
            Band::Low => "low",
            Band::Medium => "medium",
            Band::High => "high",
            Band::Critical => "critical",
        }
    }
}

/// Score of a likelihood and an impact, each clamped into 1..=5 so stored data from an old
/// or hand-edited file can never produce a score outside 1..=25.
pub fn score(likelihood: u8, impact: u8) -> u8 {
    clamp(likelihood) * clamp(impact)
}

fn clamp(v: u8) -> u8 {
    v.clamp(*RISK_SCALE.start(), *RISK_SCALE.end())
}

/// One entry of the risk register.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Risk {
    pub id: RiskId,
    pub title: L10n,
    pub category: CauseCategory,
    pub likelihood: u8,
    pub impact: u8,
    pub early_sign: L10n,
    pub owner: Role,
    pub mitigation: L10n,
    pub residual_likelihood: u8,
    pub residual_impact: u8,
    #[serde(default)]
    pub linked_paths: Vec<PathKey>,
    #[serde(default)]
    pub from_cause: Option<CauseId>,
    /// Working days of ordinary work still needed after a linked path is done; part of the
    /// decide-by computation (see `paths.rs`).
    #[serde(default = "default_remaining")]
    pub remaining_work_days: u32,
}

fn default_remaining() -> u32 {
    DEFAULT_REMAINING_WORK_DAYS
}

impl Risk {
    /// Likelihood × impact before mitigation.
    pub fn score(&self) -> u8 {
        score(self.likelihood, self.impact)
    }

    /// Likelihood × impact after mitigation.
    pub fn residual_score(&self) -> u8 {
        score(self.residual_likelihood, self.residual_impact)
    }

    pub fn band(&self) -> Band {
        Band::from_score(self.score())
    }

    pub fn residual_band(&self) -> Band {
        Band::from_score(self.residual_score())
    }

    /// How much the mitigation takes off the score (0 when it takes nothing).
    pub fn reduction(&self) -> u8 {
        self.score().saturating_sub(self.residual_score())
    }

    /// The heat-map cell `(likelihood, impact)`, clamped into the grid.
    pub fn cell(&self, residual: bool) -> (u8, u8) {
        if residual {
            (clamp(self.residual_likelihood), clamp(self.residual_impact))
        } else {
            (clamp(self.likelihood), clamp(self.impact))
        }
    }
}

/// The risk form. Texts are [`L10n`] so that pre-filled template text keeps both languages;
/// the form shows `text.get(lang)` and stores edits through [`super::revise`].
#[derive(Clone, Debug, PartialEq)]
pub struct RiskDraft {
    pub title: L10n,
    pub category: CauseCategory,
    pub likelihood: u8,
    pub impact: u8,
    pub early_sign: L10n,
    pub owner: Role,
    pub mitigation: L10n,
    pub residual_likelihood: u8,
    pub residual_impact: u8,
    pub linked_paths: Vec<PathKey>,
    pub from_cause: Option<CauseId>,
    pub remaining_work_days: u32,
}

impl Default for RiskDraft {
    fn default() -> Self {
        RiskDraft {
            title: L10n::default(),
            category: CauseCategory::Materials,
            likelihood: 3,
            impact: 3,
            early_sign: L10n::default(),
            owner: Role::Pm,
            mitigation: L10n::default(),
            residual_likelihood: 3,
            residual_impact: 3,
            linked_paths: Vec::new(),
            from_cause: None,
            remaining_work_days: DEFAULT_REMAINING_WORK_DAYS,
        }
    }
}

impl RiskDraft {
    /// The form filled with a stored risk, for editing.
    pub fn from_risk(risk: &Risk) -> RiskDraft {
        RiskDraft {
            title: risk.title.clone(),
            category: risk.category,
            likelihood: risk.likelihood,
            impact: risk.impact,
            early_sign: risk.early_sign.clone(),
            owner: risk.owner,
            mitigation: risk.mitigation.clone(),
            residual_likelihood: risk.residual_likelihood,
            residual_impact: risk.residual_impact,
            linked_paths: risk.linked_paths.clone(),
            from_cause: risk.from_cause,
            remaining_work_days: risk.remaining_work_days,
        }
    }

    /// Score the form currently shows (clamped), for a live preview.
    pub fn score(&self) -> u8 {
        score(self.likelihood, self.impact)
    }

    pub fn residual_score(&self) -> u8 {
        score(self.residual_likelihood, self.residual_impact)
    }

    /// Every problem of the form at once.
    pub fn problems(&self, plan: &Plan) -> Vec<Problem> {
        let mut problems = Vec::new();
        check_l10n(
            &mut problems,
            PlanField::RiskTitle,
            &self.title,
            true,
            MAX_CAUSE,
        );
        check_l10n(
            &mut problems,
            PlanField::RiskEarlySign,
            &self.early_sign,
            false,
            MAX_CAUSE,
        );
        check_l10n(
            &mut problems,
            PlanField::RiskMitigation,
            &self.mitigation,
            false,
            MAX_TEXT,
        );
        let scale = [
            (PlanField::Likelihood, self.likelihood),
            (PlanField::Impact, self.impact),
            (PlanField::ResidualLikelihood, self.residual_likelihood),
            (PlanField::ResidualImpact, self.residual_impact),
        ];
        let mut in_range = true;
        for (field, value) in scale {
            if !RISK_SCALE.contains(&value) {
                in_range = false;
                problems.push(Problem::new(
                    field,
                    ProblemKind::OutOfRange {
                        min: u64::from(*RISK_SCALE.start()),
                        max: u64::from(*RISK_SCALE.end()),
                    },
                ));
            }
        }
        if in_range && self.residual_score() > self.score() {
            problems.push(Problem::new(
                PlanField::ResidualLikelihood,
                ProblemKind::ResidualAboveInherent,
            ));
        }
        if self.remaining_work_days > MAX_REMAINING_WORK_DAYS {
            problems.push(Problem::new(
                PlanField::RemainingWorkDays,
                ProblemKind::OutOfRange {
                    min: 0,
                    max: u64::from(MAX_REMAINING_WORK_DAYS),
                },
            ));
        }
        check_cause_ref(plan, self.from_cause, &mut problems);
        problems
    }

    fn into_risk(self, id: RiskId) -> Risk {
        let mut paths = Vec::with_capacity(self.linked_paths.len());
        for path in self.linked_paths {
            if !paths.contains(&path) {
                paths.push(path);
            }
        }
        Risk {
            id,
            title: trimmed(self.title),
            category: self.category,
            likelihood: self.likelihood,
            impact: self.impact,
            early_sign: trimmed(self.early_sign),
            owner: self.owner,
            mitigation: trimmed(self.mitigation),
            residual_likelihood: self.residual_likelihood,
            residual_impact: self.residual_impact,
            linked_paths: paths,
            from_cause: self.from_cause,
            remaining_work_days: self.remaining_work_days,
        }
    }
}

fn trimmed(text: L10n) -> L10n {
    L10n::new(text.zh.trim(), text.en.trim())
}

impl Plan {
    pub fn risk(&self, id: RiskId) -> Option<&Risk> {
        self.risks.iter().find(|r| r.id == id)
    }

    /// A risk form pre-filled from a cause: its text and category, and, for a template cause,
    /// the template's early sign, mitigation, paths and scores; the owner comes from the
    /// playbook's first task for the category. `None` if the cause does not exist.
    pub fn risk_draft_from_cause(&self, id: CauseId) -> Option<RiskDraft> {
        let cause = self.cause(id)?;
        let owner = self
            .tasks_for(cause.category)
            .first()
            .map_or(Role::Pm, |t| t.role);
        let mut draft = RiskDraft {
            title: cause.text.clone(),
            category: cause.category,
            owner,
            from_cause: Some(id),
            ..RiskDraft::default()
        };
        if let Some(origin) = &cause.origin {
            draft.early_sign = origin.early_sign.clone();
            draft.mitigation = origin.mitigation.clone();
            draft.linked_paths = origin.paths.clone();
            draft.likelihood = clamp(origin.likelihood);
            draft.impact = clamp(origin.impact);
            draft.residual_likelihood = draft.likelihood;
            draft.residual_impact = draft.impact;
        }
        Some(draft)
    }

    pub fn add_risk(
        &self,
        draft: RiskDraft,
        now: DateTime<Utc>,
    ) -> Result<(Plan, RiskId), PlanError> {
        check(draft.problems(self))?;
        if self.risks.len() >= MAX_ITEMS {
            return Err(PlanError::TooMany {
                kind: ItemKind::Risk,
                max: MAX_ITEMS,
            });
        }
        let mut id = RiskId(0);
        let plan = self.change(now, |plan| {
            id = RiskId(plan.alloc());
            plan.risks.push(draft.into_risk(id));
            Ok(())
        })?;
        Ok((plan, id))
    }

    pub fn update_risk(
        &self,
        id: RiskId,
        draft: RiskDraft,
        now: DateTime<Utc>,
    ) -> Result<Plan, PlanError> {
        check(draft.problems(self))?;
        self.change(now, |plan| {
            *plan.risk_mut(id)? = draft.into_risk(id);
            Ok(())
        })
    }

    pub fn remove_risk(&self, id: RiskId, now: DateTime<Utc>) -> Result<Plan, PlanError> {
        self.change(now, |plan| {
            plan.risk_mut(id)?;
            plan.risks.retain(|r| r.id != id);
            Ok(())
        })
    }

    /// Links a path to a risk, or unlinks it if already linked (a checkbox).
    pub fn toggle_path(
        &self,
        id: RiskId,
        path: PathKey,
        now: DateTime<Utc>,
    ) -> Result<Plan, PlanError> {
        self.change(now, |plan| {
            let risk = plan.risk_mut(id)?;
            if let Some(pos) = risk.linked_paths.iter().position(|p| *p == path) {
                risk.linked_paths.remove(pos);
            } else {
                risk.linked_paths.push(path);
            }
            Ok(())
        })
    }

    /// Risks by score after mitigation, highest first, then by score before; ties keep the
    /// order they were added. The register's default order: what still worries the team.
    pub fn risks_by_score(&self) -> Vec<&Risk> {
        let mut risks: Vec<&Risk> = self.risks.iter().collect();
        sorting::sort_by(&mut risks, |a, b| {
            (b.residual_score(), b.score())
                .cmp(&(a.residual_score(), a.score()))
                .then(a.id.cmp(&b.id))
        });
        risks
    }

    fn risk_mut(&mut self, id: RiskId) -> Result<&mut Risk, PlanError> {
        self.risks
            .iter_mut()
            .find(|r| r.id == id)
            .ok_or(PlanError::NotFound {
                kind: ItemKind::Risk,
                id: id.0,
            })
    }
}
