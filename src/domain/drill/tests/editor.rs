//! Editor operations and drafts from retrospectives.

use proptest::prelude::*;

use super::support::*;

#[test]
fn built_ins_are_read_only_until_copied() {
    let s = customs();
    let edit = Edit::RemoveStep {
        id: "s_night".into(),
    };
    assert_eq!(s.apply(&edit), Err(EditError::BuiltinReadOnly));
    let copy = s.customised_copy("my_customs").unwrap();
    assert!(!copy.builtin);
    assert!(copy.apply(&edit).is_ok());
    assert!(matches!(
        s.customised_copy("Not A Key"),
        Err(EditError::InvalidKey { .. })
    ));
}

#[test]
fn steps_are_added_renamed_and_removed() {
    let s = tiny();
    let step = decision("c", vec![pick(Rank::Best, "good", 5, 1)], 0);
    let s2 = s.apply(&Edit::AddStep { step: step.clone() }).unwrap();
    assert!(s2.step("c").is_some());
    assert_eq!(
        s2.apply(&Edit::AddStep { step }),
        Err(EditError::DuplicateStepId { step: "c".into() })
    );
    // Renaming `a` (the start) moves every reference with it.
    let mut renamed = s2.step("a").unwrap().clone();
    renamed.id = "first".into();
    let s3 = s2
        .apply(&Edit::UpdateStep {
            id: "a".into(),
            step: renamed,
        })
        .unwrap();
    assert_eq!(s3.start, "first");
    let mut b = s3.step("b").unwrap().clone();
    b.id = "second".into();
    let s4 = s3
        .apply(&Edit::UpdateStep {
            id: "b".into(),
            step: b,
        })
        .unwrap();
    assert!(s4
        .step("first")
        .unwrap()
        .choices
        .iter()
        .all(|c| c.next == "second"));
    // `c` is unreachable: the check says so, the edit does not refuse it.
    assert_eq!(
        check(&s4),
        vec![GraphIssue::Unreachable { step: "c".into() }]
    );
    let s5 = s4.apply(&Edit::RemoveStep { id: "c".into() }).unwrap();
    assert!(check(&s5).is_empty());
    assert_eq!(
        s5.apply(&Edit::SetStart { id: "zzz".into() }),
        Err(EditError::UnknownStep { step: "zzz".into() })
    );
    assert!(matches!(
        s5.apply(&Edit::AddStep {
            step: decision("Bad Id", vec![], 0)
        }),
        Err(EditError::InvalidKey { .. })
    ));
}

#[test]
fn the_default_choice_follows_its_choice() {
    let mut s = tiny();
    s.steps[0].choices.push(pick(Rank::Acceptable, "b", 10, 3));
    // Choices: 0 best, 1 poor (default), 2 acceptable.
    let moved = s
        .apply(&Edit::MoveChoice {
            step: "a".into(),
            from: 1,
            to: 2,
        })
        .unwrap();
    assert_eq!(moved.steps[0].default_choice, 2);
    assert_eq!(moved.steps[0].choices[2].rank, Rank::Poor);
    let removed = s
        .apply(&Edit::RemoveChoice {
            step: "a".into(),
            index: 0,
        })
        .unwrap();
    assert_eq!(removed.steps[0].default_choice, 0);
    assert_eq!(removed.steps[0].choices[0].rank, Rank::Poor);
    assert_eq!(
        s.apply(&Edit::AddChoice {
            step: "good".into(),
            choice: pick(Rank::Best, "a", 1, 1)
        }),
        Err(EditError::EndingHasNoChoices {
            step: "good".into()
        })
    );
    assert!(matches!(
        s.apply(&Edit::UpdateChoice {
            step: "a".into(),
            index: 9,
            choice: Choice::default()
        }),
        Err(EditError::NoSuchChoice { .. })
    ));
}

#[test]
fn injects_and_facts_are_edited() {
    let s = tiny();
    let s2 = s
        .apply(&Edit::AddInject {
            inject: Inject::new(90, t("system down")),
        })
        .unwrap();
    assert_eq!(s2.injects.len(), 2);
    let s3 = s2.apply(&Edit::RemoveInject { index: 0 }).unwrap();
    assert_eq!(s3.injects[0].at_sim_minute, 90);
    assert_eq!(
        s3.apply(&Edit::RemoveInject { index: 5 }),
        Err(EditError::NoSuchInject { index: 5 })
    );
    let fact = Fact {
        key: "wrong_form".into(),
        text: t("the form is wrong"),
    };
    let s4 = s3.apply(&Edit::AddFact { fact: fact.clone() }).unwrap();
    assert_eq!(
        s4.apply(&Edit::AddFact { fact }),
        Err(EditError::DuplicateFact {
            key: "wrong_form".into()
        })
    );
    assert!(s4
        .apply(&Edit::RemoveFact { index: 0 })
        .unwrap()
        .facts
        .is_empty());
    for e in [
        EditError::BuiltinReadOnly,
        EditError::TooMany { max: 3 },
        EditError::NoSuchFact { index: 1 },
    ] {
        assert_ne!(e.message(Lang::Zh), e.message(Lang::En));
    }
}

fn draft() -> RetroDraft {
    RetroDraft {
        key: "Retro: 海关 2024".into(),
        title: "海关备案退回复盘".into(),
        service_key: "customs_filing".into(),
        role: Role::Executor,
        facts: vec![
            "展会第二天开幕".into(),
            "  ".into(),
            "信息表地址填错".into(),
        ],
        failure: "海关退回了备案申请".into(),
        right_moves: vec!["一小时内告知客户".into(), "连夜改表".into()],
        wrong_moves: vec!["等第二天再处理".into()],
        root_cause: "业务员没有对照最新执照".into(),
    }
}

#[test]
fn a_retro_draft_is_a_valid_scenario_with_a_pass_and_a_fail() {
    let s = from_retro_draft(&draft());
    assert_eq!(check(&s), Vec::new());
    assert_eq!(s.key, "retro_2024");
    assert_eq!(s.facts.len(), 2);
    assert_eq!(s.decision_steps().count(), 2);
    assert!(s.steps[1].choices[1].text.zh.contains("请填写"));
    let runs = all_runs(&s, 0);
    assert!(runs.iter().any(|r| score(&s, r).passed));
    assert!(runs.iter().any(|r| !score(&s, r).passed));
    let blank = new_blank("mine", "", "", Role::Logistics);
    assert_eq!(check(&blank), Vec::new());
    assert_eq!(blank.service_key, "custom_service");
}

proptest! {
    #[test]
    fn any_retro_strings_give_a_valid_draft(
        key in ".{0,80}",
        title in ".{0,40}",
        service in ".{0,20}",
        facts in prop::collection::vec(".{0,30}", 0..5),
        failure in ".{0,60}",
        right in prop::collection::vec(".{0,30}", 0..9),
        wrong in prop::collection::vec(".{0,30}", 0..9),
    ) {
        let d = RetroDraft {
            key,
            title,
            service_key: service,
            role: Role::Pm,
            facts,
            failure,
            right_moves: right,
            wrong_moves: wrong,
            root_cause: String::new(),
        };
        let s = from_retro_draft(&d);
        prop_assert_eq!(check(&s), Vec::new());
    }
}
