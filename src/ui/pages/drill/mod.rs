//! 演练 The drill simulator area. (Filled by the drill feature; until then it says plainly that
//! the feature comes in a later version.)

use yew::prelude::*;

use crate::i18n::{t, K};
use crate::ui::state::use_app;

#[derive(Properties, PartialEq)]
pub struct DrillAreaProps {
    /// The rest of the address after `/drill/` (empty on the area's front page).
    #[prop_or_default]
    pub rest: AttrValue,
}

#[component]
pub fn DrillArea(props: &DrillAreaProps) -> Html {
    let _ = &props.rest;
    let lang = use_app().lang;
    html! {
        <section class="page" data-testid="page-drill">
            <div class="coming-soon" data-testid="coming-soon">
                <p><strong>{ t(lang, K::ComingSoon) }</strong></p>
                <p>{ t(lang, K::SoonDrill) }</p>
            </div>
        </section>
    }
}
