//! One risk of the register: scores before and after mitigation (numbers and words, never
//! colour alone), early sign, owner with the person's name, mitigation and linked paths.

use std::rc::Rc;

use yew::prelude::*;

use super::risk_form::RiskFormOpen;
use super::shared::{commit, error_banner, use_plan_editor};
use crate::domain::case::Case;
use crate::domain::plan::{Plan, PlanError, RiskDraft, RiskId};
use crate::i18n::{t, PlanK};
use crate::ui::platform;
use crate::ui::store::use_lang;

#[derive(Properties, PartialEq)]
pub struct RiskCardProps {
    pub plan: Rc<Plan>,
    pub case: Rc<Case>,
    pub risk_id: RiskId,
    pub on_edit: Callback<RiskFormOpen>,
}

#[component]
pub fn RiskCard(props: &RiskCardProps) -> Html {
    let lang = use_lang();
    let editor = use_plan_editor(&props.plan);
    let error = use_state(|| None::<PlanError>);
    let Some(risk) = props.plan.risk(props.risk_id) else {
        return Html::default();
    };
    let id = risk.id;
    let on_edit = {
        let draft = RiskDraft::from_risk(risk);
        props
            .on_edit
            .reform(move |_: MouseEvent| RiskFormOpen::new(Some(id), draft.clone()))
    };
    let on_remove = {
        let (editor, error) = (editor.clone(), error.clone());
        Callback::from(move |_: MouseEvent| {
            error.set(commit(&editor, |p| p.remove_risk(id, platform::now())))
        })
    };
    let person = risk.owner.person(&props.case.team).trim().to_string();
    let owner = if person.is_empty() {
        format!(
            "{}（{}）",
            risk.owner.label(lang),
            t(lang, PlanK::Unassigned)
        )
    } else {
        format!("{} · {person}", risk.owner.label(lang))
    };
    let paths = risk
        .linked_paths
        .iter()
        .map(|p| p.name(lang))
        .collect::<Vec<_>>();
    let dash = |s: &str| {
        if s.trim().is_empty() {
            "—".to_string()
        } else {
            s.to_string()
        }
    };
    html! {
        <li class={classes!("risk-card", format!("band-{}", risk.residual_band().key()))} data-testid="risk-row">
            <div class="risk-top">
                <strong data-testid="risk-name">{ risk.title.get(lang) }</strong>
                <span class="tag">{ risk.category.label(lang) }</span>
            </div>
            <p class="scores">
                <span class={classes!("score", format!("band-{}", risk.band().key()))} data-testid="risk-score">
                    { format!("{} {}×{} = {} {}", t(lang, PlanK::Before), risk.likelihood, risk.impact, risk.score(), risk.band().label(lang)) }
                </span>
                { " → " }
                <span class={classes!("score", format!("band-{}", risk.residual_band().key()))} data-testid="risk-residual">
                    { format!("{} {}×{} = {} {}", t(lang, PlanK::After), risk.residual_likelihood, risk.residual_impact, risk.residual_score(), risk.residual_band().label(lang)) }
                </span>
            </p>
            <dl class="risk-facts">
                <div><dt>{ t(lang, PlanK::EarlySign) }</dt><dd>{ dash(risk.early_sign.get(lang)) }</dd></div>
                <div><dt>{ t(lang, PlanK::Owner) }</dt><dd data-testid="risk-owner-shown">{ owner }</dd></div>
                <div class="wide"><dt>{ t(lang, PlanK::Mitigation) }</dt><dd>{ dash(risk.mitigation.get(lang)) }</dd></div>
                <div class="wide"><dt>{ t(lang, PlanK::LinkedPaths) }</dt>
                    <dd data-testid="risk-paths">{ if paths.is_empty() { t(lang, PlanK::NoPathYet).to_string() } else { paths.join("、") } }</dd></div>
            </dl>
            <div class="item-actions no-print">
                <button type="button" class="small" data-testid="risk-edit" onclick={on_edit}>{ t(lang, PlanK::Edit) }</button>
                <button type="button" class="small danger" data-testid="risk-remove" onclick={on_remove}>{ t(lang, PlanK::Delete) }</button>
            </div>
            { error_banner(&error) }
        </li>
    }
}
