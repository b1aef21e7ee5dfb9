//! Working-day calendar for deadlines counted in Chinese working days (工作日).
//!
//! This module owns:
//! - the holiday data model, which mirrors the holiday-cn JSON format
//!   (`{"year", "papers", "days": [{"name", "date", "isOffDay"}]}`),
//! - the built-in data for 2024–2026, written from the State Council (国务院办公厅) notices and
//!   embedded from `assets/holidays/YYYY.json`,
//! - validation of imported year files ([`parse_holiday_year`]),
//! - the date arithmetic the rest of the app uses for promised and statutory deadlines.
//!
//! A day is a working day when it is listed as a make-up working day (调休上班), or when it is a
//! Monday–Friday that is not listed as an off day. Statutory holidays can cover weekend days too;
//! those are listed as off days so the UI can name the holiday.
//!
//! Years without data are still answered, by the plain Monday–Friday rule, but every answer
//! carries the set of years it touched that have no data ([`Answer::uncovered_years`]). The UI
//! must show that flag: a deadline computed across an unpublished holiday schedule is a guess.
//!
//! Every function is pure and bounded: no input makes it loop without limit or panic.

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Bound;

use chrono::{Datelike, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};
use thiserror::Error;

/// Earliest year accepted in a holiday file.
pub const MIN_DATA_YEAR: i32 = 1990;
/// Latest year accepted in a holiday file.
pub const MAX_DATA_YEAR: i32 = 2100;
/// Largest `n` accepted by [`Calendar::add_working_days`] (about 40 years of working days).
pub const MAX_WORKING_DAYS: u32 = 10_000;
/// Largest span, in calendar days, accepted by the range functions (about 100 years).
pub const MAX_SPAN_DAYS: i64 = 36_600;
/// Most entries a year file may have: a full year plus the neighbouring-year window on both
/// sides. Anything larger cannot be valid (duplicates are refused) and would only cost time.
pub const MAX_DAYS_PER_FILE: usize = 366 + 2 * NEIGHBOUR_WINDOW_DAYS as usize;
/// How far (in days) a day of the neighbouring year may lie from a same-named day inside the
/// file's year. Notices sometimes start the New Year break, or its make-up day, in late December.
const NEIGHBOUR_WINDOW_DAYS: i64 = 14;

const BUILTIN_FILES: [&str; 3] = [
    include_str!("../../assets/holidays/2024.json"),
    include_str!("../../assets/holidays/2025.json"),
    include_str!("../../assets/holidays/2026.json"),
];

/// One listed day of a holiday notice.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HolidayDay {
    /// The holiday the day belongs to, e.g. "春节". Make-up working days carry the name of the
    /// holiday they pay for.
    pub name: String,
    pub date: NaiveDate,
    /// `true`: a day off (holiday, including weekend days inside the break);
    /// `false`: a make-up working day (调休上班), usually a Saturday or Sunday.
    #[serde(rename = "isOffDay")]
    pub is_off_day: bool,
}

/// One year of holiday data, in the holiday-cn file format.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HolidayYear {
    pub year: i32,
    /// The notices the data comes from (title and document number).
    #[serde(default)]
    pub papers: Vec<String>,
    pub days: Vec<HolidayDay>,
}

/// A value together with the years it depended on that have no holiday data.
///
/// When `uncovered_years` is not empty the value was computed with the plain Monday–Friday rule
/// for those years and may be wrong; show a warning next to it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answer<T> {
    pub value: T,
    pub uncovered_years: BTreeSet<i32>,
}

impl<T> Answer<T> {
    /// True when every day the answer depended on had holiday data.
    pub fn is_fully_covered(&self) -> bool {
        self.uncovered_years.is_empty()
    }

    /// Transforms the value and keeps the coverage flag.
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Answer<U> {
        Answer {
            value: f(self.value),
            uncovered_years: self.uncovered_years,
        }
    }
}

/// What kind of day a date is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum DayKind {
    /// Monday–Friday, not listed in any notice.
    Normal,
    /// Saturday or Sunday, not listed in any notice.
    Weekend,
    /// Listed as an off day (a statutory holiday or a weekend day inside the break).
    Holiday,
    /// Listed as a working day (调休上班), usually a Saturday or Sunday.
    MakeUpWorkday,
}

/// Everything the UI shows about one date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DayInfo {
    pub working: bool,
    /// Set for [`DayKind::Holiday`] and [`DayKind::MakeUpWorkday`].
    pub holiday_name: Option<String>,
    pub kind: DayKind,
}

/// Errors from parsing holiday files and from calendar arithmetic.
///
/// `entry` fields are 1-based positions in the file's `days` array, as a person counts them.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum CalendarError {
    #[error("holiday data is not valid JSON of the expected shape (line {line}, column {column}): {detail}")]
    Json {
        line: usize,
        column: usize,
        detail: String,
    },
    #[error("year {year} is outside the supported range {MIN_DATA_YEAR}–{MAX_DATA_YEAR}")]
    YearOutOfRange { year: i32 },
    #[error("the file for {year} lists no days")]
    NoDays { year: i32 },
    #[error("the file lists {count} days, more than the possible {max}")]
    TooManyEntries { count: usize, max: usize },
    #[error("entry {entry} has an empty holiday name")]
    EmptyName { entry: usize },
    #[error(
        "entry {entry}: date {date} is not in {year} nor next to a same-named holiday of {year}"
    )]
    DateOutsideYear {
        entry: usize,
        date: NaiveDate,
        year: i32,
    },
    #[error("entry {entry}: date {date} is already listed in entry {first_entry}")]
    DuplicateDate {
        entry: usize,
        first_entry: usize,
        date: NaiveDate,
    },
    #[error("{requested} working days requested, at most {max} supported")]
    TooManyWorkingDays { requested: u32, max: u32 },
    #[error("the span of {days} days is longer than the supported {max} days")]
    SpanTooLong { days: i64, max: i64 },
    #[error("counting from {from} runs past the last supported date")]
    DateOverflow { from: NaiveDate },
    #[error(
        "no working day found within {searched_days} days after {from}; check the holiday data"
    )]
    NoWorkingDayFound {
        from: NaiveDate,
        searched_days: usize,
    },
}

