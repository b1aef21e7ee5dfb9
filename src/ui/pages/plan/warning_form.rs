//! The form for one warning of the library, new or edited, each problem next to its field.

use std::rc::Rc;

use yew::prelude::*;

use super::shared::{error_banner, field_error};
use crate::domain::plan::{PlanError, PlanField, Warning, WarningEffect};
use crate::i18n::{t, PlanK};
use crate::ui::components::{SelectField, TextArea, TextField};
use crate::ui::platform;
use crate::ui::state::use_app;
use crate::ui::sync::save;

#[derive(Clone, Copy, PartialEq)]
enum F {
    Title,
    Start,
    End,
    Region,
    Department,
    Effect,
    Source,
    Note,
}

#[derive(Properties, PartialEq)]
pub struct WarningFormProps {
    pub existing: Option<Rc<Warning>>,
    pub on_done: Callback<()>,
}

#[component]
pub fn WarningForm(props: &WarningFormProps) -> Html {
    let ctx = use_app();
    let lang = ctx.lang;
    let input = {
        let start = props
            .existing
            .as_ref()
            .map(|w| w.to_input())
            .unwrap_or_default();
        use_state(move || start)
    };
    let error = use_state(|| None::<PlanError>);
    let on_change = {
        let input = input.clone();
        Callback::from(move |(f, v): (F, String)| {
            let mut next = (*input).clone();
            match f {
                F::Title => next.title = v,
                F::Start => next.start = v,
                F::End => next.end = v,
                F::Region => next.region = v,
                F::Department => next.department = v,
                F::Effect => next.effect = WarningEffect::from_key(&v).unwrap_or(next.effect),
                F::Source => next.source = v,
                F::Note => next.note = v,
            }
            input.set(next);
        })
    };
    let onsubmit = {
        let (ctx, input, error, existing, done) = (
            ctx.clone(),
            input.clone(),
            error.clone(),
            props.existing.clone(),
            props.on_done.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let now = platform::now();
            let result = match &existing {
                Some(w) => w.edit(&input, now),
                None => Warning::new(platform::fresh_id(), &input, now),
            };
            match result {
                Ok(next) => {
                    // An edit that changed nothing keeps its revision: nothing to save.
                    if existing.as_deref() != Some(&next) {
                        save(&ctx, next);
                    }
                    done.emit(());
                }
                Err(e) => error.set(Some(e)),
            }
        })
    };
    let i = &*input;
    let text = |f: F,
                label: PlanK,
                pf: PlanField,
                value: &str,
                testid: &'static str,
                kind: &'static str,
                required: bool| {
        html! {
            <TextField<F> field={f} {kind} label={t(lang, label)} value={value.to_string()} on_change={on_change.clone()}
                {testid} {required} error={field_error(&error, pf, lang)} />
        }
    };
    let effects = WarningEffect::ALL
        .iter()
        .map(|e| (AttrValue::from(e.key()), AttrValue::from(e.label(lang))))
        .collect::<Vec<_>>();
    let invalid = error.as_ref().is_some_and(|e| !e.problems().is_empty());
    html! {
        <form class="warning-form" {onsubmit} novalidate=true data-testid="warning-form">
            if invalid {
                <p class="banner error" role="alert" data-testid="warning-errors">{ t(lang, PlanK::FormHasErrors) }</p>
            }
            { error_banner(&error.as_ref().filter(|e| e.problems().is_empty()).cloned(), lang) }
            <fieldset>
                <legend>{ t(lang, if props.existing.is_some() { PlanK::EditWarning } else { PlanK::AddWarning }) }</legend>
                { text(F::Title, PlanK::WarningTitle, PlanField::WarningTitle, &i.title, "warning-title", "text", true) }
                { text(F::Start, PlanK::WarningStart, PlanField::WarningStart, &i.start, "warning-start", "date", true) }
                { text(F::End, PlanK::WarningEnd, PlanField::WarningEnd, &i.end, "warning-end", "date", true) }
                { text(F::Region, PlanK::Region, PlanField::WarningRegion, &i.region, "warning-region", "text", false) }
                { text(F::Department, PlanK::Department, PlanField::WarningDepartment, &i.department, "warning-department", "text", false) }
                <SelectField<F> field={F::Effect} label={t(lang, PlanK::Effect)} options={effects} value={i.effect.key()}
                    on_change={on_change.clone()} testid="warning-effect" />
                { text(F::Source, PlanK::Source, PlanField::WarningSource, &i.source, "warning-source", "text", false) }
                <TextArea<F> field={F::Note} label={t(lang, PlanK::Note)} value={i.note.clone()} on_change={on_change.clone()}
                    testid="warning-note" error={field_error(&error, PlanField::WarningNote, lang)} />
            </fieldset>
            <div class="actions">
                <button type="submit" class="primary" data-testid="warning-save">{ t(lang, PlanK::Save) }</button>
                <button type="button" data-testid="warning-cancel" onclick={props.on_done.reform(|_: MouseEvent| ())}>{ t(lang, PlanK::Cancel) }</button>
            </div>
        </form>
    }
}
