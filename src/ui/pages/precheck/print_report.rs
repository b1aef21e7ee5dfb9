//! The printable precheck report: hidden on screen, printed instead of the wizard — the case,
//! every finding, the feasibility and the signatures.

use std::rc::Rc;

use yew::prelude::*;

use super::{FeasibilityView, FindingsView};
use crate::domain::case::Case;
use crate::domain::precheck::{Finding, Precheck, SignLevel};
use crate::i18n::{t, PreK};
use crate::ui::platform;
use crate::ui::state::use_lang;

#[derive(Properties, PartialEq)]
pub struct PrintReportProps {
    pub case: Rc<Case>,
    pub precheck: Rc<Precheck>,
    pub findings: Rc<Vec<Finding>>,
}

#[component]
pub fn PrintReport(props: &PrintReportProps) -> Html {
    let lang = use_lang();
    let (c, p) = (&props.case, &props.precheck);
    html! {
        <section class="print-only precheck-report" data-testid="precheck-report">
            <h2>{ format!("{} · {} · {}", t(lang, PreK::Report), c.client.company_name, c.service_name) }</h2>
            <dl class="facts">
                <dt>{ t(lang, PreK::HardDate) }</dt><dd>{ c.hard_date.to_string() }</dd>
                <dt>{ t(lang, PreK::Promised) }</dt><dd>{ c.promised_working_days }</dd>
            </dl>
            <h3>{ t(lang, PreK::StepFindings) }</h3>
            <FindingsView findings={props.findings.clone()} precheck={Some(p.clone())} in_report=true />
            <h3>{ t(lang, PreK::StepFeasibility) }</h3>
            <FeasibilityView case={c.clone()} findings={props.findings.clone()} in_report=true />
            <h3>{ t(lang, PreK::Signatures) }</h3>
            <table class="case-table" data-testid="report-signatures">
                <thead><tr>
                    <th scope="col">{ t(lang, PreK::Level) }</th>
                    <th scope="col">{ t(lang, PreK::SignName) }</th>
                    <th scope="col">{ t(lang, PreK::AuditTime) }</th>
                    <th scope="col">{ t(lang, PreK::SignComment) }</th>
                    <th scope="col">{ t(lang, PreK::OverrideReason) }</th>
                </tr></thead>
                <tbody>
                    { for SignLevel::ALL.iter().map(|l| {
                        let s = p.signoff(*l);
                        html! {
                            <tr key={l.key()} data-testid={format!("report-sign-{}", l.key())}>
                                <th scope="row">{ l.label(lang) }</th>
                                <td data-label={t(lang, PreK::SignName)}>{ s.map_or_else(|| t(lang, PreK::NotSigned).to_owned(), |s| s.name.clone()) }</td>
                                <td data-label={t(lang, PreK::AuditTime)}>{ s.map(|s| platform::local_time(s.at)).unwrap_or_default() }</td>
                                <td data-label={t(lang, PreK::SignComment)}>{ s.map(|s| s.comment.clone()).unwrap_or_default() }</td>
                                <td data-label={t(lang, PreK::OverrideReason)}>{ s.and_then(|s| s.override_reason.clone()).unwrap_or_default() }</td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
        </section>
    }
}
