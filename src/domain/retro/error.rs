//! What the retrospective refuses, with a clear message in both languages.

use thiserror::Error;

use crate::domain::calendar::CalendarError;

/// The retrospective's inputs that can be missing, too long or too many.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RetroField {
    Reflection,
    Question,
    Answer,
    Factor,
    ActionText,
    Owner,
    Reason,
    LinkTarget,
    Notes,
}

#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum RetroError {
    #[error("{0:?} is required")]
    Required(RetroField),
    #[error("{field:?} is longer than {max} characters")]
    TooLong { field: RetroField, max: usize },
    #[error("more than {max} entries in {field:?}")]
    TooMany { field: RetroField, max: usize },
    #[error("working days must be from 1 to {max}")]
    WorkingDaysOutOfRange { max: u32 },
    #[error("no action item {0}")]
    UnknownAction(u32),
    #[error("the same link is listed twice")]
    DuplicateLink,
    #[error("calendar: {0}")]
    Calendar(CalendarError),
    #[error("the retrospective is archived")]
    Archived,
    #[error("the retrospective belongs to another case")]
    CaseMismatch,
}

impl From<CalendarError> for RetroError {
    fn from(err: CalendarError) -> Self {
        RetroError::Calendar(err)
    }
}
