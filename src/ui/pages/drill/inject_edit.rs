//! One inject in the scenario editor: when it arrives on the simulated clock, its text, the
//! chance it fires, the step it interrupts to (if any) and what it does to the state.

use std::rc::Rc;

use yew::prelude::*;

use super::fields::{effects_fields, event_value, num_field, text_field};
use crate::domain::drill::{Condition, Edit, Effects, Inject, CONDITION_KINDS};
use crate::i18n::{t, DrillK};
use crate::ui::store::use_lang;

#[derive(Properties, PartialEq)]
pub struct InjectEditProps {
    pub index: usize,
    pub inject: Inject,
    /// Steps an inject may jump to (decision steps only).
    pub targets: Rc<Vec<String>>,
    pub on_edit: Callback<Edit>,
}

#[component]
pub fn InjectEdit(props: &InjectEditProps) -> Html {
    let lang = use_lang();
    let (i, inj) = (props.index, &props.inject);
    let upd = |f: fn(&mut Inject, String)| {
        let (inj, cb) = (inj.clone(), props.on_edit.clone());
        Callback::from(move |v: String| {
            let mut n = inj.clone();
            f(&mut n, v);
            cb.emit(Edit::UpdateInject {
                index: i,
                inject: n,
            });
        })
    };
    let updn = |f: fn(&mut Inject, i64)| {
        let (inj, cb) = (inj.clone(), props.on_edit.clone());
        Callback::from(move |v: i64| {
            let mut n = inj.clone();
            f(&mut n, v);
            cb.emit(Edit::UpdateInject {
                index: i,
                inject: n,
            });
        })
    };
    let on_effects = {
        let (inj, cb) = (inj.clone(), props.on_edit.clone());
        Callback::from(move |fx: Effects| {
            let mut n = inj.clone();
            n.effects = fx;
            cb.emit(Edit::UpdateInject {
                index: i,
                inject: n,
            });
        })
    };
    let on_goto = {
        let on = upd(|n, v| n.goto = (!v.is_empty()).then_some(v));
        Callback::from(move |e: Event| on.emit(event_value(&e)))
    };
    let (kind, param) = inj
        .condition
        .as_ref()
        .map(|c| c.parts())
        .unwrap_or(("", String::new()));
    let set_when = {
        let (inj, cb) = (inj.clone(), props.on_edit.clone());
        Callback::from(move |(k, p): (String, String)| {
            let mut n = inj.clone();
            n.condition = Condition::from_parts(&k, &p);
            cb.emit(Edit::UpdateInject {
                index: i,
                inject: n,
            });
        })
    };
    let on_kind = {
        let (set, p) = (set_when.clone(), param.clone());
        Callback::from(move |e: Event| set.emit((event_value(&e), p.clone())))
    };
    let on_param = set_when.reform(move |v: String| (kind.to_owned(), v));
    let when_id = format!("drill-ed-inject-when-{i}");
    let remove = props
        .on_edit
        .reform(move |_: MouseEvent| Edit::RemoveInject { index: i });
    let goto_id = format!("drill-ed-inject-goto-{i}");
    html! {
        <fieldset class="drill-inject-edit" data-testid={format!("drill-ed-inject-{i}")}>
            <legend>{ t(lang, DrillK::Injects) }{ format!(" {}", i + 1) }</legend>
            <div class="drill-ed-row">
                { num_field(t(lang, DrillK::InjectMinute), format!("drill-ed-inject-minute-{i}"), inj.at_sim_minute.into(), updn(|n, v| n.at_sim_minute = u32::try_from(v.max(0)).unwrap_or(u32::MAX))) }
                { num_field(t(lang, DrillK::Chance), format!("drill-ed-inject-chance-{i}"), inj.chance_pct.into(), updn(|n, v| n.chance_pct = u8::try_from(v.clamp(0, 255)).unwrap_or(100))) }
                <div class="field">
                    <label for={goto_id.clone()}>{ t(lang, DrillK::Goto) }</label>
                    <select id={goto_id.clone()} onchange={on_goto} data-testid={goto_id}>
                        <option value="" selected={inj.goto.is_none()}>{ t(lang, DrillK::NoGoto) }</option>
                        { for props.targets.iter().map(|id| html! { <option value={id.clone()} selected={inj.goto.as_deref() == Some(id.as_str())}>{ id.clone() }</option> }) }
                    </select>
                </div>
            </div>
            <div class="drill-ed-row">
                <div class="field">
                    <label for={when_id.clone()}>{ t(lang, DrillK::When) }</label>
                    <select id={when_id.clone()} onchange={on_kind} data-testid={when_id}>
                        { for CONDITION_KINDS.iter().map(|k| html! { <option value={*k} selected={*k == kind}>{ Condition::kind_label(k, lang) }</option> }) }
                    </select>
                </div>
                if Condition::kind_has_param(kind) {
                    { text_field(t(lang, DrillK::WhenValue), format!("drill-ed-inject-when-value-{i}"), &param, on_param) }
                }
            </div>
            { text_field(t(lang, DrillK::InjectText), format!("drill-ed-inject-text-{i}"), &inj.text.zh, upd(|n, v| n.text.zh = v)) }
            { text_field(t(lang, DrillK::InjectTextEn), format!("drill-ed-inject-en-{i}"), &inj.text.en, upd(|n, v| n.text.en = v)) }
            { effects_fields(lang, &format!("inject-{i}"), &inj.effects, on_effects) }
            <button type="button" class="danger" onclick={remove} data-testid={format!("drill-ed-remove-inject-{i}")}>{ t(lang, DrillK::RemoveInject) }</button>
        </fieldset>
    }
}
