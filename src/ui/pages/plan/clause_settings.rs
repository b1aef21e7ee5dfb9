//! The contract settings the clauses are written from: agency name, materials deadline (or
//! computed from the case), submission period, expedite fee and compensation cap.

use std::rc::Rc;

use chrono::NaiveDate;
use yew::prelude::*;

use super::shared::{commit, field_error, form_error, use_plan_editor, use_text_fields};
use crate::domain::plan::{
    Plan, PlanError, PlanField, Problem, ProblemKind, MAX_AMOUNT_YUAN, MAX_SUBMIT_DAYS,
};
use crate::i18n::{t, PlanK};
use crate::ui::components::TextField;
use crate::ui::platform;
use crate::ui::store::use_lang;

#[derive(Clone, Copy, PartialEq)]
enum F {
    Agency,
    Due,
    Within,
    Fee,
    Cap,
}

#[derive(Properties, PartialEq)]
pub struct ClauseSettingsFormProps {
    pub plan: Rc<Plan>,
}

fn opt_text(v: Option<u64>) -> String {
    v.map(|v| v.to_string()).unwrap_or_default()
}

#[component]
pub fn ClauseSettingsForm(props: &ClauseSettingsFormProps) -> Html {
    let lang = use_lang();
    let editor = use_plan_editor(&props.plan);
    let form = {
        let s = props.plan.clauses.clone();
        use_text_fields(
            [
                s.agency_name,
                s.materials_due.map(|d| d.to_string()).unwrap_or_default(),
                s.submit_within_days.to_string(),
                opt_text(s.expedite_fee_yuan),
                opt_text(s.compensation_cap_yuan),
            ],
            |f: F| f as usize,
        )
    };
    let (fields, saved, on_change) = (
        form.values.clone(),
        form.saved.clone(),
        form.on_change.clone(),
    );
    let error = use_state(|| None::<PlanError>);
    let onsubmit = {
        let (editor, form, error) = (editor.clone(), form.clone(), error.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(values) = form.prepare_save() else {
                return;
            };
            let [agency, due, within, fee, cap] = values.clone();
            let err = commit(&editor, |plan| {
                let mut problems = Vec::new();
                let mut settings = plan.clauses.clone();
                settings.agency_name = agency.trim().to_string();
                settings.materials_due = match due.trim() {
                    "" => None,
                    raw => NaiveDate::parse_from_str(raw, "%Y-%m-%d")
                        .map_err(|_| {
                            problems
                                .push(Problem::new(PlanField::MaterialsDue, ProblemKind::BadDate))
                        })
                        .ok(),
                };
                match within.trim().parse::<u32>() {
                    Ok(n) => settings.submit_within_days = n,
                    Err(_) => problems.push(Problem::new(
                        PlanField::SubmitWithinDays,
                        ProblemKind::OutOfRange {
                            min: 0,
                            max: u64::from(MAX_SUBMIT_DAYS),
                        },
                    )),
                }
                let mut amount = |raw: &str, field: PlanField| match raw.trim() {
                    "" => None,
                    raw => raw
                        .parse::<u64>()
                        .map_err(|_| {
                            problems.push(Problem::new(
                                field,
                                ProblemKind::OutOfRange {
                                    min: 0,
                                    max: MAX_AMOUNT_YUAN,
                                },
                            ))
                        })
                        .ok(),
                };
                settings.expedite_fee_yuan = amount(&fee, PlanField::ExpediteFee);
                settings.compensation_cap_yuan = amount(&cap, PlanField::CompensationCap);
                if problems.is_empty() {
                    plan.set_clause_settings(settings, platform::now())
                } else {
                    Err(PlanError::Invalid(problems))
                }
            });
            if err.is_none() {
                form.saved_as(&values);
            } else {
                form.saved.set(false);
            }
            error.set(err);
        })
    };
    let field = |f: F, label: PlanK, pf: PlanField, testid: &'static str, kind: &'static str| {
        html! {
            <TextField<F> field={f} {kind} label={t(lang, label)} value={fields[f as usize].clone()} on_change={on_change.clone()}
                {testid} error={field_error(&error, pf, lang)}
                inputmode={(kind == "number").then(|| AttrValue::from("numeric"))} />
        }
    };
    html! {
        <form class="clause-settings no-print" {onsubmit} novalidate=true data-testid="clause-settings">
            <fieldset>
                <legend>{ t(lang, PlanK::ClauseSettings) }</legend>
                { field(F::Agency, PlanK::AgencyName, PlanField::AgencyName, "clause-agency", "text") }
                { field(F::Due, PlanK::MaterialsDue, PlanField::MaterialsDue, "clause-materials-due", "date") }
                { field(F::Within, PlanK::SubmitWithin, PlanField::SubmitWithinDays, "clause-submit-within", "number") }
                { field(F::Fee, PlanK::ExpediteFee, PlanField::ExpediteFee, "clause-fee", "number") }
                { field(F::Cap, PlanK::CompensationCap, PlanField::CompensationCap, "clause-cap", "number") }
            </fieldset>
            { form_error(&error) }
            { form.conflict_notice([
                PlanField::AgencyName.label(lang),
                PlanField::MaterialsDue.label(lang),
                PlanField::SubmitWithinDays.label(lang),
                PlanField::ExpediteFee.label(lang),
                PlanField::CompensationCap.label(lang),
            ], lang) }
            <div class="actions">
                <button type="submit" data-testid="clause-settings-save">{ t(lang, PlanK::ApplySettings) }</button>
                <span role="status" aria-live="polite">{ if *saved { t(lang, PlanK::Saved) } else { "" } }</span>
            </div>
        </form>
    }
}
