//! The built-in scenario library.

use std::collections::HashSet;

use super::support::*;
use crate::domain::catalog::BUILTIN_KEYS;

#[test]
fn the_library_covers_every_documented_case_once_per_key() {
    let all = builtin_scenarios();
    let keys: Vec<&str> = all.iter().map(|s| s.key.as_str()).collect();
    assert_eq!(keys, BUILTIN_SCENARIO_KEYS);
    let cases: HashSet<u8> = all.iter().filter_map(|s| s.source_case).collect();
    assert_eq!(cases, (1..=16).collect::<HashSet<u8>>());
    assert!(all.iter().all(|s| s.builtin && is_builtin_key(&s.key)));
}

#[test]
fn every_builtin_is_complete_and_bilingual() {
    for s in builtin_scenarios() {
        let k = &s.key;
        assert!(
            BUILTIN_KEYS.contains(&s.service_key.as_str()),
            "{k}: unknown service"
        );
        assert!((1..=3).contains(&s.difficulty), "{k}");
        assert!(!s.learning_goals.is_empty(), "{k}: no goals");
        assert!(!s.injects.is_empty(), "{k}: no injects");
        assert!(
            !s.hard_date.label.zh.is_empty() && s.hard_date.minutes() > 0,
            "{k}"
        );
        let decisions = s.decision_steps().count();
        assert!(
            (3..=6).contains(&decisions),
            "{k}: {decisions} decision steps"
        );
        let mut texts = vec![&s.title, &s.briefing, &s.hard_date.label];
        texts.extend(s.facts.iter().map(|f| &f.text));
        texts.extend(s.injects.iter().map(|i| &i.text));
        for step in &s.steps {
            texts.push(&step.situation);
            for c in &step.choices {
                texts.push(&c.text);
                texts.push(&c.feedback);
            }
            if !step.is_terminal() {
                assert!(step.goal.is_some(), "{k}/{}: no goal", step.id);
                assert!(
                    step.choices.len() >= 2,
                    "{k}/{}: fewer than two choices",
                    step.id
                );
                let default = &step.choices[step.default_choice];
                assert!(
                    default.rank >= Rank::Poor,
                    "{k}/{}: the default is not poor",
                    step.id
                );
            }
        }
        for text in texts {
            assert!(
                !text.zh.trim().is_empty() && !text.en.trim().is_empty(),
                "{k}: {text:?}"
            );
        }
    }
}

#[test]
fn every_builtin_passes_the_check() {
    for s in builtin_scenarios() {
        assert_eq!(check(&s), Vec::new(), "{}", s.key);
    }
}

#[test]
fn every_builtin_has_a_passing_and_a_failing_path() {
    for s in builtin_scenarios() {
        for seed in [0u64, 1, 2, 3, 99, 12345] {
            let runs = all_runs(&s, seed);
            let best = best_path(&s, seed).expect("a best path");
            let cards: Vec<ScoreCard> = runs
                .iter()
                .map(|r| score_with(&s, r, Some(&best)))
                .collect();
            assert!(
                cards.iter().any(|c| c.passed),
                "{} seed {seed}: no passing path",
                s.key
            );
            assert!(
                cards.iter().any(|c| !c.passed),
                "{} seed {seed}: no failing path",
                s.key
            );
            assert!(cards.iter().all(|c| c.finished && c.total <= 100));
            // The lean best-path search agrees with full enumeration.
            let harmless_max = runs
                .iter()
                .zip(&cards)
                .filter(|(_, c)| c.harmful_choices == 0)
                .map(|(r, _)| raw_points(r).sum())
                .max();
            let worst = runs.iter().map(|r| raw_points(r).sum()).min();
            assert_eq!(Some(best.raw_total), harmless_max, "{}", s.key);
            assert_eq!(Some(best.worst_raw_total), worst, "{}", s.key);
            assert!(best.exhaustive);
            // Passing takes more than luck: an all-acceptable-or-worse path never passes.
            for (run, card) in runs.iter().zip(&cards) {
                let ranks: Vec<Rank> = run
                    .decisions
                    .iter()
                    .map(|d| s.step(&d.step).unwrap().choices[d.choice].rank)
                    .collect();
                if ranks.iter().all(|r| *r >= Rank::Poor) {
                    assert!(!card.passed, "{}: an all-poor path passes", s.key);
                }
            }
        }
    }
}

#[test]
fn the_customs_scenario_has_three_timed_decisions_on_every_path() {
    let s = customs();
    assert_eq!(s.source_case, Some(12));
    for run in all_runs(&s, 0) {
        assert!(run.decisions.len() >= 3);
        for d in &run.decisions {
            assert!(s.step(&d.step).unwrap().time_limit_secs > 0);
        }
    }
}

#[test]
fn every_builtin_starts_each_run_the_same_way() {
    for s in builtin_scenarios() {
        let a = Run::start(&s, 42, 0).unwrap();
        let b = Run::start(&s, 42, 0).unwrap();
        assert_eq!(a, b);
        let view = player_view(&s, &a);
        assert!(!view.choices.is_empty(), "{}", s.key);
    }
}

