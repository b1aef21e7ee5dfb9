//! Scoring: points per named dimension, the one-hour notification rule, and a total of
//! 0..=100 measured against the best path the same seed allows.
//!
//! A run's raw points are the choices' points, minus a speed penalty per time-out, plus the
//! notification rule on speed. The total places the raw sum between the weakest and the best
//! complete path of the same seed (0 and 100), so the scale is the scenario's own: the best
//! path always scores 100, the worst 0, and a path of acceptable choices lands in between
//! whatever the scenario's point values. Dimensions are placed the same way. A run passes when
//! it has finished, reaches the pass mark, took no harmful choice, did not end with the client
//! lost ([`Ending::Bad`]) and told the client in time: a red line, a lost client or a missed
//! notification window fails the run whatever else went well, since those are what the drill
//! exists to train.

use serde::{Deserialize, Serialize};

use super::engine::{Run, NOTIFY_WINDOW_MINUTES};
use super::scenario::{Ending, Goal, Rank, Scenario};
use super::search::{best_path, BestPath};

/// Speed points for telling the client within the hour of learning of the failure.
pub const NOTIFY_IN_TIME_POINTS: i32 = 10;
/// Speed points for telling the client, but late.
pub const NOTIFY_LATE_POINTS: i32 = -5;
/// Speed points when the run ends and the client was never told.
pub const NOTIFY_MISSED_POINTS: i32 = -10;

/// A scoring dimension.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Dimension {
    Speed,
    Compliance,
    Empathy,
    RemedyQuality,
    ResponsibilityClarity,
}

impl Dimension {
    pub const ALL: [Dimension; 5] = [
        Dimension::Speed,
        Dimension::Compliance,
        Dimension::Empathy,
        Dimension::RemedyQuality,
        Dimension::ResponsibilityClarity,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Dimension::Speed => "speed",
            Dimension::Compliance => "compliance",
            Dimension::Empathy => "empathy",
            Dimension::RemedyQuality => "remedy_quality",
            Dimension::ResponsibilityClarity => "responsibility_clarity",
        }
    }

    /// The learning goals that train this dimension (for suggesting the next scenario).
    pub fn goals(self) -> &'static [Goal] {
        match self {
            Dimension::Speed => &[Goal::NotifyWithinHour],
            Dimension::Compliance => &[Goal::ForeseeMaterialsRisk],
            Dimension::Empathy => &[Goal::Empathy],
            Dimension::RemedyQuality => &[Goal::Remedy, Goal::UseAlternativePath],
            Dimension::ResponsibilityClarity => &[Goal::Responsibility, Goal::Retrospective],
        }
    }
}

/// Points per dimension; a choice's deltas and a run's sums alike.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Scores {
    #[serde(default)]
    pub speed: i32,
    #[serde(default)]
    pub compliance: i32,
    #[serde(default)]
    pub empathy: i32,
    #[serde(default)]
    pub remedy: i32,
    #[serde(default)]
    pub responsibility: i32,
}

impl Scores {
    pub fn new(speed: i32, compliance: i32, empathy: i32, remedy: i32, resp: i32) -> Self {
        Self {
            speed,
            compliance,
            empathy,
            remedy,
            responsibility: resp,
        }
    }

    pub fn get(&self, dimension: Dimension) -> i32 {
        match dimension {
            Dimension::Speed => self.speed,
            Dimension::Compliance => self.compliance,
            Dimension::Empathy => self.empathy,
            Dimension::RemedyQuality => self.remedy,
            Dimension::ResponsibilityClarity => self.responsibility,
        }
    }

    pub fn set(&mut self, dimension: Dimension, value: i32) {
        match dimension {
            Dimension::Speed => self.speed = value,
            Dimension::Compliance => self.compliance = value,
            Dimension::Empathy => self.empathy = value,
            Dimension::RemedyQuality => self.remedy = value,
            Dimension::ResponsibilityClarity => self.responsibility = value,
        }
    }

    pub fn plus(&self, other: &Scores) -> Scores {
        let mut out = *self;
        for d in Dimension::ALL {
            out.set(d, self.get(d).saturating_add(other.get(d)));
        }
        out
    }

    pub fn sum(&self) -> i32 {
        Dimension::ALL
            .iter()
            .fold(0i32, |acc, &d| acc.saturating_add(self.get(d)))
    }
}

/// How the one-hour notification rule went.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "outcome")]
pub enum NotifyOutcome {
    /// No failure became known in this run.
    NotApplicable,
    /// Told `minutes` after the failure became known (0 if warned beforehand).
    InTime {
        minutes: u32,
    },
    Late {
        minutes: u32,
    },
    /// Still within the hour and not yet told (an unfinished run).
    Pending {
        minutes_left: u32,
    },
    /// Not told, and the hour is over.
    Missed,
}

impl NotifyOutcome {
    pub fn of(run: &Run) -> NotifyOutcome {
        let s = &run.state;
        match (s.failure_known_at, s.client_notified_at) {
            (None, _) => NotifyOutcome::NotApplicable,
            (Some(known), Some(told)) => {
                let minutes = told.saturating_sub(known);
                if minutes <= NOTIFY_WINDOW_MINUTES {
                    NotifyOutcome::InTime { minutes }
                } else {
                    NotifyOutcome::Late { minutes }
                }
            }
            (Some(known), None) => {
                let deadline = known.saturating_add(NOTIFY_WINDOW_MINUTES);
                if !run.is_finished() && s.sim_minute <= deadline {
                    NotifyOutcome::Pending {
                        minutes_left: deadline - s.sim_minute,
                    }
                } else {
                    NotifyOutcome::Missed
                }
            }
        }
    }

