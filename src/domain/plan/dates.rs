//! Counting working days backwards, which the calendar does not offer: decide-by dates and the
//! client's materials deadline both count back from the hard date. Built on the calendar's
//! public API only, with the same conventions as `Calendar::add_working_days` mirrored.

use std::collections::BTreeSet;

use chrono::{Datelike, NaiveDate};

use crate::domain::calendar::{Answer, Calendar, CalendarError, MAX_WORKING_DAYS};

/// Room for the longest run of days off (a 9-day Spring Festival break plus weekends) on top
/// of the weekend allowance; a search longer than this means the holiday data is broken.
const SLACK_DAYS: usize = 60;

/// The date `n` working days before `date`.
///
/// Mirror of `add_working_days`: `date` is day 0 and never counted. For `n >= 1` the result is
/// the n-th working day strictly before `date`; for `n == 0` it is `date` when that is a
/// working day, otherwise the last working day before it. So for every working day `d` and
/// `n >= 1`, `add_working_days(subtract_working_days(d, n), n) == d`.
///
/// Uncovered years are those of the days examined: `[result, date)`, plus `date` when `n == 0`.
pub fn subtract_working_days(
    cal: &Calendar,
    date: NaiveDate,
    n: u32,
) -> Result<Answer<NaiveDate>, CalendarError> {
    if n > MAX_WORKING_DAYS {
        return Err(CalendarError::TooManyWorkingDays {
            requested: n,
            max: MAX_WORKING_DAYS,
        });
    }
    let (start, left) = if n == 0 {
        if cal.is_working_day(date).value {
            return Ok(Answer {
                value: date,
                uncovered_years: uncovered(cal, date, date),
            });
        }
        (date, 1)
    } else {
        (date, n)
    };
    let limit = usize::try_from(left)
        .unwrap_or(usize::MAX)
        .saturating_mul(2)
        .saturating_add(SLACK_DAYS);
    let mut day = start;
    let mut left = left;
    let mut searched = 0usize;
    while left > 0 {
        if searched >= limit {
            return Err(CalendarError::NoWorkingDayFound {
                from: date,
                searched_days: searched,
            });
        }
        day = day
            .pred_opt()
            .ok_or(CalendarError::DateOverflow { from: date })?;
        searched += 1;
        if cal.is_working_day(day).value {
            left -= 1;
        }
    }
    let last_examined = if n == 0 {
        date
    } else {
        date.pred_opt().unwrap_or(date)
    };
    Ok(Answer {
        value: day,
        uncovered_years: uncovered(cal, day, last_examined),
    })
}

/// `date` itself when it is a working day, otherwise the last working day before it.
pub fn last_working_day_on_or_before(
    cal: &Calendar,
    date: NaiveDate,
) -> Result<Answer<NaiveDate>, CalendarError> {
    subtract_working_days(cal, date, 0)
}

fn uncovered(cal: &Calendar, first: NaiveDate, last: NaiveDate) -> BTreeSet<i32> {
    if last < first {
        return BTreeSet::new();
    }
    (first.year()..=last.year())
        .filter(|y| !cal.covers(*y))
        .collect()
}
