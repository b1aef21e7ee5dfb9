//! A case's dates in working days: how many are left before the hard date, and when the
//! promised working days run out.

use std::collections::BTreeSet;

use chrono::NaiveDate;

use super::Case;
use crate::domain::calendar::Calendar;

/// The working-day view of a case on a given day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Schedule {
    /// Working days in (today, hard date]; negative once the hard date has passed.
    /// `None` only when the span is beyond what the calendar will count.
    pub working_days_left: Option<i64>,
    /// The day the promised working days run out, counted from the start date.
    pub promised_due: Option<NaiveDate>,
    /// The promise ends after the hard date: the plan cannot work as sold.
    pub promise_misses_hard_date: bool,
    /// Years the answer touched that have no holiday data (counted on the weekend rule).
    pub uncovered_years: BTreeSet<i32>,
}

impl Case {
    pub fn schedule(&self, cal: &Calendar, today: NaiveDate) -> Schedule {
        let mut uncovered = BTreeSet::new();
        let left = cal
            .working_days_between(today, self.hard_date)
            .ok()
            .map(|a| {
                uncovered.extend(a.uncovered_years);
                a.value
            });
        let due = cal
            .add_working_days(self.start_date, self.promised_working_days)
            .ok()
            .map(|a| {
                uncovered.extend(a.uncovered_years);
                a.value
            });
        Schedule {
            working_days_left: left,
            promised_due: due,
            promise_misses_hard_date: due.is_some_and(|d| d > self.hard_date),
            uncovered_years: uncovered,
        }
    }
}
