//! The scenario check behind the editor and every import: structure (reachability, dead ends,
//! missing targets, loops with no way out), texts, limits and ranges. It lists every problem
//! rather than stopping at the first, so the editor can mark them all at once. Linear in the
//! size of the scenario (the loop check is an iterative Kosaraju pass, no recursion).

use crate::domain::sorting;
use std::collections::{HashMap, HashSet};

use super::error::check_key;
use super::graph_issue::{Counted, GraphIssue, IssueAt, TextField, ValueField};
use super::scenario::{Condition, Effects, Scenario};
use super::scoring::Dimension;
use crate::domain::catalog::L10n;

pub const MAX_STEPS: usize = 200;
pub const MAX_CHOICES: usize = 8;
pub const MAX_INJECTS: usize = 60;
pub const MAX_FACTS: usize = 100;
/// Per language, in characters.
pub const MAX_TEXT_CHARS: usize = 2_000;
pub const MIN_TIME_LIMIT_SECS: u32 = 10;
pub const MAX_TIME_LIMIT_SECS: u32 = 600;
/// Two simulated weeks for a single action.
pub const MAX_COST_MINUTES: u32 = 14 * 24 * 60;
/// One simulated year.
pub const MAX_SIM_MINUTE: u32 = 365 * 24 * 60;
pub const MAX_MOOD_DELTA: i32 = 20;
pub const MAX_SLACK_DAYS: i32 = 365;
pub const MAX_MONEY_YUAN: i64 = 1_000_000_000_000;
pub const MAX_SCORE_DELTA: i32 = 100;

/// Every problem of a scenario; empty means playable and exportable.
pub fn check(s: &Scenario) -> Vec<GraphIssue> {
    let mut out = Vec::new();
    header(s, &mut out);
    let facts = facts(s, &mut out);
    texts_and_values(s, &facts, &mut out);
    structure(s, &mut out);
    out
}

/// Only the issues that make a scenario unplayable.
pub fn errors(s: &Scenario) -> Vec<GraphIssue> {
    check(s).into_iter().filter(GraphIssue::is_error).collect()
}

fn header(s: &Scenario, out: &mut Vec<GraphIssue>) {
    if let Err(p) = check_key(&s.key) {
        out.push(GraphIssue::InvalidScenarioKey { problem: p.into() });
    }
    if let Err(p) = check_key(&s.service_key) {
        out.push(GraphIssue::InvalidServiceKey { problem: p.into() });
    }
    let at = IssueAt::Scenario;
    text(&at, TextField::Title, &s.title, true, out);
    text(&at, TextField::Briefing, &s.briefing, true, out);
    text(
        &at,
        TextField::HardDateLabel,
        &s.hard_date.label,
        false,
        out,
    );
    range(&at, ValueField::Difficulty, s.difficulty.into(), 1, 3, out);
    range(&at, ValueField::PassMark, s.pass_mark.into(), 1, 100, out);
    range(
        &at,
        ValueField::HardDate,
        s.hard_date.minutes().into(),
        0,
        MAX_SIM_MINUTE.into(),
        out,
    );
    let init = &s.initial;
    range(&at, ValueField::Mood, init.client_mood.into(), -10, 10, out);
    let slack = i64::from(MAX_SLACK_DAYS);
    range(
        &at,
        ValueField::SlackDays,
        init.slack_days.into(),
        -slack,
        slack,
        out,
    );
    range(
        &at,
        ValueField::Money,
        init.money_at_stake_yuan,
        0,
        MAX_MONEY_YUAN,
        out,
    );
    count(Counted::Steps, s.steps.len(), MAX_STEPS, out);
    count(Counted::Injects, s.injects.len(), MAX_INJECTS, out);
    count(Counted::Facts, s.facts.len(), MAX_FACTS, out);
    count(Counted::Goals, s.learning_goals.len(), 7, out);
}

fn facts<'a>(s: &'a Scenario, out: &mut Vec<GraphIssue>) -> HashSet<&'a str> {
    let mut keys = HashSet::new();
    for (i, fact) in s.facts.iter().enumerate() {
        if let Err(p) = check_key(&fact.key) {
            out.push(GraphIssue::InvalidFactKey {
                fact: i,
                problem: p.into(),
            });
        }
        if !keys.insert(fact.key.as_str()) {
            out.push(GraphIssue::DuplicateFact {
                key: fact.key.clone(),
            });
        }
        text(
            &IssueAt::Fact { fact: i },
            TextField::FactText,
            &fact.text,
            true,
            out,
        );
    }
    for key in &s.initial.facts_known {
        known(&keys, &IssueAt::Scenario, key, out);
    }
    keys
}

