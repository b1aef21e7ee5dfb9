//! Cause categories: the five buckets a contributing factor (and a pre-mortem risk) falls in.

use serde::{Deserialize, Serialize};

use crate::domain::response::FailureKind;

/// The contingency workshop groups its worst cases by the same five categories, with the
/// same keys, so a plan's risks and a retrospective's factors can be compared.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CauseCategory {
    Materials,
    Process,
    External,
    Communication,
    #[serde(rename = "staffing")]
    StaffingTraining,
}

impl CauseCategory {
    pub const ALL: [CauseCategory; 5] = [
        CauseCategory::Materials,
        CauseCategory::Process,
        CauseCategory::External,
        CauseCategory::Communication,
        CauseCategory::StaffingTraining,
    ];

    pub fn key(self) -> &'static str {
        match self {
            CauseCategory::Materials => "materials",
            CauseCategory::Process => "process",
            CauseCategory::External => "external",
            CauseCategory::Communication => "communication",
            CauseCategory::StaffingTraining => "staffing",
        }
    }

    pub fn from_key(key: &str) -> Option<CauseCategory> {
        CauseCategory::ALL.into_iter().find(|c| c.key() == key)
    }
}

/// The category a failure kind most likely belongs to (staff can pick another for each
/// factor; this is the default and what the pre-mortem match uses).
pub fn category_of(kind: FailureKind) -> CauseCategory {
    match kind {
        FailureKind::MaterialDefect | FailureKind::ClientDelay => CauseCategory::Materials,
        FailureKind::DepartmentRejection | FailureKind::AgencyError => CauseCategory::Process,
        FailureKind::SystemOutage | FailureKind::PolicyChange | FailureKind::BankThirdParty => {
            CauseCategory::External
        }
    }
}

/// One contributing factor.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Factor {
    pub text: String,
    pub category: CauseCategory,
}
