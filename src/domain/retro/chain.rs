//! The five-whys chain: levels of why → because, whether the chain is complete (deep enough and
//! not stopping at a person), and the question for the next level.

use serde::{Deserialize, Serialize};

use super::blame::{blame_flag, blame_flag_knowing, BlameFlag};
use crate::domain::lang::Lang;

/// The fewest levels a complete chain has: the surface cause and one layer below it.
pub const MIN_LEVELS: usize = 2;

/// One level of the chain: why → because.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Why {
    pub question: String,
    pub answer: String,
    /// Set when the answer stops at a person (recomputed whenever the chain is saved).
    #[serde(default)]
    pub flagged: Option<BlameFlag>,
}

impl Why {
    /// A level with its flag computed.
    pub fn new(question: impl Into<String>, answer: impl Into<String>) -> Self {
        let answer = answer.into();
        Why {
            question: question.into(),
            flagged: blame_flag(&answer),
            answer,
        }
    }
}

/// Whether a chain is finished, and what is missing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChainCheck {
    /// At least [`MIN_LEVELS`] answered levels and the last one does not stop at a person.
    pub complete: bool,
    /// Answered levels.
    pub levels: usize,
    /// Indexes (0-based) of flagged answers, deeper ones included once dug past.
    pub flagged_levels: Vec<usize>,
    /// The last answer stops at a person: ask what let it happen.
    pub needs_deeper: bool,
    /// Fewer than [`MIN_LEVELS`] levels.
    pub too_short: bool,
}

/// Checks a chain. Flags are recomputed from the answers (stored flags may be stale);
/// levels with a blank answer are ignored, as the UI keeps an empty level to type into.
pub fn check_chain(whys: &[Why]) -> ChainCheck {
    check_chain_knowing(whys, &[])
}

/// [`check_chain`] with the names the app knows (see [`blame_flag_knowing`]).
pub fn check_chain_knowing(whys: &[Why], known: &[&str]) -> ChainCheck {
    let answered: Vec<(usize, &Why)> = whys
        .iter()
        .enumerate()
        .filter(|(_, w)| !w.answer.trim().is_empty())
        .collect();
    let flagged_levels: Vec<usize> = answered
        .iter()
        .filter(|(_, w)| blame_flag_knowing(&w.answer, known).is_some())
        .map(|(i, _)| *i)
        .collect();
    let needs_deeper = answered
        .last()
        .is_some_and(|(i, _)| flagged_levels.last() == Some(i));
    let too_short = answered.len() < MIN_LEVELS;
    ChainCheck {
        complete: !too_short && !needs_deeper,
        levels: answered.len(),
        flagged_levels,
        needs_deeper,
        too_short,
    }
}

/// The question for the next level: the follow-up prompt after a flagged answer, otherwise
/// "why …?" about the last answer (or about the failure itself to start).
pub fn next_question(whys: &[Why], failure_text: &str, lang: Lang) -> String {
    next_question_knowing(whys, failure_text, &[], lang)
}

/// [`next_question`] with the names the app knows (see [`blame_flag_knowing`]).
pub fn next_question_knowing(
    whys: &[Why],
    failure_text: &str,
    known: &[&str],
    lang: Lang,
) -> String {
    let last = whys.iter().rev().find(|w| !w.answer.trim().is_empty());
    match last {
        Some(w) => match blame_flag_knowing(&w.answer, known) {
            Some(flag) => flag.prompt(lang).to_owned(),
            None => why_about(w.answer.trim(), lang),
        },
        None if failure_text.trim().is_empty() => match lang {
            Lang::Zh => "为什么会出这个问题？".to_owned(),
            Lang::En => "Why did this go wrong?".to_owned(),
        },
        None => why_about(failure_text.trim(), lang),
    }
}

fn why_about(text: &str, lang: Lang) -> String {
    let text = text.trim_end_matches(['。', '.', '！', '!', '？', '?', '；', ';']);
    match lang {
        Lang::Zh => format!("为什么“{text}”？"),
        Lang::En => format!("Why: “{text}”?"),
    }
}
