//! Finding duplicate pre-mortem causes: the same cause written by several participants, with
//! different punctuation, width or a slip of one character.

use crate::domain::sorting;
use std::collections::HashMap;

use super::causes::{Cause, CauseCategory, CauseStatus};
use super::CauseId;

/// Causes longer than this (normalised) are merged only when identical: fuzzy comparison of
/// long texts costs too much and rarely finds true duplicates.
const FUZZY_MAX_CHARS: usize = 100;

/// Groups of duplicates among live, not rejected causes, as (survivor, merged) in plan order.
/// Each cause is compared with the survivors found so far (exact match through a hash map,
/// near match through a cheap filter and a bounded edit distance), so a group never grows by
/// chaining small differences.
pub(super) fn find_duplicates(causes: &[Cause]) -> Vec<(CauseId, Vec<CauseId>)> {
    struct Group {
        survivor: CauseId,
        category: CauseCategory,
        chars: Vec<char>,
        sorted: Vec<char>,
        merged: Vec<CauseId>,
    }
    let mut groups: Vec<Group> = Vec::new();
    let mut exact: HashMap<(CauseCategory, String), usize> = HashMap::new();
    let candidates = causes
        .iter()
        .filter(|c| c.is_live() && c.status != CauseStatus::Rejected);
    for cause in candidates {
        let norm = normalize(&cause.text.zh);
        if norm.is_empty() {
            continue;
        }
        let chars: Vec<char> = norm.chars().collect();
        let mut sorted = chars.clone();
        sorting::sort(&mut sorted);
        let key = (cause.category, norm);
        let found = exact.get(&key).copied().or_else(|| {
            groups.iter().position(|g| {
                g.category == cause.category && near(&g.chars, &g.sorted, &chars, &sorted)
            })
        });
        match found {
            Some(index) => groups[index].merged.push(cause.id),
            None => {
                exact.insert(key, groups.len());
                groups.push(Group {
                    survivor: cause.id,
                    category: cause.category,
                    chars,
                    sorted,
                    merged: Vec::new(),
                });
            }
        }
    }
    groups
        .into_iter()
        .filter(|g| !g.merged.is_empty())
        .map(|g| (g.survivor, g.merged))
        .collect()
}

/// The comparison form of a cause: full-width letters, digits and punctuation folded to
/// half-width, lower case, whitespace and punctuation (ASCII and CJK) removed.
pub fn normalize(text: &str) -> String {
    text.chars()
        .map(fold_width)
        .filter(|c| !c.is_whitespace() && !is_punctuation(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

fn fold_width(c: char) -> char {
    match c {
        '\u{3000}' => ' ',
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        _ => c,
    }
}

fn is_punctuation(c: char) -> bool {
    c.is_ascii_punctuation()
        || matches!(c,
            '\u{2000}'..='\u{206F}'   // general punctuation: dashes, quotes, ellipsis
            | '\u{3000}'..='\u{303F}' // CJK symbols and punctuation: 、。「」《》【】
            | '\u{FE30}'..='\u{FE4F}' // CJK compatibility forms
            | '\u{FF5F}'..='\u{FF65}' // half-width CJK brackets and dots
            | '\u{00B7}'              // middle dot
        )
}

/// Nearly identical: at most one edit per ten characters. The sorted-character check is a
/// cheap lower bound on the edit distance that rejects most pairs before the real comparison.
fn near(a: &[char], a_sorted: &[char], b: &[char], b_sorted: &[char]) -> bool {
    let longest = a.len().max(b.len());
    let allowed = longest / 10;
    if allowed == 0 || longest > FUZZY_MAX_CHARS || a.len().abs_diff(b.len()) > allowed {
        return false;
    }
    if multiset_difference(a_sorted, b_sorted) > 2 * allowed {
        return false;
    }
    edit_distance_within(a, b, allowed)
}

/// Size of the symmetric difference of two sorted character multisets. Each edit changes it
/// by at most two, so `diff > 2k` proves the edit distance exceeds `k`.
fn multiset_difference(a: &[char], b: &[char]) -> usize {
    let (mut i, mut j, mut diff) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Equal => {
                i += 1;
                j += 1;
            }
            std::cmp::Ordering::Less => {
                diff += 1;
                i += 1;
            }
            std::cmp::Ordering::Greater => {
                diff += 1;
                j += 1;
            }
        }
    }
    diff + (a.len() - i) + (b.len() - j)
}

/// Levenshtein distance `<= max`, with two rows (texts here are at most 100 characters).
fn edit_distance_within(a: &[char], b: &[char], max: usize) -> bool {
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut row = vec![0; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        row[0] = i + 1;
        let mut row_min = row[0];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != cb);
            row[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(row[j] + 1);
            row_min = row_min.min(row[j + 1]);
        }
        if row_min > max {
            return false;
        }
        std::mem::swap(&mut prev, &mut row);
    }
    prev[b.len()] <= max
}
