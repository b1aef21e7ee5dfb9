//! The response area: the case tab and the area page. (Filled by the response feature; until then
//! both say plainly that the feature comes in a later version.)

use yew::prelude::*;

use crate::i18n::{t, K};
use crate::ui::state::use_app;

#[derive(Properties, PartialEq)]
pub struct CaseResponseTabProps {
    pub case_id: AttrValue,
}

/// The case's response tab.
#[component]
pub fn CaseResponseTab(props: &CaseResponseTabProps) -> Html {
    let _ = &props.case_id;
    let lang = use_app().lang;
    html! {
        <div class="coming-soon" data-testid="coming-soon">
            <p><strong>{ t(lang, K::ComingSoon) }</strong></p>
            <p>{ t(lang, K::SoonResponse) }</p>
        </div>
    }
}

/// The response area page (across cases).
#[component]
pub fn ResponseArea() -> Html {
    let lang = use_app().lang;
    html! {
        <section class="page" data-testid="page-response">
            <div class="coming-soon" data-testid="coming-soon">
                <p><strong>{ t(lang, K::ComingSoon) }</strong></p>
                <p>{ t(lang, K::SoonResponse) }</p>
            </div>
        </section>
    }
}
