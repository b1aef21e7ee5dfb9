//! Small helpers the plan screens share: saving a changed plan, errors in place, the plan of a
//! case, copying and printing.

use std::cell::RefCell;
use std::rc::Rc;

use uuid::Uuid;
use yew::prelude::*;

use crate::domain::plan::{Plan, PlanError, PlanField};
use crate::i18n::Lang;
use crate::ui::store::AppContext;
use crate::ui::sync::save;

/// Saves the result of a domain step; returns the error for the section to show instead.
pub fn commit(ctx: &AppContext, result: Result<Plan, PlanError>) -> Option<PlanError> {
    match result {
        Ok(plan) => {
            save(&ctx.store, plan);
            None
        }
        Err(e) => Some(e),
    }
}

/// Edits the plan as it is now, for rows memoised on their own part of it: the handle never
/// changes while the plan does, so a row whose own data is unchanged is not re-rendered, and
/// its edit still applies to the latest plan (never to the one the row last saw). The plan
/// tab refreshes it on every render; an edit's save re-renders the tab before the next event.
#[derive(Clone, Default)]
pub struct PlanEditor(Rc<RefCell<Option<Latest>>>);

/// The context to save through and the plan as last rendered.
type Latest = (AppContext, Rc<Plan>);

impl PartialEq for PlanEditor {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl PlanEditor {
    pub fn set(&self, ctx: &AppContext, plan: &Rc<Plan>) {
        *self.0.borrow_mut() = Some((ctx.clone(), plan.clone()));
    }

    /// Applies a domain step to the latest plan and saves it; the error for the row to show.
    pub fn commit(&self, step: impl FnOnce(&Plan) -> Result<Plan, PlanError>) -> Option<PlanError> {
        let latest = self.0.borrow().clone();
        let (ctx, plan) = latest?;
        commit(&ctx, step(&plan))
    }
}

/// The plan of a case: the live one if any, else the newest archived one.
pub fn plan_of(ctx: &AppContext, case_id: Uuid) -> Option<Rc<Plan>> {
    ctx.data
        .all::<Plan>()
        .filter(|p| p.case_id == case_id)
        .max_by_key(|p| (!p.meta.deleted, p.meta.updated_at))
        .cloned()
}

/// The message of the first problem with `field`, for that field's error line.
pub fn field_error(err: &Option<PlanError>, field: PlanField, lang: Lang) -> Option<AttrValue> {
    err.as_ref()?
        .problems()
        .iter()
        .find(|p| p.field == field)
        .map(|p| AttrValue::from(p.message(lang)))
}

/// A section's error: the whole message, announced to screen readers.
pub fn error_banner(err: &Option<PlanError>, lang: Lang) -> Html {
    match err {
        Some(e) => html! {
            <p class="banner error" role="alert" data-testid="plan-error">{ e.message(lang) }</p>
        },
        None => Html::default(),
    }
}

pub use crate::ui::platform::copy_text;

pub use crate::ui::platform::print_page;

pub use crate::ui::components::event_value;

/// `(value, label)` pairs 1..=5 for a likelihood or impact select.
pub fn scale_options(labels: [&str; 5]) -> Vec<(AttrValue, AttrValue)> {
    labels
        .iter()
        .enumerate()
        .map(|(i, label)| {
            let n = i + 1;
            (
                AttrValue::from(n.to_string()),
                AttrValue::from(format!("{n} · {label}")),
            )
        })
        .collect()
}

/// A settings form's text fields (indexed by its field enum), whether what is on screen is
/// saved, and the change callback that updates one field and marks the form unsaved. The
/// form keeps the stored values it was typed on, so a save after another tab's save keeps
/// that tab's changes to other fields and asks about fields both changed (see
/// [`TextFields::prepare_save`]).
pub struct TextFields<F: 'static, const N: usize> {
    pub values: UseStateHandle<[String; N]>,
    pub saved: UseStateHandle<bool>,
    pub on_change: Callback<(F, String)>,
    base: UseStateHandle<[String; N]>,
    stored: [String; N],
    /// Fields both sides changed, found by the last save: shown until the next save.
    asked: UseStateHandle<Vec<usize>>,
}

