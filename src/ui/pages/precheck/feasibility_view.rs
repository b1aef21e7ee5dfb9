//! Step 4: whether the hard date can still be met once the findings are fixed: slack or
//! shortfall, the critical path and each fix's latest start.

use std::rc::Rc;

use yew::prelude::*;

use super::tid;
use crate::domain::case::Case;
use crate::domain::plan::Warning;
use crate::domain::precheck::{feasibility_with_warnings, Finding, PrecheckError};
use crate::i18n::{t, PreK};
use crate::ui::components::ErrorView;
use crate::ui::platform;
use crate::ui::store::{use_calendar, use_catalog, use_lang, use_table};

#[derive(Properties, PartialEq)]
pub struct FeasibilityViewProps {
    pub case: Rc<Case>,
    pub findings: Rc<Vec<Finding>>,
    /// A copy in the printed report: its test ids start with `report-`.
    #[prop_or_default]
    pub in_report: bool,
}

#[component]
pub fn FeasibilityView(props: &FeasibilityViewProps) -> Html {
    let lang = use_lang();
    let catalog = use_catalog();
    let calendar = use_calendar();
    let warnings = use_table::<Warning>();
    let r = props.in_report;
    let service = props
        .case
        .service_key
        .as_deref()
        .and_then(|k| catalog.get(k));
    let result = feasibility_with_warnings(
        &props.findings,
        &props.case,
        service,
        &super::library_warnings(&warnings),
        &calendar,
        platform::today(),
    );
    let f = match result {
        Ok(f) => f,
        Err(e) => {
            return html! { <ErrorView<PrecheckError> error={Some(e)} testid={tid(r, "feasibility-error")} /> }
        }
    };
    let verdict = if f.feasible {
        PreK::Feasible
    } else {
        PreK::Infeasible
    };
    html! {
        <div class="precheck-feasibility" aria-live="polite">
            <p class={classes!("verdict", if f.feasible { "ok" } else { "bad" })} data-testid={tid(r, "feasibility-verdict")}
                data-feasible={f.feasible.to_string()}>
                <strong>{ format!("{} {}", if f.feasible { "✓" } else { "✗" }, t(lang, verdict)) }</strong></p>
            <p data-testid={tid(r, "feasibility-summary")}>{ f.summary(lang) }</p>
            if !f.outages.is_empty() {
                <ul class="outages" data-testid={tid(r, "feasibility-outages")}>
                    { for f.outages.iter().map(|o| html! {
                        <li key={o.warning.to_string()} data-testid={tid(r, "feasibility-outage")}>
                            { crate::i18n::pick(lang,
                                format!("政策预警“{}”（{}，{} 至 {}）：少 {} 个工作日", o.title, o.effect.label(lang), o.from, o.to, o.working_days_lost),
                                format!("Policy warning “{}” ({}, {} to {}): {} working day(s) lost", o.title, o.effect.label(lang), o.from, o.to, o.working_days_lost)) }
                        </li>
                    }) }
                </ul>
            }
            <h4>{ t(lang, PreK::CriticalPath) }</h4>
            <ol data-testid={tid(r, "feasibility-steps")}>
                { for f.steps.iter().enumerate().map(|(i, s)| {
                    let finding = props.findings.get(s.finding);
                    let title = finding.map_or("", |x| x.title(lang));
                    let place = finding.map(|x| x.location(lang)).unwrap_or_default();
                    html! {
                        <li key={i} data-testid={tid(r, "feasibility-step")} class={classes!(s.critical.then_some("critical"))}>
                            if s.critical { <strong>{ format!("[{}] ", t(lang, PreK::Critical)) }</strong> }
                            { format!("{title} — {place} · {} · {} {}", finding.map(|x| x.fix_duration(lang)).unwrap_or_default(),
                                t(lang, PreK::LatestStart), s.latest_start) }
                        </li>
                    }
                }) }
                <li data-testid={tid(r, "feasibility-service")}>
                    { format!("{} · {} · {} {}", t(lang, PreK::ServiceItself), f.service.working_days,
                        t(lang, PreK::LatestStart), f.service.latest_start) }
                </li>
            </ol>
        </div>
    }
}
