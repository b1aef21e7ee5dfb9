//! The one thing to do next on a failure, so a tablet in a service hall can show it as one
//! big button: tell the client, set up the remedy, work it, report, close.

use super::report::overdue_report;
use super::types::{Failure, LocalClock};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NextAction {
    /// The client has not been told: the one-hour clock is running.
    Notify,
    /// Nobody has a remedy step yet.
    AddSteps,
    /// Today's progress report is due (after the day of discovery) and not sent.
    SendReport,
    /// Remedy steps are still open.
    TickSteps,
    /// Every step is done and today's report is out: close it with the outcome.
    Close,
    /// Closed or archived: nothing left to do.
    Nothing,
}

impl NextAction {
    /// A stable key for CSS classes and test ids.
    pub fn key(self) -> &'static str {
        match self {
            NextAction::Notify => "notify",
            NextAction::AddSteps => "add_steps",
            NextAction::SendReport => "send_report",
            NextAction::TickSteps => "tick_steps",
            NextAction::Close => "close",
            NextAction::Nothing => "nothing",
        }
    }
}

/// What to do next on `failure` at `clock`. The notification comes before everything (it is
/// the promise with a deadline); a report already overdue comes before more remedy work; on
/// the first day the report is asked for once the steps are done.
pub fn next_action(failure: &Failure, clock: &LocalClock) -> NextAction {
    if !failure.is_open() {
        NextAction::Nothing
    } else if failure.notification.is_none() {
        NextAction::Notify
    } else if failure.steps.is_empty() {
        NextAction::AddSteps
    } else if overdue_report(failure, clock) {
        NextAction::SendReport
    } else if failure.open_steps().next().is_some() {
        NextAction::TickSteps
    } else if failure.report_on(clock.today()).is_none() {
        NextAction::SendReport
    } else {
        NextAction::Close
    }
}
