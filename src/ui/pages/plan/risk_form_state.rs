//! What the risk form holds while someone types, and how it becomes a saved risk.

use chrono::{DateTime, Utc};

use crate::domain::case::Team;
use crate::domain::plan::{
    revise, CauseCategory, PathKey, Plan, PlanError, PlanField, Problem, ProblemKind, RiskDraft,
    RiskId, Role, MAX_REMAINING_WORK_DAYS,
};
use crate::i18n::{t, Lang, PlanK};

use super::shared::scale_options;

/// `(value, label)` pairs of a select.
pub type Options = Vec<(yew::AttrValue, yew::AttrValue)>;

pub fn likelihood_options(lang: Lang) -> Options {
    let k = [PlanK::L1, PlanK::L2, PlanK::L3, PlanK::L4, PlanK::L5];
    scale_options(k.map(|k| t(lang, k)))
}

pub fn impact_options(lang: Lang) -> Options {
    let k = [PlanK::I1, PlanK::I2, PlanK::I3, PlanK::I4, PlanK::I5];
    scale_options(k.map(|k| t(lang, k)))
}

pub fn category_options(lang: Lang) -> Options {
    CauseCategory::ALL
        .iter()
        .map(|c| (c.key().into(), c.label(lang).into()))
        .collect()
}

/// Roles with the case's person in each, so the owner is picked by name.
pub fn owner_options(team: &Team, lang: Lang) -> Options {
    Role::ALL
        .iter()
        .map(|r| {
            let person = r.person(team).trim();
            let label = if person.is_empty() {
                r.label(lang).to_string()
            } else {
                format!("{} · {person}", r.label(lang))
            };
            (r.key().into(), label.into())
        })
        .collect()
}

/// The form's fields.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum F {
    Title,
    Category,
    Likelihood,
    Impact,
    EarlySign,
    Owner,
    Mitigation,
    ResL,
    ResI,
    Remaining,
}

/// The draft plus the texts as shown (the draft's texts keep both languages until edited).
#[derive(Clone, Debug, PartialEq)]
pub struct Form {
    pub draft: RiskDraft,
    pub title: String,
    pub early: String,
    pub mitigation: String,
    pub remaining: String,
}

impl Form {
    pub fn new(draft: RiskDraft, lang: Lang) -> Form {
        Form {
            title: draft.title.get(lang).to_string(),
            early: draft.early_sign.get(lang).to_string(),
            mitigation: draft.mitigation.get(lang).to_string(),
            remaining: draft.remaining_work_days.to_string(),
            draft,
        }
    }

    /// The form after one field changed.
    pub fn with(&self, field: F, value: String) -> Form {
        let mut f = self.clone();
        let n = value.parse::<u8>().unwrap_or(0);
        let d = &mut f.draft;
        match field {
            F::Title => f.title = value,
            F::EarlySign => f.early = value,
            F::Mitigation => f.mitigation = value,
            F::Remaining => f.remaining = value,
            F::Category => d.category = CauseCategory::from_key(&value).unwrap_or(d.category),
            F::Owner => d.owner = Role::from_key(&value).unwrap_or(d.owner),
            F::Likelihood => d.likelihood = n,
            F::Impact => d.impact = n,
            F::ResL => d.residual_likelihood = n,
            F::ResI => d.residual_impact = n,
        }
        f
    }

    /// The form with a path linked or unlinked.
    pub fn toggled(&self, path: PathKey) -> Form {
        let mut f = self.clone();
        let paths = &mut f.draft.linked_paths;
        match paths.iter().position(|p| *p == path) {
            Some(i) => {
                paths.remove(i);
            }
            None => paths.push(path),
        }
        f
    }

    /// The plan with the risk added (`editing` is `None`) or updated.
    pub fn save(
        &self,
        plan: &Plan,
        editing: Option<RiskId>,
        lang: Lang,
        now: DateTime<Utc>,
    ) -> Result<Plan, PlanError> {
        let mut draft = self.draft.clone();
        draft.title = revise(&draft.title, lang, &self.title);
        draft.early_sign = revise(&draft.early_sign, lang, &self.early);
        draft.mitigation = revise(&draft.mitigation, lang, &self.mitigation);
        draft.remaining_work_days = self.remaining.trim().parse::<u32>().map_err(|_| {
            PlanError::Invalid(vec![Problem::new(
                PlanField::RemainingWorkDays,
                ProblemKind::OutOfRange {
                    min: 0,
                    max: u64::from(MAX_REMAINING_WORK_DAYS),
                },
            )])
        })?;
        match editing {
            Some(id) => plan.update_risk(id, draft, now),
            None => plan.add_risk(draft, now).map(|(p, _)| p),
        }
    }
}
