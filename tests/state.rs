//! Browser tests of the app state: `reduce` is pure (an older state never changes), an edit
//! counts as unsaved until its save succeeds, a failed save raises the error and keeps the
//! edit; and the store tells a reader only about changes to what it reads.
#![cfg(target_arch = "wasm32")]

mod common;

use std::rc::Rc;

use common::{at, case, date};
use expedite_guard::domain::backup::Dataset;
use expedite_guard::domain::case::Case;
use expedite_guard::domain::kinds::Kind;
use expedite_guard::domain::record::Record;
use expedite_guard::i18n::Lang;
use expedite_guard::storage::StorageError;
use expedite_guard::ui::state::{reduce, Action, AppState};
use expedite_guard::ui::store::{ByCase, Store};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn saves_are_tracked_until_they_succeed_and_failures_keep_the_edit() {
    let first = case("甲公司", date("2026-12-20"), 1);
    let second = case("乙公司", date("2026-12-21"), 2);
    let state = Rc::new(AppState::ready(Lang::Zh, None, Dataset::default()));
    let key = |c: &Case| ("cases", c.meta().id);

    // Two edits: both unsaved, both in the data.
    let state = reduce(&state, Action::Upsert(first.clone().wrap()));
    let state = reduce(&state, Action::Upsert(second.clone().wrap()));
    assert_eq!(state.unsaved.len(), 2);
    assert!(state.data.get::<Case>(first.meta().id).is_some());

    // The first is stored: one edit still unsaved, and the data is the same tables (so
    // nothing that reads records re-renders).
    let before = state.clone();
    let state = reduce(&state, Action::Saved("cases", first.meta().id));
    assert!(Rc::ptr_eq(&before.data.cases, &state.data.cases));
    assert_eq!(state.unsaved.keys(), vec![key(&second)]);
    // A second report of the same save changes nothing: the same state comes back.
    let again = reduce(&state, Action::Saved("cases", first.meta().id));
    assert!(Rc::ptr_eq(&again, &state), "nothing changed, no new state");

    // The second fails: a new state with the error, the edit kept in memory.
    let state = reduce(
        &state,
        Action::SaveFailed("cases", second.meta().id, StorageError::QuotaExceeded),
    );
    assert_eq!(state.save_error, Some(StorageError::QuotaExceeded));
    assert_eq!(state.unsaved.len(), 1);
    let kept = state
        .data
        .get::<Case>(second.meta().id)
        .expect("the failed edit is still in memory");
    assert_eq!(*kept, second);

    // Another edit while the banner shows, then it is stored: the error stays while an edit
    // is unsaved.
    let mut third = first.clone();
    third.notes = "补充说明".into();
    third.meta_mut().touch(at(9));
    let state = reduce(&state, Action::Upsert(third.clone().wrap()));
    assert_eq!(state.unsaved.len(), 2);
    let state = reduce(&state, Action::Saved("cases", third.meta().id));
    assert_eq!(state.save_error, Some(StorageError::QuotaExceeded));
    assert_eq!(state.unsaved.len(), 1);

    // The retry succeeds: nothing unsaved, the error is gone.
    let state = reduce(&state, Action::Saved("cases", second.meta().id));
    assert!(state.unsaved.is_empty());
    assert_eq!(state.save_error, None);
}

#[wasm_bindgen_test]
fn an_older_state_is_unchanged_by_saved_and_save_failed() {
    let first = case("甲公司", date("2026-12-20"), 1);
    let start = Rc::new(AppState::ready(Lang::Zh, None, Dataset::default()));
    let edited = reduce(&start, Action::Upsert(first.clone().wrap()));
    let snapshot = (*edited).clone();

    let saved = reduce(&edited, Action::Saved("cases", first.meta().id));
    assert!(saved.unsaved.is_empty());
    assert_eq!(*edited, snapshot, "Saved left the older state as it was");
    assert_eq!(
        edited.unsaved.len(),
        1,
        "the older state still lists the edit"
    );

    let failed = reduce(
        &saved,
        Action::SaveFailed("cases", first.meta().id, StorageError::QuotaExceeded),
    );
    assert_eq!(failed.unsaved.len(), 1);
    assert!(
        saved.unsaved.is_empty(),
        "SaveFailed left the older state as it was"
    );
    assert_eq!(saved.save_error, None);
    assert!(start.unsaved.is_empty() && start.data.get::<Case>(first.meta().id).is_none());
}

#[wasm_bindgen_test]
fn the_store_builds_an_index_once_per_change_of_its_table() {
    let first = case("甲公司", date("2026-12-20"), 1);
    let store = Store::new(AppState::ready(Lang::Zh, None, Dataset::default()));
    let a = store.index::<ByCase<Case>>(&store.state());
    let b = store.index::<ByCase<Case>>(&store.state());
    assert!(Rc::ptr_eq(&a, &b), "no change, the same index");

    // A change elsewhere (the language) keeps the index.
    store.dispatch(Action::SetLang(Lang::En));
    assert!(Rc::ptr_eq(&a, &store.index::<ByCase<Case>>(&store.state())));

    // A change of the table builds a new one.
    store.dispatch(Action::Upsert(first.clone().wrap()));
    let c = store.index::<ByCase<Case>>(&store.state());
    assert!(!Rc::ptr_eq(&a, &c));
}
