//! 政策风险预警库: the policy-risk warning library (system upgrades, holidays, major meetings,
//! hall throttling, rule changes) that staff keep, and which cases a warning touches.
//!
//! A case's window is `start_date..=hard_date`. Working days lost in the overlap: all of them
//! when the effect is "paused", half (rounded up) when "slowed", none when "extra materials"
//! (that one is flagged instead: it costs preparation, not counter time).

use crate::domain::sorting;
use std::collections::BTreeSet;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::error::{check, Problem, ProblemKind};
use super::{check_text, PlanError, PlanField, MAX_LINE, MAX_TEXT};
use crate::domain::calendar::Calendar;
use crate::domain::case::Case;
use crate::domain::catalog::ServiceType;
use crate::domain::record::{Meta, Record};

/// What the event does to the departments' work.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WarningEffect {
    /// Business stops (a system upgrade, a closure).
    #[default]
    Paused,
    /// Business goes on, slower (throttling, a major meeting).
    Slowed,
    /// New or extra materials are required (a rule change).
    ExtraMaterials,
}

impl WarningEffect {
    pub const ALL: [WarningEffect; 3] = [
        WarningEffect::Paused,
        WarningEffect::Slowed,
        WarningEffect::ExtraMaterials,
    ];

    pub fn key(self) -> &'static str {
        match self {
            WarningEffect::Paused => "paused",
            WarningEffect::Slowed => "slowed",
            WarningEffect::ExtraMaterials => "extra_materials",
        }
    }

    pub fn from_key(key: &str) -> Option<WarningEffect> {
        WarningEffect::ALL.into_iter().find(|e| e.key() == key)
    }

    /// Working days lost out of `days` working days under this effect.
    pub fn days_lost(self, days: u32) -> u32 {
        match self {
            WarningEffect::Paused => days,
            WarningEffect::Slowed => days.div_ceil(2),
            WarningEffect::ExtraMaterials => 0,
        }
    }
}

/// One entry of the warning library. Stored on its own, not per case.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Warning {
    #[serde(flatten)]
    pub meta: Meta,
    pub title: String,
    pub start: NaiveDate,
    /// Inclusive.
    pub end: NaiveDate,
    #[serde(default)]
    pub region: String,
    #[serde(default)]
    pub department: String,
    pub effect: WarningEffect,
    /// Where the news came from (a notice, a call with the window).
    #[serde(default)]
    pub source: String,
    #[serde(default)]
    pub note: String,
}

impl Record for Warning {
    const KIND: &'static str = "warnings";

    fn meta(&self) -> &Meta {
        &self.meta
    }

    fn meta_mut(&mut self) -> &mut Meta {
        &mut self.meta
    }

    fn label(&self) -> String {
        format!("{} ({} – {})", self.title, self.start, self.end)
    }
}

/// The warning form, as typed (dates as `YYYY-MM-DD` from `<input type="date">`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct WarningInput {
    pub title: String,
    pub start: String,
    pub end: String,
    pub region: String,
    pub department: String,
    pub effect: WarningEffect,
    pub source: String,
    pub note: String,
}

impl crate::domain::merge3::FieldForm for WarningInput {
    type Field = PlanField;
    fn fields() -> &'static [PlanField] {
        &[
            PlanField::WarningTitle,
            PlanField::WarningStart,
            PlanField::WarningEnd,
            PlanField::WarningRegion,
            PlanField::WarningDepartment,
            PlanField::WarningEffect,
            PlanField::WarningSource,
            PlanField::WarningNote,
        ]
    }
    fn get(&self, field: PlanField) -> &str {
        match field {
            PlanField::WarningTitle => &self.title,
            PlanField::WarningStart => &self.start,
            PlanField::WarningEnd => &self.end,
            PlanField::WarningRegion => &self.region,
            PlanField::WarningDepartment => &self.department,
            PlanField::WarningEffect => self.effect.key(),
            PlanField::WarningSource => &self.source,
            PlanField::WarningNote => &self.note,
            _ => "",
        }
    }
    fn set(&mut self, field: PlanField, value: String) {
        match field {
            PlanField::WarningTitle => self.title = value,
            PlanField::WarningStart => self.start = value,
            PlanField::WarningEnd => self.end = value,
            PlanField::WarningRegion => self.region = value,
            PlanField::WarningDepartment => self.department = value,
            PlanField::WarningEffect => {
                self.effect = WarningEffect::from_key(&value).unwrap_or(self.effect)
            }
            PlanField::WarningSource => self.source = value,
            PlanField::WarningNote => self.note = value,
            _ => {}
        }
    }
}

