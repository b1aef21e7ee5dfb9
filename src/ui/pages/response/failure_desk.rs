//! One open failure, worked top to bottom: the clock and the next action stay at the top; then
//! tell the client, run the remedy, report daily, settle compensation, close.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::case::Case;
use crate::domain::response::{format_yuan, CompensationTerms, Failure};
use crate::i18n::{t, RespK};
use crate::ui::pages::response::close_panel::ClosePanel;
use crate::ui::pages::response::compensation_panel::CompensationPanel;
use crate::ui::pages::response::draft_box::DraftBox;
use crate::ui::pages::response::estimate_form::EstimateForm;
use crate::ui::pages::response::next_step::{section_id, NextStep};
use crate::ui::pages::response::notify_clock::NotifyClock;
use crate::ui::pages::response::notify_form::NotifyForm;
use crate::ui::pages::response::report_panel::ReportPanel;
use crate::ui::pages::response::shared::{local_clock, when};
use crate::ui::pages::response::steps_panel::StepsPanel;
use crate::ui::store::use_lang;

#[derive(Properties, PartialEq)]
pub struct FailureDeskProps {
    pub case: Rc<Case>,
    pub failure: Rc<Failure>,
    pub all: Rc<Vec<Failure>>,
    pub linked: Rc<Vec<String>>,
    pub terms: CompensationTerms,
}

#[component]
pub fn FailureDesk(props: &FailureDeskProps) -> Html {
    let lang = use_lang();
    let f = &props.failure;
    let clock = local_clock();
    let section = |name: &'static str, title: RespK, body: Html| {
        let id = section_id(name, f);
        let title_id = format!("{id}-title");
        html! {
            <section {id} class="desk-section" tabindex="-1" aria-labelledby={title_id.clone()}
                data-testid={format!("section-{name}")}>
                <h3 id={title_id}>{ t(lang, title) }</h3>
                { body }
            </section>
        }
    };
    let notify = match &f.notification {
        Some(n) => html! {
            <>
                <p class="banner ok" data-testid="notify-done">
                    { format!("{} {} · {} · {}", t(lang, RespK::NotifiedAt), when(&clock, n.at), n.channel.label(lang), n.to_whom) }
                    <br />{ n.what_was_said.clone() }
                </p>
                <EstimateForm case={props.case.clone()} failure={f.clone()} />
            </>
        },
        None => html! {
            <>
                <EstimateForm case={props.case.clone()} failure={f.clone()} />
                <DraftBox case={props.case.clone()} failure={f.clone()} />
                <NotifyForm case={props.case.clone()} failure={f.clone()} />
            </>
        },
    };
    html! {
        <article class="failure-card" data-testid="failure-card" data-failure-id={f.meta.id.to_string()}>
            <div class="desk-top">
                <NotifyClock failure={f.clone()} />
                <NextStep failure={f.clone()} />
            </div>
            <dl class="facts failure-facts" data-testid="failure-summary">
                <div class="fact"><dt>{ t(lang, RespK::FailureKindLabel) }</dt>
                    <dd data-testid="failure-kind">{ f.kind.label(lang) }</dd></div>
                <div class="fact"><dt>{ t(lang, RespK::DiscoveredLabel) }</dt>
                    <dd>{ when(&clock, f.discovered_at) }</dd></div>
                if let Some(a) = f.amount_cents {
                    <div class="fact"><dt>{ t(lang, RespK::AmountLabel) }</dt>
                        <dd data-testid="failure-amount">{ format_yuan(a, lang) }</dd></div>
                }
                <div class="fact wide"><dt>{ t(lang, RespK::WhatHappenedLabel) }</dt>
                    <dd data-testid="failure-what">{ f.what_happened.clone() }</dd></div>
            </dl>
            { section("notify", RespK::SectionNotify, notify) }
            { section("steps", RespK::SectionSteps, html! {
                <StepsPanel case={props.case.clone()} failure={f.clone()} linked={props.linked.clone()} /> }) }
            { section("report", RespK::SectionReport, html! {
                <ReportPanel case={props.case.clone()} failure={f.clone()} all={props.all.clone()} /> }) }
            { section("comp", RespK::SectionComp, html! {
                <CompensationPanel failure={f.clone()} terms={props.terms} /> }) }
            { section("close", RespK::SectionClose, html! {
                <ClosePanel case={props.case.clone()} failure={f.clone()} all={props.all.clone()} /> }) }
        </article>
    }
}
