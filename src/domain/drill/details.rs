//! The scenario-level fields a trainer edits in one form: title, briefing, difficulty, role,
//! service, hard date, learning goals, the initial state and the pass mark. Applied with
//! [`super::Edit::UpdateDetails`]; out-of-range values are kept and reported by the check, so
//! a half-typed form never loses what was entered.

use serde::{Deserialize, Serialize};

use super::scenario::{tr, Condition, Goal, HardDate, Initial, Role, Scenario};
use crate::domain::catalog::L10n;
use crate::domain::lang::Lang;

/// Everything about a scenario except its steps, injects and facts.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Details {
    pub title: L10n,
    pub briefing: L10n,
    pub difficulty: u8,
    pub role: Role,
    pub service_key: String,
    pub hard_date: HardDate,
    /// Kept in [`Goal::ALL`] order without repeats.
    pub learning_goals: Vec<Goal>,
    pub initial: Initial,
    pub pass_mark: u32,
}

impl Details {
    /// Turns a learning goal on or off, keeping the list in [`Goal::ALL`] order.
    pub fn toggle_goal(&mut self, goal: Goal, on: bool) {
        let mut set: Vec<Goal> = self
            .learning_goals
            .iter()
            .copied()
            .filter(|g| *g != goal)
            .collect();
        if on {
            set.push(goal);
        }
        self.learning_goals = Goal::ALL.into_iter().filter(|g| set.contains(g)).collect();
    }

    /// Marks a fact known (or not) at the start of the drill; no repeats.
    pub fn toggle_known_fact(&mut self, key: &str, on: bool) {
        self.initial.facts_known.retain(|k| k != key);
        if on {
            self.initial.facts_known.push(key.to_owned());
        }
    }
}

impl Scenario {
    /// The scenario-level fields, for the editor's form.
    pub fn details(&self) -> Details {
        Details {
            title: self.title.clone(),
            briefing: self.briefing.clone(),
            difficulty: self.difficulty,
            role: self.role,
            service_key: self.service_key.clone(),
            hard_date: self.hard_date.clone(),
            learning_goals: self.learning_goals.clone(),
            initial: self.initial.clone(),
            pass_mark: self.pass_mark,
        }
    }

    pub(super) fn set_details(&mut self, d: &Details) {
        self.title = d.title.clone();
        self.briefing = d.briefing.clone();
        self.difficulty = d.difficulty;
        self.role = d.role;
        self.service_key = d.service_key.clone();
        self.hard_date = d.hard_date.clone();
        self.learning_goals = d.learning_goals.clone();
        self.initial = d.initial.clone();
        self.pass_mark = d.pass_mark;
    }
}

/// The kinds of [`Condition`] in the editor's list, by key (`""` is "always").
pub const CONDITION_KINDS: [&str; 9] = [
    "",
    "client_not_notified",
    "client_notified",
    "failure_known",
    "mood_below",
    "mood_at_least",
    "slack_below",
    "fact_known",
    "fact_unknown",
];

impl Condition {
    /// The condition's kind key (see [`CONDITION_KINDS`]) and its parameter as text.
    pub fn parts(&self) -> (&'static str, String) {
        match self {
            Condition::ClientNotNotified => ("client_not_notified", String::new()),
            Condition::ClientNotified => ("client_notified", String::new()),
            Condition::FailureKnown => ("failure_known", String::new()),
            Condition::MoodBelow(x) => ("mood_below", x.to_string()),
            Condition::MoodAtLeast(x) => ("mood_at_least", x.to_string()),
            Condition::SlackBelow(x) => ("slack_below", x.to_string()),
            Condition::FactKnown(k) => ("fact_known", k.clone()),
            Condition::FactUnknown(k) => ("fact_unknown", k.clone()),
        }
    }

    /// Whether a kind takes a parameter (a number or a fact key).
    pub fn kind_has_param(kind: &str) -> bool {
        kind.starts_with("mood_") || kind == "slack_below" || kind.starts_with("fact_")
    }

    /// Builds a condition from the editor's kind and parameter; `None` for "always" or an
    /// unknown kind. A number that does not parse counts as 0; fact keys are trimmed.
    pub fn from_parts(kind: &str, param: &str) -> Option<Condition> {
        let n = param.trim().parse::<i32>().unwrap_or(0);
        let key = param.trim().to_owned();
        Some(match kind {
            "client_not_notified" => Condition::ClientNotNotified,
            "client_notified" => Condition::ClientNotified,
            "failure_known" => Condition::FailureKnown,
            "mood_below" => Condition::MoodBelow(n),
            "mood_at_least" => Condition::MoodAtLeast(n),
            "slack_below" => Condition::SlackBelow(n),
            "fact_known" => Condition::FactKnown(key),
            "fact_unknown" => Condition::FactUnknown(key),
            _ => return None,
        })
    }

    /// A short label for the editor's list.
    pub fn kind_label(kind: &str, lang: Lang) -> &'static str {
        let (zh, en) = match kind {
            "client_not_notified" => ("客户尚未被告知", "Client not yet notified"),
            "client_notified" => ("客户已被告知", "Client notified"),
            "failure_known" => ("已发现失败", "Failure known"),
            "mood_below" => ("客户情绪低于", "Client mood below"),
            "mood_at_least" => ("客户情绪不低于", "Client mood at least"),
            "slack_below" => ("余量（天）少于", "Slack (days) below"),
            "fact_known" => ("已知信息（编码）", "Fact known (key)"),
            "fact_unknown" => ("未知信息（编码）", "Fact not known (key)"),
            _ => ("总是", "Always"),
        };
        tr(lang, zh, en)
    }
}
