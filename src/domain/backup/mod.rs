//! Backup, import and merge: the versioned export envelope, the schema migrations run on the
//! JSON before typed decoding, import validation with messages that say what and where, the
//! preview of what an import would change, and the merge that lets a team share without a
//! server (commutative, idempotent, never loses a record or a deletion).

mod envelope;
mod import;
mod merge;
mod migrate;

pub use crate::domain::kinds::{Dataset, KindCount};
pub use envelope::{backup_file_name, Envelope, Scope, APP_VERSION, FORMAT, SCHEMA_VERSION};
pub use import::{parse_backup, ImportError, Limits};
pub(crate) use merge::{merge_kind, preview_kind};
pub use merge::{Conflict, ImportMode, KindPreview, MergeOutcome, Preview, Side};
pub use migrate::MIGRATIONS;

#[cfg(test)]
mod tests;
