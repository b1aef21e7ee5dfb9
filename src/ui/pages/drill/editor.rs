//! The scenario editor for trainers: the scenario's details and initial state, its facts,
//! steps with their choices, injects, and a live graph check; saved as a [`ScenarioRecord`].
//! Built-ins are copied first.

use std::rc::Rc;

use yew::prelude::*;

use super::delete::DeleteScenario;
use super::details_edit::DetailsEdit;
use super::initial_edit::InitialEdit;
use super::inject_edit::InjectEdit;
use super::shared::{custom_record, sub_href};
use super::step_edit::StepEdit;
use crate::domain::catalog::L10n;
use crate::domain::drill::{
    check, is_builtin_key, Edit, EditError, Inject, Scenario, ScenarioRecord, Step,
};
use crate::i18n::{t, DrillK, Lang};
use crate::ui::platform;
use crate::ui::store::{use_lang, use_store, use_table};
use crate::ui::sync;

#[derive(Properties, PartialEq)]
pub struct EditorPageProps {
    pub scenario_key: AttrValue,
}

fn check_panel(lang: Lang, s: &Scenario) -> Html {
    let issues = check(s);
    html! {
        <section class="drill-check" aria-live="polite" data-testid="drill-ed-check" data-issues={issues.len().to_string()}>
            <h2>{ t(lang, DrillK::Check) }</h2>
            if issues.is_empty() {
                <p class="banner ok" data-testid="drill-ed-check-ok">{ "✔ " }{ t(lang, DrillK::CheckOk) }</p>
            } else {
                <ul>{ for issues.iter().enumerate().map(|(i, issue)| html! {
                    <li key={i} class={if issue.is_error() { "error" } else { "warn" }} data-testid="drill-ed-issue">
                        { if issue.is_error() { "✘ " } else { "⚠ " } }{ issue.message(lang) }</li>
                }) }</ul>
            }
        </section>
    }
}

/// The editor's last word: an edit it refused, or a save.
#[derive(Clone, PartialEq)]
enum Message {
    Refused(EditError),
    Saved { with_issues: bool },
}

impl Message {
    fn ok(&self) -> bool {
        matches!(self, Message::Saved { .. })
    }

    fn text(&self, lang: Lang) -> String {
        match self {
            Message::Refused(e) => format!("{}{}", t(lang, DrillK::EditError), e.message(lang)),
            Message::Saved { with_issues: true } => t(lang, DrillK::SavedWithIssues).to_owned(),
            Message::Saved { with_issues: false } => t(lang, DrillK::Saved).to_owned(),
        }
    }
}

#[component]
pub fn EditorPage(props: &EditorPageProps) -> Html {
    let lang = use_lang();
    let store = use_store();
    let custom = use_table::<ScenarioRecord>();
    let record = custom_record(&custom, &props.scenario_key);
    let draft = use_state(|| record.as_ref().map(|r| r.scenario.clone()));
    let message = use_state(|| None::<Message>);
    // Opened from far down the library: start at the top of the form.
    use_effect_with((), |_| {
        if let Some(w) = web_sys::window() {
            w.scroll_to_with_x_and_y(0.0, 0.0);
        }
    });
    let (Some(record), Some(s)) = (record, (*draft).clone()) else {
        let why = if is_builtin_key(&props.scenario_key) {
            DrillK::BuiltinReadOnly
        } else {
            DrillK::NotFound
        };
        return html! {
            <section class="page" data-testid="page-drill-editor">
                <p class="banner error" role="alert">{ t(lang, why) }</p>
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
            Err(e) => message.set(Some(Message::Refused(e))),
        })
    };
    let has_errors = check(&s).iter().any(|i| i.is_error());
    let on_save = {
        let (store, s, message) = (store.clone(), s.clone(), message.clone());
        Callback::from(move |_: MouseEvent| {
            let mut r = record.clone();
            r.scenario = s.clone();
            r.meta.touch(platform::now());
            sync::save(&store, r);
            message.set(Some(Message::Saved {
                with_issues: has_errors,
            }));
        })
    };
    let step_ids: Rc<Vec<String>> = Rc::new(s.steps.iter().map(|st| st.id.clone()).collect());
    let targets: Rc<Vec<String>> = Rc::new(s.decision_steps().map(|st| st.id.clone()).collect());
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
    let title = AttrValue::from(s.title.get(lang).to_owned());
    html! {
        <section class="page drill-editor" data-testid="page-drill-editor" data-key={s.key.clone()}>
            <div class="page-head"><h1>{ t(lang, DrillK::Editor) }{ " · " }{ title.clone() }</h1></div>
            <p class={classes!("drill-ed-summary", if has_errors { "error" } else { "ok" })} data-testid="drill-ed-check-summary">
                { if has_errors { "✘ " } else { "✔ " } }{ t(lang, if has_errors { DrillK::CheckHasErrors } else { DrillK::CheckOk }) }
            </p>
            <DetailsEdit details={Rc::new(s.details())} step_ids={step_ids.clone()} start={s.start.clone()} on_edit={on_edit.clone()} />
            <InitialEdit details={Rc::new(s.details())} facts={Rc::new(s.facts.clone())} on_edit={on_edit.clone()} />
            <h2>{ t(lang, DrillK::Steps) }</h2>
            { for s.steps.iter().map(|st| html! {
                <StepEdit key={st.id.clone()} step={st.clone()} step_ids={step_ids.clone()} on_edit={on_edit.clone()} />
            }) }
            <div class="actions"><button type="button" onclick={add_step} data-testid="drill-ed-add-step">{ t(lang, DrillK::AddStep) }</button></div>
            <h2>{ t(lang, DrillK::Injects) }</h2>
            { for s.injects.iter().enumerate().map(|(i, inj)| html! {
                <InjectEdit key={i} index={i} inject={inj.clone()} targets={targets.clone()} on_edit={on_edit.clone()} />
            }) }
            <div class="actions"><button type="button" onclick={add_inject} data-testid="drill-ed-add-inject">{ t(lang, DrillK::AddInject) }</button></div>
            { check_panel(lang, &s) }
            <div class="actions drill-ed-save">
                <button type="button" class="primary" onclick={on_save} data-testid="drill-ed-save">{ t(lang, DrillK::Save) }</button>
                <a class="button" href={sub_href("")} data-testid="drill-back">{ t(lang, DrillK::Back) }</a>
                <DeleteScenario scenario_key={s.key.clone()} {title} />
            </div>
            <div aria-live="polite">
                if let Some(m) = &*message {
                    <p class={classes!("banner", if m.ok() { "ok" } else { "error" })} data-testid="drill-ed-message">{ m.text(lang) }</p>
                }
            </div>
        </section>
    }
}
