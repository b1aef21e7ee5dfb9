//! Values a file can hold that no version of the app writes: a revision of 0 or near
//! `u32::MAX` (which would end conflict detection for that record), promised working days out
//! of range, dates outside 1900–2200, a case that starts after its hard date. Import refuses
//! the file and names the record and the field in words.

use chrono::{DateTime, Datelike, NaiveDate, Utc};

use super::Dataset;
use crate::domain::case::MAX_PROMISED_DAYS;

/// The largest revision accepted: a record saved every second for eleven days. A file with
/// more was not written by the app, and a huge revision would win every merge.
pub const MAX_REV: u32 = 1_000_000;
/// Dates and times must fall in these years.
pub const FIRST_YEAR: i32 = 1900;
pub const LAST_YEAR: i32 = 2200;

/// Which field of a record holds the value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldName {
    Rev,
    CreatedAt,
    UpdatedAt,
    HardDate,
    StartDate,
    PromisedWorkingDays,
}

/// What is wrong with it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unlikely {
    RevZero,
    RevTooLarge { rev: u32, max: u32 },
    DaysOutOfRange { days: u32, max: u32 },
    YearOutOfRange { year: i32 },
    StartAfterHard { start: NaiveDate, hard: NaiveDate },
}

/// The first such value, with where it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BadValue {
    /// The record kind (`"cases"`).
    pub kind: String,
    /// 0-based position in the file's list of that kind.
    pub index: usize,
    pub field: FieldName,
    pub problem: Unlikely,
}

/// Checks every record; `Err` names the first value the app cannot have written.
pub fn check_values(data: &Dataset) -> Result<(), BadValue> {
    let bad = |kind: &str, index, field, problem| BadValue {
        kind: kind.to_string(),
        index,
        field,
        problem,
    };
    for (kind, i, meta) in data.metas() {
        if meta.rev == 0 {
            return Err(bad(kind, i, FieldName::Rev, Unlikely::RevZero));
        }
        if meta.rev > MAX_REV {
            let problem = Unlikely::RevTooLarge {
                rev: meta.rev,
                max: MAX_REV,
            };
            return Err(bad(kind, i, FieldName::Rev, problem));
        }
        for (field, at) in [
            (FieldName::CreatedAt, meta.created_at),
            (FieldName::UpdatedAt, meta.updated_at),
        ] {
            if let Some(problem) = time_out_of_range(at) {
                return Err(bad(kind, i, field, problem));
            }
        }
    }
    for (i, c) in data.cases.iter().enumerate() {
        let kind = "cases";
        for (field, date) in [
            (FieldName::HardDate, c.hard_date),
            (FieldName::StartDate, c.start_date),
        ] {
            if let Some(problem) = date_out_of_range(date) {
                return Err(bad(kind, i, field, problem));
            }
        }
        if !(1..=MAX_PROMISED_DAYS).contains(&c.promised_working_days) {
            let problem = Unlikely::DaysOutOfRange {
                days: c.promised_working_days,
                max: MAX_PROMISED_DAYS,
            };
            return Err(bad(kind, i, FieldName::PromisedWorkingDays, problem));
        }
        if c.start_date > c.hard_date {
            let problem = Unlikely::StartAfterHard {
                start: c.start_date,
                hard: c.hard_date,
            };
            return Err(bad(kind, i, FieldName::StartDate, problem));
        }
    }
    Ok(())
}

fn date_out_of_range(date: NaiveDate) -> Option<Unlikely> {
    let year = date.year();
    (!(FIRST_YEAR..=LAST_YEAR).contains(&year)).then_some(Unlikely::YearOutOfRange { year })
}

fn time_out_of_range(at: DateTime<Utc>) -> Option<Unlikely> {
    date_out_of_range(at.date_naive())
}
