//! Small labelled form fields shared by the scenario editor's parts. Each field's id is also
//! its `data-testid`.

use yew::prelude::*;

use crate::domain::drill::Effects;
use crate::i18n::{t, DrillK, Lang};

pub use crate::ui::components::event_value;

/// The `checked` state of an event's checkbox.
pub fn input_checked(e: &Event) -> bool {
    e.target()
        .and_then(|t| js_sys::Reflect::get(&t, &"checked".into()).ok())
        .and_then(|v| v.as_bool())
        .unwrap_or(false)
}

/// A labelled number field; `on` hears the parsed value (an unparsable entry is ignored).
pub fn num_field(label: &str, id: String, value: i64, on: Callback<i64>) -> Html {
    let onchange = Callback::from(move |e: Event| {
        if let Ok(v) = event_value(&e).trim().parse::<i64>() {
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

/// A labelled one-line text field.
pub fn text_field(label: &str, id: String, value: &str, on: Callback<String>) -> Html {
    let onchange = Callback::from(move |e: Event| on.emit(event_value(&e)));
    html! {
        <div class="field">
            <label for={id.clone()}>{ label.to_owned() }</label>
            <input id={id.clone()} value={value.to_owned()} {onchange} data-testid={id} />
        </div>
    }
}

/// A labelled multi-line text field.
pub fn area_field(label: &str, id: String, value: &str, on: Callback<String>) -> Html {
    let onchange = Callback::from(move |e: Event| on.emit(event_value(&e)));
    html! {
        <div class="field">
            <label for={id.clone()}>{ label.to_owned() }</label>
            <textarea id={id.clone()} value={value.to_owned()} {onchange} data-testid={id} />
        </div>
    }
}

/// A checkbox with its label beside it.
pub fn check_field(label: &str, id: String, checked: bool, on: Callback<bool>) -> Html {
    let onchange = Callback::from(move |e: Event| on.emit(input_checked(&e)));
    html! {
        <div class="drill-check-field">
            <input type="checkbox" id={id.clone()} {checked} {onchange} data-testid={id.clone()} />
            <label for={id}>{ label.to_owned() }</label>
        </div>
    }
}

fn clamp_i32(v: i64) -> i32 {
    i32::try_from(v).unwrap_or(if v < 0 { i32::MIN } else { i32::MAX })
}

/// The fields of a choice's or an inject's effects; `slot` makes the ids unique.
pub fn effects_fields(lang: Lang, slot: &str, fx: &Effects, on: Callback<Effects>) -> Html {
    let upd = |f: fn(&mut Effects, i64)| {
        let (fx, on) = (fx.clone(), on.clone());
        Callback::from(move |v: i64| {
            let mut n = fx.clone();
            f(&mut n, v);
            on.emit(n);
        })
    };
    let flag = |f: fn(&mut Effects, bool)| {
        let (fx, on) = (fx.clone(), on.clone());
        Callback::from(move |v: bool| {
            let mut n = fx.clone();
            f(&mut n, v);
            on.emit(n);
        })
    };
    let facts = {
        let (fx, on) = (fx.clone(), on.clone());
        Callback::from(move |v: String| {
            let mut n = fx.clone();
            n.facts_learned = split_keys(&v);
            on.emit(n);
        })
    };
    html! {
        <div class="drill-ed-row" role="group" aria-label={t(lang, DrillK::Effects)}>
            { num_field(t(lang, DrillK::ClientMood), format!("drill-ed-mood-{slot}"), fx.client_mood.into(), upd(|n, v| n.client_mood = clamp_i32(v))) }
            { num_field(t(lang, DrillK::Slack), format!("drill-ed-slack-{slot}"), fx.slack_days.into(), upd(|n, v| n.slack_days = clamp_i32(v))) }
            { num_field(t(lang, DrillK::Money), format!("drill-ed-money-{slot}"), fx.money_at_stake_yuan, upd(|n, v| n.money_at_stake_yuan = v)) }
            { text_field(t(lang, DrillK::FactsLearned), format!("drill-ed-learns-{slot}"), &fx.facts_learned.join(", "), facts) }
            { check_field(t(lang, DrillK::FailureDetected), format!("drill-ed-detected-{slot}"), fx.failure_detected, flag(|n, v| n.failure_detected = v)) }
            { check_field(t(lang, DrillK::ClientNotified), format!("drill-ed-notified-{slot}"), fx.client_notified, flag(|n, v| n.client_notified = v)) }
        </div>
    }
}

/// Keys typed as a list separated by commas (either width) or spaces.
pub fn split_keys(v: &str) -> Vec<String> {
    v.split([',', '，', '、', ' '])
        .map(str::trim)
        .filter(|k| !k.is_empty())
        .map(str::to_owned)
        .collect()
}
