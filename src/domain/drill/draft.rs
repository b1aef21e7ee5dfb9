//! New scenarios for the editor: a blank one, and a draft made from a retrospective's plain
//! strings (the retrospective's "turn into training" button). Both pass the scenario check as
//! they come, so a trainer can play a draft at once and refine it afterwards.

use serde::{Deserialize, Serialize};

use super::error::{check_key, MAX_KEY_LEN};
use super::graph_check::{MAX_FACTS, MAX_MONEY_YUAN, MAX_SIM_MINUTE, MAX_TEXT_CHARS};
use super::scenario::{
    Choice, Ending, Fact, Goal, HardDate, Initial, Rank, Role, Scenario, Step, MINUTES_PER_DAY,
};
use super::scoring::Scores;
use crate::domain::catalog::L10n;
use crate::domain::retro::DrillDraft;

/// What a retrospective hands over, as plain strings in whatever language it was written.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RetroDraft {
    /// Wanted scenario key; cleaned into a slug (`retro_draft` if nothing usable is left).
    pub key: String,
    pub title: String,
    pub service_key: String,
    pub role: Role,
    /// Facts of the case, known from the briefing.
    pub facts: Vec<String>,
    /// What went wrong, as the trainee first hears it.
    pub failure: String,
    /// What the team did right, in order; each becomes the best choice of one step.
    pub right_moves: Vec<String>,
    /// What went wrong in handling it; each becomes the poor choice of one step.
    pub wrong_moves: Vec<String>,
    /// The root cause found, as a sentence; quoted in the feedback on wrong moves.
    pub root_cause: String,
}

/// The scenario for the retrospective's "turn into training" draft: keyed by the retrospective
/// (so a second draft from it replaces the first), with the case's promise as the hard date,
/// the amount involved as money at stake, and the lessons in the ending, for the debrief.
pub fn from_drill_draft(d: &DrillDraft) -> Scenario {
    let mut s = from_retro_draft(&RetroDraft {
        key: format!("retro_{}", d.source_retro_id.simple()),
        title: d.title.clone(),
        service_key: d.service_key.clone().unwrap_or_default(),
        role: Role::Pm,
        facts: d.facts.clone(),
        failure: d.failure.clone(),
        right_moves: d.right_moves.clone(),
        wrong_moves: d.wrong_moves.clone(),
        root_cause: d.lessons.first().cloned().unwrap_or_default(),
    });
    let days = d
        .promised_working_days
        .min(MAX_SIM_MINUTE / MINUTES_PER_DAY);
    s.hard_date = HardDate {
        working_days: days,
        hours: 0,
        label: L10n::new(
            format!("客户硬期限 {}", d.hard_date),
            format!("Client's hard date {}", d.hard_date),
        ),
    };
    s.initial.money_at_stake_yuan = d
        .amount_cents
        .map_or(0, |c| i64::try_from(c / 100).unwrap_or(i64::MAX))
        .min(MAX_MONEY_YUAN);
    let lessons: Vec<&str> = d
        .lessons
        .iter()
        .map(|l| l.trim())
        .filter(|l| !l.is_empty())
        .collect();
    if let (false, Some(end)) = (lessons.is_empty(), s.steps.last_mut()) {
        let text = format!("{}\n本演练要点:{}", end.situation.zh, lessons.join(";"));
        end.situation = zh(&text);
    }
    s
}

/// Most decision steps a retrospective draft gets.
pub const MAX_DRAFT_STEPS: usize = 6;

/// A minimal playable scenario: one decision and one ending, with placeholder texts.
pub fn new_blank(key: &str, title: &str, service_key: &str, role: Role) -> Scenario {
    let draft = RetroDraft {
        key: key.to_owned(),
        title: title.to_owned(),
        service_key: service_key.to_owned(),
        role,
        ..RetroDraft::default()
    };
    from_retro_draft(&draft)
}

