//! The risk form: add or edit one entry of the register, with a live score before and after
//! mitigation and every problem shown next to its field.

use std::rc::Rc;

use yew::prelude::*;

use super::risk_form_state::{
    category_options, impact_options, likelihood_options, owner_options, Form, F,
};
use super::shared::{commit, error_banner, field_error, use_plan_editor};
use super::PathPicker;
use crate::domain::case::Case;
use crate::domain::plan::{score, Band, PathKey, Plan, PlanError, PlanField, RiskDraft, RiskId};
use crate::i18n::{pick, t, PlanK};
use crate::ui::components::{SelectField, TextArea, TextField};
use crate::ui::platform;
use crate::ui::store::use_lang;

/// What the form opens with: the risk being edited (if any) and the draft to show.
#[derive(Clone, Debug, PartialEq)]
pub struct RiskFormOpen {
    pub editing: Option<RiskId>,
    pub draft: RiskDraft,
    /// Changes on every opening so the form restarts from `draft`.
    pub seq: u32,
}

impl RiskFormOpen {
    pub fn new(editing: Option<RiskId>, draft: RiskDraft) -> Self {
        RiskFormOpen {
            editing,
            draft,
            seq: 0,
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct RiskFormProps {
    pub plan: Rc<Plan>,
    pub case: Rc<Case>,
    pub open: RiskFormOpen,
    pub on_close: Callback<()>,
}

#[component]
pub fn RiskForm(props: &RiskFormProps) -> Html {
    let lang = use_lang();
    let editor = use_plan_editor(&props.plan);
    let form = {
        let d = props.open.draft.clone();
        use_state(move || Form::new(d, lang))
    };
    let error = use_state(|| None::<PlanError>);
    let on_change = {
        let form = form.clone();
        Callback::from(move |(field, value): (F, String)| form.set(form.with(field, value)))
    };
    let on_toggle = {
        let form = form.clone();
        Callback::from(move |path: PathKey| form.set(form.toggled(path)))
    };
    let onsubmit = {
        let (editor, form, error) = (editor.clone(), form.clone(), error.clone());
        let (editing, on_close) = (props.open.editing, props.on_close.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match commit(&editor, |plan| {
                form.save(plan, editing, lang, platform::now())
            }) {
                None => on_close.emit(()),
                some => error.set(some),
            }
        })
    };
    let f = &*form;
    let d = &f.draft;
    let err = |field: PlanField| field_error(&error, field, lang);
    let (likely, impact) = (likelihood_options(lang), impact_options(lang));
    let categories = category_options(lang);
    let owners = owner_options(&props.case.team, lang);
    let sel = |field: F,
               label: PlanK,
               options: Vec<(AttrValue, AttrValue)>,
               value: String,
               testid: &'static str| {
        html! {
            <SelectField<F> {field} label={t(lang, label)} {options} value={value} on_change={on_change.clone()} {testid} />
        }
    };
    let (before, after) = (
        score(d.likelihood, d.impact),
        score(d.residual_likelihood, d.residual_impact),
    );
    let band = |s: u8| Band::from_score(s).label(lang);
    // Problems of fields without an error line of their own (the selects), and other errors.
    let in_place = [
        PlanField::RiskTitle,
        PlanField::RiskEarlySign,
        PlanField::RiskMitigation,
        PlanField::RemainingWorkDays,
    ];
    let general = error.as_ref().filter(|e| e.problems().is_empty()).cloned();
    let others: Vec<String> = error
        .as_ref()
        .map(|e| {
            e.problems()
                .iter()
                .filter(|p| !in_place.contains(&p.field))
                .map(|p| p.message(lang))
                .collect()
        })
        .unwrap_or_default();
    html! {
        <form class="risk-form no-print" onsubmit={onsubmit} novalidate=true data-testid="risk-form"
            aria-label={t(lang, if props.open.editing.is_some() { PlanK::EditRisk } else { PlanK::AddRisk })}>
            <fieldset>
                <legend>{ t(lang, if props.open.editing.is_some() { PlanK::EditRisk } else { PlanK::AddRisk }) }</legend>
                <TextField<F> field={F::Title} label={t(lang, PlanK::RiskTitle)} value={f.title.clone()} on_change={on_change.clone()}
                    testid="risk-title" required=true error={err(PlanField::RiskTitle)} />
                { sel(F::Category, PlanK::Category, categories, d.category.key().to_string(), "risk-category") }
                { sel(F::Likelihood, PlanK::Likelihood, likely.clone(), d.likelihood.to_string(), "risk-likelihood") }
                { sel(F::Impact, PlanK::Impact, impact.clone(), d.impact.to_string(), "risk-impact") }
                <TextField<F> field={F::EarlySign} label={t(lang, PlanK::EarlySign)} value={f.early.clone()} on_change={on_change.clone()}
                    testid="risk-early-sign" error={err(PlanField::RiskEarlySign)} />
                { sel(F::Owner, PlanK::Owner, owners, d.owner.key().to_string(), "risk-owner") }
                <TextArea<F> field={F::Mitigation} label={t(lang, PlanK::Mitigation)} value={f.mitigation.clone()} on_change={on_change.clone()}
                    testid="risk-mitigation" error={err(PlanField::RiskMitigation)} />
                { sel(F::ResL, PlanK::ResidualLikelihood, likely.clone(), d.residual_likelihood.to_string(), "risk-res-likelihood") }
                { sel(F::ResI, PlanK::ResidualImpact, impact.clone(), d.residual_impact.to_string(), "risk-res-impact") }
                <TextField<F> field={F::Remaining} kind="number" label={t(lang, PlanK::RemainingDays)} value={f.remaining.clone()}
                    on_change={on_change.clone()} testid="risk-remaining" error={err(PlanField::RemainingWorkDays)}
                    hint={Some(AttrValue::from(t(lang, PlanK::RemainingHint)))} inputmode={Some(AttrValue::from("numeric"))} />
                <p class="field wide score-preview" role="status" aria-live="polite" data-testid="risk-preview">{ pick(lang,
                    format!("措施前 {}×{} = {before}（{}）→ 措施后 {}×{} = {after}（{}）", d.likelihood, d.impact, band(before), d.residual_likelihood, d.residual_impact, band(after)),
                    format!("Before {}×{} = {before} ({}) → after {}×{} = {after} ({})", d.likelihood, d.impact, band(before), d.residual_likelihood, d.residual_impact, band(after))) }</p>
            </fieldset>
            <PathPicker plan={props.plan.clone()} selected={d.linked_paths.clone()} {on_toggle} />
            { error_banner(&general) }
            if !others.is_empty() {
                <div class="banner error" role="alert" data-testid="risk-form-errors">
                    { for others.iter().map(|m| html! { <p>{ m.clone() }</p> }) }
                </div>
            }
            <div class="actions">
                <button type="submit" class="primary" data-testid="risk-save">{ t(lang, PlanK::SaveRisk) }</button>
                <button type="button" data-testid="risk-cancel" onclick={props.on_close.reform(|_: MouseEvent| ())}>{ t(lang, PlanK::Cancel) }</button>
            </div>
        </form>
    }
}
