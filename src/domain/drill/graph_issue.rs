//! What the scenario check finds, where it is, and how to say it in both languages.

use serde::{Deserialize, Serialize};

use super::error::{short, KeyProblem, MAX_KEY_LEN};
use super::scenario::{tr, StepId};
use crate::domain::lang::Lang;

/// Where an issue sits, so the editor can highlight it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum IssueAt {
    Scenario,
    Step { step: StepId },
    Choice { step: StepId, choice: usize },
    Inject { inject: usize },
    Fact { fact: usize },
}

impl IssueAt {
    pub(crate) fn describe(&self, lang: Lang) -> String {
        match (lang, self) {
            (Lang::Zh, IssueAt::Scenario) => "场景".to_owned(),
            (Lang::En, IssueAt::Scenario) => "the scenario".to_owned(),
            (Lang::Zh, IssueAt::Step { step }) => format!("步骤「{}」", short(step)),
            (Lang::En, IssueAt::Step { step }) => format!("step `{}`", short(step)),
            (Lang::Zh, IssueAt::Choice { step, choice }) => {
                format!("步骤「{}」的第 {} 个选项", short(step), choice + 1)
            }
            (Lang::En, IssueAt::Choice { step, choice }) => {
                format!("choice {} of step `{}`", choice + 1, short(step))
            }
            (Lang::Zh, IssueAt::Inject { inject }) => format!("第 {} 个突发事件", inject + 1),
            (Lang::En, IssueAt::Inject { inject }) => format!("inject {}", inject + 1),
            (Lang::Zh, IssueAt::Fact { fact }) => format!("第 {} 条信息", fact + 1),
            (Lang::En, IssueAt::Fact { fact }) => format!("fact {}", fact + 1),
        }
    }
}

/// A text field that must not be empty (in Chinese) or too long.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TextField {
    Title,
    Briefing,
    Situation,
    ChoiceText,
    Feedback,
    InjectText,
    FactText,
    HardDateLabel,
}

/// A number with a bounded range.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ValueField {
    Difficulty,
    PassMark,
    CostMinutes,
    Mood,
    SlackDays,
    Money,
    Score,
    InjectMinute,
    Chance,
    HardDate,
}

/// A problem the scenario check found. All are errors except [`GraphIssue::is_error`] says.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "issue")]
pub enum GraphIssue {
    InvalidScenarioKey {
        problem: KeyProblemKind,
    },
    InvalidServiceKey {
        problem: KeyProblemKind,
    },
    NoSteps,
    TooMany {
        what: Counted,
        count: usize,
        max: usize,
    },
    InvalidStepId {
        step: StepId,
        problem: KeyProblemKind,
    },
    DuplicateStepId {
        step: StepId,
    },
    MissingStart {
        start: StepId,
    },
    /// The start step is an ending, so a run has nothing to decide.
    StartIsEnding {
        start: StepId,
    },
    NoEnding,
    Unreachable {
        step: StepId,
    },
    DeadEnd {
        step: StepId,
    },
    EndingWithChoices {
        step: StepId,
    },
    MissingTarget {
        step: StepId,
        choice: usize,
        target: StepId,
    },
    InjectMissingTarget {
        inject: usize,
        target: StepId,
    },
    InjectGotoEnding {
        inject: usize,
        target: StepId,
    },
    CycleWithoutExit {
        steps: Vec<StepId>,
    },
    EmptyText {
        at: IssueAt,
        field: TextField,
    },
    TextTooLong {
        at: IssueAt,
        field: TextField,
        chars: usize,
        max: usize,
    },
    TimeLimitOutOfRange {
        step: StepId,
        secs: u32,
        min: u32,
        max: u32,
    },
    DefaultChoiceOutOfRange {
        step: StepId,
        index: usize,
    },
    ValueOutOfRange {
        at: IssueAt,
        field: ValueField,
        value: i64,
        min: i64,
        max: i64,
    },
    InvalidFactKey {
        fact: usize,
        problem: KeyProblemKind,
    },
    DuplicateFact {
        key: String,
    },
    UnknownFact {
        at: IssueAt,
        key: String,
    },
}

