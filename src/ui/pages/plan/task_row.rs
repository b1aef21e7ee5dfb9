//! One playbook line: role, the person in it on this case, the task; reassign or remove.

use yew::prelude::*;

use super::shared::{commit, error_banner, event_value};
use crate::domain::plan::{Assignment, Plan, PlanError, Role};
use crate::i18n::{t, PlanK};
use crate::ui::platform;
use crate::ui::store::use_lang;
use crate::ui::store::RecordEditor;

/// Plain props and no app context: a row re-renders only when its own line changes.
#[derive(Properties, PartialEq)]
pub struct TaskRowProps {
    pub editor: RecordEditor<Plan>,
    pub assignment: Assignment,
}

#[component]
pub fn TaskRow(props: &TaskRowProps) -> Html {
    let lang = use_lang();
    let error = use_state(|| None::<PlanError>);
    let a = &props.assignment;
    let id = a.task;
    let on_role = {
        let (editor, error, text) = (props.editor.clone(), error.clone(), a.text.clone());
        Callback::from(move |e: Event| {
            if let Some(role) = Role::from_key(&event_value(&e)) {
                error.set(commit(&editor, |plan| {
                    plan.edit_task(id, role, lang, &text, platform::now())
                }));
            }
        })
    };
    let on_remove = {
        let (editor, error) = (props.editor.clone(), error.clone());
        Callback::from(move |_: MouseEvent| {
            error.set(commit(&editor, |plan| {
                plan.remove_task(id, platform::now())
            }))
        })
    };
    let person = if a.person.is_empty() {
        t(lang, PlanK::Unassigned).to_string()
    } else {
        a.person.clone()
    };
    let select_id = format!("task-role-{}", id.0);
    html! {
        <li class="task-row" data-testid="task-row">
            <span class="task-who"><strong>{ person }</strong>
                <span class="sub">{ a.role.label(lang) }</span></span>
            <span class="task-text">{ a.text.clone() }</span>
            <span class="item-actions no-print">
                <label for={select_id.clone()} class="visually-hidden">{ t(lang, PlanK::Role) }</label>
                <select id={select_id} data-testid="task-row-role" onchange={on_role}>
                    { for Role::ALL.iter().map(|r| html! { <option key={r.key()} value={r.key()} selected={*r == a.role}>{ r.label(lang) }</option> }) }
                </select>
                <button type="button" class="small danger" data-testid="task-remove" onclick={on_remove}>{ t(lang, PlanK::Delete) }</button>
            </span>
            { error_banner(&error) }
        </li>
    }
}
