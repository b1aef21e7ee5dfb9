//! The export file: a versioned envelope around the data.

use chrono::{DateTime, NaiveDateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::Dataset;

/// The `format` field every backup carries; anything else is not our file.
pub const FORMAT: &str = "expedite-guard-backup";
/// The schema this build writes. Older files are migrated up on import; newer ones refused.
pub const SCHEMA_VERSION: u32 = 1;
/// The app version written into exports (from Cargo.toml).
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

/// What the file holds.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Scope {
    All,
    /// One case with everything attached to it.
    Case {
        case_id: Uuid,
    },
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Envelope {
    pub format: String,
    pub schema_version: u32,
    pub app_version: String,
    pub exported_at: DateTime<Utc>,
    /// The device that wrote the file, so a merge can say where data came from.
    pub device_id: Uuid,
    pub scope: Scope,
    pub data: Dataset,
}

impl Envelope {
    pub fn new(data: Dataset, scope: Scope, device_id: Uuid, now: DateTime<Utc>) -> Envelope {
        Envelope {
            format: FORMAT.to_string(),
            schema_version: SCHEMA_VERSION,
            app_version: APP_VERSION.to_string(),
            exported_at: now,
            device_id,
            scope,
            data,
        }
    }

    /// The file's text: compact JSON (any JSON tool pretty-prints it), stable for digests.
    pub fn to_json(&self) -> String {
        // Serialising plain data structs with string keys cannot fail.
        crate::domain::json::to_json(self).unwrap_or_default()
    }
}

/// A file name with the local date and time, e.g. `expedite-guard-backup-2026-11-26-2315.json`.
pub fn backup_file_name(local_now: NaiveDateTime, scope: &Scope) -> String {
    let stamp = local_now.format("%Y-%m-%d-%H%M");
    match scope {
        Scope::All => format!("expedite-guard-backup-{stamp}.json"),
        Scope::Case { case_id } => {
            let short: String = case_id.simple().to_string().chars().rev().take(6).collect();
            format!("expedite-guard-case-{short}-{stamp}.json")
        }
    }
}
