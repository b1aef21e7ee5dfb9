//! One contract clause: its generated or hand-written text, editable in place, and a way back
//! to the generated wording.

use std::rc::Rc;

use yew::prelude::*;

use super::shared::{commit, error_banner, input_value};
use crate::domain::plan::{Clause, ClauseKey, Plan, PlanError};
use crate::i18n::{t, Lang, PlanK};
use crate::ui::platform;
use crate::ui::state::use_app;

#[derive(Properties, PartialEq)]
pub struct ClauseItemProps {
    pub plan: Rc<Plan>,
    pub clause: Clause,
    pub number: usize,
    pub lang: Lang,
}

/// The clause's name in test ids and element ids.
fn slug(key: ClauseKey) -> &'static str {
    match key {
        ClauseKey::ClientMaterials => "client_materials",
        ClauseKey::ClientCooperation => "client_cooperation",
        ClauseKey::AgencySubmission => "agency_submission",
        ClauseKey::AgencyFollowUp => "agency_follow_up",
        ClauseKey::ClientLate => "client_late",
        ClauseKey::AgencyError => "agency_error",
        ClauseKey::ExternalEvents => "external_events",
        ClauseKey::Communication => "communication",
    }
}

#[component]
pub fn ClauseItem(props: &ClauseItemProps) -> Html {
    let ctx = use_app();
    let lang = props.lang;
    let draft = use_state(|| None::<String>);
    let error = use_state(|| None::<PlanError>);
    let c = &props.clause;
    let key = c.key;
    let set_text = |body: Option<String>| {
        let (ctx, plan, error, draft) = (
            ctx.clone(),
            props.plan.clone(),
            error.clone(),
            draft.clone(),
        );
        move || {
            let err = commit(
                &ctx,
                plan.set_clause_text(key, lang, body.as_deref(), platform::now()),
            );
            if err.is_none() {
                draft.set(None);
            }
            error.set(err);
        }
    };
    let heading = match lang {
        Lang::Zh => format!("{}、{}", props.number, c.title),
        Lang::En => format!("{}. {}", props.number, c.title),
    };
    let slug = slug(key);
    html! {
        <li class="clause" data-testid={format!("clause-{slug}")}>
            <h3>{ heading.clone() }
                if c.edited { <span class="tag">{ t(lang, PlanK::EditedByHand) }</span> }</h3>
            if let Some(text) = (*draft).clone() {
                <label for={format!("clause-edit-{slug}")} class="visually-hidden">{ heading.clone() }</label>
                <textarea id={format!("clause-edit-{slug}")} rows="5" value={text.clone()} data-testid="clause-edit-text"
                    oninput={let d = draft.clone(); Callback::from(move |e: InputEvent| d.set(Some(input_value(&e))))} />
                <div class="actions">
                    <button type="button" class="primary" data-testid="clause-save"
                        onclick={let f = set_text(Some(text)); Callback::from(move |_: MouseEvent| f())}>{ t(ctx.lang, PlanK::Save) }</button>
                    <button type="button" data-testid="clause-cancel"
                        onclick={let d = draft.clone(); Callback::from(move |_: MouseEvent| d.set(None))}>{ t(ctx.lang, PlanK::Cancel) }</button>
                </div>
            } else {
                <p class="clause-body">{ c.body.clone() }</p>
                <div class="item-actions no-print">
                    <button type="button" class="small" data-testid="clause-edit"
                        onclick={let (d, body) = (draft.clone(), c.body.clone()); Callback::from(move |_: MouseEvent| d.set(Some(body.clone())))}>
                        { t(ctx.lang, PlanK::Edit) }</button>
                    if c.edited {
                        <button type="button" class="small" data-testid="clause-reset"
                            onclick={let f = set_text(None); Callback::from(move |_: MouseEvent| f())}>{ t(ctx.lang, PlanK::BackToGenerated) }</button>
                    }
                </div>
            }
            { error_banner(&error, ctx.lang) }
        </li>
    }
}