/// Parses and validates one holiday-cn year file.
///
/// Unknown fields (holiday-cn files carry `$schema` and `$id`) are ignored. A listed off day
/// that is a weekend anyway, or a listed working day that is a weekday anyway, is accepted: it
/// changes nothing in the arithmetic.
pub fn parse_holiday_year(json: &str) -> Result<HolidayYear, CalendarError> {
    let year: HolidayYear =
        crate::domain::json::from_json(json).map_err(|e| CalendarError::Json {
            line: e.line,
            column: e.column,
            detail: e.problem,
        })?;
    validate_holiday_year(&year)?;
    Ok(year)
}

/// Validates a year already in memory (see [`parse_holiday_year`] for the rules).
pub fn validate_holiday_year(data: &HolidayYear) -> Result<(), CalendarError> {
    let year = data.year;
    if !(MIN_DATA_YEAR..=MAX_DATA_YEAR).contains(&year) {
        return Err(CalendarError::YearOutOfRange { year });
    }
    if data.days.is_empty() {
        return Err(CalendarError::NoDays { year });
    }
    // Checked before the pairwise neighbour check below, which is quadratic.
    if data.days.len() > MAX_DAYS_PER_FILE {
        return Err(CalendarError::TooManyEntries {
            count: data.days.len(),
            max: MAX_DAYS_PER_FILE,
        });
    }
    let mut seen: BTreeMap<NaiveDate, usize> = BTreeMap::new();
    for (i, day) in data.days.iter().enumerate() {
        let entry = i + 1;
        if day.name.trim().is_empty() {
            return Err(CalendarError::EmptyName { entry });
        }
        if day.date.year() != year && !is_allowed_neighbour(data, day) {
            return Err(CalendarError::DateOutsideYear {
                entry,
                date: day.date,
                year,
            });
        }
        if let Some(&first_entry) = seen.get(&day.date) {
            return Err(CalendarError::DuplicateDate {
                entry,
                first_entry,
                date: day.date,
            });
        }
        seen.insert(day.date, entry);
    }
    Ok(())
}

/// A day of the previous or next year is allowed when a day of the same holiday inside the
/// file's year lies within [`NEIGHBOUR_WINDOW_DAYS`] of it.
fn is_allowed_neighbour(data: &HolidayYear, day: &HolidayDay) -> bool {
    if (i64::from(day.date.year()) - i64::from(data.year)).abs() != 1 {
        return false;
    }
    data.days.iter().any(|other| {
        other.date.year() == data.year
            && other.name == day.name
            && (other.date - day.date).num_days().abs() <= NEIGHBOUR_WINDOW_DAYS
    })
}

/// What the index knows about a listed date.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Listed {
    off: bool,
    name: String,
}

/// Holiday data for a set of years, and the working-day arithmetic over it.
///
/// `Default` is an empty calendar: every year uncovered, plain Monday–Friday rule.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Calendar {
    years: BTreeMap<i32, HolidayYear>,
    /// Every listed date of every year, rebuilt whenever `years` changes.
    index: BTreeMap<NaiveDate, Listed>,
}

impl Calendar {
    /// An empty calendar (no holiday data).
    pub fn new() -> Self {
        Self::default()
    }

    /// The calendar with the built-in data for 2024, 2025 and 2026.
    pub fn builtin() -> Self {
        let mut calendar = Self::new();
        for source in BUILTIN_FILES {
            // The embedded files are checked by the tests; a broken one would leave its year
            // uncovered (and flagged) rather than crash the app.
            if let Ok(year) = parse_holiday_year(source) {
                calendar.with_year(year);
            }
        }
        calendar
    }

    /// Adds a year, or replaces the data already held for it; returns the replaced data.
    ///
    /// The data is not validated here; imported files should come through
    /// [`parse_holiday_year`]. Invalid data cannot break the arithmetic, only give wrong days.
    pub fn with_year(&mut self, data: HolidayYear) -> Option<HolidayYear> {
        let replaced = self.years.insert(data.year, data);
        self.rebuild_index();
        replaced
    }

    /// Removes a year's data; the year is then answered by the weekend rule and flagged.
    pub fn remove_year(&mut self, year: i32) -> Option<HolidayYear> {
        let removed = self.years.remove(&year);
        if removed.is_some() {
            self.rebuild_index();
        }
        removed
    }

    /// The data held for a year, e.g. to show its notice titles.
    pub fn year(&self, year: i32) -> Option<&HolidayYear> {
        self.years.get(&year)
    }

    /// Years with holiday data, ascending.
    pub fn covered_years(&self) -> Vec<i32> {
        self.years.keys().copied().collect()
    }

    /// True when the year has holiday data.
    pub fn covers(&self, year: i32) -> bool {
        self.years.contains_key(&year)
    }

    /// Whether `date` is a working day.
    pub fn is_working_day(&self, date: NaiveDate) -> Answer<bool> {
        self.day_info(date).map(|info| info.working)
    }

    /// Kind, holiday name and working status of `date`.
    pub fn day_info(&self, date: NaiveDate) -> Answer<DayInfo> {
        Answer {
            value: self.classify(date),
            uncovered_years: self.uncovered_between(date, date),
        }
    }

