//! The app shell: state provider, header with the language toggle, navigation, the error
//! banner and the routed page.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::i18n::{t, Lang, K};
use crate::storage::DB_NAME;
use crate::ui::components::{ErrorBanner, LangToggle, NavBar};
use crate::ui::platform;
use crate::ui::route::{switch, Route};
use crate::ui::state::{use_app_state, AppContext, Load};

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
    let state = use_app_state(props.db_name.clone());
    let lang = state.lang;
    use_effect_with(lang, |lang| platform::apply_lang(*lang));
    {
        // Closing the tab with an edit only in memory (a failed save) or typed text not saved
        // asks first. The set of unsaved records is shared by every state of this tab.
        let unsaved = state.unsaved.clone();
        use_effect_with((), move |_| {
            platform::guard_unload(move || !unsaved.is_empty())
        });
    }
    let ready = state.load != Load::Loading;
    use_effect_with(ready, |ready| {
        if *ready {
            platform::mark_ready();
            crate::ui::lazy::preload_areas();
        }
    });

    html! {
        <ContextProvider<AppContext> context={state.clone()}>
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
        </ContextProvider<AppContext>>
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
