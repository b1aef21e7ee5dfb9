//! The known pitfalls of a service: severity (in words), what goes wrong, the fix and what it
//! costs in working days, and where the fact comes from. Facts from general practice carry the
//! "check against local rules" caveat.

use crate::domain::sorting;
use yew::prelude::*;

use crate::domain::catalog::{Pitfall, Severity};
use crate::i18n::{pick, t, LibK};
use crate::ui::store::use_lang;

#[derive(Properties, PartialEq)]
pub struct PitfallListProps {
    pub pitfalls: Vec<Pitfall>,
}

#[component]
pub fn PitfallList(props: &PitfallListProps) -> Html {
    let lang = use_lang();
    if props.pitfalls.is_empty() {
        return html! { <p class="muted">{ t(lang, LibK::NoPitfalls) }</p> };
    }
    let mut pitfalls: Vec<&Pitfall> = props.pitfalls.iter().collect();
    sorting::sort_by_key(&mut pitfalls, |p| p.severity);
    html! {
        <ul class="lib-spec-list" data-testid="pitfalls">
        { for pitfalls.into_iter().map(|p| {
            let severity = match p.severity {
                Severity::Blocker => "blocker",
                Severity::Warning => "warning",
                Severity::Note => "note",
            };
            let fix_days = match p.fix_working_days {
                0 => t(lang, LibK::FixNoDelay).to_string(),
                n => pick(
                    lang,
                    format!("补救约需 {n} 个工作日"),
                    format!("The fix takes about {n} working days"),
                ),
            };
            html! {
                <li key={p.key.clone()} class={classes!("lib-spec", format!("lib-sev-{severity}"))} data-testid="pitfall-item">
                    <div class="lib-spec-head">
                        <span class={classes!("lib-tag", format!("lib-sev-{severity}"))} data-testid="pitfall-severity">
                            { p.severity.label(lang) }</span>
                        <strong>{ p.text.get(lang).to_string() }</strong>
                    </div>
                    <p><span class="muted">{ t(lang, LibK::Fix) }</span>{ " " }{ p.fix.get(lang).to_string() }</p>
                    <p class="sub" data-testid="pitfall-fix-days">{ fix_days }</p>
                    <p class="sub" data-testid="pitfall-source">
                        { t(lang, LibK::FactSource) }{ " " }{ p.source.label(lang) }
                        if let Some(hint) = p.source.local_check_hint(lang) {
                            { " " }<span class="lib-local-check" data-testid="local-check">{ format!("⚠ {hint}") }</span>
                        }
                    </p>
                </li>
            }
        }) }
        </ul>
    }
}
