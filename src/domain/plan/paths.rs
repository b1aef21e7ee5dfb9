//! The alternative-path library (替代方案) and each linked path's decide-by date.
//!
//! Decide-by: the last working day at whose end the team can still switch to a path and meet
//! the hard date. Switching costs the path's working days, then the risk's remaining ordinary
//! work follows; work may finish on the hard date itself (the licence collected on the morning
//! of the signing). If the hard date is not a working day, the last working day before it is
//! the real finish line. So `decide_by = last working day on or before the hard date`, minus
//! `cost + remaining` working days.

use crate::domain::sorting;
use std::collections::BTreeSet;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::error::{check, Problem, ProblemKind};
use super::library::pattern;
use super::risks::{Band, MAX_REMAINING_WORK_DAYS};
use super::{Plan, PlanError, PlanField, RiskId};
use crate::domain::calendar::Calendar;
use crate::domain::case::Case;
use crate::domain::catalog::{L10n, Source};
use crate::domain::lang::Lang;

/// The built-in alternative paths.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PathKey {
    ElectronicForPaper,
    SupplementaryForCore,
    OnlineForOffline,
    /// 容缺受理
    AcceptMissingLater,
    /// 并联办理
    ParallelProcessing,
    BackupBank,
    RemoteVideoVerification,
    PowerOfAttorney,
    LicenceFirstBankLater,
    /// Priority review asked with a 情况说明.
    PriorityReview,
}

impl PathKey {
    pub const ALL: [PathKey; 10] = [
        PathKey::ElectronicForPaper,
        PathKey::SupplementaryForCore,
        PathKey::OnlineForOffline,
        PathKey::AcceptMissingLater,
        PathKey::ParallelProcessing,
        PathKey::BackupBank,
        PathKey::RemoteVideoVerification,
        PathKey::PowerOfAttorney,
        PathKey::LicenceFirstBankLater,
        PathKey::PriorityReview,
    ];

    /// The serde name, for `<select>` values and test ids.
    pub fn key(self) -> &'static str {
        match self {
            PathKey::ElectronicForPaper => "electronic_for_paper",
            PathKey::SupplementaryForCore => "supplementary_for_core",
            PathKey::OnlineForOffline => "online_for_offline",
            PathKey::AcceptMissingLater => "accept_missing_later",
            PathKey::ParallelProcessing => "parallel_processing",
            PathKey::BackupBank => "backup_bank",
            PathKey::RemoteVideoVerification => "remote_video_verification",
            PathKey::PowerOfAttorney => "power_of_attorney",
            PathKey::LicenceFirstBankLater => "licence_first_bank_later",
            PathKey::PriorityReview => "priority_review",
        }
    }

    pub fn from_key(key: &str) -> Option<PathKey> {
        PathKey::ALL.into_iter().find(|p| p.key() == key)
    }

    /// Short name in `lang`.
    pub fn name(self, lang: Lang) -> String {
        self.pattern().name.get(lang).to_string()
    }

    /// The library entry.
    pub fn pattern(self) -> PathPattern {
        pattern(self)
    }
}

/// Someone whose agreement a path needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Party {
    Client,
    LegalRep,
    /// The handling department (registry, tax bureau, customs…).
    Department,
    Bank,
}

/// One alternative path.
#[derive(Clone, Debug, PartialEq)]
pub struct PathPattern {
    pub key: PathKey,
    pub name: L10n,
    pub when_applies: L10n,
    pub needs: Vec<L10n>,
    /// Working days the switch itself takes (0: same day). A plan may override it.
    pub cost_working_days: u32,
    pub who_must_agree: Vec<Party>,
    /// Article: used in a documented case; practice: check locally first.
    pub source: Source,
}

/// The whole library, in display order.
pub fn path_library() -> Vec<PathPattern> {
    PathKey::ALL.into_iter().map(pattern).collect()
}

/// A plan's local cost for a path (what the local office actually takes).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PathCost {
    pub path: PathKey,
    pub working_days: u32,
}

