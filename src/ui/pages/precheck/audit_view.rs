//! The precheck's audit trail, newest first (local time, person, change), with the state of
//! its hash chain: intact, or where it stops matching.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::precheck::Precheck;
use crate::i18n::{t, PreK};
use crate::ui::platform;
use crate::ui::store::{use_catalog, use_lang};

#[derive(Properties, PartialEq)]
pub struct AuditViewProps {
    pub precheck: Rc<Precheck>,
    /// ID numbers in full.
    #[prop_or_default]
    pub reveal: bool,
}

#[component]
pub fn AuditView(props: &AuditViewProps) -> Html {
    let lang = use_lang();
    let catalog = use_catalog();
    let p = &props.precheck;
    let service = p.service_key.as_deref().and_then(|k| catalog.get(k));
    let chain = match p.verify_trail() {
        Ok(()) => html! {
            <p class="chain ok" data-testid="precheck-audit-chain" data-intact="true">
                { t(lang, PreK::ChainIntact) }</p>
        },
        Err(b) => html! {
            <p class="chain banner error" role="alert" data-testid="precheck-audit-chain" data-intact="false">
                { t(lang, PreK::ChainBroken).replace("{}", &(b.index + 1).to_string()) }</p>
        },
    };
    let n = p.audit.len();
    html! {
        <details class="precheck-audit" data-testid="precheck-audit">
            <summary data-testid="precheck-audit-toggle">
                { format!("{} · {}", t(lang, PreK::Audit), t(lang, PreK::AuditCount).replace("{}", &n.to_string())) }
            </summary>
            { chain }
            <table class="case-table audit-table">
                <thead><tr>
                    <th scope="col">{ t(lang, PreK::AuditTime) }</th>
                    <th scope="col">{ t(lang, PreK::AuditWho) }</th>
                    <th scope="col">{ t(lang, PreK::AuditWhat) }</th>
                </tr></thead>
                <tbody>
                    { for p.audit.iter().enumerate().rev().map(|(i, e)| html! {
                        <tr key={i} data-testid="audit-entry">
                            <td data-label={t(lang, PreK::AuditTime)} data-testid="audit-time">{ platform::local_time(e.at) }</td>
                            <td data-label={t(lang, PreK::AuditWho)} data-testid="audit-who">
                                { if e.who.is_empty() { "—".to_owned() } else { e.who.clone() } }</td>
                            <td data-label={t(lang, PreK::AuditWhat)} data-testid="audit-message">{ e.message_in(lang, props.reveal, service) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </details>
    }
}
