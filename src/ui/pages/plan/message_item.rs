//! One client message: the text with the case's facts filled in, the gaps still to fill before
//! sending, a copy button, and the template to edit for this plan.

use yew::prelude::*;

use super::shared::{error_banner, event_value, PlanEditor};
use super::CopyButton;
use crate::domain::plan::{MessageKind, PlanError, RenderedMessage, PLACEHOLDERS};
use crate::i18n::{pick, t, Lang, PlanK};
use crate::ui::platform;
use crate::ui::store::use_lang;

/// Plain props and no app context: a message re-renders only when its own text changes.
#[derive(Properties, PartialEq)]
pub struct MessageItemProps {
    pub editor: PlanEditor,
    pub message: RenderedMessage,
}

fn slug(kind: MessageKind) -> &'static str {
    match kind {
        MessageKind::LikelyFailure => "likely_failure",
        MessageKind::DailyProgress => "daily_progress",
        MessageKind::Resolved => "resolved",
        MessageKind::MaterialsReminder => "materials_reminder",
        MessageKind::PolicyWarning => "policy_warning",
    }
}

fn help(name: &str, lang: Lang) -> String {
    PLACEHOLDERS
        .iter()
        .find(|(n, _, _)| *n == name)
        .map_or_else(
            || name.to_string(),
            |(_, zh, en)| {
                if lang == Lang::Zh {
                    zh.to_string()
                } else {
                    en.to_string()
                }
            },
        )
}

#[component]
pub fn MessageItem(props: &MessageItemProps) -> Html {
    let lang = use_lang();
    let draft = use_state(|| None::<String>);
    let error = use_state(|| None::<PlanError>);
    let m = &props.message;
    let kind = m.kind;
    let save_template = |body: Option<String>| {
        let (editor, draft, error) = (props.editor.clone(), draft.clone(), error.clone());
        Callback::from(move |_: MouseEvent| {
            let err = editor.commit(|plan| {
                plan.set_message_template(kind, lang, body.as_deref(), platform::now())
            });
            if err.is_none() {
                draft.set(None);
            }
            error.set(err);
        })
    };
    html! {
        <li class="message" data-testid={format!("message-{}", slug(kind))}>
            <h4>{ m.title.clone() }
                if m.edited { <span class="tag">{ t(lang, PlanK::EditedByHand) }</span> }</h4>
            <p class="message-text" data-testid="message-text">{ m.text.clone() }</p>
            if !m.missing.is_empty() {
                <p class="sub" data-testid="message-missing">{ pick(lang,
                    format!("发送前补上：{}", m.missing.iter().map(|n| help(n, lang)).collect::<Vec<_>>().join("、")),
                    format!("Fill in before sending: {}", m.missing.iter().map(|n| help(n, lang)).collect::<Vec<_>>().join(", "))) }</p>
            }
            if let Some(text) = (*draft).clone() {
                <label class="visually-hidden" for={format!("tpl-{}", slug(kind))}>{ m.title.clone() }</label>
                <textarea id={format!("tpl-{}", slug(kind))} rows="4" value={text.clone()} data-testid="template-text"
                    oninput={let d = draft.clone(); Callback::from(move |e: InputEvent| d.set(Some(event_value(&e))))} />
                <p class="hint">{ t(lang, PlanK::TemplateHint) }</p>
                <div class="actions">
                    <button type="button" class="primary" data-testid="template-save" onclick={save_template(Some(text))}>{ t(lang, PlanK::Save) }</button>
                    <button type="button" data-testid="template-cancel"
                        onclick={let d = draft.clone(); Callback::from(move |_: MouseEvent| d.set(None))}>{ t(lang, PlanK::Cancel) }</button>
                </div>
            } else {
                <div class="item-actions no-print">
                    <CopyButton text={m.text.clone()} testid={format!("copy-message-{}", slug(kind))} />
                    <button type="button" class="small" data-testid="template-edit"
                        onclick={let (d, tpl) = (draft.clone(), m.template.clone()); Callback::from(move |_: MouseEvent| d.set(Some(tpl.clone())))}>
                        { t(lang, PlanK::EditTemplate) }</button>
                    if m.edited {
                        <button type="button" class="small" data-testid="template-reset" onclick={save_template(None)}>{ t(lang, PlanK::BackToBuiltIn) }</button>
                    }
                </div>
            }
            { error_banner(&error, lang) }
        </li>
    }
}
