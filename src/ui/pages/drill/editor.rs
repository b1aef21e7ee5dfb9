//! The scenario editor for trainers: title and briefing, steps with their choices, injects,
//! and a live graph check; saved as a [`ScenarioRecord`]. Built-ins are copied first.

use std::rc::Rc;

use yew::prelude::*;

use super::choice_edit::{input_value, num_field};
use super::shared::{custom_record, sub_href};
use super::step_edit::StepEdit;
use crate::domain::catalog::L10n;
use crate::domain::drill::{check, Edit, Inject, Scenario, Step};
use crate::i18n::{t, DrillK};
use crate::ui::platform;
use crate::ui::state::use_app;
use crate::ui::sync;

#[derive(Properties, PartialEq)]
pub struct EditorPageProps {
    pub scenario_key: AttrValue,
}

#[component]
pub fn EditorPage(props: &EditorPageProps) -> Html {
    let ctx = use_app();
    let lang = ctx.lang;
    let record = custom_record(&ctx, &props.scenario_key);
    let draft = use_state(|| record.as_ref().map(|r| r.scenario.clone()));
    let message = use_state(|| None::<(bool, String)>);
    let (Some(record), Some(s)) = (record, (*draft).clone()) else {
        return html! {
            <section class="page" data-testid="page-drill-editor">
                <p class="banner error" role="alert">{ t(lang, if crate::domain::drill::is_builtin_key(&props.scenario_key) { DrillK::BuiltinReadOnly } else { DrillK::NotFound }) }</p>
                <a href={sub_href("")}>{ t(lang, DrillK::Back) }</a>
            </section>
        };
    };
    let on_edit = {
        let (draft, message, s) = (draft.clone(), message.clone(), s.clone());
        Callback::from(move |edit: Edit| match s.apply(&edit) {
            Ok(next) => {
                draft.set(Some(next));
                message.set(None);
            }
            Err(e) => message.set(Some((
                false,
                format!("{}{}", t(lang, DrillK::EditError), e.message(lang)),
            ))),
        })
    };
    let set_field = |f: fn(&mut Scenario, String)| {
        let (draft, s) = (draft.clone(), s.clone());
        Callback::from(move |e: Event| {
            let mut n = s.clone();
            f(&mut n, input_value(&e));
            draft.set(Some(n));
        })
    };
    let issues = check(&s);
    let has_errors = issues.iter().any(|i| i.is_error());
    let on_save = {
        let (ctx, s, message) = (ctx.clone(), s.clone(), message.clone());
        Callback::from(move |_: MouseEvent| {
            let mut r = record.clone();
            r.scenario = s.clone();
            r.meta.touch(platform::now());
            sync::save(&ctx, r);
            message.set(Some((
                true,
                t(
                    lang,
                    if has_errors {
                        DrillK::SavedWithIssues
                    } else {
                        DrillK::Saved
                    },
                )
                .to_owned(),
            )));
        })
    };
    let step_ids: Rc<Vec<String>> = Rc::new(s.steps.iter().map(|st| st.id.clone()).collect());
    let add_step = {
        let (cb, ids) = (on_edit.clone(), step_ids.clone());
        Callback::from(move |_: MouseEvent| {
            let n = (1..)
                .find(|n| !ids.contains(&format!("step_{n}")))
                .unwrap_or(1);
            let step = Step {
                id: format!("step_{n}"),
                situation: L10n::new("新情境", "New situation"),
                time_limit_secs: 60,
                ..Step::default()
            };
            cb.emit(Edit::AddStep { step });
        })
    };
    let add_inject = on_edit.reform(|_: MouseEvent| Edit::AddInject {
        inject: Inject::new(30, L10n::new("突发事件", "Inject")),
    });
    html! {
        <section class="page drill-editor" data-testid="page-drill-editor" data-key={s.key.clone()}>
            <div class="page-head"><h1>{ t(lang, DrillK::Editor) }</h1></div>
            <div class="field">
                <label for="drill-ed-title">{ t(lang, DrillK::Title) }</label>
                <input id="drill-ed-title" value={s.title.zh.clone()} onchange={set_field(|n, v| n.title.zh = v)} data-testid="drill-ed-title" />
            </div>
            <div class="field">
                <label for="drill-ed-title-en">{ t(lang, DrillK::TitleEn) }</label>
                <input id="drill-ed-title-en" value={s.title.en.clone()} onchange={set_field(|n, v| n.title.en = v)} data-testid="drill-ed-title-en" />
            </div>
            <div class="field">
                <label for="drill-ed-briefing">{ t(lang, DrillK::Briefing) }</label>
                <textarea id="drill-ed-briefing" value={s.briefing.zh.clone()} onchange={set_field(|n, v| n.briefing.zh = v)} data-testid="drill-ed-briefing" />
            </div>
            <section class="drill-check" aria-live="polite" data-testid="drill-ed-check">
                <h2>{ t(lang, DrillK::Check) }</h2>
                if issues.is_empty() {
                    <p class="banner ok" data-testid="drill-ed-check-ok">{ t(lang, DrillK::CheckOk) }</p>
                } else {
                    <ul>{ for issues.iter().enumerate().map(|(i, issue)| html! {
                        <li key={i} class={if issue.is_error() { "error" } else { "warn" }} data-testid="drill-ed-issue">
                            { if issue.is_error() { "✘ " } else { "⚠ " } }{ issue.message(lang) }</li>
                    }) }</ul>
                }
            </section>
            <h2>{ t(lang, DrillK::Steps) }</h2>
            { for s.steps.iter().map(|st| html! {
                <StepEdit key={st.id.clone()} step={st.clone()} step_ids={step_ids.clone()} on_edit={on_edit.clone()} />
            }) }
            <div class="actions"><button type="button" onclick={add_step} data-testid="drill-ed-add-step">{ t(lang, DrillK::AddStep) }</button></div>
            <h2>{ t(lang, DrillK::Injects) }</h2>
            { for s.injects.iter().enumerate().map(|(i, inj)| {
                let (cb, inj2) = (on_edit.clone(), inj.clone());
                let on_text = Callback::from(move |e: Event| {
                    let mut n = inj2.clone(); n.text.zh = input_value(&e);
                    cb.emit(Edit::UpdateInject { index: i, inject: n });
                });
                let (cb, inj2) = (on_edit.clone(), inj.clone());
                let on_min = Callback::from(move |v: i64| {
                    let mut n = inj2.clone(); n.at_sim_minute = u32::try_from(v).unwrap_or(0);
                    cb.emit(Edit::UpdateInject { index: i, inject: n });
                });
                let remove = on_edit.reform(move |_: MouseEvent| Edit::RemoveInject { index: i });
                let tid = format!("drill-ed-inject-text-{i}");
                html! {
                    <fieldset key={i} class="drill-inject-edit">
                        <legend>{ t(lang, DrillK::Injects) }{ format!(" {}", i + 1) }</legend>
                        <div class="field">
                            <label for={tid.clone()}>{ t(lang, DrillK::InjectText) }</label>
                            <input id={tid.clone()} value={inj.text.zh.clone()} onchange={on_text} data-testid={tid} />
                        </div>
                        { num_field(t(lang, DrillK::InjectMinute), format!("drill-ed-inject-minute-{i}"), i64::from(inj.at_sim_minute), on_min) }
                        <button type="button" onclick={remove} data-testid={format!("drill-ed-remove-inject-{i}")}>{ t(lang, DrillK::RemoveInject) }</button>
                    </fieldset>
                }
            }) }
            <div class="actions"><button type="button" onclick={add_inject} data-testid="drill-ed-add-inject">{ t(lang, DrillK::AddInject) }</button></div>
            <div class="actions drill-ed-save">
                <button type="button" class="primary" onclick={on_save} data-testid="drill-ed-save">{ t(lang, DrillK::Save) }</button>
                <a class="button" href={sub_href("")} data-testid="drill-back">{ t(lang, DrillK::Back) }</a>
            </div>
            <div aria-live="polite">
                if let Some((ok, msg)) = &*message {
                    <p class={classes!("banner", if *ok { "ok" } else { "error" })} data-testid="drill-ed-message">{ msg.clone() }</p>
                }
            </div>
        </section>
    }
}
