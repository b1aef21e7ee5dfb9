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
//! - finishing on the hard date counts as in time;
//! - a policy warning from the library that concerns the service (a system upgrade, a
//!   closure) takes its working days out of the schedule: all of them when business is
//!   paused, every other one when it is slowed. Working days lost are working days.
//!
//! Counting follows the calendar's convention: the start day is day 0 and is not counted.

use crate::domain::sorting;
use std::collections::{BTreeSet, HashMap, HashSet};

use chrono::{Datelike, Days, NaiveDate};
use uuid::Uuid;

use super::error::PrecheckError;
use super::findings::{Finding, MaterialRef};
use super::rules::RuleId;
use crate::domain::calendar::{Calendar, CalendarError, MAX_SPAN_DAYS, MAX_WORKING_DAYS};
use crate::domain::case::Case;
use crate::domain::catalog::{ServiceType, Severity};
use crate::domain::lang::Lang;
use crate::domain::plan::{warning_concerns_service, Warning, WarningEffect};

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
    /// Policy warnings that take working days out of the schedule, in date order.
    pub outages: Vec<Outage>,
    /// Working days in (today, hard date] lost to those warnings: already taken out of
    /// `available_working_days`.
    pub lost_working_days: u32,
}

/// A policy warning (system upgrade, closure, throttling) that costs the schedule working days.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outage {
    pub warning: Uuid,
    pub title: String,
    pub effect: WarningEffect,
    /// The part of the warning after today.
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// Working days lost inside (today, hard date].
    pub working_days_lost: u32,
}

/// The feasibility of a case's precheck as the other stages see it: the precheck's findings
/// and the library's policy warnings, the same figures the precheck's own step shows.
pub fn case_feasibility(
    precheck: &super::Precheck,
    case: &Case,
    service: Option<&ServiceType>,
    warnings: &[Warning],
    cal: &Calendar,
    today: NaiveDate,
) -> Result<Feasibility, PrecheckError> {
    let findings = super::engine::run(precheck, case, service, cal, today);
    feasibility_with_warnings(&findings, case, service, warnings, cal, today)
}

/// Computes the schedule without policy warnings. Fails only on calendar limits.
pub fn feasibility(
    findings: &[Finding],
    case: &Case,
    cal: &Calendar,
    today: NaiveDate,
) -> Result<Feasibility, PrecheckError> {
    feasibility_with_warnings(findings, case, None, &[], cal, today)
}

/// Computes the schedule, taking out the working days that the library's policy warnings
/// (not archived, concerning the case's service when it is known) close or slow down.
/// Fails only on calendar limits (dates decades away).
pub fn feasibility_with_warnings(
    findings: &[Finding],
    case: &Case,
    service: Option<&ServiceType>,
    warnings: &[Warning],
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

    let closed = Closed::new(warnings, service, cal, today);
    // Every date below is a lookup in two tables built in one walk each, so the cost is the
    // span of the schedule plus the number of steps, however many fixes there are.
    let forward = Forward::new(cal, &closed, today, required)?;
    let backward = Backward::new(cal, &closed, hard, required)?;

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

    let lost = closed.lost_in(today, hard);
    let outages = closed.outages(warnings, today, hard);
    let available = available.value - i64::from(lost);
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
        outages,
        lost_working_days: lost,
    })
}

/// Working days closed by policy warnings, after today and within the calendar's reach.
struct Closed {
    /// Closed day and the warning that closes it.
    days: std::collections::BTreeMap<NaiveDate, Uuid>,
}

impl Closed {
    fn new(
        warnings: &[Warning],
        service: Option<&ServiceType>,
        cal: &Calendar,
        today: NaiveDate,
    ) -> Closed {
        let mut days = std::collections::BTreeMap::new();
        let horizon = today
            .checked_add_days(Days::new(MAX_SPAN_DAYS as u64))
            .unwrap_or(NaiveDate::MAX);
        for w in warnings {
            if w.meta.deleted
                || w.effect == WarningEffect::ExtraMaterials
                || service.is_some_and(|s| !warning_concerns_service(w, s))
            {
                continue;
            }
            let Some(first) = today.succ_opt() else {
                continue;
            };
            let (from, to) = (w.start.max(first), w.end.min(horizon));
            let mut nth = 0u32;
            let mut d = from;
            while d <= to {
                if is_working(cal, d) {
                    // Slowed: every other working day is lost, the first one included
                    // (half, rounded up, as the warning library counts it).
                    if w.effect == WarningEffect::Paused || nth.is_multiple_of(2) {
                        days.entry(d).or_insert(w.meta.id);
                    }
                    nth += 1;
                }
                let Some(next) = d.succ_opt() else { break };
                d = next;
            }
        }
        Closed { days }
    }

