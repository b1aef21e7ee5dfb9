//! A button that copies a text to the clipboard and says plainly whether it worked.

use yew::prelude::*;

use super::shared::copy_text;
use crate::i18n::{t, PlanK};
use crate::ui::store::use_lang;

#[derive(Properties, PartialEq)]
pub struct CopyButtonProps {
    pub text: AttrValue,
    pub testid: AttrValue,
    #[prop_or_default]
    pub label: Option<AttrValue>,
}

#[derive(Clone, Copy, PartialEq)]
enum Outcome {
    Idle,
    Copied,
    Failed,
}

#[component]
pub fn CopyButton(props: &CopyButtonProps) -> Html {
    let lang = use_lang();
    let outcome = use_state(|| Outcome::Idle);
    let onclick = {
        let (text, outcome) = (props.text.to_string(), outcome.clone());
        Callback::from(move |_: MouseEvent| {
            let (text, outcome) = (text.clone(), outcome.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let ok = copy_text(text).await;
                outcome.set(if ok { Outcome::Copied } else { Outcome::Failed });
            });
        })
    };
    let label = props
        .label
        .clone()
        .unwrap_or_else(|| AttrValue::from(t(lang, PlanK::Copy)));
    html! {
        <span class="copy-button no-print">
            <button type="button" data-testid={props.testid.clone()} {onclick}>{ label }</button>
            <span class="copy-status" role="status" aria-live="polite"
                data-testid={format!("{}-status", props.testid)}>
                { match *outcome {
                    Outcome::Idle => "",
                    Outcome::Copied => t(lang, PlanK::Copied),
                    Outcome::Failed => t(lang, PlanK::CopyFailed),
                } }
            </span>
        </span>
    }
}
