//! The app's routes. Hash routing keeps `dist/` working from any static host and sub-path.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::i18n::K;
use crate::ui::lazy::{self, LazyArea};

#[derive(Clone, Debug, PartialEq, Eq, Routable)]
pub enum Route {
    #[at("/")]
    Home,
    #[at("/cases")]
    Cases,
    #[at("/cases/new")]
    NewCase,
    #[at("/cases/:id")]
    CaseDetail { id: String },
    #[at("/cases/:id/edit")]
    EditCase { id: String },
    #[at("/cases/:id/precheck")]
    CasePrecheck { id: String },
    #[at("/cases/:id/plan")]
    CasePlan { id: String },
    #[at("/cases/:id/response")]
    CaseResponse { id: String },
    #[at("/cases/:id/retro")]
    CaseRetro { id: String },
    #[at("/precheck")]
    Precheck,
    #[at("/plan")]
    Plan,
    #[at("/response")]
    Response,
    #[at("/retro")]
    Retro,
    #[at("/drill")]
    Drill,
    #[at("/drill/*rest")]
    DrillSub { rest: String },
    #[at("/library")]
    Library,
    #[at("/library/workdays")]
    LibWorkdays,
    #[at("/library/ids")]
    LibIds,
    #[at("/library/catalog")]
    LibCatalog,
    #[at("/library/new-service")]
    LibServiceNew,
    #[at("/library/catalog/:key")]
    LibService { key: String },
    #[at("/library/catalog/:key/edit")]
    LibServiceEdit { key: String },
    #[at("/library/catalog/:key/copy")]
    LibServiceCopy { key: String },
    #[at("/library/holidays")]
    LibHolidays,
    #[at("/library/rules")]
    LibRules,
    #[at("/library/warnings")]
    WarningLibrary,
    #[at("/data")]
    Data,
    #[not_found]
    #[at("/404")]
    NotFound,
}

/// The areas in the navigation bar, in order, with their label and test id.
pub const AREAS: [(Route, K, &str); 9] = [
    (Route::Home, K::NavHome, "nav-home"),
    (Route::Cases, K::NavCases, "nav-cases"),
    (Route::Precheck, K::NavPrecheck, "nav-precheck"),
    (Route::Plan, K::NavPlan, "nav-plan"),
    (Route::Response, K::NavResponse, "nav-response"),
    (Route::Retro, K::NavRetro, "nav-retro"),
    (Route::Drill, K::NavDrill, "nav-drill"),
    (Route::Library, K::NavLibrary, "nav-library"),
    (Route::Data, K::NavData, "nav-data"),
];

/// The `href` of a route under hash routing.
pub fn href(route: &Route) -> String {
    format!("#{}", route.to_path())
}

/// Renders the page for a route. The areas split into their own modules (`lazy::Area`) go
/// through [`LazyArea`], which fetches their code the first time; a case's tabs keep the case
/// title and tab bar in the main module and load only the tab's content.
pub fn switch(route: Route) -> Html {
    use crate::ui::pages::CaseTab;
    use crate::ui::pages::*;
    match route {
        Route::Home => html! { <HomePage /> },
        Route::Cases => html! { <CaseListPage /> },
        Route::NewCase => html! { <CaseFormPage id={None::<AttrValue>} /> },
        Route::EditCase { id } => html! { <CaseFormPage id={Some(AttrValue::from(id))} /> },
        Route::CaseDetail { id } => html! { <CaseDetailPage id={AttrValue::from(id)} /> },
        Route::CasePrecheck { id } => case_tab(id, CaseTab::Precheck),
        Route::CasePlan { id } => case_tab(id, CaseTab::Plan),
        Route::CaseResponse { id } => case_tab(id, CaseTab::Response),
        Route::CaseRetro { id } => case_tab(id, CaseTab::Retro),
        Route::NotFound => html! { <NotFound /> },
        route => match lazy::Area::of(&route) {
            Some(area) => html! { <LazyArea {area} {route} /> },
            None => html! { <NotFound /> },
        },
    }
}

fn case_tab(id: String, tab: crate::ui::pages::CaseTab) -> Html {
    html! { <crate::ui::pages::CaseTabPage id={AttrValue::from(id)} {tab} /> }
}
