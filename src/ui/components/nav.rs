//! The navigation bar: one link per area, the current one marked for eyes and screen readers.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::i18n::t;
use crate::ui::route::{href, Route, AREAS};
use crate::ui::store::use_lang;

/// Which area a route belongs to, so case sub-pages light up "案件".
fn area_of(route: &Route) -> Route {
    match route {
        Route::NewCase
        | Route::CaseDetail { .. }
        | Route::EditCase { .. }
        | Route::CasePrecheck { .. }
        | Route::CasePlan { .. }
        | Route::CaseResponse { .. }
        | Route::CaseRetro { .. } => Route::Cases,
        Route::DrillSub { .. } => Route::Drill,
        Route::LibWorkdays
        | Route::LibIds
        | Route::LibCatalog
        | Route::LibServiceNew
        | Route::LibService { .. }
        | Route::LibServiceEdit { .. }
        | Route::LibServiceCopy { .. }
        | Route::LibHolidays
        | Route::LibRules
        | Route::WarningLibrary => Route::Library,
        other => other.clone(),
    }
}

#[component]
pub fn NavBar() -> Html {
    let lang = use_lang();
    let current = use_route::<Route>().map(|r| area_of(&r));
    html! {
        <nav class="app-nav" aria-label="main" data-testid="app-nav">
            <ul>
            { for AREAS.iter().map(|(route, label, testid)| {
                let here = current.as_ref() == Some(route);
                html! {
                    <li key={*testid}>
                        <a href={href(route)} data-testid={*testid}
                            class={classes!(here.then_some("current"))}
                            aria-current={here.then_some("page")}>
                            { t(lang, *label) }
                        </a>
                    </li>
                }
            }) }
            </ul>
        </nav>
    }
}
