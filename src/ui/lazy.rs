//! Areas whose code is downloaded the first time they are opened (issue #19).
//!
//! Each area below is a `#[wasm_split]` split point: `scripts/build` (wasm-split-cli) moves the
//! code reachable only through it into its own content-hashed `.wasm` beside the main module,
//! and the main module fetches it on first use. The service worker precaches every such file,
//! so an area never opened before still opens offline. Outside the split build (native code,
//! browser tests, a plain `trunk build`) the split point is an ordinary call.
//!
//! To split another area: add a variant to [`Area`] and its routes to [`Area::of`], and a split
//! function returning its view. `route::switch` sends every such route through [`LazyArea`].

use wasm_split_helpers::{wasm_split, SplitLoaderError};
use yew::prelude::*;
use yew::suspense::use_future_with;

use crate::domain::kinds::AnyRecord;
use crate::i18n::{t, K};
use crate::ui::route::Route;
use crate::ui::store::use_lang;

/// Renders one of an area's routes.
pub type AreaView = fn(&Route) -> Html;

/// The areas loaded on first use. Only the shell, the case register, a case's overview and
/// the home page live in the main module.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Area {
    /// 材料预审: the precheck area and a case's precheck tab.
    Precheck,
    /// 预案工坊: the plan area, a case's plan tab and the warning library.
    Plan,
    /// 失败应对: the failure desk and a case's failure tab.
    Response,
    /// 复盘: the retrospective area and a case's retrospective tab.
    Retro,
    /// 演练 drill simulator: its library, player, debrief, progress and editor.
    Drill,
    /// 资料库: working days, ID checks, the catalog and its editor, holidays, rules.
    Library,
    /// 数据: export, import and merge, encryption, erase.
    Data,
}

impl Area {
    /// The area a route belongs to, if it is loaded on first use.
    pub fn of(route: &Route) -> Option<Area> {
        Some(match route {
            Route::Precheck | Route::CasePrecheck { .. } => Area::Precheck,
            Route::Plan | Route::CasePlan { .. } | Route::WarningLibrary => Area::Plan,
            Route::Response | Route::CaseResponse { .. } => Area::Response,
            Route::Retro | Route::CaseRetro { .. } => Area::Retro,
            Route::Drill | Route::DrillSub { .. } => Area::Drill,
            Route::Library
            | Route::LibWorkdays
            | Route::LibIds
            | Route::LibCatalog
            | Route::LibServiceNew
            | Route::LibService { .. }
            | Route::LibServiceEdit { .. }
            | Route::LibServiceCopy { .. }
            | Route::LibHolidays
            | Route::LibRules => Area::Library,
            Route::Data => Area::Data,
            _ => return None,
        })
    }
}

fn case_id(id: &str) -> AttrValue {
    AttrValue::from(id.to_string())
}

#[wasm_split(precheck, fallible)]
fn precheck_view() -> Result<AreaView, SplitLoaderError> {
    fn view(route: &Route) -> Html {
        use crate::ui::pages::precheck::{CasePrecheckTab, PrecheckArea};
        match route {
            Route::CasePrecheck { id } => html! { <CasePrecheckTab case_id={case_id(id)} /> },
            _ => html! { <PrecheckArea /> },
        }
    }
    Ok(view)
}

#[wasm_split(plan, fallible)]
fn plan_view() -> Result<AreaView, SplitLoaderError> {
    fn view(route: &Route) -> Html {
        use crate::ui::pages::plan::{CasePlanTab, PlanArea, WarningLibraryPage};
        match route {
            Route::CasePlan { id } => html! { <CasePlanTab case_id={case_id(id)} /> },
            Route::WarningLibrary => html! { <WarningLibraryPage /> },
            _ => html! { <PlanArea /> },
        }
    }
    Ok(view)
}

#[wasm_split(response, fallible)]
fn response_view() -> Result<AreaView, SplitLoaderError> {
    fn view(route: &Route) -> Html {
        use crate::ui::pages::response::{CaseResponseTab, ResponseArea};
        match route {
            Route::CaseResponse { id } => html! { <CaseResponseTab case_id={case_id(id)} /> },
            _ => html! { <ResponseArea /> },
        }
    }
    Ok(view)
}

#[wasm_split(retro, fallible)]
fn retro_view() -> Result<AreaView, SplitLoaderError> {
    fn view(route: &Route) -> Html {
        use crate::ui::pages::retro::{CaseRetroTab, RetroArea};
        match route {
            Route::CaseRetro { id } => html! { <CaseRetroTab case_id={case_id(id)} /> },
            _ => html! { <RetroArea /> },
        }
    }
    Ok(view)
}

#[wasm_split(drill, fallible)]
fn drill_view() -> Result<AreaView, SplitLoaderError> {
    fn view(route: &Route) -> Html {
        use crate::ui::pages::drill::DrillArea;
        match route {
            Route::DrillSub { rest } => {
                html! { <DrillArea rest={AttrValue::from(rest.clone())} /> }
            }
            _ => html! { <DrillArea /> },
        }
    }
    Ok(view)
}

