//! Raising a failure: what kind, what happened, the amount, when it was seen. Saving it starts
//! the one-hour clock and moves the case to 失败.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::case::Case;
use crate::domain::plan::Plan;
use crate::domain::response::ResponseField as RF;
use crate::domain::response::{
    case_after_raise, Failure, FailureInput, FailureKind, ResponseError,
};
use crate::i18n::{t, RespK};
use crate::ui::components::{SelectField, TextArea, TextField};
use crate::ui::pages::response::desk_note::use_form_error;
use crate::ui::pages::response::shared::{case_plan, local_clock};
use crate::ui::platform;
use crate::ui::store::{use_lang, use_records_of_case, use_store};
use crate::ui::sync::{save, save_case};

#[derive(Clone, Copy, PartialEq, Eq)]
enum F {
    Kind,
    What,
    Amount,
    Discovered,
}

#[derive(Clone, PartialEq, Default)]
struct Draft {
    kind: String,
    what: String,
    amount: String,
    /// `None` until edited: the discovery time is "now" at the moment of saving.
    discovered: Option<String>,
}

#[derive(Properties, PartialEq)]
pub struct RaiseFormProps {
    pub case: Rc<Case>,
    /// Called after the failure is saved.
    #[prop_or_default]
    pub on_done: Callback<()>,
}

#[component]
pub fn RaiseForm(props: &RaiseFormProps) -> Html {
    let lang = use_lang();
    let store = use_store();
    let plans = use_records_of_case::<Plan>(Some(props.case.meta.id));
    let draft = use_state(|| Draft {
        kind: FailureKind::MaterialDefect.key().to_owned(),
        ..Draft::default()
    });
    let error = use_form_error(spot, F::Discovered);
    let on_change = {
        let draft = draft.clone();
        Callback::from(move |(field, value): (F, String)| {
            let mut next = (*draft).clone();
            match field {
                F::Kind => next.kind = value,
                F::What => next.what = value,
                F::Amount => next.amount = value,
                F::Discovered => next.discovered = Some(value),
            }
            draft.set(next);
        })
    };
    let onsubmit = {
        let (case, draft, error) = (props.case.clone(), draft.clone(), error.clone());
        let on_done = props.on_done.clone();
        // The window the case's plan promises the client; the clock measures that promise.
        let notify_hours = case_plan(&plans).map(|p| p.comms.notify_within_hours);
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let clock = local_clock();
            let now = clock.now;
            let Some(discovered_at) = error.read_time(&clock, draft.discovered.as_deref()) else {
                return;
            };
            let input = FailureInput {
                kind: FailureKind::from_key(&draft.kind).unwrap_or(FailureKind::MaterialDefect),
                what_happened: draft.what.clone(),
                amount: draft.amount.clone(),
                discovered_at,
                notify_within_hours: notify_hours,
            };
            let result = Failure::raise(&input, &case, platform::fresh_id(), now)
                .and_then(|f| case_after_raise(&case, now).map(|c| (f, c)));
            match result {
                Ok((failure, next_case)) => {
                    save(&store, failure);
                    if next_case != *case {
                        save_case(&store, next_case);
                    }
                    error.clear();
                    draft.set(Draft {
                        kind: draft.kind.clone(),
                        ..Draft::default()
                    });
                    on_done.emit(());
                }
                Err(e) => error.refuse(e),
            }
        })
    };
    let err = |f: F| error.under(f, lang);
    let kinds: Vec<(AttrValue, AttrValue)> = FailureKind::ALL
        .iter()
        .map(|k| (AttrValue::from(k.key()), AttrValue::from(k.label(lang))))
        .collect();
    let discovered = draft
        .discovered
        .clone()
        .unwrap_or_else(|| local_clock().input_value(platform::now()));
    html! {
        <form class="raise-form" {onsubmit} novalidate=true data-testid="raise-form">
            <fieldset><legend>{ t(lang, RespK::RaiseTitle) }</legend>
                <SelectField<F> field={F::Kind} label={t(lang, RespK::FailureKindLabel)} options={kinds}
                    value={draft.kind.clone()} on_change={on_change.clone()} testid="raise-kind" />
                <TextField<F> field={F::Amount} label={t(lang, RespK::AmountLabel)} value={draft.amount.clone()}
                    on_change={on_change.clone()} testid="raise-amount" error={err(F::Amount)}
                    inputmode={Some(AttrValue::from("decimal"))} hint={Some(AttrValue::from(t(lang, RespK::AmountHint)))} />
                <TextArea<F> field={F::What} label={t(lang, RespK::WhatHappenedLabel)} value={draft.what.clone()}
                    on_change={on_change.clone()} testid="raise-what" error={err(F::What)} />
                <TextField<F> field={F::Discovered} kind="datetime-local" label={t(lang, RespK::DiscoveredLabel)}
                    value={discovered} on_change={on_change} testid="raise-discovered" error={err(F::Discovered)}
                    hint={Some(AttrValue::from(t(lang, RespK::DiscoveredHint)))} />
            </fieldset>
            { error.banner("raise-error") }
            <button type="submit" class="primary big danger-fill" data-testid="raise-submit">
                { t(lang, RespK::RaiseSubmit) }</button>
        </form>
    }
}

/// Which field an error belongs under (`None`: the form as a whole).
fn spot(e: &ResponseError) -> Option<F> {
    match e {
        ResponseError::Required(RF::WhatHappened)
        | ResponseError::TooLong {
            field: RF::WhatHappened,
            ..
        } => Some(F::What),
        ResponseError::BadAmount(_) | ResponseError::AmountTooLarge => Some(F::Amount),
        ResponseError::FutureTime => Some(F::Discovered),
        _ => None,
    }
}
