//! The editor's scenario-level form, deleting a trainer's scenario, and the debrief's text.

use chrono::{TimeZone, Utc};

use super::support::*;
use crate::domain::drill::scenario::MINUTES_PER_DAY;
use crate::domain::record::{new_id, Meta};

fn custom() -> Scenario {
    customs().customised_copy("my_customs").unwrap()
}

#[test]
fn details_round_trip_and_apply_every_field() {
    let s = custom();
    assert_eq!(
        s.apply(&Edit::UpdateDetails {
            details: Box::new(s.details())
        }),
        Ok(s.clone())
    );
    let mut d = s.details();
    d.title = t("新标题");
    d.difficulty = 3;
    d.role = Role::Logistics;
    d.service_key = "trademark".into();
    d.hard_date.working_days = 4;
    d.hard_date.hours = 2;
    d.initial.client_mood = -4;
    d.initial.slack_days = 1;
    d.initial.money_at_stake_yuan = 88_000;
    d.pass_mark = 75;
    let next = s
        .apply(&Edit::UpdateDetails {
            details: Box::new(d.clone()),
        })
        .unwrap();
    assert_eq!(next.details(), d);
    assert_eq!(next.hard_date.minutes(), 4 * MINUTES_PER_DAY + 120);
    assert_eq!(next.steps, s.steps, "steps are untouched");
    assert_eq!(errors(&next), Vec::new());
    // Built-ins refuse, as every edit does.
    assert_eq!(
        customs().apply(&Edit::UpdateDetails {
            details: Box::new(d)
        }),
        Err(EditError::BuiltinReadOnly)
    );
}

#[test]
fn out_of_range_details_are_kept_and_reported_by_the_check() {
    let s = custom();
    let mut d = s.details();
    d.pass_mark = 0;
    d.difficulty = 9;
    let next = s
        .apply(&Edit::UpdateDetails {
            details: Box::new(d),
        })
        .unwrap();
    assert_eq!(next.pass_mark, 0);
    assert_eq!(errors(&next).len(), 2);
}

#[test]
fn goals_and_known_facts_toggle_without_repeats() {
    let mut d = Details::default();
    d.toggle_goal(Goal::Remedy, true);
    d.toggle_goal(Goal::Empathy, true);
    d.toggle_goal(Goal::Remedy, true);
    assert_eq!(d.learning_goals, vec![Goal::Empathy, Goal::Remedy]);
    d.toggle_goal(Goal::Empathy, false);
    assert_eq!(d.learning_goals, vec![Goal::Remedy]);
    d.toggle_known_fact("a", true);
    d.toggle_known_fact("a", true);
    d.toggle_known_fact("b", true);
    d.toggle_known_fact("a", false);
    assert_eq!(d.initial.facts_known, vec!["b".to_owned()]);
}

#[test]
fn a_custom_scenario_is_deleted_by_tombstone_and_leaves_the_library() {
    let now = Utc.timestamp_opt(1_700_000_000, 0).single().unwrap();
    let record = ScenarioRecord {
        meta: Meta::new(new_id(now, [7; 10]), now),
        scenario: custom(),
    };
    let gone = record.archive(now).unwrap();
    assert!(gone.meta.deleted);
    assert_eq!(gone.meta.rev, record.meta.rev + 1);
    let (all, skipped) = effective_scenarios(&builtin_scenarios(), [&gone]);
    assert_eq!(all.len(), BUILTIN_SCENARIO_KEYS.len());
    assert!(skipped.is_empty());
    let builtin = ScenarioRecord {
        scenario: customs(),
        ..record
    };
    assert_eq!(builtin.archive(now), Err(EditError::BuiltinReadOnly));
}

#[test]
fn the_debrief_text_names_the_time_out_and_the_better_choice() {
    let s = customs();
    let run = play(&s, 3, &[None]);
    let first_default = s.step(&s.start).unwrap().default_choice;
    assert!(run.decisions[0].timed_out);
    assert_eq!(run.decisions[0].choice, first_default);
    let text = debrief(&s, &run).to_text(Lang::Zh);
    assert!(text.starts_with("演练复盘:"));
    assert!(text.contains("超时"));
    assert!(text.contains("及格线"));
    assert!(text.contains("最佳路径"));
    let en = debrief(&s, &run).to_text(Lang::En);
    assert!(en.contains("timed out"));
}

#[test]
fn inject_conditions_round_trip_through_the_editor_parts() {
    let all = [
        Condition::ClientNotNotified,
        Condition::ClientNotified,
        Condition::FailureKnown,
        Condition::MoodBelow(-3),
        Condition::MoodAtLeast(2),
        Condition::SlackBelow(1),
        Condition::FactKnown("form_error".into()),
        Condition::FactUnknown("old_licence_copy".into()),
    ];
    for c in all {
        let (kind, param) = c.parts();
        assert!(CONDITION_KINDS.contains(&kind));
        assert_eq!(Condition::kind_has_param(kind), !param.is_empty());
        assert_eq!(Condition::from_parts(kind, &param), Some(c));
        assert_ne!(Condition::kind_label(kind, Lang::Zh), "总是");
    }
    assert_eq!(Condition::from_parts("", "5"), None);
    assert_eq!(Condition::from_parts("nonsense", ""), None);
    assert_eq!(
        Condition::from_parts("mood_below", "abc"),
        Some(Condition::MoodBelow(0))
    );
    assert_eq!(
        Condition::from_parts("fact_known", " k "),
        Some(Condition::FactKnown("k".into()))
    );
    assert!(!Condition::kind_has_param(""));
}
