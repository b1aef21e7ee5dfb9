//! Small helpers shared by the library screens: date labels, parsing what was typed, grouping
//! holiday days into runs and finding the stored record behind a custom service.

use std::collections::BTreeMap;
use std::rc::Rc;

use chrono::{Datelike, NaiveDate};
use yew::prelude::*;

use uuid::Uuid;

use crate::domain::calendar::{Calendar, CalendarError, DayKind, MAX_WORKING_DAYS};
use crate::domain::library::{CustomService, StoredHolidayYear};
use crate::i18n::{pick, t, Lang, LibK, Localized};

/// A date as typed in an `<input type="date">` (`YYYY-MM-DD`).
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").ok()
}

pub fn iso(date: NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

pub use crate::domain::response::weekday_name as weekday;

/// "2026-02-24（周二）" / "2026-02-24 (Tue)".
pub fn date_label(date: NaiveDate, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{}（{}）", iso(date), weekday(date, lang)),
        Lang::En => format!("{} ({})", iso(date), weekday(date, lang)),
    }
}

/// A holiday's name in the UI language. The data names holidays in Chinese; the seven
/// statutory ones have an English name, anything else (an imported file's own wording) is
/// shown as written.
pub fn holiday_name(name: &str, lang: Lang) -> String {
    let key = match name {
        "元旦" => LibK::HolidayNewYear,
        "春节" => LibK::HolidaySpring,
        "清明节" => LibK::HolidayQingming,
        "劳动节" => LibK::HolidayLabour,
        "端午节" => LibK::HolidayDragonBoat,
        "中秋节" => LibK::HolidayMidAutumn,
        "国庆节" => LibK::HolidayNational,
        _ => return name.to_string(),
    };
    t(lang, key).to_string()
}

/// Why a working-day calculation has no answer: kept typed, worded when shown.
#[derive(Clone, Debug, PartialEq)]
pub enum CalcError {
    /// The start date is not a date.
    StartDate,
    /// The number of working days is not a whole number in range.
    Count,
    /// One of the two dates is not a date.
    Dates,
    Calendar(CalendarError),
}

impl Localized for CalcError {
    fn message(&self, lang: Lang) -> String {
        match self {
            CalcError::StartDate => t(lang, LibK::ErrStartDate).to_string(),
            CalcError::Count => pick(
                lang,
                format!("工作日数须是 0 到 {MAX_WORKING_DAYS} 之间的整数。"),
                format!(
                    "The number of working days must be a whole number from 0 to {MAX_WORKING_DAYS}."
                ),
            ),
            CalcError::Dates => t(lang, LibK::ErrBadDates).to_string(),
            CalcError::Calendar(e) => e.message(lang),
        }
    }
}

/// A whole number typed by a person. Negative or non-numeric text is `None`; a number too
/// large for `u32` becomes `u32::MAX`, so the domain can say what the limit is.
pub fn parse_count(text: &str) -> Option<u32> {
    let value: u64 = text.trim().parse().ok()?;
    Some(u32::try_from(value).unwrap_or(u32::MAX))
}

/// A duration field of the service editor: empty or unreadable counts as 0, which validation
/// then refuses where 0 is not allowed.
pub fn parse_days(text: &str) -> u32 {
    parse_count(text).unwrap_or(0)
}

/// Consecutive listed days of one holiday, e.g. 春节 2026-02-15 … 2026-02-23.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HolidayRun {
    pub name: String,
    pub first: NaiveDate,
    pub last: NaiveDate,
    pub days: usize,
}

/// Groups an ascending list of (date, holiday name) into runs of consecutive days.
pub fn holiday_runs(days: &[(NaiveDate, String)]) -> Vec<HolidayRun> {
    let mut runs: Vec<HolidayRun> = Vec::new();
    for (date, name) in days {
        match runs.last_mut() {
            Some(run) if run.name == *name && run.last.succ_opt() == Some(*date) => {
                run.last = *date;
                run.days += 1;
            }
            _ => runs.push(HolidayRun {
                name: name.clone(),
                first: *date,
                last: *date,
                days: 1,
            }),
        }
    }
    runs
}

/// The make-up working days (调休上班) in `(from, to]`, ascending, with the holiday they pay for.
/// Read from the year files rather than by walking every day, so long spans stay cheap.
pub fn makeup_days(
    calendar: &Calendar,
    from: NaiveDate,
    to: NaiveDate,
) -> Vec<(NaiveDate, String)> {
    let mut found = BTreeMap::new();
    if to <= from {
        return Vec::new();
    }
    for year in from.year().saturating_sub(1)..=to.year().saturating_add(1) {
        let Some(data) = calendar.year(year) else {
            continue;
        };
        for day in data.days.iter().filter(|d| d.date > from && d.date <= to) {
            // The date's own year file wins over a neighbour's listing; ask the calendar.
            let info = calendar.day_info(day.date).value;
            if info.kind == DayKind::MakeUpWorkday {
                found.insert(day.date, info.holiday_name.unwrap_or_default());
            }
        }
    }
    found.into_iter().collect()
}

/// The live stored record of a custom service, by its key, in the custom services' table.
pub fn custom_record(
    table: &BTreeMap<Uuid, Rc<CustomService>>,
    key: &str,
) -> Option<Rc<CustomService>> {
    table
        .values()
        .filter(|r| !r.meta.deleted && r.service.key == key)
        .max_by_key(|r| r.meta.updated_at)
        .cloned()
}

/// The stored import of a year, live or archived (re-importing revives it), in the stored
/// years' table.
pub fn stored_year(
    table: &BTreeMap<Uuid, Rc<StoredHolidayYear>>,
    year: i32,
) -> Option<Rc<StoredHolidayYear>> {
    table
        .values()
        .filter(|r| r.data.year == year)
        .max_by_key(|r| (!r.meta.deleted, r.meta.updated_at))
        .cloned()
}

/// An `oninput` handler that stores the field's text.
pub fn text_setter(state: &UseStateHandle<String>) -> Callback<InputEvent> {
    let state = state.clone();
    Callback::from(move |e: InputEvent| {
        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
        state.set(input.value());
    })
}
