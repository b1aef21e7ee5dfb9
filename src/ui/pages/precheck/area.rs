//! The precheck area page: every case with its precheck state (findings counts, signed levels),
//! linking to the case's 预审 tab. The first 25 rows render at once (the checks run only for
//! rendered rows), more on request.

use crate::domain::sorting;
use yew::prelude::*;

use super::findings_view::summary_text;
use super::use_precheck_inputs;
use crate::domain::case::Case;
use crate::domain::precheck::{run, SignLevel};
use crate::i18n::{t, PreK};
use crate::ui::components::{use_row_limit, MoreRows};
use crate::ui::platform;
use crate::ui::route::{href, Route};
use crate::ui::store::{use_lang, use_table};

/// The precheck area page (across cases).
#[component]
pub fn PrecheckArea() -> Html {
    let lang = use_lang();
    let inputs = use_precheck_inputs();
    let today = platform::today();
    let limit = use_row_limit();
    let mut cases: Vec<_> = use_table::<Case>()
        .values()
        .filter(|c| !c.meta.deleted)
        .cloned()
        .collect();
    sorting::sort_by_key(&mut cases, |c| c.hard_date);
    html! {
        <section class="page" data-testid="page-precheck">
            <h1>{ t(lang, PreK::Title) }</h1>
            if cases.is_empty() {
                <p data-testid="precheck-no-cases">{ t(lang, PreK::NoCases) }</p>
            } else {
                <table class="case-table" data-testid="precheck-table">
                    <thead><tr>
                        <th scope="col">{ t(lang, PreK::Case) }</th>
                        <th scope="col">{ t(lang, PreK::Findings) }</th>
                        <th scope="col">{ t(lang, PreK::Signed) }</th>
                    </tr></thead>
                    <tbody>
                    { for cases.iter().take(*limit).map(|c| {
                        let p = inputs.precheck(c.meta.id);
                        let (found, signed) = match &p {
                            Some(p) => {
                                let service = c.service_key.as_deref().and_then(|k| inputs.catalog.get(k));
                                let f = run(p, c, service, &inputs.calendar, today);
                                let signed = SignLevel::ALL.iter()
                                    .map(|l| format!("{}{}", l.label(lang), if p.signoff(*l).is_some() { "✓" } else { "—" }))
                                    .collect::<Vec<_>>().join(" ");
                                (summary_text(&f, lang), signed)
                            }
                            None => (t(lang, PreK::NotStarted).to_owned(), String::new()),
                        };
                        html! {
                            <tr key={c.meta.id.to_string()} data-testid="precheck-row">
                                <td data-label={t(lang, PreK::Case)}>
                                    <a href={href(&Route::CasePrecheck { id: c.meta.id.to_string() })}
                                        data-testid="precheck-case-link">{ format!("{} · {}", c.client.company_name, c.service_name) }</a>
                                </td>
                                <td data-label={t(lang, PreK::Findings)} data-testid="precheck-row-findings">{ found }</td>
                                <td data-label={t(lang, PreK::Signed)} data-testid="precheck-row-signed">{ signed }</td>
                            </tr>
                        }
                    }) }
                    </tbody>
                </table>
                <MoreRows {limit} total={cases.len()} testid="precheck-rows" />
            }
        </section>
    }
}
