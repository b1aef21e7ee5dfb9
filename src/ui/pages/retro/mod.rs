//! The retro area: the case tab and the area page. (Filled by the retro feature; until then
//! both say plainly that the feature comes in a later version.)

use yew::prelude::*;

use crate::i18n::{t, K};
use crate::ui::state::use_app;

#[derive(Properties, PartialEq)]
pub struct CaseRetroTabProps {
    pub case_id: AttrValue,
}

/// The case's retro tab.
#[component]
pub fn CaseRetroTab(props: &CaseRetroTabProps) -> Html {
    let _ = &props.case_id;
    let lang = use_app().lang;
    html! {
        <div class="coming-soon" data-testid="coming-soon">
            <p><strong>{ t(lang, K::ComingSoon) }</strong></p>
            <p>{ t(lang, K::SoonRetro) }</p>
        </div>
    }
}

/// The retro area page (across cases).
#[component]
pub fn RetroArea() -> Html {
    let lang = use_app().lang;
    html! {
        <section class="page" data-testid="page-retro">
            <div class="coming-soon" data-testid="coming-soon">
                <p><strong>{ t(lang, K::ComingSoon) }</strong></p>
                <p>{ t(lang, K::SoonRetro) }</p>
            </div>
        </section>
    }
}
