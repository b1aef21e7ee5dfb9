//! New case / edit case form.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::domain::case::{Case, CaseInput, Field, FieldError, UrgencyKind};
use crate::domain::error::DomainError;
use crate::i18n::{describe_domain_error, describe_field_error, field_label, t, urgency_label, K};
use crate::ui::components::{SelectField, TextArea, TextField};
use crate::ui::platform;
use crate::ui::route::Route;
use crate::ui::state::{use_app, Load};
use crate::ui::sync::save_case;

#[derive(Properties, PartialEq)]
pub struct CaseFormPageProps {
    /// `None` creates a case; `Some(id)` edits that one.
    pub id: Option<AttrValue>,
}

#[component]
pub fn CaseFormPage(props: &CaseFormPageProps) -> Html {
    let ctx = use_app();
    let lang = ctx.lang;
    if ctx.load == Load::Loading {
        return html! { <p class="muted">{ t(lang, K::Loading) }</p> };
    }
    match &props.id {
        None => html! { <CaseForm existing={None::<Case>} /> },
        Some(id) => match ctx.case(id) {
            Some(case) => html! { <CaseForm existing={Some((*case).clone())} /> },
            None => {
                html! { <p class="empty" data-testid="case-missing">{ t(lang, K::CaseNotFound) }</p> }
            }
        },
    }
}

#[derive(Properties, PartialEq)]
struct CaseFormProps {
    existing: Option<Case>,
}

