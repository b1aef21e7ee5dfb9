//! Shared fixtures: a tiny hand-made scenario and path enumeration.
#![allow(unused_imports, dead_code)]

pub use crate::domain::catalog::L10n;
pub use crate::domain::drill::builtin::builtin_scenario;
pub use crate::domain::drill::engine::{MOOD_MAX, MOOD_MIN, TIMEOUT_PENALTY};
pub use crate::domain::drill::graph_check::errors;
pub use crate::domain::drill::scoring::{raw_points, score_with};
pub use crate::domain::drill::search::explore;
pub use crate::domain::drill::*;
pub use crate::domain::lang::Lang;

pub fn t(zh: &str) -> L10n {
    L10n::new(zh, zh)
}

pub fn pick(rank: Rank, next: &str, minutes: u32, points: i32) -> Choice {
    Choice {
        text: t("choice"),
        rank,
        cost_minutes: minutes,
        scores: Scores::new(0, 0, 0, points, 0),
        next: next.to_owned(),
        feedback: t("feedback"),
        ..Choice::default()
    }
}

pub fn decision(id: &str, choices: Vec<Choice>, default: usize) -> Step {
    Step {
        id: id.to_owned(),
        situation: t("situation"),
        choices,
        time_limit_secs: 30,
        default_choice: default,
        goal: Some(Goal::Remedy),
        ending: None,
    }
}

pub fn ending(id: &str, ending: Ending) -> Step {
    Step {
        id: id.to_owned(),
        situation: t("the end"),
        ending: Some(ending),
        ..Step::default()
    }
}

/// a --(best 10 / poor -5)--> b --(best 10 → good / poor -5 → bad)-->; one inject at 45.
pub fn tiny() -> Scenario {
    Scenario {
        key: "tiny".into(),
        title: t("tiny"),
        difficulty: 1,
        role: Role::Executor,
        service_key: "customs_filing".into(),
        briefing: t("briefing"),
        learning_goals: vec![Goal::Remedy],
        start: "a".into(),
        steps: vec![
            decision(
                "a",
                vec![pick(Rank::Best, "b", 30, 10), pick(Rank::Poor, "b", 60, -5)],
                1,
            ),
            decision(
                "b",
                vec![
                    pick(Rank::Best, "good", 30, 10),
                    pick(Rank::Poor, "bad", 30, -5),
                ],
                1,
            ),
            ending("good", Ending::Good),
            ending("bad", Ending::Bad),
        ],
        injects: vec![Inject {
            effects: Effects {
                client_mood: -2,
                ..Effects::default()
            },
            ..Inject::new(45, t("the client calls"))
        }],
        pass_mark: 60,
        ..Scenario::default()
    }
}

pub fn customs() -> Scenario {
    builtin_scenario("drill_customs_filing_fair").expect("customs scenario is built in")
}

/// Every finished run reachable by choices alone.
pub fn all_runs(scenario: &Scenario, seed: u64) -> Vec<Run> {
    let start = Run::start(scenario, seed, 0).expect("scenario starts");
    let mut out = Vec::new();
    let complete = explore(scenario, &start, 1_000_000, |r| out.push(r.clone()));
    assert!(
        complete,
        "{}: path enumeration hit its budget",
        scenario.key
    );
    out
}

/// Plays a list of choice indices (None = time out), 1 s per decision.
pub fn play(scenario: &Scenario, seed: u64, moves: &[Option<usize>]) -> Run {
    let mut run = Run::start(scenario, seed, 0).expect("scenario starts");
    for m in moves {
        run = match m {
            Some(i) => run.choose(scenario, *i, 1_000),
            None => run.time_out(scenario, 30_000),
        }
        .expect("move fits the scenario");
    }
    run
}
