//! Built-in content shipped as data files beside the app (issue #19), fetched the first time a
//! screen needs it and kept for the rest of the session. The service worker precaches every
//! file in `dist/`, so content opens offline after one visit like the rest of the app.
//!
//! Today this holds the drill simulator's built-in scenarios (`content/drill-scenarios.json`,
//! a scenario pack written from `domain::drill::builtin` and checked against it by a native
//! test). The service catalog, the warning library and the holiday calendar stay in the main
//! module: the case register renders service names, working-day deadlines and warning flags, so
//! a file for them would only add a request before the first screen.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

use crate::domain::drill::{read_builtin_pack, PackError, Scenario};
use crate::i18n::{t, Lang, K};

/// Where the built-in scenarios are, relative to the page.
pub const DRILL_SCENARIOS: &str = "content/drill-scenarios.json";

/// Why a content file could not be used.
#[derive(Clone, Debug, PartialEq)]
pub enum ContentError {
    /// No usable answer: offline before the service worker had the file, or an HTTP error
    /// (`status` 0 when there was no answer at all).
    Unreachable { status: u16 },
    /// The file arrived but is not what this version of the app reads.
    Corrupt(PackError),
}

impl crate::i18n::Localized for ContentError {
    /// The message, in the language of the moment.
    fn message(&self, lang: Lang) -> String {
        match self {
            ContentError::Unreachable { .. } => t(lang, K::ContentUnreachable).to_owned(),
            ContentError::Corrupt(e) => {
                format!("{} {}", t(lang, K::ContentCorrupt), e.message(lang))
            }
        }
    }
}

/// A content file on its way.
#[derive(Clone, Debug, PartialEq)]
pub enum Content<T> {
    Loading,
    Ready(T),
    Failed(ContentError),
}

/// The text of a file of this site.
async fn fetch_text(url: &str) -> Result<String, ContentError> {
    let unreachable = |status| ContentError::Unreachable { status };
    let window = web_sys::window().ok_or(unreachable(0))?;
    let response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|_| unreachable(0))?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| unreachable(0))?;
    if !response.ok() {
        return Err(unreachable(response.status()));
    }
    let text = response.text().map_err(|_| unreachable(0))?;
    let text = JsFuture::from(text).await.map_err(|_| unreachable(0))?;
    text.as_string().ok_or(unreachable(0))
}

thread_local! {
    static SCENARIOS: RefCell<Option<Rc<Vec<Scenario>>>> = const { RefCell::new(None) };
}

async fn load_scenarios() -> Result<Rc<Vec<Scenario>>, ContentError> {
    let text = fetch_text(DRILL_SCENARIOS).await?;
    let scenarios = Rc::new(read_builtin_pack(&text).map_err(ContentError::Corrupt)?);
    SCENARIOS.with(|s| *s.borrow_mut() = Some(scenarios.clone()));
    Ok(scenarios)
}

/// Fetches and reads the built-in scenarios ahead of need (the idle preload); a failure is
/// left for the drill area to report when it is opened.
pub async fn preload_builtin_scenarios() {
    if SCENARIOS.with(|s| s.borrow().is_none()) {
        let _ = load_scenarios().await;
    }
}

/// The built-in drill scenarios: fetched on the first call of the session, then at once. The
/// callback tries again after a failure.
#[hook]
pub fn use_builtin_scenarios() -> (Content<Rc<Vec<Scenario>>>, Callback<()>) {
    let state = use_state(|| match SCENARIOS.with(|s| s.borrow().clone()) {
        Some(scenarios) => Content::Ready(scenarios),
        None => Content::Loading,
    });
    let attempt = use_state(|| 0u32);
    {
        let state = state.clone();
        use_effect_with(*attempt, move |_| {
            if !matches!(*state, Content::Ready(_)) {
                state.set(Content::Loading);
                wasm_bindgen_futures::spawn_local(async move {
                    state.set(match load_scenarios().await {
                        Ok(scenarios) => Content::Ready(scenarios),
                        Err(e) => Content::Failed(e),
                    });
                });
            }
        });
    }
    let retry = Callback::from(move |()| attempt.set(*attempt + 1));
    ((*state).clone(), retry)
}
