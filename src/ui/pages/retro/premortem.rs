//! The pre-mortem hit: did the contingency plan list the risk that actually happened?
//! Computed from the plan's risks and the case's failures, shown, and stored with the record.

use std::rc::Rc;

use yew::prelude::*;

use super::shared::{failures_of, plan_risks, premortem_judgement};
use crate::domain::plan::Plan;
use crate::domain::response::Failure;
use crate::domain::retro::Retro;
use crate::i18n::{t, RetroK};
use crate::ui::store::{use_lang, use_records_of_case};

#[derive(Properties, PartialEq)]
pub struct PremortemViewProps {
    pub retro: Rc<Retro>,
}

#[component]
pub fn PremortemView(props: &PremortemViewProps) -> Html {
    let lang = use_lang();
    let case_id = Some(props.retro.case_id);
    let plans = use_records_of_case::<Plan>(case_id);
    let failures = use_records_of_case::<Failure>(case_id);
    let has_plan = plan_risks(&plans).is_some();
    let has_failure = !failures_of(&failures).is_empty();
    let computed = premortem_judgement(&plans, &failures);
    let (key, text) = match computed {
        Some(true) => ("hit", RetroK::PremortemHit),
        Some(false) => ("miss", RetroK::PremortemMiss),
        None if !has_plan => ("no-plan", RetroK::PremortemNoPlan),
        None if !has_failure => ("no-failure", RetroK::PremortemNoFailure),
        None => ("none", RetroK::PremortemNoPlan),
    };
    html! {
        <section class="retro-section" aria-labelledby="retro-pm-title">
            <h3 id="retro-pm-title">{ t(lang, RetroK::PremortemTitle) }</h3>
            <p class={format!("premortem premortem-{key}")} data-testid="premortem-hit"
                data-hit={key}>{ t(lang, text) }</p>
            if props.retro.premortem_hit != computed {
                <p class="hint" data-testid="premortem-unsaved">{ t(lang, RetroK::PremortemStoredOnSave) }</p>
            }
        </section>
    }
}
