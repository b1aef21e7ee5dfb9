//! The editor's initial state (client mood, slack, money at stake, what is known at the start)
//! and the scenario's facts, which choices and injects refer to by key.

use std::rc::Rc;

use yew::prelude::*;

use super::details_edit::details_cb;
use super::fields::{check_field, num_field, text_field};
use crate::domain::catalog::L10n;
use crate::domain::drill::{Details, Edit, Fact};
use crate::i18n::{t, DrillK};
use crate::ui::store::use_lang;

#[derive(Properties, PartialEq)]
pub struct InitialEditProps {
    pub details: Rc<Details>,
    pub facts: Rc<Vec<Fact>>,
    pub on_edit: Callback<Edit>,
}

fn clamp_i32(v: i64) -> i32 {
    i32::try_from(v).unwrap_or(if v < 0 { i32::MIN } else { i32::MAX })
}

fn fact_row(lang: crate::i18n::Lang, i: usize, f: &Fact, on_edit: &Callback<Edit>) -> Html {
    let upd = |g: fn(&mut Fact, String)| {
        let (f, cb) = (f.clone(), on_edit.clone());
        Callback::from(move |v: String| {
            let mut n = f.clone();
            g(&mut n, v);
            cb.emit(Edit::UpdateFact { index: i, fact: n });
        })
    };
    let remove = on_edit.reform(move |_: MouseEvent| Edit::RemoveFact { index: i });
    html! {
        <li key={i} class="drill-fact-edit" data-testid={format!("drill-ed-fact-{i}")}>
            <div class="drill-ed-row">
                { text_field(t(lang, DrillK::FactKey), format!("drill-ed-fact-key-{i}"), &f.key, upd(|n, v| n.key = v.trim().to_owned())) }
                { text_field(t(lang, DrillK::FactText), format!("drill-ed-fact-text-{i}"), &f.text.zh, upd(|n, v| n.text.zh = v)) }
                { text_field(t(lang, DrillK::FactTextEn), format!("drill-ed-fact-en-{i}"), &f.text.en, upd(|n, v| n.text.en = v)) }
                <button type="button" onclick={remove} data-testid={format!("drill-ed-remove-fact-{i}")}>{ t(lang, DrillK::RemoveFact) }</button>
            </div>
        </li>
    }
}

#[component]
pub fn InitialEdit(props: &InitialEditProps) -> Html {
    let lang = use_lang();
    let d = &props.details;
    let num = |f: fn(&mut Details, i64)| details_cb(d, &props.on_edit, f);
    let known = props.facts.iter().map(|f| {
        let (d2, cb, key) = (d.clone(), props.on_edit.clone(), f.key.clone());
        let on = Callback::from(move |on: bool| {
            let mut n = (*d2).clone();
            n.toggle_known_fact(&key, on);
            cb.emit(Edit::UpdateDetails {
                details: Box::new(n),
            });
        });
        let checked = d.initial.facts_known.contains(&f.key);
        check_field(
            f.text.get(lang),
            format!("drill-ed-known-{}", f.key),
            checked,
            on,
        )
    });
    let add_fact = {
        let (facts, cb) = (props.facts.clone(), props.on_edit.clone());
        Callback::from(move |_: MouseEvent| {
            let n = (1..)
                .find(|n| !facts.iter().any(|f| f.key == format!("fact_{n}")))
                .unwrap_or(1);
            cb.emit(Edit::AddFact {
                fact: Fact {
                    key: format!("fact_{n}"),
                    text: L10n::new("新信息", "New fact"),
                },
            });
        })
    };
    html! {
        <section class="drill-initial-edit" aria-labelledby="drill-ed-initial-h">
            <h2 id="drill-ed-initial-h">{ t(lang, DrillK::InitialState) }</h2>
            <div class="drill-ed-row">
                { num_field(t(lang, DrillK::ClientMood), "drill-ed-init-mood".into(), d.initial.client_mood.into(), num(|n, v| n.initial.client_mood = clamp_i32(v))) }
                { num_field(t(lang, DrillK::Slack), "drill-ed-init-slack".into(), d.initial.slack_days.into(), num(|n, v| n.initial.slack_days = clamp_i32(v))) }
                { num_field(t(lang, DrillK::Money), "drill-ed-init-money".into(), d.initial.money_at_stake_yuan, num(|n, v| n.initial.money_at_stake_yuan = v)) }
                { check_field(t(lang, DrillK::FailureKnown), "drill-ed-init-failure-known".into(), d.initial.failure_known, details_cb(d, &props.on_edit, |n, v: bool| n.initial.failure_known = v)) }
            </div>
            <h3>{ t(lang, DrillK::Facts) }</h3>
            <ul class="drill-facts-edit">
                { for props.facts.iter().enumerate().map(|(i, f)| fact_row(lang, i, f, &props.on_edit)) }
            </ul>
            <div class="actions"><button type="button" onclick={add_fact} data-testid="drill-ed-add-fact">{ t(lang, DrillK::AddFact) }</button></div>
            if !props.facts.is_empty() {
                <fieldset class="drill-ed-group" data-testid="drill-ed-known">
                    <legend>{ t(lang, DrillK::KnownAtStart) }</legend>
                    <div class="drill-ed-row">{ for known }</div>
                </fieldset>
            }
        </section>
    }
}
