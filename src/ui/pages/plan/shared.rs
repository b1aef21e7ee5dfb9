//! Small helpers the plan screens share: saving a changed plan, errors in place, the plan of a
//! case, copying and printing.

use std::rc::Rc;

use uuid::Uuid;
use yew::prelude::*;

use crate::domain::plan::{Plan, PlanError, PlanField};
use crate::i18n::Lang;
use crate::ui::components::ErrorView;
use crate::ui::store::{use_record_editor, use_records_of_case, RecordEditor};

/// Applies a domain step to the latest stored plan and saves it; the error for the section
/// to show instead (kept typed, worded by `ErrorView` when it renders).
pub fn commit(
    editor: &RecordEditor<Plan>,
    step: impl FnOnce(&Plan) -> Result<Plan, PlanError>,
) -> Option<PlanError> {
    editor.apply(step).err()
}

/// The editor of a plan, for a section that shows it.
#[hook]
pub fn use_plan_editor(plan: &Plan) -> RecordEditor<Plan> {
    use_record_editor::<Plan>(Some(plan.meta.id))
}

/// The plan of a case among its plans: the live one if any, else the newest archived one.
pub fn plan_among(plans: &[Rc<Plan>]) -> Option<Rc<Plan>> {
    plans
        .iter()
        .max_by_key(|p| (!p.meta.deleted, p.meta.updated_at))
        .cloned()
}

/// The plan of a case (see [`plan_among`]); re-renders only when that case's plans change.
#[hook]
pub fn use_plan_of(case_id: Option<Uuid>) -> Option<Rc<Plan>> {
    plan_among(&use_records_of_case::<Plan>(case_id))
}

/// The message of the first problem with `field`, for that field's error line.
pub fn field_error(err: &Option<PlanError>, field: PlanField, lang: Lang) -> Option<AttrValue> {
    err.as_ref()?
        .problems()
        .iter()
        .find(|p| p.field == field)
        .map(|p| AttrValue::from(p.message(lang)))
}

/// A section's error: the whole message, announced to screen readers, worded when shown.
pub fn error_banner(err: &Option<PlanError>) -> Html {
    html! { <ErrorView<PlanError> error={err.clone()} testid="plan-error" /> }
}

/// The hand-edited text of a generated one (a clause, a message template): the draft being
/// typed, the last error, and the callbacks that open, type, cancel, save and reset it.
#[derive(Clone)]
pub struct TextOverride {
    pub draft: UseStateHandle<Option<String>>,
    pub error: UseStateHandle<Option<PlanError>>,
    save: Callback<Option<String>>,
}

impl TextOverride {
    /// Opens the editor on `text`.
    pub fn open(&self, text: String) -> Callback<MouseEvent> {
        let draft = self.draft.clone();
        Callback::from(move |_| draft.set(Some(text.clone())))
    }
    pub fn on_input(&self) -> Callback<InputEvent> {
        let draft = self.draft.clone();
        Callback::from(move |e: InputEvent| draft.set(Some(event_value(&e))))
    }
    pub fn cancel(&self) -> Callback<MouseEvent> {
        let draft = self.draft.clone();
        Callback::from(move |_| draft.set(None))
    }
    /// Saves `text` (`None`: back to the generated text); closes the editor when it worked.
    pub fn save(&self, text: Option<String>) -> Callback<MouseEvent> {
        self.save.reform(move |_| text.clone())
    }
}

/// A [`TextOverride`] saved through `editor` by `step(plan, text)` on the latest plan.
#[hook]
pub fn use_text_override<S>(editor: RecordEditor<Plan>, step: S) -> TextOverride
where
    S: Fn(&Plan, Option<&str>) -> Result<Plan, PlanError> + 'static,
{
    let draft = use_state(|| None::<String>);
    let error = use_state(|| None::<PlanError>);
    let save = {
        let (draft, error) = (draft.clone(), error.clone());
        Callback::from(move |text: Option<String>| {
            let err = commit(&editor, |plan| step(plan, text.as_deref()));
            if err.is_none() {
                draft.set(None);
            }
            error.set(err);
        })
    };
    TextOverride { draft, error, save }
}

/// A form's error when it is not about one field (those show on the field's own line).
pub fn form_error(err: &Option<PlanError>) -> Html {
    error_banner(&err.as_ref().filter(|e| e.problems().is_empty()).cloned())
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
