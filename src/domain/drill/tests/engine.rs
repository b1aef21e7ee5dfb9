//! The engine: transitions, the clock, injects, time-outs, hand-fired injects and replay.

use proptest::prelude::*;

use super::support::*;

#[test]
fn start_takes_the_initial_state() {
    let s = customs();
    let run = Run::start(&s, 7, 1_700_000_000_000).unwrap();
    assert_eq!(run.step, "s_notice");
    assert_eq!(run.state.failure_known_at, Some(0));
    assert_eq!(run.state.facts, vec!["form_error".to_owned()]);
    assert_eq!(run.state.money_at_stake_yuan, 200_000);
    assert_eq!(run.state.sim_minute, 0);
    assert!(run.injects.iter().all(|i| *i == InjectStatus::Pending));
    assert!(!run.is_finished());
    assert_eq!(run.started_at_ms, 1_700_000_000_000);
}

#[test]
fn a_choice_moves_on_costs_time_and_changes_state() {
    let s = customs();
    let run = Run::start(&s, 1, 0).unwrap();
    let next = run.choose(&s, 0, 12_000).unwrap();
    assert_eq!(run.decisions.len(), 0, "the old value is untouched");
    assert_eq!(next.step, "s_plan");
    assert_eq!(next.state.sim_minute, 20);
    assert_eq!(next.state.client_notified_at, Some(20));
    assert_eq!(next.state.client_mood, 2);
    let d = &next.decisions[0];
    assert_eq!(
        (d.step.as_str(), d.choice, d.timed_out),
        ("s_notice", 0, false)
    );
    assert_eq!((d.real_ms, d.sim_minute), (12_000, 0));
    assert_eq!(next.points, Scores::new(5, 0, 5, 0, 5));
}

#[test]
fn time_out_takes_the_default_with_a_penalty() {
    let s = customs();
    let run = Run::start(&s, 1, 0).unwrap().time_out(&s, 60_000).unwrap();
    let d = &run.decisions[0];
    assert!(d.timed_out);
    assert_eq!(d.choice, 2, "the poor default");
    assert_eq!(run.points.speed, -3 + TIMEOUT_PENALTY);
    assert_eq!(run.timeouts(), 1);
}

#[test]
fn a_choice_after_the_limit_counts_as_a_time_out() {
    let s = customs();
    let run = Run::start(&s, 1, 0).unwrap().choose(&s, 0, 61_000).unwrap();
    assert!(run.decisions[0].timed_out);
    assert_eq!(run.decisions[0].choice, 2);
    let in_time = Run::start(&s, 1, 0).unwrap().choose(&s, 0, 60_000).unwrap();
    assert!(!in_time.decisions[0].timed_out);
}

#[test]
fn injects_arrive_when_the_clock_passes_them() {
    let s = tiny();
    let run = Run::start(&s, 0, 0).unwrap().choose(&s, 0, 1).unwrap();
    assert_eq!(run.state.sim_minute, 30);
    assert_eq!(run.injects[0], InjectStatus::Pending);
    let run = run.choose(&s, 1, 1).unwrap();
    // The last choice leads to an ending: the story stops, no news after it.
    assert_eq!(run.injects[0], InjectStatus::Pending);
    let slow = Run::start(&s, 0, 0).unwrap().choose(&s, 1, 1).unwrap();
    assert_eq!(slow.state.sim_minute, 60);
    assert_eq!(
        slow.injects[0],
        InjectStatus::Delivered {
            sim_minute: 60,
            by_hand: false
        }
    );
    assert_eq!(slow.state.client_mood, -2);
    assert_eq!(player_view(&s, &slow).news, vec![t("the client calls")]);
    assert!(player_view(&s, &run).news.is_empty());
}

#[test]
fn inject_conditions_see_the_state_before_the_action_ends() {
    let s = customs();
    // Fixing the form first (120 min) and calling after: the client called at minute 60.
    let late = play(&s, 1, &[Some(1)]);
    assert!(matches!(late.injects[0], InjectStatus::Delivered { .. }));
    assert_eq!(late.state.client_mood, -3);
    assert_eq!(late.state.client_notified_at, Some(120));
    // Calling at once: the angry call never comes.
    let prompt = play(&s, 1, &[Some(0), Some(0)]);
    assert!(matches!(prompt.injects[0], InjectStatus::Skipped { .. }));
}

#[test]
fn chance_injects_follow_the_seed() {
    let s = customs();
    let outcome = |seed| {
        let run = play(&s, seed, &[Some(0), Some(0), Some(0)]);
        matches!(run.injects[1], InjectStatus::Delivered { .. })
    };
    let fired: Vec<bool> = (0..64).map(outcome).collect();
    assert!(fired.iter().any(|f| *f) && fired.iter().any(|f| !*f));
    let again: Vec<bool> = (0..64).map(outcome).collect();
    assert_eq!(fired, again);
}

