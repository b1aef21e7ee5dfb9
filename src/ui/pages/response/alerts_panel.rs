//! Every running one-hour clock and every overdue daily report across cases, most urgent
//! first, each a link to its case's 应对 tab. Shown on the home screen and the area page.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::case::Case;
use crate::domain::response::{overdue_reports, running_clocks, Failure};
use crate::i18n::{t, RespK};
use crate::ui::pages::response::notify_clock::NotifyClock;
use crate::ui::pages::response::shared::{live_failures, local_clock, response_href};
use crate::ui::store::{use_lang, use_table};

#[derive(Properties, PartialEq)]
pub struct AlertsPanelProps {
    /// Render nothing when there is nothing to chase (the home screen).
    #[prop_or_default]
    pub hide_when_empty: bool,
}

#[component]
pub fn AlertsPanel(props: &AlertsPanelProps) -> Html {
    let lang = use_lang();
    let cases = use_table::<Case>();
    let all = use_table::<Failure>();
    let clock = local_clock();
    let case_of = |f: &Failure| cases.get(&f.case_id).filter(|c| !c.meta.deleted).cloned();
    let failures: Vec<Failure> = live_failures(&all)
        .into_iter()
        .filter(|f| case_of(f).is_some())
        .collect();
    let clocks = running_clocks(&failures, clock.now);
    let reports = overdue_reports(&failures, &clock);
    if props.hide_when_empty && clocks.is_empty() && reports.is_empty() {
        return Html::default();
    }
    // On the home screen only what needs chasing is listed.
    let (show_clocks, show_reports) = if props.hide_when_empty {
        (!clocks.is_empty(), !reports.is_empty())
    } else {
        (true, true)
    };
    let company = |f: &Failure| {
        case_of(f)
            .map(|c| c.client.company_name.clone())
            .unwrap_or_default()
    };
    html! {
        <section class="alerts-panel" data-testid="alerts-panel" aria-labelledby="alerts-title">
            <h2 id="alerts-title">{ t(lang, RespK::AlertsTitle) }</h2>
            if show_clocks {
            <h3>{ t(lang, RespK::AlertsClocks) }</h3>
            if clocks.is_empty() {
                <p class="muted" data-testid="alerts-no-clock">{ t(lang, RespK::AlertsNoClock) }</p>
            } else {
                <ul class="alert-list">
                    { for clocks.iter().map(|c| html! {
                        <li key={c.failure.meta.id.to_string()} class={classes!("alert", c.state.is_missed().then_some("missed"))}
                            data-testid="alert-clock">
                            <a href={response_href(c.failure.case_id)} data-testid="alert-clock-link">
                                <strong>{ company(c.failure) }</strong>
                                <span class="sub">{ format!("{} · {}", c.failure.kind.label(lang), c.failure.what_happened) }</span>
                            </a>
                            <NotifyClock failure={Rc::new(c.failure.clone())} compact=true />
                        </li>
                    }) }
                </ul>
            }
            }
            if show_reports {
            <h3>{ t(lang, RespK::AlertsReports) }</h3>
            if reports.is_empty() {
                <p class="muted" data-testid="alerts-no-report">{ t(lang, RespK::AlertsNoReport) }</p>
            } else {
                <ul class="alert-list">
                    { for reports.iter().map(|f| html! {
                        <li key={f.meta.id.to_string()} class="alert missed" data-testid="alert-report">
                            <a href={response_href(f.case_id)} data-testid="alert-report-link">
                                <strong>{ company(f) }</strong>
                                <span class="sub">{ format!("{} · {}", f.kind.label(lang), f.what_happened) }</span>
                            </a>
                            <span class="alert-text">{ t(lang, RespK::AlertsReportDue) }</span>
                        </li>
                    }) }
                </ul>
            }
            }
        </section>
    }
}
