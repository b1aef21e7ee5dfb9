//! Local date and time as a `<input type="datetime-local">` holds it ("2026-03-03T10:05"):
//! staff type the time they saw the failure or told the client in their own time zone.

use chrono::{DateTime, Duration, NaiveDateTime, Utc};

use super::types::LocalClock;

const INPUT_FORMAT: &str = "%Y-%m-%dT%H:%M";

impl LocalClock {
    /// An instant as the value of a `datetime-local` input, minute precision.
    pub fn input_value(&self, at: DateTime<Utc>) -> String {
        let local = at.naive_utc() + Duration::seconds(i64::from(self.offset.local_minus_utc()));
        local.format(INPUT_FORMAT).to_string()
    }

    /// The instant of a `datetime-local` value (seconds, if the browser adds them, are read
    /// too). `None` for blank or malformed text.
    pub fn parse_input(&self, text: &str) -> Option<DateTime<Utc>> {
        let text = text.trim();
        let local = NaiveDateTime::parse_from_str(text, INPUT_FORMAT)
            .or_else(|_| NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M:%S"))
            .ok()?;
        let utc = local
            .checked_sub_signed(Duration::seconds(i64::from(self.offset.local_minus_utc())))?;
        Some(utc.and_utc())
    }
}
