//! The service's pitfalls that the fields cannot show (premises, articles under current rules,
//! tax owed, system outages): one question each, answered 未核实 / fine / applies.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::precheck::{confirmable_pitfalls, CheckAnswer, Edit, Precheck};
use crate::i18n::{t, PreK};
use crate::ui::store::{use_catalog, use_lang};

#[derive(Properties, PartialEq)]
pub struct ChecksViewProps {
    pub precheck: Rc<Precheck>,
    pub on_edit: Callback<Edit>,
}

fn answer_key(a: Option<CheckAnswer>) -> &'static str {
    match a {
        None => "",
        Some(CheckAnswer::Fine) => "fine",
        Some(CheckAnswer::Problem) => "problem",
    }
}

fn answer_of(key: &str) -> Option<CheckAnswer> {
    match key {
        "fine" => Some(CheckAnswer::Fine),
        "problem" => Some(CheckAnswer::Problem),
        _ => None,
    }
}

#[component]
pub fn ChecksView(props: &ChecksViewProps) -> Html {
    let lang = use_lang();
    let catalog = use_catalog();
    let p = &props.precheck;
    let Some(service) = p.service_key.as_deref().and_then(|k| catalog.get(k)) else {
        return Html::default();
    };
    let pitfalls: Vec<_> = confirmable_pitfalls(service).collect();
    if pitfalls.is_empty() {
        return Html::default();
    }
    html! {
        <fieldset class="precheck-checks" data-testid="precheck-checks">
            <legend>{ t(lang, PreK::Checks) }</legend>
            <p class="hint">{ t(lang, PreK::CheckHint) }</p>
            { for pitfalls.iter().map(|pit| {
                let key = pit.key.clone();
                let id = format!("check-{key}");
                let current = p.checks.get(&key).copied();
                let on_change = {
                    let (cb, key) = (props.on_edit.clone(), key.clone());
                    Callback::from(move |e: Event| {
                        let sel: web_sys::HtmlSelectElement = e.target_unchecked_into();
                        cb.emit(Edit::AnswerCheck { pitfall: key.clone(), answer: answer_of(&sel.value()) });
                    })
                };
                let options = [None, Some(CheckAnswer::Fine), Some(CheckAnswer::Problem)];
                html! {
                    <label class="field" for={id.clone()} key={key.clone()}>
                        <span>{ pit.text.get(lang) }</span>
                        <select id={id.clone()} data-testid={id} onchange={on_change}>
                            { for options.iter().map(|a| html! {
                                <option value={answer_key(*a)} selected={*a == current}>
                                    { a.map_or_else(|| t(lang, PreK::Unset), |a| a.label(lang)) }</option>
                            }) }
                        </select>
                    </label>
                }
            }) }
        </fieldset>
    }
}
