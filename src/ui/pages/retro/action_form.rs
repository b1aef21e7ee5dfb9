//! Adds an action item: text, owner, due in N working days (the date shown as you type),
//! and optionally what it changes.

use std::rc::Rc;

use yew::prelude::*;

use super::shared::{error_line, save_retro};
use crate::domain::response::format_date;
use crate::domain::retro::{ActionInput, Link, LinkKind, Retro};
use crate::i18n::{pick, t, RetroK};
use crate::ui::components::{SelectField, TextField};
use crate::ui::platform;
use crate::ui::state::use_app;

#[derive(Properties, PartialEq)]
pub struct ActionFormProps {
    pub retro: Rc<Retro>,
}

#[derive(Clone, Copy, PartialEq)]
enum Field {
    Text,
    Owner,
    Days,
    LinkKind,
    LinkTarget,
}

#[derive(Clone, PartialEq)]
struct Draft {
    text: String,
    owner: String,
    days: String,
    link_kind: String,
    link_target: String,
}

#[component]
pub fn ActionForm(props: &ActionFormProps) -> Html {
    let ctx = use_app();
    let lang = ctx.lang;
    let blank = || Draft {
        text: String::new(),
        owner: String::new(),
        days: "5".into(),
        link_kind: String::new(),
        link_target: String::new(),
    };
    let draft = use_state(blank);
    let error = use_state(|| None::<String>);
    let on_change = {
        let draft = draft.clone();
        Callback::from(move |(f, v): (Field, String)| {
            let mut d = (*draft).clone();
            match f {
                Field::Text => d.text = v,
                Field::Owner => d.owner = v,
                Field::Days => d.days = v,
                Field::LinkKind => d.link_kind = v,
                Field::LinkTarget => d.link_target = v,
            }
            draft.set(d);
        })
    };
    let today = platform::today();
    let days: Option<u32> = draft.days.trim().parse().ok();
    let due = days.and_then(|n| ctx.calendar.add_working_days(today, n).ok());
    let on_submit = {
        let (ctx, retro, draft, error) = (
            ctx.clone(),
            props.retro.clone(),
            draft.clone(),
            error.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let links = match LinkKind::from_key(&draft.link_kind) {
                Some(kind) if !draft.link_target.trim().is_empty() => {
                    vec![Link {
                        kind,
                        target: draft.link_target.clone(),
                    }]
                }
                _ => Vec::new(),
            };
            let input = ActionInput {
                text: draft.text.clone(),
                owner: draft.owner.clone(),
                working_days: draft.days.trim().parse().unwrap_or(0),
                links,
            };
            let next = retro.add_action(&input, platform::today(), &ctx.calendar, platform::now());
            if save_retro(&ctx, next, &error, lang) {
                draft.set(blank());
            }
        })
    };
    let mut kinds: Vec<(AttrValue, AttrValue)> =
        vec![("".into(), t(lang, RetroK::LinkNone).into())];
    kinds.extend(
        LinkKind::ALL
            .iter()
            .map(|k| (AttrValue::from(k.key()), AttrValue::from(k.label(lang)))),
    );
    html! {
        <form class="retro-form action-form no-print" onsubmit={on_submit} data-testid="action-form">
            <h4>{ t(lang, RetroK::ActionAdd) }</h4>
            <TextField<Field> field={Field::Text} label={t(lang, RetroK::ActionText)} required=true
                value={draft.text.clone()} on_change={on_change.clone()} testid="action-text" />
            <TextField<Field> field={Field::Owner} label={t(lang, RetroK::ActionOwner)} required=true
                value={draft.owner.clone()} on_change={on_change.clone()} testid="action-owner" />
            <TextField<Field> field={Field::Days} label={t(lang, RetroK::ActionDays)} kind="number"
                inputmode={Some(AttrValue::from("numeric"))} value={draft.days.clone()} on_change={on_change.clone()} testid="action-days" />
            <p class="hint" aria-live="polite" data-testid="action-due-preview">
                { match &due {
                    Some(d) => pick(lang, format!("截止：{}", format_date(d.value, lang)), format!("Due: {}", format_date(d.value, lang))),
                    None => t(lang, RetroK::ActionDaysHint).to_owned(),
                } }
            </p>
            <SelectField<Field> field={Field::LinkKind} label={t(lang, RetroK::LinkKind)} options={kinds}
                value={draft.link_kind.clone()} on_change={on_change.clone()} testid="action-link-kind" />
            if !draft.link_kind.is_empty() {
                <TextField<Field> field={Field::LinkTarget} label={t(lang, RetroK::LinkTarget)}
                    value={draft.link_target.clone()} {on_change} testid="action-link-target" />
            }
            <div class="actions">
                <button type="submit" class="primary" data-testid="action-add">{ t(lang, RetroK::ActionAdd) }</button>
            </div>
            { error_line(&error) }
        </form>
    }
}
