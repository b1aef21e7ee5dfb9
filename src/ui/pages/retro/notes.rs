//! Free notes on the retrospective: minutes, who took part, anything the sections do not hold.
//! Printed with the report.

use std::rc::Rc;

use yew::prelude::*;

use super::shared::{error_line, save_retro, stale_notice, use_section_draft};
use crate::domain::retro::{Retro, RetroError};
use crate::i18n::{t, RetroK};
use crate::ui::components::TextArea;
use crate::ui::platform;
use crate::ui::store::{use_lang, RecordEditor};

#[derive(Properties, PartialEq)]
pub struct NotesFormProps {
    pub retro: Rc<Retro>,
    pub editor: RecordEditor<Retro>,
}

#[derive(Clone, Copy, PartialEq)]
struct Notes;

#[component]
pub fn NotesForm(props: &NotesFormProps) -> Html {
    let lang = use_lang();
    let text = use_section_draft("retro-notes", props.retro.notes.clone());
    let error = use_state(|| None::<RetroError>);
    let saved = use_state(|| false);
    let on_change = {
        let (text, saved) = (text.clone(), saved.clone());
        Callback::from(move |(_, v): (Notes, String)| {
            text.set(v);
            saved.set(false);
        })
    };
    // Saves onto the latest stored retrospective, so other sections' changes are kept.
    let save = {
        let (editor, text, error, saved) = (
            props.editor.clone(),
            text.clone(),
            error.clone(),
            saved.clone(),
        );
        Callback::from(move |()| {
            text.save_with(&saved, |value| {
                save_retro(&editor, &error, |retro| {
                    retro.with_notes(value, platform::now())
                })
            })
        })
    };
    html! {
        <section class="retro-section" aria-labelledby="retro-notes-title"
            onfocusout={save.reform(|_: FocusEvent| ())}>
            <h3 id="retro-notes-title">{ t(lang, RetroK::NotesTitle) }</h3>
            { stale_notice(&text, text.stored.clone(), lang) }
            <div class="no-print">
                <TextArea<Notes> field={Notes} label={t(lang, RetroK::NotesLabel)}
                    value={(*text.draft).clone()} {on_change} testid="retro-notes" />
            </div>
            <div class="actions">
                <button type="button" onclick={save.reform(|_: MouseEvent| ())} disabled={text.stale()}
                    data-testid="retro-notes-save">
                    { t(lang, RetroK::Save) }</button>
                <span aria-live="polite" data-testid="retro-notes-saved">
                    if *saved { { t(lang, RetroK::Saved) } }</span>
            </div>
            { error_line(&error, lang) }
            <p class="print-only retro-notes-print" data-testid="retro-notes-print">{ props.retro.notes.clone() }</p>
        </section>
    }
}
