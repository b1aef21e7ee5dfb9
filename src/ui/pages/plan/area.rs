//! 预案工坊 area page: the open cases and their plans at a glance (which have one, how many
//! critical and high risks, the next decide-by date, overlapping warnings), and the way to the
//! warning library. The first 25 rows render at once, more on request.

use crate::domain::sorting;
use std::collections::HashSet;
use std::rc::Rc;

use uuid::Uuid;
use yew::prelude::*;

use super::shared::plan_among;
use super::WarningFlag;
use crate::domain::case::Case;
use crate::domain::plan::{timeline_with, Plan};
use crate::i18n::{pick, t, PlanK, K};
use crate::ui::components::{use_row_limit, MoreRows};
use crate::ui::pages::precheck::use_precheck_inputs;
use crate::ui::platform;
use crate::ui::route::{href, Route};
use crate::ui::state::Load;
use crate::ui::store::{use_calendar, use_index, use_lang, use_load, use_table, ByCase};

#[component]
pub fn PlanArea() -> Html {
    let lang = use_lang();
    let load = use_load();
    let calendar = use_calendar();
    let plans = use_index::<ByCase<Plan>>();
    let precheck = use_precheck_inputs();
    let today = platform::today();
    let limit = use_row_limit();
    let mut cases: Vec<Rc<Case>> = use_table::<Case>()
        .values()
        .filter(|c| !c.meta.deleted && !c.status.is_closed())
        .cloned()
        .collect();
    sorting::sort_by_key(&mut cases, |c| (c.hard_date, c.client.company_name.clone()));
    let plan_of = |case_id: Uuid| {
        plans
            .0
            .get(&case_id)
            .and_then(|list| plan_among(list))
            .filter(|p| !p.meta.deleted)
    };
    let planned: HashSet<Uuid> = cases
        .iter()
        .map(|c| c.meta.id)
        .filter(|id| plan_of(*id).is_some())
        .collect();
    let with_plan = cases
        .iter()
        .filter(|c| planned.contains(&c.meta.id))
        .count();
    html! {
        <section class="page" data-testid="page-plan">
            <div class="page-head">
                <h1>{ t(lang, K::NavPlan) }</h1>
                <a class="button" href={href(&Route::WarningLibrary)} data-testid="plan-area-warnings">{ t(lang, PlanK::WarningLibraryTitle) }</a>
            </div>
            <p class="lead">{ t(lang, PlanK::AreaLead) }</p>
            if load == Load::Loading {
                <p class="muted">{ t(lang, K::Loading) }</p>
            } else if cases.is_empty() {
                <p class="empty" data-testid="plan-area-empty">{ t(lang, PlanK::AreaEmpty) }</p>
            } else {
                <p data-testid="plan-area-count">{ pick(lang,
                    format!("{} 个在办案件中，{with_plan} 个已有预案。", cases.len()),
                    format!("{with_plan} of {} open cases have a plan.", cases.len())) }</p>
                <table class="case-table" data-testid="plan-area-table">
                    <thead><tr>
                        <th scope="col">{ t(lang, K::ColCompany) }</th>
                        <th scope="col">{ t(lang, K::ColHardDate) }</th>
                        <th scope="col">{ t(lang, PlanK::ColPlan) }</th>
                        <th scope="col">{ t(lang, PlanK::ColCriticalHigh) }</th>
                        <th scope="col">{ t(lang, PlanK::ColNextDecision) }</th>
                    </tr></thead>
                    <tbody>
                    { for cases.iter().take(*limit).map(|c| {
                        let id = c.meta.id.to_string();
                        let plan = plan_of(c.meta.id);
                        let (has, risks, next) = match &plan {
                            None => (t(lang, PlanK::NoPlan).to_string(), "—".to_string(), "—".to_string()),
                            Some(p) => {
                                let s = p.stats();
                                let basis = precheck.timeline_basis(c);
                                let line = timeline_with(p, c, &calendar, today, basis);
                                let next = line.next_open().map_or_else(|| t(lang, PlanK::NoOpenDecision).to_string(), |e| {
                                    format!("{} · {}", e.decide_by.date, e.path.name(lang))
                                });
                                (pick(lang, format!("有（{} 项风险）", s.risks), format!("Yes ({} risks)", s.risks)),
                                 pick(lang, format!("极高 {} · 高 {}", s.risks_critical, s.risks_high), format!("{} critical · {} high", s.risks_critical, s.risks_high)),
                                 next)
                            }
                        };
                        html! {
                            <tr key={id.clone()} data-testid="plan-area-row">
                                <td data-label={t(lang, K::ColCompany)}>
                                    <a href={href(&Route::CasePlan { id: id.clone() })} data-testid="plan-area-link">{ c.client.company_name.clone() }</a>
                                    <WarningFlag case_id={id.clone()} />
                                </td>
                                <td data-label={t(lang, K::ColHardDate)}>{ c.hard_date.to_string() }</td>
                                <td data-label={t(lang, PlanK::ColPlan)} data-testid="plan-area-has">{ has }</td>
                                <td data-label={t(lang, PlanK::ColCriticalHigh)} data-testid="plan-area-risks">{ risks }</td>
                                <td data-label={t(lang, PlanK::ColNextDecision)} data-testid="plan-area-next">{ next }</td>
                            </tr>
                        }
                    }) }
                    </tbody>
                </table>
                <MoreRows {limit} total={cases.len()} testid="plan-area-rows" />
            }
        </section>
    }
}
