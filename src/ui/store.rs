//! How screens read and edit the app's data.
//!
//! The [`Store`] holds the current [`AppState`] and is provided once, by `App`, as a context
//! that never changes, so reading it re-renders nothing by itself. A component reads the part
//! it shows through a typed hook ([`use_table`], [`use_record`], [`use_records_of_case`],
//! [`use_calendar`], …, or [`use_select`] for anything else) and is re-rendered only when that
//! part changes: tables and records are compared by the identity of their `Rc`, which the
//! state replaces on every change and keeps otherwise. Derived indexes ([`ByCase`],
//! [`OpenFailures`]) are built once per change of their table and shared by every reader.
//! A component edits a record through a [`RecordEditor`], which applies a domain step to the
//! latest stored version and saves it.

use std::any::{Any, TypeId};
use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};
use std::marker::PhantomData;
use std::ops::Deref;
use std::rc::{Rc, Weak};

use uuid::Uuid;
use yew::prelude::*;

use crate::domain::calendar::Calendar;
use crate::domain::case::Case;
use crate::domain::catalog::Catalog;
use crate::domain::kinds::Kind;
use crate::domain::response::Failure;
use crate::i18n::Lang;

use super::state::{reduce, Action, AppState, Load};

type Table<R> = Rc<BTreeMap<Uuid, Rc<R>>>;
type Listener = dyn Fn(&Rc<AppState>);
/// A derived index with the table it was built from, both type-erased.
type Derived = (Rc<dyn Any>, Rc<dyn Any>);

/// The app's state behind a handle that stays the same for the life of the app.
#[derive(Clone)]
pub struct Store(Rc<Inner>);

struct Inner {
    state: RefCell<Rc<AppState>>,
    listeners: RefCell<Vec<Weak<Listener>>>,
    /// Derived indexes by type, each with the table it was built from.
    derived: RefCell<HashMap<TypeId, Derived>>,
}

impl PartialEq for Store {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Store {
    pub fn new(state: AppState) -> Store {
        Store(Rc::new(Inner {
            state: RefCell::new(Rc::new(state)),
            listeners: RefCell::default(),
            derived: RefCell::default(),
        }))
    }

    /// The state as it is now.
    pub fn state(&self) -> Rc<AppState> {
        self.0.state.borrow().clone()
    }

    /// Computes the next state and tells the readers; an action that changes nothing
    /// re-renders nothing.
    pub fn dispatch(&self, action: Action) {
        let current = self.state();
        let next = reduce(&current, action);
        if Rc::ptr_eq(&current, &next) {
            return;
        }
        *self.0.state.borrow_mut() = next.clone();
        let live: Vec<Rc<Listener>> = {
            let mut listeners = self.0.listeners.borrow_mut();
            listeners.retain(|l| l.strong_count() > 0);
            listeners.iter().filter_map(Weak::upgrade).collect()
        };
        for listener in live {
            listener(&next);
        }
    }

    /// Calls `listener` after every change until the returned `Rc` is dropped.
    fn listen(&self, listener: Rc<Listener>) -> Rc<Listener> {
        self.0.listeners.borrow_mut().push(Rc::downgrade(&listener));
        listener
    }

    /// The derived index `I` of `state`'s table, built at most once per change of the table.
    pub fn index<I: Index>(&self, state: &AppState) -> Rc<I> {
        let table = I::Of::table(&state.data);
        let key = TypeId::of::<I>();
        if let Some((source, index)) = self.0.derived.borrow().get(&key) {
            let same = source
                .downcast_ref::<Table<I::Of>>()
                .is_some_and(|t| Rc::ptr_eq(t, table));
            if let (true, Ok(index)) = (same, index.clone().downcast::<I>()) {
                return index;
            }
        }
        let index = Rc::new(I::build(table));
        // The table is kept with its index, so its address cannot be reused by a newer one.
        self.0.derived.borrow_mut().insert(
            key,
            (
                Rc::new(table.clone()) as Rc<dyn Any>,
                index.clone() as Rc<dyn Any>,
            ),
        );
        index
    }
}

/// A view of the data built from one table, such as its records grouped by case.
pub trait Index: 'static {
    type Of: Kind;
    fn build(table: &BTreeMap<Uuid, Rc<Self::Of>>) -> Self;
}

/// Records of one kind grouped by their case, oldest first (ids are time-ordered).
pub struct ByCase<R>(pub BTreeMap<Uuid, Vec<Rc<R>>>);

