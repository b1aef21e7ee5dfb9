//! One action item: its owner, due date and links; status open / done / not doing (the last
//! asks for a reason before it is saved).

use std::rc::Rc;

use yew::prelude::*;

use super::shared::{error_line, save_retro};
use crate::domain::response::format_date;
use crate::domain::retro::{ActionItem, ActionStatus, Retro};
use crate::i18n::{pick, t, RetroK};
use crate::ui::platform;
use crate::ui::state::use_app;

#[derive(Properties, PartialEq)]
pub struct ActionRowProps {
    pub retro: Rc<Retro>,
    pub item: ActionItem,
}

#[component]
pub fn ActionRow(props: &ActionRowProps) -> Html {
    let ctx = use_app();
    let lang = ctx.lang;
    let asking = use_state(|| false);
    let reason = use_state(String::new);
    let error = use_state(|| None::<String>);
    let item = &props.item;
    let id = item.id;
    let today = platform::today();
    let set_status = {
        let (ctx, retro, error) = (ctx.clone(), props.retro.clone(), error.clone());
        Callback::from(move |status: ActionStatus| {
            save_retro(
                &ctx,
                retro.set_action_status(id, &status, platform::now()),
                &error,
                lang,
            );
        })
    };
    let on_select = {
        let (set_status, asking) = (set_status.clone(), asking.clone());
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            match select.value().as_str() {
                "open" => {
                    asking.set(false);
                    set_status.emit(ActionStatus::Open)
                }
                "done" => {
                    asking.set(false);
                    set_status.emit(ActionStatus::Done {
                        on: platform::today(),
                    })
                }
                _ => asking.set(true),
            }
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
        let (set_status, reason, asking) = (set_status.clone(), reason.clone(), asking.clone());
        Callback::from(move |_: MouseEvent| {
            set_status.emit(ActionStatus::NotDoing {
                reason: (*reason).clone(),
            });
            if !reason.trim().is_empty() {
                asking.set(false);
            }
        })
    };
    let shown_key = if *asking {
        "not_doing"
    } else {
        item.status.key()
    };
    let overdue = item.is_overdue(today);
    let select_id = format!("action-status-{id}");
    let reason_id = format!("action-reason-{id}");
    html! {
        <li class={classes!("action-item", overdue.then_some("overdue"))} data-testid="action-item"
            data-status={item.status.key()}>
            <p class="action-text"><strong data-testid="action-item-text">{ item.text.clone() }</strong></p>
            <p class="sub">
                { pick(lang, format!("负责人：{}", item.owner), format!("Owner: {}", item.owner)) }{ " · " }
                <span data-testid="action-item-due" data-due={item.due.to_string()}>{ pick(lang,
                    format!("截止 {}（{} 个工作日）", format_date(item.due, lang), item.working_days),
                    format!("Due {} ({} working days)", format_date(item.due, lang), item.working_days)) }</span>
                if item.due_is_estimate { { " " }{ t(lang, RetroK::DueEstimate) } }
                if overdue { { " " }<span class="overdue-mark" data-testid="action-item-overdue">{ t(lang, RetroK::Overdue) }</span> }
            </p>
            if !item.links.is_empty() {
                <p class="sub">{ t(lang, RetroK::Changes) }{ " " }
                    { for item.links.iter().map(|l| html! {
                        <span class="link-tag" key={format!("{}-{}", l.kind.key(), l.target)}>{ format!("{}：{}", l.kind.label(lang), l.target) }</span>
                    }) }
                </p>
            }
            if let ActionStatus::NotDoing { reason } = &item.status {
                <p class="sub" data-testid="action-item-reason">{ pick(lang, format!("不做的理由：{reason}"), format!("Why not: {reason}")) }</p>
            }
            <div class="field inline no-print">
                <label for={select_id.clone()}>{ t(lang, RetroK::ActionStatus) }</label>
                <select id={select_id} onchange={on_select} data-testid="action-status">
                    { for [ActionStatus::Open, ActionStatus::Done { on: today }, ActionStatus::NotDoing { reason: String::new() }].iter().map(|s| html! {
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
            { error_line(&error) }
        </li>
    }
}