#[test]
fn the_facilitator_fires_an_inject_by_hand() {
    let s = tiny();
    let run = Run::start(&s, 3, 0).unwrap().fire_inject(&s, 0).unwrap();
    assert_eq!(
        run.injects[0],
        InjectStatus::Delivered {
            sim_minute: 0,
            by_hand: true
        }
    );
    assert_eq!(run.state.client_mood, -2);
    assert_eq!(
        run.fire_inject(&s, 0),
        Err(DrillError::InjectAlreadyDelivered { index: 0 })
    );
    assert_eq!(
        run.fire_inject(&s, 5),
        Err(DrillError::UnknownInject { index: 5 })
    );
    let run = run.choose(&s, 1, 5).unwrap();
    assert_eq!(run.decisions[0].fired_by_hand, vec![0]);
    // Fired by hand, it does not fire again when the clock passes its minute.
    assert_eq!(run.state.client_mood, -2);
    let again = replay(&s, 3, &run.decisions).unwrap();
    assert_eq!(again, run);
}

#[test]
fn an_inject_can_interrupt_the_story() {
    let mut s = tiny();
    s.steps
        .push(decision("call", vec![pick(Rank::Best, "b", 10, 5)], 0));
    s.injects[0].goto = Some("call".into());
    assert!(check(&s).is_empty(), "{:?}", check(&s));
    let run = Run::start(&s, 0, 0).unwrap().choose(&s, 1, 1).unwrap();
    assert_eq!(run.step, "call");
    let run = run.choose(&s, 0, 1).unwrap();
    assert_eq!(run.step, "b");
    // A jump to an ending is ignored rather than ending the run.
    s.injects[0].goto = Some("bad".into());
    let run = Run::start(&s, 0, 0).unwrap().choose(&s, 1, 1).unwrap();
    assert_eq!(run.step, "b");
}

#[test]
fn finished_runs_and_bad_indices_are_refused() {
    let s = tiny();
    let run = Run::start(&s, 0, 0).unwrap();
    assert_eq!(
        run.choose(&s, 9, 1),
        Err(DrillError::NoSuchChoice {
            step: "a".into(),
            index: 9
        })
    );
    let done = play(&s, 0, &[Some(0), Some(0)]);
    assert!(done.is_finished());
    assert_eq!(done.ending, Some(Ending::Good));
    assert_eq!(done.choose(&s, 0, 1), Err(DrillError::Finished));
    assert_eq!(done.time_out(&s, 1), Err(DrillError::Finished));
    assert_eq!(done.fire_inject(&s, 0), Err(DrillError::Finished));
    let mut missing = s.clone();
    missing.start = "nowhere".into();
    assert!(matches!(
        Run::start(&missing, 0, 0),
        Err(DrillError::UnknownStep { .. })
    ));
}

#[test]
fn mood_stays_in_bounds() {
    let mut s = tiny();
    s.steps[0].choices[0].effects.client_mood = 100;
    let run = play(&s, 0, &[Some(0)]);
    assert_eq!(run.state.client_mood, MOOD_MAX);
    s.steps[0].choices[0].effects.client_mood = -100;
    let run = play(&s, 0, &[Some(0)]);
    assert_eq!(run.state.client_mood, MOOD_MIN);
}

#[test]
fn replay_refuses_decisions_that_do_not_fit() {
    let s = customs();
    let run = play(&s, 9, &[Some(0), Some(0), None, Some(1)]);
    assert_eq!(
        replay(&s, 9, &run.decisions).unwrap().decisions,
        run.decisions
    );
    let mut wrong = run.decisions.clone();
    wrong[1].step = "s_night".into();
    assert_eq!(
        replay(&s, 9, &wrong),
        Err(DrillError::ReplayMismatch { index: 1 })
    );
    let mut wrong = run.decisions.clone();
    wrong[2].choice = 0; // recorded as a time-out, whose choice is the default
    assert_eq!(
        replay(&s, 9, &wrong),
        Err(DrillError::ReplayMismatch { index: 2 })
    );
    let mut wrong = run.decisions.clone();
    wrong[0].choice = 42;
    assert!(replay(&s, 9, &wrong).is_err());
}

/// A move in a random run: a choice (index taken modulo the step's choices) or a time-out,
/// possibly preceded by a hand-fired inject.
fn moves() -> impl Strategy<Value = Vec<(usize, bool, u64, Option<usize>)>> {
    prop::collection::vec(
        (
            0usize..8,
            any::<bool>(),
            0u64..200_000,
            prop::option::of(0usize..4),
        ),
        0..12,
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn any_run_replays_exactly(which in 0usize..16, seed in any::<u64>(), moves in moves()) {
        let scenarios = builtin_scenarios();
        let s = &scenarios[which % scenarios.len()];
        let mut run = Run::start(s, seed, 0).unwrap();
        for (choice, timeout, ms, fire) in moves {
            if run.is_finished() {
                break;
            }
            if let Some(i) = fire {
                if let Ok(next) = run.fire_inject(s, i) {
                    run = next;
                }
            }
            let n = run.current_step(s).map_or(1, |st| st.choices.len().max(1));
            run = if timeout {
                run.time_out(s, ms).unwrap()
            } else {
                run.choose(s, choice % n, ms).unwrap()
            };
        }
        let again = replay(s, seed, &run.decisions).unwrap();
        prop_assert_eq!(&again.decisions, &run.decisions);
        prop_assert_eq!(&again.state, &run.state);
        prop_assert_eq!(&again.events, &run.events);
        prop_assert_eq!(again.points, run.points);
        let json = serde_json::to_string(&run).unwrap();
        let back: Run = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(back, run);
    }
}