/// Plays `s` from `seed`, at each step taking the choice `pick` prefers.
fn play_policy(s: &Scenario, seed: u64, pick: impl Fn(&[Choice]) -> usize) -> Run {
    let mut run = Run::start(s, seed, 0).expect("starts");
    for _ in 0..100 {
        if run.is_finished() {
            break;
        }
        let step = run.current_step(s).expect("a step");
        run = run.choose(s, pick(&step.choices), 1_000).expect("fits");
    }
    run
}

fn by_rank(choices: &[Choice], prefer: &[Rank]) -> usize {
    prefer
        .iter()
        .find_map(|r| choices.iter().position(|c| c.rank == *r))
        .unwrap_or(0)
}

/// The pass marks, rechecked: the best path passes, the worst fails, and no run that loses the
/// client or misses the notification window passes, in every built-in scenario. Prints the
/// best / typical / worst distribution (`cargo test pass_marks -- --nocapture`).
#[test]
fn pass_marks_pass_the_best_path_and_fail_lost_clients_and_missed_windows() {
    use Rank::*;
    let mut table = String::from("scenario | pass mark | best | typical | worst\n");
    for s in builtin_scenarios() {
        let seed = 1;
        let best = best_path(&s, seed).expect("best");
        let card = |run: &Run| score_with(&s, run, Some(&best));
        let fmt = |c: &ScoreCard| format!("{} {}", c.total, if c.passed { "pass" } else { "fail" });
        let b = card(&play_policy(&s, seed, |c| {
            by_rank(c, &[Best, Acceptable, Poor, Harmful])
        }));
        let t = card(&play_policy(&s, seed, |c| {
            by_rank(c, &[Acceptable, Best, Poor, Harmful])
        }));
        let w = card(&play_policy(&s, seed, |c| {
            by_rank(c, &[Harmful, Poor, Acceptable, Best])
        }));
        table.push_str(&format!(
            "{} | {} | {} | {} | {}\n",
            s.key,
            s.pass_mark,
            fmt(&b),
            fmt(&t),
            fmt(&w)
        ));
        assert!(b.passed, "{}: the best path fails", s.key);
        assert!(!w.passed, "{}: the worst path passes", s.key);
        for run in all_runs(&s, seed) {
            let c = card(&run);
            if run.ending == Some(Ending::Bad)
                || matches!(c.notify, NotifyOutcome::Late { .. } | NotifyOutcome::Missed)
            {
                assert!(
                    !c.passed,
                    "{}: a lost client or a missed window passes",
                    s.key
                );
            }
        }
    }
    println!("{table}");
}

/// The shipped file the app reads its built-in scenarios from (issue #19: built-in content is
/// a data file, fetched when the drill area first needs it). It is written from the typed
/// builders above, which stay the source that every other test here checks. After changing a
/// built-in scenario, regenerate it: `UPDATE_CONTENT=1 cargo test builtin_scenarios_file`.
const SCENARIOS_FILE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/assets/content/drill-scenarios.json"
);

#[test]
fn builtin_scenarios_file_matches_the_builders() {
    let expected = ScenarioPack::new(builtin_scenarios()).to_json();
    if std::env::var_os("UPDATE_CONTENT").is_some() {
        std::fs::write(SCENARIOS_FILE, format!("{expected}\n")).unwrap();
    }
    let shipped = std::fs::read_to_string(SCENARIOS_FILE).unwrap();
    assert_eq!(
        shipped.trim_end(),
        expected,
        "assets/content/drill-scenarios.json is out of date: run UPDATE_CONTENT=1 cargo test builtin_scenarios_file"
    );
    assert_eq!(read_builtin_pack(&shipped).unwrap(), builtin_scenarios());
}

#[test]
fn builtin_scenarios_file_refuses_other_content() {
    // A custom pack is not the built-in file, and the built-in file is not a custom pack.
    let custom = export_pack(&[tiny()]);
    assert!(matches!(
        read_builtin_pack(&custom),
        Err(PackError::NotBuiltinKey { .. })
    ));
    let builtin = ScenarioPack::new(builtin_scenarios()).to_json();
    assert!(matches!(
        import_pack(&builtin),
        Err(PackError::BuiltinKey { .. })
    ));
    // A truncated or foreign file gets a typed error, never a panic.
    let half = (0..=builtin.len() / 2)
        .rev()
        .find(|&i| builtin.is_char_boundary(i))
        .unwrap();
    let cut = &builtin[..half];
    assert!(matches!(
        read_builtin_pack(cut),
        Err(PackError::NotJson { .. })
    ));
    assert!(matches!(
        read_builtin_pack("{\"format\":\"x\"}"),
        Err(PackError::WrongFormat { .. })
    ));
    assert!(matches!(
        read_builtin_pack("<!doctype html>"),
        Err(PackError::NotJson { .. })
    ));
}
