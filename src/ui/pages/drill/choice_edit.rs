//! One choice in the scenario editor: text, rank, next step, cost, effects and scores.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::drill::{Choice, Dimension, Rank};
use crate::i18n::{t, DrillK, Lang};
use crate::ui::state::use_app;

#[derive(Properties, PartialEq)]
pub struct ChoiceEditProps {
    pub choice: Choice,
    /// Where this choice sits, for ids and test ids (`<step>-<index>`).
    pub slot: AttrValue,
    pub step_ids: Rc<Vec<String>>,
    pub on_change: Callback<Choice>,
    pub on_remove: Callback<()>,
}

/// The `value` of an event's input, textarea or select.
pub fn input_value(e: &Event) -> String {
    e.target()
        .and_then(|t| js_sys::Reflect::get(&t, &"value".into()).ok())
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}

/// A labelled number field; `set` writes the parsed value into a copy of the choice.
pub fn num_field(label: &str, id: String, value: i64, on: Callback<i64>) -> Html {
    let onchange = Callback::from(move |e: Event| {
        if let Ok(v) = input_value(&e).trim().parse::<i64>() {
            on.emit(v);
        }
    });
    html! {
        <div class="field drill-num">
            <label for={id.clone()}>{ label.to_owned() }</label>
            <input id={id.clone()} type="number" value={value.to_string()} {onchange} data-testid={id} />
        </div>
    }
}

fn text_field(label: &str, id: String, value: &str, on: Callback<String>) -> Html {
    let onchange = Callback::from(move |e: Event| on.emit(input_value(&e)));
    html! {
        <div class="field">
            <label for={id.clone()}>{ label.to_owned() }</label>
            <input id={id.clone()} value={value.to_owned()} {onchange} data-testid={id} />
        </div>
    }
}

#[component]
pub fn ChoiceEdit(props: &ChoiceEditProps) -> Html {
    let lang: Lang = use_app().lang;
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
            let v = input_value(&e);
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
            n.next = input_value(&e);
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
            <div class="drill-ed-row" aria-label={t(lang, DrillK::Effects)}>
                { num_field(t(lang, DrillK::ClientMood), format!("drill-ed-mood-{slot}"), i64::from(c.effects.client_mood), updn(|c, v| c.effects.client_mood = i32::try_from(v).unwrap_or(0))) }
                { num_field(t(lang, DrillK::Slack), format!("drill-ed-slack-{slot}"), i64::from(c.effects.slack_days), updn(|c, v| c.effects.slack_days = i32::try_from(v).unwrap_or(0))) }
                { num_field(t(lang, DrillK::Money), format!("drill-ed-money-{slot}"), c.effects.money_at_stake_yuan, updn(|c, v| c.effects.money_at_stake_yuan = v)) }
            </div>
            <div class="drill-ed-row" aria-label={t(lang, DrillK::Scores)}>{ for score_fields }</div>
            <button type="button" onclick={remove} data-testid={format!("drill-ed-remove-choice-{slot}")}>{ t(lang, DrillK::RemoveChoice) }</button>
        </fieldset>
    }
}
