//! The app shell: state provider, header with the language toggle, navigation, the error
//! banner and the routed page.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::i18n::{t, Lang, K};
use crate::storage::DB_NAME;
use crate::ui::components::{ErrorBanner, LangToggle, NavBar};
use crate::ui::platform;
use crate::ui::route::{switch, Route};
use crate::ui::state::{Action, AppState, Load};
use crate::ui::store::{use_select, Store};

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The IndexedDB database to use; tests pass their own so they never touch real data.
    #[prop_or(AttrValue::Static(DB_NAME))]
    pub db_name: AttrValue,
}

impl Default for AppProps {
    fn default() -> Self {
        AppProps {
            db_name: AttrValue::Static(DB_NAME),
        }
    }
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let store = (*use_memo((), |_| Store::new(AppState::new(platform::stored_lang())))).clone();
    html! {
        <ContextProvider<Store> context={store}>
            <Shell db_name={props.db_name.clone()} />
        </ContextProvider<Store>>
    }
}

/// Everything inside the store's provider; re-rendered only when the language or whether
/// the data is read changes.
#[component]
fn Shell(props: &AppProps) -> Html {
    let store = crate::ui::store::use_store();
    {
        // Opens the database once and reads everything.
        let store = store.clone();
        use_effect_with(props.db_name.clone(), move |name| {
            let name = name.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match crate::ui::sync::open_and_load(&name).await {
                    Ok((repo, data, health)) => store.dispatch(Action::Loaded(repo, data, health)),
                    Err(e) => store.dispatch(Action::LoadFailed(e)),
                }
            });
        });
    }
    let repo = use_select(|v| v.repo.clone());
    {
        // Shows other tabs' saves in this one.
        let store = store.clone();
        use_effect_with(
            (props.db_name.clone(), repo.clone()),
            move |(name, repo)| crate::ui::sync::listen_to_other_tabs(name, repo.clone(), store),
        );
    }
    {
        // Team sync's loop, while the database is open (it idles while sync is off).
        let store = store.clone();
        use_effect_with(repo, move |repo| {
            let stop = repo.clone().map(|repo| crate::ui::team::start(store, repo));
            move || {
                if let Some(stop) = stop {
                    stop();
                }
            }
        });
    }
    let lang = use_select(|v| v.lang);
    use_effect_with(lang, |lang| platform::apply_lang(*lang));
    {
        // Closing the tab with an edit only in memory (a failed save) or typed text not saved
        // asks first: the question reads the state as it is at that moment.
        let store = store.clone();
        use_effect_with((), move |_| {
            platform::guard_unload(move || !store.state().unsaved.is_empty())
        });
    }
    let ready = use_select(|v| v.load != Load::Loading);
    use_effect_with(ready, |ready| {
        if *ready {
            platform::mark_ready();
            crate::ui::lazy::preload_areas();
        }
    });

    html! {
        <ContextProvider<Lang> context={lang}>
            <HashRouter>
                <a class="skip-link" href="#main">{ t(lang, K::SkipToContent) }</a>
                <header class="app-header" data-testid="app-header">
                    <a class="app-title" href="#/" data-testid="app-title">
                        <span class="app-mark" aria-hidden="true">{ "⚑" }</span>
                        { t(lang, K::AppName) }
                    </a>
                    <LangToggle />
                </header>
                <NavBar />
                <ScrollToTop />
                <ErrorBanner />
                <main id="main" class="app-main" tabindex="-1">
                    <Switch<Route> render={switch} />
                </main>
            </HashRouter>
        </ContextProvider<Lang>>
    }
}

/// Opens every new page at its top, not at the scroll position the previous page was left at.
#[component]
fn ScrollToTop() -> Html {
    let route = use_route::<Route>();
    use_effect_with(route, |_| {
        if let Some(w) = web_sys::window() {
            w.scroll_to_with_x_and_y(0.0, 0.0);
        }
    });
    Html::default()
}