    /// The date `n` working days after `start`.
    ///
    /// Convention: `start` is day 0 and is never counted, whatever it is. For `n >= 1` the result
    /// is the n-th working day strictly after `start` (a task received on Friday with a promise
    /// of "1 working day" is due on the next working day, not on Friday). For `n == 0` the result
    /// is `start` when it is a working day, otherwise the first working day after it ("the
    /// earliest day the office can act").
    ///
    /// Uncovered years are those of the days examined: `(start, result]`, plus `start` itself
    /// when `n == 0`.
    pub fn add_working_days(
        &self,
        start: NaiveDate,
        n: u32,
    ) -> Result<Answer<NaiveDate>, CalendarError> {
        self.move_working_days(start, n, true)
    }

    /// The date `n` working days before `date`: decide-by dates and the client's materials
    /// deadline count back from the hard date.
    ///
    /// Mirror of [`Calendar::add_working_days`]: `date` is day 0 and never counted. For
    /// `n >= 1` the result is the n-th working day strictly before `date`; for `n == 0` it is
    /// `date` when that is a working day, otherwise the last working day before it. So for
    /// every working day `d` and `n >= 1`, `add_working_days(subtract_working_days(d, n), n)
    /// == d`.
    ///
    /// Uncovered years are those of the days examined: `[result, date)`, plus `date` when
    /// `n == 0`.
    pub fn subtract_working_days(
        &self,
        date: NaiveDate,
        n: u32,
    ) -> Result<Answer<NaiveDate>, CalendarError> {
        self.move_working_days(date, n, false)
    }

    /// [`Calendar::add_working_days`] (`forward`) and [`Calendar::subtract_working_days`].
    fn move_working_days(
        &self,
        start: NaiveDate,
        n: u32,
        forward: bool,
    ) -> Result<Answer<NaiveDate>, CalendarError> {
        if n > MAX_WORKING_DAYS {
            return Err(CalendarError::TooManyWorkingDays {
                requested: n,
                max: MAX_WORKING_DAYS,
            });
        }
        // The days examined: `start` itself only when `n == 0`, then towards the result.
        let (value, nearest) = if n == 0 {
            let value = if self.classify(start).working {
                start
            } else {
                self.step_working_days(start, 1, forward)?
            };
            (value, start)
        } else {
            let next = if forward {
                start.succ_opt()
            } else {
                start.pred_opt()
            };
            let nearest = next.ok_or(CalendarError::DateOverflow { from: start })?;
            (self.step_working_days(start, n, forward)?, nearest)
        };
        let (first, last) = if forward {
            (nearest, value)
        } else {
            (value, nearest)
        };
        Ok(Answer {
            value,
            uncovered_years: self.uncovered_between(first, last),
        })
    }

    /// `date` itself when it is a working day, otherwise the last working day before it.
    pub fn last_working_day_on_or_before(
        &self,
        date: NaiveDate,
    ) -> Result<Answer<NaiveDate>, CalendarError> {
        self.subtract_working_days(date, 0)
    }

    /// The first working day strictly after `date` (same as `add_working_days(date, 1)`).
    pub fn next_working_day(&self, date: NaiveDate) -> Result<Answer<NaiveDate>, CalendarError> {
        self.add_working_days(date, 1)
    }

