//! Scoring, the best path, the debrief and the views.

use super::support::*;

#[test]
fn the_best_path_scores_100_and_passes() {
    let s = customs();
    let best = best_path(&s, 5).unwrap();
    assert!(best.exhaustive);
    let moves: Vec<Option<usize>> = best.path.iter().map(|p| Some(p.choice)).collect();
    assert_eq!(moves, vec![Some(0), Some(0), Some(0), Some(0)]);
    let run = play(&s, 5, &moves);
    let card = score(&s, &run);
    assert_eq!(card.total, 100);
    assert!(card.passed);
    assert_eq!(card.notify, NotifyOutcome::InTime { minutes: 20 });
    assert_eq!(card.raw_total, best.raw_total);
    assert_eq!(run.ending, Some(Ending::Good));
    for d in &card.dimensions {
        assert!(d.percent.is_none() || d.percent == Some(100) || d.points < d.max);
    }
}

#[test]
fn the_one_hour_rule_counts() {
    let s = customs();
    let in_time = play(&s, 1, &[Some(0), Some(0), Some(0), Some(0)]);
    let late = play(&s, 1, &[Some(1), Some(0), Some(0), Some(0)]);
    let never = play(&s, 1, &[Some(2), Some(2), Some(2)]);
    assert_eq!(
        NotifyOutcome::of(&in_time),
        NotifyOutcome::InTime { minutes: 20 }
    );
    assert_eq!(
        NotifyOutcome::of(&late),
        NotifyOutcome::Late { minutes: 120 }
    );
    assert_eq!(NotifyOutcome::of(&never), NotifyOutcome::Missed);
    assert_eq!(raw_points(&in_time).speed - in_time.points.speed, 10);
    assert_eq!(raw_points(&late).speed - late.points.speed, -5);
    assert_eq!(raw_points(&never).speed - never.points.speed, -10);
    let open = play(&s, 1, &[Some(2)]);
    assert_eq!(
        NotifyOutcome::of(&open),
        NotifyOutcome::Pending { minutes_left: 55 }
    );
    for lang in [Lang::Zh, Lang::En] {
        assert!(!NotifyOutcome::of(&late).message(lang).is_empty());
    }
}

#[test]
fn a_run_with_one_time_out_can_still_pass_and_the_debrief_says_so() {
    let s = customs();
    // The end-to-end test's run: the night decision times out, everything else is best.
    let run = play(&s, 11, &[Some(0), Some(0), None, Some(0)]);
    assert!(run.is_finished());
    let card = score(&s, &run);
    assert_eq!(card.timeouts, 1);
    assert!(card.total < 100 && card.total >= s.pass_mark, "{card:?}");
    assert!(card.passed);
    let report = debrief(&s, &run);
    assert_eq!(report.taken.len(), 4);
    assert!(report.taken[2].timed_out);
    let better = report.taken[2].better.as_ref().expect("a better choice");
    assert_eq!(better.choice, 0);
    assert!(report.taken[2].cost.points > 0);
    assert!(!report.taken[2].on_best_path);
    assert!(report.taken[0].on_best_path && report.taken[0].better.is_none());
    assert_eq!(report.best_path.len(), 4);
    assert_eq!(report.best_ending, Some(Ending::Good));
    assert_eq!(report.real_ms_total, 33_000);
    for lang in [Lang::Zh, Lang::En] {
        let text = report.to_text(lang);
        assert!(text.contains(s.title.get(lang)));
        assert!(text.contains(Goal::ForeseeMaterialsRisk.principle(lang)));
    }
}

#[test]
fn a_harmful_choice_fails_the_run_whatever_the_total() {
    let mut s = tiny();
    s.steps[1].choices[1].rank = Rank::Harmful;
    s.steps[1].choices[1].scores = Scores::new(0, 0, 0, 50, 0);
    let run = play(&s, 0, &[Some(0), Some(1)]);
    let card = score(&s, &run);
    assert_eq!(card.harmful_choices, 1);
    assert!(!card.passed);
    // The ideal path never crosses the line, even when crossing it pays more points.
    let best = best_path(&s, 0).unwrap();
    assert_eq!(best.path[1].choice, 0);
    assert_eq!(card.total, 100, "points above the ideal path are capped");
}

#[test]
fn totals_place_a_run_between_the_worst_and_the_best_path() {
    let s = tiny();
    let card = score(&s, &play(&s, 0, &[Some(1), Some(0)]));
    // Best raw = 20, worst = -10; this path = -5 + 10 = 5, halfway.
    assert_eq!((card.best_raw_total, card.worst_raw_total), (20, -10));
    assert_eq!(card.total, 50);
    assert!(!card.passed, "50 is below the pass mark of 60");
    let remedy = card.get(Dimension::RemedyQuality).unwrap();
    assert_eq!((remedy.points, remedy.min, remedy.max), (5, -10, 20));
    assert_eq!(remedy.percent, Some(50));
    assert_eq!(
        card.get(Dimension::Speed).unwrap().percent,
        None,
        "not trained here"
    );
    assert_eq!(card.weakest(), Some(Dimension::RemedyQuality));
    let worst = score(&s, &play(&s, 0, &[Some(1), Some(1)]));
    assert_eq!(worst.total, 0);
    // A time-out on top of the worst path stays at 0, never below.
    let timed_out = score(&s, &play(&s, 0, &[None, None]));
    assert_eq!(timed_out.total, 0);
    assert_eq!(timed_out.timeouts, 2);
    let unfinished = score(&s, &play(&s, 0, &[Some(0)]));
    assert!(!unfinished.finished && !unfinished.passed);
}

