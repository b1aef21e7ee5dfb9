//! The drill engine: a run through a scenario, driven by the trainee's choices, time-outs and
//! the facilitator's hand-fired injects. Pure and deterministic: the real time spent on each
//! decision is passed in, the simulated clock advances by the choices' costs, and the only
//! randomness (whether a chance inject fires) is rolled from the seed when the run starts, so
//! the same seed and the same decisions always give the same run ([`replay`]).

use crate::domain::sorting;
use serde::{Deserialize, Serialize};

use super::scenario::{Condition, Effects, Ending, Scenario, Step, StepId};
use super::scoring::Scores;
use super::DrillError;

/// Client mood is kept within these bounds.
pub const MOOD_MIN: i32 = -10;
pub const MOOD_MAX: i32 = 10;
/// The notification window: the client must hear of a likely failure within this many minutes.
pub const NOTIFY_WINDOW_MINUTES: u32 = 60;
/// Speed points lost for each decision left to time out (on top of the default choice's own).
pub const TIMEOUT_PENALTY: i32 = -3;

/// A tiny seeded generator (SplitMix64): enough for inject chances, no dependency.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SplitMix64(u64);

impl SplitMix64 {
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
}

/// `0..n` in an order drawn from `seed` (Fisher–Yates).
fn shuffled(n: usize, seed: u64) -> Vec<usize> {
    let mut rng = SplitMix64::new(seed);
    let mut order: Vec<usize> = (0..n).collect();
    for i in (1..n).rev() {
        let j = (rng.next_u64() % (i as u64 + 1)) as usize;
        order.swap(i, j);
    }
    order
}

/// FNV-1a, to mix a step's id into the seed.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// What the trainee knows and how the case stands.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DrillState {
    pub client_mood: i32,
    pub slack_days: i32,
    pub money_at_stake_yuan: i64,
    /// Keys of the facts known, in the order learned.
    pub facts: Vec<String>,
    /// Simulated minutes since the start.
    pub sim_minute: u32,
    /// When the team learned the case is likely to fail.
    pub failure_known_at: Option<u32>,
    /// When the client was properly told.
    pub client_notified_at: Option<u32>,
}

impl DrillState {
    pub fn knows(&self, fact: &str) -> bool {
        self.facts.iter().any(|f| f == fact)
    }

    /// Sim minute by which the client must be told, while that is still open.
    pub fn notify_deadline(&self) -> Option<u32> {
        match (self.failure_known_at, self.client_notified_at) {
            (Some(known), None) => Some(known.saturating_add(NOTIFY_WINDOW_MINUTES)),
            _ => None,
        }
    }

    /// Minutes left on the one-hour clock (negative when overdue), while it runs.
    pub fn notify_minutes_left(&self) -> Option<i64> {
        self.notify_deadline()
            .map(|d| i64::from(d) - i64::from(self.sim_minute))
    }

    fn apply(&mut self, effects: &Effects, at: u32) {
        self.client_mood = self
            .client_mood
            .saturating_add(effects.client_mood)
            .clamp(MOOD_MIN, MOOD_MAX);
        self.slack_days = self.slack_days.saturating_add(effects.slack_days);
        self.money_at_stake_yuan = self
            .money_at_stake_yuan
            .saturating_add(effects.money_at_stake_yuan);
        for fact in &effects.facts_learned {
            if !self.knows(fact) {
                self.facts.push(fact.clone());
            }
        }
        if effects.failure_detected && self.failure_known_at.is_none() {
            self.failure_known_at = Some(at);
        }
        if effects.client_notified && self.client_notified_at.is_none() {
            self.client_notified_at = Some(at);
        }
    }

