//! Areas whose code is downloaded the first time they are opened (issue #19).
//!
//! Each area below is a `#[wasm_split]` split point: `scripts/build` (wasm-split-cli) moves the
//! code reachable only through it into its own content-hashed `.wasm` beside the main module,
//! and the main module fetches it on first use. The service worker precaches every such file,
//! so an area never opened before still opens offline. Outside the split build (native code,
//! browser tests, a plain `trunk build`) the split point is an ordinary call.
//!
//! To split another area: add a variant to [`Area`], a split function returning its view, and
//! route the area through [`LazyArea`].

use wasm_split_helpers::{wasm_split, SplitLoaderError};
use yew::prelude::*;
use yew::suspense::use_future_with;

use crate::i18n::{t, K};
use crate::ui::state::use_lang;

/// Renders an area's page; `rest` is the sub-route, if the area has sub-pages.
pub type AreaView = fn(Option<AttrValue>) -> Html;

/// The areas loaded on first use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Area {
    /// 演练 drill simulator: its library, player, debrief, progress and editor.
    Drill,
}

#[wasm_split(drill, fallible)]
fn drill_view() -> Result<AreaView, SplitLoaderError> {
    fn view(rest: Option<AttrValue>) -> Html {
        use crate::ui::pages::drill::DrillArea;
        match rest {
            Some(rest) => html! { <DrillArea {rest} /> },
            None => html! { <DrillArea /> },
        }
    }
    Ok(view)
}

async fn load(area: Area) -> Result<AreaView, SplitLoaderError> {
    match area {
        Area::Drill => drill_view().await,
    }
}

#[derive(Properties, PartialEq)]
pub struct LazyAreaProps {
    pub area: Area,
    #[prop_or_default]
    pub rest: Option<AttrValue>,
}

/// An area's page once its code is here: "opening…" meanwhile, and a message with "try again"
/// if the download fails (offline before the service worker had the file, a server error).
#[component]
pub fn LazyArea(props: &LazyAreaProps) -> Html {
    let lang = use_lang();
    let fallback =
        html! { <p class="muted" data-testid="area-loading">{ t(lang, K::AreaLoading) }</p> };
    html! {
        <Suspense {fallback}>
            <Loaded area={props.area} rest={props.rest.clone()} />
        </Suspense>
    }
}

#[component]
fn Loaded(props: &LazyAreaProps) -> HtmlResult {
    let lang = use_lang();
    let attempt = use_state(|| 0u32);
    let area = props.area;
    let view = use_future_with(*attempt, move |_| load(area))?;
    Ok(match &*view {
        Ok(view) => view(props.rest.clone()),
        Err(_) => {
            let retry = {
                let attempt = attempt.clone();
                Callback::from(move |_: MouseEvent| attempt.set(*attempt + 1))
            };
            html! {
                <section class="page">
                    <p class="banner error" role="alert" data-testid="area-load-failed">{ t(lang, K::AreaLoadFailed) }</p>
                    <button type="button" data-testid="area-retry" onclick={retry}>{ t(lang, K::AreaRetry) }</button>
                </section>
            }
        }
    })
}