/// [`KeyProblem`] in a serialisable form (issues travel in UI state).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum KeyProblemKind {
    Empty,
    TooLong,
    InvalidChar,
}

impl From<KeyProblem> for KeyProblemKind {
    fn from(p: KeyProblem) -> Self {
        match p {
            KeyProblem::Empty => KeyProblemKind::Empty,
            KeyProblem::TooLong => KeyProblemKind::TooLong,
            KeyProblem::InvalidChar(_) => KeyProblemKind::InvalidChar,
        }
    }
}

impl KeyProblemKind {
    pub(crate) fn message(self, lang: Lang) -> String {
        match (lang, self) {
            (Lang::Zh, KeyProblemKind::Empty) => "为空".to_owned(),
            (Lang::En, KeyProblemKind::Empty) => "is empty".to_owned(),
            (Lang::Zh, KeyProblemKind::TooLong) => format!("太长(最多 {MAX_KEY_LEN} 个字符)"),
            (Lang::En, KeyProblemKind::TooLong) => {
                format!("is too long (at most {MAX_KEY_LEN} characters)")
            }
            (Lang::Zh, KeyProblemKind::InvalidChar) => {
                "只能使用小写字母 a-z、数字 0-9 和下划线 _".to_owned()
            }
            (Lang::En, KeyProblemKind::InvalidChar) => "may only use a-z, 0-9 and _".to_owned(),
        }
    }
}

/// What a [`GraphIssue::TooMany`] counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Counted {
    Steps,
    Choices,
    Injects,
    Facts,
    Goals,
}

impl Counted {
    pub(crate) fn label(self, lang: Lang) -> &'static str {
        match self {
            Counted::Steps => tr(lang, "步骤", "steps"),
            Counted::Choices => tr(lang, "选项", "choices in one step"),
            Counted::Injects => tr(lang, "突发事件", "injects"),
            Counted::Facts => tr(lang, "信息", "facts"),
            Counted::Goals => tr(lang, "训练目标", "learning goals"),
        }
    }
}

impl GraphIssue {
    /// Whether the issue makes the scenario unplayable; the rest are warnings.
    pub fn is_error(&self) -> bool {
        !matches!(self, GraphIssue::EndingWithChoices { .. })
    }

    /// Where the issue sits.
    pub fn at(&self) -> IssueAt {
        use GraphIssue as G;
        let step = |s: &StepId| IssueAt::Step { step: s.clone() };
        match self {
            G::InvalidStepId { step: s, .. }
            | G::DuplicateStepId { step: s }
            | G::Unreachable { step: s }
            | G::DeadEnd { step: s }
            | G::EndingWithChoices { step: s }
            | G::TimeLimitOutOfRange { step: s, .. }
            | G::DefaultChoiceOutOfRange { step: s, .. } => step(s),
            G::MissingStart { .. } | G::StartIsEnding { .. } => IssueAt::Scenario,
            G::CycleWithoutExit { steps } => steps.first().map_or(IssueAt::Scenario, step),
            G::MissingTarget {
                step: s, choice, ..
            } => IssueAt::Choice {
                step: s.clone(),
                choice: *choice,
            },
            G::InjectMissingTarget { inject, .. } | G::InjectGotoEnding { inject, .. } => {
                IssueAt::Inject { inject: *inject }
            }
            G::EmptyText { at, .. }
            | G::TextTooLong { at, .. }
            | G::ValueOutOfRange { at, .. }
            | G::UnknownFact { at, .. } => at.clone(),
            G::InvalidFactKey { fact, .. } => IssueAt::Fact { fact: *fact },
            G::InvalidScenarioKey { .. }
            | G::InvalidServiceKey { .. }
            | G::NoSteps
            | G::TooMany { .. }
            | G::NoEnding
            | G::DuplicateFact { .. } => IssueAt::Scenario,
        }
    }
}

pub(crate) fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
