//! Application state: one reducer behind a context. `reduce` only computes the next state;
//! loading, saving and listening to other tabs run in `use_app_state`'s effects and in the
//! handlers of `sync.rs`.

use std::cell::RefCell;
use std::collections::BTreeSet;
use std::rc::Rc;

use chrono::{DateTime, Utc};
use uuid::Uuid;
use yew::prelude::*;

use crate::domain::backup::Dataset;
use crate::domain::calendar::Calendar;
use crate::domain::case::Case;
use crate::domain::catalog::Catalog;
use crate::domain::kinds::{AnyRecord, Tables};
use crate::domain::library::{
    effective_calendar, effective_catalog, CustomService, StoredHolidayYear,
};
use crate::domain::record::Record;
use crate::i18n::Lang;
use crate::storage::{Repository, StorageError};
use crate::ui::platform;

/// Equal when it is the same allocation: a cheap dependency for memoised views of a table,
/// the calendar or the catalog (which the state replaces, never changes in place).
pub struct SameRc<T>(pub Rc<T>);

impl<T> PartialEq for SameRc<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// Whether the stored data has been read yet.
#[derive(Clone, Debug, PartialEq)]
pub enum Load {
    Loading,
    Ready,
    Failed(StorageError),
}

/// Facts about this device's data, shown on the data screen.
#[derive(Clone, Debug, PartialEq)]
pub struct Health {
    pub device_id: Option<Uuid>,
    pub last_export: Option<DateTime<Utc>>,
    /// Remind to export after this many days without one.
    pub reminder_days: u32,
}

impl Default for Health {
    fn default() -> Self {
        Health {
            device_id: None,
            last_export: None,
            reminder_days: 7,
        }
    }
}

/// Records (kind, id) whose latest edit is only in memory: saved on the next try, laid over
/// the stored data by an export. Shared by every state of one tab and changed in place, so a
/// save that succeeds (the usual case) is not a new state and re-renders nothing.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Unsaved(Rc<RefCell<BTreeSet<(&'static str, Uuid)>>>);

