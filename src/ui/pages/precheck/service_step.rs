//! Step 1: the case's service, hard date and promise against the calendar; starts the precheck.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::case::Case;
use crate::domain::precheck::Precheck;
use crate::i18n::{t, PreK};
use crate::ui::platform;
use crate::ui::store::{use_calendar, use_lang, use_store};
use crate::ui::sync::save;

#[derive(Properties, PartialEq)]
pub struct ServiceStepProps {
    pub case: Rc<Case>,
    pub started: bool,
}

#[component]
pub fn ServiceStep(props: &ServiceStepProps) -> Html {
    let lang = use_lang();
    let store = use_store();
    let calendar = use_calendar();
    let case = &props.case;
    let schedule = case.schedule(&calendar, platform::today());
    let on_start = {
        let case = case.clone();
        Callback::from(move |_: MouseEvent| {
            let catalog = store.state().catalog.clone();
            let service = case.service_key.as_deref().and_then(|k| catalog.get(k));
            let p = Precheck::start(&case, service, platform::fresh_id(), platform::now());
            save(&store, p);
        })
    };
    let left = schedule
        .working_days_left
        .map_or_else(|| "—".to_owned(), |d| d.to_string());
    html! {
        <div class="precheck-service">
            <dl class="facts">
                <dt>{ t(lang, PreK::Service) }</dt>
                <dd data-testid="precheck-service">{ &case.service_name }</dd>
                <dt>{ t(lang, PreK::HardDate) }</dt>
                <dd data-testid="precheck-hard-date">{ case.hard_date.to_string() }</dd>
                <dt>{ t(lang, PreK::Promised) }</dt>
                <dd data-testid="precheck-promised">{ case.promised_working_days }</dd>
                <dt>{ t(lang, PreK::DaysLeft) }</dt>
                <dd data-testid="precheck-days-left">{ left }</dd>
            </dl>
            if schedule.promise_misses_hard_date {
                <p class="banner warning" data-testid="precheck-promise-misses">
                    { t(lang, PreK::PromiseMisses) }</p>
            }
            if !props.started {
                <p class="lead">{ t(lang, PreK::StartLead) }</p>
                <button type="button" class="primary" data-testid="precheck-start" onclick={on_start}>
                    { t(lang, PreK::Start) }</button>
            }
        </div>
    }
}
