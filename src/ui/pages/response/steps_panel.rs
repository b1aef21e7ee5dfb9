//! The remedy: steps from the playbook (by failure type and the plan's linked alternative
//! paths) or typed by hand, assigned to the case team and ticked off with times.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::case::Case;
use crate::domain::response::{playbook, Failure, ResponseError, Role};
use crate::i18n::{pick, t, RespK};
use crate::ui::components::{ErrorView, SelectField, TextField};
use crate::ui::pages::response::shared::local_clock;
use crate::ui::pages::response::step_row::{StepChange, StepRow};
use crate::ui::store::{use_lang, use_record_editor, RecordEditor};

#[derive(Clone, Copy, PartialEq, Eq)]
enum F {
    Text,
    Role,
}

#[derive(Properties, PartialEq)]
pub struct StepsPanelProps {
    pub case: Rc<Case>,
    pub failure: Rc<Failure>,
    /// Alternative-path keys the plan linked (may be empty).
    pub linked: Rc<Vec<String>>,
}

#[component]
pub fn StepsPanel(props: &StepsPanelProps) -> Html {
    let lang = use_lang();
    let f = &props.failure;
    let editor = use_record_editor::<Failure>(Some(f.meta.id));
    let custom = use_state(|| (String::new(), Role::Executor1.key().to_owned()));
    let error = use_state(|| None::<ResponseError>);
    let templates = playbook(f.kind, &props.linked);
    let fresh = templates
        .iter()
        .filter(|t| {
            !f.steps
                .iter()
                .any(|s| s.template_key.as_deref() == Some(t.key.as_str()))
        })
        .count();
    let on_playbook = {
        let (editor, error, case) = (editor.clone(), error.clone(), props.case.clone());
        Callback::from(move |_: MouseEvent| {
            let now = local_clock().now;
            run(&editor, &error, |f| {
                f.add_playbook_steps(&templates, &case, now)
            });
        })
    };
    let on_step = {
        let (editor, error, case) = (editor.clone(), error.clone(), props.case.clone());
        Callback::from(move |change: StepChange| {
            let now = local_clock().now;
            run(&editor, &error, |f| match change {
                StepChange::Done(id) => f.set_step_done(id, Some(now), now),
                StepChange::Undo(id) => f.set_step_done(id, None, now),
                StepChange::Assign(id, role) => f.assign_step(id, role, &case, now),
            });
        })
    };
    let on_custom_change = {
        let custom = custom.clone();
        Callback::from(move |(field, value): (F, String)| {
            let mut next = (*custom).clone();
            match field {
                F::Text => next.0 = value,
                F::Role => next.1 = value,
            }
            custom.set(next);
        })
    };
    let on_custom = {
        let (error, case, custom) = (error.clone(), props.case.clone(), custom.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let role = Role::from_key(&custom.1).unwrap_or(Role::Executor1);
            let now = local_clock().now;
            if run(&editor, &error, |f| f.add_step(&custom.0, role, &case, now)) {
                custom.set((String::new(), custom.1.clone()));
            }
        })
    };
    let roles: Vec<(AttrValue, AttrValue)> = Role::ALL
        .iter()
        .map(|r| (AttrValue::from(r.key()), AttrValue::from(r.label(lang))))
        .collect();
    let done = f.steps.iter().filter(|s| s.is_done()).count();
    let open = f.is_open();
    html! {
        <div class="steps-panel" data-testid="steps-panel">
            <p class="progress" data-testid="steps-progress">
                { pick(lang, format!("已完成 {done} / {}", f.steps.len()), format!("{done} of {} done", f.steps.len())) }</p>
            if open {
                <div class="actions">
                    <button type="button" class="primary big" disabled={fresh == 0} onclick={on_playbook}
                        data-testid="add-playbook">
                        { if fresh == 0 { t(lang, RespK::PlaybookAllAdded).to_owned() } else {
                            pick(lang, format!("从应对手册加入 {fresh} 个步骤"), format!("Add {fresh} playbook steps")) } }
                    </button>
                </div>
                <p class="hint">{ playbook_hint(lang, f, props.linked.len()) }</p>
            }
            <ol class="steps" data-testid="steps">
                { for f.steps.iter().map(|s| html! {
                    <StepRow key={s.id} step={Rc::new(s.clone())} {open} on_change={on_step.clone()} />
                }) }
            </ol>
            if open {
                <form class="custom-step row-fields" onsubmit={on_custom} novalidate=true>
                    <TextField<F> field={F::Text} label={t(lang, RespK::CustomStep)} value={custom.0.clone()}
                        on_change={on_custom_change.clone()} testid="custom-step-text" />
                    <SelectField<F> field={F::Role} label={t(lang, RespK::StepRole)} options={roles}
                        value={custom.1.clone()} on_change={on_custom_change} testid="custom-step-role" />
                    <button type="submit" class="align-end" data-testid="custom-step-add">{ t(lang, RespK::AddStep) }</button>
                </form>
            }
            <div aria-live="polite">
                <ErrorView<ResponseError> error={(*error).clone()} testid="steps-error" />
            </div>
        </div>
    }
}

/// Runs a domain step on the latest stored failure and saves it, or keeps the refusal to show;
/// true when the step went through.
fn run(
    editor: &RecordEditor<Failure>,
    error: &UseStateHandle<Option<ResponseError>>,
    step: impl FnOnce(&Failure) -> Result<Failure, ResponseError>,
) -> bool {
    match editor.apply(step) {
        Ok(()) => {
            error.set(None);
            true
        }
        Err(e) => {
            error.set(Some(e));
            false
        }
    }
}

fn playbook_hint(lang: crate::i18n::Lang, f: &Failure, linked: usize) -> String {
    let kind = f.kind.label(lang);
    if linked == 0 {
        pick(
            lang,
            format!("按失败类型“{kind}”。"),
            format!("For “{kind}”."),
        )
    } else {
        pick(
            lang,
            format!("按失败类型“{kind}”，加上预案中关联的 {linked} 条备选路径。"),
            format!("For “{kind}”, plus the {linked} alternative paths linked in the plan."),
        )
    }
}
