//! Start date + N working days → the due date, with the holidays and make-up days crossed.

use yew::prelude::*;

use super::crossed_days::CrossedDays;
use super::fmt::{
    holiday_name, iso, makeup_days, parse_count, parse_date, text_setter, weekday, CalcError,
};
use crate::domain::calendar::{Calendar, MAX_WORKING_DAYS};
use crate::i18n::{pick, t, uncovered_years_text, Lang, LibK};
use crate::ui::components::ErrorView;
use crate::ui::platform;
use crate::ui::store::{use_calendar, use_lang};

#[component]
pub fn AddDays() -> Html {
    let lang = use_lang();
    let calendar = use_calendar();
    let start = use_state(|| iso(platform::today()));
    let days = use_state(|| "5".to_string());
    let on_start = text_setter(&start);
    let on_days = text_setter(&days);
    let result = match outcome(&calendar, &start, &days, lang) {
        Ok(answer) => answer,
        Err(e) => html! { <ErrorView<CalcError> error={Some(e)} testid="wd-error" /> },
    };
    html! {
        <div class="lib-calc lib-box" data-testid="wd-add">
            <h2>{ t(lang, LibK::AddDaysTitle) }</h2>
            <div class="lib-inputs">
                <div class="field">
                    <label for="wd-start">{ t(lang, LibK::StartDate) }</label>
                    <input id="wd-start" type="date" value={(*start).clone()} oninput={on_start}
                        data-testid="wd-start" />
                </div>
                <div class="field">
                    <label for="wd-days">{ t(lang, LibK::WorkingDaysN) }</label>
                    <input id="wd-days" type="number" inputmode="numeric" min="0"
                        max={MAX_WORKING_DAYS.to_string()} value={(*days).clone()} oninput={on_days}
                        data-testid="wd-days" />
                </div>
            </div>
            <div aria-live="polite" data-testid="wd-result">{ result }</div>
        </div>
    }
}

/// The answer, or why there is none (worded by the caller, at render time).
fn outcome(calendar: &Calendar, start: &str, days: &str, lang: Lang) -> Result<Html, CalcError> {
    let start = parse_date(start).ok_or(CalcError::StartDate)?;
    let n = parse_count(days).ok_or(CalcError::Count)?;
    let due = calendar
        .add_working_days(start, n)
        .map_err(CalcError::Calendar)?;
    let mut uncovered = due.uncovered_years.clone();
    let crossed = calendar
        .holidays_between(start, due.value)
        .map_err(CalcError::Calendar)?;
    uncovered.extend(crossed.uncovered_years);
    let crossed = crossed.value;
    let info = calendar.day_info(due.value).value;
    let kind = match info.holiday_name.as_deref().map(|n| holiday_name(n, lang)) {
        Some(name) => pick(
            lang,
            format!("{}（{name}）", info.kind.label(lang)),
            format!("{} ({name})", info.kind.label(lang)),
        ),
        None => info.kind.label(lang).to_string(),
    };
    let makeups = makeup_days(calendar, start, due.value);
    Ok(html! {
        <>
            <p class="lib-answer">
                { t(lang, LibK::DueDate) }{ " " }
                <strong data-testid="wd-due">{ iso(due.value) }</strong>
                { " " }{ weekday(due.value, lang) }
                { " · " }<span data-testid="wd-due-kind">{ kind }</span>
            </p>
            <CrossedDays {crossed} {makeups} prefix="wd" />
            if !uncovered.is_empty() {
                <p class="banner warn" role="status" data-testid="wd-uncovered">
                    { uncovered_years_text(&uncovered, lang) }</p>
            }
        </>
    })
}
