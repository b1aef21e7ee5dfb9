//! Errors of catalog editing and validation, with bilingual messages for the editor.
//!
//! Every variant names the service (and the material or pitfall) it is about, so the custom-
//! service editor can say exactly which entry to fix.

use thiserror::Error;

use super::{FieldKind, MAX_KEY_LEN, MAX_WORKING_DAYS};
use crate::domain::lang::Lang;

/// What is wrong with a key (slug).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Error)]
pub enum KeyError {
    #[error("is empty")]
    Empty,
    #[error("is {len} characters long (at most {MAX_KEY_LEN})")]
    TooLong { len: usize },
    #[error("contains {ch:?}; only a-z, 0-9 and _ are allowed")]
    InvalidChar { ch: char },
}

#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum CatalogError {
    #[error("service key `{}` {problem}", short(.key))]
    InvalidServiceKey { key: String, problem: KeyError },
    #[error("service `{}`: the Chinese name is empty", short(.service))]
    MissingName { service: String },
    #[error("service `{}`: no department is listed", short(.service))]
    MissingDepartment { service: String },
    #[error("service `{}`: department no. {} has no Chinese name", short(.service), .index + 1)]
    EmptyDepartmentName { service: String, index: usize },
    #[error("service `{}`: typical duration {days} working days is outside 1..={MAX_WORKING_DAYS}", short(.service))]
    WorkingDaysOutOfRange { service: String, days: u32 },
    #[error("service `{}`: no material is marked as required", short(.service))]
    MissingRequiredMaterial { service: String },
    #[error("service `{}`: material key `{}` {problem}", short(.service), short(.key))]
    InvalidMaterialKey {
        service: String,
        key: String,
        problem: KeyError,
    },
    #[error("service `{}`, material `{}`: the Chinese name is empty", short(.service), short(.material))]
    MissingMaterialName { service: String, material: String },
    #[error("service `{}`: material key `{}` is used more than once", short(.service), short(.material))]
    DuplicateMaterial { service: String, material: String },
    #[error("service `{}`, material `{}`: field \"{}\" is listed more than once", short(.service), short(.material), .field.label(Lang::En))]
    DuplicateField {
        service: String,
        material: String,
        field: FieldKind,
    },
    #[error("service `{}`: pitfall key `{}` {problem}", short(.service), short(.key))]
    InvalidPitfallKey {
        service: String,
        key: String,
        problem: KeyError,
    },
    #[error("service `{}`: pitfall key `{}` is used more than once", short(.service), short(.pitfall))]
    DuplicatePitfall { service: String, pitfall: String },
    #[error("service `{}`, pitfall `{}`: the Chinese description is empty", short(.service), short(.pitfall))]
    MissingPitfallText { service: String, pitfall: String },
    #[error("service `{}`, pitfall `{}`: the Chinese fix is empty", short(.service), short(.pitfall))]
    MissingPitfallFix { service: String, pitfall: String },
    #[error("service `{}`, pitfall `{}`: fix duration {days} working days exceeds {MAX_WORKING_DAYS}", short(.service), short(.pitfall))]
    FixDaysOutOfRange {
        service: String,
        pitfall: String,
        days: u32,
    },
    #[error("service `{}`, pitfall `{}`: unknown precheck rule `{}`", short(.service), short(.pitfall), short(.rule))]
    UnknownRule {
        service: String,
        pitfall: String,
        rule: String,
    },
    #[error("service key `{}` belongs to a built-in service; choose another key", short(.service))]
    BuiltinKey { service: String },
    #[error("service `{}` is built in and cannot be changed or removed", short(.service))]
    BuiltinReadOnly { service: String },
    #[error("service `{}` is not in the catalog", short(.service))]
    NotFound { service: String },
    #[error("service key `{}` is used by more than one service", short(.service))]
    DuplicateService { service: String },
}

/// At most 40 characters of a user-typed key, with an ellipsis when cut.
pub(crate) fn short(text: &str) -> String {
    const LIMIT: usize = 40;
    match text.char_indices().nth(LIMIT) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_owned(),
    }
}
