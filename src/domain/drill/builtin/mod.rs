//! Built-in scenarios: at least one for each of the sixteen documented cases, in Chinese and
//! English, written for this product. One file per service group; the helpers below keep the
//! content files close to a script (situation, choices, feedback) rather than struct noise.
//!
//! Scales used throughout: a best choice earns about +10 on the dimensions it trains, an
//! acceptable one about half of that, a poor one a few points below zero, a harmful one -10 on
//! the line it crosses. Time-out defaults are poor choices. Sim minutes are rough durations of
//! the action, long enough that stalling visibly breaks the one-hour rule.

use super::scenario::{
    Choice, Condition, Effects, Ending, Fact, Goal, HardDate, Inject, Rank, Role, Scenario, Step,
};
use super::scoring::Scores;
use crate::domain::catalog::L10n;

mod closing;
mod foreign;
mod licensing;
mod market;
mod qualification;
mod tax;
mod trademark;

/// Keys of the built-in scenarios, in library order (documented case 1 to 16).
pub const BUILTIN_SCENARIO_KEYS: &[&str] = &[
    "drill_scope_change_outage",
    "drill_high_tech_patent_name",
    "drill_foreign_setup_legal_rep_abroad",
    "drill_tax_system_upgrade",
    "drill_qualification_seal_page",
    "drill_deregistration_tax_outage",
    "drill_articles_outdated",
    "drill_food_licence_premises",
    "drill_tax_deregistration_stamp_duty",
    "drill_trademark_rejection_review",
    "drill_bank_account_backup",
    "drill_customs_filing_fair",
    "drill_social_insurance_agency_error",
    "drill_tax_change_materials",
    "drill_registration_scope_wording",
    "drill_qualification_prereview",
];

/// Whether `key` belongs to a built-in scenario.
pub fn is_builtin_key(key: &str) -> bool {
    BUILTIN_SCENARIO_KEYS.contains(&key)
}

/// All built-in scenarios, in [`BUILTIN_SCENARIO_KEYS`] order.
pub fn builtin_scenarios() -> Vec<Scenario> {
    vec![
        market::scope_change_outage(),
        licensing::high_tech_patent_name(),
        foreign::foreign_setup_legal_rep_abroad(),
        tax::tax_system_upgrade(),
        qualification::qualification_seal_page(),
        closing::deregistration_tax_outage(),
        market::articles_outdated(),
        licensing::food_licence_premises(),
        closing::tax_deregistration_stamp_duty(),
        trademark::trademark_rejection_review(),
        foreign::bank_account_backup(),
        foreign::customs_filing_fair(),
        tax::social_insurance_agency_error(),
        tax::tax_change_materials(),
        market::registration_scope_wording(),
        qualification::qualification_prereview(),
    ]
}

/// A built-in scenario by key.
pub fn builtin_scenario(key: &str) -> Option<Scenario> {
    builtin_scenarios().into_iter().find(|s| s.key == key)
}

fn l(zh: &str, en: &str) -> L10n {
    L10n::new(zh, en)
}

/// The scenario's header; the content file then adds the rest with [`Build`].
#[allow(clippy::too_many_arguments)]
fn scenario(
    key: &str,
    case: u8,
    service: &str,
    role: Role,
    difficulty: u8,
    pass_mark: u32,
    title: L10n,
    briefing: L10n,
) -> Scenario {
    Scenario {
        key: key.to_owned(),
        title,
        difficulty,
        role,
        service_key: service.to_owned(),
        briefing,
        pass_mark,
        builtin: true,
        source_case: Some(case),
        ..Scenario::default()
    }
}

trait Build {
    fn hard(self, working_days: u32, hours: u32, label: L10n) -> Self;
    fn goals(self, goals: &[Goal]) -> Self;
    /// Mood, days of slack, money at stake, and whether the failure is known from the start.
    fn init(self, mood: i32, slack: i32, money: i64, failure_known: bool) -> Self;
    /// Facts the scenario uses: (key, zh, en).
    fn facts(self, facts: &[(&str, &str, &str)]) -> Self;
    /// Facts known from the briefing.
    fn know(self, keys: &[&str]) -> Self;
    /// The steps; the first one is the start.
    fn steps(self, steps: Vec<Step>) -> Self;
    fn injects(self, injects: Vec<Inject>) -> Self;
}

impl Build for Scenario {
    fn hard(mut self, working_days: u32, hours: u32, label: L10n) -> Self {
        self.hard_date = HardDate {
            working_days,
            hours,
            label,
        };
        self
    }

