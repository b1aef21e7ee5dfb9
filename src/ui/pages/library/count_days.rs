//! The reverse calculation: how many working days from one date until another.

use yew::prelude::*;

use super::crossed_days::CrossedDays;
use super::fmt::{date_label, iso, makeup_days, parse_date, text_setter};
use crate::domain::calendar::Calendar;
use crate::i18n::{pick, t, uncovered_years_text, Lang, LibK};
use crate::ui::platform;
use crate::ui::store::use_app;

#[component]
pub fn CountDays() -> Html {
    let ctx = use_app();
    let lang = ctx.lang;
    let from = use_state(|| iso(platform::today()));
    let to = use_state(String::new);
    let on_from = text_setter(&from);
    let on_to = text_setter(&to);
    let result = outcome(&ctx.calendar, &from, &to, lang);
    html! {
        <div class="lib-calc lib-box" data-testid="wc-count">
            <h2>{ t(lang, LibK::CountDaysTitle) }</h2>
            <p class="hint">{ t(lang, LibK::CountDaysHint) }</p>
            <div class="lib-inputs">
                <div class="field">
                    <label for="wc-from">{ t(lang, LibK::FromDate) }</label>
                    <input id="wc-from" type="date" value={(*from).clone()} oninput={on_from}
                        data-testid="wc-from" />
                </div>
                <div class="field">
                    <label for="wc-to">{ t(lang, LibK::ToDate) }</label>
                    <input id="wc-to" type="date" value={(*to).clone()} oninput={on_to}
                        data-testid="wc-to" />
                </div>
            </div>
            <div aria-live="polite" data-testid="wc-result">{ result }</div>
        </div>
    }
}

fn outcome(calendar: &Calendar, from: &str, to: &str, lang: Lang) -> Html {
    if to.trim().is_empty() {
        return html! { <p class="muted">{ t(lang, LibK::PickToDate) }</p> };
    }
    let (Some(from), Some(to)) = (parse_date(from), parse_date(to)) else {
        return error(t(lang, LibK::ErrBadDates).to_string());
    };
    let count = match calendar.working_days_between(from, to) {
        Ok(answer) => answer,
        Err(e) => return error(e.message(lang)),
    };
    let (lo, hi) = if to >= from { (from, to) } else { (to, from) };
    let mut uncovered = count.uncovered_years.clone();
    let crossed = match calendar.holidays_between(lo, hi) {
        Ok(answer) => {
            uncovered.extend(answer.uncovered_years);
            answer.value
        }
        Err(e) => return error(e.message(lang)),
    };
    let n = count.value;
    let sentence = if n >= 0 {
        pick(
            lang,
            format!(
                "从 {} 到 {}：",
                date_label(from, lang),
                date_label(to, lang)
            ),
            format!(
                "From {} to {}: ",
                date_label(from, lang),
                date_label(to, lang)
            ),
        )
    } else {
        t(lang, LibK::ToBeforeFrom).to_string()
    };
    let makeups = makeup_days(calendar, lo, hi);
    html! {
        <>
            <p class="lib-answer">
                { sentence }
                <strong data-testid="wc-days">{ n.abs().to_string() }</strong>
                { " " }{ t(lang, LibK::WorkingDaysUnit) }
            </p>
            <CrossedDays {crossed} {makeups} prefix="wc" />
            if !uncovered.is_empty() {
                <p class="banner warn" role="status" data-testid="wc-uncovered">
                    { uncovered_years_text(&uncovered, lang) }</p>
            }
        </>
    }
}

fn error(message: String) -> Html {
    html! { <p class="banner error" role="alert" data-testid="wc-error">{ message }</p> }
}
