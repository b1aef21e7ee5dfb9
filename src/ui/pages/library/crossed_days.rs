//! The holidays (grouped into runs) and the make-up working days inside a span, as the two
//! calculators show them.

use chrono::NaiveDate;
use yew::prelude::*;

use super::fmt::{date_label, holiday_name, holiday_runs, iso};
use crate::i18n::{pick, t, LibK};
use crate::ui::store::use_lang;

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
    let lang = use_lang();
    let p = &props.prefix;
    let runs = holiday_runs(&props.crossed);
    html! {
        <div class="lib-crossed">
            <h3>{ t(lang, LibK::HolidaysCrossed) }</h3>
            if runs.is_empty() {
                <p class="muted" data-testid={format!("{p}-no-holidays")}>{ t(lang, LibK::NoHolidaysCrossed) }</p>
            } else {
                <ul data-testid={format!("{p}-holidays")}>
                { for runs.iter().map(|r| html! {
                    <li key={iso(r.first)} data-testid={format!("{p}-holiday")}>
                        <strong>{ holiday_name(&r.name, lang) }</strong>{ " " }
                        { if r.days == 1 { date_label(r.first, lang) } else {
                            format!("{} – {}", date_label(r.first, lang), date_label(r.last, lang)) } }
                        { pick(lang, format!("，{} 天", r.days), format!(", {} day(s)", r.days)) }
                    </li>
                }) }
                </ul>
            }
            if !props.makeups.is_empty() {
                <ul class="lib-makeups">
                { for props.makeups.iter().map(|(d, name)| html! {
                    <li key={iso(*d)} data-testid={format!("{p}-makeup")}>
                        <span class="lib-tag">{ t(lang, LibK::MakeUpTag) }</span>{ " " }
                        { date_label(*d, lang) }{ " " }{ holiday_name(name, lang) }
                    </li>
                }) }
                </ul>
            }
        </div>
    }
}
