//! The plan area: the case tab and the area page. (Filled by the plan feature; until then
//! both say plainly that the feature comes in a later version.)

use yew::prelude::*;

use crate::i18n::{t, K};
use crate::ui::state::use_app;

#[derive(Properties, PartialEq)]
pub struct CasePlanTabProps {
    pub case_id: AttrValue,
}

/// The case's plan tab.
#[component]
pub fn CasePlanTab(props: &CasePlanTabProps) -> Html {
    let _ = &props.case_id;
    let lang = use_app().lang;
    html! {
        <div class="coming-soon" data-testid="coming-soon">
            <p><strong>{ t(lang, K::ComingSoon) }</strong></p>
            <p>{ t(lang, K::SoonPlan) }</p>
        </div>
    }
}

/// The plan area page (across cases).
#[component]
pub fn PlanArea() -> Html {
    let lang = use_app().lang;
    html! {
        <section class="page" data-testid="page-plan">
            <div class="coming-soon" data-testid="coming-soon">
                <p><strong>{ t(lang, K::ComingSoon) }</strong></p>
                <p>{ t(lang, K::SoonPlan) }</p>
            </div>
        </section>
    }
}
