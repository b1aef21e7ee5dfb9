//! Step 2: every material with its status and its fields as inputs; repeated materials as a
//! list of items with add/remove.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::catalog::FieldKind;
use crate::domain::precheck::{
    Edit, Finding, InputKind, Material, MaterialStatus, FLAG_NO, FLAG_YES,
};
use crate::i18n::{pick, t, Lang, PreK};
use crate::ui::state::use_app;

#[derive(Properties, PartialEq)]
pub struct MaterialsViewProps {
    pub precheck: Rc<crate::domain::precheck::Precheck>,
    pub findings: Rc<Vec<Finding>>,
    pub on_edit: Callback<Edit>,
}

#[component]
pub fn MaterialsView(props: &MaterialsViewProps) -> Html {
    let lang = use_app().lang;
    html! {
        <ul class="precheck-materials">
            { for props.precheck.materials.iter().map(|m| material(m, &props.findings, &props.on_edit, lang)) }
        </ul>
    }
}

fn material(m: &Material, findings: &[Finding], on_edit: &Callback<Edit>, lang: Lang) -> Html {
    let key = m.key.clone();
    let on_status = {
        let (key, cb) = (key.clone(), on_edit.clone());
        Callback::from(move |e: Event| {
            let sel: web_sys::HtmlSelectElement = e.target_unchecked_into();
            if let Some(status) = MaterialStatus::from_key(&sel.value()) {
                cb.emit(Edit::SetStatus {
                    material: key.clone(),
                    status,
                });
            }
        })
    };
    let on_add = {
        let (key, cb) = (key.clone(), on_edit.clone());
        Callback::from(move |_: MouseEvent| {
            cb.emit(Edit::AddItem {
                material: key.clone(),
            })
        })
    };
    let issues = findings.iter().filter(|f| f.touches(&m.key, None)).count();
    let status_id = format!("status-{key}");
    html! {
        <li key={key.clone()} class="precheck-material" data-testid={format!("material-{key}")}>
            <h4>{ m.title.get(lang) }
                if issues > 0 {
                    <span class="badge" data-testid={format!("material-issues-{key}")}>
                        { pick(lang, format!(" · {issues} 个问题"), format!(" · {issues} finding(s)")) }</span>
                }
            </h4>
            <label class="field" for={status_id.clone()}>
                <span>{ t(lang, PreK::Status) }</span>
                <select id={status_id} data-testid={format!("status-{key}")} onchange={on_status}>
                    { for MaterialStatus::ALL.iter().map(|s| html! {
                        <option value={s.key()} selected={*s == m.status}>{ s.label(lang) }</option>
                    }) }
                </select>
            </label>
            <ol class="precheck-items">
                { for m.items.iter().enumerate().map(|(i, item)| {
                    let on_remove = {
                        let (key, cb) = (key.clone(), on_edit.clone());
                        Callback::from(move |_: MouseEvent| cb.emit(Edit::RemoveItem { material: key.clone(), item: i }))
                    };
                    html! {
                        <li key={item.id} data-testid={format!("item-{key}-{i}")}>
                            if m.repeated {
                                <p class="item-head">{ t(lang, PreK::Item).replace("{}", &(i + 1).to_string()) }</p>
                            }
                            { for m.fields.iter().map(|f| field(m, i, *f, item.value(*f), on_edit, lang)) }
                            if m.repeated && m.items.len() > 1 {
                                <button type="button" class="no-print" data-testid={format!("remove-item-{key}-{i}")} onclick={on_remove}>
                                    { t(lang, PreK::RemoveItem) }</button>
                            }
                        </li>
                    }
                }) }
            </ol>
            if m.repeated {
                <button type="button" class="no-print" data-testid={format!("add-item-{key}")} onclick={on_add}>
                    { t(lang, PreK::AddItem) }</button>
            }
        </li>
    }
}

fn field(
    m: &Material,
    item: usize,
    kind: FieldKind,
    value: &str,
    on_edit: &Callback<Edit>,
    lang: Lang,
) -> Html {
    let id = format!("field-{}-{item}-{kind:?}", m.key);
    let emit = {
        let (material, cb) = (m.key.clone(), on_edit.clone());
        move |value: String| {
            cb.emit(Edit::SetField {
                material: material.clone(),
                item,
                field: kind,
                value,
            })
        }
    };
    let on_input = {
        let emit = emit.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            emit(input.value());
        })
    };
    let control = match InputKind::of(kind) {
        InputKind::YesNo => {
            let on_change = Callback::from(move |e: Event| {
                let sel: web_sys::HtmlSelectElement = e.target_unchecked_into();
                emit(sel.value());
            });
            let opts = [
                ("", PreK::Unset),
                (FLAG_YES, PreK::Yes),
                (FLAG_NO, PreK::No),
            ];
            html! {
                <select id={id.clone()} data-testid={id.clone()} onchange={on_change}>
                    { for opts.iter().map(|(v, k)| html! {
                        <option value={*v} selected={value == *v}>{ t(lang, *k) }</option>
                    }) }
                </select>
            }
        }
        InputKind::LongText => {
            let on_text = Callback::from(move |e: InputEvent| {
                let area: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
                emit(area.value());
            });
            html! { <textarea id={id.clone()} data-testid={id.clone()} value={value.to_owned()} oninput={on_text} /> }
        }
        k => {
            let mode = match k {
                InputKind::Count | InputKind::Money => "decimal",
                _ => "text",
            };
            let hint = (k == InputKind::Date).then_some("YYYY-MM-DD");
            html! { <input id={id.clone()} data-testid={id.clone()} type="text" inputmode={mode}
            placeholder={hint} value={value.to_owned()} oninput={on_input} /> }
        }
    };
    html! {
        <div class="field" key={format!("{kind:?}")}>
            <label for={id}>{ m.field_label(kind, lang) }</label>
            { control }
        </div>
    }
}
