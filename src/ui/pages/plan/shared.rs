//! Small helpers the plan screens share: saving a changed plan, errors in place, the plan of a
//! case, copying and printing.

use std::cell::RefCell;
use std::rc::Rc;

use uuid::Uuid;
use yew::prelude::*;

use crate::domain::plan::{Plan, PlanError, PlanField};
use crate::i18n::Lang;
use crate::ui::state::AppContext;
use crate::ui::sync::save;

/// Saves the result of a domain step; returns the error for the section to show instead.
pub fn commit(ctx: &AppContext, result: Result<Plan, PlanError>) -> Option<PlanError> {
    match result {
        Ok(plan) => {
            save(ctx, plan);
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

/// The value of an `<input>` or `<textarea>` from its input event.
pub fn input_value(e: &InputEvent) -> String {
    let target = e.target();
    if let Some(input) = target
        .clone()
        .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlInputElement>(t).ok())
    {
        return input.value();
    }
    target
        .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlTextAreaElement>(t).ok())
        .map(|t| t.value())
        .unwrap_or_default()
}

/// The value of a `<select>` from its change event.
pub fn select_value(e: &Event) -> String {
    e.target_unchecked_into::<web_sys::HtmlSelectElement>()
        .value()
}

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
/// saved, and the change callback that updates one field and marks the form unsaved.
pub struct TextFields<F: 'static, const N: usize> {
    pub values: UseStateHandle<[String; N]>,
    pub saved: UseStateHandle<bool>,
    pub on_change: Callback<(F, String)>,
}

#[hook]
pub fn use_text_fields<F, I, const N: usize>(init: I, index: fn(F) -> usize) -> TextFields<F, N>
where
    F: 'static,
    I: FnOnce() -> [String; N],
{
    let values = use_state(init);
    let saved = use_state(|| false);
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
    }
}
