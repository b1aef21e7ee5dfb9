//! Browser tests of the IndexedDB repository (headless Chromium).
#![cfg(target_arch = "wasm32")]

mod common;

use common::{at, case, date, db_name};
use expedite_guard::domain::case::Status;
use expedite_guard::storage::Repository;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn put_then_list_returns_the_same_cases() {
    let repo = Repository::open(&db_name("put-list")).await.expect("open");
    assert!(repo.all_cases().await.expect("list").is_empty());
    let a = case("甲公司", date("2026-03-01"), 1);
    let b = case("乙公司", date("2026-02-01"), 2);
    repo.put_case(&a).await.expect("put a");
    repo.put_case(&b).await.expect("put b");
    let mut all = repo.all_cases().await.expect("list");
    all.sort_by_key(|c| c.meta.id);
    assert_eq!(all, vec![a, b]);
}

#[wasm_bindgen_test]
async fn a_put_with_the_same_id_replaces_and_survives_reopening() {
    let name = db_name("replace");
    let repo = Repository::open(&name).await.expect("open");
    let a = case("甲公司", date("2026-03-01"), 1);
    repo.put_case(&a).await.expect("put");
    let moved = a.transition(Status::Precheck, at(50)).expect("legal");
    repo.put_case(&moved).await.expect("put again");
    drop(repo);

    let reopened = Repository::open(&name).await.expect("reopen");
    let all = reopened.all_cases().await.expect("list");
    assert_eq!(all.len(), 1);
    assert_eq!(all[0].status, Status::Precheck);
    assert_eq!(all[0].meta.rev, 2);
}

#[wasm_bindgen_test]
async fn archived_cases_are_kept_as_tombstones() {
    let repo = Repository::open(&db_name("tombstone")).await.expect("open");
    let a = case("甲公司", date("2026-03-01"), 1)
        .archive(at(9))
        .expect("archive");
    repo.put_case(&a).await.expect("put");
    let all = repo.all_cases().await.expect("list");
    assert!(all[0].meta.deleted);
}