    pub fn points(self) -> i32 {
        match self {
            NotifyOutcome::InTime { .. } => NOTIFY_IN_TIME_POINTS,
            NotifyOutcome::Late { .. } => NOTIFY_LATE_POINTS,
            NotifyOutcome::Missed => NOTIFY_MISSED_POINTS,
            NotifyOutcome::NotApplicable | NotifyOutcome::Pending { .. } => 0,
        }
    }
}

/// A run's raw points, including the notification rule.
pub fn raw_points(run: &Run) -> Scores {
    let mut points = run.points;
    points.speed = points.speed.saturating_add(NotifyOutcome::of(run).points());
    points
}

/// Number of harmful choices a run took.
pub fn harmful_choices(scenario: &Scenario, run: &Run) -> u32 {
    let n = run
        .decisions
        .iter()
        .filter(|d| {
            scenario
                .step(&d.step)
                .and_then(|s| s.choices.get(d.choice))
                .is_some_and(|c| c.rank == Rank::Harmful)
        })
        .count();
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// One dimension of a score card.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DimensionScore {
    pub dimension: Dimension,
    pub points: i32,
    /// The fewest points any complete path gets on this dimension with this seed.
    pub min: i32,
    /// The most points any complete path gets on this dimension with this seed.
    pub max: i32,
    /// Where `points` lies between `min` (0) and `max` (100); `None` when every path scores
    /// the same here, i.e. the scenario does not train the dimension.
    pub percent: Option<u8>,
}

/// The score of a run.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScoreCard {
    pub dimensions: Vec<DimensionScore>,
    /// 0..=100.
    pub total: u32,
    pub pass_mark: u32,
    pub passed: bool,
    pub finished: bool,
    pub raw_total: i32,
    pub best_raw_total: i32,
    pub worst_raw_total: i32,
    pub notify: NotifyOutcome,
    pub timeouts: u32,
    pub harmful_choices: u32,
}

impl ScoreCard {
    /// The dimension with the lowest percentage (first in [`Dimension::ALL`] order on ties).
    pub fn weakest(&self) -> Option<Dimension> {
        self.dimensions
            .iter()
            .filter_map(|d| d.percent.map(|p| (p, d.dimension)))
            .min_by_key(|&(p, _)| p)
            .map(|(_, d)| d)
    }

    pub fn get(&self, dimension: Dimension) -> Option<&DimensionScore> {
        self.dimensions.iter().find(|d| d.dimension == dimension)
    }
}

/// Scores a run (finished or not) against the best path of its seed.
pub fn score(scenario: &Scenario, run: &Run) -> ScoreCard {
    let best = best_path(scenario, run.seed);
    score_with(scenario, run, best.as_ref())
}

/// Scores a run when the best path is already known (the debrief computes it once).
pub fn score_with(scenario: &Scenario, run: &Run, best: Option<&BestPath>) -> ScoreCard {
    let raw = raw_points(run);
    let raw_total = raw.sum();
    let (best_raw_total, worst_raw_total, lows, highs) = match best {
        Some(b) => (
            b.raw_total,
            b.worst_raw_total,
            b.dimension_min,
            b.dimension_max,
        ),
        None => (raw_total, raw_total, raw, raw),
    };
    let dimensions = Dimension::ALL
        .iter()
        .map(|&d| DimensionScore {
            dimension: d,
            points: raw.get(d),
            min: lows.get(d),
            max: highs.get(d),
            percent: place(raw.get(d), lows.get(d), highs.get(d)),
        })
        .collect();
    let total = place(raw_total, worst_raw_total, best_raw_total)
        .map_or(if raw_total >= best_raw_total { 100 } else { 0 }, u32::from);
    let harmful = harmful_choices(scenario, run);
    let finished = run.is_finished();
    let notify = NotifyOutcome::of(run);
    ScoreCard {
        dimensions,
        total,
        pass_mark: scenario.pass_mark,
        passed: finished
            && total >= scenario.pass_mark
            && harmful == 0
            && run.ending != Some(Ending::Bad)
            && !matches!(notify, NotifyOutcome::Late { .. } | NotifyOutcome::Missed),
        finished,
        raw_total,
        best_raw_total,
        worst_raw_total,
        notify,
        timeouts: u32::try_from(run.timeouts()).unwrap_or(u32::MAX),
        harmful_choices: harmful,
    }
}

/// Where `value` lies between `low` (0) and `high` (100), rounded and clamped; `None` when the
/// range is empty.
fn place(value: i32, low: i32, high: i32) -> Option<u8> {
    if high <= low {
        return None;
    }
    let span = i64::from(high) - i64::from(low);
    let above = i64::from(value) - i64::from(low);
    let p = (above * 100 + span / 2).div_euclid(span);
    u8::try_from(p.clamp(0, 100)).ok()
}
