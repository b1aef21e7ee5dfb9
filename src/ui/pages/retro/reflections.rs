//! What went well, what went wrong, where we were lucky: one entry per line.

use std::rc::Rc;

use yew::prelude::*;

use super::shared::{error_line, lines, save_retro, stale_notice, use_section_draft};
use crate::domain::retro::{Retro, RetroError};
use crate::i18n::{t, RetroK};
use crate::ui::components::TextArea;
use crate::ui::platform;
use crate::ui::store::{use_lang, RecordEditor};

#[derive(Properties, PartialEq)]
pub struct ReflectionsFormProps {
    pub retro: Rc<Retro>,
    /// Saves onto the latest stored retrospective, so other sections' changes are kept.
    pub editor: RecordEditor<Retro>,
}

#[derive(Clone, Copy, PartialEq)]
enum Field {
    Well,
    Wrong,
    Lucky,
}

#[component]
pub fn ReflectionsForm(props: &ReflectionsFormProps) -> Html {
    let lang = use_lang();
    let r = &props.retro;
    let texts = use_section_draft(
        "retro-reflections",
        (
            r.went_well.join("\n"),
            r.went_wrong.join("\n"),
            r.lucky.join("\n"),
        ),
    );
    let error = use_state(|| None::<RetroError>);
    let saved = use_state(|| false);
    let on_change = {
        let (texts, saved) = (texts.clone(), saved.clone());
        Callback::from(move |(f, v): (Field, String)| {
            let mut next = (*texts.draft).clone();
            match f {
                Field::Well => next.0 = v,
                Field::Wrong => next.1 = v,
                Field::Lucky => next.2 = v,
            }
            texts.set(next);
            saved.set(false);
        })
    };
    let on_save = {
        let (editor, texts, error, saved) = (
            props.editor.clone(),
            texts.clone(),
            error.clone(),
            saved.clone(),
        );
        Callback::from(move |()| {
            texts.save_with(&saved, |(well, wrong, lucky)| {
                save_retro(&editor, &error, |retro| {
                    retro.with_reflections(
                        &lines(well),
                        &lines(wrong),
                        &lines(lucky),
                        platform::now(),
                    )
                })
            })
        })
    };
    let theirs = {
        let (a, b, c) = &texts.stored;
        format!(
            "{}：{a}\n{}：{b}\n{}：{c}",
            t(lang, RetroK::WentWell),
            t(lang, RetroK::WentWrong),
            t(lang, RetroK::Lucky)
        )
    };
    html! {
        <section class="retro-section" aria-labelledby="retro-refl-title"
            onfocusout={on_save.reform(|_: FocusEvent| ())}>
            <h3 id="retro-refl-title">{ t(lang, RetroK::ReflTitle) }</h3>
            { stale_notice(&texts, theirs, lang) }
            <p class="hint no-print">{ t(lang, RetroK::ReflHint) }</p>
            <div class="retro-refl no-print">
                <TextArea<Field> field={Field::Well} label={t(lang, RetroK::WentWell)}
                    value={texts.draft.0.clone()} on_change={on_change.clone()} testid="retro-well" />
                <TextArea<Field> field={Field::Wrong} label={t(lang, RetroK::WentWrong)}
                    value={texts.draft.1.clone()} on_change={on_change.clone()} testid="retro-wrong" />
                <TextArea<Field> field={Field::Lucky} label={t(lang, RetroK::Lucky)}
                    value={texts.draft.2.clone()} {on_change} testid="retro-lucky" />
            </div>
            <div class="actions">
                <button type="button" onclick={on_save.reform(|_: MouseEvent| ())} disabled={texts.stale()}
                    data-testid="retro-refl-save">
                    { t(lang, RetroK::Save) }</button>
                <span aria-live="polite" data-testid="retro-refl-saved">
                    if *saved { { t(lang, RetroK::Saved) } }</span>
            </div>
            { error_line(&error, lang) }
            <div class="print-only retro-refl-print">
                { list(t(lang, RetroK::WentWell), &r.went_well) }
                { list(t(lang, RetroK::WentWrong), &r.went_wrong) }
                { list(t(lang, RetroK::Lucky), &r.lucky) }
            </div>
        </section>
    }
}

fn list(title: &str, items: &[String]) -> Html {
    html! {
        <>
            <h4>{ title.to_owned() }</h4>
            <ul>{ for items.iter().enumerate().map(|(i, s)| html! { <li key={i}>{ s.clone() }</li> }) }</ul>
        </>
    }
}
