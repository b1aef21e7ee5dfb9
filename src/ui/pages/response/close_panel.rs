//! Closing a failure with its outcome; the case follows (已补救, back to 办理中, or it stays 失败).

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::case::Case;
use crate::domain::response::{case_after_close, Failure, Outcome, ResponseError};
use crate::i18n::{t, RespK};
use crate::ui::components::{ErrorView, SelectField, TextArea};
use crate::ui::pages::response::shared::local_clock;
use crate::ui::store::{use_lang, use_store};
use crate::ui::sync::{save, save_case};

#[derive(Clone, Copy, PartialEq, Eq)]
enum F {
    Outcome,
    Note,
}

#[derive(Properties, PartialEq)]
pub struct ClosePanelProps {
    pub case: Rc<Case>,
    pub failure: Rc<Failure>,
    /// Every failure of the case: the case moves only when none other is still open.
    pub all: Rc<Vec<Failure>>,
}

#[component]
pub fn ClosePanel(props: &ClosePanelProps) -> Html {
    let lang = use_lang();
    let store = use_store();
    let form = use_state(|| (Outcome::Recovered.key().to_owned(), String::new()));
    let error = use_state(|| None::<ResponseError>);
    let on_change = {
        let form = form.clone();
        Callback::from(move |(field, value): (F, String)| {
            let mut next = (*form).clone();
            match field {
                F::Outcome => next.0 = value,
                F::Note => next.1 = value,
            }
            form.set(next);
        })
    };
    let onsubmit = {
        let (case, f, all) = (props.case.clone(), props.failure.clone(), props.all.clone());
        let (form, error) = (form.clone(), error.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let now = local_clock().now;
            let outcome = Outcome::from_key(&form.0).unwrap_or(Outcome::Recovered);
            let result = f.close(outcome, &form.1, now).and_then(|closed| {
                let mut others: Vec<Failure> = all
                    .iter()
                    .filter(|o| o.meta.id != closed.meta.id)
                    .cloned()
                    .collect();
                others.push(closed.clone());
                case_after_close(&case, &others, &closed, now).map(|c| (closed, c))
            });
            match result {
                Ok((closed, next_case)) => {
                    error.set(None);
                    save(&store, closed);
                    if next_case != *case {
                        save_case(&store, next_case);
                    }
                }
                Err(e) => error.set(Some(e)),
            }
        })
    };
    let outcomes: Vec<(AttrValue, AttrValue)> = Outcome::ALL
        .iter()
        .map(|o| (AttrValue::from(o.key()), AttrValue::from(o.label(lang))))
        .collect();
    html! {
        <form class="close-form" {onsubmit} novalidate=true data-testid="close-form">
            <fieldset><legend>{ t(lang, RespK::CloseTitle) }</legend>
                <SelectField<F> field={F::Outcome} label={t(lang, RespK::CloseOutcome)} options={outcomes}
                    value={form.0.clone()} on_change={on_change.clone()} testid="close-outcome" />
                <TextArea<F> field={F::Note} label={t(lang, RespK::CloseNote)} value={form.1.clone()}
                    on_change={on_change} testid="close-note" />
                <p class="hint wide">{ t(lang, RespK::CloseHint) }</p>
            </fieldset>
            <div aria-live="polite">
                <ErrorView<ResponseError> error={(*error).clone()} testid="close-error" />
            </div>
            <button type="submit" class="primary big" data-testid="close-failure">{ t(lang, RespK::CloseSubmit) }</button>
        </form>
    }
}
