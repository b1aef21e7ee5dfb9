//! One client message: the text with the case's facts filled in, the gaps still to fill before
//! sending, a copy button, and the template to edit for this plan.

use yew::prelude::*;

use super::shared::{error_banner, use_text_override};
use super::CopyButton;
use crate::domain::plan::{MessageKind, Plan, RenderedMessage, PLACEHOLDERS};
use crate::i18n::{pick, t, Lang, PlanK};
use crate::ui::platform;
use crate::ui::store::use_lang;
use crate::ui::store::RecordEditor;

/// Plain props and no app context: a message re-renders only when its own text changes.
#[derive(Properties, PartialEq)]
pub struct MessageItemProps {
    pub editor: RecordEditor<Plan>,
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
    let m = &props.message;
    let kind = m.kind;
    let text_override = use_text_override(props.editor.clone(), move |plan, body| {
        plan.set_message_template(kind, lang, body, platform::now())
    });
    let (draft, error) = (&text_override.draft, &text_override.error);
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
            if let Some(text) = (**draft).clone() {
                <label class="visually-hidden" for={format!("tpl-{}", slug(kind))}>{ m.title.clone() }</label>
                <textarea id={format!("tpl-{}", slug(kind))} rows="4" value={text.clone()} data-testid="template-text"
                    oninput={text_override.on_input()} />
                <p class="hint">{ t(lang, PlanK::TemplateHint) }</p>
                <div class="actions">
                    <button type="button" class="primary" data-testid="template-save" onclick={text_override.save(Some(text))}>{ t(lang, PlanK::Save) }</button>
                    <button type="button" data-testid="template-cancel"
                        onclick={text_override.cancel()}>{ t(lang, PlanK::Cancel) }</button>
                </div>
            } else {
                <div class="item-actions no-print">
                    <CopyButton text={m.text.clone()} testid={format!("copy-message-{}", slug(kind))} />
                    <button type="button" class="small" data-testid="template-edit"
                        onclick={text_override.open(m.template.clone())}>
                        { t(lang, PlanK::EditTemplate) }</button>
                    if m.edited {
                        <button type="button" class="small" data-testid="template-reset" onclick={text_override.save(None)}>{ t(lang, PlanK::BackToBuiltIn) }</button>
                    }
                </div>
            }
            { error_banner(error) }
        </li>
    }
}
