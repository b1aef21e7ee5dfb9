//! Application state as a value, and the pure `reduce` that computes the next one. The
//! `Store` (`store.rs`) holds the current state and tells the components that read part of
//! it; loading, saving and listening to other tabs run in `sync.rs`.

use std::collections::BTreeSet;
use std::rc::Rc;

use chrono::{DateTime, Utc};
use uuid::Uuid;

use crate::domain::backup::Dataset;
use crate::domain::calendar::Calendar;
use crate::domain::catalog::Catalog;
use crate::domain::kinds::{AnyRecord, Tables};
use crate::domain::library::{
    effective_calendar, effective_catalog, CustomService, StoredHolidayYear,
};
use crate::domain::record::Record;
use crate::i18n::Lang;
use crate::storage::{Repository, StorageError};

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
    /// Who uses this device (fills the "who" of sign-offs and logs).
    pub profile: crate::domain::profile::Profile,
    pub device_id: Option<Uuid>,
    pub last_export: Option<DateTime<Utc>>,
    /// Remind to export after this many days without one.
    pub reminder_days: u32,
}

impl Default for Health {
    fn default() -> Self {
        Health {
            profile: Default::default(),
            device_id: None,
            last_export: None,
            reminder_days: 7,
        }
    }
}

/// Records (kind, id) whose latest edit is only in memory: saved on the next try, laid over
/// the stored data by an export. A value: adding or removing a key makes a new set, so a
/// state held by anyone never changes underneath them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Unsaved(Rc<BTreeSet<(&'static str, Uuid)>>);

impl Unsaved {
    /// The set with `key` added.
    pub fn with(&self, key: (&'static str, Uuid)) -> Unsaved {
        let mut next = self.clone();
        Rc::make_mut(&mut next.0).insert(key);
        next
    }
    /// The set without `key`.
    pub fn without(&self, key: &(&'static str, Uuid)) -> Unsaved {
        let mut next = self.clone();
        Rc::make_mut(&mut next.0).remove(key);
        next
    }
    pub fn contains(&self, key: &(&'static str, Uuid)) -> bool {
        self.0.contains(key)
    }
    pub fn len(&self) -> usize {
        self.0.len()
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    pub fn keys(&self) -> Vec<(&'static str, Uuid)> {
        self.0.iter().copied().collect()
    }
}

/// Which records an import wrote, so they no longer count as unsaved.
#[derive(Clone, Debug, PartialEq)]
pub enum Written {
    /// Everything was replaced.
    All,
    These(Vec<(&'static str, Uuid)>),
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
    /// Team sync's status, for the 数据 screen.
    pub sync: Rc<crate::ui::team::SyncStatus>,
    /// Cases that hold a record in a sync conflict (for the flags on the list and detail).
    pub conflicted: Rc<std::collections::BTreeSet<Uuid>>,
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
    /// An import wrote these records: they are stored now.
    Written(Written),
    DismissError,
    Health(Health),
    /// Records team sync stored: taken as stored, unless this tab holds an unsaved edit.
    Pulled(Vec<AnyRecord>),
    /// Team sync's status changed.
    Sync(crate::ui::team::SyncStatus),
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
            sync: Rc::default(),
            conflicted: Rc::default(),
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

    /// The data as this tab holds it (for export and for counting changes).
    pub fn dataset(&self) -> Dataset {
        self.data.to_dataset()
    }
}

/// The state after `action`: a pure function of its inputs. The state passed in is never
/// changed; when the action changes nothing, the same `Rc` comes back (nothing re-renders).
pub fn reduce(state: &Rc<AppState>, action: Action) -> Rc<AppState> {
    let mut next = (**state).clone();
    match action {
        Action::SetLang(lang) if lang == state.lang => return state.clone(),
        Action::SetLang(lang) => next.lang = lang,
        Action::Loaded(repo, data, health) => {
            next = AppState {
                unsaved: next.unsaved,
                save_error: next.save_error,
                health,
                ..AppState::ready(state.lang, Some(repo), data)
            };
        }
        Action::LoadFailed(err) => next.load = Load::Failed(err),
        Action::Upsert(record) => {
            let key = (record.kind(), record.id());
            if !next.data.put(record) {
                return state.clone();
            }
            next.unsaved = next.unsaved.with(key);
            next.refresh_derived(Some(key.0));
        }
        Action::External(record) => {
            let kind = record.kind();
            if state.unsaved.contains(&(kind, record.id())) || !next.data.put(record) {
                return state.clone();
            }
            next.refresh_derived(Some(kind));
        }
        Action::Saved(kind, id) => {
            if !state.unsaved.contains(&(kind, id)) {
                return state.clone();
            }
            next.unsaved = next.unsaved.without(&(kind, id));
            if next.unsaved.is_empty() {
                next.save_error = None;
            }
        }
        Action::SaveFailed(kind, id, err) => {
            next.unsaved = next.unsaved.with((kind, id));
            next.save_error = Some(err);
        }
        Action::Discard(record) => {
            let kind = record.kind();
            next.unsaved = next.unsaved.without(&(kind, record.id()));
            next.data.put(record);
            next.refresh_derived(Some(kind));
            if next.unsaved.is_empty() {
                next.save_error = None;
            }
        }
        Action::Written(written) => {
            next.unsaved = match written {
                Written::All => Unsaved::default(),
                Written::These(keys) => keys.iter().fold(next.unsaved, |set, key| set.without(key)),
            };
            if next.unsaved == state.unsaved {
                return state.clone();
            }
        }
        Action::DismissError if state.save_error.is_none() => return state.clone(),
        Action::DismissError => next.save_error = None,
        Action::Health(health) if health == state.health => return state.clone(),
        Action::Health(health) => next.health = health,
        Action::Pulled(records) => {
            let mut kinds = Vec::new();
            for record in records {
                let kind = record.kind();
                if !state.unsaved.contains(&(kind, record.id()))
                    && next.data.put(record)
                    && !kinds.contains(&kind)
                {
                    kinds.push(kind);
                }
            }
            if kinds.is_empty() {
                return state.clone();
            }
            for kind in kinds {
                next.refresh_derived(Some(kind));
            }
        }
        Action::Sync(status) if status == *state.sync => return state.clone(),
        Action::Sync(status) => next.sync = Rc::new(status),
    }
    if !next.data.same_as(&state.data) {
        let conflicted: std::collections::BTreeSet<Uuid> = next
            .data
            .with_conflicts()
            .into_iter()
            .filter_map(|(_, _, case)| case)
            .collect();
        if conflicted != *next.conflicted {
            next.conflicted = Rc::new(conflicted);
        }
    }
    Rc::new(next)
}
