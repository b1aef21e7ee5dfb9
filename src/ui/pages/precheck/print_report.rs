//! The printable precheck report: hidden on screen, printed instead of the wizard — the case
//! and the print date, every material with its item numbers, every finding, the feasibility
//! and the signatures.

use std::rc::Rc;

use yew::prelude::*;

use super::{FeasibilityView, FindingsView};
use crate::domain::case::Case;
use crate::domain::ids::mask_id;
use crate::domain::precheck::{Finding, Precheck, SignLevel};
use crate::i18n::{pick, t, PreK};
use crate::ui::platform;
use crate::ui::store::use_lang;

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
                <dt>{ pick(lang, "打印日期".into(), "Printed on".into()) }</dt>
                <dd data-testid="report-printed-on">{ platform::today().to_string() }</dd>
            </dl>
            <h3>{ t(lang, PreK::StepMaterials) }</h3>
            <table class="case-table" data-testid="report-materials">
                <tbody>
                    { for p.materials.iter().flat_map(|m| m.items.iter().enumerate().map(move |(i, item)| (m, i, item))).map(|(m, i, item)| {
                        let number = if m.items.len() > 1 { format!("{} · {}", m.title.get(lang), t(lang, PreK::Item).replace("{}", &(i + 1).to_string())) } else { m.title.get(lang).to_owned() };
                        // Personal ID numbers stay masked on paper too.
                        let value = m.fields.first().map(|f| if m.is_personal_id(*f) { mask_id(item.value(*f)) } else { item.value(*f).to_owned() }).unwrap_or_default();
                        html! {
                            <tr key={format!("{}-{}", m.key, item.id)} data-testid="report-material">
                                <th scope="row">{ number }</th>
                                <td>{ m.status.label(lang) }</td>
                                <td>{ value }</td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
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
