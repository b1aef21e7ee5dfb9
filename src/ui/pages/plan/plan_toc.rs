//! Jump links to the plan's sections (the tab is long on a tablet), in a bar that stays at the
//! top of the screen while the plan scrolls, with a way back up to the main navigation.
//! Buttons, not `#` anchors: the hash holds the route.

use yew::prelude::*;

use crate::i18n::{t, PlanK};
use crate::ui::store::use_lang;

/// Heading id and label of each section, in page order.
const SECTIONS: [(&str, PlanK); 10] = [
    ("cw-h", PlanK::CaseWarningsTitle),
    ("pm-h", PlanK::PremortemTitle),
    ("risk-h", PlanK::RiskRegisterTitle),
    ("heat-h", PlanK::HeatMapTitle),
    ("paths-h", PlanK::PathsTitle),
    ("tl-h", PlanK::TimelineTitle),
    ("team-h", PlanK::TeamTitle),
    ("contacts-h", PlanK::ContactsTitle),
    ("clauses-h", PlanK::ClausesTitle),
    ("comms-h", PlanK::CommsTitle),
];

#[component]
pub fn PlanToc() -> Html {
    let lang = use_lang();
    html! {
        <nav class="plan-toc no-print" aria-label={t(lang, PlanK::Sections)} data-testid="plan-toc">
            <button type="button" class="small" data-testid="toc-top" onclick={Callback::from(|_: MouseEvent| {
                if let Some(w) = web_sys::window() {
                    w.scroll_to_with_x_and_y(0.0, 0.0);
                }
            })}>{ t(lang, PlanK::BackToTop) }</button>
            { for SECTIONS.iter().map(|(id, label)| {
                let id = *id;
                let onclick = Callback::from(move |_: MouseEvent| {
                    let target = web_sys::window()
                        .and_then(|w| w.document())
                        .and_then(|d| d.get_element_by_id(id));
                    if let Some(el) = target {
                        el.scroll_into_view();
                    }
                });
                html! {
                    <button type="button" key={id} class="small" data-testid={format!("toc-{id}")} {onclick}>
                        { t(lang, *label) }</button>
                }
            }) }
        </nav>
    }
}
