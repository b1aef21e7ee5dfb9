//! The database layout and its upgrade ladder. Each step only adds to the one before
//! (`if old < N`), so a database at any earlier version upgrades step by step and no store is
//! ever dropped because this code forgot about it.
//!
//! When a record kind is added to `Dataset`, bump [`VERSION`]: step 2 creates every kind's store
//! that is missing, so the bump is all a new kind needs.

use idb::event::{DatabaseEvent, Event, VersionChangeEvent};
use idb::Request;
use idb::{Database, IndexParams, KeyPath, ObjectStoreParams};

use crate::domain::backup::Dataset;

/// The schema version this build opens.
pub const VERSION: u32 = 2;

pub const CASES: &str = "cases";
/// Small key/value facts about this device: its id, the last export, preferences.
pub const SETTINGS: &str = "settings";

/// Every store the current version has.
pub fn store_names() -> Vec<&'static str> {
    let mut names: Vec<&'static str> = Dataset::KINDS.to_vec();
    names.push(SETTINGS);
    names
}

/// Runs inside `upgradeneeded`, from the database's old version up to `target`. A failing
/// step leaves the version change to abort, which the open request then reports.
pub fn upgrade(event: VersionChangeEvent, target: u32) {
    let Ok(db) = event.database() else { return };
    let old = event.old_version().unwrap_or(0);
    if old < 1 && target >= 1 {
        create(&db, CASES, "id");
        if let Ok(tx) = event_transaction(&event) {
            if let Ok(store) = tx.object_store(CASES) {
                let _ = store.create_index(
                    "hard_date",
                    KeyPath::new_single("hard_date"),
                    Some(IndexParams::new()),
                );
            }
        }
    }
    if old < 2 && target >= 2 {
        create(&db, SETTINGS, "key");
        for kind in Dataset::KINDS {
            create(&db, kind, "id");
        }
    }
}

fn create(db: &Database, name: &str, key: &str) {
    if db.store_names().iter().any(|n| n == name) {
        return;
    }
    let mut params = ObjectStoreParams::new();
    params.key_path(Some(KeyPath::new_single(key)));
    let _ = db.create_object_store(name, params);
}

/// The version-change transaction: the only way to reach an existing store during an upgrade.
fn event_transaction(event: &VersionChangeEvent) -> Result<idb::Transaction, ()> {
    event.target().ok().and_then(|r| r.transaction()).ok_or(())
}
