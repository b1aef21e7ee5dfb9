//! 失败应对 The failure desk: what the team does from the moment an expedited case starts to fail.
//!
//! This module owns the stored [`Failure`] record (one or more per case) and everything computed
//! from it:
//! - the one-hour notification clock ([`clock`], [`running_clocks`]),
//! - the client notification draft ([`draft_notification`]) and the expected dates behind it,
//! - the remedy playbook by failure kind and linked alternative paths ([`playbook`]),
//! - the daily progress report ([`make_report`], [`overdue_reports`]),
//! - compensation: whose responsibility, the options and their rules ([`responsibility`],
//!   [`CompensationInput::validate`]),
//! - the case timeline that the retrospective starts from ([`timeline`]).
//!
//! Time always comes in as a parameter ([`LocalClock`]: the instant plus the device's UTC
//! offset, because "today" and "a report per day" are local notions).

mod clock;
mod compensation;
mod draft;
mod error;
mod failure;
mod fmt;
mod local_input;
mod next;
mod playbook;
mod report;
mod timeline;
mod types;

#[cfg(test)]
pub(crate) mod tests;

pub use clock::{clock, running_clocks, ClockState, RunningClock};
pub use compensation::{
    required_options, responsibility, suggest_compensation, Compensation, CompensationInput,
    CompensationItem, CompensationOption, CompensationTerms, Decision, Party, MAX_AMOUNT_CENTS,
};
pub use draft::{draft_notification, expected_dates, ExpectedDates};
pub use error::{ResponseError, ResponseField};
pub use failure::{case_after_close, case_after_raise, FailureInput, NotificationInput};
pub use fmt::{format_clock, format_date, format_duration, format_yuan, parse_yuan, weekday_name};
pub use next::{next_action, NextAction};
pub use playbook::{playbook, StepSource, StepTemplate, KNOWN_PATH_KEYS};
pub use report::{
    make_report, missed_report_days, overdue_report, overdue_reports, ProgressReport,
};
pub use timeline::{timeline, TimelineEntry, TimelineKind};
pub use types::{
    Channel, Closure, Estimate, Failure, FailureKind, LocalClock, Notification, Outcome,
    RemedyStep, Role, DEFAULT_NOTIFY_HOURS, MAX_ESTIMATE_WORKING_DAYS, MAX_TEXT,
};
