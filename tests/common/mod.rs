//! Helpers shared by the browser tests.
#![allow(dead_code)]

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use expedite_guard::domain::case::{Case, CaseInput, UrgencyKind};
use expedite_guard::domain::record::new_id;

pub fn at(secs: i64) -> DateTime<Utc> {
    Utc.timestamp_opt(1_780_000_000 + secs, 0)
        .single()
        .expect("valid test time")
}

/// Pins the app's clock (`ui::platform::now` / `today`) at noon UTC on 1 December 2026, the same
/// local date in every time zone from UTC-11 to UTC+11, so nothing asserted depends on the real day.
pub fn pin_today() -> NaiveDate {
    expedite_guard::ui::platform::pin_clock(Some(
        Utc.with_ymd_and_hms(2026, 12, 1, 12, 0, 0)
            .single()
            .expect("valid pinned time"),
    ));
    date("2026-12-01")
}

/// A unique database name per test, so tests never see each other's data.
pub fn db_name(test: &str) -> String {
    format!("eg-test-{test}-{}", js_sys::Math::random())
}

pub fn case(company: &str, hard_date: NaiveDate, seed: u8) -> Case {
    let input = CaseInput {
        company_name: company.into(),
        service_name: "经营范围变更".into(),
        urgency: UrgencyKind::Tender,
        hard_date: hard_date.format("%Y-%m-%d").to_string(),
        start_date: "2026-01-05".into(),
        promised_days: "5".into(),
        pm: "张敏".into(),
        ..CaseInput::default()
    };
    Case::create(&input, new_id(at(seed as i64), [seed; 10]), at(seed as i64)).expect("valid case")
}

pub fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("valid date")
}
