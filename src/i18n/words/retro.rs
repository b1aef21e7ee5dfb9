//! `retro` errors and field labels in words: exhaustive matches over the domain's typed
//! values, chosen at render time in the current language.

use crate::domain::lang::{pick, Lang};
use crate::domain::retro::*;
use crate::i18n::{field_problem, FieldProblem};

impl RetroField {
    pub fn label(self, lang: Lang) -> &'static str {
        let (zh, en) = match self {
            RetroField::Reflection => ("复盘要点", "Reflection"),
            RetroField::Question => ("为什么", "Why"),
            RetroField::Answer => ("因为", "Because"),
            RetroField::Factor => ("影响因素", "Contributing factor"),
            RetroField::ActionText => ("改进事项", "Action item"),
            RetroField::Owner => ("负责人", "Owner"),
            RetroField::Reason => ("不做的理由", "Reason for not doing it"),
            RetroField::LinkTarget => ("关联对象", "Linked item"),
            RetroField::Notes => ("备注", "Notes"),
        };
        match lang {
            Lang::Zh => zh,
            Lang::En => en,
        }
    }
}

impl RetroError {
    /// A message for staff, in the UI language.
    pub fn message(&self, lang: Lang) -> String {
        use RetroError as E;
        match self {
            E::Required(RetroField::Reason) => pick(
                lang,
                "标记为“不做”时，请写明理由，方便以后回看。".into(),
                "Say why it will not be done, so the decision can be revisited later.".into(),
            ),
            E::Required(f) => field_problem(FieldProblem::Required, |l| f.label(l), lang),
            E::TooLong { field, max } => {
                field_problem(FieldProblem::TooLong(*max), |l| field.label(l), lang)
            }
            E::TooMany { field, max } => {
                field_problem(FieldProblem::TooMany(*max), |l| field.label(l), lang)
            }
            E::WorkingDaysOutOfRange { max } => pick(
                lang,
                format!("期限须是 1 到 {max} 个工作日。"),
                format!("The deadline must be 1 to {max} working days."),
            ),
            E::UnknownAction(id) => pick(
                lang,
                format!("找不到第 {id} 号改进事项，可能已被删除。"),
                format!("Action item {id} no longer exists."),
            ),
            E::DuplicateLink => pick(
                lang,
                "同一个关联对象重复添加了。".into(),
                "The same link is listed twice.".into(),
            ),
            E::Calendar(err) => err.message(lang),
            E::Archived => pick(
                lang,
                "这份复盘已归档，请先恢复。".into(),
                "This retrospective is archived; restore it first.".into(),
            ),
            E::CaseMismatch => pick(
                lang,
                "这份复盘不属于当前案件。".into(),
                "This retrospective belongs to another case.".into(),
            ),
        }
    }
}