impl WarningInput {
    /// A form with the essentials, for code that has typed dates.
    pub fn new(title: &str, start: NaiveDate, end: NaiveDate, effect: WarningEffect) -> Self {
        WarningInput {
            title: title.to_string(),
            start: start.format("%Y-%m-%d").to_string(),
            end: end.format("%Y-%m-%d").to_string(),
            effect,
            ..WarningInput::default()
        }
    }

    pub fn with_department(mut self, department: &str) -> Self {
        self.department = department.to_string();
        self
    }

    pub fn with_region(mut self, region: &str) -> Self {
        self.region = region.to_string();
        self
    }

    /// Every problem of the form at once; the dates when both are valid.
    pub fn validate(&self) -> Result<(NaiveDate, NaiveDate), PlanError> {
        let mut problems = Vec::new();
        check_text(
            &mut problems,
            PlanField::WarningTitle,
            &self.title,
            true,
            MAX_LINE,
        );
        check_text(
            &mut problems,
            PlanField::WarningRegion,
            &self.region,
            false,
            MAX_LINE,
        );
        check_text(
            &mut problems,
            PlanField::WarningDepartment,
            &self.department,
            false,
            MAX_LINE,
        );
        check_text(
            &mut problems,
            PlanField::WarningSource,
            &self.source,
            false,
            MAX_LINE,
        );
        check_text(
            &mut problems,
            PlanField::WarningNote,
            &self.note,
            false,
            MAX_TEXT,
        );
        let start = parse_date(&self.start, PlanField::WarningStart, &mut problems);
        let end = parse_date(&self.end, PlanField::WarningEnd, &mut problems);
        if let (Some(start), Some(end)) = (start, end) {
            if end < start {
                problems.push(Problem::new(
                    PlanField::WarningEnd,
                    ProblemKind::EndBeforeStart,
                ));
            }
        }
        check(problems)?;
        match (start, end) {
            (Some(start), Some(end)) => Ok((start, end)),
            // Unreachable in practice: a missing date always adds a problem above.
            _ => Err(PlanError::Invalid(Vec::new())),
        }
    }
}

fn parse_date(raw: &str, field: PlanField, problems: &mut Vec<Problem>) -> Option<NaiveDate> {
    let raw = raw.trim();
    if raw.is_empty() {
        problems.push(Problem::new(field, ProblemKind::Required));
        return None;
    }
    match NaiveDate::parse_from_str(raw, "%Y-%m-%d") {
        Ok(date) => Some(date),
        Err(_) => {
            problems.push(Problem::new(field, ProblemKind::BadDate));
            None
        }
    }
}

/// Where a warning stands relative to today.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WarningTiming {
    Upcoming,
    Active,
    Past,
}

impl Warning {
    /// A new warning from a valid form.
    pub fn new(id: Uuid, input: &WarningInput, now: DateTime<Utc>) -> Result<Warning, PlanError> {
        let (start, end) = input.validate()?;
        Ok(Warning {
            meta: Meta::new(id, now),
            title: input.title.trim().to_string(),
            start,
            end,
            region: input.region.trim().to_string(),
            department: input.department.trim().to_string(),
            effect: input.effect,
            source: input.source.trim().to_string(),
            note: input.note.trim().to_string(),
        })
    }

    /// Applies an edit; unchanged (same revision) when nothing differs.
    pub fn edit(&self, input: &WarningInput, now: DateTime<Utc>) -> Result<Warning, PlanError> {
        if self.meta.deleted {
            return Err(PlanError::Archived);
        }
        let mut next = Warning::new(self.meta.id, input, now)?;
        next.meta = self.meta.clone();
        if next != *self {
            next.meta.touch(now);
        }
        Ok(next)
    }

