//! What the plan and warning functions refuse, with a message for staff in either language.
//! Form problems name their field ([`PlanField`]) so the UI can show each one in place.

use thiserror::Error;

use crate::domain::calendar::CalendarError;

/// A field of one of the plan's forms (cause, risk, task, contact, warning, settings).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PlanField {
    CauseText,
    CauseAuthor,
    RiskTitle,
    RiskEarlySign,
    RiskMitigation,
    Likelihood,
    Impact,
    ResidualLikelihood,
    ResidualImpact,
    RemainingWorkDays,
    FromCause,
    PathCost,
    TaskText,
    ContactDepartment,
    ContactName,
    ContactPhone,
    ContactNote,
    WarningTitle,
    WarningStart,
    WarningEnd,
    WarningRegion,
    WarningDepartment,
    WarningSource,
    WarningNote,
    WarningEffect,
    AgencyName,
    MaterialsDue,
    SubmitWithinDays,
    ExpediteFee,
    CompensationCap,
    ClauseBody,
    NotifyWithinHours,
    ReportTime,
    ContactPerson,
    Channel,
    TemplateBody,
}

/// What is wrong with a field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProblemKind {
    Required,
    TooLong {
        max: usize,
    },
    OutOfRange {
        min: u64,
        max: u64,
    },
    /// The score after mitigation is higher than before: mitigation cannot add risk.
    ResidualAboveInherent,
    EndBeforeStart,
    BadDate,
    BadTime,
    /// Points at an item that does not exist in the plan.
    Unknown,
}

/// One problem with one field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Problem {
    pub field: PlanField,
    pub kind: ProblemKind,
}

impl Problem {
    pub fn new(field: PlanField, kind: ProblemKind) -> Self {
        Problem { field, kind }
    }
}

/// The kinds of item a plan holds, for "not found" and "too many" errors.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ItemKind {
    Cause,
    Risk,
    Task,
    Contact,
}

/// Errors of the contingency plan and the warning library.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum PlanError {
    #[error("the form has {} problem(s)", .0.len())]
    Invalid(Vec<Problem>),
    #[error("{kind:?} {id} not found")]
    NotFound { kind: ItemKind, id: u32 },
    #[error("at most {max} items of kind {kind:?}")]
    TooMany { kind: ItemKind, max: usize },
    #[error("a cause cannot be merged into itself or into a merged cause")]
    BadMerge,
    #[error("the plan is archived")]
    Archived,
    #[error("calendar: {0}")]
    Calendar(#[from] CalendarError),
}

impl PlanError {
    /// The form problems, if this is a validation error (empty otherwise).
    pub fn problems(&self) -> &[Problem] {
        match self {
            PlanError::Invalid(p) => p,
            _ => &[],
        }
    }
}

/// Collects problems and turns them into an error when there are any.
pub(super) fn check(problems: Vec<Problem>) -> Result<(), PlanError> {
    if problems.is_empty() {
        Ok(())
    } else {
        Err(PlanError::Invalid(problems))
    }
}
