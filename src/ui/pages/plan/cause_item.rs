//! One pre-mortem cause: its text, who raised it, its status, and what the team can do with it
//! (accept, reject, edit, merge into another, turn into a risk, delete).

use std::rc::Rc;

use yew::prelude::*;

use super::risk_form::RiskFormOpen;
use super::shared::{commit, error_banner, event_value, use_plan_editor};
use super::CauseEdit;
use crate::domain::plan::{CauseId, CauseStatus, Plan, PlanError};
use crate::i18n::{pick, t, PlanK};
use crate::ui::platform;
use crate::ui::store::use_lang;

#[derive(Properties, PartialEq)]
pub struct CauseItemProps {
    pub plan: Rc<Plan>,
    pub cause_id: CauseId,
    /// The review phase: decisions, merging and risks are offered.
    pub review: bool,
    pub on_risk: Callback<RiskFormOpen>,
}

#[component]
pub fn CauseItem(props: &CauseItemProps) -> Html {
    let lang = use_lang();
    let editor = use_plan_editor(&props.plan);
    let editing = use_state(|| false);
    let error = use_state(|| None::<PlanError>);
    let plan = &props.plan;
    let Some(cause) = plan.cause(props.cause_id) else {
        return Html::default();
    };
    let id = cause.id;
    let act = |f: fn(&Plan, CauseId) -> Result<Plan, PlanError>| {
        let (editor, error) = (editor.clone(), error.clone());
        Callback::from(move |_: MouseEvent| error.set(commit(&editor, |p| f(p, id))))
    };
    let accept = act(|p, id| p.set_cause_status(id, CauseStatus::Accepted, platform::now()));
    let reject = act(|p, id| p.set_cause_status(id, CauseStatus::Rejected, platform::now()));
    let remove = act(|p, id| p.remove_cause(id, platform::now()));
    let to_risk = {
        let (plan, on_risk) = (plan.clone(), props.on_risk.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(draft) = plan.risk_draft_from_cause(id) {
                on_risk.emit(RiskFormOpen::new(None, draft));
            }
        })
    };
    let merge_into = {
        let (editor, error) = (editor.clone(), error.clone());
        Callback::from(move |e: Event| {
            let Ok(into) = event_value(&e).parse::<u32>() else {
                return;
            };
            error.set(commit(&editor, |p| {
                p.merge_causes(CauseId(into), &[id], platform::now())
            }));
        })
    };
    let targets: Vec<_> = plan
        .causes
        .iter()
        .filter(|c| c.is_live() && c.id != id && c.category == cause.category)
        .collect();
    let authors = plan.authors_of(id);
    let who = if authors.is_empty() {
        format!(
            "{} · {}",
            t(lang, PlanK::FromTemplate),
            cause.origin.as_ref().map_or("", |o| o.source.label(lang))
        )
    } else {
        authors.join("、")
    };
    let merged = plan.merged_from(id);
    let has_risk = plan.risks.iter().any(|r| r.from_cause == Some(id));
    if *editing {
        let done = {
            let editing = editing.clone();
            Callback::from(move |_: ()| editing.set(false))
        };
        return html! { <li class="cause-item"><CauseEdit plan={plan.clone()} cause_id={id} on_done={done} /></li> };
    }
    html! {
        <li class={classes!("cause-item", format!("cause-{}", cause.status.key()))} data-testid="cause-item">
            <span class="cause-text" data-testid="cause-text-shown">{ cause.text.get(lang) }</span>
            if !props.review { <span class="tag">{ cause.category.label(lang) }</span> }
            if has_risk { <span class="tag" data-testid="cause-has-risk">{ t(lang, PlanK::HasRisk) }</span> }
            <span class={classes!("badge", format!("st-{}", cause.status.key()))} data-testid="cause-status">{ cause.status.label(lang) }</span>
            <span class="sub">{ t(lang, PlanK::RaisedBy) }{ who }</span>
            if !merged.is_empty() {
                <span class="sub" data-testid="cause-merged">{ pick(lang,
                    format!("合并了 {} 条：{}", merged.len(), merged.iter().map(|m| m.text.get(lang)).collect::<Vec<_>>().join("；")),
                    format!("{} merged: {}", merged.len(), merged.iter().map(|m| m.text.get(lang)).collect::<Vec<_>>().join("; "))) }
                    { for merged.iter().map(|m| {
                        let (editor, error, mid) = (editor.clone(), error.clone(), m.id);
                        html! { <button type="button" key={m.id.0} class="small no-print" data-testid="cause-unmerge"
                            onclick={Callback::from(move |_: MouseEvent| error.set(commit(&editor, |p| p.unmerge_cause(mid, platform::now()))))}>
                            { t(lang, PlanK::Unmerge) }</button> }
                    }) }
                </span>
            }
            <span class="item-actions no-print">
                if props.review && cause.status != CauseStatus::Accepted {
                    <button type="button" class="small" data-testid="cause-accept" onclick={accept}>{ t(lang, PlanK::Accept) }</button>
                }
                if props.review && cause.status != CauseStatus::Rejected {
                    <button type="button" class="small" data-testid="cause-reject" onclick={reject}>{ t(lang, PlanK::Reject) }</button>
                }
                <button type="button" class="small" data-testid="cause-edit"
                    onclick={let e = editing.clone(); Callback::from(move |_: MouseEvent| e.set(true))}>{ t(lang, PlanK::Edit) }</button>
                if props.review && cause.status != CauseStatus::Rejected {
                    <button type="button" class="small" data-testid="cause-to-risk" onclick={to_risk}>{ t(lang, PlanK::ToRisk) }</button>
                }
                if props.review && !targets.is_empty() {
                    <label class="inline-select">{ t(lang, PlanK::MergeInto) }
                        <select data-testid="cause-merge-into" onchange={merge_into}>
                            <option value="" selected=true>{ "—" }</option>
                            { for targets.iter().map(|c| html! { <option key={c.id.0} value={c.id.0.to_string()}>{ c.text.get(lang) }</option> }) }
                        </select>
                    </label>
                }
                <button type="button" class="small danger" data-testid="cause-remove" onclick={remove}>{ t(lang, PlanK::Delete) }</button>
            </span>
            { error_banner(&error) }
        </li>
    }
}
