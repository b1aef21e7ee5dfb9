//! One action item: its owner, due date and links, its status, and edit / remove (removal asks
//! once more: it is for a mistaken entry; an item decided against is "not doing" with a reason).

use std::rc::Rc;

use yew::prelude::*;

use super::action_form::ActionForm;
use super::action_status::ActionStatusPick;
use super::shared::{error_line, save_retro};
use crate::domain::response::format_date;
use crate::domain::retro::{ActionItem, ActionStatus, Retro, RetroError};
use crate::i18n::{pick, t, RetroK};
use crate::ui::platform;
use crate::ui::store::{use_lang, RecordEditor};

#[derive(Properties, PartialEq)]
pub struct ActionRowProps {
    pub retro: Rc<Retro>,
    /// Saves onto the latest stored retrospective.
    pub editor: RecordEditor<Retro>,
    pub item: ActionItem,
    /// This row shows the edit form.
    pub editing: bool,
    /// Asks to edit this row (`Some(id)`) or to close the form (`None`).
    pub on_edit: Callback<Option<u32>>,
}

#[component]
pub fn ActionRow(props: &ActionRowProps) -> Html {
    let lang = use_lang();
    let confirming = use_state(|| false);
    let error = use_state(|| None::<RetroError>);
    let item = &props.item;
    let id = item.id;
    if props.editing {
        return html! {
            <li class="action-item editing" data-testid="action-item" data-status={item.status.key()}>
                <ActionForm retro={props.retro.clone()} editor={props.editor.clone()} editing={Some(item.clone())}
                    on_done={props.on_edit.reform(|_| None)} />
            </li>
        };
    }
    let on_remove = {
        let (editor, error) = (props.editor.clone(), error.clone());
        Callback::from(move |_: MouseEvent| {
            save_retro(&editor, &error, |retro| {
                retro.remove_action(id, platform::now())
            });
        })
    };
    let ask = |v: bool| {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(v))
    };
    let overdue = item.is_overdue(platform::today());
    let due = format_date(item.due, lang);
    let days = item.working_days;
    html! {
        <li class={classes!("action-item", overdue.then_some("overdue"))} data-testid="action-item"
            data-status={item.status.key()}>
            <p class="action-text"><strong data-testid="action-item-text">{ item.text.clone() }</strong></p>
            <p class="sub">
                <span data-testid="action-item-owner">{ pick(lang, format!("负责人：{}", item.owner), format!("Owner: {}", item.owner)) }</span>{ " · " }
                <span data-testid="action-item-due" data-due={item.due.to_string()}>{ if days > 0 {
                    pick(lang, format!("截止 {due}（{days} 个工作日）"), format!("Due {due} ({days} working days)"))
                } else {
                    pick(lang, format!("截止 {due}"), format!("Due {due}"))
                } }</span>
                if item.due_is_estimate { { " " }{ t(lang, RetroK::DueEstimate) } }
                if overdue { { " " }<span class="overdue-mark" data-testid="action-item-overdue">{ t(lang, RetroK::Overdue) }</span> }
            </p>
            if !item.links.is_empty() {
                <p class="sub" data-testid="action-item-links">{ t(lang, RetroK::Changes) }{ " " }
                    { for item.links.iter().map(|l| html! {
                        <span class="link-tag" key={format!("{}-{}", l.kind.key(), l.target)}>{ format!("{}：{}", l.kind.label(lang), l.target) }</span>
                    }) }
                </p>
            }
            if let ActionStatus::NotDoing { reason } = &item.status {
                <p class="sub" data-testid="action-item-reason">{ pick(lang, format!("不做的理由：{reason}"), format!("Why not: {reason}")) }</p>
            }
            <ActionStatusPick editor={props.editor.clone()} item={item.clone()} />
            <div class="row-actions no-print">
                <button type="button" onclick={props.on_edit.reform(move |_: MouseEvent| Some(id))}
                    data-testid="action-edit">{ t(lang, RetroK::ActionEdit) }</button>
                if *confirming {
                    <span role="alert" data-testid="action-remove-ask">{ t(lang, RetroK::ActionRemoveAsk) }</span>
                    <button type="button" class="danger" onclick={on_remove} data-testid="action-remove-confirm">
                        { t(lang, RetroK::ActionRemoveYes) }</button>
                    <button type="button" onclick={ask(false)} data-testid="action-remove-cancel">{ t(lang, RetroK::Cancel) }</button>
                } else {
                    <button type="button" onclick={ask(true)} data-testid="action-remove">{ t(lang, RetroK::Remove) }</button>
                }
            </div>
            { error_line(&error, lang) }
        </li>
    }
}
