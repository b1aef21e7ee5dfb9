//! What a precheck edit, signature or feasibility computation refuses, with a clear message in
//! both languages.

use thiserror::Error;

use super::signoff::SignLevel;
use crate::domain::calendar::CalendarError;
use crate::domain::catalog::FieldKind;

#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum PrecheckError {
    #[error("the precheck is archived")]
    Archived,
    #[error("no material `{key}` in this precheck")]
    UnknownMaterial { key: String },
    #[error("material `{material}` has no item {item} (it has {len})")]
    ItemOutOfRange {
        material: String,
        item: usize,
        len: usize,
    },
    #[error("material `{material}` has no field {field:?}")]
    FieldNotOnMaterial { material: String, field: FieldKind },
    #[error("the value has {len} characters; at most {max} are accepted")]
    ValueTooLong { len: usize, max: usize },
    #[error("material `{material}` is a single document; it cannot hold several items")]
    NotRepeated { material: String },
    #[error("material `{material}` must keep at least one item")]
    LastItem { material: String },
    #[error("material `{material}` already has the maximum of {max} items")]
    TooManyItems { material: String, max: usize },
    #[error("the precheck already has the maximum of {max} materials")]
    TooManyMaterials { max: usize },
    #[error("material `{material}` comes from the catalog and cannot be removed")]
    NotCustom { material: String },
    #[error("the material title is empty")]
    EmptyTitle,
    #[error("the {what} is longer than {max} characters")]
    TooLong { what: &'static str, max: usize },
    #[error("the pitfall key is empty or too long")]
    BadPitfallKey,
    #[error("the signer's name is empty")]
    EmptySignerName,
    #[error("the {expected:?} level must sign first, not {got:?}")]
    WrongOrder { expected: SignLevel, got: SignLevel },
    #[error("the {level:?} level has already signed")]
    AlreadySigned { level: SignLevel },
    #[error("{blockers} blocker(s) are open; an override reason is required")]
    OverrideRequired { blockers: usize },
    #[error("{name} already signed the {level:?} level")]
    SameSigner { name: String, level: SignLevel },
    #[error("calendar: {0}")]
    Calendar(CalendarError),
}

impl From<CalendarError> for PrecheckError {
    fn from(e: CalendarError) -> Self {
        PrecheckError::Calendar(e)
    }
}
