//! Browser tests of the app state's save bookkeeping: an edit counts as unsaved until its save
//! succeeds; a failed save raises the error and keeps the edit; a successful save makes no new
//! state (nothing re-renders) unless the error banner is showing.
#![cfg(target_arch = "wasm32")]

mod common;

use std::rc::Rc;

use common::{at, case, date};
use expedite_guard::domain::backup::Dataset;
use expedite_guard::domain::kinds::Kind;
use expedite_guard::domain::record::Record;
use expedite_guard::i18n::Lang;
use expedite_guard::storage::StorageError;
use expedite_guard::ui::state::{Action, AppState};
use wasm_bindgen_test::*;
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn saves_are_tracked_until_they_succeed_and_failures_keep_the_edit() {
    let first = case("甲公司", date("2026-12-20"), 1);
    let second = case("乙公司", date("2026-12-21"), 2);
    let state = Rc::new(AppState::ready(Lang::Zh, None, Dataset::default()));
    let key = |c: &expedite_guard::domain::case::Case| ("cases", c.meta().id);

    // Two edits: both unsaved, both in the data.
    let state = state.reduce(Action::Upsert(first.clone().wrap()));
    let state = state.reduce(Action::Upsert(second.clone().wrap()));
    assert_eq!(state.unsaved.len(), 2);
    assert!(state
        .data
        .get::<expedite_guard::domain::case::Case>(first.meta().id)
        .is_some());

    // The first is stored: the same state comes back (no re-render), one edit still unsaved.
    let before = state.clone();
    let state = state.reduce(Action::Saved("cases", first.meta().id));
    assert!(
        Rc::ptr_eq(&before, &state),
        "a quiet save is not a new state"
    );
    assert_eq!(state.unsaved.keys(), vec![key(&second)]);

    // The second fails: a new state with the error, the edit kept in memory.
    let state = state.reduce(Action::SaveFailed(
        "cases",
        second.meta().id,
        StorageError::QuotaExceeded,
    ));
    assert_eq!(state.save_error, Some(StorageError::QuotaExceeded));
    assert_eq!(state.unsaved.len(), 1);
    let kept = state
        .data
        .get::<expedite_guard::domain::case::Case>(second.meta().id)
        .expect("the failed edit is still in memory");
    assert_eq!(*kept, second);

    // Another edit while the banner shows, then it is stored: the banner's count changes, so
    // that is a new state, and the error stays while an edit is unsaved.
    let mut third = first.clone();
    third.notes = "补充说明".into();
    third.meta_mut().touch(at(9));
    let state = state.reduce(Action::Upsert(third.clone().wrap()));
    assert_eq!(state.unsaved.len(), 2);
    let before = state.clone();
    let state = state.reduce(Action::Saved("cases", third.meta().id));
    assert!(!Rc::ptr_eq(&before, &state), "the banner's count changed");
    assert_eq!(state.save_error, Some(StorageError::QuotaExceeded));
    assert_eq!(state.unsaved.len(), 1);

    // The retry succeeds: nothing unsaved, the error is gone.
    let state = state.reduce(Action::Saved("cases", second.meta().id));
    assert!(state.unsaved.is_empty());
    assert_eq!(state.save_error, None);
}
