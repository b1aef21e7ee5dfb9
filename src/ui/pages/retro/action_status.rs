//! An action item's status: open / done / not doing (the last asks for a reason before it is
//! saved).

use yew::prelude::*;

use super::shared::{error_line, save_retro};
use crate::domain::retro::{ActionItem, ActionStatus, Retro, RetroError};
use crate::i18n::{t, RetroK};
use crate::ui::platform;
use crate::ui::store::{use_lang, RecordEditor};

#[derive(Properties, PartialEq)]
pub struct ActionStatusPickProps {
    /// Saves onto the latest stored retrospective.
    pub editor: RecordEditor<Retro>,
    pub item: ActionItem,
}

#[component]
pub fn ActionStatusPick(props: &ActionStatusPickProps) -> Html {
    let lang = use_lang();
    let asking = use_state(|| false);
    let reason = use_state(String::new);
    let error = use_state(|| None::<RetroError>);
    let id = props.item.id;
    let set_status = {
        let (editor, error) = (props.editor.clone(), error.clone());
        Callback::from(move |status: ActionStatus| {
            save_retro(&editor, &error, |retro| {
                retro.set_action_status(id, &status, platform::now())
            })
        })
    };
    let on_select = {
        let (set_status, asking) = (set_status.clone(), asking.clone());
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            let status = match select.value().as_str() {
                "open" => ActionStatus::Open,
                "done" => ActionStatus::Done {
                    on: platform::today(),
                },
                _ => return asking.set(true),
            };
            asking.set(false);
            set_status.emit(status);
        })
    };
    let on_reason = {
        let reason = reason.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            reason.set(input.value());
        })
    };
    let on_confirm = {
        let (reason, asking) = (reason.clone(), asking.clone());
        Callback::from(move |_: MouseEvent| {
            let status = ActionStatus::NotDoing {
                reason: (*reason).clone(),
            };
            if set_status.emit(status) {
                asking.set(false);
            }
        })
    };
    let shown_key = if *asking {
        "not_doing"
    } else {
        props.item.status.key()
    };
    let today = platform::today();
    let choices = [
        ActionStatus::Open,
        ActionStatus::Done { on: today },
        ActionStatus::NotDoing {
            reason: String::new(),
        },
    ];
    let select_id = format!("action-status-{id}");
    let reason_id = format!("action-reason-{id}");
    html! {
        <>
            <div class="field inline no-print">
                <label for={select_id.clone()}>{ t(lang, RetroK::ActionStatus) }</label>
                <select id={select_id} onchange={on_select} data-testid="action-status">
                    { for choices.iter().map(|s| html! {
                        <option key={s.key()} value={s.key()} selected={s.key() == shown_key}>{ s.label(lang) }</option>
                    }) }
                </select>
            </div>
            if *asking {
                <div class="field inline no-print">
                    <label for={reason_id.clone()}>{ t(lang, RetroK::ActionReason) }<span class="req" aria-hidden="true">{ " *" }</span></label>
                    <input id={reason_id} type="text" value={(*reason).clone()} oninput={on_reason} required=true data-testid="action-reason" />
                    <button type="button" onclick={on_confirm} data-testid="action-reason-save">{ t(lang, RetroK::Save) }</button>
                </div>
            }
            { error_line(&error, lang) }
        </>
    }
}
