//! Where the retrospective starts: did the case make its hard date, and if not, by how many
//! working days did it miss?

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::error::RetroError;
use crate::domain::calendar::Calendar;
use crate::domain::case::{Case, CaseEventKind, Status};
use crate::domain::lang::Lang;
use crate::domain::response::{format_date, Failure, LocalClock, Outcome};

/// The case's result against its hard date.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseOutcome {
    pub status: Status,
    pub hard_date: NaiveDate,
    /// The local day the case reached 办结 or 已补救; `None` while it has not.
    pub finished_on: Option<NaiveDate>,
    /// Finished on or before the hard date.
    pub met_hard_date: bool,
    /// Working days after the hard date: until it finished, or until today for a case that
    /// never did. 0 when met (or not yet due).
    pub missed_by_working_days: i64,
    /// Years without holiday data the count crossed.
    #[serde(default)]
    pub uncovered_years: Vec<i32>,
    /// The case stays 失败 and its last failure was closed as lost or withdrawn: it is over,
    /// without making the hard date (not "not finished yet").
    #[serde(default)]
    pub lost: bool,
}

impl CaseOutcome {
    /// "按期完成…" / "比硬期限…晚了 2 个工作日" / "未办结，已超过硬期限…3 个工作日".
    pub fn summary(&self, lang: Lang) -> String {
        let hard = format_date(self.hard_date, lang);
        let n = self.missed_by_working_days;
        if self.lost {
            return match lang {
                Lang::Zh => format!("未能挽回，没有赶上硬期限 {hard}"),
                Lang::En => format!("Lost: the hard date ({hard}) was not made"),
            };
        }
        match (self.finished_on, self.met_hard_date, lang) {
            (Some(_), true, Lang::Zh) => format!("按期完成（硬期限 {hard}）"),
            (Some(_), true, Lang::En) => format!("Finished in time (hard date {hard})"),
            (Some(_), false, Lang::Zh) if n == 0 => format!("在硬期限 {hard} 之后的休息日办结"),
            (Some(_), false, Lang::En) if n == 0 => {
                format!("Finished on a day off after the hard date ({hard})")
            }
            (Some(_), false, Lang::Zh) => format!("比硬期限 {hard}晚了 {n} 个工作日"),
            (Some(_), false, Lang::En) => {
                format!("Finished {n} working day(s) after the hard date ({hard})")
            }
            (None, _, Lang::Zh) if n > 0 => {
                format!("未办结，已超过硬期限 {hard}{n} 个工作日")
            }
            (None, _, Lang::En) if n > 0 => {
                format!("Not finished, {n} working day(s) past the hard date ({hard})")
            }
            (None, _, Lang::Zh) => format!("未办结（硬期限 {hard}）"),
            (None, _, Lang::En) => format!("Not finished (hard date {hard})"),
        }
    }
}

/// Whether the retrospective counts it: finished, lost, or already past its hard date. A case
/// still under way before its hard date has no result yet (the on-time chart leaves it out).
impl CaseOutcome {
    pub fn is_decided(&self) -> bool {
        self.finished_on.is_some() || self.lost || self.missed_by_working_days > 0
    }
}

/// The outcome of `case` as of `clock` (today's date matters only for unfinished cases);
/// `failures` are the case's failures (a case left 失败 with its last failure closed as lost or
/// withdrawn is lost).
pub fn case_outcome(
    case: &Case,
    failures: &[Failure],
    calendar: &Calendar,
    clock: &LocalClock,
) -> Result<CaseOutcome, RetroError> {
    let mine: Vec<&Failure> = failures
        .iter()
        .filter(|f| f.case_id == case.meta.id && !f.meta.deleted)
        .collect();
    let lost = case.status == Status::Failed
        && !mine.is_empty()
        && mine.iter().all(|f| !f.is_open())
        && mine
            .iter()
            .filter_map(|f| f.closed.as_ref())
            .max_by_key(|c| c.at)
            .is_some_and(|c| matches!(c.outcome, Outcome::Lost | Outcome::Withdrawn));
    let finished_on = if case.status.is_closed() {
        case.events
            .iter()
            .rev()
            .find_map(|e| match e.kind {
                CaseEventKind::StatusChanged { to, .. } if to.is_closed() => {
                    Some(clock.day_of(e.at))
                }
                _ => None,
            })
            // A closed case without its event (imported from elsewhere): the last update.
            .or(Some(clock.day_of(case.meta.updated_at)))
    } else {
        None
    };
    let reference = finished_on.unwrap_or_else(|| clock.today());
    let (missed, uncovered) = if reference > case.hard_date {
        let count = calendar.working_days_between(case.hard_date, reference)?;
        (
            count.value.max(0),
            count.uncovered_years.into_iter().collect(),
        )
    } else {
        (0, Vec::new())
    };
    Ok(CaseOutcome {
        status: case.status,
        hard_date: case.hard_date,
        finished_on,
        met_hard_date: finished_on.is_some_and(|d| d <= case.hard_date),
        missed_by_working_days: missed,
        uncovered_years: uncovered,
        lost,
    })
}
