//! Whether the legal representative can appear in person, with a note (why, until when).
//! A change of the choice is saved at once; the note when the field is left.

use yew::prelude::*;

use crate::domain::precheck::{Edit, Presence};
use crate::i18n::{t, PreK};
use crate::ui::store::use_lang;

#[derive(Properties, PartialEq)]
pub struct LegalRepViewProps {
    pub presence: Presence,
    pub note: AttrValue,
    pub on_edit: Callback<Edit>,
}

#[component]
pub fn LegalRepView(props: &LegalRepViewProps) -> Html {
    let lang = use_lang();
    let on_presence = {
        let (cb, note) = (props.on_edit.clone(), props.note.to_string());
        Callback::from(move |e: Event| {
            let sel: web_sys::HtmlSelectElement = e.target_unchecked_into();
            if let Some(presence) = Presence::from_key(&sel.value()) {
                cb.emit(Edit::SetLegalRep {
                    presence,
                    note: note.clone(),
                });
            }
        })
    };
    let on_note = {
        let (cb, presence) = (props.on_edit.clone(), props.presence);
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            cb.emit(Edit::SetLegalRep {
                presence,
                note: input.value(),
            });
        })
    };
    html! {
        <fieldset class="precheck-legal-rep" data-testid="legal-rep">
            <legend>{ t(lang, PreK::LegalRep) }</legend>
            <label class="field" for="legal-rep-presence">
                <span>{ t(lang, PreK::LegalRepPresence) }</span>
                <select id="legal-rep-presence" data-testid="legal-rep-presence" onchange={on_presence}>
                    { for Presence::ALL.iter().map(|p| html! {
                        <option value={p.key()} selected={*p == props.presence}>{ p.label(lang) }</option>
                    }) }
                </select>
            </label>
            <label class="field" for="legal-rep-note">
                <span>{ t(lang, PreK::LegalRepNote) }</span>
                <input id="legal-rep-note" data-testid="legal-rep-note" type="text"
                    value={props.note.clone()} onchange={on_note} />
            </label>
        </fieldset>
    }
}
