//! 部门联系人 Who to call at each department involved (one empty row per department of the
//! service to start with).

use std::rc::Rc;

use yew::prelude::*;

use super::shared::{commit, error_banner, use_plan_editor};
use super::ContactForm;
use crate::domain::plan::{ContactDraft, ContactId, Plan, PlanError};
use crate::i18n::{t, PlanK};
use crate::ui::platform;
use crate::ui::store::use_lang;

/// Which contact the form edits: `Some(None)` a new one.
type Editing = Option<Option<ContactId>>;

#[derive(Properties)]
pub struct ContactsProps {
    pub plan: Rc<Plan>,
}

/// The section shows the plan's contacts only: other changes to the plan do not re-render it.
impl PartialEq for ContactsProps {
    fn eq(&self, other: &Self) -> bool {
        self.plan.meta.id == other.plan.meta.id && self.plan.contacts == other.plan.contacts
    }
}

#[component]
pub fn Contacts(props: &ContactsProps) -> Html {
    let lang = use_lang();
    let editor = use_plan_editor(&props.plan);
    let editing = use_state(|| None as Editing);
    let error = use_state(|| None::<PlanError>);
    let plan = &props.plan;
    let done = {
        let e = editing.clone();
        Callback::from(move |_: ()| e.set(None))
    };
    let dash = |s: &str| {
        if s.trim().is_empty() {
            "—".to_string()
        } else {
            s.to_string()
        }
    };
    html! {
        <section class="plan-section" data-testid="contacts" aria-labelledby="contacts-h">
            <div class="section-head">
                <h2 id="contacts-h">{ t(lang, PlanK::ContactsTitle) }</h2>
                if editing.is_none() {
                    <button type="button" class="no-print" data-testid="contact-add"
                        onclick={let e = editing.clone(); Callback::from(move |_: MouseEvent| e.set(Some(None)))}>
                        { t(lang, PlanK::AddContact) }</button>
                }
            </div>
            { error_banner(&error) }
            if *editing == Some(None) {
                <ContactForm plan={plan.clone()} editing={None::<ContactId>} draft={ContactDraft::default()} on_done={done.clone()} />
            }
            if plan.contacts.is_empty() {
                <p class="muted">{ t(lang, PlanK::NoContacts) }</p>
            } else {
                <table class="plain-table" data-testid="contact-table">
                    <thead><tr>
                        <th scope="col">{ t(lang, PlanK::Department) }</th>
                        <th scope="col">{ t(lang, PlanK::ContactName) }</th>
                        <th scope="col">{ t(lang, PlanK::Phone) }</th>
                        <th scope="col">{ t(lang, PlanK::Note) }</th>
                        <th scope="col" class="no-print"><span class="visually-hidden">{ t(lang, PlanK::Edit) }</span></th>
                    </tr></thead>
                    <tbody>
                    { for plan.contacts.iter().map(|c| {
                        let id = c.id;
                        if *editing == Some(Some(id)) {
                            return html! { <tr key={id.0}><td colspan="5">
                                <ContactForm plan={plan.clone()} editing={Some(id)} draft={ContactDraft::from_contact(c)} on_done={done.clone()} />
                            </td></tr> };
                        }
                        let on_remove = {
                            let (editor, error) = (editor.clone(), error.clone());
                            Callback::from(move |_: MouseEvent| error.set(commit(&editor, |p| p.remove_contact(id, platform::now()))))
                        };
                        html! {
                            <tr key={id.0} data-testid="contact-row">
                                <td>{ c.department.get(lang) }</td>
                                <td>{ dash(&c.name) }</td>
                                <td>{ dash(&c.phone) }</td>
                                <td>{ dash(&c.note) }</td>
                                <td class="no-print">
                                    <button type="button" class="small" data-testid="contact-edit"
                                        onclick={let e = editing.clone(); Callback::from(move |_: MouseEvent| e.set(Some(Some(id))))}>{ t(lang, PlanK::Edit) }</button>
                                    <button type="button" class="small danger" data-testid="contact-remove" onclick={on_remove}>{ t(lang, PlanK::Delete) }</button>
                                </td>
                            </tr>
                        }
                    }) }
                    </tbody>
                </table>
            }
        </section>
    }
}
