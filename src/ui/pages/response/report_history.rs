//! The reports sent for a failure, newest first, each with its full text one tap away.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::case::Case;
use crate::domain::response::{format_date, Failure};
use crate::i18n::{t, RespK};
use crate::ui::pages::response::shared::{local_clock, when};
use crate::ui::store::use_lang;

#[derive(Properties, PartialEq)]
pub struct ReportHistoryProps {
    pub case: Rc<Case>,
    pub failure: Rc<Failure>,
}

#[component]
pub fn ReportHistory(props: &ReportHistoryProps) -> Html {
    let lang = use_lang();
    let clock = local_clock();
    let reports = &props.failure.reports;
    html! {
        <div class="report-history">
            <h4>{ t(lang, RespK::ReportHistory) }</h4>
            if reports.is_empty() {
                <p class="muted" data-testid="report-history-empty">{ t(lang, RespK::ReportNone) }</p>
            } else {
                <ol class="report-list" data-testid="report-history">
                    { for reports.iter().rev().map(|r| {
                        let sent = match (r.sent_at, r.channel) {
                            (Some(at), Some(ch)) => format!("{} {} · {}", t(lang, RespK::ReportSentAt), when(&clock, at), ch.label(lang)),
                            (Some(at), None) => format!("{} {}", t(lang, RespK::ReportSentAt), when(&clock, at)),
                            _ => t(lang, RespK::ReportNotSent).to_owned(),
                        };
                        html! {
                            <li key={r.day.to_string()} data-testid="report-item" data-day={r.day.to_string()}>
                                <strong>{ format_date(r.day, lang) }</strong>{ " " }
                                <span class="muted">{ sent }</span>
                                <details>
                                    <summary>{ t(lang, RespK::ReportShow) }</summary>
                                    <pre class="message">{ r.text(&props.case, lang) }</pre>
                                </details>
                            </li>
                        }
                    }) }
                </ol>
            }
        </div>
    }
}