    fn holds(&self, condition: &Condition) -> bool {
        match condition {
            Condition::ClientNotNotified => self.client_notified_at.is_none(),
            Condition::ClientNotified => self.client_notified_at.is_some(),
            Condition::FailureKnown => self.failure_known_at.is_some(),
            Condition::MoodBelow(x) => self.client_mood < *x,
            Condition::MoodAtLeast(x) => self.client_mood >= *x,
            Condition::SlackBelow(x) => self.slack_days < *x,
            Condition::FactKnown(f) => self.knows(f),
            Condition::FactUnknown(f) => !self.knows(f),
        }
    }
}

/// One decision, as stored in a run record and replayed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Decision {
    pub step: StepId,
    pub choice: usize,
    pub timed_out: bool,
    /// Real milliseconds the step was on screen before the decision (or the time-out).
    pub real_ms: u64,
    /// The sim clock when the decision was taken, before the choice's cost.
    pub sim_minute: u32,
    /// Injects the facilitator fired by hand while this step was shown, in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fired_by_hand: Vec<usize>,
}

/// What became of an inject.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "status")]
pub enum InjectStatus {
    /// Its minute has not passed yet.
    #[default]
    Pending,
    Delivered {
        sim_minute: u32,
        by_hand: bool,
    },
    /// Its minute passed but its condition or its chance said no.
    Skipped {
        sim_minute: u32,
    },
}

/// The run's timeline, in order, for the UI and the debrief.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum RunEvent {
    /// Index into [`Run::decisions`].
    Decided { decision: usize },
    /// Index into the scenario's injects; delivered at `sim_minute`.
    Inject {
        inject: usize,
        sim_minute: u32,
        by_hand: bool,
    },
}

/// A run through a scenario. Values only: every action returns a new run.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Run {
    pub scenario_key: String,
    pub seed: u64,
    pub started_at_ms: i64,
    /// The step shown now (an ending once finished).
    pub step: StepId,
    pub state: DrillState,
    /// Points from choices and time-outs; the notification rule is added by the scoring.
    pub points: Scores,
    pub decisions: Vec<Decision>,
    pub events: Vec<RunEvent>,
    /// One status per scenario inject.
    pub injects: Vec<InjectStatus>,
    pub ending: Option<Ending>,
    /// Chance rolls (0..100), one per inject, drawn from the seed at the start.
    rolls: Vec<u8>,
    /// Hand-fired injects waiting to be recorded with the next decision.
    pending_by_hand: Vec<usize>,
}

impl Run {
    /// Starts a run at the scenario's start step; injects due at minute 0 arrive at once.
    pub fn start(scenario: &Scenario, seed: u64, started_at_ms: i64) -> Result<Run, DrillError> {
        let first = scenario
            .step(&scenario.start)
            .ok_or_else(|| DrillError::UnknownStep {
                step: scenario.start.clone(),
            })?;
        let mut rng = SplitMix64::new(seed);
        let rolls = scenario
            .injects
            .iter()
            .map(|_| (rng.next_u64() % 100) as u8)
            .collect();
        let init = &scenario.initial;
        let mut state = DrillState {
            client_mood: init.client_mood.clamp(MOOD_MIN, MOOD_MAX),
            slack_days: init.slack_days,
            money_at_stake_yuan: init.money_at_stake_yuan,
            failure_known_at: init.failure_known.then_some(0),
            ..DrillState::default()
        };
        for fact in &init.facts_known {
            if !state.knows(fact) {
                state.facts.push(fact.clone());
            }
        }
        let mut run = Run {
            scenario_key: scenario.key.clone(),
            seed,
            started_at_ms,
            step: first.id.clone(),
            state,
            points: Scores::default(),
            decisions: Vec::new(),
            events: Vec::new(),
            injects: vec![InjectStatus::Pending; scenario.injects.len()],
            ending: first.ending,
            rolls,
            pending_by_hand: Vec::new(),
        };
        if run.ending.is_none() {
            run.deliver_due(scenario);
        }
        Ok(run)
    }

    pub fn is_finished(&self) -> bool {
        self.ending.is_some()
    }