    /// Number of working days in `(from, to]`: `from` excluded, `to` included.
    ///
    /// When `to < from` the result is minus the number of working days in `(to, from]`, and it is
    /// 0 when `to == from`. This makes it the inverse of [`Calendar::add_working_days`]:
    /// `working_days_between(s, add_working_days(s, n)) == n` for every `n >= 1`.
    pub fn working_days_between(
        &self,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<Answer<i64>, CalendarError> {
        check_span(from, to)?;
        let (lo, hi, sign) = if to >= from {
            (from, to, 1)
        } else {
            (to, from, -1)
        };
        let mut count = 0i64;
        // The span is bounded by MAX_SPAN_DAYS, so this loop is too.
        for day in lo.iter_days().skip(1).take_while(|d| *d <= hi) {
            if self.classify(day).working {
                count += 1;
            }
        }
        Ok(Answer {
            value: sign * count,
            uncovered_years: match lo.succ_opt() {
                Some(first) => self.uncovered_between(first, hi),
                None => BTreeSet::new(),
            },
        })
    }

    /// The listed holiday days (off days, weekend days of a break included) in `(from, to]`,
    /// ascending, with their holiday names: the "holidays crossed" list of a deadline.
    ///
    /// Empty when `to <= from`. Uncovered years inside the range are flagged, since their
    /// holidays are unknown.
    pub fn holidays_between(
        &self,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<Answer<Vec<(NaiveDate, String)>>, CalendarError> {
        check_span(from, to)?;
        if to <= from {
            return Ok(Answer {
                value: Vec::new(),
                uncovered_years: BTreeSet::new(),
            });
        }
        let value = self
            .index
            .range((Bound::Excluded(from), Bound::Included(to)))
            .filter(|(_, listed)| listed.off)
            .map(|(date, listed)| (*date, listed.name.clone()))
            .collect();
        Ok(Answer {
            value,
            uncovered_years: match from.succ_opt() {
                Some(first) => self.uncovered_between(first, to),
                None => BTreeSet::new(),
            },
        })
    }

    fn rebuild_index(&mut self) {
        self.index.clear();
        // Days a file lists for a neighbouring year go in first, so that the file of the date's
        // own year wins when both list the same date.
        for data in self.years.values() {
            for day in data.days.iter().filter(|d| d.date.year() != data.year) {
                self.index.insert(day.date, listed(day));
            }
        }
        for data in self.years.values() {
            for day in data.days.iter().filter(|d| d.date.year() == data.year) {
                self.index.insert(day.date, listed(day));
            }
        }
    }

    fn classify(&self, date: NaiveDate) -> DayInfo {
        match self.index.get(&date) {
            Some(listed) if listed.off => DayInfo {
                working: false,
                holiday_name: Some(listed.name.clone()),
                kind: DayKind::Holiday,
            },
            Some(listed) => DayInfo {
                working: true,
                holiday_name: Some(listed.name.clone()),
                kind: DayKind::MakeUpWorkday,
            },
            None if is_weekend(date) => DayInfo {
                working: false,
                holiday_name: None,
                kind: DayKind::Weekend,
            },
            None => DayInfo {
                working: true,
                holiday_name: None,
                kind: DayKind::Normal,
            },
        }
    }

    /// Moves forward to the `n`-th working day after `start` (`n >= 1`).
    /// The n-th working day strictly after `start` (`forward`) or strictly before it: the one
    /// search behind both [`Calendar::add_working_days`] and
    /// [`Calendar::subtract_working_days`].
    fn step_working_days(
        &self,
        start: NaiveDate,
        n: u32,
        forward: bool,
    ) -> Result<NaiveDate, CalendarError> {
        // Any 7 consecutive days hold 5 weekdays, so `n` working days need at most
        // 7/5 * (n + listed off days) + 7 calendar days. A search longer than that means the
        // data is broken, and is stopped instead of running on.
        let n_days = usize::try_from(n).unwrap_or(usize::MAX);
        let limit = n_days
            .saturating_add(self.index.len())
            .saturating_mul(2)
            .saturating_add(14);
        let mut day = start;
        let mut left = n;
        let mut searched = 0usize;
        while left > 0 {
            if searched >= limit {
                return Err(CalendarError::NoWorkingDayFound {
                    from: start,
                    searched_days: searched,
                });
            }
            day = if forward {
                day.succ_opt()
            } else {
                day.pred_opt()
            }
            .ok_or(CalendarError::DateOverflow { from: start })?;
            searched += 1;
            if self.classify(day).working {
                left -= 1;
            }
        }
        Ok(day)
    }

    /// Years in `first..=last` (by calendar date) that have no data.
    fn uncovered_between(&self, first: NaiveDate, last: NaiveDate) -> BTreeSet<i32> {
        if last < first {
            return BTreeSet::new();
        }
        // Callers bound the span (MAX_SPAN_DAYS or MAX_WORKING_DAYS), so this range is short.
        (first.year()..=last.year())
            .filter(|y| !self.years.contains_key(y))
            .collect()
    }
}

fn listed(day: &HolidayDay) -> Listed {
    Listed {
        off: day.is_off_day,
        name: day.name.clone(),
    }
}

fn is_weekend(date: NaiveDate) -> bool {
    matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
}

fn check_span(from: NaiveDate, to: NaiveDate) -> Result<(), CalendarError> {
    // `NaiveDate` subtraction cannot overflow: the whole representable range is ~2^19 years.
    let days = (to - from).num_days().abs();
    if days > MAX_SPAN_DAYS {
        return Err(CalendarError::SpanTooLong {
            days,
            max: MAX_SPAN_DAYS,
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::lang::Lang;
    use proptest::prelude::*;
    use std::sync::OnceLock;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn iso(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn cal() -> &'static Calendar {
        static CAL: OnceLock<Calendar> = OnceLock::new();
        CAL.get_or_init(Calendar::builtin)
    }

    // The notices, transcribed here independently of the JSON files:
    // (holiday, first off day, last off day, make-up working days).
    type Notice = (
        &'static str,
        &'static str,
        &'static str,
        &'static [&'static str],
    );
    const NOTICES: &[(i32, &[Notice])] = &[
        (
            2024,
            &[
                ("元旦", "2024-01-01", "2024-01-01", &[]),
                (
                    "春节",
                    "2024-02-10",
                    "2024-02-17",
                    &["2024-02-04", "2024-02-18"],
                ),
                ("清明节", "2024-04-04", "2024-04-06", &["2024-04-07"]),
                (
                    "劳动节",
                    "2024-05-01",
                    "2024-05-05",
                    &["2024-04-28", "2024-05-11"],
                ),
                ("端午节", "2024-06-08", "2024-06-10", &[]),
                ("中秋节", "2024-09-15", "2024-09-17", &["2024-09-14"]),
                (
                    "国庆节",
                    "2024-10-01",
                    "2024-10-07",
                    &["2024-09-29", "2024-10-12"],
                ),
            ],
        ),
        (
            2025,
            &[
                ("元旦", "2025-01-01", "2025-01-01", &[]),
                (
                    "春节",
                    "2025-01-28",
                    "2025-02-04",
                    &["2025-01-26", "2025-02-08"],
                ),
                ("清明节", "2025-04-04", "2025-04-06", &[]),
                ("劳动节", "2025-05-01", "2025-05-05", &["2025-04-27"]),
                ("端午节", "2025-05-31", "2025-06-02", &[]),
                (
                    "国庆节、中秋节",
                    "2025-10-01",
                    "2025-10-08",
                    &["2025-09-28", "2025-10-11"],
                ),
            ],
        ),
        (
            2026,
            &[
                ("元旦", "2026-01-01", "2026-01-03", &["2026-01-04"]),
                (
                    "春节",
                    "2026-02-15",
                    "2026-02-23",
                    &["2026-02-14", "2026-02-28"],
                ),
                ("清明节", "2026-04-04", "2026-04-06", &[]),
                ("劳动节", "2026-05-01", "2026-05-05", &["2026-05-09"]),
                ("端午节", "2026-06-19", "2026-06-21", &[]),
                ("中秋节", "2026-09-25", "2026-09-27", &[]),
                (
                    "国庆节",
                    "2026-10-01",
                    "2026-10-07",
                    &["2026-09-20", "2026-10-10"],
                ),
            ],
        ),
    ];

    /// Weekdays the notices state next to their dates; checks the transcription against chrono.
    const STATED_WEEKDAYS: &[(&str, Weekday)] = &[
        ("2024-02-04", Weekday::Sun),
        ("2024-02-18", Weekday::Sun),
        ("2024-04-07", Weekday::Sun),
        ("2024-04-28", Weekday::Sun),
        ("2024-05-11", Weekday::Sat),
        ("2024-09-14", Weekday::Sat),
        ("2024-09-29", Weekday::Sun),
        ("2024-10-12", Weekday::Sat),
        ("2025-01-01", Weekday::Wed),
        ("2025-01-28", Weekday::Tue),
        ("2025-02-04", Weekday::Tue),
        ("2025-01-26", Weekday::Sun),
        ("2025-02-08", Weekday::Sat),
        ("2025-04-04", Weekday::Fri),
        ("2025-04-06", Weekday::Sun),
        ("2025-05-01", Weekday::Thu),
        ("2025-05-05", Weekday::Mon),
        ("2025-04-27", Weekday::Sun),
        ("2025-05-31", Weekday::Sat),
        ("2025-06-02", Weekday::Mon),
        ("2025-10-01", Weekday::Wed),
        ("2025-10-08", Weekday::Wed),
        ("2025-09-28", Weekday::Sun),
        ("2025-10-11", Weekday::Sat),
        ("2026-01-01", Weekday::Thu),
        ("2026-01-03", Weekday::Sat),
        ("2026-01-04", Weekday::Sun),
        ("2026-02-15", Weekday::Sun),
        ("2026-02-23", Weekday::Mon),
        ("2026-02-14", Weekday::Sat),
        ("2026-02-28", Weekday::Sat),
        ("2026-04-04", Weekday::Sat),
        ("2026-04-06", Weekday::Mon),
        ("2026-05-01", Weekday::Fri),
        ("2026-05-05", Weekday::Tue),
        ("2026-05-09", Weekday::Sat),
        ("2026-06-19", Weekday::Fri),
        ("2026-06-21", Weekday::Sun),
        ("2026-09-25", Weekday::Fri),
        ("2026-09-27", Weekday::Sun),
        ("2026-10-01", Weekday::Thu),
        ("2026-10-07", Weekday::Wed),
        ("2026-09-20", Weekday::Sun),
        ("2026-10-10", Weekday::Sat),
    ];

    /// Expands the table into date -> (holiday, off?).
    fn expected_days() -> BTreeMap<NaiveDate, (&'static str, bool)> {
        let mut out = BTreeMap::new();
        for (_, notices) in NOTICES {
            for (name, first, last, work) in notices.iter() {
                let (first, last) = (iso(first), iso(last));
                for day in first.iter_days().take_while(|x| *x <= last) {
                    assert!(out.insert(day, (*name, true)).is_none(), "{day} twice");
                }
                for w in work.iter() {
                    assert!(out.insert(iso(w), (*name, false)).is_none(), "{w} twice");
                }
            }
        }
        out
    }

    #[test]
    fn builtin_files_parse_and_cover_three_years() {
        for source in BUILTIN_FILES {
            parse_holiday_year(source).unwrap();
        }
        assert_eq!(cal().covered_years(), vec![2024, 2025, 2026]);
        for y in [2024, 2025, 2026] {
            let data = cal().year(y).unwrap();
            assert!(data.papers.iter().any(|p| p.contains("国办发明电")));
        }
    }

    #[test]
    fn stated_weekdays_match_chrono() {
        for (date, weekday) in STATED_WEEKDAYS {
            assert_eq!(iso(date).weekday(), *weekday, "{date}");
        }
    }

    #[test]
    fn every_make_up_day_is_a_weekend_day() {
        for (date, (name, off)) in expected_days() {
            if !off {
                assert!(
                    is_weekend(date),
                    "make-up day {date} ({name}) is not Sat/Sun"
                );
            }
        }
        for data in cal().years.values() {
            for day in data.days.iter().filter(|x| !x.is_off_day) {
                assert!(is_weekend(day.date), "{}", day.date);
            }
        }
    }

    #[test]
    fn every_day_of_2024_to_2026_matches_the_notices() {
        let expected = expected_days();
        let total_listed: usize = cal().years.values().map(|y| y.days.len()).sum();
        assert_eq!(
            total_listed,
            expected.len(),
            "JSON lists extra or missing days"
        );
        for day in d(2024, 1, 1).iter_days().take_while(|x| x.year() <= 2026) {
            let answer = cal().day_info(day);
            assert!(answer.is_fully_covered(), "{day}");
            let info = answer.value;
            match expected.get(&day) {
                Some((name, true)) => {
                    assert_eq!(info.kind, DayKind::Holiday, "{day}");
                    assert!(!info.working, "{day}");
                    assert_eq!(info.holiday_name.as_deref(), Some(*name), "{day}");
                }
                Some((name, false)) => {
                    assert_eq!(info.kind, DayKind::MakeUpWorkday, "{day}");
                    assert!(info.working, "{day}");
                    assert_eq!(info.holiday_name.as_deref(), Some(*name), "{day}");
                }
                None if is_weekend(day) => {
                    assert_eq!(info.kind, DayKind::Weekend, "{day}");
                    assert!(!info.working);
                }
                None => {
                    assert_eq!(info.kind, DayKind::Normal, "{day}");
                    assert!(info.working);
                }
            }
            assert_eq!(cal().is_working_day(day).value, info.working);
        }
    }

    #[test]
    fn spring_festival_2026_spans() {
        let c = cal();
        // Friday before the break -> the make-up Saturday.
        assert_eq!(
            c.add_working_days(d(2026, 2, 13), 1).unwrap().value,
            d(2026, 2, 14)
        );
        // The make-up Saturday -> the first day after the 9-day break.
        assert_eq!(
            c.add_working_days(d(2026, 2, 14), 1).unwrap().value,
            d(2026, 2, 24)
        );
        assert_eq!(
            c.next_working_day(d(2026, 2, 14)).unwrap().value,
            d(2026, 2, 24)
        );
        // Feb 2026: 20 weekdays, 6 of them off (16–20, 23), 2 make-up Saturdays (14, 28).
        let feb = c
            .working_days_between(d(2026, 1, 31), d(2026, 2, 28))
            .unwrap();
        assert_eq!(feb.value, 16);
        assert!(feb.is_fully_covered());
        // Promise of 5 working days given on 2026-02-12 (Thu).
        assert_eq!(
            c.add_working_days(d(2026, 2, 12), 5).unwrap().value,
            d(2026, 2, 26)
        );
    }

    #[test]
    fn national_day_spans() {
        let c = cal();
        assert_eq!(
            c.add_working_days(d(2025, 9, 30), 1).unwrap().value,
            d(2025, 10, 9)
        );
        // 2025-09-28 is a make-up Sunday.
        assert_eq!(
            c.add_working_days(d(2025, 9, 26), 1).unwrap().value,
            d(2025, 9, 28)
        );
        assert_eq!(
            c.add_working_days(d(2024, 9, 30), 1).unwrap().value,
            d(2024, 10, 8)
        );
        assert_eq!(
            c.add_working_days(d(2026, 9, 30), 3).unwrap().value,
            d(2026, 10, 10)
        );
        let crossed = c.holidays_between(d(2025, 9, 30), d(2025, 10, 9)).unwrap();
        assert_eq!(crossed.value.len(), 8);
        assert!(crossed
            .value
            .iter()
            .all(|(date, name)| name == "国庆节、中秋节" && date.month() == 10));
    }

    #[test]
    fn zero_days_convention() {
        let c = cal();
        // A working day answers itself; a holiday answers the first working day after it.
        assert_eq!(
            c.add_working_days(d(2026, 2, 24), 0).unwrap().value,
            d(2026, 2, 24)
        );
        assert_eq!(
            c.add_working_days(d(2026, 2, 15), 0).unwrap().value,
            d(2026, 2, 24)
        );
        assert_eq!(
            c.add_working_days(d(2026, 2, 14), 0).unwrap().value,
            d(2026, 2, 14)
        );
        assert_eq!(
            c.working_days_between(d(2026, 3, 2), d(2026, 3, 2))
                .unwrap()
                .value,
            0
        );
    }

    #[test]
    fn between_is_signed() {
        let c = cal();
        assert_eq!(
            c.working_days_between(d(2026, 2, 13), d(2026, 2, 24))
                .unwrap()
                .value,
            2
        );
        assert_eq!(
            c.working_days_between(d(2026, 2, 24), d(2026, 2, 13))
                .unwrap()
                .value,
            -2
        );
    }

    #[test]
    fn holidays_between_lists_the_break() {
        let crossed = cal()
            .holidays_between(d(2026, 2, 13), d(2026, 2, 24))
            .unwrap()
            .value;
        let dates: Vec<_> = crossed.iter().map(|(date, _)| *date).collect();
        let want: Vec<_> = (15..=23).map(|day| d(2026, 2, day)).collect();
        assert_eq!(dates, want);
        assert!(crossed.iter().all(|(_, name)| name == "春节"));
        assert!(cal()
            .holidays_between(d(2026, 2, 24), d(2026, 2, 13))
            .unwrap()
            .value
            .is_empty());
    }

    #[test]
    fn uncovered_years_are_flagged() {
        let c = cal();
        // 2027-01-01 is a Friday; without data the weekend rule gives Monday the 4th.
        let a = c.add_working_days(d(2027, 1, 1), 1).unwrap();
        assert_eq!(a.value, d(2027, 1, 4));
        assert_eq!(a.uncovered_years, BTreeSet::from([2027]));
        let info = c.day_info(d(2027, 10, 1));
        assert_eq!(info.value.kind, DayKind::Normal);
        assert!(info.value.working);
        assert_eq!(info.uncovered_years, BTreeSet::from([2027]));
        // Crossing from covered 2026 into 2027.
        let a = c.add_working_days(d(2026, 12, 30), 3).unwrap();
        assert_eq!(a.value, d(2027, 1, 4));
        assert_eq!(a.uncovered_years, BTreeSet::from([2027]));
        // Only the examined days count: 2026-12-31 + 0 touches only 2026.
        assert!(c
            .add_working_days(d(2026, 12, 31), 0)
            .unwrap()
            .is_fully_covered());
        let span = c
            .working_days_between(d(2022, 6, 1), d(2024, 1, 2))
            .unwrap();
        assert_eq!(span.uncovered_years, BTreeSet::from([2022, 2023]));
        // An empty calendar flags everything.
        assert_eq!(
            Calendar::new()
                .is_working_day(d(2026, 2, 16))
                .uncovered_years,
            BTreeSet::from([2026])
        );
    }

    #[test]
    fn imported_year_replaces_the_weekend_rule() {
        let mut c = cal().clone();
        let json = r#"{"year": 2027, "papers": ["test"], "days": [
            {"name": "元旦", "date": "2027-01-01", "isOffDay": true},
            {"name": "元旦", "date": "2027-01-02", "isOffDay": true},
            {"name": "元旦", "date": "2027-01-03", "isOffDay": true}]}"#;
        assert!(c.with_year(parse_holiday_year(json).unwrap()).is_none());
        let a = c.add_working_days(d(2026, 12, 31), 1).unwrap();
        assert_eq!(a.value, d(2027, 1, 4));
        assert!(a.is_fully_covered());
        assert!(!c.is_working_day(d(2027, 1, 1)).value);
        assert!(c.remove_year(2027).is_some());
        assert!(c.is_working_day(d(2027, 1, 1)).value);
        // Replacing returns the old data.
        let again = parse_holiday_year(BUILTIN_FILES[2]).unwrap();
        assert_eq!(c.with_year(again.clone()), Some(again));
    }

    #[test]
    fn bounds_and_overflow_are_errors() {
        let c = cal();
        assert_eq!(
            c.add_working_days(d(2026, 1, 1), MAX_WORKING_DAYS + 1),
            Err(CalendarError::TooManyWorkingDays {
                requested: MAX_WORKING_DAYS + 1,
                max: MAX_WORKING_DAYS
            })
        );
        assert!(c.add_working_days(d(2026, 1, 1), MAX_WORKING_DAYS).is_ok());
        assert!(matches!(
            c.add_working_days(NaiveDate::MAX, 1),
            Err(CalendarError::DateOverflow { .. })
        ));
        assert!(matches!(
            c.add_working_days(NaiveDate::MAX - chrono::Days::new(3), 10),
            Err(CalendarError::DateOverflow { .. })
        ));
        assert!(matches!(
            c.working_days_between(NaiveDate::MIN, NaiveDate::MAX),
            Err(CalendarError::SpanTooLong { .. })
        ));
        assert!(matches!(
            c.holidays_between(NaiveDate::MIN, NaiveDate::MAX),
            Err(CalendarError::SpanTooLong { .. })
        ));
        // MAX itself is a valid query point.
        let _ = c.day_info(NaiveDate::MAX);
        assert_eq!(
            c.working_days_between(NaiveDate::MAX, NaiveDate::MAX)
                .unwrap()
                .value,
            0
        );
    }

    #[test]
    fn a_year_of_days_off_still_terminates() {
        let days = d(2030, 1, 1)
            .iter_days()
            .take(365)
            .map(|date| HolidayDay {
                name: "测试".into(),
                date,
                is_off_day: true,
            })
            .collect();
        let mut c = Calendar::new();
        c.with_year(HolidayYear {
            year: 2030,
            papers: vec![],
            days,
        });
        // Every day of 2030 off: the search runs through the whole year into 2031.
        let a = c.add_working_days(d(2029, 12, 31), 1).unwrap();
        assert_eq!(a.value, d(2031, 1, 1));
        assert_eq!(a.uncovered_years, BTreeSet::from([2031]));
    }

    fn err(json: &str) -> CalendarError {
        parse_holiday_year(json).unwrap_err()
    }

    #[test]
    fn parse_errors_say_what_and_where() {
        let e = err("{\"year\": 2027, \"days\": [");
        assert!(matches!(e, CalendarError::Json { line: 1, .. }), "{e:?}");
        let e = err("not json");
        assert!(matches!(e, CalendarError::Json { .. }));
        let e = err(
            r#"{"year": 2027, "papers": [], "days": [{"name": "x", "date": "2027-02-30", "isOffDay": true}]}"#,
        );
        assert!(matches!(e, CalendarError::Json { .. }), "{e:?}");
        let e = err(r#"{"year": "2027", "days": []}"#);
        assert!(matches!(e, CalendarError::Json { .. }));
        assert_eq!(
            err(
                r#"{"year": 1989, "papers": [], "days": [{"name": "x", "date": "1989-01-01", "isOffDay": true}]}"#
            ),
            CalendarError::YearOutOfRange { year: 1989 }
        );
        assert_eq!(
            err(r#"{"year": 2027, "papers": [], "days": []}"#),
            CalendarError::NoDays { year: 2027 }
        );
        assert_eq!(
            err(
                r#"{"year": 2027, "days": [{"name": "元旦", "date": "2027-01-01", "isOffDay": true}, {"name": " ", "date": "2027-01-02", "isOffDay": true}]}"#
            ),
            CalendarError::EmptyName { entry: 2 }
        );
        assert_eq!(
            err(
                r#"{"year": 2027, "days": [{"name": "元旦", "date": "2027-01-01", "isOffDay": true}, {"name": "春节", "date": "2026-02-15", "isOffDay": true}]}"#
            ),
            CalendarError::DateOutsideYear {
                entry: 2,
                date: d(2026, 2, 15),
                year: 2027
            }
        );
        assert_eq!(
            err(
                r#"{"year": 2027, "days": [{"name": "元旦", "date": "2027-01-01", "isOffDay": true}, {"name": "元旦", "date": "2027-01-01", "isOffDay": false}]}"#
            ),
            CalendarError::DuplicateDate {
                entry: 2,
                first_entry: 1,
                date: d(2027, 1, 1)
            }
        );
    }

    #[test]
    fn neighbouring_year_days_of_the_same_holiday_are_accepted() {
        // Shaped like the 2019 New Year break, which began on 2018-12-30.
        let json = r#"{"year": 2019, "papers": [], "$schema": "ignored", "days": [
            {"name": "元旦", "date": "2018-12-29", "isOffDay": false},
            {"name": "元旦", "date": "2018-12-30", "isOffDay": true},
            {"name": "元旦", "date": "2018-12-31", "isOffDay": true},
            {"name": "元旦", "date": "2019-01-01", "isOffDay": true}]}"#;
        let year = parse_holiday_year(json).unwrap();
        let mut c = Calendar::new();
        c.with_year(year);
        assert!(c.is_working_day(d(2018, 12, 29)).value);
        assert_eq!(c.day_info(d(2018, 12, 31)).value.kind, DayKind::Holiday);
        // 2018 itself has no file, so it is still flagged.
        assert_eq!(
            c.day_info(d(2018, 12, 31)).uncovered_years,
            BTreeSet::from([2018])
        );
        // A different name, or a day too far away, is refused.
        let wrong_name = json.replace(
            r#""元旦", "date": "2018-12-29""#,
            r#""春节", "date": "2018-12-29""#,
        );
        assert!(matches!(
            err(&wrong_name),
            CalendarError::DateOutsideYear { entry: 1, .. }
        ));
        let too_far = json.replace("2018-12-29", "2018-12-01");
        assert!(matches!(
            err(&too_far),
            CalendarError::DateOutsideYear { entry: 1, .. }
        ));
    }

    #[test]
    fn harmless_redundant_entries_are_accepted() {
        // An off day on a Sunday and a "working" Monday change nothing, but are allowed.
        let json = r#"{"year": 2027, "days": [
            {"name": "测试", "date": "2027-01-03", "isOffDay": true},
            {"name": "测试", "date": "2027-01-04", "isOffDay": false}]}"#;
        assert!(parse_holiday_year(json).is_ok());
    }

