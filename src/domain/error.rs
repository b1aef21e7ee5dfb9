//! The domain layer's error: what a pure domain function refuses, with the details the UI needs
//! to explain it in the user's language (see `i18n::describe`).

use thiserror::Error;

use super::case::{FieldError, Status};

#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum DomainError {
    #[error("the form has {} problem(s)", .0.len())]
    Invalid(Vec<FieldError>),
    #[error("a case cannot move from {from:?} to {to:?}")]
    IllegalTransition { from: Status, to: Status },
    #[error("the case is archived; restore it first")]
    Archived,
    #[error("the case is not archived")]
    NotArchived,
    /// 失败 is reached only by raising a failure, so its notification clock starts.
    #[error("a case becomes failed only by raising a failure")]
    FailThroughFailureDesk,
}