fn texts_and_values(s: &Scenario, facts: &HashSet<&str>, out: &mut Vec<GraphIssue>) {
    for step in &s.steps {
        let at = IssueAt::Step {
            step: step.id.clone(),
        };
        text(&at, TextField::Situation, &step.situation, true, out);
        if step.is_terminal() {
            continue;
        }
        count(Counted::Choices, step.choices.len(), MAX_CHOICES, out);
        let secs = step.time_limit_secs;
        if !(MIN_TIME_LIMIT_SECS..=MAX_TIME_LIMIT_SECS).contains(&secs) {
            out.push(GraphIssue::TimeLimitOutOfRange {
                step: step.id.clone(),
                secs,
                min: MIN_TIME_LIMIT_SECS,
                max: MAX_TIME_LIMIT_SECS,
            });
        }
        if !step.choices.is_empty() && step.default_choice >= step.choices.len() {
            out.push(GraphIssue::DefaultChoiceOutOfRange {
                step: step.id.clone(),
                index: step.default_choice,
            });
        }
        for (i, c) in step.choices.iter().enumerate() {
            let at = IssueAt::Choice {
                step: step.id.clone(),
                choice: i,
            };
            text(&at, TextField::ChoiceText, &c.text, true, out);
            text(&at, TextField::Feedback, &c.feedback, true, out);
            range(
                &at,
                ValueField::CostMinutes,
                c.cost_minutes.into(),
                0,
                MAX_COST_MINUTES.into(),
                out,
            );
            effects(&at, &c.effects, facts, out);
            let m = i64::from(MAX_SCORE_DELTA);
            for d in Dimension::ALL {
                range(&at, ValueField::Score, c.scores.get(d).into(), -m, m, out);
            }
        }
    }
    for (i, inject) in s.injects.iter().enumerate() {
        let at = IssueAt::Inject { inject: i };
        text(&at, TextField::InjectText, &inject.text, true, out);
        range(
            &at,
            ValueField::InjectMinute,
            inject.at_sim_minute.into(),
            0,
            MAX_SIM_MINUTE.into(),
            out,
        );
        range(
            &at,
            ValueField::Chance,
            inject.chance_pct.into(),
            0,
            100,
            out,
        );
        effects(&at, &inject.effects, facts, out);
        if let Some(Condition::FactKnown(key) | Condition::FactUnknown(key)) = &inject.condition {
            known(facts, &at, key, out);
        }
    }
}

fn effects(at: &IssueAt, e: &Effects, facts: &HashSet<&str>, out: &mut Vec<GraphIssue>) {
    let mood = i64::from(MAX_MOOD_DELTA);
    let slack = i64::from(MAX_SLACK_DAYS);
    range(at, ValueField::Mood, e.client_mood.into(), -mood, mood, out);
    range(
        at,
        ValueField::SlackDays,
        e.slack_days.into(),
        -slack,
        slack,
        out,
    );
    range(
        at,
        ValueField::Money,
        e.money_at_stake_yuan,
        -MAX_MONEY_YUAN,
        MAX_MONEY_YUAN,
        out,
    );
    for key in &e.facts_learned {
        known(facts, at, key, out);
    }
}

fn structure(s: &Scenario, out: &mut Vec<GraphIssue>) {
    if s.steps.is_empty() {
        out.push(GraphIssue::NoSteps);
        return;
    }
    let mut index: HashMap<&str, usize> = HashMap::new();
    for (i, step) in s.steps.iter().enumerate() {
        if let Err(p) = check_key(&step.id) {
            out.push(GraphIssue::InvalidStepId {
                step: step.id.clone(),
                problem: p.into(),
            });
        }
        if index.insert(step.id.as_str(), i).is_some() {
            out.push(GraphIssue::DuplicateStepId {
                step: step.id.clone(),
            });
        }
    }
    // The first step with an id wins, as in `Scenario::step`.
    for (i, step) in s.steps.iter().enumerate().rev() {
        index.insert(step.id.as_str(), i);
    }
    let n = s.steps.len();
    let mut edges: Vec<Vec<usize>> = vec![Vec::new(); n];
    for (i, step) in s.steps.iter().enumerate() {
        if step.is_terminal() {
            if !step.choices.is_empty() {
                out.push(GraphIssue::EndingWithChoices {
                    step: step.id.clone(),
                });
            }
            continue;
        }
        if step.choices.is_empty() {
            out.push(GraphIssue::DeadEnd {
                step: step.id.clone(),
            });
        }
        for (c, choice) in step.choices.iter().enumerate() {
            match index.get(choice.next.as_str()) {
                Some(&j) => edges[i].push(j),
                None => out.push(GraphIssue::MissingTarget {
                    step: step.id.clone(),
                    choice: c,
                    target: choice.next.clone(),
                }),
            }
        }
    }
    // Inject jumps can happen whenever the inject fires, so their targets count as entries.
    let mut roots = Vec::new();
    match index.get(s.start.as_str()) {
        Some(&i) if s.steps[i].is_terminal() => out.push(GraphIssue::StartIsEnding {
            start: s.start.clone(),
        }),
        Some(&i) => roots.push(i),
        None => out.push(GraphIssue::MissingStart {
            start: s.start.clone(),
        }),
    }
    for (i, inject) in s.injects.iter().enumerate() {
        let Some(target) = &inject.goto else { continue };
        match index.get(target.as_str()) {
            None => out.push(GraphIssue::InjectMissingTarget {
                inject: i,
                target: target.clone(),
            }),
            Some(&j) if s.steps[j].is_terminal() => out.push(GraphIssue::InjectGotoEnding {
                inject: i,
                target: target.clone(),
            }),
            Some(&j) => roots.push(j),
        }
    }
    if !roots.is_empty() {
        let reached = reach(&edges, &roots);
        for (i, step) in s.steps.iter().enumerate() {
            if !reached[i] {
                out.push(GraphIssue::Unreachable {
                    step: step.id.clone(),
                });
            }
        }
    }
    let endings: Vec<usize> = (0..n).filter(|&i| s.steps[i].is_terminal()).collect();
    if endings.is_empty() {
        out.push(GraphIssue::NoEnding);
    }
    let mut reverse: Vec<Vec<usize>> = vec![Vec::new(); n];
    for (i, targets) in edges.iter().enumerate() {
        for &j in targets {
            reverse[j].push(i);
        }
    }
    let exits = reach(&reverse, &endings);
    for component in strongly_connected(&edges, &reverse) {
        let looped = component.len() > 1 || edges[component[0]].contains(&component[0]);
        if looped && !component.iter().any(|&i| exits[i]) {
            let mut ids: Vec<usize> = component;
            sorting::sort(&mut ids);
            out.push(GraphIssue::CycleWithoutExit {
                steps: ids.into_iter().map(|i| s.steps[i].id.clone()).collect(),
            });
        }
    }
}

