//! The client notification draft: filled from the case and the failure, editable, copied in one
//! tap. It follows the failure (new steps, new dates) until someone edits it.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::case::Case;
use crate::domain::response::{draft_notification, expected_dates, Failure};
use crate::i18n::{t, RespK};
use crate::ui::pages::response::shared::copy_text;
use crate::ui::store::{use_calendar, use_lang};

#[derive(Properties, PartialEq)]
pub struct DraftBoxProps {
    pub case: Rc<Case>,
    pub failure: Rc<Failure>,
}

#[component]
pub fn DraftBox(props: &DraftBoxProps) -> Html {
    let lang = use_lang();
    let calendar = use_calendar();
    let edited = use_state(|| None::<String>);
    let copied = use_state(|| None::<bool>);
    let dates = expected_dates(&props.failure, &calendar).ok().flatten();
    let generated = draft_notification(&props.failure, &props.case, dates.as_ref(), lang);
    let text = (*edited).clone().unwrap_or(generated);
    let oninput = {
        let (edited, copied) = (edited.clone(), copied.clone());
        Callback::from(move |e: InputEvent| {
            let area: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
            edited.set(Some(area.value()));
            copied.set(None);
        })
    };
    let on_copy = {
        let (text, copied) = (text.clone(), copied.clone());
        Callback::from(move |_: MouseEvent| {
            let copied = copied.clone();
            copy_text(text.clone(), Callback::from(move |ok| copied.set(Some(ok))));
        })
    };
    let on_reset = {
        let (edited, copied) = (edited.clone(), copied.clone());
        Callback::from(move |_: MouseEvent| {
            edited.set(None);
            copied.set(None);
        })
    };
    html! {
        <div class="draft-box">
            <label for="draft-text" class="block-label">{ t(lang, RespK::DraftLabel) }</label>
            <p class="hint">{ t(lang, RespK::DraftHint) }</p>
            <textarea id="draft-text" rows="9" value={text} {oninput} data-testid="draft-text" />
            <div class="actions">
                <button type="button" class="primary big" onclick={on_copy} data-testid="draft-copy">
                    { t(lang, RespK::CopyText) }</button>
                if edited.is_some() {
                    <button type="button" onclick={on_reset} data-testid="draft-reset">
                        { t(lang, RespK::DraftReset) }</button>
                }
            </div>
            <p class="copy-status" aria-live="polite" data-testid="copy-status">
                { match *copied {
                    Some(true) => t(lang, RespK::Copied),
                    Some(false) => t(lang, RespK::CopyFailed),
                    None => "",
                } }
            </p>
        </div>
    }
}