    /// The form filled with this warning.
    pub fn to_input(&self) -> WarningInput {
        WarningInput {
            title: self.title.clone(),
            start: self.start.format("%Y-%m-%d").to_string(),
            end: self.end.format("%Y-%m-%d").to_string(),
            region: self.region.clone(),
            department: self.department.clone(),
            effect: self.effect,
            source: self.source.clone(),
            note: self.note.clone(),
        }
    }

    /// Archives the warning (tombstone); archived warnings touch no case.
    pub fn archive(&self, now: DateTime<Utc>) -> Warning {
        let mut next = self.clone();
        next.meta.deleted = true;
        next.meta.touch(now);
        next
    }

    pub fn restore(&self, now: DateTime<Utc>) -> Warning {
        let mut next = self.clone();
        next.meta.deleted = false;
        next.meta.touch(now);
        next
    }

    pub fn timing(&self, today: NaiveDate) -> WarningTiming {
        if today < self.start {
            WarningTiming::Upcoming
        } else if today > self.end {
            WarningTiming::Past
        } else {
            WarningTiming::Active
        }
    }
}

/// A warning that overlaps a case's window.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WarningHit {
    pub warning: Uuid,
    pub effect: WarningEffect,
    pub overlap_start: NaiveDate,
    pub overlap_end: NaiveDate,
    /// Working days inside the overlap.
    pub working_days_in_overlap: u32,
    pub working_days_lost: u32,
    /// The effect is extra materials: no counter time lost, but the checklist changes.
    pub extra_materials: bool,
    /// The calendar could not count the overlap (broken data); the counts are 0 and unknown.
    pub days_unknown: bool,
    pub uncovered_years: BTreeSet<i32>,
}

/// Warnings (not archived) whose dates overlap the case window `start_date..=hard_date`,
/// sorted by the start of the overlap. Weekend- or holiday-only overlaps are included with 0
/// working days: the case still crosses them.
pub fn overlapping(warnings: &[Warning], case: &Case, cal: &Calendar) -> Vec<WarningHit> {
    let (from, to) = (case.start_date, case.hard_date);
    if to < from {
        return Vec::new();
    }
    let mut hits: Vec<WarningHit> = warnings
        .iter()
        .filter(|w| !w.meta.deleted && w.start <= to && w.end >= from)
        .map(|w| {
            let start = w.start.max(from);
            let end = w.end.min(to);
            let counted = count_inclusive(cal, start, end);
            let (days, days_unknown, uncovered_years) = match counted {
                Some((days, uncovered)) => (days, false, uncovered),
                None => (0, true, BTreeSet::new()),
            };
            WarningHit {
                warning: w.meta.id,
                effect: w.effect,
                overlap_start: start,
                overlap_end: end,
                working_days_in_overlap: days,
                working_days_lost: w.effect.days_lost(days),
                extra_materials: w.effect == WarningEffect::ExtraMaterials,
                days_unknown,
                uncovered_years,
            }
        })
        .collect();
    sorting::sort_by_key(&mut hits, |h| (h.overlap_start, h.overlap_end));
    hits
}

/// Working days in `start..=end`.
fn count_inclusive(
    cal: &Calendar,
    start: NaiveDate,
    end: NaiveDate,
) -> Option<(u32, BTreeSet<i32>)> {
    let first = cal.is_working_day(start);
    let rest = cal.working_days_between(start, end).ok()?;
    let mut uncovered = first.uncovered_years;
    uncovered.extend(rest.uncovered_years);
    let days = rest.value.saturating_add(i64::from(first.value));
    Some((u32::try_from(days.max(0)).unwrap_or(u32::MAX), uncovered))
}

/// Whether a warning concerns a service: it names no department, or its department matches
/// one of the service's (either name contains the other, in Chinese or English, ignoring case
/// and spaces). Use it to rank hits; [`overlapping`] itself does not filter by department.
pub fn warning_concerns_service(warning: &Warning, service: &ServiceType) -> bool {
    let wanted = squash(&warning.department);
    if wanted.is_empty() {
        return true;
    }
    service.departments.iter().any(|d| {
        [squash(&d.zh), squash(&d.en)].iter().any(|name| {
            !name.is_empty() && (name.contains(&wanted) || wanted.contains(name.as_str()))
        })
    })
}

fn squash(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect()
}
