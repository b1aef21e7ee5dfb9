//! One compensation option in the form: offered or not, what it is worth, what exactly.

use yew::prelude::*;

use crate::domain::response::CompensationOption;
use crate::i18n::{t, RespK};
use crate::ui::store::use_lang;

/// The form's state for one option.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CompRowState {
    pub on: bool,
    /// Yuan as typed.
    pub amount: String,
    pub description: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RowEdit {
    On(bool),
    Amount(String),
    Description(String),
}

#[derive(Properties, PartialEq)]
pub struct CompRowProps {
    pub option: CompensationOption,
    pub state: CompRowState,
    /// The contract requires it for the chosen responsibility.
    pub required: bool,
    pub error: Option<AttrValue>,
    pub on_edit: Callback<(CompensationOption, RowEdit)>,
}

#[component]
pub fn CompRow(props: &CompRowProps) -> Html {
    let lang = use_lang();
    let (o, key) = (props.option, props.option.key());
    let on_check = props.on_edit.reform(move |e: Event| {
        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
        (o, RowEdit::On(input.checked()))
    });
    let on_amount = props.on_edit.reform(move |e: InputEvent| {
        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
        (o, RowEdit::Amount(input.value()))
    });
    let on_desc = props.on_edit.reform(move |e: InputEvent| {
        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
        (o, RowEdit::Description(input.value()))
    });
    let err_id = format!("comp-err-{key}");
    let described = props.error.is_some().then(|| err_id.clone());
    html! {
        <div class={classes!("comp-row", props.state.on.then_some("on"), props.error.is_some().then_some("invalid"))}
            data-testid={format!("comp-row-{key}")}>
            <label class="check">
                <input type="checkbox" checked={props.state.on} onchange={on_check}
                    aria-describedby={described.clone()} data-testid={format!("comp-opt-{key}")} />
                <span>{ o.label(lang) }</span>
                if props.required { <span class="tag">{ t(lang, RespK::CompRequired) }</span> }
            </label>
            if props.state.on {
                <div class="row-fields">
                    <div class="field">
                        <label for={format!("comp-amount-{key}")}>{ t(lang, RespK::CompAmount) }</label>
                        <input id={format!("comp-amount-{key}")} inputmode="decimal" value={props.state.amount.clone()}
                            oninput={on_amount} aria-describedby={described.clone()}
                            data-testid={format!("comp-amount-{key}")} />
                    </div>
                    <div class="field grow">
                        <label for={format!("comp-desc-{key}")}>{ t(lang, RespK::CompDescription) }</label>
                        <input id={format!("comp-desc-{key}")} value={props.state.description.clone()}
                            oninput={on_desc} aria-describedby={described}
                            placeholder={(o == CompensationOption::FreeFollowUp).then(|| t(lang, RespK::CompFollowUpExample))}
                            data-testid={format!("comp-desc-{key}")} />
                    </div>
                </div>
            }
            if let Some(msg) = &props.error {
                <p class="field-error" id={err_id} role="alert" data-testid={format!("comp-error-{key}")}>{ msg.clone() }</p>
            }
        </div>
    }
}