/// Nodes reachable from `roots` (iterative, so deep graphs cannot overflow the stack).
fn reach(edges: &[Vec<usize>], roots: &[usize]) -> Vec<bool> {
    let mut seen = vec![false; edges.len()];
    let mut stack: Vec<usize> = roots.to_vec();
    while let Some(i) = stack.pop() {
        if std::mem::replace(&mut seen[i], true) {
            continue;
        }
        stack.extend(edges[i].iter().copied().filter(|&j| !seen[j]));
    }
    seen
}

/// Strongly connected components (Kosaraju, iterative).
fn strongly_connected(edges: &[Vec<usize>], reverse: &[Vec<usize>]) -> Vec<Vec<usize>> {
    let n = edges.len();
    let mut order = Vec::with_capacity(n);
    let mut seen = vec![false; n];
    for root in 0..n {
        if seen[root] {
            continue;
        }
        seen[root] = true;
        let mut stack = vec![(root, 0usize)];
        while let Some((node, next)) = stack.pop() {
            if let Some(&child) = edges[node].get(next) {
                stack.push((node, next + 1));
                if !seen[child] {
                    seen[child] = true;
                    stack.push((child, 0));
                }
            } else {
                order.push(node);
            }
        }
    }
    let mut assigned = vec![false; n];
    let mut components = Vec::new();
    for &root in order.iter().rev() {
        if assigned[root] {
            continue;
        }
        assigned[root] = true;
        let mut component = Vec::new();
        let mut stack = vec![root];
        while let Some(node) = stack.pop() {
            component.push(node);
            for &prev in &reverse[node] {
                if !assigned[prev] {
                    assigned[prev] = true;
                    stack.push(prev);
                }
            }
        }
        components.push(component);
    }
    components
}

fn text(at: &IssueAt, field: TextField, t: &L10n, required: bool, out: &mut Vec<GraphIssue>) {
    if required && t.zh.trim().is_empty() {
        out.push(GraphIssue::EmptyText {
            at: at.clone(),
            field,
        });
    }
    let chars = t.zh.chars().count().max(t.en.chars().count());
    if chars > MAX_TEXT_CHARS {
        out.push(GraphIssue::TextTooLong {
            at: at.clone(),
            field,
            chars,
            max: MAX_TEXT_CHARS,
        });
    }
}

fn range(
    at: &IssueAt,
    field: ValueField,
    value: i64,
    min: i64,
    max: i64,
    out: &mut Vec<GraphIssue>,
) {
    if !(min..=max).contains(&value) {
        out.push(GraphIssue::ValueOutOfRange {
            at: at.clone(),
            field,
            value,
            min,
            max,
        });
    }
}

fn count(what: Counted, count: usize, max: usize, out: &mut Vec<GraphIssue>) {
    if count > max {
        out.push(GraphIssue::TooMany { what, count, max });
    }
}

fn known(facts: &HashSet<&str>, at: &IssueAt, key: &str, out: &mut Vec<GraphIssue>) {
    if !facts.contains(key) {
        out.push(GraphIssue::UnknownFact {
            at: at.clone(),
            key: key.to_owned(),
        });
    }
}