impl Plan {
    /// The path's cost for this case: the plan's override, else the library's.
    pub fn path_cost(&self, path: PathKey) -> u32 {
        self.path_costs
            .iter()
            .find(|c| c.path == path)
            .map_or_else(|| pattern(path).cost_working_days, |c| c.working_days)
    }

    /// Sets (`Some`) or clears (`None`) the plan's own cost for a path.
    pub fn set_path_cost(
        &self,
        path: PathKey,
        working_days: Option<u32>,
        now: DateTime<Utc>,
    ) -> Result<Plan, PlanError> {
        if working_days.is_some_and(|d| d > MAX_REMAINING_WORK_DAYS) {
            check(vec![Problem::new(
                PlanField::PathCost,
                ProblemKind::OutOfRange {
                    min: 0,
                    max: u64::from(MAX_REMAINING_WORK_DAYS),
                },
            )])?;
        }
        self.change(now, |plan| {
            plan.path_costs.retain(|c| c.path != path);
            if let Some(working_days) = working_days {
                plan.path_costs.push(PathCost { path, working_days });
            }
            Ok(())
        })
    }
}

/// Where a decide-by date stands relative to today.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DecideState {
    /// The last day to switch is over: this path can no longer save the hard date.
    Passed,
    /// Decide today, before the end of the working day.
    Today,
    Upcoming,
}

impl DecideState {
    pub fn key(self) -> &'static str {
        match self {
            DecideState::Passed => "passed",
            DecideState::Today => "today",
            DecideState::Upcoming => "upcoming",
        }
    }
}

/// A decide-by date with its flags.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DecideBy {
    pub date: NaiveDate,
    pub state: DecideState,
    /// Working days from today to the date: positive ahead, 0 today, negative once passed.
    pub working_days_left: i64,
    /// The date falls before the case even started: the path never fitted this schedule.
    pub before_start: bool,
    /// Years without holiday data that the computation crossed: the date is a guess.
    pub uncovered_years: BTreeSet<i32>,
}

/// The decide-by date of a path costing `cost` working days followed by `remaining` working
/// days of ordinary work, for a case running `start_date..=hard_date`.
pub fn decide_by(
    cal: &Calendar,
    hard_date: NaiveDate,
    start_date: NaiveDate,
    cost: u32,
    remaining: u32,
    today: NaiveDate,
) -> Result<DecideBy, PlanError> {
    let finish = cal.last_working_day_on_or_before(hard_date)?;
    let total = cost.saturating_add(remaining);
    let date = cal.subtract_working_days(finish.value, total)?;
    let left = cal.working_days_between(today, date.value)?;
    let mut uncovered_years = finish.uncovered_years;
    uncovered_years.extend(date.uncovered_years);
    uncovered_years.extend(left.uncovered_years);
    let state = match today.cmp(&date.value) {
        std::cmp::Ordering::Greater => DecideState::Passed,
        std::cmp::Ordering::Equal => DecideState::Today,
        std::cmp::Ordering::Less => DecideState::Upcoming,
    };
    Ok(DecideBy {
        date: date.value,
        state,
        working_days_left: left.value,
        before_start: date.value < start_date,
        uncovered_years,
    })
}

/// What the decide-by dates count as the ordinary work still to do after a switch.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum TimelineBasis {
    /// Each risk's own estimate of the work left (the case has no precheck yet).
    #[default]
    RiskEstimates,
    /// The precheck's feasibility: the critical chain of fixes plus the service itself, and
    /// the working days that policy warnings take out of the window before the hard date.
    Precheck {
        required_working_days: u32,
        lost_working_days: u32,
        feasible: bool,
        shortfall_working_days: u32,
    },
}

impl TimelineBasis {
    /// The basis a precheck's feasibility gives.
    pub fn from_feasibility(f: &crate::domain::precheck::Feasibility) -> TimelineBasis {
        TimelineBasis::Precheck {
            required_working_days: f.required_working_days,
            lost_working_days: f.lost_working_days,
            feasible: f.feasible,
            shortfall_working_days: f.shortfall_working_days(),
        }
    }
}

