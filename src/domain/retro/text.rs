//! Text normalisation shared by the blame guard and the pre-mortem matcher: full-width to
//! half-width, lower case, one kind of apostrophe, and tokens that work for Chinese (character
//! bigrams) as well as for English (words).

use std::collections::BTreeSet;

/// English words too common to say anything about a risk.
const STOPWORDS: &[&str] = &[
    "the", "and", "for", "was", "were", "are", "has", "had", "have", "not", "but", "with", "from",
    "that", "this", "there", "their", "they", "its", "our", "his", "her", "she", "him", "you",
    "your", "all", "any", "can", "could", "would", "should", "will", "did", "does", "into", "out",
    "too", "very", "than", "then", "when", "what", "which", "who", "why", "because", "been",
    "being", "also", "only", "just", "over", "under", "after", "before", "about", "one", "two",
];

/// Chinese function characters that split a run into meaningful parts.
const CJK_BREAKS: &[char] = &[
    '的', '了', '和', '与', '及', '在', '是', '把', '被', '也', '都', '就', '而', '或', '又',
];

/// Half-width, lower case, one apostrophe style (then dropped), other punctuation kept.
pub fn fold(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            '\u{3000}' => ' ',
            _ => c,
        })
        .filter(|c| !matches!(c, '\'' | '\u{2018}' | '\u{2019}' | '`' | '\u{00B4}'))
        .flat_map(char::to_lowercase)
        .collect()
}

/// A CJK ideograph (the common blocks).
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F)
}

/// Folded English words (anything that is not a letter or digit separates words; CJK
/// characters are dropped).
pub fn words(text: &str) -> Vec<String> {
    fold(text)
        .split(|c: char| !c.is_alphanumeric() || is_cjk(c))
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Tokens for overlap matching: English words of three letters or more (stopwords and a
/// trailing plural "s" removed) and Chinese character bigrams (single characters for
/// one-character runs).
pub fn tokens(text: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for w in words(text) {
        if w.chars().count() < 3 || STOPWORDS.contains(&w.as_str()) {
            continue;
        }
        let stem = match w.strip_suffix('s') {
            Some(s) if s.chars().count() >= 3 && !s.ends_with('s') => s.to_owned(),
            _ => w,
        };
        out.insert(stem);
    }
    let folded = fold(text);
    let mut run: Vec<char> = Vec::new();
    let flush = |run: &mut Vec<char>, out: &mut BTreeSet<String>| {
        match run.len() {
            0 => {}
            1 => {
                out.insert(run[0].to_string());
            }
            _ => {
                for pair in run.windows(2) {
                    out.insert(pair.iter().collect());
                }
            }
        }
        run.clear();
    };
    for c in folded.chars() {
        if is_cjk(c) && !CJK_BREAKS.contains(&c) {
            run.push(c);
        } else {
            flush(&mut run, &mut out);
        }
    }
    flush(&mut run, &mut out);
    out
}

/// Shared tokens over the size of the smaller set (0 when either is empty): a short risk
/// title fully contained in a long failure description scores 1.
pub fn overlap(a: &BTreeSet<String>, b: &BTreeSet<String>) -> f64 {
    let smaller = a.len().min(b.len());
    if smaller == 0 {
        return 0.0;
    }
    let shared = a.intersection(b).count();
    shared as f64 / smaller as f64
}