impl<R: Kind> Index for ByCase<R> {
    type Of = R;
    fn build(table: &BTreeMap<Uuid, Rc<R>>) -> Self {
        let mut by_case: BTreeMap<Uuid, Vec<Rc<R>>> = BTreeMap::new();
        for record in table.values() {
            if let Some(case_id) = record.case_id() {
                by_case.entry(case_id).or_default().push(record.clone());
            }
        }
        ByCase(by_case)
    }
}

/// The open (live, not closed) failures of each case, for the flags on the case list.
pub struct OpenFailures(pub BTreeMap<Uuid, Vec<Rc<Failure>>>);

impl Index for OpenFailures {
    type Of = Failure;
    fn build(table: &BTreeMap<Uuid, Rc<Failure>>) -> Self {
        let mut open: BTreeMap<Uuid, Vec<Rc<Failure>>> = BTreeMap::new();
        for f in table.values().filter(|f| !f.meta.deleted && f.is_open()) {
            open.entry(f.case_id).or_default().push(f.clone());
        }
        OpenFailures(open)
    }
}

/// What a selector sees: the state, and the store's derived indexes of it.
pub struct View<'a> {
    state: &'a Rc<AppState>,
    store: &'a Store,
}

impl Deref for View<'_> {
    type Target = AppState;
    fn deref(&self) -> &AppState {
        self.state
    }
}

impl View<'_> {
    pub fn index<I: Index>(&self) -> Rc<I> {
        self.store.index::<I>(self.state)
    }
}

/// The name of the person the device profile names (empty when none): the default of every
/// "who" field (sign-offs, the precheck's audit, pre-mortem authors, drill trainees).
#[hook]
pub fn use_profile_name() -> String {
    let name = use_select_by(|v| Rc::new(v.health.profile.name.clone()), |a, b| a == b);
    (*name).clone()
}

/// The interface language, provided by `App` as a context of its own: a component that only
/// needs the language is re-rendered only when it changes.
#[hook]
pub fn use_lang() -> Lang {
    // Nearly every component reads the language once per render: the benchmark counts
    // renders here (a build with the `bench` feature only).
    #[cfg(feature = "bench")]
    crate::bench::count_render();
    use_context::<Lang>().expect("Lang is provided by App")
}

/// The store, to dispatch actions or save through; reading it re-renders nothing.
#[hook]
pub fn use_store() -> Store {
    use_context::<Store>().expect("Store is provided by App")
}

/// The value `select` picks from the state; the component re-renders when `same` says the
/// pick changed. The selector may capture props: the latest one is used.
#[hook]
pub fn use_select_by<T, F>(select: F, same: fn(&T, &T) -> bool) -> T
where
    T: Clone + 'static,
    F: Fn(&View) -> T + 'static,
{
    let store = use_store();
    let update = use_force_update();
    let selector = use_mut_ref(|| None::<Rc<dyn Fn(&View) -> T>>);
    *selector.borrow_mut() = Some(Rc::new(select));
    let pick = |state: &Rc<AppState>, store: &Store| {
        let select = selector.borrow().clone()?;
        Some(select(&View { state, store }))
    };
    let value = pick(&store.state(), &store).expect("the selector was just set");
    let last = use_mut_ref(|| value.clone());
    *last.borrow_mut() = value.clone();
    use_effect_with(store, move |store| {
        let reader = store.clone();
        let listener: Rc<Listener> = Rc::new(move |state: &Rc<AppState>| {
            let Some(select) = selector.borrow().clone() else {
                return;
            };
            let value = select(&View {
                state,
                store: &reader,
            });
            if !same(&last.borrow(), &value) {
                *last.borrow_mut() = value;
                update.force_update();
            }
        });
        // A change between this render and now is not missed.
        listener(&store.state());
        let listener = store.listen(listener);
        move || drop(listener)
    });
    value
}

/// [`use_select_by`] for values compared by `==` (small values: a flag, a count, the load).
#[hook]
pub fn use_select<T, F>(select: F) -> T
where
    T: Clone + PartialEq + 'static,
    F: Fn(&View) -> T + 'static,
{
    use_select_by(select, |a, b| a == b)
}

/// Same allocation (for `use_select_by`).
pub fn same_rc<T: ?Sized>(a: &Rc<T>, b: &Rc<T>) -> bool {
    Rc::ptr_eq(a, b)
}

/// Both none, or the same allocation.
pub fn same_opt<T: ?Sized>(a: &Option<Rc<T>>, b: &Option<Rc<T>>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => Rc::ptr_eq(a, b),
        (None, None) => true,
        _ => false,
    }
}

