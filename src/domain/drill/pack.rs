//! Scenario packs: trainers export scenarios as JSON and import them on another device.
//!
//! Import checks in order, and stops at the first problem with a clear message: size, JSON
//! syntax, the `format` marker, the `version` (a newer pack is refused, not guessed at), the
//! shape of each scenario, limits, keys, and finally the full scenario check. It never panics:
//! the JSON parser limits nesting, and every later step works on bounded, typed data.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use thiserror::Error;

use super::builtin::is_builtin_key;
use super::error::short;
use super::graph_check::errors;
use super::graph_issue::GraphIssue;
use super::scenario::Scenario;

pub const PACK_FORMAT: &str = "expedite-guard-scenarios";
pub const PACK_VERSION: u32 = 1;
/// Largest pack file accepted, in bytes.
pub const MAX_PACK_BYTES: usize = 8 * 1024 * 1024;
pub const MAX_PACK_SCENARIOS: usize = 200;

/// The file format of a pack.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScenarioPack {
    pub format: String,
    pub version: u32,
    pub scenarios: Vec<Scenario>,
}

impl ScenarioPack {
    pub fn new(scenarios: Vec<Scenario>) -> Self {
        Self {
            format: PACK_FORMAT.to_owned(),
            version: PACK_VERSION,
            scenarios,
        }
    }

    /// The pack file's text: compact JSON through the app's one writer (`domain::json`; any
    /// JSON viewer lays it out for reading).
    pub fn to_json(&self) -> String {
        // Serialising these plain structs cannot fail; an empty string would then fail import
        // loudly rather than write a half file.
        crate::domain::json::to_json(self).unwrap_or_default()
    }
}

/// Exports scenarios as a pack file's text.
pub fn export_pack(scenarios: &[Scenario]) -> String {
    ScenarioPack::new(scenarios.to_vec()).to_json()
}

/// Why a pack was refused.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum PackError {
    #[error("the file is {bytes} bytes; packs of at most {max} bytes are accepted")]
    TooLarge { bytes: usize, max: usize },
    #[error("the file is not valid JSON (line {line}, column {column})")]
    NotJson { line: usize, column: usize },
    #[error("the file is not a scenario pack")]
    NotAPack,
    #[error("the file is a `{}` file, not a scenario pack", short(.found))]
    WrongFormat { found: String },
    #[error("the pack has no valid version number")]
    BadVersion,
    #[error("the pack is version {found}, made by a newer version of the app (this one reads up to {PACK_VERSION}); update the app first")]
    NewerVersion { found: u64 },
    #[error("the pack contains no scenarios")]
    Empty,
    #[error("the pack has {count} scenarios; at most {max} can be imported at once")]
    TooManyScenarios { count: usize, max: usize },
    #[error("scenario no. {} is malformed: {}", .index + 1, short(.detail))]
    Malformed { index: usize, detail: String },
    #[error("scenario `{}` uses the key of a built-in scenario; rename it before exporting", short(.key))]
    BuiltinKey { key: String },
    #[error("scenario `{}` in the built-in scenarios file is not a built-in scenario", short(.key))]
    NotBuiltinKey { key: String },
    #[error("scenario key `{}` appears more than once in the pack", short(.key))]
    DuplicateKey { key: String },
    #[error("scenario `{}` has {} problem(s)", short(.key), .issues.len())]
    InvalidScenario {
        key: String,
        issues: Vec<GraphIssue>,
    },
}

/// Reads a pack file's text into scenarios, all marked custom (`builtin = false`).
pub fn import_pack(json: &str) -> Result<Vec<Scenario>, PackError> {
    read_pack(json, false)
}

/// Reads the built-in scenarios file shipped beside the app (`content/drill-scenarios.json`,
/// written from [`super::builtin_scenarios`] and checked against it by a test): the same
/// format and checks as a pack, except that its scenarios use built-in keys and are marked
/// built-in.
pub fn read_builtin_pack(json: &str) -> Result<Vec<Scenario>, PackError> {
    read_pack(json, true)
}

fn read_pack(json: &str, builtin: bool) -> Result<Vec<Scenario>, PackError> {
    if json.len() > MAX_PACK_BYTES {
        return Err(PackError::TooLarge {
            bytes: json.len(),
            max: MAX_PACK_BYTES,
        });
    }
    let value: Value = serde_json::from_str(json).map_err(|e| PackError::NotJson {
        line: e.line(),
        column: e.column(),
    })?;
    let Value::Object(mut top) = value else {
        return Err(PackError::NotAPack);
    };
    match top.get("format") {
        Some(Value::String(f)) if f == PACK_FORMAT => {}
        Some(Value::String(f)) => return Err(PackError::WrongFormat { found: f.clone() }),
        _ => return Err(PackError::NotAPack),
    }
    match top.get("version").and_then(Value::as_u64) {
        None | Some(0) => return Err(PackError::BadVersion),
        Some(v) if v > u64::from(PACK_VERSION) => return Err(PackError::NewerVersion { found: v }),
        Some(_) => {}
    }
    let Some(Value::Array(items)) = top.remove("scenarios") else {
        return Err(PackError::NotAPack);
    };
    if items.is_empty() {
        return Err(PackError::Empty);
    }
    if items.len() > MAX_PACK_SCENARIOS {
        return Err(PackError::TooManyScenarios {
            count: items.len(),
            max: MAX_PACK_SCENARIOS,
        });
    }
    let mut scenarios: Vec<Scenario> = Vec::with_capacity(items.len());
    for (index, item) in items.into_iter().enumerate() {
        // Decoded by the app's one reader, so the error names the field's path.
        let mut scenario: Scenario =
            crate::domain::json::from_json(&item.to_string()).map_err(|e| {
                PackError::Malformed {
                    index,
                    detail: e.to_string(),
                }
            })?;
        scenario.builtin = builtin;
        if is_builtin_key(&scenario.key) != builtin {
            return Err(if builtin {
                PackError::NotBuiltinKey { key: scenario.key }
            } else {
                PackError::BuiltinKey { key: scenario.key }
            });
        }
        if scenarios.iter().any(|s| s.key == scenario.key) {
            return Err(PackError::DuplicateKey { key: scenario.key });
        }
        let issues = errors(&scenario);
        if !issues.is_empty() {
            return Err(PackError::InvalidScenario {
                key: scenario.key,
                issues,
            });
        }
        scenarios.push(scenario);
    }
    Ok(scenarios)
}
