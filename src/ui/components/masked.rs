//! A phone or ID number shown masked (lists, screens, printouts) until the user reveals it:
//! client personal information is protected by law and tablets get lost.

use yew::prelude::*;

use crate::domain::ids::{mask_id, mask_phone};
use crate::i18n::{t, K};
use crate::ui::store::use_lang;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MaskKind {
    Phone,
    IdNumber,
}

#[derive(Properties, PartialEq)]
pub struct MaskedProps {
    pub value: AttrValue,
    pub kind: MaskKind,
    #[prop_or_default]
    pub testid: Option<AttrValue>,
}

#[component]
pub fn Masked(props: &MaskedProps) -> Html {
    let lang = use_lang();
    let shown = use_state(|| false);
    if props.value.is_empty() {
        return html! { <span>{ "—" }</span> };
    }
    let text = if *shown {
        props.value.to_string()
    } else {
        match props.kind {
            MaskKind::Phone => mask_phone(&props.value),
            MaskKind::IdNumber => mask_id(&props.value),
        }
    };
    let toggle = {
        let shown = shown.clone();
        Callback::from(move |_: MouseEvent| shown.set(!*shown))
    };
    html! {
        <span class="masked">
            <span data-testid={props.testid.clone()}>{ text }</span>
            <button type="button" class="link-button no-print" aria-pressed={(*shown).to_string()}
                onclick={toggle} data-testid="reveal">
                { t(lang, if *shown { K::Hide } else { K::Reveal }) }
            </button>
        </span>
    }
}