    /// A working day no warning closes.
    fn is_open(&self, cal: &Calendar, d: NaiveDate) -> bool {
        is_working(cal, d) && !self.days.contains_key(&d)
    }

    /// Closed working days in `(from, to]`.
    fn lost_in(&self, from: NaiveDate, to: NaiveDate) -> u32 {
        let Some(first) = from.succ_opt() else {
            return 0;
        };
        if to < first {
            return 0;
        }
        let n = self.days.range(first..=to).count();
        u32::try_from(n).unwrap_or(u32::MAX)
    }

    fn outages(&self, warnings: &[Warning], today: NaiveDate, hard: NaiveDate) -> Vec<Outage> {
        let mut out: Vec<Outage> = warnings
            .iter()
            .filter_map(|w| {
                let mine: Vec<NaiveDate> = self
                    .days
                    .iter()
                    .filter(|(_, id)| **id == w.meta.id)
                    .map(|(d, _)| *d)
                    .collect();
                let first = mine.first()?;
                let lost = mine.iter().filter(|d| **d > today && **d <= hard).count();
                Some(Outage {
                    warning: w.meta.id,
                    title: w.title.clone(),
                    effect: w.effect,
                    from: *first,
                    to: w.end,
                    working_days_lost: u32::try_from(lost).unwrap_or(u32::MAX),
                })
            })
            .filter(|o| o.working_days_lost > 0)
            .collect();
        sorting::sort_by_key(&mut out, |o| (o.from, o.to));
        out
    }
}

/// `at(n)` is `Calendar::add_working_days(today, n)` for every `n` up to the table's size.
struct Forward {
    /// The working day on or after today, then the 1st, 2nd… working day after today.
    first: NaiveDate,
    after: Vec<NaiveDate>,
    uncovered: BTreeSet<i32>,
}

impl Forward {
    fn new(
        cal: &Calendar,
        closed: &Closed,
        today: NaiveDate,
        n: u32,
    ) -> Result<Forward, CalendarError> {
        within_limit(n)?;
        let open = |d: NaiveDate| closed.is_open(cal, d);
        let step = |d: NaiveDate, walked: &mut i64| -> Result<NaiveDate, CalendarError> {
            *walked += 1;
            if *walked > MAX_SPAN_DAYS {
                return Err(CalendarError::SpanTooLong {
                    days: *walked,
                    max: MAX_SPAN_DAYS,
                });
            }
            d.succ_opt()
                .ok_or(CalendarError::DateOverflow { from: today })
        };
        let mut walked = 0i64;
        let mut first = today;
        while !open(first) {
            first = step(first, &mut walked)?;
        }
        let mut after = Vec::with_capacity(n as usize);
        let mut d = today;
        while after.len() < n as usize {
            d = step(d, &mut walked)?;
            if open(d) {
                after.push(d);
            }
        }
        let end = after.last().copied().unwrap_or(first).max(first);
        let uncovered = (today.year()..=end.year())
            .filter(|y| !cal.covers(*y))
            .collect();
        Ok(Forward {
            first,
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
    fn new(
        cal: &Calendar,
        closed: &Closed,
        hard: NaiveDate,
        n: u32,
    ) -> Result<Backward, CalendarError> {
        within_limit(n)?;
        let mut days = Vec::with_capacity(n as usize + 1);
        let mut d = hard;
        let mut walked = 0i64;
        loop {
            if closed.is_open(cal, d) {
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

fn within_limit(n: u32) -> Result<(), CalendarError> {
    if n > MAX_WORKING_DAYS {
        return Err(CalendarError::TooManyWorkingDays {
            requested: n,
            max: MAX_WORKING_DAYS,
        });
    }
    Ok(())
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
        let lost = self.outage_text(lang);
        let text = match (zh, what) {
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
        };
        match lost {
            Some(lost) => format!("{text}{lost}"),
            None => text,
        }
    }

    /// "其中 3 个工作日因"税务系统升级"暂停办理,已扣除。", or `None` when no warning costs days.
    pub fn outage_text(&self, lang: Lang) -> Option<String> {
        if self.lost_working_days == 0 {
            return None;
        }
        let titles: Vec<String> = self
            .outages
            .iter()
            .map(|o| format!("“{}”", o.title))
            .collect();
        let n = self.lost_working_days;
        Some(match lang {
            Lang::Zh => format!(
                "可用工作日已扣除政策预警 {} 占用的 {n} 个工作日。",
                titles.join("、")
            ),
            Lang::En => format!(
                " Available working days exclude {n} lost to the policy warning(s) {}.",
                titles.join(", ")
            ),
        })
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
