//! The database layout and its upgrade ladder. Each version only adds to the one before
//! (`if old < N`), so a database at any earlier version upgrades step by step and no store
//! is ever dropped because this code forgot about it.

use idb::event::{DatabaseEvent, VersionChangeEvent};
use idb::{IndexParams, KeyPath, ObjectStoreParams};

/// The schema version this build opens.
pub const VERSION: u32 = 1;

pub const CASES: &str = "cases";

/// Runs inside the `upgradeneeded` event. Errors here abort the version change, which the
/// open request then reports; nothing is half-created.
pub fn upgrade(event: VersionChangeEvent) {
    let Ok(db) = event.database() else { return };
    let old = event.old_version().unwrap_or(0);
    if old < 1 {
        let mut params = ObjectStoreParams::new();
        params.key_path(Some(KeyPath::new_single("id")));
        if let Ok(store) = db.create_object_store(CASES, params) {
            let _ = store.create_index(
                "hard_date",
                KeyPath::new_single("hard_date"),
                Some(IndexParams::new()),
            );
        }
    }
}
