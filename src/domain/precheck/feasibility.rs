//! Can the hard date still be met? From today, the fixes the findings call for, the promised
//! duration of the service and the working-day calendar.
//!
//! Model (deliberately simple, and stated on screen):
//! - every blocker and warning whose fix takes working days is a step; notes and instant
//!   fixes (0 days) do not move dates;
//! - fixes of different documents run in parallel; fixes of the same document (same material
//!   item, or the same material when a finding is about the material as a whole) run one
//!   after another, because one party usually has to redo that document;
//! - the service itself takes the case's promised working days after the last fix;
//! - finishing on the hard date counts as in time.
//!
//! Counting follows the calendar's convention: the start day is day 0 and is not counted.

use std::collections::{BTreeSet, HashMap, HashSet};

use chrono::{Datelike, NaiveDate};

use super::error::PrecheckError;
use super::findings::{Finding, MaterialRef};
use super::rules::RuleId;
use crate::domain::calendar::{Calendar, CalendarError, MAX_SPAN_DAYS, MAX_WORKING_DAYS};
use crate::domain::case::Case;
use crate::domain::catalog::Severity;
use crate::i18n::Lang;

/// One fix on the schedule.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FixStep {
    /// Index of the finding in the slice given to [`feasibility`].
    pub finding: usize,
    pub rule: RuleId,
    pub materials: Vec<MaterialRef>,
    pub working_days: u32,
    /// Steps with the same chain touch the same document and run one after another.
    pub chain: usize,
    pub earliest_start: NaiveDate,
    pub earliest_finish: NaiveDate,
    /// The last working day this fix can start and still meet the hard date.
    pub latest_start: NaiveDate,
    /// The same, as working days before the hard date.
    pub latest_start_working_days_before: u32,
    /// On the longest chain: any delay here delays the case.
    pub critical: bool,
}

/// The service itself, after the last fix.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ServiceStep {
    pub working_days: u32,
    pub earliest_start: NaiveDate,
    pub earliest_finish: NaiveDate,
    pub latest_start: NaiveDate,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Feasibility {
    pub today: NaiveDate,
    pub hard_date: NaiveDate,
    pub feasible: bool,
    /// Working days in (today, hard date]; negative once the hard date has passed.
    pub available_working_days: i64,
    /// Longest chain of fixes plus the service.
    pub required_working_days: u32,
    /// Available minus required: negative is the shortfall.
    pub slack_working_days: i64,
    /// Steps grouped by chain, chains in order of first appearance.
    pub steps: Vec<FixStep>,
    /// Indices into `steps` of the longest chain, in order.
    pub critical_path: Vec<usize>,
    pub service: ServiceStep,
    /// Public holidays between today and the later of the hard date and the finish.
    pub holidays: Vec<(NaiveDate, String)>,
    /// Years without holiday data that the computation crossed: the dates are a guess there.
    pub uncovered_years: BTreeSet<i32>,
}

