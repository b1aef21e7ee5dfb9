//! The editor's scenario check.

use super::support::*;
use crate::domain::drill::graph_issue::{TextField, ValueField};

fn has(issues: &[GraphIssue], f: impl Fn(&GraphIssue) -> bool) -> bool {
    issues.iter().any(f)
}

#[test]
fn a_well_formed_scenario_has_no_issues() {
    assert_eq!(check(&tiny()), Vec::new());
}

#[test]
fn unreachable_steps_are_found() {
    let mut s = tiny();
    s.steps
        .push(decision("island", vec![pick(Rank::Best, "good", 1, 1)], 0));
    let issues = check(&s);
    assert_eq!(
        issues,
        vec![GraphIssue::Unreachable {
            step: "island".into()
        }]
    );
    assert_eq!(
        issues[0].at(),
        IssueAt::Step {
            step: "island".into()
        }
    );
}

#[test]
fn dead_ends_and_missing_targets_are_found() {
    let mut s = tiny();
    s.steps[1].choices.clear();
    let issues = check(&s);
    assert!(has(&issues, |i| *i == GraphIssue::DeadEnd { step: "b".into() }));
    let mut s = tiny();
    s.steps[0].choices[1].next = "ghost".into();
    let issues = check(&s);
    assert_eq!(
        issues,
        vec![GraphIssue::MissingTarget {
            step: "a".into(),
            choice: 1,
            target: "ghost".into()
        }]
    );
}

#[test]
fn a_loop_without_exit_is_found_and_a_loop_with_one_is_not() {
    let mut s = tiny();
    // a → b → c → b ... and b's only other way out is removed.
    s.steps[1].choices = vec![pick(Rank::Best, "c", 1, 1)];
    s.steps
        .push(decision("c", vec![pick(Rank::Best, "b", 1, 1)], 0));
    let issues = check(&s);
    assert!(has(&issues, |i| *i
        == GraphIssue::CycleWithoutExit {
            steps: vec!["b".into(), "c".into()]
        }));
    // A retry loop that can still reach an ending is fine.
    let mut s = tiny();
    s.steps[1].choices.push(pick(Rank::Poor, "a", 10, -1));
    assert!(!has(&check(&s), |i| matches!(
        i,
        GraphIssue::CycleWithoutExit { .. }
    )));
    // A self-loop with no way out.
    let mut s = tiny();
    s.steps[1].choices = vec![pick(Rank::Best, "b", 1, 1)];
    assert!(has(&check(&s), |i| *i
        == GraphIssue::CycleWithoutExit {
            steps: vec!["b".into()]
        }));
}

#[test]
fn texts_limits_and_references_are_checked() {
    let mut s = tiny();
    s.title.zh = "  ".into();
    s.steps[0].choices[0].feedback = L10n::default();
    s.steps[0].time_limit_secs = 3;
    s.steps[1].default_choice = 7;
    s.steps[1].choices[0]
        .effects
        .facts_learned
        .push("nope".into());
    s.steps[1].choices[0].cost_minutes = u32::MAX;
    s.injects[0].goto = Some("good".into());
    s.injects[0].chance_pct = 200;
    s.steps[2].choices.push(pick(Rank::Best, "a", 1, 1));
    s.steps.push(ending("a", Ending::Bad));
    s.steps[3].situation.en = "x".repeat(5_000);
    s.pass_mark = 0;
    s.difficulty = 9;
    s.key = "Bad Key".into();
    let issues = check(&s);
    let expected = [
        GraphIssue::EmptyText {
            at: IssueAt::Scenario,
            field: TextField::Title,
        },
        GraphIssue::EmptyText {
            at: IssueAt::Choice {
                step: "a".into(),
                choice: 0,
            },
            field: TextField::Feedback,
        },
        GraphIssue::TimeLimitOutOfRange {
            step: "a".into(),
            secs: 3,
            min: 10,
            max: 600,
        },
        GraphIssue::DefaultChoiceOutOfRange {
            step: "b".into(),
            index: 7,
        },
        GraphIssue::InjectGotoEnding {
            inject: 0,
            target: "good".into(),
        },
        GraphIssue::EndingWithChoices {
            step: "good".into(),
        },
        GraphIssue::DuplicateStepId { step: "a".into() },
    ];
    for e in &expected {
        assert!(issues.contains(e), "missing {e:?} in {issues:#?}");
    }
    assert!(has(
        &issues,
        |i| matches!(i, GraphIssue::UnknownFact { key, .. } if key == "nope")
    ));
    assert!(has(&issues, |i| matches!(
        i,
        GraphIssue::InvalidScenarioKey { .. }
    )));
    assert!(has(&issues, |i| matches!(
        i,
        GraphIssue::TextTooLong { .. }
    )));
    for field in [
        ValueField::CostMinutes,
        ValueField::Chance,
        ValueField::PassMark,
        ValueField::Difficulty,
    ] {
        assert!(
            has(
                &issues,
                |i| matches!(i, GraphIssue::ValueOutOfRange { field: f, .. } if *f == field)
            ),
            "missing range issue for {field:?}"
        );
    }
    assert!(!GraphIssue::EndingWithChoices { step: "x".into() }.is_error());
    for issue in &issues {
        for lang in [Lang::Zh, Lang::En] {
            let m = issue.message(lang);
            assert!(!m.trim().is_empty());
        }
        assert_ne!(issue.message(Lang::Zh), issue.message(Lang::En));
        let _ = issue.at();
    }
}

#[test]
fn structural_problems_have_messages_in_both_languages() {
    let mut s = tiny();
    s.start = "ghost".into();
    s.steps.retain(|st| !st.is_terminal());
    s.facts = vec![
        Fact {
            key: "k".into(),
            text: t("fact"),
        },
        Fact {
            key: "k".into(),
            text: L10n::default(),
        },
    ];
    let issues = check(&s);
    assert!(issues.contains(&GraphIssue::MissingStart {
        start: "ghost".into()
    }));
    assert!(issues.contains(&GraphIssue::NoEnding));
    assert!(issues.contains(&GraphIssue::DuplicateFact { key: "k".into() }));
    for issue in issues.iter().chain([&GraphIssue::NoSteps]) {
        assert_ne!(issue.message(Lang::Zh), issue.message(Lang::En));
    }
    let mut ends_at_once = tiny();
    ends_at_once.start = "good".into();
    let issues = check(&ends_at_once);
    assert!(issues.contains(&GraphIssue::StartIsEnding {
        start: "good".into()
    }));
    assert_ne!(issues[0].message(Lang::Zh), issues[0].message(Lang::En));
    let empty = Scenario::default();
    assert!(check(&empty).contains(&GraphIssue::NoSteps));
}

#[test]
fn the_check_is_fast_on_a_large_chain() {
    let mut s = tiny();
    s.steps.clear();
    for i in 0..199 {
        let next = if i == 198 {
            "end".to_owned()
        } else {
            format!("s{}", i + 1)
        };
        s.steps.push(decision(
            &format!("s{i}"),
            vec![pick(Rank::Best, &next, 1, 1); 8],
            0,
        ));
    }
    s.steps.push(ending("end", Ending::Good));
    s.start = "s0".into();
    let issues = check(&s);
    assert_eq!(issues, Vec::new());
}
