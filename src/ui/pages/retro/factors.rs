//! Contributing factors, each with its cause category (materials, process, external,
//! communication, staffing/training). Changes save at once; they feed the Pareto chart.

use std::rc::Rc;

use yew::prelude::*;

use super::shared::{error_line, save_retro};
use crate::domain::retro::{CauseCategory, Factor, Retro, RetroError};
use crate::i18n::{t, RetroK};
use crate::ui::components::{SelectField, TextField};
use crate::ui::platform;
use crate::ui::store::{use_lang, RecordEditor};

#[derive(Properties, PartialEq)]
pub struct FactorsEditorProps {
    pub retro: Rc<Retro>,
    /// Saves onto the latest stored retrospective.
    pub editor: RecordEditor<Retro>,
}

#[derive(Clone, Copy, PartialEq)]
enum Field {
    Text,
    Category,
}

#[component]
pub fn FactorsEditor(props: &FactorsEditorProps) -> Html {
    let lang = use_lang();
    let draft = use_state(|| (String::new(), CauseCategory::Process));
    let error = use_state(|| None::<RetroError>);
    let on_change = {
        let draft = draft.clone();
        Callback::from(move |(f, v): (Field, String)| {
            let mut next = (*draft).clone();
            match f {
                Field::Text => next.0 = v,
                Field::Category => next.1 = CauseCategory::from_key(&v).unwrap_or(next.1),
            }
            draft.set(next);
        })
    };
    let on_add = {
        let (editor, draft, error) = (props.editor.clone(), draft.clone(), error.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let factor = Factor {
                text: draft.0.clone(),
                category: draft.1,
            };
            let saved = save_retro(&editor, &error, |retro| {
                let mut factors = retro.factors.clone();
                factors.push(factor);
                retro.with_factors(&factors, platform::now())
            });
            if saved {
                draft.set((String::new(), draft.1));
            }
        })
    };
    let remove = |i: usize| {
        let (editor, error) = (props.editor.clone(), error.clone());
        Callback::from(move |_: MouseEvent| {
            save_retro(&editor, &error, |retro| {
                if i >= retro.factors.len() {
                    // Already gone (removed elsewhere): nothing to save.
                    return Ok(retro.clone());
                }
                let mut factors = retro.factors.clone();
                factors.remove(i);
                retro.with_factors(&factors, platform::now())
            });
        })
    };
    let options: Vec<(AttrValue, AttrValue)> = CauseCategory::ALL
        .iter()
        .map(|c| (AttrValue::from(c.key()), AttrValue::from(c.label(lang))))
        .collect();
    html! {
        <section class="retro-section" aria-labelledby="retro-factors-title">
            <h3 id="retro-factors-title">{ t(lang, RetroK::FactorsTitle) }</h3>
            <p class="hint no-print">{ t(lang, RetroK::FactorsHint) }</p>
            if props.retro.factors.is_empty() {
                <p class="empty" data-testid="factors-empty">{ t(lang, RetroK::NoFactors) }</p>
            }
            <ul class="factor-list" data-testid="factors">
                { for props.retro.factors.iter().enumerate().map(|(i, f)| html! {
                    <li key={i} class="factor" data-testid="factor" data-category={f.category.key()}>
                        <span class="cat-tag">{ f.category.label(lang) }</span>{ " " }
                        <span>{ f.text.clone() }</span>
                        <button type="button" class="link no-print" onclick={remove(i)}
                            data-testid="factor-remove">{ t(lang, RetroK::Remove) }</button>
                    </li>
                }) }
            </ul>
            <form class="inline-form no-print" onsubmit={on_add} data-testid="factor-form">
                <TextField<Field> field={Field::Text} label={t(lang, RetroK::FactorText)}
                    value={draft.0.clone()} on_change={on_change.clone()} testid="factor-text" required=true />
                <SelectField<Field> field={Field::Category} label={t(lang, RetroK::FactorCategory)}
                    {options} value={draft.1.key()} {on_change} testid="factor-category" />
                <button type="submit" data-testid="factor-add">{ t(lang, RetroK::FactorAdd) }</button>
            </form>
            { error_line(&error, lang) }
        </section>
    }
}