/// Computes the schedule. Fails only on calendar limits (dates decades away).
pub fn feasibility(
    findings: &[Finding],
    case: &Case,
    cal: &Calendar,
    today: NaiveDate,
) -> Result<Feasibility, PrecheckError> {
    let hard = case.hard_date;
    let promised = case.promised_working_days;
    let wanted: Vec<usize> = findings
        .iter()
        .enumerate()
        .filter(|(_, f)| f.severity != Severity::Note && f.fix_working_days > 0)
        .map(|(i, _)| i)
        .collect();
    let chains = chains(findings, &wanted);
    let totals: Vec<u32> = chains
        .iter()
        .map(|chain| {
            chain
                .iter()
                .map(|&i| findings[i].fix_working_days)
                .fold(0, u32::saturating_add)
        })
        .collect();
    let longest = totals.iter().copied().max().unwrap_or(0);
    let required = longest.saturating_add(promised);

    // Every date below is a lookup in two tables built in one walk each, so the cost is the
    // span of the schedule plus the number of steps, however many fixes there are.
    let forward = Forward::new(cal, today, required)?;
    let backward = Backward::new(cal, hard, required)?;

    let mut steps = Vec::new();
    for (c, chain) in chains.iter().enumerate() {
        let total = totals[c];
        let mut done = 0u32;
        for &i in chain {
            let f = &findings[i];
            let start = forward.at(done);
            done = done.saturating_add(f.fix_working_days);
            // Working days still to go from this step's start: itself, the rest of its
            // chain, and the service.
            let before = total
                .saturating_sub(done)
                .saturating_add(f.fix_working_days)
                .saturating_add(promised);
            steps.push(FixStep {
                finding: i,
                rule: f.rule,
                materials: f.materials.clone(),
                working_days: f.fix_working_days,
                chain: c,
                earliest_start: start,
                earliest_finish: forward.at(done),
                latest_start: backward.at(before),
                latest_start_working_days_before: before,
                critical: total == longest,
            });
        }
    }
    let critical_chain = totals.iter().position(|t| *t == longest && longest > 0);
    let critical_path = steps
        .iter()
        .enumerate()
        .filter(|(_, s)| Some(s.chain) == critical_chain)
        .map(|(i, _)| i)
        .collect();
    let finish = forward.at(required);
    let available = cal.working_days_between(today, hard)?;
    let holidays = cal.holidays_between(today, hard.max(finish))?;
    let mut uncovered = available.uncovered_years;
    uncovered.extend(holidays.uncovered_years);
    uncovered.extend(forward.uncovered.iter().copied());
    uncovered.extend(backward.uncovered.iter().copied());

    let available = available.value;
    let slack = available - i64::from(required);
    Ok(Feasibility {
        today,
        hard_date: hard,
        feasible: slack >= 0,
        available_working_days: available,
        required_working_days: required,
        slack_working_days: slack,
        steps,
        critical_path,
        service: ServiceStep {
            working_days: promised,
            earliest_start: forward.at(longest),
            earliest_finish: finish,
            latest_start: backward.at(promised),
        },
        holidays: holidays.value,
        uncovered_years: uncovered,
    })
}

/// `at(n)` is `Calendar::add_working_days(today, n)` for every `n` up to the table's size.
struct Forward {
    /// The working day on or after today, then the 1st, 2nd… working day after today.
    first: NaiveDate,
    after: Vec<NaiveDate>,
    uncovered: BTreeSet<i32>,
}

impl Forward {
    fn new(cal: &Calendar, today: NaiveDate, n: u32) -> Result<Forward, CalendarError> {
        // Validates `n` and gives the years touched, so the walk below cannot run away.
        let end = cal.add_working_days(today, n)?;
        let first = cal.add_working_days(today, 0)?;
        let mut after = Vec::with_capacity(n as usize);
        let mut d = today;
        while d < end.value {
            d = d
                .succ_opt()
                .ok_or(CalendarError::DateOverflow { from: today })?;
            if is_working(cal, d) {
                after.push(d);
            }
        }
        let mut uncovered = end.uncovered_years;
        uncovered.extend(first.uncovered_years);
        Ok(Forward {
            first: first.value,
            after,
            uncovered,
        })
    }

    fn at(&self, n: u32) -> NaiveDate {
        match n {
            0 => self.first,
            n => self
                .after
                .get(n as usize - 1)
                .or(self.after.last())
                .copied()
                .unwrap_or(self.first),
        }
    }
}

/// `at(n)` is the latest working day `d` with `n` working days in `(d, hard]`: start a task
/// of `n` working days on `d` (day 0) and it is done on the hard date. A start on a weekend
/// or holiday is the same as a start on the working day before it, hence working days only.
struct Backward {
    /// Working days on or before the hard date, latest first.
    days: Vec<NaiveDate>,
    uncovered: BTreeSet<i32>,
}

impl Backward {
    fn new(cal: &Calendar, hard: NaiveDate, n: u32) -> Result<Backward, CalendarError> {
        if n > MAX_WORKING_DAYS {
            return Err(CalendarError::TooManyWorkingDays {
                requested: n,
                max: MAX_WORKING_DAYS,
            });
        }
        let mut days = Vec::with_capacity(n as usize + 1);
        let mut d = hard;
        let mut walked = 0i64;
        loop {
            if is_working(cal, d) {
                days.push(d);
                if days.len() > n as usize {
                    break;
                }
            }
            d = d
                .pred_opt()
                .ok_or(CalendarError::DateOverflow { from: hard })?;
            walked += 1;
            if walked > MAX_SPAN_DAYS {
                return Err(CalendarError::SpanTooLong {
                    days: walked,
                    max: MAX_SPAN_DAYS,
                });
            }
        }
        let uncovered = (d.year()..=hard.year())
            .filter(|y| !cal.covers(*y))
            .collect();
        Ok(Backward { days, uncovered })
    }

    fn at(&self, n: u32) -> NaiveDate {
        self.days
            .get(n as usize)
            .or(self.days.last())
            .copied()
            .unwrap_or_default()
    }
}

