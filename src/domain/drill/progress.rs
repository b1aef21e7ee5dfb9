//! Trainees' progress: the stored record of a finished run, the score series for the progress
//! chart, each trainee's weakest dimension, and which scenario to try next.

use crate::domain::sorting;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::engine::{replay, Decision, Run};
use super::scenario::Scenario;
use super::scoring::{score, Dimension, ScoreCard};
use super::DrillError;
use crate::domain::record::Meta;

/// Seeds are kept below 2^53 so they survive a trip through JavaScript numbers.
pub const MAX_SEED: u64 = (1 << 53) - 1;

/// A seed from random bytes (the browser's `crypto.getRandomValues`), within [`MAX_SEED`].
pub fn seed_from_bytes(bytes: [u8; 8]) -> u64 {
    u64::from_le_bytes(bytes) & MAX_SEED
}

/// A finished run, as stored: enough to replay it exactly, plus its score for quick lists.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RunRecord {
    #[serde(flatten)]
    pub meta: Meta,
    pub scenario_key: String,
    pub trainee: String,
    pub seed: u64,
    pub started_at_ms: i64,
    pub decisions: Vec<Decision>,
    pub score: ScoreCard,
    pub passed: bool,
    pub finished_at: DateTime<Utc>,
}

impl RunRecord {
    /// Records a finished run; the trainee's name is trimmed.
    pub fn new(
        meta: Meta,
        trainee: &str,
        scenario: &Scenario,
        run: &Run,
        finished_at: DateTime<Utc>,
    ) -> Result<RunRecord, DrillError> {
        if run.scenario_key != scenario.key {
            return Err(DrillError::WrongScenario {
                expected: scenario.key.clone(),
                found: run.scenario_key.clone(),
            });
        }
        if !run.is_finished() {
            return Err(DrillError::NotFinished);
        }
        let card = score(scenario, run);
        Ok(RunRecord {
            meta,
            scenario_key: run.scenario_key.clone(),
            trainee: trainee.trim().to_owned(),
            seed: run.seed,
            started_at_ms: run.started_at_ms,
            decisions: run.decisions.clone(),
            passed: card.passed,
            score: card,
            finished_at,
        })
    }

    /// Rebuilds the run (for the debrief of a past run).
    pub fn replay(&self, scenario: &Scenario) -> Result<Run, DrillError> {
        if self.scenario_key != scenario.key {
            return Err(DrillError::WrongScenario {
                expected: scenario.key.clone(),
                found: self.scenario_key.clone(),
            });
        }
        let mut run = replay(scenario, self.seed, &self.decisions)?;
        run.started_at_ms = self.started_at_ms;
        Ok(run)
    }
}

fn of<'a>(records: &'a [RunRecord], trainee: &'a str) -> impl Iterator<Item = &'a RunRecord> {
    let trainee = trainee.trim();
    records
        .iter()
        .filter(move |r| !r.meta.deleted && r.trainee.trim() == trainee)
}

/// The trainee's totals over time, oldest first: the progress chart's series.
pub fn progress(records: &[RunRecord], trainee: &str) -> Vec<(DateTime<Utc>, u32)> {
    let mut points: Vec<(DateTime<Utc>, u32)> = of(records, trainee)
        .map(|r| (r.finished_at, r.score.total))
        .collect();
    sorting::sort_by_key(&mut points, |&(at, _)| at);
    points
}

/// Everyone who has a run, sorted, without duplicates.
pub fn trainees(records: &[RunRecord]) -> Vec<String> {
    let mut names: Vec<String> = records
        .iter()
        .filter(|r| !r.meta.deleted)
        .map(|r| r.trainee.trim().to_owned())
        .filter(|n| !n.is_empty())
        .collect();
    sorting::sort(&mut names);
    names.dedup();
    names
}

/// One trainee at a glance.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TraineeSummary {
    pub trainee: String,
    pub runs: usize,
    pub passed: usize,
    pub latest_total: Option<u32>,
    pub best_total: Option<u32>,
    /// Mean percentage per dimension over all runs that train it.
    pub dimension_average: Vec<(Dimension, Option<u8>)>,
    pub weakest: Option<Dimension>,
}

pub fn summary(records: &[RunRecord], trainee: &str) -> TraineeSummary {
    let mine: Vec<&RunRecord> = of(records, trainee).collect();
    let latest_total = mine
        .iter()
        .max_by_key(|r| r.finished_at)
        .map(|r| r.score.total);
    let dimension_average: Vec<(Dimension, Option<u8>)> = Dimension::ALL
        .iter()
        .map(|&d| {
            let values: Vec<u64> = mine
                .iter()
                .filter_map(|r| r.score.get(d).and_then(|s| s.percent))
                .map(u64::from)
                .collect();
            let avg = (!values.is_empty()).then(|| {
                let n = values.len() as u64;
                u8::try_from((values.iter().sum::<u64>() + n / 2) / n).unwrap_or(100)
            });
            (d, avg)
        })
        .collect();
    let weakest = dimension_average
        .iter()
        .filter_map(|&(d, avg)| avg.map(|a| (a, d)))
        .min_by_key(|&(a, _)| a)
        .map(|(_, d)| d);
    TraineeSummary {
        trainee: trainee.trim().to_owned(),
        runs: mine.len(),
        passed: mine.iter().filter(|r| r.passed).count(),
        latest_total,
        best_total: mine.iter().map(|r| r.score.total).max(),
        dimension_average,
        weakest,
    }
}

/// The next scenario for a trainee: one not yet passed, at most one level above the hardest
/// passed so far, preferring scenarios that train the weakest dimension, then the easiest.
/// When everything is passed, the scenario with the lowest best total, for another round.
pub fn suggest_next<'a>(
    records: &[RunRecord],
    trainee: &str,
    scenarios: &'a [Scenario],
) -> Option<&'a Scenario> {
    let mine: Vec<&RunRecord> = of(records, trainee).collect();
    let passed = |key: &str| mine.iter().any(|r| r.passed && r.scenario_key == key);
    let level = scenarios
        .iter()
        .filter(|s| passed(&s.key))
        .map(|s| s.difficulty)
        .max()
        .unwrap_or(0);
    let weakest = summary(records, trainee).weakest;
    let trains_weakest = |s: &Scenario| {
        weakest.is_some_and(|d| s.learning_goals.iter().any(|g| d.goals().contains(g)))
    };
    let open = scenarios
        .iter()
        .filter(|s| !passed(&s.key) && s.difficulty <= level.saturating_add(1));
    let pick = open.min_by_key(|s| (!trains_weakest(s), s.difficulty));
    if pick.is_some() {
        return pick;
    }
    if let Some(s) = scenarios
        .iter()
        .filter(|s| !passed(&s.key))
        .min_by_key(|s| s.difficulty)
    {
        return Some(s);
    }
    scenarios.iter().min_by_key(|s| {
        mine.iter()
            .filter(|r| r.scenario_key == s.key)
            .map(|r| r.score.total)
            .max()
            .unwrap_or(0)
    })
}
