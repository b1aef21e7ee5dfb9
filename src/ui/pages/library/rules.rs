//! 预审规则 The precheck rule library: every rule the engine runs, by family, with what it
//! checks, its basis, the default fix and how long that fix usually takes (the data in
//! `domain::precheck::rules`, shown as it is).

use yew::prelude::*;

use super::tabs::{LibTab, LibraryTabs};
use crate::domain::catalog::Severity;
use crate::domain::precheck::{rules, RuleFamily, RuleInfo, DEFAULT_FIX_DAYS_NOTE};
use crate::i18n::{pick, t, Lang, LibK};
use crate::ui::store::use_lang;

#[component]
pub fn RulesPage() -> Html {
    let lang = use_lang();
    html! {
        <section class="page" data-testid="page-lib-rules">
            <LibraryTabs current={LibTab::Rules} />
            <h1>{ t(lang, LibK::TabRules) }</h1>
            <p class="lead">{ t(lang, LibK::RulesLead) }</p>
            { for RuleFamily::ALL.iter().map(|family| {
                let in_family: Vec<&RuleInfo> = rules().iter().filter(|r| r.family == *family).collect();
                html! {
                    <section key={family.label(Lang::En)} class="rule-family" data-testid="rule-family">
                        <h2>{ family.label(lang) }</h2>
                        <ul class="rule-list">
                            { for in_family.iter().map(|r| rule(r, lang)) }
                        </ul>
                    </section>
                }
            }) }
            <p class="muted" data-testid="rules-fix-note">{ DEFAULT_FIX_DAYS_NOTE.get(lang) }</p>
        </section>
    }
}

fn rule(r: &RuleInfo, lang: Lang) -> Html {
    let sev = match r.severity {
        Severity::Blocker => "blocker",
        Severity::Warning => "warning",
        Severity::Note => "note",
    };
    let days = pick(
        lang,
        format!("约 {} 个工作日", r.fix_working_days),
        format!("about {} working day(s)", r.fix_working_days),
    );
    html! {
        <li key={r.key} class={classes!("finding", "rule", sev)} data-testid="rule" data-rule={r.key}>
            <p><strong class="severity">{ format!("【{}】", r.severity.label(lang)) }</strong>
                <span data-testid="rule-title">{ r.title.get(lang) }</span></p>
            <dl>
                <dt>{ t(lang, LibK::RuleChecks) }</dt><dd data-testid="rule-checks">{ r.checks.get(lang) }</dd>
                <dt>{ t(lang, LibK::RuleBasis) }</dt><dd data-testid="rule-basis">{ r.basis.get(lang) }</dd>
                <dt>{ t(lang, LibK::RuleFix) }</dt><dd>{ r.fix.get(lang) }</dd>
                <dt>{ t(lang, LibK::RuleFixDays) }</dt><dd data-testid="rule-days">{ days }</dd>
            </dl>
        </li>
    }
}
