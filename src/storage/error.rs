//! What can go wrong with the browser's storage, in terms the UI can explain.

use thiserror::Error;

#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum StorageError {
    /// No IndexedDB (a private window in some browsers, or storage disabled).
    #[error("IndexedDB is not available")]
    Unavailable,
    /// The disk or the site's quota is full.
    #[error("storage quota exceeded")]
    QuotaExceeded,
    /// Another tab holds an older version of the database open.
    #[error("database upgrade blocked by another tab")]
    Blocked,
    /// The transaction was aborted by the browser.
    #[error("the save was aborted")]
    Aborted,
    /// Another tab saved this record since this one loaded it; saving would overwrite that.
    #[error("{kind} {id}: stored revision {stored_rev}, this edit is revision {our_rev}")]
    Conflict {
        kind: &'static str,
        id: uuid::Uuid,
        stored_rev: u32,
        our_rev: u32,
    },
    #[error("could not encode a record: {0}")]
    Encode(String),
    /// A stored record no longer reads as this version expects.
    #[error("could not read a stored record: {0}")]
    Decode(String),
    #[error("storage error: {0}")]
    Other(String),
}

impl StorageError {
    /// The error a DOMException's name stands for (a full disk aborts with
    /// `QuotaExceededError`).
    pub(crate) fn from_dom_name(name: &str) -> StorageError {
        match name {
            "QuotaExceededError" => StorageError::QuotaExceeded,
            "AbortError" => StorageError::Aborted,
            other if other.contains("Quota") => StorageError::QuotaExceeded,
            other => StorageError::Other(other.to_string()),
        }
    }

    pub(crate) fn from_idb(err: idb::Error) -> StorageError {
        if let idb::Error::DomException(d) = &err {
            return StorageError::from_dom_name(&d.name());
        }
        let text = format!("{err:?}");
        if text.contains("QuotaExceeded") {
            StorageError::QuotaExceeded
        } else if text.contains("Blocked") {
            StorageError::Blocked
        } else {
            StorageError::Other(err.to_string())
        }
    }
}
