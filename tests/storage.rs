//! Browser tests of the IndexedDB repository (headless Chromium).
#![cfg(target_arch = "wasm32")]

mod common;

use common::{at, case, date, db_name};
use expedite_guard::domain::backup::Dataset;
use expedite_guard::domain::case::{Case, Status};
use expedite_guard::storage::{store_names, Repository, StorageError};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn put_get_list_delete() {
    let repo = Repository::open(&db_name("crud")).await.expect("open");
    assert!(repo.all::<Case>().await.expect("list").is_empty());
    let a = case("甲公司", date("2026-03-01"), 1);
    let b = case("乙公司", date("2026-02-01"), 2);
    repo.put(&a).await.expect("put a");
    repo.put(&b).await.expect("put b");
    let mut all = repo.all::<Case>().await.expect("list");
    all.sort_by_key(|c| c.meta.id);
    assert_eq!(all, vec![a.clone(), b.clone()]);
    assert_eq!(
        repo.get::<Case>(a.meta.id).await.expect("get"),
        Some(a.clone())
    );
    repo.delete::<Case>(a.meta.id).await.expect("delete");
    assert_eq!(repo.get::<Case>(a.meta.id).await.expect("get"), None);
    assert_eq!(repo.all::<Case>().await.expect("list"), vec![b]);
}

#[wasm_bindgen_test]
async fn a_newer_revision_replaces_and_survives_reopening() {
    let name = db_name("replace");
    let repo = Repository::open(&name).await.expect("open");
    let a = case("甲公司", date("2026-03-01"), 1);
    repo.put(&a).await.expect("put");
    let moved = a.transition(Status::Precheck, at(50)).expect("legal");
    repo.put(&moved).await.expect("put again");
    repo.close();

    let reopened = Repository::open(&name).await.expect("reopen");
    let all = reopened.all::<Case>().await.expect("list");
    assert_eq!(all.len(), 1);
    assert_eq!(all[0].status, Status::Precheck);
    assert_eq!(all[0].meta.rev, 2);
}

#[wasm_bindgen_test]
async fn saving_over_a_revision_this_tab_has_not_seen_is_refused() {
    let name = db_name("conflict");
    let tab_a = Repository::open(&name).await.expect("open a");
    let tab_b = Repository::open(&name).await.expect("open b");
    let base = case("甲公司", date("2026-03-01"), 1);
    tab_a.put(&base).await.expect("put base");

    // Both tabs loaded rev 1; tab A saves first.
    let from_a = base.transition(Status::Precheck, at(10)).expect("legal");
    tab_a.put(&from_a).await.expect("a saves rev 2");
    let from_b = base.archive(at(11)).expect("archive");
    let err = tab_b.put(&from_b).await.expect_err("b must not overwrite");
    assert_eq!(
        err,
        StorageError::Conflict {
            kind: "cases",
            id: base.meta.id,
            stored_rev: 2,
            our_rev: 2
        }
    );
    // The stored record is tab A's, untouched.
    let stored = tab_b.get::<Case>(base.meta.id).await.expect("get");
    assert_eq!(stored, Some(from_a));
}

#[wasm_bindgen_test]
async fn the_upgrade_ladder_lifts_a_version_1_database_and_keeps_its_data() {
    let name = db_name("ladder");
    let v1 = Repository::open_at(&name, 1).await.expect("open v1");
    assert_eq!(v1.stores(), vec!["cases".to_string()]);
    let a = case("甲公司", date("2026-03-01"), 1);
    v1.put(&a).await.expect("put in v1");
    v1.close();

    let current = Repository::open(&name).await.expect("upgrade");
    let mut expected: Vec<String> = store_names().iter().map(|s| s.to_string()).collect();
    expected.sort();
    let mut stores = current.stores();
    stores.sort();
    assert_eq!(stores, expected);
    assert_eq!(current.all::<Case>().await.expect("list"), vec![a]);
    current
        .set_setting("device_id", &"x")
        .await
        .expect("the new settings store works");
}

#[wasm_bindgen_test]
async fn write_all_replaces_or_merges_in_one_transaction() {
    let repo = Repository::open(&db_name("write-all")).await.expect("open");
    let old = case("旧公司", date("2026-03-01"), 1);
    repo.put(&old).await.expect("put");
    let incoming = Dataset {
        cases: vec![case("新公司", date("2026-04-01"), 2)],
        ..Dataset::default()
    };
    repo.write_all(&incoming, false).await.expect("merge write");
    assert_eq!(repo.load_all().await.expect("load").cases.len(), 2);
    repo.write_all(&incoming, true).await.expect("replace");
    assert_eq!(repo.load_all().await.expect("load"), incoming);
}

