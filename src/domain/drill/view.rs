//! Render-ready views of a run: what the players see, and what the facilitator sees on top
//! (ranks, the ideal choice, injects to fire by hand). Texts stay [`L10n`] so the UI picks the
//! language; nothing here needs the UI to look into the scenario graph itself.

use serde::{Deserialize, Serialize};

use super::engine::{InjectStatus, Run, RunEvent};
use super::scenario::{Ending, Rank, Role, Scenario, StepId};
use super::scoring::{raw_points, NotifyOutcome, Scores};
use super::search::best_from;
use crate::domain::catalog::L10n;

/// The players' screen.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlayerView {
    pub title: L10n,
    pub role: Role,
    pub step: StepId,
    pub situation: L10n,
    /// Choice texts in the order shown (shuffled per run, see [`Run::choice_order`]); empty at
    /// an ending.
    pub choices: Vec<L10n>,
    /// The scenario's index of each choice shown: pass `choice_ids[shown]` to `Run::choose`.
    pub choice_ids: Vec<usize>,
    pub time_limit_secs: u32,
    /// 1-based number of the decision now asked for.
    pub decision_no: usize,
    pub finished: bool,
    pub ending: Option<Ending>,
    pub client_mood: i32,
    pub slack_days: i32,
    pub money_at_stake_yuan: i64,
    pub sim_minute: u32,
    pub hard_date_label: L10n,
    /// Sim minutes left until the hard date (negative once passed).
    pub minutes_to_hard_date: i64,
    pub facts: Vec<L10n>,
    /// Injects delivered since the previous decision (or the start), oldest first.
    pub news: Vec<L10n>,
}

/// One choice as the facilitator sees it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChoiceInfo {
    pub text: L10n,
    pub rank: Rank,
    pub feedback: L10n,
    pub cost_minutes: u32,
    pub next: StepId,
    pub is_default: bool,
}

/// One inject as the facilitator sees it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InjectInfo {
    pub index: usize,
    pub text: L10n,
    pub at_sim_minute: u32,
    pub status: InjectStatus,
    pub chance_pct: u8,
    pub conditional: bool,
    /// Whether the facilitator may fire it now.
    pub can_fire: bool,
}

/// The facilitator's screen.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FacilitatorView {
    pub player: PlayerView,
    pub choices: Vec<ChoiceInfo>,
    /// The first choice of the best way on from here.
    pub ideal_choice: Option<usize>,
    pub injects: Vec<InjectInfo>,
    pub notify: NotifyOutcome,
    /// Points so far, notification rule included.
    pub points: Scores,
}

pub fn player_view(scenario: &Scenario, run: &Run) -> PlayerView {
    let step = run.current_step(scenario);
    let last_decision = run
        .events
        .iter()
        .rposition(|e| matches!(e, RunEvent::Decided { .. }))
        .map_or(0, |i| i + 1);
    let news = run.events[last_decision..]
        .iter()
        .filter_map(|e| match e {
            RunEvent::Inject { inject, .. } => scenario.injects.get(*inject),
            RunEvent::Decided { .. } => None,
        })
        .map(|i| i.text.clone())
        .collect();
    let finished = run.is_finished();
    let choice_ids = if finished {
        Vec::new()
    } else {
        run.choice_order(scenario)
    };
    PlayerView {
        title: scenario.title.clone(),
        role: scenario.role,
        step: run.step.clone(),
        situation: step.map(|s| s.situation.clone()).unwrap_or_default(),
        choices: choice_ids
            .iter()
            .filter_map(|&i| step.and_then(|s| s.choices.get(i)))
            .map(|c| c.text.clone())
            .collect(),
        choice_ids,
        time_limit_secs: step.map_or(0, |s| s.time_limit_secs),
        decision_no: run.decisions.len() + 1,
        finished,
        ending: run.ending,
        client_mood: run.state.client_mood,
        slack_days: run.state.slack_days,
        money_at_stake_yuan: run.state.money_at_stake_yuan,
        sim_minute: run.state.sim_minute,
        hard_date_label: scenario.hard_date.label.clone(),
        minutes_to_hard_date: i64::from(scenario.hard_date.minutes())
            - i64::from(run.state.sim_minute),
        facts: run
            .state
            .facts
            .iter()
            .map(|f| scenario.fact_text(f))
            .collect(),
        news,
    }
}

/// The facilitator's view. Runs the best-path search from the current state (bounded).
pub fn facilitator_view(scenario: &Scenario, run: &Run) -> FacilitatorView {
    let player = player_view(scenario, run);
    let finished = run.is_finished();
    // In the order the players see them, so "choice 2" means the same on both screens.
    let choices = match run.current_step(scenario) {
        Some(step) => player
            .choice_ids
            .iter()
            .filter_map(|&i| step.choices.get(i).map(|c| (i, c)))
            .map(|(i, c)| ChoiceInfo {
                text: c.text.clone(),
                rank: c.rank,
                feedback: c.feedback.clone(),
                cost_minutes: c.cost_minutes,
                next: c.next.clone(),
                is_default: i == step.default_choice,
            })
            .collect(),
        None => Vec::new(),
    };
    let ideal_choice = if finished {
        None
    } else {
        best_from(scenario, run)
            .and_then(|b| b.path.first().map(|p| p.choice))
            .and_then(|ideal| player.choice_ids.iter().position(|&i| i == ideal))
    };
    let injects = scenario
        .injects
        .iter()
        .enumerate()
        .map(|(index, inject)| {
            let status = run.injects.get(index).copied().unwrap_or_default();
            InjectInfo {
                index,
                text: inject.text.clone(),
                at_sim_minute: inject.at_sim_minute,
                status,
                chance_pct: inject.chance_pct,
                conditional: inject.condition.is_some(),
                can_fire: !finished && !matches!(status, InjectStatus::Delivered { .. }),
            }
        })
        .collect();
    FacilitatorView {
        player,
        choices,
        ideal_choice,
        injects,
        notify: NotifyOutcome::of(run),
        points: raw_points(run),
    }
}