#[wasm_split(library, fallible)]
fn library_view() -> Result<AreaView, SplitLoaderError> {
    fn view(route: &Route) -> Html {
        use crate::ui::pages::library::*;
        let form = |mode: FormMode| html! { <ServiceFormPage {mode} /> };
        match route {
            Route::LibWorkdays => html! { <WorkdaysPage /> },
            Route::LibIds => html! { <IdChecksPage /> },
            Route::LibCatalog => html! { <CatalogPage /> },
            Route::LibServiceNew => form(FormMode::New),
            Route::LibService { key } => {
                html! { <ServiceDetailPage service_key={AttrValue::from(key.clone())} /> }
            }
            Route::LibServiceEdit { key } => form(FormMode::Edit(key.clone())),
            Route::LibServiceCopy { key } => form(FormMode::Copy(key.clone())),
            Route::LibHolidays => html! { <HolidaysPage /> },
            Route::LibRules => html! { <RulesPage /> },
            _ => html! { <LibraryPage /> },
        }
    }
    Ok(view)
}

#[wasm_split(data, fallible)]
fn data_view() -> Result<AreaView, SplitLoaderError> {
    fn view(_: &Route) -> Html {
        html! { <crate::ui::pages::DataPage /> }
    }
    Ok(view)
}

/// Merges this tab's edit onto a newer stored version, field by field (`AnyRecord::merged_onto`).
pub type MergeOnto = fn(&AnyRecord, &AnyRecord) -> Option<AnyRecord>;

/// The field-by-field merge, for "keep mine" in a conflict between tabs. Its code (one merge
/// per record kind, about a sixth of the main module) is needed only then, or by the data
/// area's import, so it is loaded on first use too.
#[wasm_split(field_merge, fallible)]
pub fn field_merge() -> Result<MergeOnto, SplitLoaderError> {
    fn merge(mine: &AnyRecord, stored: &AnyRecord) -> Option<AnyRecord> {
        mine.merged_onto(stored)
    }
    Ok(merge)
}

impl Area {
    /// Every area, in the order they are preloaded (the most used first).
    pub const ALL: [Area; 7] = [
        Area::Precheck,
        Area::Plan,
        Area::Response,
        Area::Retro,
        Area::Library,
        Area::Data,
        Area::Drill,
    ];
}

/// How long after the first screen the preload waits before it starts.
const PRELOAD_AFTER_MS: i32 = 1500;

/// After the first screen: fetches and instantiates every area's module in idle time, one at a
/// time, then reads the drill scenarios file, so that opening an area later does not wait for
/// its download and compilation. The service worker downloads the same files anyway; this adds
/// only the instantiation, done when the tablet has nothing else to do. A failure is left for
/// the area's own "try again". Marks `<html data-areas-loaded>` when done (for the benchmark).
pub fn preload_areas() {
    wasm_bindgen_futures::spawn_local(async {
        wait(false, PRELOAD_AFTER_MS).await;
        for area in Area::ALL {
            wait(true, 1000).await;
            let _ = load(area).await;
        }
        // The drill area's built-in scenarios: fetched and read now rather than on its first open.
        wait(true, 1000).await;
        crate::ui::content::preload_builtin_scenarios().await;
        crate::ui::platform::mark_root("data-areas-loaded");
    });
}

/// `ms` milliseconds, or (`idle`) the browser's next idle period, at most `ms` away.
async fn wait(idle: bool, ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let Some(window) = web_sys::window() else {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
            return;
        };
        let started = if idle {
            let options = web_sys::IdleRequestOptions::new();
            options.set_timeout(ms as u32);
            window
                .request_idle_callback_with_options(&resolve, &options)
                .is_ok()
        } else {
            window
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
                .is_ok()
        };
        if !started {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

async fn load(area: Area) -> Result<AreaView, SplitLoaderError> {
    match area {
        Area::Precheck => precheck_view().await,
        Area::Plan => plan_view().await,
        Area::Response => response_view().await,
        Area::Retro => retro_view().await,
        Area::Drill => drill_view().await,
        Area::Library => library_view().await,
        Area::Data => data_view().await,
    }
}

#[derive(Properties, PartialEq)]
pub struct LazyAreaProps {
    pub area: Area,
    /// The route to render once the area's code is here.
    pub route: Route,
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
            <Loaded area={props.area} route={props.route.clone()} />
        </Suspense>
    }
}

#[component]
fn Loaded(props: &LazyAreaProps) -> HtmlResult {
    let lang = use_lang();
    let attempt = use_state(|| 0u32);
    let area = props.area;
    // Keyed on the area too: going from one split area straight to another reuses this
    // component, and must load the other area's code.
    let view = use_future_with((area, *attempt), move |_| load(area))?;
    Ok(match &*view {
        Ok(view) => view(&props.route),
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
