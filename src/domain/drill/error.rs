//! Errors of running and editing drills, with clear messages in both languages.

use thiserror::Error;

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
pub(crate) fn short(text: &str) -> String {
    const LIMIT: usize = 40;
    match text.char_indices().nth(LIMIT) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_owned(),
    }
}
