//! Pre-mortem hit: did the contingency plan list the risk that actually happened?
//!
//! A plan risk matches the failure when it is in the same cause category and shares enough
//! words with it (English words, Chinese character bigrams), or, in another category, when it
//! shares most of its words. The hit rate across cases measures how well the team foresees.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};

use super::category::{category_of, CauseCategory};
use super::text::{overlap, tokens};
use crate::domain::response::Failure;

/// Token overlap needed when the categories agree.
pub const SAME_CATEGORY_THRESHOLD: f64 = 0.25;
/// Token overlap needed when they do not (the team filed it elsewhere but named it).
pub const CROSS_CATEGORY_THRESHOLD: f64 = 0.6;

/// The best-matching plan risk.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PremortemMatch {
    pub hit: bool,
    /// Index into the risks of the best match (also when it is below the threshold).
    pub best: Option<usize>,
    /// Its token overlap, 0–1.
    pub score: f64,
}

/// Matches the failure against the plan's risks (text and category of each).
pub fn premortem_match(
    risks: &[(String, CauseCategory)],
    category: CauseCategory,
    failure_text: &str,
) -> PremortemMatch {
    let failure_tokens = tokens(failure_text);
    let mut best = PremortemMatch {
        hit: false,
        best: None,
        score: 0.0,
    };
    for (i, (text, risk_category)) in risks.iter().enumerate() {
        let score = overlap(&tokens(text), &failure_tokens);
        let threshold = if *risk_category == category {
            SAME_CATEGORY_THRESHOLD
        } else {
            CROSS_CATEGORY_THRESHOLD
        };
        let hit = score > 0.0 && score >= threshold;
        // A hit beats a miss; between equals, the higher score; ties keep the first.
        if (hit, score) > (best.hit, best.score) || best.best.is_none() {
            best = PremortemMatch {
                hit,
                best: Some(i),
                score,
            };
        }
    }
    best
}

/// Whether any plan risk matches the failure.
pub fn premortem_hit(
    risks: &[(String, CauseCategory)],
    category: CauseCategory,
    failure_text: &str,
) -> bool {
    premortem_match(risks, category, failure_text).hit
}

/// [`premortem_hit`] for a recorded failure: its kind gives the category, and its kind's name
/// joins what happened in the text.
pub fn premortem_hit_for(risks: &[(String, CauseCategory)], failure: &Failure) -> bool {
    let text = format!(
        "{} {} {}",
        failure.kind.label(crate::domain::lang::Lang::Zh),
        failure.kind.label(crate::domain::lang::Lang::En),
        failure.what_happened
    );
    premortem_hit(risks, category_of(failure.kind), &text)
}

/// Share of judged cases whose plan foresaw the failure; `None` when none was judged.
pub fn hit_rate(hits: &[Option<bool>]) -> Option<f64> {
    let judged = hits.iter().flatten().count();
    if judged == 0 {
        return None;
    }
    let hit = hits.iter().flatten().filter(|h| **h).count();
    Some(hit as f64 / judged as f64)
}

/// The hit rate of one month.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MonthRate {
    pub year: i32,
    pub month: u32,
    pub hits: u32,
    /// Judged cases that month.
    pub total: u32,
    /// `None` for a month without judged cases (a gap in the line, not a zero).
    pub rate: Option<f64>,
}

impl MonthRate {
    /// "2026-03", for axis labels and table rows.
    pub fn label(&self) -> String {
        format!("{:04}-{:02}", self.year, self.month)
    }
}

/// Hit rate per month, from the first to the last month with a judged case, gaps included.
/// At most 120 months (the latest ones) are returned.
pub fn hit_rate_by_month(items: &[(NaiveDate, Option<bool>)]) -> Vec<MonthRate> {
    let mut by_month: BTreeMap<(i32, u32), (u32, u32)> = BTreeMap::new();
    for (day, hit) in items {
        let Some(hit) = hit else { continue };
        let slot = by_month.entry((day.year(), day.month())).or_default();
        slot.1 += 1;
        if *hit {
            slot.0 += 1;
        }
    }
    let (Some(first), Some(last)) = (
        by_month.keys().next().copied(),
        by_month.keys().next_back().copied(),
    ) else {
        return Vec::new();
    };
    const MAX_MONTHS: i64 = 120;
    let index = |(y, m): (i32, u32)| i64::from(y) * 12 + i64::from(m) - 1;
    let start = index(first).max(index(last) - (MAX_MONTHS - 1));
    (start..=index(last))
        .map(|i| {
            let (year, month) = (i.div_euclid(12) as i32, (i.rem_euclid(12) + 1) as u32);
            let (hits, total) = by_month.get(&(year, month)).copied().unwrap_or((0, 0));
            MonthRate {
                year,
                month,
                hits,
                total,
                rate: (total > 0).then(|| f64::from(hits) / f64::from(total)),
            }
        })
        .collect()
}
