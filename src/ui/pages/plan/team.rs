//! 团队分工 The case team and who does what when a kind of risk fires, with the people's names
//! taken from the case; tasks can be added, reassigned, removed, or reset to the default.

use std::rc::Rc;

use yew::prelude::*;

use super::shared::{commit, event_value, field_error, form_error, use_plan_editor};
use super::TaskRow;
use crate::domain::case::Case;
use crate::domain::plan::{assignments, CauseCategory, Plan, PlanError, PlanField, Role};
use crate::i18n::{t, PlanK};
use crate::ui::platform;
use crate::ui::store::use_lang;
use crate::ui::store::RecordEditor;

#[derive(Properties, PartialEq)]
pub struct TeamTasksProps {
    pub plan: Rc<Plan>,
    pub case: Rc<Case>,
    pub editor: RecordEditor<Plan>,
}

#[component]
pub fn TeamTasks(props: &TeamTasksProps) -> Html {
    let lang = use_lang();
    let editor = use_plan_editor(&props.plan);
    let error = use_state(|| None::<PlanError>);
    let category = use_state(|| CauseCategory::Materials);
    let role = use_state(|| Role::Pm);
    let text = use_state(String::new);
    let plan = &props.plan;
    let on_add = {
        let (editor, error) = (editor.clone(), error.clone());
        let (category, role, text) = (category.clone(), role.clone(), text.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let added = commit(&editor, |p| {
                p.add_task(*category, *role, &text, platform::now())
                    .map(|(next, _)| next)
            });
            if added.is_none() {
                text.set(String::new());
            }
            error.set(added);
        })
    };
    let on_reset = {
        let (editor, error) = (editor.clone(), error.clone());
        Callback::from(move |_: MouseEvent| {
            error.set(commit(&editor, |p| p.reset_playbook(platform::now())))
        })
    };
    let team = &props.case.team;
    let text_err = field_error(&error, PlanField::TaskText, lang);
    html! {
        <section class="plan-section" data-testid="team" aria-labelledby="team-h">
            <h2 id="team-h">{ t(lang, PlanK::TeamTitle) }</h2>
            <ul class="team-line" data-testid="team-line">
                { for Role::ALL.iter().map(|r| {
                    let who = r.person(team).trim().to_string();
                    html! { <li key={r.key()}><span class="muted">{ r.label(lang) }{ "：" }</span>
                        { if who.is_empty() { t(lang, PlanK::Unassigned).to_string() } else { who } }</li> }
                }) }
            </ul>
            { form_error(&error) }
            { for CauseCategory::ALL.iter().map(|cat| {
                let rows = assignments(plan, &props.case, *cat, lang);
                let related: Vec<&str> = plan.risks.iter().filter(|r| r.category == *cat).map(|r| r.title.get(lang)).collect();
                html! {
                    <div key={cat.key()} class="task-group" data-testid={format!("tasks-{}", cat.key())}>
                        <h3>{ t(lang, PlanK::WhenRiskFires) }{ cat.label(lang) }</h3>
                        if !related.is_empty() { <p class="sub">{ t(lang, PlanK::RisksHere) }{ related.join("；") }</p> }
                        if rows.is_empty() { <p class="muted">{ "—" }</p> } else {
                            <ul class="task-list">{ for rows.into_iter().map(|a| html! {
                                <TaskRow key={a.task.0} editor={props.editor.clone()} assignment={a.clone()} />
                            }) }</ul>
                        }
                    </div>
                }
            }) }
            <form class="inline-form no-print" onsubmit={on_add} novalidate=true data-testid="task-form">
                <div class="field">
                    <label for="task-category">{ t(lang, PlanK::Category) }</label>
                    <select id="task-category" data-testid="task-category" onchange={let c = category.clone(); Callback::from(move |e: Event| {
                        if let Some(v) = CauseCategory::from_key(&event_value(&e)) { c.set(v) } })}>
                        { for CauseCategory::ALL.iter().map(|c| html! { <option key={c.key()} value={c.key()} selected={*c == *category}>{ c.label(lang) }</option> }) }
                    </select>
                </div>
                <div class="field">
                    <label for="task-role">{ t(lang, PlanK::Role) }</label>
                    <select id="task-role" data-testid="task-role" onchange={let r = role.clone(); Callback::from(move |e: Event| {
                        if let Some(v) = Role::from_key(&event_value(&e)) { r.set(v) } })}>
                        { for Role::ALL.iter().map(|r| html! { <option key={r.key()} value={r.key()} selected={*r == *role}>{ r.label(lang) }</option> }) }
                    </select>
                </div>
                <div class={classes!("field", "grow", text_err.is_some().then_some("invalid"))}>
                    <label for="task-text">{ t(lang, PlanK::TaskText) }</label>
                    <input id="task-text" data-testid="task-text" value={(*text).clone()}
                        oninput={let s = text.clone(); Callback::from(move |e: InputEvent| s.set(event_value(&e)))} />
                    if let Some(msg) = text_err { <p class="field-error">{ msg }</p> }
                </div>
                <button type="submit" data-testid="task-add">{ t(lang, PlanK::AddTask) }</button>
                <button type="button" data-testid="tasks-reset" onclick={on_reset}>{ t(lang, PlanK::ResetPlaybook) }</button>
            </form>
        </section>
    }
}