impl Unsaved {
    pub fn insert(&self, key: (&'static str, Uuid)) {
        self.0.borrow_mut().insert(key);
    }
    pub fn remove(&self, key: &(&'static str, Uuid)) {
        self.0.borrow_mut().remove(key);
    }
    pub fn contains(&self, key: &(&'static str, Uuid)) -> bool {
        self.0.borrow().contains(key)
    }
    pub fn len(&self) -> usize {
        self.0.borrow().len()
    }
    pub fn is_empty(&self) -> bool {
        self.0.borrow().is_empty()
    }
    /// A copy of the keys, so a caller may save (and so change the set) while going through them.
    pub fn keys(&self) -> Vec<(&'static str, Uuid)> {
        self.0.borrow().iter().copied().collect()
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub lang: Lang,
    pub load: Load,
    pub repo: Option<Repository>,
    /// The working-day calendar: built-in holiday years plus any the user imported.
    pub calendar: Rc<Calendar>,
    /// The service catalog: built-in service types plus the ones staff added.
    pub catalog: Rc<Catalog>,
    /// Every record of every kind, archived ones included.
    pub data: Tables,
    /// Records whose latest edit is not stored yet (being saved, or saving it failed).
    pub unsaved: Unsaved,
    /// The last save error, shown in the banner until dismissed or resolved.
    pub save_error: Option<StorageError>,
    pub health: Health,
}

pub enum Action {
    SetLang(Lang),
    Loaded(Repository, Dataset, Health),
    LoadFailed(StorageError),
    /// A new or changed record from this tab; it counts as unsaved until `Saved` arrives.
    Upsert(AnyRecord),
    /// A record another tab saved: taken as stored, unless this tab holds an unsaved edit of it.
    External(AnyRecord),
    Saved(&'static str, Uuid),
    SaveFailed(&'static str, Uuid, StorageError),
    /// The user dropped their unsaved edit in favour of the stored version.
    Discard(AnyRecord),
    DismissError,
    Health(Health),
}

impl AppState {
    pub fn new(lang: Lang) -> Self {
        AppState {
            lang,
            load: Load::Loading,
            repo: None,
            calendar: Rc::new(Calendar::builtin()),
            catalog: Rc::new(Catalog::builtin()),
            data: Tables::default(),
            unsaved: Unsaved::default(),
            save_error: None,
            health: Health::default(),
        }
    }

    /// A state that has already read its data (for tests and previews).
    pub fn ready(lang: Lang, repo: Option<Repository>, data: Dataset) -> Self {
        let mut state = AppState {
            load: Load::Ready,
            repo,
            data: Tables::from_dataset(data),
            ..AppState::new(lang)
        };
        state.refresh_derived(None);
        state
    }

    /// Rebuilds the calendar and the catalog when their records changed (`None`: always).
    fn refresh_derived(&mut self, kind: Option<&str>) {
        if kind.is_none_or(|k| k == StoredHolidayYear::KIND) {
            self.calendar = Rc::new(effective_calendar(
                self.data.all::<StoredHolidayYear>().map(|r| r.as_ref()),
            ));
        }
        if kind.is_none_or(|k| k == CustomService::KIND) {
            let custom = self.data.all::<CustomService>().map(|r| r.as_ref());
            self.catalog = Rc::new(effective_catalog(custom).0);
        }
    }

    /// A case by the id in a URL.
    pub fn case(&self, id: &str) -> Option<Rc<Case>> {
        let id = Uuid::parse_str(id).ok()?;
        self.data.get::<Case>(id)
    }

    /// The data as this tab holds it (for export and for counting changes).
    pub fn dataset(&self) -> Dataset {
        self.data.to_dataset()
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::SetLang(lang) if lang == self.lang => return self,
            Action::SetLang(lang) => next.lang = lang,
            Action::Loaded(repo, data, health) => {
                next = AppState {
                    unsaved: next.unsaved,
                    save_error: next.save_error,
                    health,
                    ..AppState::ready(self.lang, Some(repo), data)
                };
            }
            Action::LoadFailed(err) => next.load = Load::Failed(err),
            Action::Upsert(record) => {
                let key = (record.kind(), record.id());
                if !next.data.put(record) {
                    return self;
                }
                next.unsaved.insert(key);
                next.refresh_derived(Some(key.0));
            }
            Action::External(record) => {
                let kind = record.kind();
                if self.unsaved.contains(&(kind, record.id())) || !next.data.put(record) {
                    return self;
                }
                next.refresh_derived(Some(kind));
            }
            Action::Saved(kind, id) => {
                self.unsaved.remove(&(kind, id));
                // Only the error banner shows the unsaved records, and only with an error.
                if self.save_error.is_none() {
                    return self;
                }
                if next.unsaved.is_empty() {
                    next.save_error = None;
                }
            }
            Action::SaveFailed(kind, id, err) => {
                next.unsaved.insert((kind, id));
                next.save_error = Some(err);
            }
            Action::Discard(record) => {
                let kind = record.kind();
                next.unsaved.remove(&(kind, record.id()));
                next.data.put(record);
                next.refresh_derived(Some(kind));
                if next.unsaved.is_empty() {
                    next.save_error = None;
                }
            }
            Action::DismissError => next.save_error = None,
            Action::Health(health) => next.health = health,
        }
        Rc::new(next)
    }
}

pub type AppContext = UseReducerHandle<AppState>;

/// The interface language, provided by `App` as a context of its own: a component that only
/// needs the language is not re-rendered when records change, only when its props or the
/// language do.
#[hook]
pub fn use_lang() -> Lang {
    use_context::<Lang>().expect("Lang is provided by App")
}

/// The app state from context. Panics only if a page is rendered outside `App`, which is a
/// programming error caught by every test that renders a page.
#[hook]
pub fn use_app() -> AppContext {
    use_context::<AppContext>().expect("AppContext is provided by App")
}

/// Creates the state, opens the database once and listens to saves from other tabs.
#[hook]
pub fn use_app_state(db_name: AttrValue) -> AppContext {
    let state = use_reducer(|| AppState::new(platform::stored_lang()));
    {
        let dispatcher = state.dispatcher();
        use_effect_with(db_name.clone(), move |name| {
            let name = name.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match super::sync::open_and_load(&name).await {
                    Ok((repo, data, health)) => {
                        dispatcher.dispatch(Action::Loaded(repo, data, health))
                    }
                    Err(e) => dispatcher.dispatch(Action::LoadFailed(e)),
                }
            });
        });
    }
    {
        let dispatcher = state.dispatcher();
        let repo = state.repo.clone();
        use_effect_with((db_name, repo), move |(name, repo)| {
            super::sync::listen_to_other_tabs(name, repo.clone(), dispatcher)
        });
    }
    state
}
