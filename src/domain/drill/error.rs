//! Errors of running and editing drills, with clear messages in both languages.

use thiserror::Error;

use crate::domain::lang::Lang;

/// Longest accepted key (scenario key, step id, fact key), in characters.
pub const MAX_KEY_LEN: usize = 64;

/// What the engine, replay and run records refuse.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum DrillError {
    #[error("step `{}` does not exist in this scenario", short(.step))]
    UnknownStep { step: String },
    #[error("step `{}` has no choice no. {}", short(.step), .index + 1)]
    NoSuchChoice { step: String, index: usize },
    #[error("the run has already ended")]
    Finished,
    #[error("the run has not ended yet")]
    NotFinished,
    #[error("inject no. {} does not exist", .index + 1)]
    UnknownInject { index: usize },
    #[error("inject no. {} has already been delivered", .index + 1)]
    InjectAlreadyDelivered { index: usize },
    #[error("decision no. {} no longer fits the scenario (it was changed after the run)", .index + 1)]
    ReplayMismatch { index: usize },
    #[error("the record belongs to scenario `{}`, not `{}`", short(.found), short(.expected))]
    WrongScenario { expected: String, found: String },
}

impl DrillError {
    pub fn message(&self, lang: Lang) -> String {
        if lang == Lang::En {
            return self.to_string();
        }
        match self {
            DrillError::UnknownStep { step } => format!("场景中没有步骤「{}」", short(step)),
            DrillError::NoSuchChoice { step, index } => {
                format!("步骤「{}」没有第 {} 个选项", short(step), index + 1)
            }
            DrillError::Finished => "本次演练已经结束".to_owned(),
            DrillError::NotFinished => "本次演练还没有结束".to_owned(),
            DrillError::UnknownInject { index } => format!("不存在第 {} 个突发事件", index + 1),
            DrillError::InjectAlreadyDelivered { index } => {
                format!("第 {} 个突发事件已经发生过了", index + 1)
            }
            DrillError::ReplayMismatch { index } => format!(
                "第 {} 个决定与场景对不上(场景在演练之后被修改过)",
                index + 1
            ),
            DrillError::WrongScenario { expected, found } => format!(
                "这条记录属于场景「{}」,不是「{}」",
                short(found),
                short(expected)
            ),
        }
    }
}

/// What is wrong with a key.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Error)]
pub enum KeyProblem {
    #[error("is empty")]
    Empty,
    #[error("is longer than {MAX_KEY_LEN} characters")]
    TooLong,
    #[error("contains {0:?}; only a-z, 0-9 and _ are allowed")]
    InvalidChar(char),
}

impl KeyProblem {
    pub fn message(&self, lang: Lang) -> String {
        match (lang, self) {
            (Lang::Zh, KeyProblem::Empty) => "为空".to_owned(),
            (Lang::Zh, KeyProblem::TooLong) => format!("超过 {MAX_KEY_LEN} 个字符"),
            (Lang::Zh, KeyProblem::InvalidChar(c)) => {
                format!("含有字符 {c:?},只能使用小写字母 a-z、数字 0-9 和下划线 _")
            }
            (Lang::En, _) => self.to_string(),
        }
    }
}

/// Checks a slug: non-empty, `a-z`, `0-9`, `_`, at most [`MAX_KEY_LEN`] characters.
pub fn check_key(key: &str) -> Result<(), KeyProblem> {
    if key.is_empty() {
        return Err(KeyProblem::Empty);
    }
    if let Some(c) = key
        .chars()
        .find(|c| !(c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '_'))
    {
        return Err(KeyProblem::InvalidChar(c));
    }
    if key.len() > MAX_KEY_LEN {
        return Err(KeyProblem::TooLong);
    }
    Ok(())
}

/// At most 40 characters of a user-typed text, with an ellipsis when cut.
pub(super) fn short(text: &str) -> String {
    const LIMIT: usize = 40;
    match text.char_indices().nth(LIMIT) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_owned(),
    }
}