#[wasm_bindgen_test]
async fn archived_cases_are_kept_as_tombstones() {
    let repo = Repository::open(&db_name("tombstone")).await.expect("open");
    let a = case("甲公司", date("2026-03-01"), 1)
        .archive(at(9))
        .expect("archive");
    // A new record may arrive at any revision (e.g. archived before its first save).
    repo.put(&a).await.expect("put");
    let all = repo.all::<Case>().await.expect("list");
    assert!(all[0].meta.deleted);
}

#[wasm_bindgen_test]
async fn settings_round_trip() {
    let repo = Repository::open(&db_name("settings")).await.expect("open");
    assert_eq!(
        repo.setting::<u32>("reminder_days").await.expect("get"),
        None
    );
    repo.set_setting("reminder_days", &14u32)
        .await
        .expect("set");
    assert_eq!(
        repo.setting::<u32>("reminder_days").await.expect("get"),
        Some(14)
    );
}

/// Records written by earlier builds, as plain objects or as `{ id, rev, json }` with a JSON
/// string, are still read by every read path and take the current shape when saved again.
#[wasm_bindgen_test]
async fn records_stored_as_plain_objects_by_earlier_builds_still_load() {
    use idb::{Factory, TransactionMode};
    let name = db_name("legacy-shape");
    let repo = Repository::open(&name).await.expect("open");
    repo.close();
    let old = case("旧格式公司", date("2026-03-01"), 1);
    let object = js_sys::JSON::parse(&serde_json::to_string(&old).expect("json")).expect("parse");
    let db = Factory::new()
        .expect("factory")
        .open(&name, None)
        .expect("open raw")
        .await
        .expect("raw db");
    let tx = db
        .transaction(&["cases"], TransactionMode::ReadWrite)
        .expect("tx");
    let store = tx.object_store("cases").expect("store");
    store
        .put(&object, None)
        .expect("put")
        .await
        .expect("put done");
    tx.commit().expect("commit").await.expect("committed");
    db.close();

    let repo = Repository::open(&name).await.expect("reopen");
    assert_eq!(repo.all::<Case>().await.expect("all"), vec![old.clone()]);
    assert_eq!(
        repo.get::<Case>(old.meta.id).await.expect("get"),
        Some(old.clone())
    );
    assert_eq!(
        repo.load_all().await.expect("load").cases,
        vec![old.clone()]
    );
    let next = old.transition(Status::Precheck, at(60)).expect("legal");
    repo.put(&next)
        .await
        .expect("rev check reads the old shape's rev");
    assert_eq!(repo.all::<Case>().await.expect("all"), vec![next]);
}

#[wasm_bindgen_test]
async fn a_synced_version_is_stored_only_over_the_version_it_was_reconciled_with() {
    use expedite_guard::domain::kinds::Kind;
    let repo = Repository::open(&db_name("synced")).await.expect("open");
    let a = case("甲公司", date("2026-03-01"), 1);
    let b = case("乙公司", date("2026-03-02"), 2);
    repo.put(&a).await.expect("put a");
    // A version pulled for `a`, reconciled with revision 1; and a new record `b`.
    let mut pulled = a.clone();
    pulled.notes = "来自另一台设备".into();
    pulled.meta.rev = 7;
    let written = repo
        .put_synced_many(&[(pulled.clone().wrap(), Some(1)), (b.clone().wrap(), None)])
        .await
        .expect("batch");
    assert_eq!(written, vec![true, true]);
    assert_eq!(
        repo.get::<Case>(a.meta.id).await.expect("get"),
        Some(pulled.clone())
    );
    // Reconciled with a version that is no longer the stored one: nothing written.
    let mut stale = a.clone();
    stale.notes = "过期".into();
    stale.meta.rev = 8;
    let written = repo
        .put_synced_many(&[(stale.clone().wrap(), Some(1))])
        .await
        .expect("batch");
    assert_eq!(written, vec![false]);
    assert!(matches!(
        repo.put_synced(&stale.clone().wrap(), Some(1)).await,
        Err(StorageError::Conflict { stored_rev: 7, .. })
    ));
    assert_eq!(
        repo.get::<Case>(a.meta.id).await.expect("get"),
        Some(pulled)
    );
    // A tab still holding revision 1 cannot save over the pulled version either.
    let mut tab = a.clone();
    tab.meta.rev = 2;
    assert!(matches!(
        repo.put(&tab).await,
        Err(StorageError::Conflict { .. })
    ));
}
