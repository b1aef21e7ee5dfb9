//! The tabs of one case: 概况 overview, 预审 precheck, 预案 plan, 应对 failure desk, 复盘
//! retrospective. Each tab is its own route so a link or a reload lands on it.

use yew::prelude::*;

use crate::i18n::{t, K};
use crate::ui::components::StatusBadge;
use crate::ui::lazy::{Area, LazyArea};
use crate::ui::route::{href, Route};
use crate::ui::state::Load;
use crate::ui::store::{use_case, use_lang, use_load};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CaseTab {
    Overview,
    Precheck,
    Plan,
    Response,
    Retro,
}

impl CaseTab {
    const ALL: [CaseTab; 5] = [
        CaseTab::Overview,
        CaseTab::Precheck,
        CaseTab::Plan,
        CaseTab::Response,
        CaseTab::Retro,
    ];

    fn route(self, id: String) -> Route {
        match self {
            CaseTab::Overview => Route::CaseDetail { id },
            CaseTab::Precheck => Route::CasePrecheck { id },
            CaseTab::Plan => Route::CasePlan { id },
            CaseTab::Response => Route::CaseResponse { id },
            CaseTab::Retro => Route::CaseRetro { id },
        }
    }

    fn label(self) -> K {
        match self {
            CaseTab::Overview => K::TabOverview,
            CaseTab::Precheck => K::NavPrecheck,
            CaseTab::Plan => K::NavPlan,
            CaseTab::Response => K::NavResponse,
            CaseTab::Retro => K::NavRetro,
        }
    }

    fn key(self) -> &'static str {
        match self {
            CaseTab::Overview => "overview",
            CaseTab::Precheck => "precheck",
            CaseTab::Plan => "plan",
            CaseTab::Response => "response",
            CaseTab::Retro => "retro",
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct CaseTabsProps {
    pub id: AttrValue,
    pub current: CaseTab,
}

/// The tab bar under a case's title.
#[component]
pub fn CaseTabs(props: &CaseTabsProps) -> Html {
    let lang = use_lang();
    html! {
        <nav class="case-tabs" aria-label={t(lang, K::CaseTabsLabel)} data-testid="case-tabs">
            { for CaseTab::ALL.iter().map(|tab| {
                let here = *tab == props.current;
                html! {
                    <a key={tab.key()} href={href(&tab.route(props.id.to_string()))}
                        class={classes!(here.then_some("current"))}
                        aria-current={here.then_some("page")}
                        data-testid={format!("case-tab-{}", tab.key())}>{ t(lang, tab.label()) }</a>
                }
            }) }
        </nav>
    }
}

#[derive(Properties, PartialEq)]
pub struct CaseTabPageProps {
    pub id: AttrValue,
    pub tab: CaseTab,
}

/// A case's tab page: the case title, the tab bar and the tab's content.
#[component]
pub fn CaseTabPage(props: &CaseTabPageProps) -> Html {
    let lang = use_lang();
    let load = use_load();
    let case = use_case(&props.id);
    if load == Load::Loading {
        return html! { <p class="muted">{ t(lang, K::Loading) }</p> };
    }
    let Some(case) = case else {
        return html! { <p class="empty" data-testid="case-missing">{ t(lang, K::CaseNotFound) }</p> };
    };
    let route = props.tab.route(props.id.to_string());
    let body = match Area::of(&route) {
        Some(area) => html! { <LazyArea {area} {route} /> },
        None => Html::default(),
    };
    html! {
        <section class="page" data-testid={format!("page-case-{}", props.tab.key())}>
            <div class="page-head">
                <h1 data-testid="case-title">{ case.client.company_name.clone() }</h1>
                <StatusBadge status={case.status} />
            </div>
            <CaseTabs id={props.id.clone()} current={props.tab} />
            { body }
        </section>
    }
}
