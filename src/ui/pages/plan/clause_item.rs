//! One contract clause: its generated or hand-written text, editable in place, and a way back
//! to the generated wording.

use yew::prelude::*;

use super::shared::{error_banner, use_text_override};
use crate::domain::plan::{Clause, ClauseKey, Plan};
use crate::i18n::{t, Lang, PlanK};
use crate::ui::platform;
use crate::ui::store::RecordEditor;

/// Plain props and no app context: a clause re-renders only when its own text changes.
#[derive(Properties, PartialEq)]
pub struct ClauseItemProps {
    pub editor: RecordEditor<Plan>,
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
    let c = &props.clause;
    let key = c.key;
    let text_override = use_text_override(props.editor.clone(), move |plan, body| {
        plan.set_clause_text(key, lang, body, platform::now())
    });
    let (draft, error) = (&text_override.draft, &text_override.error);
    let heading = match lang {
        Lang::Zh => format!("{}、{}", props.number, c.title),
        Lang::En => format!("{}. {}", props.number, c.title),
    };
    let slug = slug(key);
    html! {
        <li class="clause" data-testid={format!("clause-{slug}")}>
            <h3>{ heading.clone() }
                if c.edited { <span class="tag">{ t(lang, PlanK::EditedByHand) }</span> }</h3>
            if let Some(text) = (**draft).clone() {
                <label for={format!("clause-edit-{slug}")} class="visually-hidden">{ heading.clone() }</label>
                <textarea id={format!("clause-edit-{slug}")} rows="5" value={text.clone()} data-testid="clause-edit-text"
                    oninput={text_override.on_input()} />
                <div class="actions">
                    <button type="button" class="primary" data-testid="clause-save"
                        onclick={text_override.save(Some(text))}>{ t(lang, PlanK::Save) }</button>
                    <button type="button" data-testid="clause-cancel"
                        onclick={text_override.cancel()}>{ t(lang, PlanK::Cancel) }</button>
                </div>
            } else {
                <p class="clause-body">{ c.body.clone() }</p>
                <div class="item-actions no-print">
                    <button type="button" class="small" data-testid="clause-edit"
                        onclick={text_override.open(c.body.clone())}>
                        { t(lang, PlanK::Edit) }</button>
                    if c.edited {
                        <button type="button" class="small" data-testid="clause-reset"
                            onclick={text_override.save(None)}>{ t(lang, PlanK::BackToGenerated) }</button>
                    }
                </div>
            }
            { error_banner(error) }
        </li>
    }
}