    #[test]
    fn too_many_entries_are_refused_before_the_quadratic_check() {
        let days: Vec<HolidayDay> = (0..MAX_DAYS_PER_FILE + 1)
            .map(|_| HolidayDay {
                name: "x".into(),
                date: d(2027, 1, 1),
                is_off_day: true,
            })
            .collect();
        let data = HolidayYear {
            year: 2027,
            papers: vec![],
            days,
        };
        assert!(matches!(
            validate_holiday_year(&data),
            Err(CalendarError::TooManyEntries { .. })
        ));
    }

    #[test]
    fn messages_exist_in_both_languages() {
        let samples = [
            err("oops"),
            CalendarError::YearOutOfRange { year: 3000 },
            CalendarError::NoDays { year: 2027 },
            CalendarError::TooManyEntries {
                count: 999,
                max: 394,
            },
            CalendarError::EmptyName { entry: 3 },
            CalendarError::DateOutsideYear {
                entry: 4,
                date: d(2026, 1, 1),
                year: 2027,
            },
            CalendarError::DuplicateDate {
                entry: 5,
                first_entry: 2,
                date: d(2027, 1, 1),
            },
            CalendarError::TooManyWorkingDays {
                requested: 20_000,
                max: MAX_WORKING_DAYS,
            },
            CalendarError::SpanTooLong {
                days: 99_999,
                max: MAX_SPAN_DAYS,
            },
            CalendarError::DateOverflow {
                from: d(2027, 1, 1),
            },
            CalendarError::NoWorkingDayFound {
                from: d(2027, 1, 1),
                searched_days: 800,
            },
        ];
        for e in samples {
            let zh = e.message(Lang::Zh);
            let en = e.message(Lang::En);
            assert!(!zh.is_empty() && !en.is_empty());
            assert_ne!(zh, en);
            assert!(
                zh.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
                "{zh}"
            );
        }
        let zh = CalendarError::DuplicateDate {
            entry: 5,
            first_entry: 2,
            date: d(2027, 1, 1),
        }
        .message(Lang::Zh);
        assert!(zh.contains("第 5 条") && zh.contains("2027-01-01") && zh.contains("第 2 条"));
        for kind in [
            DayKind::Normal,
            DayKind::Weekend,
            DayKind::Holiday,
            DayKind::MakeUpWorkday,
        ] {
            assert_ne!(kind.label(Lang::Zh), kind.label(Lang::En));
        }
    }

