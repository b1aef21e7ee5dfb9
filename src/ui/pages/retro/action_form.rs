//! Adds or edits an action item: text, owner, due in N working days or on a given date (the
//! date shown as you type), and optionally what it changes. Editing keeps the item's status.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::action_draft::Draft;
use super::shared::{error_line, save_retro};
use crate::domain::response::format_date;
use crate::domain::retro::{ActionItem, LinkKind, Retro, RetroError};
use crate::i18n::{pick, t, RetroK};
use crate::ui::components::{SelectField, TextField};
use crate::ui::platform;
use crate::ui::store::{use_calendar, use_lang, RecordEditor};

#[derive(Properties, PartialEq)]
pub struct ActionFormProps {
    pub retro: Rc<Retro>,
    /// Saves onto the latest stored retrospective.
    pub editor: RecordEditor<Retro>,
    /// The item being edited; `None` adds a new one.
    #[prop_or_default]
    pub editing: Option<ActionItem>,
    /// Called after a successful save or on cancel (edit mode).
    #[prop_or_default]
    pub on_done: Callback<()>,
}

#[derive(Clone, Copy, PartialEq)]
enum Field {
    Text,
    Owner,
    Days,
    Due,
    LinkKind,
    LinkTarget,
}

#[component]
pub fn ActionForm(props: &ActionFormProps) -> Html {
    let lang = use_lang();
    let calendar = use_calendar();
    let editing = props.editing.clone();
    let draft = use_state(|| Draft::of(editing.as_ref()));
    let error = use_state(|| None::<RetroError>);
    // The item as this form opened it, and as it is stored now: a change made on another
    // page meanwhile is shown at once, with "use theirs"; saving keeps this form's.
    let opened = {
        let editing = editing.clone();
        use_state(move || editing)
    };
    let latest = editing.as_ref().and_then(|item| {
        props
            .retro
            .actions
            .iter()
            .find(|a| a.id == item.id)
            .cloned()
    });
    let changed_elsewhere = editing.is_some() && latest != *opened;
    let form_ref = use_node_ref();
    {
        // The edit form replaces the row's buttons: the focus moves into it.
        let (form_ref, edit) = (form_ref.clone(), editing.is_some());
        use_effect_with((), move |_| {
            let first = form_ref.cast::<web_sys::Element>().filter(|_| edit);
            if let Some(Ok(Some(input))) = first.map(|f| f.query_selector("input")) {
                if let Ok(el) = input.dyn_into::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
            }
        });
    }
    let on_change = {
        let draft = draft.clone();
        Callback::from(move |(f, v): (Field, String)| {
            let mut d = (*draft).clone();
            match f {
                Field::Text => d.text = v,
                Field::Owner => d.owner = v,
                // Typing working days counts the date again from them.
                Field::Days => (d.days, d.due) = (v, String::new()),
                Field::Due => d.due = v,
                Field::LinkKind => d.link_kind = v,
                Field::LinkTarget => d.link_target = v,
            }
            draft.set(d);
        })
    };
    let today = platform::today();
    let due = draft.due_on().or_else(|| {
        let n: u32 = draft.days.trim().parse().ok()?;
        Some(calendar.add_working_days(today, n).ok()?.value)
    });
    let on_submit = {
        let (editor, calendar, draft, error) = (
            props.editor.clone(),
            calendar.clone(),
            draft.clone(),
            error.clone(),
        );
        let (editing, on_done) = (editing.clone(), props.on_done.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let input = draft.input(editing.as_ref());
            let (today, now) = (platform::today(), platform::now());
            let saved = save_retro(&editor, &error, |retro| match &editing {
                Some(item) => retro.edit_action(item.id, &input, today, &calendar, now),
                None => retro.add_action(&input, today, &calendar, now),
            });
            if saved {
                draft.set(Draft::of(None));
                on_done.emit(());
            }
        })
    };
    let on_cancel = props.on_done.reform(|_: MouseEvent| ());
    let mut kinds: Vec<(AttrValue, AttrValue)> =
        vec![("".into(), t(lang, RetroK::LinkNone).into())];
    kinds.extend(
        LinkKind::ALL
            .iter()
            .map(|k| (AttrValue::from(k.key()), AttrValue::from(k.label(lang)))),
    );
    let p = if editing.is_some() {
        "action-edit"
    } else {
        "action"
    };
    let id = |s: &str| AttrValue::from(format!("{p}-{s}"));
    let title = t(
        lang,
        if editing.is_some() {
            RetroK::ActionEditTitle
        } else {
            RetroK::ActionAdd
        },
    );
    html! {
        <form class="retro-form action-form no-print" onsubmit={on_submit} data-testid={id("form")} ref={form_ref}>
            if changed_elsewhere {
                <p class="banner warn" role="status" data-testid="action-edit-stale">
                    { crate::i18n::pick(lang,
                        format!("这条行动项刚在另一个页面被修改为“{}”（负责人：{}）。点“保存”将改为你填的内容。",
                            latest.as_ref().map(|a| a.text.as_str()).unwrap_or_default(),
                            latest.as_ref().map(|a| a.owner.as_str()).unwrap_or_default()),
                        format!("Another page just changed this action item to “{}” (owner: {}). Save to replace it with yours.",
                            latest.as_ref().map(|a| a.text.as_str()).unwrap_or_default(),
                            latest.as_ref().map(|a| a.owner.as_str()).unwrap_or_default())) }
                    { " " }
                    <button type="button" class="small" data-testid="action-edit-take-theirs" onclick={{
                        let (draft, opened, latest) = (draft.clone(), opened.clone(), latest.clone());
                        Callback::from(move |_: MouseEvent| {
                            draft.set(Draft::of(latest.as_ref()));
                            opened.set(latest.clone());
                        })
                    }}>{ crate::i18n::pick(lang, "用对方的".into(), "Use theirs".into()) }</button>
                </p>
            }
            <h4>{ title }</h4>
            <TextField<Field> field={Field::Text} label={t(lang, RetroK::ActionText)} required=true
                value={draft.text.clone()} on_change={on_change.clone()} testid={id("text")} />
            <TextField<Field> field={Field::Owner} label={t(lang, RetroK::ActionOwner)} required=true
                value={draft.owner.clone()} on_change={on_change.clone()} testid={id("owner")} />
            <TextField<Field> field={Field::Days} label={t(lang, RetroK::ActionDays)} kind="number"
                inputmode={Some(AttrValue::from("numeric"))} value={draft.days.clone()} on_change={on_change.clone()} testid={id("days")} />
            <TextField<Field> field={Field::Due} label={t(lang, RetroK::ActionDue)} kind="date"
                hint={Some(AttrValue::from(t(lang, RetroK::ActionDueHint)))} value={draft.due.clone()} on_change={on_change.clone()} testid={id("due")} />
            <p class="hint" aria-live="polite" data-testid={id("due-preview")}>
                { match due {
                    Some(d) => pick(lang, format!("截止：{}", format_date(d, lang)), format!("Due: {}", format_date(d, lang))),
                    None => t(lang, RetroK::ActionDaysHint).to_owned(),
                } }
            </p>
            <SelectField<Field> field={Field::LinkKind} label={t(lang, RetroK::LinkKind)} options={kinds}
                value={draft.link_kind.clone()} on_change={on_change.clone()} testid={id("link-kind")} />
            if !draft.link_kind.is_empty() {
                <TextField<Field> field={Field::LinkTarget} label={t(lang, RetroK::LinkTarget)}
                    value={draft.link_target.clone()} {on_change} testid={id("link-target")} />
            }
            <div class="actions">
                if editing.is_some() {
                    <button type="submit" class="primary" data-testid="action-edit-save">{ t(lang, RetroK::Save) }</button>
                    <button type="button" onclick={on_cancel} data-testid="action-edit-cancel">{ t(lang, RetroK::Cancel) }</button>
                } else {
                    <button type="submit" class="primary" data-testid="action-add">{ t(lang, RetroK::ActionAdd) }</button>
                }
            </div>
            { error_line(&error, lang) }
        </form>
    }
}