/// The same records in the same order, by allocation. Takes `&Vec` to fit
/// `use_select_by`'s `fn(&T, &T)` with `T = Vec<Rc<R>>`.
#[allow(clippy::ptr_arg)]
pub fn same_rows<T>(a: &Vec<Rc<T>>, b: &Vec<Rc<T>>) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(a, b)| Rc::ptr_eq(a, b))
}

/// Every record of kind `R` (archived ones included), by id.
#[hook]
pub fn use_table<R: Kind>() -> Table<R> {
    use_select_by(|v| R::table(&v.data).clone(), same_rc)
}

/// One record by id (`None` when it does not exist).
#[hook]
pub fn use_record<R: Kind>(id: Option<Uuid>) -> Option<Rc<R>> {
    use_select_by(move |v| id.and_then(|id| v.data.get::<R>(id)), same_opt)
}

/// A case by the id in a URL.
#[hook]
pub fn use_case(id: &str) -> Option<Rc<Case>> {
    use_record::<Case>(Uuid::parse_str(id).ok())
}

/// The records of kind `R` that belong to a case, oldest first.
#[hook]
pub fn use_records_of_case<R: Kind>(case_id: Option<Uuid>) -> Vec<Rc<R>> {
    use_select_by(
        move |v| match case_id {
            Some(id) => v
                .index::<ByCase<R>>()
                .0
                .get(&id)
                .cloned()
                .unwrap_or_default(),
            None => Vec::new(),
        },
        same_rows,
    )
}

/// A derived index of the state, rebuilt (once, for all readers) when its table changes.
#[hook]
pub fn use_index<I: Index>() -> Rc<I> {
    use_select_by(|v| v.index::<I>(), same_rc)
}

/// The working-day calendar (built-in years plus imported ones).
#[hook]
pub fn use_calendar() -> Rc<Calendar> {
    use_select_by(|v| v.calendar.clone(), same_rc)
}

/// The service catalog (built-in services plus custom ones).
#[hook]
pub fn use_catalog() -> Rc<Catalog> {
    use_select_by(|v| v.catalog.clone(), same_rc)
}

/// Whether the stored data has been read.
#[hook]
pub fn use_load() -> Load {
    use_select(|v| v.load.clone())
}

/// Applies domain steps to the latest stored version of one record and saves the result.
/// The handle is the same for the life of the component (for the same record), so rows
/// memoised on it are not re-rendered by edits elsewhere, and an edit never applies to a
/// version the row saw earlier.
pub struct RecordEditor<R> {
    store: Store,
    id: Option<Uuid>,
    kind: PhantomData<fn() -> R>,
}

impl<R> Clone for RecordEditor<R> {
    fn clone(&self) -> Self {
        RecordEditor {
            store: self.store.clone(),
            id: self.id,
            kind: PhantomData,
        }
    }
}

impl<R> PartialEq for RecordEditor<R> {
    fn eq(&self, other: &Self) -> bool {
        self.store == other.store && self.id == other.id
    }
}

impl<R: Kind> RecordEditor<R> {
    pub fn new(store: Store, id: Option<Uuid>) -> Self {
        RecordEditor {
            store,
            id,
            kind: PhantomData,
        }
    }

    /// The record as it is now.
    pub fn latest(&self) -> Option<Rc<R>> {
        self.store.state().data.get::<R>(self.id?)
    }

    /// Applies `step` to the latest version and saves the result when it differs. The step's
    /// error comes back for the screen to show; a record that no longer exists (erased in
    /// another tab) is left alone.
    pub fn apply<E>(&self, step: impl FnOnce(&R) -> Result<R, E>) -> Result<(), E> {
        let Some(latest) = self.latest() else {
            return Ok(());
        };
        let next = step(&latest)?;
        if next != *latest {
            super::sync::save(&self.store, next);
        }
        Ok(())
    }

    /// [`RecordEditor::apply`] for steps that cannot fail.
    pub fn update(&self, step: impl FnOnce(&R) -> R) {
        let _ = self.apply::<std::convert::Infallible>(|r| Ok(step(r)));
    }

    pub fn store(&self) -> &Store {
        &self.store
    }
}

/// An editor of the record `id` of kind `R`.
#[hook]
pub fn use_record_editor<R: Kind>(id: Option<Uuid>) -> RecordEditor<R> {
    let store = use_store();
    (*use_memo(id, move |id| RecordEditor::new(store, *id))).clone()
}
