//! 失败应对 The area page: what needs chasing across cases, then every failure still being
//! handled with its next action.

use crate::domain::sorting;
use std::rc::Rc;

use yew::prelude::*;

use crate::domain::case::Case;
use crate::domain::response::{next_action, Failure, NextAction};
use crate::i18n::{t, RespK};
use crate::ui::pages::response::alerts_panel::AlertsPanel;
use crate::ui::pages::response::notify_clock::NotifyClock;
use crate::ui::pages::response::shared::{local_clock, response_href, when};
use crate::ui::state::Load;
use crate::ui::store::{use_lang, use_load, use_table};

/// The response area page (across cases).
#[component]
pub fn ResponseArea() -> Html {
    let lang = use_lang();
    let load = use_load();
    let cases = use_table::<Case>();
    let failures = use_table::<Failure>();
    if load == Load::Loading {
        return html! { <p class="muted">{ t(lang, RespK::Loading) }</p> };
    }
    let clock = local_clock();
    let mut open: Vec<(Rc<Failure>, Rc<Case>)> = failures
        .values()
        .filter(|f| f.is_open())
        .filter_map(|f| {
            let case = cases.get(&f.case_id).filter(|c| !c.meta.deleted)?;
            Some((f.clone(), case.clone()))
        })
        .collect();
    sorting::sort_by_key(&mut open, |(f, _)| (f.discovered_at, f.meta.id));
    html! {
        <section class="page" data-testid="page-response">
            <div class="page-head"><h1>{ t(lang, RespK::AreaTitle) }</h1></div>
            <p class="lead">{ t(lang, RespK::AreaLead) }</p>
            <AlertsPanel />
            <h2>{ t(lang, RespK::OpenFailures) }</h2>
            if open.is_empty() {
                <p class="empty" data-testid="open-failures-empty">{ t(lang, RespK::NoOpenFailures) }</p>
            } else {
                <ul class="alert-list" data-testid="open-failures">
                    { for open.iter().map(|(f, case)| html! {
                        <li key={f.meta.id.to_string()} class="alert" data-testid="open-failure">
                            <a href={response_href(case.meta.id)} data-testid="open-failure-link">
                                <strong>{ case.client.company_name.clone() }</strong>
                                <span class="sub">{ format!("{} · {} · {}", f.kind.label(lang), f.what_happened, when(&clock, f.discovered_at)) }</span>
                            </a>
                            <NotifyClock failure={f.clone()} compact=true />
                            <span class="alert-text" data-testid="open-failure-next">{ t(lang, next_label(next_action(f, &clock))) }</span>
                        </li>
                    }) }
                </ul>
            }
        </section>
    }
}

fn next_label(action: NextAction) -> RespK {
    match action {
        NextAction::Notify => RespK::NextNotify,
        NextAction::AddSteps => RespK::NextAddSteps,
        NextAction::SendReport => RespK::NextReport,
        NextAction::TickSteps => RespK::NextTickSteps,
        NextAction::Close | NextAction::Nothing => RespK::NextClose,
    }
}
