//! What every stored record carries: a UUID v7 id, timestamps, a revision counter and a
//! tombstone flag, so that merges between devices can carry edits and deletions alike.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// Bookkeeping shared by every stored record (DESIGN.md "Data").
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meta {
    pub id: Uuid,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// Incremented on every save; two tabs compare it to refuse overwriting each other.
    pub rev: u32,
    /// A tombstone: archived records stay so that a merge can carry the deletion.
    #[serde(default)]
    pub deleted: bool,
}

impl Meta {
    /// A fresh record at revision 1.
    pub fn new(id: Uuid, now: DateTime<Utc>) -> Self {
        Meta {
            id,
            created_at: now,
            updated_at: now,
            rev: 1,
            deleted: false,
        }
    }

    /// Marks a change: bumps the revision and the update time. The update time never goes
    /// backwards, even if the device clock does.
    pub fn touch(&mut self, now: DateTime<Utc>) {
        self.rev = self.rev.saturating_add(1);
        self.updated_at = now.max(self.updated_at);
    }
}

/// A kind of stored record: what storage, export, import and merge need to know about it.
pub trait Record: Clone + PartialEq + Serialize + serde::de::DeserializeOwned + 'static {
    /// The object store and the export key, e.g. `"cases"`.
    const KIND: &'static str;
    fn meta(&self) -> &Meta;
    fn meta_mut(&mut self) -> &mut Meta;
    /// The case this record belongs to, for per-case export; `None` for library records.
    fn case_id(&self) -> Option<Uuid> {
        None
    }
    /// A short human label for previews and conflict lists.
    fn label(&self) -> String;
    /// Moves the record to new ids (its own, and the case it belongs to) for "add as copies".
    fn remap_ids(&mut self, map: &std::collections::BTreeMap<Uuid, Uuid>) {
        if let Some(new) = map.get(&self.meta().id) {
            self.meta_mut().id = *new;
        }
    }
}

/// Builds a UUID v7 from the current time and ten random bytes. Both come from the caller so
/// that the domain stays deterministic under test (the browser passes `crypto.getRandomValues`).
pub fn new_id(now: DateTime<Utc>, random: [u8; 10]) -> Uuid {
    let millis = u64::try_from(now.timestamp_millis()).unwrap_or(0);
    uuid::Builder::from_unix_timestamp_millis(millis, &random).into_uuid()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(secs: i64) -> DateTime<Utc> {
        Utc.timestamp_opt(secs, 0)
            .single()
            .expect("valid test time")
    }

    #[test]
    fn ids_are_version_7_and_ordered_by_time() {
        let a = new_id(at(1_700_000_000), [9; 10]);
        let b = new_id(at(1_700_000_001), [0; 10]);
        assert_eq!(a.get_version_num(), 7);
        assert!(a < b, "a later id sorts after an earlier one");
    }

    #[test]
    fn touch_bumps_rev_and_never_moves_time_back() {
        let mut meta = Meta::new(new_id(at(100), [1; 10]), at(100));
        meta.touch(at(200));
        assert_eq!(meta.rev, 2);
        assert_eq!(meta.updated_at, at(200));
        meta.touch(at(50));
        assert_eq!(meta.rev, 3);
        assert_eq!(meta.updated_at, at(200));
    }
}
