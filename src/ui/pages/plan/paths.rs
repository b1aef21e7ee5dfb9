//! 替代路径 Alternative paths per risk: what each risk falls back on, linked and unlinked here,
//! with the library of patterns (what each needs, what it costs, who must agree) below.

use std::rc::Rc;

use yew::prelude::*;

use super::shared::{commit, error_banner, event_value, use_plan_editor};
use super::PathLibrary;
use crate::domain::plan::{PathKey, Plan, PlanError, RiskId};
use crate::i18n::{pick, t, PlanK};
use crate::ui::platform;
use crate::ui::store::use_lang;

#[derive(Properties, PartialEq)]
pub struct PathsSectionProps {
    pub plan: Rc<Plan>,
}

#[component]
pub fn PathsSection(props: &PathsSectionProps) -> Html {
    let lang = use_lang();
    let editor = use_plan_editor(&props.plan);
    let error = use_state(|| None::<PlanError>);
    let plan = &props.plan;
    let toggle = {
        let (editor, error) = (editor.clone(), error.clone());
        Callback::from(move |(risk, path): (RiskId, PathKey)| {
            error.set(commit(&editor, |p| {
                p.toggle_path(risk, path, platform::now())
            }));
        })
    };
    let risks = plan.risks_by_score();
    html! {
        <section class="plan-section" data-testid="paths" aria-labelledby="paths-h">
            <h2 id="paths-h">{ t(lang, PlanK::PathsTitle) }</h2>
            <p class="lead">{ t(lang, PlanK::PathsLead) }</p>
            { error_banner(&error) }
            if risks.is_empty() {
                <p class="muted">{ t(lang, PlanK::PathsNeedRisk) }</p>
            }
            <ul class="path-risks">
            { for risks.iter().map(|risk| {
                let id = risk.id;
                let unlinked: Vec<PathKey> = PathKey::ALL.into_iter().filter(|p| !risk.linked_paths.contains(p)).collect();
                let on_link = toggle.reform(move |e: Event| (id, PathKey::from_key(&event_value(&e)).unwrap_or(PathKey::PriorityReview)));
                html! {
                    <li key={id.0} class="path-risk" data-testid="path-risk">
                        <strong>{ risk.title.get(lang) }</strong>
                        if risk.linked_paths.is_empty() {
                            <p class="muted">{ t(lang, PlanK::NoPathYet) }</p>
                        } else {
                            <ul class="linked-paths">
                            { for risk.linked_paths.iter().map(|path| {
                                let path = *path;
                                let cost = plan.path_cost(path);
                                html! {
                                    <li key={path.key()} data-testid={format!("linked-{}", path.key())}>
                                        { path.name(lang) }
                                        <span class="sub">{ pick(lang, format!("切换需 {cost} 个工作日"), format!("switching takes {cost} working day(s)")) }</span>
                                        <button type="button" class="small no-print" data-testid="path-unlink"
                                            aria-label={format!("{} {}", t(lang, PlanK::Unlink), path.name(lang))}
                                            onclick={toggle.reform(move |_: MouseEvent| (id, path))}>{ t(lang, PlanK::Unlink) }</button>
                                    </li>
                                }
                            }) }
                            </ul>
                        }
                        if !unlinked.is_empty() {
                            <label class="inline-select no-print">{ t(lang, PlanK::LinkPath) }
                                <select data-testid="path-link" onchange={on_link}>
                                    <option value="" selected=true>{ "—" }</option>
                                    { for unlinked.iter().map(|p| html! { <option key={p.key()} value={p.key()}>{ p.name(lang) }</option> }) }
                                </select>
                            </label>
                        }
                    </li>
                }
            }) }
            </ul>
            <PathLibrary plan={plan.clone()} />
        </section>
    }
}
