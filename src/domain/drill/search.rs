//! Search for the best path through a scenario: the debrief's "ideal run", the facilitator's
//! hint, and the normaliser of the total score.
//!
//! Paths are explored by running the engine itself (no time-outs, no hand-fired injects), so
//! the notification rule, inject conditions and the seed's chance rolls count exactly as in a
//! real run. A path never decides twice at the same step (loops are cut), and the number of
//! runs explored is capped at [`SEARCH_BUDGET`]; built-in scenarios are far below the cap, and
//! choices are tried best rank first, so a capped search still finds a strong path.

use crate::domain::sorting;
use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use super::engine::Run;
use super::scenario::{Rank, Scenario, StepId};
use super::scoring::{harmful_choices, raw_points, Dimension, Scores};

/// Most runs one search explores.
pub const SEARCH_BUDGET: usize = 10_000;

/// One decision on a path.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PathStep {
    pub step: StepId,
    pub choice: usize,
}

/// The best path found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BestPath {
    /// Decisions from where the search started.
    pub path: Vec<PathStep>,
    /// Raw points of the whole run at the end of the path, notification rule included.
    pub raw_total: i32,
    /// Raw points of the weakest explored complete path (the bottom of the total's scale).
    pub worst_raw_total: i32,
    /// The most points any explored complete path reaches, per dimension.
    pub dimension_max: Scores,
    /// The fewest points any explored complete path reaches, per dimension.
    pub dimension_min: Scores,
    /// The finished run at the end of the path.
    pub run: Run,
    /// False when the budget ran out before every path was tried.
    pub exhaustive: bool,
}

/// The best path from the start, for the run's seed. `None` when no path reaches an ending.
pub fn best_path(scenario: &Scenario, seed: u64) -> Option<BestPath> {
    let run = Run::start(scenario, seed, 0).ok()?;
    best_from(scenario, &run)
}

/// The best way to go on from a run's current state (the facilitator's view).
///
/// Runs are explored lean, without their decision history (a parent-pointer arena keeps the
/// path instead), so a node costs the same at depth 150 as at depth 1; the winning path is
/// then replayed once onto the full run.
pub fn best_from(scenario: &Scenario, run: &Run) -> Option<BestPath> {
    const ROOT: usize = usize::MAX;
    // The first step with an id wins, as in `Scenario::step`.
    let index: HashMap<&str, usize> = scenario
        .steps
        .iter()
        .enumerate()
        .rev()
        .map(|(i, s)| (s.id.as_str(), i))
        .collect();
    let words = scenario.steps.len().div_ceil(64);
    let base_harmless = harmful_choices(scenario, run) == 0;
    let mut lean = run.clone();
    lean.decisions.clear();
    lean.events.clear();
    // (parent entry, choice) per explored decision.
    let mut arena: Vec<(usize, usize)> = Vec::new();
    let mut stack = vec![(lean, ROOT, vec![0u64; words], true)];
    let mut best: Option<((bool, i32), usize)> = None;
    let mut bounds: Option<(Scores, Scores, i32)> = None;
    let mut left = SEARCH_BUDGET;
    let mut exhaustive = true;
    while let Some((node, at, visited, harmless)) = stack.pop() {
        if left == 0 {
            exhaustive = false;
            break;
        }
        left -= 1;
        if node.is_finished() {
            let raw = raw_points(&node);
            bounds = Some(match bounds {
                None => (raw, raw, raw.sum()),
                Some((lo, hi, worst)) => {
                    let (mut lo2, mut hi2) = (lo, hi);
                    for d in Dimension::ALL {
                        lo2.set(d, lo.get(d).min(raw.get(d)));
                        hi2.set(d, hi.get(d).max(raw.get(d)));
                    }
                    (lo2, hi2, worst.min(raw.sum()))
                }
            });
            // A path without harmful choices beats any path with one: the ideal run must pass.
            let key = (base_harmless && harmless, raw.sum());
            if best.as_ref().is_none_or(|(k, _)| key > *k) {
                best = Some((key, at));
            }
            continue;
        }
        let Some(&si) = index.get(node.step.as_str()) else {
            continue;
        };
        let (word, bit) = (si / 64, 1u64 << (si % 64));
        if visited[word] & bit != 0 {
            continue;
        }
        let mut visited = visited;
        visited[word] |= bit;
        let step = &scenario.steps[si];
        let mut order: Vec<(Rank, usize)> = step
            .choices
            .iter()
            .enumerate()
            .map(|(i, c)| (c.rank, i))
            .collect();
        sorting::sort(&mut order);
        // Pushed worst first so that the best-ranked choice is explored first.
        for &(rank, i) in order.iter().rev() {
            let mut next = node.clone();
            if next.act(scenario, Some(i), 0).is_ok() {
                next.decisions.clear();
                next.events.clear();
                arena.push((at, i));
                let ok = harmless && rank != Rank::Harmful;
                stack.push((next, arena.len() - 1, visited.clone(), ok));
            }
        }
    }
    let (_, leaf) = best?;
    let mut choices = Vec::new();
    let mut at = leaf;
    while let Some(&(parent, choice)) = arena.get(at) {
        choices.push(choice);
        at = parent;
    }
    let mut full = run.clone();
    for &choice in choices.iter().rev() {
        full.act(scenario, Some(choice), 0).ok()?;
    }
    let raw_total = raw_points(&full).sum();
    let base = run.decisions.len().min(full.decisions.len());
    let path = full.decisions[base..]
        .iter()
        .map(|d| PathStep {
            step: d.step.clone(),
            choice: d.choice,
        })
        .collect();
    let (dimension_min, dimension_max, worst_raw_total) = bounds.unwrap_or_default();
    Some(BestPath {
        path,
        raw_total,
        worst_raw_total,
        dimension_max,
        dimension_min,
        run: full,
        exhaustive,
    })
}

/// Calls `visit` on every finished run reachable from `run` by choices alone, depth first,
/// best-ranked choices first, with full histories (for tests and tools that enumerate outcomes;
/// the best-path search uses a leaner walk). Returns whether every path was tried within
/// `budget` runs.
pub fn explore(scenario: &Scenario, run: &Run, budget: usize, mut visit: impl FnMut(&Run)) -> bool {
    let base = run.decisions.len();
    let mut stack = vec![run.clone()];
    let mut left = budget;
    while let Some(run) = stack.pop() {
        if left == 0 {
            return false;
        }
        left -= 1;
        if run.is_finished() {
            visit(&run);
            continue;
        }
        let Some(step) = run.current_step(scenario) else {
            continue;
        };
        let looped = run.decisions[base.min(run.decisions.len())..]
            .iter()
            .any(|d| d.step == step.id);
        if looped {
            continue;
        }
        let mut order: Vec<(Rank, usize)> = step
            .choices
            .iter()
            .enumerate()
            .map(|(i, c)| (c.rank, i))
            .collect();
        sorting::sort(&mut order);
        // Pushed worst first so that the best-ranked choice is explored first.
        for &(_, i) in order.iter().rev() {
            let mut next = run.clone();
            if next.act(scenario, Some(i), 0).is_ok() {
                stack.push(next);
            }
        }
    }
    true
}
