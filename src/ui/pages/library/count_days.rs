//! The reverse calculation: how many working days from one date until another.

use yew::prelude::*;

use super::crossed_days::CrossedDays;
use super::fmt::{date_label, iso, makeup_days, parse_date, text_setter, CalcError};
use crate::domain::calendar::Calendar;
use crate::i18n::{pick, t, uncovered_years_text, Lang, LibK};
use crate::ui::components::ErrorView;
use crate::ui::platform;
use crate::ui::store::{use_calendar, use_lang};

#[component]
pub fn CountDays() -> Html {
    let lang = use_lang();
    let calendar = use_calendar();
    let from = use_state(|| iso(platform::today()));
    let to = use_state(String::new);
    let on_from = text_setter(&from);
    let on_to = text_setter(&to);
    let result = match outcome(&calendar, &from, &to, lang) {
        Ok(answer) => answer,
        Err(e) => html! { <ErrorView<CalcError> error={Some(e)} testid="wc-error" /> },
    };
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

/// The answer, or why there is none (worded by the caller, at render time).
fn outcome(calendar: &Calendar, from: &str, to: &str, lang: Lang) -> Result<Html, CalcError> {
    if to.trim().is_empty() {
        return Ok(html! { <p class="muted">{ t(lang, LibK::PickToDate) }</p> });
    }
    let (Some(from), Some(to)) = (parse_date(from), parse_date(to)) else {
        return Err(CalcError::Dates);
    };
    let count = calendar
        .working_days_between(from, to)
        .map_err(CalcError::Calendar)?;
    let (lo, hi) = if to >= from { (from, to) } else { (to, from) };
    let mut uncovered = count.uncovered_years.clone();
    let crossed = calendar
        .holidays_between(lo, hi)
        .map_err(CalcError::Calendar)?;
    uncovered.extend(crossed.uncovered_years);
    let crossed = crossed.value;
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
    Ok(html! {
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
    })
}
