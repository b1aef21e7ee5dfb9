//! The first part of the service editor: key, names, typical duration, source and whether the
//! legal representative must attend.

use yew::prelude::*;

use super::fmt::parse_days;
use crate::domain::catalog::{ServiceType, Source};
use crate::i18n::{t, LibK};
use crate::ui::store::use_lang;

#[derive(Properties, PartialEq)]
pub struct ServiceBasicsProps {
    pub service: ServiceType,
    /// Editing a stored service: the key is fixed.
    pub editing: bool,
    pub on_change: Callback<ServiceType>,
}

#[component]
pub fn ServiceBasics(props: &ServiceBasicsProps) -> Html {
    let lang = use_lang();
    let s = &props.service;
    let change = |f: fn(&mut ServiceType, String)| {
        let (s, cb) = (props.service.clone(), props.on_change.clone());
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let mut next = s.clone();
            f(&mut next, input.value());
            cb.emit(next);
        })
    };
    let on_flag = {
        let (s, cb) = (props.service.clone(), props.on_change.clone());
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            cb.emit(ServiceType {
                legal_rep_in_person: input.checked(),
                ..s.clone()
            });
        })
    };
    let on_source = {
        let (s, cb) = (props.service.clone(), props.on_change.clone());
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlSelectElement = e.target_unchecked_into();
            let source = if input.value() == "article" {
                Source::Article
            } else {
                Source::Practice
            };
            cb.emit(ServiceType {
                source,
                ..s.clone()
            });
        })
    };
    let field = |id: &'static str,
                 label: LibK,
                 value: &str,
                 oninput: Callback<InputEvent>,
                 disabled: bool| {
        html! {
            <div class="field">
                <label for={id}>{ t(lang, label) }</label>
                <input {id} type="text" value={value.to_string()} {oninput} {disabled} data-testid={id} />
            </div>
        }
    };
    let days = match s.typical_working_days {
        0 => String::new(),
        n => n.to_string(),
    };
    html! {
        <fieldset>
            <legend>{ t(lang, LibK::ServiceBasics) }</legend>
            { field("svc-key", LibK::ServiceKey, &s.key, change(|s, v| s.key = v), props.editing) }
            { field("svc-name-zh", LibK::NameZh, &s.name.zh, change(|s, v| s.name.zh = v), false) }
            { field("svc-name-en", LibK::NameEn, &s.name.en, change(|s, v| s.name.en = v), false) }
            <div class="field">
                <label for="svc-days">{ t(lang, LibK::TypicalDays) }</label>
                <input id="svc-days" type="number" inputmode="numeric" min="1" value={days}
                    oninput={change(|s, v| s.typical_working_days = parse_days(&v))} data-testid="svc-days" />
            </div>
            <div class="field">
                <label for="svc-source">{ t(lang, LibK::FactSource) }</label>
                <select id="svc-source" onchange={on_source} data-testid="svc-source">
                    <option value="practice" selected={s.source == Source::Practice}>{ Source::Practice.label(lang) }</option>
                    <option value="article" selected={s.source == Source::Article}>{ Source::Article.label(lang) }</option>
                </select>
            </div>
            <label class="lib-check" for="svc-legal-rep">
                <input id="svc-legal-rep" type="checkbox" checked={s.legal_rep_in_person}
                    onchange={on_flag} data-testid="svc-legal-rep" />
                { t(lang, LibK::LegalRepInPerson) }
            </label>
            <p class="hint wide">{ t(lang, LibK::ServiceKeyHint) }</p>
        </fieldset>
    }
}