impl<F: 'static, const N: usize> Clone for TextFields<F, N> {
    fn clone(&self) -> Self {
        TextFields {
            values: self.values.clone(),
            saved: self.saved.clone(),
            on_change: self.on_change.clone(),
            base: self.base.clone(),
            stored: self.stored.clone(),
            asked: self.asked.clone(),
        }
    }
}

impl<F: 'static, const N: usize> TextFields<F, N> {
    /// The values to save: the form's, with another tab's changes to fields this form did
    /// not touch taken in. `None` when a field was changed on both sides: the form then shows
    /// both (see [`TextFields::conflict_notice`]) and a second save keeps what is typed.
    pub fn prepare_save(&self) -> Option<[String; N]> {
        if *self.base == self.stored {
            return Some((*self.values).clone());
        }
        let indices: Vec<usize> = (0..N).collect();
        let merged = crate::domain::merge3::merge_fields(
            &indices,
            |i| self.base[i].as_str(),
            |i| self.values[i].as_str(),
            |i| self.stored[i].as_str(),
        );
        let mut values = (*self.values).clone();
        for (i, v) in merged.take_theirs {
            values[i] = v;
        }
        self.base.set(self.stored.clone());
        // The form shows what is saved (their changes included).
        self.values.set(values.clone());
        if merged.conflicts.is_empty() {
            return Some(values);
        }
        self.asked
            .set(merged.conflicts.iter().map(|c| c.field).collect());
        None
    }

    /// After a successful save of `values`: they are the base of the next edit.
    pub fn saved_as(&self, values: &[String; N]) {
        self.base.set(values.clone());
        self.asked.set(Vec::new());
        self.saved.set(true);
    }

    /// The fields both sides changed, with the other side's value: `labels` in field order.
    pub fn conflict_notice(&self, labels: [&str; N], lang: Lang) -> Html {
        if self.asked.is_empty() {
            return Html::default();
        }
        html! {
            <div class="banner warn" role="alert" data-testid="settings-conflict">
                <p><strong>{ crate::i18n::pick(lang,
                    "另一个页面刚保存了这些内容，和你填的不同。再点一次“保存”将采用你填的：".into(),
                    "Another page just saved these, differently from what you typed. Save again to keep yours:".into()) }</strong></p>
                <ul>{ for self.asked.iter().map(|&i| html! {
                    <li key={i} data-testid="settings-conflict-field">
                        { crate::i18n::pick(lang,
                            format!("{}：对方的是“{}”", labels[i], self.stored[i]),
                            format!("{}: theirs is “{}”", labels[i], self.stored[i])) }
                    </li>
                }) }</ul>
            </div>
        }
    }
}

#[hook]
pub fn use_text_fields<F, const N: usize>(
    stored: [String; N],
    index: fn(F) -> usize,
) -> TextFields<F, N>
where
    F: 'static,
{
    let values = {
        let stored = stored.clone();
        use_state(move || stored)
    };
    let base = {
        let stored = stored.clone();
        use_state(move || stored)
    };
    let asked = use_state(Vec::<usize>::new);
    let saved = use_state(|| false);
    {
        // Nothing typed since the base: follow what another tab saves.
        let (values, base) = (values.clone(), base.clone());
        use_effect_with(stored.clone(), move |stored| {
            if *values == *base && *base != *stored {
                values.set(stored.clone());
                base.set(stored.clone());
            }
        });
    }
    let on_change = {
        let (values, saved) = (values.clone(), saved.clone());
        Callback::from(move |(f, v): (F, String)| {
            let mut next = (*values).clone();
            next[index(f)] = v;
            values.set(next);
            saved.set(false);
        })
    };
    TextFields {
        values,
        saved,
        on_change,
        base,
        stored,
        asked,
    }
}
