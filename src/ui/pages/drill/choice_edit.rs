//! One choice in the scenario editor: text, rank, next step, cost, effects and scores.

use std::rc::Rc;

use yew::prelude::*;

use super::fields::{effects_fields, event_value, num_field, text_field};
use crate::domain::drill::{Choice, Dimension, Effects, Rank};
use crate::i18n::{t, DrillK, Lang};
use crate::ui::store::use_lang;

#[derive(Properties, PartialEq)]
pub struct ChoiceEditProps {
    pub choice: Choice,
    /// Where this choice sits, for ids and test ids (`<step>-<index>`).
    pub slot: AttrValue,
    pub step_ids: Rc<Vec<String>>,
    pub on_change: Callback<Choice>,
    pub on_remove: Callback<()>,
}

#[component]
pub fn ChoiceEdit(props: &ChoiceEditProps) -> Html {
    let lang: Lang = use_lang();
    let c = &props.choice;
    let slot = props.slot.to_string();
    let upd = |f: fn(&mut Choice, String)| {
        let (c, cb) = (c.clone(), props.on_change.clone());
        Callback::from(move |v: String| {
            let mut n = c.clone();
            f(&mut n, v);
            cb.emit(n);
        })
    };
    let updn = |f: fn(&mut Choice, i64)| {
        let (c, cb) = (c.clone(), props.on_change.clone());
        Callback::from(move |v: i64| {
            let mut n = c.clone();
            f(&mut n, v);
            cb.emit(n);
        })
    };
    let on_rank = {
        let (c, cb) = (c.clone(), props.on_change.clone());
        Callback::from(move |e: Event| {
            let v = event_value(&e);
            let mut n = c.clone();
            n.rank = Rank::ALL
                .into_iter()
                .find(|r| r.key() == v)
                .unwrap_or_default();
            cb.emit(n);
        })
    };
    let on_next = {
        let (c, cb) = (c.clone(), props.on_change.clone());
        Callback::from(move |e: Event| {
            let mut n = c.clone();
            n.next = event_value(&e);
            cb.emit(n);
        })
    };
    let on_effects = {
        let (c, cb) = (c.clone(), props.on_change.clone());
        Callback::from(move |fx: Effects| {
            let mut n = c.clone();
            n.effects = fx;
            cb.emit(n);
        })
    };
    let remove = props.on_remove.reform(|_: MouseEvent| ());
    let score_fields = Dimension::ALL.iter().map(|&d| {
        let (c2, cb) = (c.clone(), props.on_change.clone());
        let on = Callback::from(move |v: i64| {
            let mut n = c2.clone();
            n.scores.set(d, i32::try_from(v).unwrap_or(0));
            cb.emit(n);
        });
        num_field(
            d.label(lang),
            format!("drill-ed-score-{slot}-{}", d.key()),
            i64::from(c.scores.get(d)),
            on,
        )
    });
    html! {
        <fieldset class="drill-choice-edit" data-testid={format!("drill-ed-choice-{slot}")}>
            <legend>{ t(lang, DrillK::ChoiceText) }{ " " }{ slot.clone() }</legend>
            { text_field(t(lang, DrillK::ChoiceText), format!("drill-ed-choice-text-{slot}"), &c.text.zh, upd(|c, v| c.text.zh = v)) }
            { text_field(t(lang, DrillK::ChoiceTextEn), format!("drill-ed-choice-en-{slot}"), &c.text.en, upd(|c, v| c.text.en = v)) }
            { text_field(t(lang, DrillK::Feedback), format!("drill-ed-feedback-{slot}"), &c.feedback.zh, upd(|c, v| c.feedback.zh = v)) }
            { text_field(t(lang, DrillK::FeedbackEn), format!("drill-ed-feedback-en-{slot}"), &c.feedback.en, upd(|c, v| c.feedback.en = v)) }
            <div class="drill-ed-row">
                <div class="field">
                    <label for={format!("drill-ed-rank-{slot}")}>{ t(lang, DrillK::Rank) }</label>
                    <select id={format!("drill-ed-rank-{slot}")} onchange={on_rank} data-testid={format!("drill-ed-rank-{slot}")}>
                        { for Rank::ALL.iter().map(|r| html! { <option value={r.key()} selected={*r == c.rank}>{ r.label(lang) }</option> }) }
                    </select>
                </div>
                <div class="field">
                    <label for={format!("drill-ed-next-{slot}")}>{ t(lang, DrillK::Next) }</label>
                    <select id={format!("drill-ed-next-{slot}")} onchange={on_next} data-testid={format!("drill-ed-next-{slot}")}>
                        { for props.step_ids.iter().map(|id| html! { <option value={id.clone()} selected={*id == c.next}>{ id.clone() }</option> }) }
                    </select>
                </div>
                { num_field(t(lang, DrillK::Cost), format!("drill-ed-cost-{slot}"), i64::from(c.cost_minutes), updn(|c, v| c.cost_minutes = u32::try_from(v).unwrap_or(0))) }
            </div>
            { effects_fields(lang, &slot, &c.effects, on_effects) }
            <div class="drill-ed-row" role="group" aria-label={t(lang, DrillK::Scores)}>{ for score_fields }</div>
            <button type="button" onclick={remove} data-testid={format!("drill-ed-remove-choice-{slot}")}>{ t(lang, DrillK::RemoveChoice) }</button>
        </fieldset>
    }
}
