//! Application state: one reducer behind a context. `reduce` only computes the next state;
//! loading and saving run in `use_app_state`'s effect and in [`save_case`].

use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

use uuid::Uuid;
use yew::prelude::*;

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
}

pub enum Action {
    SetLang(Lang),
    Loaded(Repository, Vec<Case>),
    LoadFailed(StorageError),
    /// A new or changed case; it counts as unsaved until `Saved` arrives.
    Upsert(Case),
    Saved(Uuid),
    SaveFailed(Uuid, StorageError),
    DismissError,
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
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::SetLang(lang) if lang == self.lang => return self,
            Action::SetLang(lang) => next.lang = lang,
            Action::Loaded(repo, cases) => {
                next.repo = Some(repo);
                next.load = Load::Ready;
                next.cases = Rc::new(cases.into_iter().map(|c| (c.meta.id, Rc::new(c))).collect());
            }
            Action::LoadFailed(err) => next.load = Load::Failed(err),
            Action::Upsert(case) => {
                if self.cases.get(&case.meta.id).map(|c| c.as_ref()) == Some(&case) {
                    return self;
                }
                next.unsaved.insert(case.meta.id);
                Rc::make_mut(&mut next.cases).insert(case.meta.id, Rc::new(case));
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
            Action::DismissError => next.save_error = None,
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

/// Creates the state and opens the database once.
#[hook]
pub fn use_app_state(db_name: AttrValue) -> AppContext {
    let state = use_reducer(|| AppState::new(platform::stored_lang()));
    {
        let dispatcher = state.dispatcher();
        use_effect_with(db_name, move |name| {
            let name = name.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match Repository::open(&name).await {
                    Ok(repo) => match repo.all_cases().await {
                        Ok(cases) => dispatcher.dispatch(Action::Loaded(repo, cases)),
                        Err(e) => dispatcher.dispatch(Action::LoadFailed(e)),
                    },
                    Err(e) => dispatcher.dispatch(Action::LoadFailed(e)),
                }
            });
        });
    }
    state
}

/// Puts the case in state at once, then saves it. A failed save keeps the edit in memory,
/// marks it unsaved and raises the banner; nothing is dropped silently.
pub fn save_case(ctx: &AppContext, case: Case) {
    let id = case.meta.id;
    let repo = ctx.repo.clone();
    let dispatcher = ctx.dispatcher();
    ctx.dispatch(Action::Upsert(case.clone()));
    let Some(repo) = repo else {
        dispatcher.dispatch(Action::SaveFailed(id, StorageError::Unavailable));
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        match repo.put_case(&case).await {
            Ok(()) => dispatcher.dispatch(Action::Saved(id)),
            Err(e) => dispatcher.dispatch(Action::SaveFailed(id, e)),
        }
    });
}

/// Tries again to save every case whose save failed.
pub fn retry_unsaved(ctx: &AppContext) {
    for id in ctx.unsaved.iter() {
        if let Some(case) = ctx.cases.get(id) {
            save_case(ctx, case.as_ref().clone());
        }
    }
}