    fn goals(mut self, goals: &[Goal]) -> Self {
        self.learning_goals = goals.to_vec();
        self
    }

    fn init(mut self, mood: i32, slack: i32, money: i64, failure_known: bool) -> Self {
        self.initial.client_mood = mood;
        self.initial.slack_days = slack;
        self.initial.money_at_stake_yuan = money;
        self.initial.failure_known = failure_known;
        self
    }

    fn facts(mut self, facts: &[(&str, &str, &str)]) -> Self {
        self.facts = facts
            .iter()
            .map(|(key, zh, en)| Fact {
                key: (*key).to_owned(),
                text: l(zh, en),
            })
            .collect();
        self
    }

    fn know(mut self, keys: &[&str]) -> Self {
        self.initial.facts_known = keys.iter().map(|k| (*k).to_owned()).collect();
        self
    }

    fn steps(mut self, steps: Vec<Step>) -> Self {
        self.start = steps.first().map(|s| s.id.clone()).unwrap_or_default();
        self.steps = steps;
        self
    }

    fn injects(mut self, injects: Vec<Inject>) -> Self {
        self.injects = injects;
        self
    }
}

/// A decision step: id, what it trains, real seconds to decide, the time-out default.
fn step(
    id: &str,
    goal: Goal,
    secs: u32,
    default: usize,
    situation: L10n,
    choices: Vec<Choice>,
) -> Step {
    Step {
        id: id.to_owned(),
        situation,
        choices,
        time_limit_secs: secs,
        default_choice: default,
        goal: Some(goal),
        ending: None,
    }
}

fn end(id: &str, ending: Ending, text: L10n) -> Step {
    Step {
        id: id.to_owned(),
        situation: text,
        ending: Some(ending),
        ..Step::default()
    }
}

/// A choice: its rank, where it leads, the sim minutes it takes, its text and feedback.
fn choice(rank: Rank, next: &str, minutes: u32, text: L10n, feedback: L10n) -> Choice {
    Choice {
        text,
        rank,
        cost_minutes: minutes,
        effects: Effects::default(),
        scores: Scores::default(),
        next: next.to_owned(),
        feedback,
    }
}

fn inject(at: u32, text: L10n) -> Inject {
    Inject::new(at, text)
}

/// Effect setters shared by choices and injects.
trait Fx: Sized {
    fn fx(&mut self) -> &mut Effects;

    fn mood(mut self, delta: i32) -> Self {
        self.fx().client_mood = delta;
        self
    }

    fn slack(mut self, delta: i32) -> Self {
        self.fx().slack_days = delta;
        self
    }

    fn money(mut self, delta: i64) -> Self {
        self.fx().money_at_stake_yuan = delta;
        self
    }

    fn learn(mut self, fact: &str) -> Self {
        self.fx().facts_learned.push(fact.to_owned());
        self
    }

    /// The team learns here that the case is likely to fail.
    fn detect(mut self) -> Self {
        self.fx().failure_detected = true;
        self
    }

    /// The client is properly told here.
    fn notify(mut self) -> Self {
        self.fx().client_notified = true;
        self
    }
}

impl Fx for Choice {
    fn fx(&mut self) -> &mut Effects {
        &mut self.effects
    }
}

impl Fx for Inject {
    fn fx(&mut self) -> &mut Effects {
        &mut self.effects
    }
}

trait ChoiceExt {
    /// Points: speed, compliance, empathy, remedy quality, responsibility clarity.
    fn s(self, speed: i32, compliance: i32, empathy: i32, remedy: i32, resp: i32) -> Self;
}

impl ChoiceExt for Choice {
    fn s(mut self, speed: i32, compliance: i32, empathy: i32, remedy: i32, resp: i32) -> Self {
        self.scores = Scores::new(speed, compliance, empathy, remedy, resp);
        self
    }
}

trait InjectExt {
    fn when(self, condition: Condition) -> Self;
    fn chance(self, pct: u8) -> Self;
    fn goto(self, step: &str) -> Self;
}

impl InjectExt for Inject {
    fn when(mut self, condition: Condition) -> Self {
        self.condition = Some(condition);
        self
    }

    fn chance(mut self, pct: u8) -> Self {
        self.chance_pct = pct;
        self
    }

    fn goto(mut self, step: &str) -> Self {
        self.goto = Some(step.to_owned());
        self
    }
}
