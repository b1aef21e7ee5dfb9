//! What the failure desk refuses, with a clear message in both languages.

use thiserror::Error;

use super::compensation::CompensationOption;
use crate::domain::calendar::CalendarError;
use crate::domain::error::DomainError;

/// The inputs of the failure desk that can be missing or too long.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ResponseField {
    WhatHappened,
    ToWhom,
    WhatWasSaid,
    StepText,
    ApprovedBy,
    FollowUpDescription,
    Note,
}

#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum ResponseError {
    #[error("{0:?} is required")]
    Required(ResponseField),
    #[error("{field:?} is longer than {max} characters")]
    TooLong { field: ResponseField, max: usize },
    #[error("{0:?} is not an amount in yuan")]
    BadAmount(String),
    #[error("the amount is larger than supported")]
    AmountTooLarge,
    #[error("the time lies in the future")]
    FutureTime,
    #[error("the client cannot have been told before the failure was discovered")]
    NotifiedBeforeDiscovery,
    #[error("the finish ({finish} working days) comes before the resubmission ({resubmit})")]
    EstimateOrder { resubmit: u32, finish: u32 },
    #[error("estimate longer than {max} working days")]
    EstimateTooLong { max: u32 },
    #[error("calendar: {0}")]
    Calendar(CalendarError),
    #[error("the failure is closed")]
    Closed,
    #[error("the failure is not closed")]
    NotClosed,
    #[error("the failure is archived")]
    Archived,
    #[error("the client has not been notified yet")]
    NotNotified,
    #[error("no remedy step {0}")]
    UnknownStep(u32),
    #[error("the failure belongs to another case")]
    CaseMismatch,
    #[error("case: {0}")]
    Case(DomainError),
    #[error("{0:?} is required when our side is responsible")]
    MissingRequired(CompensationOption),
    #[error("{0:?} is listed twice")]
    DuplicateOption(CompensationOption),
    #[error("{0:?} needs an amount")]
    ZeroAmount(CompensationOption),
    #[error("{option:?}: {amount} fen is above the cap of {cap} fen")]
    OverCap {
        option: CompensationOption,
        amount: u64,
        cap: u64,
    },
}

impl From<CalendarError> for ResponseError {
    fn from(err: CalendarError) -> Self {
        ResponseError::Calendar(err)
    }
}

impl From<DomainError> for ResponseError {
    fn from(err: DomainError) -> Self {
        ResponseError::Case(err)
    }
}
