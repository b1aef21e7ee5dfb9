//! Logging the client notification: how, to whom, what was said, when. Logging stops the
//! one-hour clock and keeps the time it took.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::case::Case;
use crate::domain::response::ResponseField as RF;
use crate::domain::response::{Channel, Failure, NotificationInput, ResponseError};
use crate::i18n::{t, RespK};
use crate::ui::components::{SelectField, TextArea, TextField};
use crate::ui::pages::response::desk_note::use_form_error;
use crate::ui::pages::response::shared::local_clock;
use crate::ui::store::{use_lang, use_record_editor};

#[derive(Clone, Copy, PartialEq, Eq)]
enum F {
    Channel,
    ToWhom,
    Said,
    At,
}

#[derive(Clone, PartialEq)]
struct Draft {
    channel: String,
    to_whom: String,
    said: String,
    /// `None` until edited: "now" at the moment of logging.
    at: Option<String>,
}

#[derive(Properties, PartialEq)]
pub struct NotifyFormProps {
    pub case: Rc<Case>,
    pub failure: Rc<Failure>,
}

#[component]
pub fn NotifyForm(props: &NotifyFormProps) -> Html {
    let lang = use_lang();
    let editor = use_record_editor::<Failure>(Some(props.failure.meta.id));
    let contact = props.case.client.contact_name.clone();
    let draft = use_state(move || Draft {
        channel: Channel::Phone.key().to_owned(),
        to_whom: contact,
        said: String::new(),
        at: None,
    });
    let error = use_form_error(spot, F::At);
    let on_change = {
        let draft = draft.clone();
        Callback::from(move |(field, value): (F, String)| {
            let mut next = (*draft).clone();
            match field {
                F::Channel => next.channel = value,
                F::ToWhom => next.to_whom = value,
                F::Said => next.said = value,
                F::At => next.at = Some(value),
            }
            draft.set(next);
        })
    };
    let onsubmit = {
        let (draft, error) = (draft.clone(), error.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let clock = local_clock();
            let Some(at) = error.read_time(&clock, draft.at.as_deref()) else {
                return;
            };
            let input = NotificationInput {
                at,
                channel: Channel::from_key(&draft.channel).unwrap_or(Channel::Phone),
                to_whom: draft.to_whom.clone(),
                what_was_said: draft.said.clone(),
            };
            match editor.apply(|f| f.log_notification(&input, clock.now)) {
                Ok(()) => error.clear(),
                Err(e) => error.refuse(e),
            }
        })
    };
    let err = |f: F| error.under(f, lang);
    let channels: Vec<(AttrValue, AttrValue)> = Channel::ALL
        .iter()
        .map(|c| (AttrValue::from(c.key()), AttrValue::from(c.label(lang))))
        .collect();
    let at = draft
        .at
        .clone()
        .unwrap_or_else(|| local_clock().input_value(local_clock().now));
    html! {
        <form class="notify-form" {onsubmit} novalidate=true data-testid="notify-form">
            <fieldset><legend>{ t(lang, RespK::NotifyLogTitle) }</legend>
                <SelectField<F> field={F::Channel} label={t(lang, RespK::NotifyChannel)} options={channels}
                    value={draft.channel.clone()} on_change={on_change.clone()} testid="notify-channel" />
                <TextField<F> field={F::ToWhom} label={t(lang, RespK::NotifyToWhom)} value={draft.to_whom.clone()}
                    on_change={on_change.clone()} testid="notify-to" error={err(F::ToWhom)} required=true />
                <TextArea<F> field={F::Said} label={t(lang, RespK::NotifySaid)} value={draft.said.clone()}
                    on_change={on_change.clone()} testid="notify-said" error={err(F::Said)} />
                <TextField<F> field={F::At} kind="datetime-local" label={t(lang, RespK::NotifyAt)} value={at}
                    on_change={on_change} testid="notify-at" error={err(F::At)}
                    hint={Some(AttrValue::from(t(lang, RespK::NotifyAtHint)))} />
            </fieldset>
            { error.banner("notify-error") }
            <button type="submit" class="primary big" data-testid="notify-log">
                { t(lang, RespK::NotifyLog) }</button>
        </form>
    }
}

/// Which field an error belongs under (`None`: the form as a whole).
fn spot(e: &ResponseError) -> Option<F> {
    match e {
        ResponseError::Required(RF::ToWhom)
        | ResponseError::TooLong {
            field: RF::ToWhom, ..
        } => Some(F::ToWhom),
        ResponseError::Required(RF::WhatWasSaid)
        | ResponseError::TooLong {
            field: RF::WhatWasSaid,
            ..
        } => Some(F::Said),
        ResponseError::FutureTime | ResponseError::NotifiedBeforeDiscovery => Some(F::At),
        _ => None,
    }
}