    /// The step shown now.
    pub fn current_step<'a>(&self, scenario: &'a Scenario) -> Option<&'a Step> {
        scenario.step(&self.step)
    }

    /// The order the current step's choices are shown in: `order[shown] = choice index`.
    /// Shuffled per run and step from the run's seed, so a trainee cannot learn "the first one
    /// is best", while the same seed always shows the same order (replay holds: decisions are
    /// stored by choice index, not by position on screen).
    pub fn choice_order(&self, scenario: &Scenario) -> Vec<usize> {
        let n = self.current_step(scenario).map_or(0, |s| s.choices.len());
        shuffled(n, self.seed ^ fnv1a(self.step.as_bytes()))
    }

    /// Total real time the trainee spent deciding.
    pub fn real_ms_total(&self) -> u64 {
        self.decisions
            .iter()
            .fold(0u64, |acc, d| acc.saturating_add(d.real_ms))
    }

    /// Number of decisions left to time out.
    pub fn timeouts(&self) -> usize {
        self.decisions.iter().filter(|d| d.timed_out).count()
    }

    /// Takes choice `index` after `real_elapsed_ms` of real time. A choice that arrives after
    /// the step's time limit counts as a time-out: the default choice is taken instead.
    pub fn choose(
        &self,
        scenario: &Scenario,
        index: usize,
        real_elapsed_ms: u64,
    ) -> Result<Run, DrillError> {
        let mut next = self.clone();
        next.act(scenario, Some(index), real_elapsed_ms)?;
        Ok(next)
    }

    /// The step's time ran out: the default choice is taken and a speed penalty applies.
    pub fn time_out(&self, scenario: &Scenario, real_elapsed_ms: u64) -> Result<Run, DrillError> {
        let mut next = self.clone();
        next.act(scenario, None, real_elapsed_ms)?;
        Ok(next)
    }

    /// The facilitator fires inject `index` now, whatever its minute, condition or chance.
    pub fn fire_inject(&self, scenario: &Scenario, index: usize) -> Result<Run, DrillError> {
        let mut next = self.clone();
        next.fire_in_place(scenario, index)?;
        Ok(next)
    }

    pub(super) fn fire_in_place(
        &mut self,
        scenario: &Scenario,
        index: usize,
    ) -> Result<(), DrillError> {
        if self.is_finished() {
            return Err(DrillError::Finished);
        }
        let inject = scenario
            .injects
            .get(index)
            .ok_or(DrillError::UnknownInject { index })?;
        match self.injects.get(index) {
            Some(InjectStatus::Delivered { .. }) => {
                return Err(DrillError::InjectAlreadyDelivered { index })
            }
            Some(_) => {}
            None => return Err(DrillError::UnknownInject { index }),
        }
        self.deliver(scenario, index, inject, true);
        self.pending_by_hand.push(index);
        Ok(())
    }

    /// Applies a decision in place; `None` means a time-out. Checks everything before
    /// changing anything, so an error leaves the run as it was.
    pub(super) fn act(
        &mut self,
        scenario: &Scenario,
        index: Option<usize>,
        real_ms: u64,
    ) -> Result<(), DrillError> {
        if self.is_finished() {
            return Err(DrillError::Finished);
        }
        let step = self
            .current_step(scenario)
            .ok_or_else(|| DrillError::UnknownStep {
                step: self.step.clone(),
            })?;
        let limit_ms = u64::from(step.time_limit_secs).saturating_mul(1000);
        let late = step.time_limit_secs > 0 && real_ms > limit_ms;
        let (index, timed_out) = match index {
            Some(i) if !late => (i, false),
            _ => (step.default_choice, true),
        };
        let choice = step.choices.get(index).ok_or(DrillError::NoSuchChoice {
            step: step.id.clone(),
            index,
        })?;
        let target = scenario
            .step(&choice.next)
            .ok_or_else(|| DrillError::UnknownStep {
                step: choice.next.clone(),
            })?;

        self.decisions.push(Decision {
            step: step.id.clone(),
            choice: index,
            timed_out,
            real_ms,
            sim_minute: self.state.sim_minute,
            fired_by_hand: std::mem::take(&mut self.pending_by_hand),
        });
        self.events.push(RunEvent::Decided {
            decision: self.decisions.len() - 1,
        });
        self.points = self.points.plus(&choice.scores);
        if timed_out {
            self.points.speed = self.points.speed.saturating_add(TIMEOUT_PENALTY);
        }
        self.state.sim_minute = self.state.sim_minute.saturating_add(choice.cost_minutes);
        let now = self.state.sim_minute;
        self.step = target.id.clone();
        self.ending = target.ending;
        // Injects due during the action happened while it ran: their conditions see the state
        // before the action's effects (a client who calls at minute 60 was not yet told at
        // minute 120), and the trainee hears of them when the action ends. The story stops
        // at an ending: later news would only confuse the debrief.
        if self.ending.is_none() {
            self.deliver_due(scenario);
        }
        self.state.apply(&choice.effects, now);
        Ok(())
    }

    /// Delivers every pending inject whose minute has passed, in time order.
    fn deliver_due(&mut self, scenario: &Scenario) {
        let now = self.state.sim_minute;
        let mut due: Vec<usize> = (0..scenario.injects.len())
            .filter(|&i| {
                self.injects.get(i) == Some(&InjectStatus::Pending)
                    && scenario.injects[i].at_sim_minute <= now
            })
            .collect();
        sorting::sort_by_key(&mut due, |&i| (scenario.injects[i].at_sim_minute, i));
        for i in due {
            let inject = &scenario.injects[i];
            let allowed = inject
                .condition
                .as_ref()
                .is_none_or(|c| self.state.holds(c));
            let roll = self.rolls.get(i).copied().unwrap_or(0);
            if allowed && roll < inject.chance_pct {
                self.deliver(scenario, i, inject, false);
            } else if let Some(status) = self.injects.get_mut(i) {
                *status = InjectStatus::Skipped { sim_minute: now };
            }
        }
    }

    fn deliver(
        &mut self,
        scenario: &Scenario,
        index: usize,
        inject: &super::scenario::Inject,
        by_hand: bool,
    ) {
        let now = self.state.sim_minute;
        self.state.apply(&inject.effects, now);
        if let Some(status) = self.injects.get_mut(index) {
            *status = InjectStatus::Delivered {
                sim_minute: now,
                by_hand,
            };
        }
        self.events.push(RunEvent::Inject {
            inject: index,
            sim_minute: now,
            by_hand,
        });
        // An interrupt moves the story to a decision step; a missing target or an ending is
        // ignored (the graph check reports it), so a bad pack cannot end a run by accident.
        if let Some(target) = inject.goto.as_deref().and_then(|id| scenario.step(id)) {
            if !target.is_terminal() {
                self.step = target.id.clone();
            }
        }
    }
}

/// Rebuilds a run from its seed and its decisions. Fails if the decisions do not fit the
/// scenario (it was edited since, or the record is corrupt).
pub fn replay(scenario: &Scenario, seed: u64, decisions: &[Decision]) -> Result<Run, DrillError> {
    let mut run = Run::start(scenario, seed, 0)?;
    for (i, d) in decisions.iter().enumerate() {
        let mismatch = || DrillError::ReplayMismatch { index: i };
        for &inject in &d.fired_by_hand {
            run.fire_in_place(scenario, inject)
                .map_err(|_| mismatch())?;
        }
        if run.step != d.step || run.state.sim_minute != d.sim_minute {
            return Err(mismatch());
        }
        let index = (!d.timed_out).then_some(d.choice);
        run.act(scenario, index, d.real_ms)
            .map_err(|_| mismatch())?;
        if run.decisions.last() != Some(d) {
            return Err(mismatch());
        }
    }
    Ok(run)
}
