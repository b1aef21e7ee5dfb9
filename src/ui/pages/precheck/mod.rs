//! The precheck area: the case tab and the area page. (Filled by the precheck feature; until then
//! both say plainly that the feature comes in a later version.)

use yew::prelude::*;

use crate::i18n::{t, K};
use crate::ui::state::use_app;

#[derive(Properties, PartialEq)]
pub struct CasePrecheckTabProps {
    pub case_id: AttrValue,
}

/// The case's precheck tab.
#[component]
pub fn CasePrecheckTab(props: &CasePrecheckTabProps) -> Html {
    let _ = &props.case_id;
    let lang = use_app().lang;
    html! {
        <div class="coming-soon" data-testid="coming-soon">
            <p><strong>{ t(lang, K::ComingSoon) }</strong></p>
            <p>{ t(lang, K::SoonPrecheck) }</p>
        </div>
    }
}

/// The precheck area page (across cases).
#[component]
pub fn PrecheckArea() -> Html {
    let lang = use_app().lang;
    html! {
        <section class="page" data-testid="page-precheck">
            <div class="coming-soon" data-testid="coming-soon">
                <p><strong>{ t(lang, K::ComingSoon) }</strong></p>
                <p>{ t(lang, K::SoonPrecheck) }</p>
            </div>
        </section>
    }
}
