//! Drill engine benchmarks: replaying a long scenario 1,000 times (what loading a trainee's
//! history of debriefs costs), the best-path search behind scoring, and the editor's check.

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use expedite_guard::domain::catalog::L10n;
use expedite_guard::domain::drill::{
    best_path, builtin_scenarios, check, replay, score, Choice, Condition, Decision, Effects,
    Ending, Inject, Rank, Run, Scenario, Scores, Step,
};

const STEPS: usize = 150;

fn text(s: &str) -> L10n {
    L10n::new(s, s)
}

/// A chain of 150 decision steps, four choices each, with 40 injects on the clock (some with
/// conditions and chances) and facts learned along the way: far longer than any real scenario.
fn long_scenario() -> Scenario {
    let mut steps = Vec::with_capacity(STEPS + 1);
    let facts: Vec<_> = (0..20)
        .map(|i| expedite_guard::domain::drill::Fact {
            key: format!("f{i}"),
            text: text("fact"),
        })
        .collect();
    for i in 0..STEPS {
        let next = if i + 1 == STEPS {
            "end".to_owned()
        } else {
            format!("s{}", i + 1)
        };
        let choices = [Rank::Best, Rank::Acceptable, Rank::Poor, Rank::Harmful]
            .iter()
            .enumerate()
            .map(|(c, &rank)| Choice {
                text: text("choice"),
                rank,
                cost_minutes: 10 + c as u32 * 5,
                effects: Effects {
                    client_mood: 1 - c as i32,
                    facts_learned: vec![format!("f{}", (i + c) % 20)],
                    client_notified: i == 3 && c == 0,
                    ..Effects::default()
                },
                scores: Scores::new(3 - c as i32, 2, 1, 5 - 2 * c as i32, 1),
                next: next.clone(),
                feedback: text("feedback"),
            })
            .collect();
        steps.push(Step {
            id: format!("s{i}"),
            situation: text("situation"),
            choices,
            time_limit_secs: 60,
            default_choice: 2,
            goal: None,
            ending: None,
        });
    }
    steps.push(Step {
        id: "end".into(),
        situation: text("end"),
        ending: Some(Ending::Good),
        ..Step::default()
    });
    let injects = (0..40)
        .map(|i| Inject {
            condition: (i % 3 == 0).then_some(Condition::MoodBelow(5)),
            chance_pct: if i % 2 == 0 { 100 } else { 50 },
            effects: Effects {
                client_mood: -1,
                failure_detected: i == 0,
                ..Effects::default()
            },
            ..Inject::new(i * 40, text("inject"))
        })
        .collect();
    Scenario {
        key: "bench_long".into(),
        title: text("long"),
        difficulty: 3,
        service_key: "customs_filing".into(),
        briefing: text("briefing"),
        facts,
        start: "s0".into(),
        steps,
        injects,
        pass_mark: 60,
        ..Scenario::default()
    }
}

fn decisions(s: &Scenario) -> Vec<Decision> {
    let mut run = Run::start(s, 42, 0).expect("starts");
    let mut i = 0;
    while !run.is_finished() {
        run = if i % 7 == 6 {
            run.time_out(s, 60_000)
        } else {
            run.choose(s, i % 3, 5_000)
        }
        .expect("fits");
        i += 1;
    }
    run.decisions
}

fn benches(c: &mut Criterion) {
    let long = long_scenario();
    assert!(check(&long).is_empty(), "{:?}", check(&long));
    let moves = decisions(&long);
    assert_eq!(moves.len(), STEPS);
    c.bench_function("replay 150-step scenario x1000", |b| {
        b.iter(|| {
            for _ in 0..1000 {
                let _ = black_box(replay(&long, black_box(42), &moves));
            }
        })
    });

    let customs = builtin_scenarios()
        .into_iter()
        .find(|s| s.key == "drill_customs_filing_fair")
        .expect("built in");
    let run = replay(&customs, 7, &decisions(&customs)).expect("replays");
    c.bench_function("score customs run (best-path search)", |b| {
        b.iter(|| black_box(score(&customs, black_box(&run))))
    });
    c.bench_function("best path of the long scenario (capped search)", |b| {
        b.iter(|| black_box(best_path(&long, 42)))
    });
    c.bench_function("check long scenario", |b| {
        b.iter(|| black_box(check(&long)))
    });
}

criterion_group! {
    name = drill;
    config = Criterion::default().sample_size(10);
    targets = benches
}
criterion_main!(drill);
