//! The form for one warning of the library, new or edited, each problem next to its field.

use std::rc::Rc;

use yew::prelude::*;

use super::shared::{field_error, form_error};
use crate::domain::merge3::{FieldConflict, FieldForm};
use crate::domain::plan::{PlanError, PlanField, Warning, WarningEffect, WarningInput};
use crate::i18n::{pick, t, PlanK};
use crate::ui::components::{SelectField, TextArea, TextField};
use crate::ui::platform;
use crate::ui::store::{use_lang, use_store};
use crate::ui::sync::save;

#[derive(Clone, Copy, PartialEq)]
enum F {
    Title,
    Start,
    End,
    Region,
    Department,
    Effect,
    Source,
    Note,
}

#[derive(Properties, PartialEq)]
pub struct WarningFormProps {
    pub existing: Option<Rc<Warning>>,
    pub on_done: Callback<()>,
}

#[component]
pub fn WarningForm(props: &WarningFormProps) -> Html {
    let lang = use_lang();
    let store = use_store();
    let input = {
        let start = props
            .existing
            .as_ref()
            .map(|w| w.to_input())
            .unwrap_or_default();
        use_state(move || start)
    };
    let error = use_state(|| None::<PlanError>);
    // The version this form was opened on (or last rebased to): a save while the library
    // holds a newer one keeps the other side's changes and asks about fields both changed.
    let opened = {
        let existing = props.existing.clone();
        use_state(move || existing)
    };
    let conflicts = use_state(Vec::<FieldConflict<PlanField>>::new);
    let dirty = *input != opened.as_ref().map(|w| w.to_input()).unwrap_or_default();
    platform::use_dirty_mark("warning-form".into(), dirty);
    let on_change = {
        let input = input.clone();
        Callback::from(move |(f, v): (F, String)| {
            let mut next = (*input).clone();
            match f {
                F::Title => next.title = v,
                F::Start => next.start = v,
                F::End => next.end = v,
                F::Region => next.region = v,
                F::Department => next.department = v,
                F::Effect => next.effect = WarningEffect::from_key(&v).unwrap_or(next.effect),
                F::Source => next.source = v,
                F::Note => next.note = v,
            }
            input.set(next);
        })
    };
    let onsubmit = {
        let (store, input, error, existing, done, opened, conflicts) = (
            store.clone(),
            input.clone(),
            error.clone(),
            props.existing.clone(),
            props.on_done.clone(),
            opened.clone(),
            conflicts.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if !conflicts.is_empty() {
                return;
            }
            let mut values: WarningInput = (*input).clone();
            if let (Some(latest), Some(base)) = (&existing, &*opened) {
                if latest.meta.rev != base.meta.rev {
                    // Saved elsewhere since this form opened: keep both sides' changes.
                    let rebased = values.rebase(&base.to_input(), &latest.to_input());
                    opened.set(Some(latest.clone()));
                    input.set(rebased.merged.clone());
                    if !rebased.conflicts.is_empty() {
                        conflicts.set(rebased.conflicts);
                        return;
                    }
                    values = rebased.merged;
                }
            }
            let now = platform::now();
            let result = match &existing {
                Some(w) => w.edit(&values, now),
                None => Warning::new(platform::fresh_id(), &values, now),
            };
            match result {
                Ok(next) => {
                    // An edit that changed nothing keeps its revision: nothing to save.
                    if existing.as_deref() != Some(&next) {
                        save(&store, next);
                    }
                    done.emit(());
                }
                Err(e) => error.set(Some(e)),
            }
        })
    };
    let i = &*input;
    let text = |f: F,
                label: PlanK,
                pf: PlanField,
                value: &str,
                testid: &'static str,
                kind: &'static str,
                required: bool| {
        html! {
            <TextField<F> field={f} {kind} label={t(lang, label)} value={value.to_string()} on_change={on_change.clone()}
                {testid} {required} error={field_error(&error, pf, lang)} />
        }
    };
    let effects = WarningEffect::ALL
        .iter()
        .map(|e| (AttrValue::from(e.key()), AttrValue::from(e.label(lang))))
        .collect::<Vec<_>>();
    let invalid = error.as_ref().is_some_and(|e| !e.problems().is_empty());
    let stale = matches!((&props.existing, &*opened), (Some(latest), Some(base)) if latest.meta.rev != base.meta.rev);
    let settle = |i: usize, theirs: bool| {
        let (conflicts, input) = (conflicts.clone(), input.clone());
        Callback::from(move |_: MouseEvent| {
            let mut rest = (*conflicts).clone();
            let c = rest.remove(i);
            if theirs {
                let mut next = (*input).clone();
                next.set(c.field, c.theirs);
                input.set(next);
            }
            conflicts.set(rest);
        })
    };
    let shown = |f: PlanField, v: &str| match f {
        PlanField::WarningEffect => {
            WarningEffect::from_key(v).map_or_else(|| v.to_string(), |e| e.label(lang).to_string())
        }
        _ if v.is_empty() => pick(lang, "（空）".into(), "(empty)".into()),
        _ => v.to_string(),
    };
    html! {
        <form class="warning-form" {onsubmit} novalidate=true data-testid="warning-form">
            if invalid {
                <p class="banner error" role="alert" data-testid="warning-errors">{ t(lang, PlanK::FormHasErrors) }</p>
            }
            { form_error(&error) }
            if stale && conflicts.is_empty() {
                <p class="banner warn" role="status" data-testid="warning-stale">{ pick(lang,
                    "这条预警刚在另一个页面被修改。保存时只改你动过的内容，对方的修改会保留。".into(),
                    "This warning was just changed on another page. Saving changes only what you edited; their changes are kept.".into()) }</p>
            }
            if !conflicts.is_empty() {
                <div class="banner warn" role="alert" data-testid="warning-conflict">
                    <p><strong>{ pick(lang, "以下内容你和另一个页面都改了，请逐项选择：".into(),
                        "You and another page both changed these; choose for each:".into()) }</strong></p>
                    <ul>
                    { for conflicts.iter().enumerate().map(|(i, c)| html! {
                        <li key={i} data-testid="warning-conflict-field">
                            <strong>{ c.field.label(lang) }</strong>{ "：" }
                            { pick(lang, format!("你的：{}；对方的：{}", shown(c.field, &c.mine), shown(c.field, &c.theirs)),
                                format!("yours: {}; theirs: {}", shown(c.field, &c.mine), shown(c.field, &c.theirs))) }
                            { " " }
                            <button type="button" onclick={settle(i, true)} data-testid="warning-conflict-theirs">
                                { pick(lang, "用对方的".into(), "Use theirs".into()) }</button>
                            <button type="button" onclick={settle(i, false)} data-testid="warning-conflict-mine">
                                { pick(lang, "保留我的".into(), "Keep mine".into()) }</button>
                        </li>
                    }) }
                    </ul>
                </div>
            }
            <fieldset>
                <legend>{ t(lang, if props.existing.is_some() { PlanK::EditWarning } else { PlanK::AddWarning }) }</legend>
                { text(F::Title, PlanK::WarningTitle, PlanField::WarningTitle, &i.title, "warning-title", "text", true) }
                { text(F::Start, PlanK::WarningStart, PlanField::WarningStart, &i.start, "warning-start", "date", true) }
                { text(F::End, PlanK::WarningEnd, PlanField::WarningEnd, &i.end, "warning-end", "date", true) }
                { text(F::Region, PlanK::Region, PlanField::WarningRegion, &i.region, "warning-region", "text", false) }
                { text(F::Department, PlanK::Department, PlanField::WarningDepartment, &i.department, "warning-department", "text", false) }
                <SelectField<F> field={F::Effect} label={t(lang, PlanK::Effect)} options={effects} value={i.effect.key()}
                    on_change={on_change.clone()} testid="warning-effect" />
                { text(F::Source, PlanK::Source, PlanField::WarningSource, &i.source, "warning-source", "text", false) }
                <TextArea<F> field={F::Note} label={t(lang, PlanK::Note)} value={i.note.clone()} on_change={on_change.clone()}
                    testid="warning-note" error={field_error(&error, PlanField::WarningNote, lang)} />
            </fieldset>
            <div class="actions">
                <button type="submit" class="primary" disabled={!conflicts.is_empty()} data-testid="warning-save">{ t(lang, PlanK::Save) }</button>
                <button type="button" data-testid="warning-cancel" onclick={props.on_done.reform(|_: MouseEvent| ())}>{ t(lang, PlanK::Cancel) }</button>
            </div>
        </form>
    }
}
