//! The scenario-level part of the editor: titles and briefing, difficulty, trainee role,
//! service, hard date, learning goals, pass mark and the start step. The initial state is in
//! [`super::initial_edit`].

use std::rc::Rc;

use yew::prelude::*;

use super::fields::{area_field, check_field, event_value, num_field, text_field};
use crate::domain::drill::{Details, Edit, Goal, Role};
use crate::i18n::{t, DrillK};
use crate::ui::store::use_lang;

#[derive(Properties, PartialEq)]
pub struct DetailsEditProps {
    pub details: Rc<Details>,
    pub step_ids: Rc<Vec<String>>,
    pub start: AttrValue,
    pub on_edit: Callback<Edit>,
}

/// A callback that applies `f` to a copy of the details and emits the edit.
pub fn details_cb<T: 'static>(
    d: &Rc<Details>,
    on_edit: &Callback<Edit>,
    f: fn(&mut Details, T),
) -> Callback<T> {
    let (d, cb) = (d.clone(), on_edit.clone());
    Callback::from(move |v: T| {
        let mut n = (*d).clone();
        f(&mut n, v);
        cb.emit(Edit::UpdateDetails {
            details: Box::new(n),
        });
    })
}

fn select(label: &str, id: &str, onchange: Callback<Event>, options: Html) -> Html {
    html! {
        <div class="field">
            <label for={id.to_owned()}>{ label.to_owned() }</label>
            <select id={id.to_owned()} {onchange} data-testid={id.to_owned()}>{ options }</select>
        </div>
    }
}

fn u32_of(v: i64) -> u32 {
    u32::try_from(v.max(0)).unwrap_or(u32::MAX)
}

#[component]
pub fn DetailsEdit(props: &DetailsEditProps) -> Html {
    let lang = use_lang();
    let d = &props.details;
    let cb = |f: fn(&mut Details, String)| details_cb(d, &props.on_edit, f);
    let num = |f: fn(&mut Details, i64)| details_cb(d, &props.on_edit, f);
    let on_difficulty = details_cb(d, &props.on_edit, |n, v: Event| {
        n.difficulty = event_value(&v).parse().unwrap_or(1)
    });
    let on_role = details_cb(d, &props.on_edit, |n, v: Event| {
        let v = event_value(&v);
        n.role = Role::ALL
            .into_iter()
            .find(|r| r.key() == v)
            .unwrap_or_default();
    });
    let on_start = props.on_edit.reform(|e: Event| Edit::SetStart {
        id: event_value(&e),
    });
    let goals = Goal::ALL.iter().map(|&g| {
        let (d2, cb) = (d.clone(), props.on_edit.clone());
        let on = Callback::from(move |on: bool| {
            let mut n = (*d2).clone();
            n.toggle_goal(g, on);
            cb.emit(Edit::UpdateDetails {
                details: Box::new(n),
            });
        });
        check_field(
            g.label(lang),
            format!("drill-ed-lgoal-{}", g.key()),
            d.learning_goals.contains(&g),
            on,
        )
    });
    html! {
        <section class="drill-details-edit" aria-labelledby="drill-ed-details-h">
            <h2 id="drill-ed-details-h">{ t(lang, DrillK::Details) }</h2>
            { text_field(t(lang, DrillK::Title), "drill-ed-title".into(), &d.title.zh, cb(|n, v| n.title.zh = v)) }
            { text_field(t(lang, DrillK::TitleEn), "drill-ed-title-en".into(), &d.title.en, cb(|n, v| n.title.en = v)) }
            { area_field(t(lang, DrillK::Briefing), "drill-ed-briefing".into(), &d.briefing.zh, cb(|n, v| n.briefing.zh = v)) }
            { area_field(t(lang, DrillK::BriefingEn), "drill-ed-briefing-en".into(), &d.briefing.en, cb(|n, v| n.briefing.en = v)) }
            <div class="drill-ed-row">
                { select(t(lang, DrillK::Difficulty), "drill-ed-difficulty", on_difficulty, html! {
                    { for (1..=3u8).map(|n| html! { <option value={n.to_string()} selected={d.difficulty == n}>{ format!("{n} / 3") }</option> }) }
                }) }
                { select(t(lang, DrillK::Role), "drill-ed-role", on_role, html! {
                    { for Role::ALL.iter().map(|r| html! { <option value={r.key()} selected={d.role == *r}>{ r.label(lang) }</option> }) }
                }) }
                { text_field(t(lang, DrillK::ServiceKey), "drill-ed-service".into(), &d.service_key, cb(|n, v| n.service_key = v.trim().to_owned())) }
                { num_field(t(lang, DrillK::PassMark), "drill-ed-pass-mark".into(), d.pass_mark.into(), num(|n, v| n.pass_mark = u32_of(v))) }
                { select(t(lang, DrillK::StartStep), "drill-ed-start", on_start, html! {
                    { for props.step_ids.iter().map(|id| html! { <option value={id.clone()} selected={*id == props.start.as_str()}>{ id.clone() }</option> }) }
                }) }
            </div>
            <fieldset class="drill-ed-group">
                <legend>{ t(lang, DrillK::HardDate) }</legend>
                <div class="drill-ed-row">
                    { num_field(t(lang, DrillK::HardDays), "drill-ed-hard-days".into(), d.hard_date.working_days.into(), num(|n, v| n.hard_date.working_days = u32_of(v))) }
                    { num_field(t(lang, DrillK::HardHours), "drill-ed-hard-hours".into(), d.hard_date.hours.into(), num(|n, v| n.hard_date.hours = u32_of(v))) }
                    { text_field(t(lang, DrillK::HardLabel), "drill-ed-hard-label".into(), &d.hard_date.label.zh, cb(|n, v| n.hard_date.label.zh = v)) }
                    { text_field(t(lang, DrillK::HardLabelEn), "drill-ed-hard-label-en".into(), &d.hard_date.label.en, cb(|n, v| n.hard_date.label.en = v)) }
                </div>
            </fieldset>
            <fieldset class="drill-ed-group" data-testid="drill-ed-goals">
                <legend>{ t(lang, DrillK::Goals) }</legend>
                <div class="drill-ed-row">{ for goals }</div>
            </fieldset>
        </section>
    }
}
