//! The app's routes. Hash routing keeps `dist/` working from any static host and sub-path.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::i18n::K;

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
    #[at("/library")]
    Library,
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

/// Renders the page for a route.
pub fn switch(route: Route) -> Html {
    use crate::ui::pages::*;
    match route {
        Route::Home => html! { <HomePage /> },
        Route::Cases => html! { <CaseListPage /> },
        Route::NewCase => html! { <CaseFormPage id={None::<AttrValue>} /> },
        Route::EditCase { id } => html! { <CaseFormPage id={Some(AttrValue::from(id))} /> },
        Route::CaseDetail { id } => html! { <CaseDetailPage id={AttrValue::from(id)} /> },
        Route::Precheck => html! { <ComingSoon area={Area::Precheck} /> },
        Route::Plan => html! { <ComingSoon area={Area::Plan} /> },
        Route::Response => html! { <ComingSoon area={Area::Response} /> },
        Route::Retro => html! { <ComingSoon area={Area::Retro} /> },
        Route::Drill => html! { <ComingSoon area={Area::Drill} /> },
        Route::Library => html! { <ComingSoon area={Area::Library} /> },
        Route::Data => html! { <DataPage /> },
        Route::NotFound => html! { <NotFound /> },
    }
}
