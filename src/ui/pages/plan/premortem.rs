//! 事前推演 The pre-mortem: "imagine this case has failed — why?". Each participant first writes
//! causes on their own (seeing only their own), then the team reviews them together.

use std::rc::Rc;

use yew::prelude::*;

use super::risk_form::RiskFormOpen;
use super::shared::{commit, event_value, field_error, form_error, use_plan_editor};
use super::{CauseItem, CauseReview};
use crate::domain::case::Case;
use crate::domain::plan::{CauseCategory, Plan, PlanError, PlanField, PremortemPhase};
use crate::i18n::{pick, t, PlanK};
use crate::ui::platform;
use crate::ui::store::use_lang;

#[derive(Properties, PartialEq)]
pub struct PremortemProps {
    pub plan: Rc<Plan>,
    pub case: Rc<Case>,
    pub on_risk: Callback<RiskFormOpen>,
}

#[component]
pub fn Premortem(props: &PremortemProps) -> Html {
    let lang = use_lang();
    let editor = use_plan_editor(&props.plan);
    let profile_name = crate::ui::store::use_profile_name();
    let author = use_state(move || profile_name);
    let text = use_state(String::new);
    let category = use_state(|| CauseCategory::Materials);
    let error = use_state(|| None::<PlanError>);
    let plan = &props.plan;

    let on_add = {
        let (editor, error) = (editor.clone(), error.clone());
        let (author, text, category) = (author.clone(), text.clone(), category.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let added = commit(&editor, |p| {
                p.add_cause(&author, &text, *category, platform::now())
                    .map(|(next, _)| next)
            });
            if added.is_none() {
                text.set(String::new());
            }
            error.set(added);
        })
    };
    let set_phase = |phase: PremortemPhase| {
        let (editor, plan, error) = (editor.clone(), plan.clone(), error.clone());
        Callback::from(move |_: MouseEvent| {
            if plan.phase != phase {
                error.set(commit(&editor, |p| p.set_phase(phase, platform::now())));
            }
        })
    };
    let reviewing = plan.phase == PremortemPhase::Reviewing;
    let mine = plan.causes_by_author(&author);
    let others = plan
        .causes
        .iter()
        .filter(|c| c.author != author.trim() && !c.author.is_empty())
        .count();
    let team = [
        props.case.team.pm.clone(),
        props.case.team.executors[0].clone(),
        props.case.team.executors[1].clone(),
        props.case.team.logistics.clone(),
    ];

    html! {
        <section class="plan-section" data-testid="premortem" aria-labelledby="pm-h">
            <h2 id="pm-h">{ t(lang, PlanK::PremortemTitle) }</h2>
            <p class="lead">{ t(lang, PlanK::PremortemLead) }</p>
            <div class="segmented no-print" role="group" aria-label={t(lang, PlanK::PhaseLabel)}>
                <button type="button" data-testid="phase-collecting" aria-pressed={(!reviewing).to_string()}
                    onclick={set_phase(PremortemPhase::Collecting)}>{ t(lang, PlanK::PhaseCollecting) }</button>
                <button type="button" data-testid="phase-reviewing" aria-pressed={reviewing.to_string()}
                    onclick={set_phase(PremortemPhase::Reviewing)}>{ t(lang, PlanK::PhaseReviewing) }</button>
            </div>
            { form_error(&error) }
            <form class="inline-form no-print" onsubmit={on_add} novalidate=true data-testid="cause-form">
                <div class={classes!("field", field_error(&error, PlanField::CauseAuthor, lang).is_some().then_some("invalid"))}>
                    <label for="cause-author">{ t(lang, PlanK::CauseAuthor) }</label>
                    <input id="cause-author" list="cause-team" value={(*author).clone()} data-testid="cause-author"
                        oninput={let a = author.clone(); Callback::from(move |e: InputEvent| a.set(event_value(&e)))} />
                    <datalist id="cause-team">
                        { for team.iter().filter(|n| !n.trim().is_empty()).map(|n| html! { <option key={n.clone()} value={n.clone()} /> }) }
                    </datalist>
                    if let Some(msg) = field_error(&error, PlanField::CauseAuthor, lang) { <p class="field-error">{ msg }</p> }
                </div>
                <div class={classes!("field", "grow", field_error(&error, PlanField::CauseText, lang).is_some().then_some("invalid"))}>
                    <label for="cause-text">{ t(lang, PlanK::CauseText) }</label>
                    <input id="cause-text" value={(*text).clone()} data-testid="cause-text"
                        placeholder={t(lang, PlanK::CausePlaceholder)}
                        oninput={let s = text.clone(); Callback::from(move |e: InputEvent| s.set(event_value(&e)))} />
                    if let Some(msg) = field_error(&error, PlanField::CauseText, lang) { <p class="field-error">{ msg }</p> }
                </div>
                <div class="field">
                    <label for="cause-category">{ t(lang, PlanK::Category) }</label>
                    <select id="cause-category" data-testid="cause-category"
                        onchange={let c = category.clone(); Callback::from(move |e: Event| {
                            if let Some(cat) = CauseCategory::from_key(&event_value(&e)) { c.set(cat) }
                        })}>
                        { for CauseCategory::ALL.iter().map(|c| html! {
                            <option key={c.key()} value={c.key()} selected={*c == *category}>{ c.label(lang) }</option>
                        }) }
                    </select>
                </div>
                <button type="submit" class="primary" data-testid="add-cause">{ t(lang, PlanK::AddCause) }</button>
            </form>
            if reviewing {
                <CauseReview plan={plan.clone()} case={props.case.clone()} on_risk={props.on_risk.clone()} />
            } else {
                <h3 class="no-print">{ t(lang, PlanK::MyCauses) }</h3>
                if author.trim().is_empty() {
                    <p class="muted no-print">{ t(lang, PlanK::EnterNameFirst) }</p>
                } else if mine.is_empty() {
                    <p class="muted no-print" data-testid="my-causes-empty">{ t(lang, PlanK::NoCausesYet) }</p>
                } else {
                    <ul class="cause-list no-print" data-testid="my-causes">
                        { for mine.iter().map(|c| html! {
                            <CauseItem key={c.id.0} plan={plan.clone()} cause_id={c.id} review=false on_risk={props.on_risk.clone()} />
                        }) }
                    </ul>
                }
                <p class="muted no-print" data-testid="others-hidden">{ pick(lang,
                    format!("其他参与者已写 {others} 条，评审时一起显示。"),
                    format!("Other participants have written {others}; they show in the review.")) }</p>
                { print_groups(plan, lang) }
            }
        </section>
    }
}

/// Every live cause by category, for paper only (on screen each person sees their own).
fn print_groups(plan: &Plan, lang: crate::i18n::Lang) -> Html {
    html! {
        <div class="print-only">
            { for plan.causes_by_category().into_iter().filter(|g| !g.causes.is_empty()).map(|g| html! {
                <div key={g.category.key()}>
                    <h3>{ g.category.label(lang) }</h3>
                    <ul>{ for g.causes.iter().map(|c| html! {
                        <li key={c.id.0}>{ c.text.get(lang) }{ " — " }{ c.status.label(lang) }</li>
                    }) }</ul>
                </div>
            }) }
        </div>
    }
}
