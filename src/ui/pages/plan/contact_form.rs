//! The form for one department contact, new or edited, problems shown next to their fields.

use std::rc::Rc;

use yew::prelude::*;

use super::shared::{commit, field_error, form_error, use_plan_editor};
use crate::domain::plan::{revise, ContactDraft, ContactId, Plan, PlanError, PlanField};
use crate::i18n::{t, PlanK};
use crate::ui::components::TextField;
use crate::ui::platform;
use crate::ui::store::use_lang;

#[derive(Clone, Copy, PartialEq)]
enum F {
    Department,
    Name,
    Phone,
    Note,
}

#[derive(Properties, PartialEq)]
pub struct ContactFormProps {
    pub plan: Rc<Plan>,
    pub editing: Option<ContactId>,
    pub draft: ContactDraft,
    pub on_done: Callback<()>,
}

#[component]
pub fn ContactForm(props: &ContactFormProps) -> Html {
    let lang = use_lang();
    let editor = use_plan_editor(&props.plan);
    let fields = {
        let d = props.draft.clone();
        use_state(move || [d.department.get(lang).to_string(), d.name, d.phone, d.note])
    };
    let error = use_state(|| None::<PlanError>);
    let on_change = {
        let fields = fields.clone();
        Callback::from(move |(f, v): (F, String)| {
            let mut next = (*fields).clone();
            next[f as usize] = v;
            fields.set(next);
        })
    };
    let onsubmit = {
        let (editor, fields, error) = (editor.clone(), fields.clone(), error.clone());
        let (editing, base, done) = (props.editing, props.draft.clone(), props.on_done.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let [department, name, phone, note] = (*fields).clone();
            let draft = ContactDraft {
                department: revise(&base.department, lang, &department),
                name,
                phone,
                note,
            };
            let now = platform::now();
            match commit(&editor, |plan| match editing {
                Some(id) => plan.update_contact(id, draft, now),
                None => plan.add_contact(draft, now).map(|(p, _)| p),
            }) {
                None => done.emit(()),
                some => error.set(some),
            }
        })
    };
    let text = |f: F, label: PlanK, field: PlanField, testid: &'static str| {
        html! {
            <TextField<F> field={f} label={t(lang, label)} value={fields[f as usize].clone()} on_change={on_change.clone()}
                {testid} required={f == F::Department} error={field_error(&error, field, lang)} />
        }
    };
    html! {
        <form class="contact-form" {onsubmit} novalidate=true data-testid="contact-form">
            <fieldset>
                <legend>{ t(lang, if props.editing.is_some() { PlanK::EditContact } else { PlanK::AddContact }) }</legend>
                { text(F::Department, PlanK::Department, PlanField::ContactDepartment, "contact-department") }
                { text(F::Name, PlanK::ContactName, PlanField::ContactName, "contact-name-input") }
                { text(F::Phone, PlanK::Phone, PlanField::ContactPhone, "contact-phone-input") }
                { text(F::Note, PlanK::Note, PlanField::ContactNote, "contact-note") }
            </fieldset>
            { form_error(&error) }
            <div class="actions">
                <button type="submit" class="primary" data-testid="contact-save">{ t(lang, PlanK::Save) }</button>
                <button type="button" data-testid="contact-cancel" onclick={props.on_done.reform(|_: MouseEvent| ())}>{ t(lang, PlanK::Cancel) }</button>
            </div>
        </form>
    }
}
