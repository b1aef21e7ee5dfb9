//! One contract clause: its generated or hand-written text, editable in place, and a way back
//! to the generated wording.

use yew::prelude::*;

use super::shared::{error_banner, event_value, PlanEditor};
use crate::domain::plan::{Clause, ClauseKey, PlanError};
use crate::i18n::{t, Lang, PlanK};
use crate::ui::platform;

/// Plain props and no app context: a clause re-renders only when its own text changes.
#[derive(Properties, PartialEq)]
pub struct ClauseItemProps {
    pub editor: PlanEditor,
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
    let lang = props.lang;
    let draft = use_state(|| None::<String>);
    let error = use_state(|| None::<PlanError>);
    let c = &props.clause;
    let key = c.key;
    let set_text = |body: Option<String>| {
        let (editor, error, draft) = (props.editor.clone(), error.clone(), draft.clone());
        move || {
            let err = editor
                .commit(|plan| plan.set_clause_text(key, lang, body.as_deref(), platform::now()));
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
                    oninput={let d = draft.clone(); Callback::from(move |e: InputEvent| d.set(Some(event_value(&e))))} />
                <div class="actions">
                    <button type="button" class="primary" data-testid="clause-save"
                        onclick={let f = set_text(Some(text)); Callback::from(move |_: MouseEvent| f())}>{ t(lang, PlanK::Save) }</button>
                    <button type="button" data-testid="clause-cancel"
                        onclick={let d = draft.clone(); Callback::from(move |_: MouseEvent| d.set(None))}>{ t(lang, PlanK::Cancel) }</button>
                </div>
            } else {
                <p class="clause-body">{ c.body.clone() }</p>
                <div class="item-actions no-print">
                    <button type="button" class="small" data-testid="clause-edit"
                        onclick={let (d, body) = (draft.clone(), c.body.clone()); Callback::from(move |_: MouseEvent| d.set(Some(body.clone())))}>
                        { t(lang, PlanK::Edit) }</button>
                    if c.edited {
                        <button type="button" class="small" data-testid="clause-reset"
                            onclick={let f = set_text(None); Callback::from(move |_: MouseEvent| f())}>{ t(lang, PlanK::BackToGenerated) }</button>
                    }
                </div>
            }
            { error_banner(&error, lang) }
        </li>
    }
}