/// Builds a draft scenario from a retrospective: one step per right/wrong move pair, the right
/// move ranked best and the wrong one poor (and the time-out default), leading to one ending.
pub fn from_retro_draft(d: &RetroDraft) -> Scenario {
    let facts: Vec<Fact> = d
        .facts
        .iter()
        .map(|f| f.trim())
        .filter(|f| !f.is_empty())
        .take(MAX_FACTS)
        .enumerate()
        .map(|(i, f)| Fact {
            key: format!("fact_{}", i + 1),
            text: zh(f),
        })
        .collect();
    let failure = non_blank(&d.failure, "(请填写:出了什么问题)");
    let mut briefing = failure.clone();
    for f in &facts {
        briefing.push_str("\n· ");
        briefing.push_str(&f.text.zh);
    }
    let cause = d.root_cause.trim();
    let moves = d
        .right_moves
        .len()
        .max(d.wrong_moves.len())
        .clamp(1, MAX_DRAFT_STEPS);
    let mut steps = Vec::with_capacity(moves + 1);
    for i in 0..moves {
        let next = if i + 1 < moves {
            step_id(i + 1)
        } else {
            "end".to_owned()
        };
        let right = d.right_moves.get(i).map_or("", |s| s.trim());
        let wrong = d.wrong_moves.get(i).map_or("", |s| s.trim());
        let wrong_feedback = if cause.is_empty() {
            "复盘认定这是当时做错的地方。".to_owned()
        } else {
            format!("复盘认定这是当时做错的地方。{cause}")
        };
        let situation = if i == 0 {
            format!("{failure}\n你第一步怎么做?")
        } else {
            format!("事情在推进(第 {} 步)。接下来怎么做?", i + 1)
        };
        steps.push(Step {
            id: step_id(i),
            situation: zh(&situation),
            choices: vec![
                Choice {
                    text: zh(&non_blank(right, "(请填写:正确做法)")),
                    rank: Rank::Best,
                    cost_minutes: 30,
                    scores: Scores::new(0, 0, 0, 10, 5),
                    next: next.clone(),
                    feedback: zh("复盘认定这是正确的做法。"),
                    ..Choice::default()
                },
                Choice {
                    text: zh(&non_blank(wrong, "(请填写:错误做法)")),
                    rank: Rank::Poor,
                    cost_minutes: 30,
                    scores: Scores::new(0, 0, 0, -5, -3),
                    next,
                    feedback: zh(&wrong_feedback),
                    ..Choice::default()
                },
            ],
            time_limit_secs: 60,
            default_choice: 1,
            goal: Some(Goal::Retrospective),
            ending: None,
        });
    }
    steps.push(Step {
        id: "end".to_owned(),
        situation: zh("演练结束。对照复盘结论,看看每一步的选择。"),
        ending: Some(Ending::Mixed),
        ..Step::default()
    });
    Scenario {
        key: slug(&d.key, "retro_draft"),
        title: zh(&non_blank(&d.title, "复盘转化的演练草稿")),
        difficulty: 1,
        role: d.role,
        service_key: slug(&d.service_key, "custom_service"),
        learning_goals: vec![Goal::Retrospective, Goal::Remedy],
        briefing: zh(&briefing),
        initial: Initial {
            facts_known: facts.iter().map(|f| f.key.clone()).collect(),
            ..Initial::default()
        },
        facts,
        start: step_id(0),
        steps,
        pass_mark: 60,
        ..Scenario::default()
    }
}

fn step_id(i: usize) -> String {
    format!("step_{}", i + 1)
}

fn non_blank(text: &str, placeholder: &str) -> String {
    let t = text.trim();
    if t.is_empty() {
        placeholder.to_owned()
    } else {
        t.to_owned()
    }
}

/// Chinese-only text, cut to the length the check accepts.
fn zh(text: &str) -> L10n {
    L10n::new(cut(text, MAX_TEXT_CHARS), "")
}

fn cut(text: &str, max: usize) -> String {
    text.chars().take(max).collect()
}

/// Turns free text into a valid key: lower-case ASCII letters and digits, `_` elsewhere.
pub fn slug(text: &str, fallback: &str) -> String {
    let mut out = String::new();
    for c in text.trim().chars() {
        let c = c.to_ascii_lowercase();
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            out.push(c);
        } else if !out.ends_with('_') && !out.is_empty() {
            out.push('_');
        }
    }
    let out = out.trim_end_matches('_');
    let out = cut(out, MAX_KEY_LEN);
    if check_key(&out).is_ok() {
        out
    } else {
        fallback.to_owned()
    }
}