/// One linked path on the plan's timeline.
#[derive(Clone, Debug, PartialEq)]
pub struct TimelineEntry {
    pub risk: RiskId,
    pub risk_title: L10n,
    /// The risk's score and band after mitigation, for ordering and colouring.
    pub residual_score: u8,
    pub band: Band,
    pub path: PathKey,
    pub cost_working_days: u32,
    pub remaining_work_days: u32,
    /// Working days closed by policy warnings, counted on top (precheck basis only).
    pub lost_working_days: u32,
    pub decide_by: DecideBy,
}

/// A linked path whose date could not be computed (broken holiday data, dates out of range).
#[derive(Clone, Debug, PartialEq)]
pub struct TimelineFailure {
    pub risk: RiskId,
    pub path: PathKey,
    pub error: PlanError,
}

/// The decide-by timeline of a plan: every (risk, linked path), soonest first.
#[derive(Clone, Debug, PartialEq)]
pub struct Timeline {
    pub start_date: NaiveDate,
    pub hard_date: NaiveDate,
    pub today: NaiveDate,
    pub entries: Vec<TimelineEntry>,
    pub failures: Vec<TimelineFailure>,
    /// Union of the entries' uncovered years.
    pub uncovered_years: BTreeSet<i32>,
    /// Where the work after a switch comes from: the risks' estimates or the precheck.
    pub basis: TimelineBasis,
}

impl Timeline {
    /// The next decision still open (today or later).
    pub fn next_open(&self) -> Option<&TimelineEntry> {
        self.entries
            .iter()
            .find(|e| e.decide_by.state != DecideState::Passed)
    }
}

/// Decide-by dates of every linked path on the risks' own estimates of the work left. See
/// [`timeline_with`].
pub fn timeline(plan: &Plan, case: &Case, cal: &Calendar, today: NaiveDate) -> Timeline {
    timeline_with(plan, case, cal, today, TimelineBasis::RiskEstimates)
}

/// Decide-by dates of every linked path, sorted by date, then by the risk's score after
/// mitigation (highest first), then by risk and path order.
///
/// With a precheck basis, the work after a switch is the precheck's required working days
/// (the critical chain of fixes and the service) for every risk, and the working days that
/// policy warnings close are added on top: a switch must leave room for them too. Counting
/// them all, wherever they fall in the window, errs on the early side.
pub fn timeline_with(
    plan: &Plan,
    case: &Case,
    cal: &Calendar,
    today: NaiveDate,
    basis: TimelineBasis,
) -> Timeline {
    let mut entries = Vec::new();
    let mut failures = Vec::new();
    for risk in &plan.risks {
        for path in &risk.linked_paths {
            let cost = plan.path_cost(*path);
            let (remaining, lost) = match basis {
                TimelineBasis::RiskEstimates => (risk.remaining_work_days, 0),
                TimelineBasis::Precheck {
                    required_working_days,
                    lost_working_days,
                    ..
                } => (required_working_days, lost_working_days),
            };
            let after = remaining.saturating_add(lost);
            match decide_by(cal, case.hard_date, case.start_date, cost, after, today) {
                Ok(decide_by) => entries.push(TimelineEntry {
                    risk: risk.id,
                    risk_title: risk.title.clone(),
                    residual_score: risk.residual_score(),
                    band: risk.residual_band(),
                    path: *path,
                    cost_working_days: cost,
                    remaining_work_days: remaining,
                    lost_working_days: lost,
                    decide_by,
                }),
                Err(error) => failures.push(TimelineFailure {
                    risk: risk.id,
                    path: *path,
                    error,
                }),
            }
        }
    }
    sorting::sort_by(&mut entries, |a, b| {
        a.decide_by
            .date
            .cmp(&b.decide_by.date)
            .then(b.residual_score.cmp(&a.residual_score))
            .then(a.risk.cmp(&b.risk))
            .then(a.path.cmp(&b.path))
    });
    let uncovered_years = entries
        .iter()
        .flat_map(|e| e.decide_by.uncovered_years.iter().copied())
        .collect();
    Timeline {
        start_date: case.start_date,
        hard_date: case.hard_date,
        today,
        entries,
        failures,
        uncovered_years,
        basis,
    }
}
