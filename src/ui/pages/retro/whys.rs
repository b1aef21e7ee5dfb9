//! The five whys: why → because, level by level. The blame guard flags an answer that stops at
//! a person in place and asks what let it happen; the chain is complete only when the last
//! answer goes past the person.

use std::rc::Rc;

use yew::prelude::*;

use super::shared::{error_line, save_retro, stale_notice, use_section_draft};
use crate::domain::case::Case;
use crate::domain::response::Failure;
use crate::domain::retro::{
    blame_flag_knowing, check_chain_knowing, next_question_knowing, Retro, RetroError, Why,
    MAX_WHYS, MIN_LEVELS,
};
use crate::i18n::{pick, t, RetroK};
use crate::ui::platform;
use crate::ui::store::{use_lang, RecordEditor};

#[derive(Properties, PartialEq)]
pub struct WhysEditorProps {
    pub retro: Rc<Retro>,
    pub failures: Rc<Vec<Failure>>,
    /// Its team's names count as people for the blame guard.
    pub case: Rc<Case>,
    /// Saves onto the latest stored retrospective.
    pub editor: RecordEditor<Retro>,
}

#[component]
pub fn WhysEditor(props: &WhysEditorProps) -> Html {
    let lang = use_lang();
    let section = use_section_draft("retro-whys", {
        let mut a: Vec<String> = props.retro.whys.iter().map(|w| w.answer.clone()).collect();
        if a.is_empty() {
            a.push(String::new());
        }
        a
    });
    let answers = section.draft.clone();
    let error = use_state(|| None::<RetroError>);
    let saved = use_state(|| false);
    let failure_text = props
        .failures
        .first()
        .map(|f| f.what_happened.clone())
        .or_else(|| props.retro.went_wrong.first().cloned())
        .unwrap_or_default();
    let whys: Vec<Why> = answers.iter().map(|a| Why::new("", a.clone())).collect();
    let team = props.case.team.names();
    let questions: Vec<String> = (0..whys.len())
        .map(|i| next_question_knowing(&whys[..i], &failure_text, &team, lang))
        .collect();
    let check = check_chain_knowing(&whys, &team);
    let last_answered = whys.iter().rposition(|w| !w.answer.trim().is_empty());
    let set_answer = |i: usize| {
        let (answers, saved) = (answers.clone(), saved.clone());
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let mut next = (*answers).clone();
            next[i] = input.value();
            answers.set(next);
            saved.set(false);
        })
    };
    let on_add = {
        let answers = answers.clone();
        Callback::from(move |_: MouseEvent| {
            let mut next = (*answers).clone();
            next.push(String::new());
            answers.set(next);
        })
    };
    let on_remove = {
        let answers = answers.clone();
        Callback::from(move |_: MouseEvent| {
            let mut next = (*answers).clone();
            next.pop();
            answers.set(next);
        })
    };
    let on_save = {
        let (editor, error, saved, section) = (
            props.editor.clone(),
            error.clone(),
            saved.clone(),
            section.clone(),
        );
        let pairs: Vec<(String, String)> = questions
            .iter()
            .cloned()
            .zip(answers.iter().cloned())
            .collect();
        Callback::from(move |()| {
            section.save_with(&saved, |_| {
                save_retro(&editor, &error, |retro| {
                    retro.with_whys(&pairs, platform::now())
                })
            })
        })
    };
    let theirs = section
        .stored
        .iter()
        .enumerate()
        .map(|(i, a)| format!("{}. {a}", i + 1))
        .collect::<Vec<_>>()
        .join("\n");
    let status = if check.complete {
        t(lang, RetroK::ChainComplete).to_owned()
    } else if check.needs_deeper {
        t(lang, RetroK::ChainNeedsDeeper).to_owned()
    } else {
        pick(
            lang,
            format!(
                "追问链还不完整：至少需要 {MIN_LEVELS} 层回答（现有 {} 层）。",
                check.levels
            ),
            format!(
                "The chain is not complete: at least {MIN_LEVELS} answered levels (now {}).",
                check.levels
            ),
        )
    };
    html! {
        <section class="retro-section" aria-labelledby="retro-whys-title"
            onfocusout={on_save.reform(|_: FocusEvent| ())}>
            <h3 id="retro-whys-title">{ t(lang, RetroK::WhysTitle) }</h3>
            { stale_notice(&section, theirs, lang) }
            <p class="hint no-print">{ t(lang, RetroK::WhysHint) }</p>
            <ol class="whys" data-testid="whys">
                { for whys.iter().enumerate().map(|(i, w)| {
                    let flag = blame_flag_knowing(&w.answer, &team);
                    let active = flag.is_some() && Some(i) == last_answered;
                    let id = format!("why-answer-{i}");
                    html! {
                        <li key={i} class={classes!("why", active.then_some("flagged"))} data-testid="why-level">
                            <p class="why-q" data-testid={format!("why-question-{i}")}>{ questions[i].clone() }</p>
                            <label for={id.clone()} class="sr-only">{ pick(lang, format!("第 {} 层回答", i + 1), format!("Answer, level {}", i + 1)) }</label>
                            <input id={id.clone()} type="text" value={w.answer.clone()} oninput={set_answer(i)}
                                aria-invalid={active.then_some("true")} data-testid={id} />
                            if let Some(f) = flag {
                                if active {
                                    <p class="why-flag" role="alert" data-testid="why-flag">
                                        <strong>{ pick(lang, format!("⚠ 停在了人身上（“{}”）", f.phrase), format!("⚠ Stops at a person (“{}”)", f.phrase)) }</strong>
                                        { " " }{ f.prompt(lang) }
                                    </p>
                                } else {
                                    <p class="why-dug" data-testid="why-flag-resolved">
                                        { pick(lang, format!("✓ 已继续深挖（“{}”）", f.phrase), format!("✓ Dug deeper (“{}”)", f.phrase)) }
                                    </p>
                                }
                            }
                        </li>
                    }
                }) }
            </ol>
            <p class={classes!("chain-status", if check.complete { "ok" } else { "warn" })}
                aria-live="polite" data-testid="chain-status" data-complete={check.complete.to_string()}>
                { status }</p>
            <div class="actions">
                if answers.len() < MAX_WHYS {
                    <button type="button" onclick={on_add} data-testid="why-add">{ t(lang, RetroK::WhyAdd) }</button>
                }
                if answers.len() > 1 {
                    <button type="button" onclick={on_remove} data-testid="why-remove">{ t(lang, RetroK::WhyRemove) }</button>
                }
                <button type="button" class="primary" onclick={on_save.reform(|_: MouseEvent| ())}
                    disabled={section.stale()} data-testid="whys-save">{ t(lang, RetroK::Save) }</button>
                <span aria-live="polite" data-testid="whys-saved">if *saved { { t(lang, RetroK::Saved) } }</span>
            </div>
            { error_line(&error, lang) }
        </section>
    }
}