fn is_working(cal: &Calendar, d: NaiveDate) -> bool {
    cal.is_working_day(d).value
}

impl Feasibility {
    /// The expected completion date.
    pub fn finish(&self) -> NaiveDate {
        self.service.earliest_finish
    }

    pub fn shortfall_working_days(&self) -> u32 {
        u32::try_from((-self.slack_working_days).max(0)).unwrap_or(u32::MAX)
    }

    /// Distinct names of the holidays crossed, in date order ("春节", "国庆节").
    pub fn holiday_names(&self) -> Vec<&str> {
        let mut names: Vec<&str> = Vec::new();
        for (_, name) in &self.holidays {
            if !names.contains(&name.as_str()) {
                names.push(name);
            }
        }
        names
    }

    /// One sentence: "专利证书 第 2 项 权利人与申请企业不一致:约 15 个工作日…无法按期,差 6 个工作日。"
    pub fn summary(&self, lang: Lang) -> String {
        let zh = lang == Lang::Zh;
        let hard = self.hard_date;
        let head = self.critical_path.first().and_then(|&i| self.steps.get(i));
        let chain_days: u32 = self
            .critical_path
            .iter()
            .filter_map(|&i| self.steps.get(i))
            .map(|s| s.working_days)
            .sum();
        let what = head.map(|s| {
            let at = s
                .materials
                .first()
                .map(|m| m.label(lang))
                .unwrap_or_default();
            let sep = if at.is_empty() { "" } else { " " };
            format!("{at}{sep}{}", s.rule.title(lang))
        });
        let p = self.service.working_days;
        let verdict = if self.feasible {
            match zh {
                true => format!("可以按期,余量 {} 个工作日。", self.slack_working_days),
                false => format!(
                    "the deadline can be met with {} working day(s) to spare.",
                    self.slack_working_days
                ),
            }
        } else {
            let n = self.shortfall_working_days();
            match zh {
                true => format!("无法按期,差 {n} 个工作日。"),
                false => format!("the deadline cannot be met; {n} working day(s) short."),
            }
        };
        match (zh, what) {
            (true, Some(w)) => format!(
                "{w},修正约 {chain_days} 个工作日,之后办理 {p} 个工作日;截止日 {hard}:{verdict}"
            ),
            (true, None) => format!("无需修正,办理 {p} 个工作日;截止日 {hard}:{verdict}"),
            (false, Some(w)) => format!(
                "{w}: about {chain_days} working day(s) to fix, then {p} for the service; hard date {hard}: {verdict}"
            ),
            (false, None) => format!(
                "No fixes needed; {p} working day(s) for the service; hard date {hard}: {verdict}"
            ),
        }
    }
}

/// Groups the wanted findings into chains of fixes that touch the same document.
fn chains(findings: &[Finding], wanted: &[usize]) -> Vec<Vec<usize>> {
    // A finding about a whole material makes the whole material one resource.
    let whole: HashSet<&str> = wanted
        .iter()
        .flat_map(|&i| findings[i].materials.iter())
        .filter(|m| m.item.is_none())
        .map(|m| m.key.as_str())
        .collect();
    let mut parent: Vec<usize> = (0..wanted.len()).collect();
    let mut owner: HashMap<(&str, Option<usize>), usize> = HashMap::new();
    for (slot, &i) in wanted.iter().enumerate() {
        for m in &findings[i].materials {
            let item = if whole.contains(m.key.as_str()) {
                None
            } else {
                m.item
            };
            match owner.get(&(m.key.as_str(), item)) {
                Some(&other) => union(&mut parent, slot, other),
                None => {
                    owner.insert((m.key.as_str(), item), slot);
                }
            }
        }
    }
    let mut index_of_root: HashMap<usize, usize> = HashMap::new();
    let mut out: Vec<Vec<usize>> = Vec::new();
    for (slot, &i) in wanted.iter().enumerate() {
        let root = find(&mut parent, slot);
        let c = *index_of_root.entry(root).or_insert_with(|| {
            out.push(Vec::new());
            out.len() - 1
        });
        out[c].push(i);
    }
    out
}

fn find(parent: &mut [usize], mut x: usize) -> usize {
    while parent[x] != x {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    x
}

fn union(parent: &mut [usize], a: usize, b: usize) {
    let (ra, rb) = (find(parent, a), find(parent, b));
    if ra != rb {
        parent[ra.max(rb)] = ra.min(rb);
    }
}
