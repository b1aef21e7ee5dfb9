//! Statistics across cases, each as plain rows: the UI draws them with `domain::chart` and shows
//! the same rows as a table.

use crate::domain::sorting;
use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;
use uuid::Uuid;

use super::category::CauseCategory;
use super::premortem::{hit_rate_by_month, MonthRate};
use super::record::Retro;
use crate::domain::case::Case;
use crate::domain::catalog::L10n;
use crate::domain::response::Failure;

/// One bar of the root-cause Pareto chart.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CategoryCount {
    pub category: CauseCategory,
    pub count: u32,
    /// Share of all factors, 0–1.
    pub share: f64,
    /// Running share up to and including this row, 0–1; the last row is exactly 1.
    pub cumulative: f64,
}

/// Contributing factors of all live retrospectives by category, most frequent first (ties in
/// category order); categories without factors are left out.
pub fn pareto_categories(retros: &[Retro]) -> Vec<CategoryCount> {
    let mut counts: BTreeMap<CauseCategory, u32> = BTreeMap::new();
    for f in retros
        .iter()
        .filter(|r| !r.meta.deleted)
        .flat_map(|r| &r.factors)
    {
        *counts.entry(f.category).or_default() += 1;
    }
    let mut rows: Vec<(CauseCategory, u32)> = counts.into_iter().filter(|(_, n)| *n > 0).collect();
    sorting::sort_by(&mut rows, |a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let total: u32 = rows.iter().map(|(_, n)| n).sum();
    let mut running = 0u32;
    rows.into_iter()
        .map(|(category, count)| {
            running += count;
            CategoryCount {
                category,
                count,
                share: f64::from(count) / f64::from(total),
                cumulative: f64::from(running) / f64::from(total),
            }
        })
        .collect()
}

/// On-time rate of one service type.
#[derive(Clone, Debug, PartialEq)]
pub struct ServiceRate {
    /// The catalog key, or the service name for cases without one.
    pub service: String,
    /// The service name as shown on the case.
    pub label: String,
    pub met: u32,
    pub total: u32,
    /// `met / total`, 0–1.
    pub rate: f64,
}

/// For each service type, how many retrospected cases met their hard date. A case counts once
/// (its newest live retrospective); rows are sorted by service name.
pub fn on_time_by_service(cases: &[Case], retros: &[Retro]) -> Vec<ServiceRate> {
    let mut latest: HashMap<Uuid, &Retro> = HashMap::new();
    for r in retros.iter().filter(|r| !r.meta.deleted) {
        let slot = latest.entry(r.case_id).or_insert(r);
        if r.meta.updated_at > slot.meta.updated_at {
            *slot = r;
        }
    }
    let mut rows: BTreeMap<String, ServiceRate> = BTreeMap::new();
    for case in cases.iter().filter(|c| !c.meta.deleted) {
        // Same facts as the retrospective's outcome: a case still under way before its hard
        // date has no result yet; a lost one counts as missed.
        let Some(retro) = latest.get(&case.meta.id).filter(|r| r.outcome.is_decided()) else {
            continue;
        };
        let service = case
            .service_key
            .clone()
            .unwrap_or_else(|| case.service_name.trim().to_owned());
        let row = rows.entry(service.clone()).or_insert_with(|| ServiceRate {
            service,
            label: case.service_name.trim().to_owned(),
            met: 0,
            total: 0,
            rate: 0.0,
        });
        row.total += 1;
        if retro.outcome.met_hard_date {
            row.met += 1;
        }
    }
    let mut out: Vec<ServiceRate> = rows
        .into_values()
        .map(|mut r| {
            r.rate = f64::from(r.met) / f64::from(r.total.max(1));
            r
        })
        .collect();
    sorting::sort_by(&mut out, |a, b| {
        a.label.cmp(&b.label).then(a.service.cmp(&b.service))
    });
    out
}

/// One bucket of the time-to-notify distribution.
#[derive(Clone, Debug, PartialEq)]
pub struct NotifyBucket {
    pub label: L10n,
    /// Upper bound in minutes (inclusive); `None` for the last, open-ended bucket.
    pub up_to_minutes: Option<i64>,
    pub count: u32,
}

/// How long it took to tell the client, across failures.
#[derive(Clone, Debug, PartialEq)]
pub struct NotifyStats {
    pub buckets: Vec<NotifyBucket>,
    pub notified: u32,
    /// Live failures with no logged notification (open or closed).
    pub not_notified: u32,
    /// Notified failures told within their promised window (the article's hour by default).
    pub within_hour: u32,
    /// Share of notified failures told in time; `None` when none was notified.
    pub within_hour_rate: Option<f64>,
    pub median_minutes: Option<i64>,
}

const BUCKETS: [(Option<i64>, &str, &str); 6] = [
    (Some(15), "15 分钟内", "≤ 15 min"),
    (Some(30), "15–30 分钟", "15–30 min"),
    (Some(45), "30–45 分钟", "30–45 min"),
    (Some(60), "45–60 分钟", "45–60 min"),
    (Some(120), "1–2 小时", "1–2 h"),
    (None, "2 小时以上", "> 2 h"),
];

/// The distribution of minutes from discovery to notification over live failures.
pub fn time_to_notify(failures: &[Failure]) -> NotifyStats {
    let mut buckets: Vec<NotifyBucket> = BUCKETS
        .iter()
        .map(|(up_to, zh, en)| NotifyBucket {
            label: L10n::new(*zh, *en),
            up_to_minutes: *up_to,
            count: 0,
        })
        .collect();
    let mut seconds: Vec<i64> = Vec::new();
    let mut not_notified = 0u32;
    // Told in time: within the window promised for that failure (one hour unless the
    // contract promised more), the same rule as its clock.
    let mut within_hour = 0u32;
    for f in failures.iter().filter(|f| !f.meta.deleted) {
        match &f.notification {
            Some(n) => {
                let took = (n.at - f.discovered_at).num_seconds().max(0);
                if took <= f.notify_window().num_seconds() {
                    within_hour += 1;
                }
                seconds.push(took);
            }
            None => not_notified += 1,
        }
    }
    for s in &seconds {
        // Same boundary as the clock: exactly 60:00 is within the hour.
        let slot = buckets
            .iter()
            .position(|b| b.up_to_minutes.is_none_or(|m| *s <= m * 60))
            .unwrap_or(BUCKETS.len() - 1);
        buckets[slot].count += 1;
    }
    sorting::sort(&mut seconds);
    let notified = seconds.len() as u32;
    NotifyStats {
        buckets,
        notified,
        not_notified,
        within_hour,
        within_hour_rate: (notified > 0).then(|| f64::from(within_hour) / f64::from(notified)),
        median_minutes: median(&seconds).map(|s| s / 60),
    }
}

/// The lower median of sorted values.
fn median(sorted: &[i64]) -> Option<i64> {
    match sorted.len() {
        0 => None,
        n => Some(sorted[(n - 1) / 2]),
    }
}

/// The pre-mortem hit rate by month of each retrospective's case: the month it finished, or
/// of its hard date when it did not.
pub fn premortem_by_month(retros: &[Retro]) -> Vec<MonthRate> {
    let items: Vec<(NaiveDate, Option<bool>)> = retros
        .iter()
        .filter(|r| !r.meta.deleted)
        .map(|r| {
            (
                r.outcome.finished_on.unwrap_or(r.outcome.hard_date),
                r.premortem_hit,
            )
        })
        .collect();
    hit_rate_by_month(&items)
}