#[test]
fn views_show_players_the_situation_and_the_facilitator_the_answers() {
    let s = customs();
    let run = Run::start(&s, 2, 0).unwrap();
    let p = player_view(&s, &run);
    assert_eq!(p.choices.len(), 4);
    assert_eq!(p.decision_no, 1);
    assert_eq!(p.time_limit_secs, 60);
    assert_eq!(p.minutes_to_hard_date, 24 * 60);
    assert_eq!(p.facts.len(), 1);
    let f = facilitator_view(&s, &run);
    // Both screens list the choices in the run's shuffled order: the ideal one is the
    // scenario's choice 0, wherever it is shown.
    let ideal = f.ideal_choice.expect("ideal");
    assert_eq!(p.choice_ids[ideal], 0);
    assert_eq!(f.choices[ideal].rank, Rank::Best);
    let default_shown = p.choice_ids.iter().position(|&i| i == 2).expect("shown");
    assert!(f.choices[default_shown].is_default);
    assert_eq!(f.choices[ideal].text, p.choices[ideal]);
    assert_eq!(f.injects.len(), 2);
    assert!(f.injects.iter().all(|i| i.can_fire));
    assert_eq!(f.notify, NotifyOutcome::Pending { minutes_left: 60 });
    let done = play(&s, 2, &[Some(0), Some(0), Some(0), Some(0)]);
    let p = player_view(&s, &done);
    assert!(p.finished && p.choices.is_empty());
    assert_eq!(p.ending, Some(Ending::Good));
    let f = facilitator_view(&s, &done);
    assert_eq!(f.ideal_choice, None);
    assert!(f.injects.iter().all(|i| !i.can_fire));
}

#[test]
fn best_from_a_state_continues_from_there() {
    let s = customs();
    let run = play(&s, 4, &[Some(3)]);
    let best = best_from(&s, &run).unwrap();
    assert_eq!(best.path.len(), 3);
    assert_eq!(best.path[0].step, "s_plan");
    assert_eq!(best.run.decisions.len(), 4);
}

#[test]
fn the_search_is_capped_on_huge_scenarios() {
    let mut s = tiny();
    s.steps.clear();
    for i in 0..199 {
        let next = if i == 198 {
            "end".to_owned()
        } else {
            format!("s{}", i + 1)
        };
        let choices = (0..8)
            .map(|c| {
                pick(
                    if c == 0 { Rank::Best } else { Rank::Poor },
                    &next,
                    1,
                    1 - c,
                )
            })
            .collect();
        s.steps.push(decision(&format!("s{i}"), choices, 1));
    }
    s.steps.push(ending("end", Ending::Good));
    s.start = "s0".into();
    let best = best_path(&s, 0).unwrap();
    assert!(!best.exhaustive);
    assert_eq!(best.path.len(), 199);
    assert!(
        best.path.iter().all(|p| p.choice == 0),
        "best-first finds the greedy path"
    );
    assert_eq!(best.raw_total, 199);
}

#[test]
fn choices_are_shown_in_an_order_drawn_from_the_seed() {
    let s = customs();
    let orders: Vec<Vec<usize>> = (0..40)
        .map(|seed| Run::start(&s, seed, 0).unwrap().choice_order(&s))
        .collect();
    for order in &orders {
        let mut sorted = order.clone();
        sorted.sort_unstable();
        assert_eq!(sorted, vec![0, 1, 2, 3], "a permutation");
    }
    // The same seed always gives the same order (replay and a reload show the same screen)…
    assert_eq!(
        Run::start(&s, 7, 0).unwrap().choice_order(&s),
        Run::start(&s, 7, 99).unwrap().choice_order(&s)
    );
    // …and the best choice is not always first.
    assert!(orders.iter().any(|o| o[0] != 0));
    assert!(orders.iter().any(|o| o[0] == 0));
    // Positions differ, the decisions recorded do not: the run stores choice indexes.
    let run = Run::start(&s, 7, 0).unwrap();
    let shown_best = run.choice_order(&s).iter().position(|&i| i == 0).unwrap();
    let chosen = run.choice_order(&s)[shown_best];
    let a = run.choose(&s, chosen, 1000).unwrap();
    let b = Run::start(&s, 7, 0).unwrap().choose(&s, 0, 1000).unwrap();
    assert_eq!(a, b);
}
