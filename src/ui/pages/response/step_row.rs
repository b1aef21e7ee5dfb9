//! One remedy step: what, who (seat and person), and a big tick with the time it was done.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::response::{RemedyStep, Role};
use crate::i18n::{t, RespK};
use crate::ui::pages::response::shared::{local_clock, when};
use crate::ui::store::use_lang;

/// What a row asks its panel to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StepChange {
    Done(u32),
    Undo(u32),
    Assign(u32, Role),
}

#[derive(Properties, PartialEq)]
pub struct StepRowProps {
    pub step: Rc<RemedyStep>,
    /// False once the failure is closed: the row is read-only.
    pub open: bool,
    pub on_change: Callback<StepChange>,
}

#[component]
pub fn StepRow(props: &StepRowProps) -> Html {
    let lang = use_lang();
    let s = &props.step;
    let id = s.id;
    let text = match s.text.get(lang) {
        "" => s.text.get(lang.other()).to_owned(),
        text => text.to_owned(),
    };
    let on_role = props.on_change.reform(move |e: Event| {
        let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
        StepChange::Assign(id, Role::from_key(&select.value()).unwrap_or(Role::Pm))
    });
    let who = if s.assignee.is_empty() {
        t(lang, RespK::Unassigned).to_owned()
    } else {
        s.assignee.clone()
    };
    let role_id = format!("step-role-{id}");
    html! {
        <li class={classes!("step-row", s.is_done().then_some("done"))} data-testid="step-row"
            data-step-id={id.to_string()} data-done={s.is_done().to_string()}>
            <div class="step-main">
                <p class="step-text" data-testid="step-text">{ text }</p>
                <p class="step-who">
                    <label for={role_id.clone()} class="sr-only">{ t(lang, RespK::StepRole) }</label>
                    <select id={role_id} onchange={on_role} disabled={!props.open || s.is_done()}
                        data-testid="step-role">
                        { for Role::ALL.iter().map(|r| html! {
                            <option key={r.key()} value={r.key()} selected={*r == s.role}>{ r.label(lang) }</option>
                        }) }
                    </select>
                    <span data-testid="step-assignee">{ who }</span>
                </p>
            </div>
            if let Some(done) = s.done_at {
                <div class="step-state">
                    <span class="step-done-at" data-testid="step-done-at">
                        { format!("✓ {} {}", t(lang, RespK::StepDone), when(&local_clock(), done)) }</span>
                    if props.open {
                        <button type="button" class="small" data-testid="step-undo"
                            onclick={props.on_change.reform(move |_| StepChange::Undo(id))}>
                            { t(lang, RespK::StepUndo) }</button>
                    }
                </div>
            } else if props.open {
                <button type="button" class="primary big tick" data-testid="step-tick"
                    onclick={props.on_change.reform(move |_| StepChange::Done(id))}>
                    { format!("✓ {}", t(lang, RespK::StepTick)) }</button>
            } else {
                <span class="muted">{ t(lang, RespK::StepOpen) }</span>
            }
        </li>
    }
}
