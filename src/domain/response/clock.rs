//! The notification clock: from discovery to the logged client notification.
//!
//! The article's rule is to tell the client within one hour of seeing a likely failure; a
//! contract may promise a longer window (the plan's 告知时限, up to a day), and the failure keeps
//! the window promised when it was raised (`Failure::notify_within_hours`). The clock is a pure
//! function of the record and `now`: it starts at `discovered_at`, stops at the notification's
//! `at`, and a missed window stays visible forever (`StoppedLate`).
//!
//! Boundary: exactly the window (60:00 for one hour) still counts as in time. So a clock at
//! exactly 60:00 with no notification is still `Running` with zero remaining (telling the client
//! now is still in time); one second later it is `Overdue`.

use crate::domain::sorting;
use chrono::{DateTime, Duration, Utc};

use super::fmt::{format_clock, format_duration};
use super::types::{pick_string, Failure};
use crate::domain::lang::Lang;

/// Where the one-hour clock stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClockState {
    /// Not notified yet, still in time. `elapsed + remaining == 1 h`.
    Running {
        elapsed: Duration,
        remaining: Duration,
    },
    /// Not notified and the hour has passed.
    Overdue { overdue_by: Duration },
    /// Notified within the hour.
    StoppedInTime { took: Duration },
    /// Notified, but after the hour.
    StoppedLate { took: Duration },
}

impl ClockState {
    /// Still counting (the UI ticks it every second).
    pub fn is_ticking(self) -> bool {
        matches!(
            self,
            ClockState::Running { .. } | ClockState::Overdue { .. }
        )
    }

    /// The hour was (or is being) missed: shown in red, never hidden.
    pub fn is_missed(self) -> bool {
        matches!(
            self,
            ClockState::Overdue { .. } | ClockState::StoppedLate { .. }
        )
    }

    /// A stable key for CSS classes and test ids.
    pub fn key(self) -> &'static str {
        match self {
            ClockState::Running { .. } => "running",
            ClockState::Overdue { .. } => "overdue",
            ClockState::StoppedInTime { .. } => "in_time",
            ClockState::StoppedLate { .. } => "late",
        }
    }

    /// The big number on the clock face: time left, time over, or time taken.
    pub fn face(self) -> String {
        match self {
            ClockState::Running { remaining, .. } => format_clock(remaining),
            ClockState::Overdue { overdue_by } => format!("+{}", format_clock(overdue_by)),
            ClockState::StoppedInTime { took } | ClockState::StoppedLate { took } => {
                format_clock(took)
            }
        }
    }

    /// One line under the face; `window` is the failure's promised notification window.
    pub fn caption(self, window: Duration, lang: Lang) -> String {
        match self {
            ClockState::Running { remaining, .. } => pick_string(
                lang,
                format!("请在 {} 内通知客户", format_duration(remaining, Lang::Zh)),
                format!(
                    "Tell the client within {}",
                    format_duration(remaining, Lang::En)
                ),
            ),
            ClockState::Overdue { overdue_by } => pick_string(
                lang,
                format!(
                    "已超过 {}告知时限 {}，仍未通知客户",
                    format_duration(window, Lang::Zh),
                    format_duration(overdue_by, Lang::Zh)
                ),
                format!(
                    "The {} notice window passed {} ago and the client has not been told",
                    format_duration(window, Lang::En),
                    format_duration(overdue_by, Lang::En)
                ),
            ),
            ClockState::StoppedInTime { took } => pick_string(
                lang,
                format!("{}内已通知客户", format_duration(took, Lang::Zh)),
                format!("Client told within {}", format_duration(took, Lang::En)),
            ),
            ClockState::StoppedLate { took } => pick_string(
                lang,
                format!(
                    "用了 {} 才通知客户，超过了 {}告知时限",
                    format_duration(took, Lang::Zh),
                    format_duration(window, Lang::Zh)
                ),
                format!(
                    "Client told after {}, later than the {} notice window",
                    format_duration(took, Lang::En),
                    format_duration(window, Lang::En)
                ),
            ),
        }
    }
}

/// The clock of one failure at `now`.
///
/// A `now` before the discovery (a device clock behind) counts as zero elapsed, and a
/// notification logged with a time before the discovery counts as immediate: neither can make
/// the clock show more than an hour left.
pub fn clock(failure: &Failure, now: DateTime<Utc>) -> ClockState {
    let limit = failure.notify_window();
    match &failure.notification {
        Some(n) => {
            let took = (n.at - failure.discovered_at).max(Duration::zero());
            if took <= limit {
                ClockState::StoppedInTime { took }
            } else {
                ClockState::StoppedLate { took }
            }
        }
        None => {
            let elapsed = (now - failure.discovered_at).max(Duration::zero());
            if elapsed <= limit {
                ClockState::Running {
                    elapsed,
                    remaining: limit - elapsed,
                }
            } else {
                ClockState::Overdue {
                    overdue_by: elapsed - limit,
                }
            }
        }
    }
}

/// A ticking clock for the home screen and the case list.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RunningClock<'a> {
    pub failure: &'a Failure,
    pub state: ClockState,
}

/// Every open failure whose client has not been told yet: overdue ones first (longest overdue
/// on top), then running ones with the least time left.
pub fn running_clocks(failures: &[Failure], now: DateTime<Utc>) -> Vec<RunningClock<'_>> {
    let mut out: Vec<RunningClock<'_>> = failures
        .iter()
        .filter(|f| f.is_open() && f.notification.is_none())
        .map(|failure| RunningClock {
            failure,
            state: clock(failure, now),
        })
        .collect();
    // Sorting by the moment each window closes puts the most urgent first for both groups:
    // the earliest close is the most overdue, or the one with the least time left.
    sorting::sort_by_key(&mut out, |c| {
        (
            c.failure.discovered_at + c.failure.notify_window(),
            c.failure.meta.id,
        )
    });
    out
}
