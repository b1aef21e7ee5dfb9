//! Trainers' own scenarios as stored records, and the library in force: the built-ins plus
//! every live custom scenario. A stored scenario that no longer passes the check (written by an
//! older version, or edited elsewhere) is left out and reported, never dropped from storage.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::builtin::is_builtin_key;
use super::editor::EditError;
use super::graph_check::errors;
use super::graph_issue::GraphIssue;
use super::progress::RunRecord;
use super::scenario::Scenario;
use crate::domain::record::{Meta, Record};

/// A scenario written or edited by a trainer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ScenarioRecord {
    #[serde(flatten)]
    pub meta: Meta,
    pub scenario: Scenario,
}

impl ScenarioRecord {
    /// Deletes a trainer's scenario by tombstone (kept for merges; runs keep their scores).
    /// Built-in scenarios cannot be deleted.
    pub fn archive(&self, now: DateTime<Utc>) -> Result<ScenarioRecord, EditError> {
        if self.scenario.builtin || is_builtin_key(&self.scenario.key) {
            return Err(EditError::BuiltinReadOnly);
        }
        let mut r = self.clone();
        r.meta.deleted = true;
        r.meta.touch(now);
        Ok(r)
    }
}

impl Record for ScenarioRecord {
    const KIND: &'static str = "drill_scenarios";

    fn meta(&self) -> &Meta {
        &self.meta
    }

    fn meta_mut(&mut self) -> &mut Meta {
        &mut self.meta
    }

    fn label(&self) -> String {
        self.scenario.title.zh.clone()
    }
}

impl Record for RunRecord {
    const KIND: &'static str = "drill_runs";

    fn meta(&self) -> &Meta {
        &self.meta
    }

    fn meta_mut(&mut self) -> &mut Meta {
        &mut self.meta
    }

    fn label(&self) -> String {
        format!(
            "演练 · {} · {} · {} 分",
            self.trainee, self.scenario_key, self.score.total
        )
    }
}

/// Why a stored scenario was left out of the library.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SkipReason {
    /// Its key belongs to a built-in or an earlier custom scenario.
    KeyInUse,
    /// It fails the scenario check.
    Invalid(Vec<GraphIssue>),
}

/// A stored scenario left out of the library.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SkippedScenario {
    pub key: String,
    pub reason: SkipReason,
}

/// Built-ins first, then live custom scenarios in the order given. A custom scenario is left
/// out when it is deleted (silently), uses a built-in or already used key, or fails the check.
pub fn effective_scenarios<'a>(
    builtins: &[Scenario],
    custom: impl IntoIterator<Item = &'a ScenarioRecord>,
) -> (Vec<Scenario>, Vec<SkippedScenario>) {
    let mut all = builtins.to_vec();
    let mut skipped = Vec::new();
    for record in custom.into_iter().filter(|r| !r.meta.deleted) {
        let s = &record.scenario;
        let reason = if is_builtin_key(&s.key) || all.iter().any(|o| o.key == s.key) {
            SkipReason::KeyInUse
        } else {
            let issues = errors(s);
            if issues.is_empty() {
                all.push(Scenario {
                    builtin: false,
                    ..s.clone()
                });
                continue;
            }
            SkipReason::Invalid(issues)
        };
        skipped.push(SkippedScenario {
            key: s.key.clone(),
            reason,
        });
    }
    (all, skipped)
}
