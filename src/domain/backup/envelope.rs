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

/// A file name that says what the file is and where and when it was made:
/// `expedite-guard-backup-plain-2026-11-26-231507-3f9a.json` (a whole backup, not encrypted,
/// local time to the second, the last four hex digits of the device id), or
/// `expedite-guard-case-1a2b3c-encrypted-….json` for one case, encrypted.
pub fn backup_file_name(
    local_now: NaiveDateTime,
    scope: &Scope,
    encrypted: bool,
    device: uuid::Uuid,
) -> String {
    let stamp = local_now.format("%Y-%m-%d-%H%M%S");
    let what = match scope {
        Scope::All => "backup".to_string(),
        Scope::Case { case_id } => {
            let short: String = case_id.simple().to_string().chars().rev().take(6).collect();
            format!("case-{short}")
        }
    };
    let how = if encrypted { "encrypted" } else { "plain" };
    let simple = device.simple().to_string();
    let device = &simple[simple.len() - 4..];
    format!("expedite-guard-{what}-{how}-{stamp}-{device}.json")
}
