//! 复盘 The area page across cases: overdue action items, then the statistics as SVG charts
//! with their numbers as tables, then every retrospective with its state.

use crate::domain::sorting;
use std::collections::BTreeMap;
use std::rc::Rc;

use uuid::Uuid;
use yew::prelude::*;

use super::notify_chart::NotifyChart;
use super::on_time_chart::OnTimeChart;
use super::overdue::OverdueActions;
use super::pareto_chart::ParetoChart;
use super::premortem_chart::PremortemChart;
use super::shared::retro_href;
use crate::domain::case::Case;
use crate::domain::response::Failure;
use crate::domain::retro::Retro;
use crate::i18n::{t, RetroK};
use crate::ui::state::{Load, SameRc};
use crate::ui::store::{use_lang, use_load, use_table};

/// What the page shows, gathered once per change of the tables it reads.
struct AreaData {
    /// Live retrospectives of live cases.
    retros: Rc<Vec<Retro>>,
    /// Live cases.
    cases: Rc<Vec<Case>>,
    /// Live failures of live cases.
    failures: Rc<Vec<Failure>>,
    /// Every listed retrospective with its case, the latest changed first.
    listed: Vec<(Retro, Rc<Case>)>,
}

fn gather(
    retros: &BTreeMap<Uuid, Rc<Retro>>,
    cases: &BTreeMap<Uuid, Rc<Case>>,
    failures: &BTreeMap<Uuid, Rc<Failure>>,
) -> AreaData {
    let live_case = |id: Uuid| cases.get(&id).filter(|c| !c.meta.deleted).cloned();
    let retros: Rc<Vec<Retro>> = Rc::new(
        retros
            .values()
            .filter(|r| !r.meta.deleted && live_case(r.case_id).is_some())
            .map(|r| r.as_ref().clone())
            .collect(),
    );
    let failures: Rc<Vec<Failure>> = Rc::new(
        failures
            .values()
            .filter(|f| !f.meta.deleted && live_case(f.case_id).is_some())
            .map(|f| f.as_ref().clone())
            .collect(),
    );
    let mut listed: Vec<(Retro, Rc<Case>)> = retros
        .iter()
        .filter_map(|r| Some((r.clone(), live_case(r.case_id)?)))
        .collect();
    sorting::sort_by_key(&mut listed, |(r, _)| std::cmp::Reverse(r.meta.updated_at));
    let cases: Rc<Vec<Case>> = Rc::new(
        cases
            .values()
            .filter(|c| !c.meta.deleted)
            .map(|c| c.as_ref().clone())
            .collect(),
    );
    AreaData {
        retros,
        cases,
        failures,
        listed,
    }
}

/// The retro area page (across cases).
#[component]
pub fn RetroArea() -> Html {
    let lang = use_lang();
    let load = use_load();
    let (retros, cases, failures) = (
        use_table::<Retro>(),
        use_table::<Case>(),
        use_table::<Failure>(),
    );
    let data = use_memo(
        (SameRc(retros), SameRc(cases), SameRc(failures)),
        |(retros, cases, failures)| gather(&retros.0, &cases.0, &failures.0),
    );
    if load == Load::Loading {
        return html! { <p class="muted">{ t(lang, RetroK::Loading) }</p> };
    }
    let AreaData {
        retros,
        cases,
        failures,
        listed,
    } = &*data;
    let (retros, cases, failures) = (retros.clone(), cases.clone(), failures.clone());
    html! {
        <section class="page" data-testid="page-retro">
            <div class="page-head"><h1>{ t(lang, RetroK::AreaTitle) }</h1></div>
            <p class="lead">{ t(lang, RetroK::AreaLead) }</p>
            <OverdueActions />
            <div class="retro-charts">
                <ParetoChart retros={retros.clone()} />
                <OnTimeChart cases={cases} retros={retros.clone()} />
                <NotifyChart {failures} />
                <PremortemChart retros={retros.clone()} />
            </div>
            <h2>{ t(lang, RetroK::AllRetros) }</h2>
            if listed.is_empty() {
                <p class="empty" data-testid="retros-empty">{ t(lang, RetroK::NoRetros) }</p>
            } else {
                <ul class="alert-list" data-testid="retro-list">
                    { for listed.iter().map(|(r, c)| {
                        let check = r.check_knowing(&c.team.names());
                        html! {
                            <li key={r.meta.id.to_string()} class="alert" data-testid="retro-list-item">
                                <a href={retro_href(c.meta.id)}>
                                    <strong>{ c.client.company_name.clone() }</strong>
                                    <span class="sub">{ format!("{} · {}", c.service_name, r.outcome.summary(lang)) }</span>
                                </a>
                                <span class={classes!("retro-state", if check.ready { "ok" } else { "warn" })} data-testid="retro-list-state">{ t(lang, if check.ready { RetroK::Ready } else { RetroK::NotReady }) }</span>
                            </li>
                        }
                    }) }
                </ul>
            }
        </section>
    }
}
