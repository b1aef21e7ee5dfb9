//! Backup, import and merge: the versioned export envelope, the schema migrations run on the
//! JSON before typed decoding, import validation with messages that say what and where, the
//! preview of what an import would change, and the merge that lets a team share without a
//! server (commutative, idempotent, never loses a record or a deletion).

mod encrypted;
mod envelope;
mod import;
mod merge;
mod migrate;
pub(crate) mod problem;
pub(crate) mod sanity;

pub use crate::domain::kinds::{Dataset, KindCount};
pub use encrypted::{
    is_encrypted, parse_encrypted, EncryptedFile, SealedParts, IV_BYTES, PBKDF2_ITERATIONS,
    SALT_BYTES,
};
pub use envelope::{backup_file_name, Envelope, Scope, APP_VERSION, FORMAT, SCHEMA_VERSION};
pub use import::{file_text, parse_backup, ImportError, Limits, TextEncoding};
pub use merge::{lost_kind, Lost};
pub(crate) use merge::{merge_kind, preview_kind};
pub use merge::{Conflict, ImportMode, KindPreview, MergeOutcome, PathDiff, Preview, Side};
pub use migrate::MIGRATIONS;
pub use problem::{Problem, ValueKind};
pub use sanity::{check_values, BadValue, FieldName, Unlikely, FIRST_YEAR, LAST_YEAR, MAX_REV};

#[cfg(test)]
pub(crate) mod tests;

/// Which hash-chained history of a case was altered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum History {
    /// The case's timeline (status changes and events).
    Timeline,
    /// The precheck's audit trail (material changes and the three sign-offs).
    PrecheckTrail,
}

/// A case history that does not match its hash chain.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AlteredHistory {
    pub case_id: uuid::Uuid,
    pub label: String,
    pub history: History,
    /// 1-based position of the first altered entry.
    pub event: usize,
}

/// Every case timeline and precheck audit trail in `data` that was changed outside the app.
pub fn altered_histories(data: &Dataset) -> Vec<AlteredHistory> {
    use crate::domain::record::Record;
    let timelines = data.cases.iter().filter_map(|c| {
        c.verify_history().err().map(|b| AlteredHistory {
            case_id: c.meta.id,
            label: c.label(),
            history: History::Timeline,
            event: b.index + 1,
        })
    });
    let trails = data.prechecks.iter().filter_map(|p| {
        p.verify_trail().err().map(|b| AlteredHistory {
            case_id: p.case_id,
            label: data
                .cases
                .iter()
                .find(|c| c.meta.id == p.case_id)
                .map_or_else(|| p.label(), |c| c.label()),
            history: History::PrecheckTrail,
            event: b.index + 1,
        })
    });
    timelines.chain(trails).collect()
}
