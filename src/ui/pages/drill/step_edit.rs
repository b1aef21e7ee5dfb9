//! One step in the scenario editor: situation, time limit, ending, and its choices.

use std::rc::Rc;

use yew::prelude::*;

use super::choice_edit::ChoiceEdit;
use super::fields::{event_value, num_field, text_field};
use crate::domain::catalog::L10n;
use crate::domain::drill::{Choice, Edit, Ending, Goal, Step};
use crate::i18n::{t, DrillK};
use crate::ui::store::use_lang;

#[derive(Properties, PartialEq)]
pub struct StepEditProps {
    pub step: Step,
    pub step_ids: Rc<Vec<String>>,
    pub on_edit: Callback<Edit>,
}

const ENDINGS: [Ending; 3] = [Ending::Good, Ending::Mixed, Ending::Bad];

#[component]
pub fn StepEdit(props: &StepEditProps) -> Html {
    let lang = use_lang();
    let s = &props.step;
    let id = s.id.clone();
    let update = |f: fn(&mut Step, String)| {
        let (s, cb) = (s.clone(), props.on_edit.clone());
        Callback::from(move |e: Event| {
            let v = event_value(&e);
            let mut n = s.clone();
            f(&mut n, v);
            cb.emit(Edit::UpdateStep {
                id: s.id.clone(),
                step: n,
            });
        })
    };
    let on_limit = {
        let (s, cb) = (s.clone(), props.on_edit.clone());
        Callback::from(move |v: i64| {
            let mut n = s.clone();
            n.time_limit_secs = u32::try_from(v).unwrap_or(0);
            cb.emit(Edit::UpdateStep {
                id: s.id.clone(),
                step: n,
            });
        })
    };
    let on_ending = update(|n, v| n.ending = ENDINGS.into_iter().find(|e| e.key() == v));
    let on_default = update(|n, v| n.default_choice = v.parse().unwrap_or(0));
    let on_goal = update(|n, v| n.goal = Goal::ALL.into_iter().find(|g| g.key() == v));
    let def_id = format!("drill-ed-default-{id}");
    let goal_id = format!("drill-ed-step-goal-{id}");
    let add_choice = {
        let (id, cb, ids) = (id.clone(), props.on_edit.clone(), props.step_ids.clone());
        Callback::from(move |_: MouseEvent| {
            let next = ids
                .iter()
                .find(|i| **i != id)
                .cloned()
                .unwrap_or_else(|| id.clone());
            let choice = Choice {
                text: L10n::new("新选项", "New choice"),
                next,
                ..Choice::default()
            };
            cb.emit(Edit::AddChoice {
                step: id.clone(),
                choice,
            });
        })
    };
    let remove_step = {
        let (id, cb) = (id.clone(), props.on_edit.clone());
        Callback::from(move |_: MouseEvent| cb.emit(Edit::RemoveStep { id: id.clone() }))
    };
    let on_rename = {
        let (s, cb) = (s.clone(), props.on_edit.clone());
        Callback::from(move |v: String| {
            let mut n = s.clone();
            n.id = v.trim().to_owned();
            if n.id != s.id {
                cb.emit(Edit::UpdateStep {
                    id: s.id.clone(),
                    step: n,
                });
            }
        })
    };
    let sit_id = format!("drill-ed-situation-{id}");
    let sit_en = format!("drill-ed-situation-en-{id}");
    let end_id = format!("drill-ed-ending-{id}");
    html! {
        <fieldset class="drill-step-edit" data-testid={format!("drill-ed-step-{id}")}>
            <legend>{ t(lang, DrillK::Steps) }{ "：" }{ id.clone() }</legend>
            { text_field(t(lang, DrillK::StepId), format!("drill-ed-step-id-{id}"), &id, on_rename) }
            <div class="field">
                <label for={sit_id.clone()}>{ t(lang, DrillK::Situation) }</label>
                <textarea id={sit_id.clone()} value={s.situation.zh.clone()} onchange={update(|n, v| n.situation.zh = v)} data-testid={sit_id} />
            </div>
            <div class="field">
                <label for={sit_en.clone()}>{ t(lang, DrillK::SituationEn) }</label>
                <textarea id={sit_en.clone()} value={s.situation.en.clone()} onchange={update(|n, v| n.situation.en = v)} data-testid={sit_en} />
            </div>
            <div class="drill-ed-row">
                { num_field(t(lang, DrillK::TimeLimit), format!("drill-ed-limit-{id}"), i64::from(s.time_limit_secs), on_limit) }
                <div class="field">
                    <label for={end_id.clone()}>{ t(lang, DrillK::EndingStep) }</label>
                    <select id={end_id.clone()} onchange={on_ending} data-testid={end_id}>
                        <option value="" selected={s.ending.is_none()}>{ "—" }</option>
                        { for ENDINGS.iter().map(|e| html! { <option value={e.key()} selected={s.ending == Some(*e)}>{ e.label(lang) }</option> }) }
                    </select>
                </div>
                if !s.is_terminal() {
                    <div class="field">
                        <label for={def_id.clone()}>{ t(lang, DrillK::Default) }</label>
                        <select id={def_id.clone()} onchange={on_default} data-testid={def_id}>
                            { for s.choices.iter().enumerate().map(|(i, c)| html! {
                                <option value={i.to_string()} selected={s.default_choice == i}>{ format!("{}. {}", i + 1, c.text.get(lang)) }</option>
                            }) }
                        </select>
                    </div>
                    <div class="field">
                        <label for={goal_id.clone()}>{ t(lang, DrillK::StepGoal) }</label>
                        <select id={goal_id.clone()} onchange={on_goal} data-testid={goal_id}>
                            <option value="" selected={s.goal.is_none()}>{ "—" }</option>
                            { for Goal::ALL.iter().map(|g| html! { <option value={g.key()} selected={s.goal == Some(*g)}>{ g.label(lang) }</option> }) }
                        </select>
                    </div>
                }
            </div>
            { for s.choices.iter().enumerate().map(|(i, c)| {
                let (sid, cb) = (id.clone(), props.on_edit.clone());
                let on_change = Callback::from(move |choice: Choice| cb.emit(Edit::UpdateChoice { step: sid.clone(), index: i, choice }));
                let (sid, cb) = (id.clone(), props.on_edit.clone());
                let on_remove = Callback::from(move |_| cb.emit(Edit::RemoveChoice { step: sid.clone(), index: i }));
                html! { <ChoiceEdit key={i} choice={c.clone()} slot={format!("{id}-{}", i + 1)} step_ids={props.step_ids.clone()} {on_change} {on_remove} /> }
            }) }
            <div class="actions">
                <button type="button" onclick={add_choice} data-testid={format!("drill-ed-add-choice-{id}")}>{ t(lang, DrillK::AddChoice) }</button>
                <button type="button" class="danger" onclick={remove_step} data-testid={format!("drill-ed-remove-step-{id}")}>{ t(lang, DrillK::RemoveStep) }</button>
            </div>
        </fieldset>
    }
}
