//! The blame guard: a five-whys chain must not stop at a person.
//!
//! "The clerk was careless" or "the client did not send the papers" ends the search exactly
//! where it should start: what let it happen (the process, a tool, training, information)?
//! The phrases it recognises are data ([`BLAME_PHRASES`]), in Chinese and English, matched
//! after folding width and case; Chinese ignores spaces, English matches whole words. A phrase
//! right after a negation ("不是因为粗心", "not because he was careless") does not count.

use serde::{Deserialize, Serialize};

use super::blame_names::named_person;
use super::blame_phrases::{BlameTarget, BLAME_PHRASES};
use super::text::{fold, is_cjk, words};
use crate::domain::lang::Lang;

/// Why an answer was flagged.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BlameFlag {
    /// The phrase as listed in [`BLAME_PHRASES`].
    pub phrase: String,
    pub target: BlameTarget,
}

impl BlameFlag {
    /// The question that sends the chain one level deeper.
    pub fn prompt(&self, lang: Lang) -> &'static str {
        deeper_prompt(self.target, lang)
    }
}

/// The follow-up question for an answer that stops at a person.
pub fn deeper_prompt(target: BlameTarget, lang: Lang) -> &'static str {
    match (target, lang) {
        (BlameTarget::Person, Lang::Zh) => "这个回答停在了某个人身上。是什么让这件事有机会发生——流程、工具、培训，还是信息？",
        (BlameTarget::Person, Lang::En) => "This answer stops at a person. What let it happen: the process, a tool, training, or information?",
        (BlameTarget::Client, Lang::Zh) => "这个回答停在了客户身上。我们的流程为什么没有提前发现或兜住它——清单、提醒、截止日期，还是沟通方式？",
        (BlameTarget::Client, Lang::En) => "This answer stops at the client. Why did our process not catch it in time: the checklist, reminders, deadlines, or how we asked?",
    }
}

const ZH_NEGATIONS: &[&str] = &["不是", "并非", "而非", "不怪", "不能怪", "不在于"];
const EN_NEGATIONS: &[&str] = &["not", "isnt", "wasnt", "never", "nor"];
/// How far before a phrase a negation still applies (characters / words); it never reaches
/// across a clause ("经办人疏忽，不是系统问题" is still flagged).
const ZH_NEGATION_WINDOW: usize = 8;
const EN_NEGATION_WINDOW: usize = 5;
/// Ends a clause: punctuation in either width, and "but" in English.
const CLAUSE_END: &str = ",.;:!?，。；：！？、";

/// The first phrase of [`BLAME_PHRASES`] the answer uses without negating it, else the first
/// person it names ([`named_person`]: a name's shape; see [`blame_flag_knowing`] for the names
/// the app knows).
pub fn blame_flag(answer: &str) -> Option<BlameFlag> {
    blame_flag_knowing(answer, &[])
}

/// [`blame_flag`], also treating every name in `known` (the case's team, device profiles) as a
/// person wherever it appears.
pub fn blame_flag_knowing(answer: &str, known: &[&str]) -> Option<BlameFlag> {
    phrase_flag(answer).or_else(|| {
        named_person(answer, known).map(|phrase| BlameFlag {
            phrase,
            target: BlameTarget::Person,
        })
    })
}

fn phrase_flag(answer: &str) -> Option<BlameFlag> {
    let folded = fold(answer);
    // Chinese: spaces mean nothing, punctuation ends a clause.
    let zh_text: Vec<char> = folded.chars().filter(|c| !c.is_whitespace()).collect();
    let en_words = clause_words(&folded);
    BLAME_PHRASES
        .iter()
        .find(|phrase| {
            if phrase.text.chars().any(is_cjk) {
                zh_hit(&zh_text, phrase.text)
            } else {
                en_hit(&en_words, phrase.text)
            }
        })
        .map(|phrase| BlameFlag {
            phrase: phrase.text.to_owned(),
            target: phrase.target,
        })
}

fn zh_hit(text: &[char], phrase: &str) -> bool {
    let needle: Vec<char> = fold(phrase).chars().collect();
    if needle.is_empty() || needle.len() > text.len() {
        return false;
    }
    (0..=text.len() - needle.len())
        .filter(|&i| text[i..i + needle.len()] == needle[..])
        .any(|i| {
            let window = &text[i.saturating_sub(ZH_NEGATION_WINDOW)..i];
            let clause_start = window
                .iter()
                .rposition(|c| CLAUSE_END.contains(*c))
                .map_or(0, |p| p + 1);
            let before: String = window[clause_start..].iter().collect();
            !ZH_NEGATIONS.iter().any(|n| before.contains(n))
        })
}

/// Folded English words, with `None` where a clause ends.
fn clause_words(folded: &str) -> Vec<Option<String>> {
    let mut out = Vec::new();
    let mut word = String::new();
    for c in folded.chars() {
        if c.is_alphanumeric() && !is_cjk(c) {
            word.push(c);
            continue;
        }
        if !word.is_empty() {
            let w = std::mem::take(&mut word);
            out.push(if w == "but" { None } else { Some(w) });
        }
        if CLAUSE_END.contains(c) || is_cjk(c) {
            out.push(None);
        }
    }
    if !word.is_empty() {
        out.push(if word == "but" { None } else { Some(word) });
    }
    out
}

fn en_hit(text: &[Option<String>], phrase: &str) -> bool {
    let needle: Vec<Option<String>> = words(phrase).into_iter().map(Some).collect();
    if needle.is_empty() || needle.len() > text.len() {
        return false;
    }
    (0..=text.len() - needle.len())
        .filter(|&i| text[i..i + needle.len()] == needle[..])
        .any(|i| {
            !text[i.saturating_sub(EN_NEGATION_WINDOW)..i]
                .iter()
                .rev()
                .map_while(|w| w.as_deref())
                .any(|w| EN_NEGATIONS.contains(&w))
        })
}
