//! Application state: one reducer behind a context. `reduce` only computes the next state;
//! loading, saving and listening to other tabs run in `use_app_state`'s effects and in the
//! handlers of `sync.rs`.

use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

use chrono::{DateTime, Utc};
use uuid::Uuid;
use yew::prelude::*;

use crate::domain::backup::Dataset;
use crate::domain::calendar::Calendar;
use crate::domain::case::Case;
use crate::i18n::Lang;
use crate::storage::{Repository, StorageError};
use crate::ui::platform;

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

#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub lang: Lang,
    pub load: Load,
    pub repo: Option<Repository>,
    /// The working-day calendar: built-in holiday years plus any the user imported.
    pub calendar: Rc<Calendar>,
    /// Every case by id, archived ones included.
    pub cases: Rc<BTreeMap<Uuid, Rc<Case>>>,
    /// Cases whose latest edit is only in memory because saving it failed.
    pub unsaved: BTreeSet<Uuid>,
    /// The last save error, shown in the banner until dismissed or resolved.
    pub save_error: Option<StorageError>,
    pub health: Health,
}

pub enum Action {
    SetLang(Lang),
    Loaded(Repository, Dataset, Health),
    LoadFailed(StorageError),
    /// A new or changed case from this tab; it counts as unsaved until `Saved` arrives.
    Upsert(Case),
    /// A case another tab saved: taken as stored, unless this tab holds an unsaved edit of it.
    External(Case),
    Saved(Uuid),
    SaveFailed(Uuid, StorageError),
    /// The user dropped their unsaved edit in favour of the stored version.
    Discard(Case),
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
            cases: Rc::default(),
            unsaved: BTreeSet::new(),
            save_error: None,
            health: Health::default(),
        }
    }

    /// A state that has already read its data (for tests and previews).
    pub fn ready(lang: Lang, repo: Option<Repository>, cases: Vec<Case>) -> Self {
        AppState {
            load: Load::Ready,
            repo,
            cases: Rc::new(cases.into_iter().map(|c| (c.meta.id, Rc::new(c))).collect()),
            ..AppState::new(lang)
        }
    }

    pub fn case(&self, id: &str) -> Option<Rc<Case>> {
        let id = Uuid::parse_str(id).ok()?;
        self.cases.get(&id).cloned()
    }

    /// The data as this tab holds it (for export and for counting changes).
    pub fn dataset(&self) -> Dataset {
        Dataset {
            cases: self.cases.values().map(|c| c.as_ref().clone()).collect(),
        }
    }

    fn put_case(&mut self, case: Case) {
        Rc::make_mut(&mut self.cases).insert(case.meta.id, Rc::new(case));
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
                    ..AppState::ready(self.lang, Some(repo), data.cases)
                };
            }
            Action::LoadFailed(err) => next.load = Load::Failed(err),
            Action::Upsert(case) => {
                if self.cases.get(&case.meta.id).map(|c| c.as_ref()) == Some(&case) {
                    return self;
                }
                next.unsaved.insert(case.meta.id);
                next.put_case(case);
            }
            Action::External(case) => {
                let same = self.cases.get(&case.meta.id).map(|c| c.as_ref()) == Some(&case);
                if same || self.unsaved.contains(&case.meta.id) {
                    return self;
                }
                next.put_case(case);
            }
            Action::Saved(id) => {
                next.unsaved.remove(&id);
                if next.unsaved.is_empty() {
                    next.save_error = None;
                }
            }
            Action::SaveFailed(id, err) => {
                next.unsaved.insert(id);
                next.save_error = Some(err);
            }
            Action::Discard(case) => {
                next.unsaved.remove(&case.meta.id);
                next.put_case(case);
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
