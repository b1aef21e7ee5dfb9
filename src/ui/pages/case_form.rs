//! New case / edit case form.

use yew::prelude::*;

use crate::domain::merge3::FieldForm;
use yew_router::prelude::*;

use crate::domain::case::{Case, CaseInput, Field, FieldConflict, FieldError, UrgencyKind};
use crate::domain::error::DomainError;
use crate::i18n::{describe_field_error, field_label, pick, t, urgency_label, K};
use crate::ui::components::{ErrorView, SelectField, TextArea, TextField};
use crate::ui::platform;
use crate::ui::route::Route;
use crate::ui::state::Load;
use crate::ui::store::{use_case, use_catalog, use_lang, use_load, use_store};
use crate::ui::sync::save_case;

#[derive(Properties, PartialEq)]
pub struct CaseFormPageProps {
    /// `None` creates a case; `Some(id)` edits that one.
    pub id: Option<AttrValue>,
}

#[component]
pub fn CaseFormPage(props: &CaseFormPageProps) -> Html {
    let lang = use_lang();
    let load = use_load();
    let case = use_case(props.id.as_deref().unwrap_or_default());
    if load == Load::Loading {
        return html! { <p class="muted">{ t(lang, K::Loading) }</p> };
    }
    match &props.id {
        None => html! { <CaseForm existing={None::<Case>} /> },
        Some(_) => match case {
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
    let lang = use_lang();
    let store = use_store();
    let catalog = use_catalog();
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
    // The revision this form was opened on (or last rebased to): a save while the store
    // holds a newer one merges field by field instead of overwriting it.
    let base = {
        let existing = props.existing.clone();
        use_state(move || existing)
    };
    let conflicts = use_state(Vec::<FieldConflict<Field>>::new);
    // Typed and not saved: closing the tab asks first.
    let dirty = match &*base {
        Some(opened) => opened.to_input() != *input,
        None => *input != CaseInput::new_on(platform::today()),
    };
    platform::use_dirty_mark("case-form".into(), dirty);

    let on_change = {
        let setter = input.setter();
        let catalog = catalog.clone();
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
        let (store, input, errors, general) = (
            store.clone(),
            input.clone(),
            errors.clone(),
            general.clone(),
        );
        let (base, conflicts) = (base.clone(), conflicts.clone());
        let existing = props.existing.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if !conflicts.is_empty() {
                return;
            }
            let result = match (&existing, &*base) {
                (Some(latest), Some(opened)) if latest.meta.rev != opened.meta.rev => {
                    // Saved elsewhere since this form opened: keep both sides' changes.
                    let rebased = input.rebase(&opened.to_input(), &latest.to_input());
                    input.set(rebased.merged.clone());
                    base.set(Some(latest.clone()));
                    if !rebased.conflicts.is_empty() {
                        conflicts.set(rebased.conflicts);
                        return;
                    }
                    latest.edit(&rebased.merged, platform::now())
                }
                (Some(case), _) => case.edit(&input, platform::now()),
                (None, _) => Case::create(&input, platform::fresh_id(), platform::now()),
            };
            match result {
                Ok(case) => {
                    let id = case.meta.id.to_string();
                    save_case(&store, case);
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
    .chain(catalog.services.iter().map(|s| {
        (
            AttrValue::from(s.key.clone()),
            AttrValue::from(s.name.get(lang).to_string()),
        )
    }))
    .collect();
    let editing = props.existing.is_some();
    let i = &*input;
    let shown = |field: Field, value: &str| -> String {
        match field {
            Field::Urgency => UrgencyKind::from_key(value).map_or_else(
                || value.to_owned(),
                |u| t(lang, urgency_label(u)).to_owned(),
            ),
            _ if value.is_empty() => pick(lang, "（空）".into(), "(empty)".into()),
            _ => value.to_owned(),
        }
    };
    let resolve = |field: Field, theirs: Option<String>| {
        let (input, conflicts) = (input.clone(), conflicts.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(value) = theirs.clone() {
                let mut next = (*input).clone();
                next.set(field, value);
                input.set(next);
            }
            conflicts.set(
                conflicts
                    .iter()
                    .filter(|c| c.field != field)
                    .cloned()
                    .collect(),
            );
        })
    };
    let stale = matches!((&props.existing, &*base), (Some(latest), Some(opened)) if latest.meta.rev != opened.meta.rev);
    let theirs_at = props
        .existing
        .as_ref()
        .map(|c| platform::local_time(c.meta.updated_at))
        .unwrap_or_default();

    html! {
        <section class="page" data-testid="page-case-form">
            <h1>{ t(lang, if editing { K::EditCase } else { K::NewCase }) }</h1>
            if !errors.is_empty() {
                <p class="banner error" role="alert" data-testid="form-errors">
                    { t(lang, K::FormHasErrors) }</p>
            }
            <ErrorView<DomainError> error={(*general).clone()} />
            if conflicts.is_empty() && stale {
                <p class="banner warn" role="status" data-testid="edit-stale">{ pick(lang,
                    format!("这个案件刚在另一个标签页或设备上保存过（{theirs_at}）。保存时会把对方的修改和你的修改合并，两边都改过的字段会请你选择。"),
                    format!("This case was just saved in another tab or on another device ({theirs_at}). Saving merges their changes with yours; fields both of you changed are asked about.")) }</p>
            }
            if !conflicts.is_empty() {
                <div class="banner warn" role="alert" data-testid="edit-conflict">
                    <p><strong>{ pick(lang,
                        format!("你编辑期间，这个案件已在另一个标签页或设备上保存（{theirs_at}）。只有一方改过的字段已自动合并；下面 {} 个字段两边都改了，请逐项选择后再保存。", conflicts.len()),
                        format!("While you were editing, this case was saved in another tab or on another device ({theirs_at}). Fields changed on one side only were merged; the {} field(s) below were changed on both sides: choose each, then save.", conflicts.len())) }</strong></p>
                    <ul>
                    { for conflicts.iter().map(|c| html! {
                        <li key={format!("{:?}", c.field)} data-testid="edit-conflict-field" data-field={format!("{:?}", c.field)}>
                            <strong>{ t(lang, field_label(c.field)) }</strong>
                            <div>{ pick(lang, "对方保存的：".into(), "Saved there: ".into()) }<span data-testid="conflict-theirs">{ shown(c.field, &c.theirs) }</span></div>
                            <div>{ pick(lang, "你填写的：".into(), "Yours: ".into()) }<span data-testid="conflict-mine">{ shown(c.field, &c.mine) }</span></div>
                            <div class="actions">
                                <button type="button" data-testid="conflict-take-theirs" onclick={resolve(c.field, Some(c.theirs.clone()))}>
                                    { pick(lang, "用对方的".into(), "Use theirs".into()) }</button>
                                <button type="button" data-testid="conflict-keep-mine" onclick={resolve(c.field, None)}>
                                    { pick(lang, "保留我的".into(), "Keep mine".into()) }</button>
                            </div>
                        </li>
                    }) }
                    </ul>
                </div>
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
                    <button type="submit" class="primary" data-testid="save-case" disabled={!conflicts.is_empty()}>{ t(lang, K::Save) }</button>
                    <button type="button" onclick={on_cancel} data-testid="cancel">
                        { t(lang, K::Cancel) }</button>
                </div>
            </form>
        </section>
    }
}
