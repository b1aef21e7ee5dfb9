//! The departments of a custom service: one row each (Chinese name required, English
//! optional), added and removed with buttons.

use yew::prelude::*;

use crate::domain::catalog::L10n;
use crate::i18n::{t, LibK};
use crate::ui::store::use_lang;

#[derive(Properties, PartialEq)]
pub struct DepartmentRowsProps {
    pub departments: Vec<L10n>,
    pub on_change: Callback<Vec<L10n>>,
}

#[component]
pub fn DepartmentRows(props: &DepartmentRowsProps) -> Html {
    let lang = use_lang();
    let edit = |i: usize, en: bool| {
        let (list, cb) = (props.departments.clone(), props.on_change.clone());
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let mut next = list.clone();
            if let Some(d) = next.get_mut(i) {
                if en {
                    d.en = input.value();
                } else {
                    d.zh = input.value();
                }
            }
            cb.emit(next);
        })
    };
    let remove = |i: usize| {
        let (list, cb) = (props.departments.clone(), props.on_change.clone());
        Callback::from(move |_: MouseEvent| {
            let mut next = list.clone();
            if i < next.len() {
                next.remove(i);
            }
            cb.emit(next);
        })
    };
    let add = {
        let (list, cb) = (props.departments.clone(), props.on_change.clone());
        Callback::from(move |_: MouseEvent| {
            let mut next = list.clone();
            next.push(L10n::default());
            cb.emit(next);
        })
    };
    html! {
        <fieldset class="lib-rows" data-testid="department-rows">
            <legend>{ t(lang, LibK::Departments) }</legend>
            { for props.departments.iter().enumerate().map(|(i, d)| html! {
                <div class="lib-row" key={i} data-testid="department-row">
                    <div class="field">
                        <label for={format!("dep-{i}-zh")}>{ t(lang, LibK::NameZh) }</label>
                        <input id={format!("dep-{i}-zh")} type="text" value={d.zh.clone()}
                            oninput={edit(i, false)} data-testid="dep-zh" />
                    </div>
                    <div class="field">
                        <label for={format!("dep-{i}-en")}>{ t(lang, LibK::NameEn) }</label>
                        <input id={format!("dep-{i}-en")} type="text" value={d.en.clone()}
                            oninput={edit(i, true)} data-testid="dep-en" />
                    </div>
                    <button type="button" class="lib-remove" onclick={remove(i)} data-testid="dep-remove"
                        aria-label={format!("{} {}", t(lang, LibK::RemoveRow), i + 1)}>
                        { t(lang, LibK::RemoveRow) }</button>
                </div>
            }) }
            <button type="button" onclick={add} data-testid="dep-add">{ t(lang, LibK::AddDepartment) }</button>
        </fieldset>
    }
}
