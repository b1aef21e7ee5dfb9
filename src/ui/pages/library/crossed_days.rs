//! The holidays (grouped into runs) and the make-up working days inside a span, as the two
//! calculators show them.

use chrono::NaiveDate;
use yew::prelude::*;

use super::fmt::{date_label, holiday_runs, iso};
use crate::i18n::{pick, t, LibK};
use crate::ui::state::use_app;

#[derive(Properties, PartialEq)]
pub struct CrossedDaysProps {
    pub crossed: Vec<(NaiveDate, String)>,
    pub makeups: Vec<(NaiveDate, String)>,
    /// Test-id prefix of the calculator using it (`wd`, `wc`).
    pub prefix: AttrValue,
}

/// The holidays (grouped into runs) and make-up working days inside a span.
#[component]
pub fn CrossedDays(props: &CrossedDaysProps) -> Html {
    let lang = use_app().lang;
    let p = &props.prefix;
    let runs = holiday_runs(&props.crossed);
    html! {
        <div class="crossed">
            <h3>{ t(lang, LibK::HolidaysCrossed) }</h3>
            if runs.is_empty() {
                <p class="muted" data-testid={format!("{p}-no-holidays")}>{ t(lang, LibK::NoHolidaysCrossed) }</p>
            } else {
                <ul data-testid={format!("{p}-holidays")}>
                { for runs.iter().map(|r| html! {
                    <li key={iso(r.first)} data-testid={format!("{p}-holiday")}>
                        <strong>{ r.name.clone() }</strong>{ " " }
                        { if r.days == 1 { date_label(r.first, lang) } else {
                            format!("{} – {}", date_label(r.first, lang), date_label(r.last, lang)) } }
                        { pick(lang, format!("，{} 天", r.days), format!(", {} day(s)", r.days)) }
                    </li>
                }) }
                </ul>
            }
            if !props.makeups.is_empty() {
                <ul class="makeups">
                { for props.makeups.iter().map(|(d, name)| html! {
                    <li key={iso(*d)} data-testid={format!("{p}-makeup")}>
                        <span class="tag">{ t(lang, LibK::MakeUpTag) }</span>{ " " }
                        { date_label(*d, lang) }{ " " }{ name.clone() }
                    </li>
                }) }
                </ul>
            }
        </div>
    }
}
