//! The blame guard: a five-whys chain must not stop at a person.
//!
//! "The clerk was careless" or "the client did not send the papers" ends the search exactly
//! where it should start: what let it happen (the process, a tool, training, information)?
//! The phrases it recognises are data ([`BLAME_PHRASES`]), in Chinese and English, matched
//! after folding width and case; Chinese ignores spaces, English matches whole words. A phrase
//! right after a negation ("不是因为粗心", "not because he was careless") does not count.

use serde::{Deserialize, Serialize};

use super::text::{fold, is_cjk, words};
use crate::i18n::Lang;

/// The fewest levels a complete chain has: the surface cause and one layer below it.
pub const MIN_LEVELS: usize = 2;

/// Whom a phrase puts the blame on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BlameTarget {
    /// A colleague (carelessness, forgetting, "human error").
    Person,
    /// The client.
    Client,
}

/// One recognised phrase.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BlamePhrase {
    pub text: &'static str,
    pub target: BlameTarget,
}

const fn p(text: &'static str) -> BlamePhrase {
    BlamePhrase {
        text,
        target: BlameTarget::Person,
    }
}

const fn c(text: &'static str) -> BlamePhrase {
    BlamePhrase {
        text,
        target: BlameTarget::Client,
    }
}

/// Phrases that stop a chain at a person. Longer phrases come first so the flag quotes the
/// most specific one.
pub const BLAME_PHRASES: &[BlamePhrase] = &[
    // Chinese: the client.
    c("客户没给材料"),
    c("客户没有给材料"),
    c("客户没提供"),
    c("客户没有提供"),
    c("客户不配合"),
    c("客户拖延"),
    c("客户太慢"),
    c("客户的问题"),
    c("客户的错"),
    c("怪客户"),
    // Chinese: a colleague.
    p("经办人疏忽"),
    p("责任心不强"),
    p("没有责任心"),
    p("工作失误"),
    p("人为失误"),
    p("人为错误"),
    p("操作失误"),
    p("没有注意"),
    p("没注意"),
    p("不小心"),
    p("不认真"),
    p("不仔细"),
    p("没看清"),
    p("看漏了"),
    p("疏忽"),
    p("粗心"),
    p("马虎"),
    p("大意"),
    p("忘了"),
    p("忘记"),
    p("偷懒"),
    p("态度问题"),
    p("他的错"),
    p("她的错"),
    // English: the client.
    c("the client didn't send"),
    c("client didn't send"),
    c("client did not send"),
    c("client failed to send"),
    c("client didn't provide"),
    c("client did not provide"),
    c("client failed to provide"),
    c("client didn't cooperate"),
    c("uncooperative client"),
    c("client's fault"),
    c("blame the client"),
    // English: a colleague.
    p("should have been more careful"),
    p("didn't pay attention"),
    p("did not pay attention"),
    p("not paying attention"),
    p("not careful enough"),
    p("wasn't careful"),
    p("was not careful"),
    p("someone forgot"),
    p("he forgot"),
    p("she forgot"),
    p("they forgot"),
    p("forgot to"),
    p("human error"),
    p("operator error"),
    p("user error"),
    p("careless"),
    p("carelessness"),
    p("sloppy"),
    p("negligent"),
    p("negligence"),
    p("lazy"),
    p("his fault"),
    p("her fault"),
    p("their fault"),
];

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

/// The first phrase of [`BLAME_PHRASES`] the answer uses without negating it.
pub fn blame_flag(answer: &str) -> Option<BlameFlag> {
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
    let answered: Vec<(usize, &Why)> = whys
        .iter()
        .enumerate()
        .filter(|(_, w)| !w.answer.trim().is_empty())
        .collect();
    let flagged_levels: Vec<usize> = answered
        .iter()
        .filter(|(_, w)| blame_flag(&w.answer).is_some())
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
    let last = whys.iter().rev().find(|w| !w.answer.trim().is_empty());
    match last {
        Some(w) => match blame_flag(&w.answer) {
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