    fn date_2024_2026() -> impl Strategy<Value = NaiveDate> {
        (0i64..(366 + 365 + 365)).prop_map(|offset| d(2024, 1, 1) + chrono::Duration::days(offset))
    }

    proptest! {
        #[test]
        fn add_then_count_round_trips(start in date_2024_2026(), n in 0u32..200) {
            let c = cal();
            let end = c.add_working_days(start, n).unwrap().value;
            prop_assert!(c.is_working_day(end).value);
            prop_assert!(end >= start);
            if n >= 1 {
                prop_assert!(end > start);
                prop_assert_eq!(c.working_days_between(start, end).unwrap().value, i64::from(n));
                prop_assert_eq!(c.working_days_between(end, start).unwrap().value, -i64::from(n));
                // The day before the result still falls short by one.
                let before = end.pred_opt().unwrap();
                prop_assert_eq!(
                    c.working_days_between(start, before).unwrap().value,
                    i64::from(n) - 1
                );
            } else {
                prop_assert!(c.working_days_between(start, end).unwrap().value <= 1);
            }
        }

        #[test]
        fn parse_never_panics(s in "\\PC*") {
            let _ = parse_holiday_year(&s);
        }

        #[test]
        fn parse_never_panics_on_near_valid_json(
            year in -5i32..3000,
            dates in proptest::collection::vec(("[0-9]{4}-[0-9]{2}-[0-9]{2}", any::<bool>(), "\\PC{0,4}"), 0..12),
        ) {
            let days: Vec<String> = dates
                .iter()
                .map(|(date, off, name)| format!(
                    r#"{{"name": {}, "date": "{date}", "isOffDay": {off}}}"#,
                    serde_json::to_string(name).unwrap()
                ))
                .collect();
            let json = format!(r#"{{"year": {year}, "papers": [], "days": [{}]}}"#, days.join(","));
            if let Err(e) = parse_holiday_year(&json) {
                prop_assert!(!e.message(Lang::Zh).is_empty());
                prop_assert!(!e.message(Lang::En).is_empty());
            }
        }

        #[test]
        fn arbitrary_dates_never_panic(days in any::<i32>(), n in any::<u32>(), span in -40_000i64..40_000) {
            let c = cal();
            let start = NaiveDate::from_num_days_from_ce_opt(days % 90_000_000)
                .unwrap_or(d(2026, 1, 1));
            let _ = c.day_info(start);
            let _ = c.add_working_days(start, n % (MAX_WORKING_DAYS + 10));
            let _ = c.next_working_day(start);
            if let Some(other) = start.checked_add_signed(chrono::Duration::days(span)) {
                let _ = c.working_days_between(start, other);
                let _ = c.holidays_between(start, other);
            }
        }
    }
}
