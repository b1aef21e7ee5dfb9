//! Editing one cause in place: its text (as shown in the current language) and its category.

use std::rc::Rc;

use yew::prelude::*;

use super::shared::{commit, event_value, field_error, use_plan_editor};
use crate::domain::plan::{CauseCategory, CauseId, Plan, PlanError, PlanField};
use crate::i18n::{t, PlanK};
use crate::ui::platform;
use crate::ui::store::use_lang;

#[derive(Properties, PartialEq)]
pub struct CauseEditProps {
    pub plan: Rc<Plan>,
    pub cause_id: CauseId,
    pub on_done: Callback<()>,
}

#[component]
pub fn CauseEdit(props: &CauseEditProps) -> Html {
    let lang = use_lang();
    let editor = use_plan_editor(&props.plan);
    let original = props.plan.cause(props.cause_id).cloned();
    let text = {
        let start = original
            .as_ref()
            .map(|c| c.text.get(lang).to_string())
            .unwrap_or_default();
        use_state(move || start)
    };
    let category = {
        let start = original
            .as_ref()
            .map_or(CauseCategory::Materials, |c| c.category);
        use_state(move || start)
    };
    let error = use_state(|| None::<PlanError>);
    // The cause as this form opened it: if another page changes it meanwhile, their version is
    // shown at once, with "use theirs"; saving keeps this form's.
    let opened = {
        let original = original.clone();
        use_state(move || original)
    };
    let changed_elsewhere = *opened != original;
    let onsubmit = {
        let (editor, id) = (editor.clone(), props.cause_id);
        let (text, category, error, done) = (
            text.clone(),
            category.clone(),
            error.clone(),
            props.on_done.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            // A change made elsewhere since the form opened is on screen (the notice below)
            // before this save replaces it.
            match commit(&editor, |p| {
                p.edit_cause(id, lang, &text, *category, platform::now())
            }) {
                None => done.emit(()),
                Some(e) => error.set(Some(e)),
            }
        })
    };
    let err = field_error(&error, PlanField::CauseText, lang);
    html! {
        <form class="inline-form" {onsubmit} novalidate=true data-testid="cause-edit-form">
            if changed_elsewhere {
                <p class="banner warn" role="status" data-testid="cause-edit-stale">{ crate::i18n::pick(lang,
                    format!("这条原因刚在另一个页面被改为“{}”。点“保存”将改为你填的内容。", original.as_ref().map(|c| c.text.get(lang)).unwrap_or_default()),
                    format!("Another page just changed this cause to “{}”. Save to replace it with yours.", original.as_ref().map(|c| c.text.get(lang)).unwrap_or_default())) }
                    { " " }
                    <button type="button" class="small" data-testid="cause-edit-take-theirs" onclick={{
                        let (text, category, opened, latest) = (text.clone(), category.clone(), opened.clone(), original.clone());
                        Callback::from(move |_: MouseEvent| {
                            if let Some(c) = &latest {
                                text.set(c.text.get(lang).to_string());
                                category.set(c.category);
                            }
                            opened.set(latest.clone());
                        })
                    }}>{ crate::i18n::pick(lang, "用对方的".into(), "Use theirs".into()) }</button>
                </p>
            }
            <div class={classes!("field", "grow", err.is_some().then_some("invalid"))}>
                <label for="cause-edit-text">{ t(lang, PlanK::CauseText) }</label>
                <input id="cause-edit-text" value={(*text).clone()} data-testid="cause-edit-text"
                    oninput={let s = text.clone(); Callback::from(move |e: InputEvent| s.set(event_value(&e)))} />
                if let Some(msg) = err { <p class="field-error">{ msg }</p> }
            </div>
            <div class="field">
                <label for="cause-edit-category">{ t(lang, PlanK::Category) }</label>
                <select id="cause-edit-category" data-testid="cause-edit-category"
                    onchange={let c = category.clone(); Callback::from(move |e: Event| {
                        if let Some(cat) = CauseCategory::from_key(&event_value(&e)) { c.set(cat) }
                    })}>
                    { for CauseCategory::ALL.iter().map(|c| html! {
                        <option key={c.key()} value={c.key()} selected={*c == *category}>{ c.label(lang) }</option>
                    }) }
                </select>
            </div>
            <button type="submit" class="primary" data-testid="cause-save">{ t(lang, PlanK::Save) }</button>
            <button type="button" data-testid="cause-cancel"
                onclick={props.on_done.reform(|_: MouseEvent| ())}>{ t(lang, PlanK::Cancel) }</button>
        </form>
    }
}