#[component]
fn CaseForm(props: &CaseFormProps) -> Html {
    let ctx = use_app();
    let lang = ctx.lang;
    let navigator = use_navigator();
    let input = {
        let existing = props.existing.clone();
        use_state(move || match existing {
            Some(c) => c.to_input(),
            None => CaseInput::new_on(platform::today()),
        })
    };
    let errors = use_state(Vec::<FieldError>::new);
    let general = use_state(|| None::<DomainError>);

    let on_change = {
        let setter = input.setter();
        let catalog = ctx.catalog.clone();
        use_callback(
            input.clone(),
            move |(field, value): (Field, String), current| {
                let mut next = (**current).clone();
                if field == Field::ServiceKey {
                    let name = |key: &str| catalog.get(key).map(|s| s.name.get(lang).to_owned());
                    let previous = name(&current.service_key);
                    let chosen = name(&value);
                    next.choose_service(value, chosen.as_deref(), previous.as_deref());
                } else {
                    next.set(field, value);
                }
                setter.set(next);
            },
        )
    };
    let onsubmit = {
        let (ctx, input, errors, general) =
            (ctx.clone(), input.clone(), errors.clone(), general.clone());
        let existing = props.existing.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let result = match &existing {
                Some(case) => case.edit(&input, platform::now()),
                None => Case::create(&input, platform::fresh_id(), platform::now()),
            };
            match result {
                Ok(case) => {
                    let id = case.meta.id.to_string();
                    save_case(&ctx, case);
                    if let Some(nav) = &navigator {
                        nav.push(&Route::CaseDetail { id });
                    }
                }
                Err(DomainError::Invalid(list)) => {
                    errors.set(list);
                    general.set(None);
                }
                Err(other) => general.set(Some(other)),
            }
        })
    };

    let on_cancel = {
        let navigator = use_navigator();
        Callback::from(move |_: MouseEvent| {
            if let Some(nav) = &navigator {
                nav.back();
            }
        })
    };
    let err = |field: Field| -> Option<AttrValue> {
        errors
            .iter()
            .find(|e| e.field() == field)
            .map(|e| AttrValue::from(describe_field_error(e, lang)))
    };
    let text = |field: Field, value: &str, testid: &'static str, required: bool| {
        html! {
            <TextField<Field> {field} label={t(lang, field_label(field))} value={value.to_string()}
                on_change={on_change.clone()} {testid} {required} error={err(field)} />
        }
    };
    let date = |field: Field, value: &str, testid: &'static str| {
        html! {
            <TextField<Field> {field} kind="date" label={t(lang, field_label(field))}
                value={value.to_string()} on_change={on_change.clone()} {testid} required=true
                error={err(field)} />
        }
    };
    let urgency_options: Vec<(AttrValue, AttrValue)> = UrgencyKind::ALL
        .iter()
        .map(|u| {
            (
                AttrValue::from(u.key()),
                AttrValue::from(t(lang, urgency_label(*u))),
            )
        })
        .collect();
    let service_options: Vec<(AttrValue, AttrValue)> = std::iter::once((
        AttrValue::from(""),
        AttrValue::from(t(lang, K::ServiceFreeText)),
    ))
    .chain(ctx.catalog.services.iter().map(|s| {
        (
            AttrValue::from(s.key.clone()),
            AttrValue::from(s.name.get(lang).to_string()),
        )
    }))
    .collect();
    let editing = props.existing.is_some();
    let i = &*input;

    html! {
        <section class="page" data-testid="page-case-form">
            <h1>{ t(lang, if editing { K::EditCase } else { K::NewCase }) }</h1>
            if !errors.is_empty() {
                <p class="banner error" role="alert" data-testid="form-errors">
                    { t(lang, K::FormHasErrors) }</p>
            }
            if let Some(e) = &*general {
                <p class="banner error" role="alert">{ describe_domain_error(e, lang) }</p>
            }
            <form {onsubmit} novalidate=true data-testid="case-form">
                <fieldset><legend>{ t(lang, K::SectionClient) }</legend>
                    { text(Field::CompanyName, &i.company_name, "company-name", true) }
                    <TextField<Field> field={Field::CreditCode} label={t(lang, K::FieldCreditCode)}
                        value={i.credit_code.clone()} on_change={on_change.clone()} testid="credit-code"
                        error={err(Field::CreditCode)} hint={Some(AttrValue::from(t(lang, K::CreditCodeHint)))} />
                    { text(Field::LegalRep, &i.legal_rep, "legal-rep", false) }
                    { text(Field::ContactName, &i.contact_name, "contact-name", false) }
                    <TextField<Field> field={Field::ContactPhone} kind="tel" label={t(lang, K::FieldContactPhone)}
                        value={i.contact_phone.clone()} on_change={on_change.clone()} testid="contact-phone"
                        error={err(Field::ContactPhone)} />
                </fieldset>
                <fieldset><legend>{ t(lang, K::SectionService) }</legend>
                    <SelectField<Field> field={Field::ServiceKey} label={t(lang, K::FieldServiceKey)}
                        options={service_options} value={i.service_key.clone()} on_change={on_change.clone()}
                        testid="service-key" />
                    { text(Field::ServiceName, &i.service_name, "service-name", true) }
                    <SelectField<Field> field={Field::Urgency} label={t(lang, K::FieldUrgency)}
                        options={urgency_options} value={i.urgency.key()} on_change={on_change.clone()}
                        testid="urgency" />
                    { text(Field::UrgencyNote, &i.urgency_note, "urgency-note", false) }
                    { date(Field::HardDate, &i.hard_date, "hard-date") }
                    { date(Field::StartDate, &i.start_date, "start-date") }
                    <TextField<Field> field={Field::PromisedDays} kind="number" inputmode={Some(AttrValue::from("numeric"))}
                        label={t(lang, K::FieldPromisedDays)} value={i.promised_days.clone()}
                        on_change={on_change.clone()} testid="promised-days" required=true
                        error={err(Field::PromisedDays)} />
                </fieldset>
                <fieldset><legend>{ t(lang, K::SectionTeam) }</legend>
                    { text(Field::Pm, &i.pm, "team-pm", false) }
                    { text(Field::Executor1, &i.executor1, "team-executor1", false) }
                    { text(Field::Executor2, &i.executor2, "team-executor2", false) }
                    { text(Field::Logistics, &i.logistics, "team-logistics", false) }
                </fieldset>
                <TextArea<Field> field={Field::Notes} label={t(lang, K::FieldNotes)} value={i.notes.clone()}
                    on_change={on_change.clone()} testid="notes" error={err(Field::Notes)} />
                <div class="actions">
                    <button type="submit" class="primary" data-testid="save-case">{ t(lang, K::Save) }</button>
                    <button type="button" onclick={on_cancel} data-testid="cancel">
                        { t(lang, K::Cancel) }</button>
                </div>
            </form>
        </section>
    }
}
