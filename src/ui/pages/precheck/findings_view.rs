//! Step 3: the findings, severity in words, with explanation, basis, fix and its duration, and
//! the character diff of mismatched names.

use std::rc::Rc;

use yew::prelude::*;

use super::tid;
use crate::domain::catalog::Severity;
use crate::domain::ids::DiffOp;
use crate::domain::precheck::{summarize, Finding, Precheck};
use crate::i18n::{pick, t, PreK};
use crate::ui::store::use_lang;

#[derive(Properties, PartialEq)]
pub struct FindingsViewProps {
    pub findings: Rc<Vec<Finding>>,
    /// For the materials' own field labels ("专利权人" rather than "权利人/持有人").
    #[prop_or_default]
    pub precheck: Option<Rc<Precheck>>,
    /// A copy in the printed report: its test ids start with `report-`.
    #[prop_or_default]
    pub in_report: bool,
}

/// The fields of a finding, named as on the first material involved.
fn field_labels(f: &Finding, p: Option<&Precheck>, lang: crate::i18n::Lang) -> String {
    let material = p.and_then(|p| f.materials.first().and_then(|r| p.material(&r.key)));
    f.fields
        .iter()
        .map(|k| material.map_or_else(|| k.label(lang), |m| m.field_label(*k, lang)))
        .collect::<Vec<_>>()
        .join("、")
}

/// "阻断 2 · 警示 1 · 提示 0".
pub fn summary_text(findings: &[Finding], lang: crate::i18n::Lang) -> String {
    let s = summarize(findings);
    t(lang, PreK::Summary)
        .replace("{b}", &s.blockers.to_string())
        .replace("{w}", &s.warnings.to_string())
        .replace("{n}", &s.notes.to_string())
}

fn severity_key(s: Severity) -> &'static str {
    match s {
        Severity::Blocker => "blocker",
        Severity::Warning => "warning",
        Severity::Note => "note",
    }
}

#[component]
pub fn FindingsView(props: &FindingsViewProps) -> Html {
    let lang = use_lang();
    let findings = &props.findings;
    let r = props.in_report;
    html! {
        <div class="precheck-findings" aria-live="polite">
            <p data-testid={tid(r, "findings-summary")}>{ summary_text(findings, lang) }</p>
            if findings.is_empty() {
                <p data-testid={tid(r, "findings-none")}>{ t(lang, PreK::NoFindings) }</p>
            }
            <ul>
                { for findings.iter().map(|f| {
                    let sev = severity_key(f.severity);
                    let fields = field_labels(f, props.precheck.as_deref(), lang);
                    html! {
                        <li key={f.key()} class={classes!("finding", sev)} data-testid={tid(r, "finding")} data-rule={f.rule.key()}>
                            <p><strong class="severity" data-testid={tid(r, "finding-severity")}>{ format!("【{}】", f.severity.label(lang)) }</strong>
                                <span data-testid={tid(r, "finding-title")}>{ f.title(lang) }</span></p>
                            <p data-testid={tid(r, "finding-explanation")}>{ f.explanation(lang) }</p>
                            <dl>
                                <dt>{ t(lang, PreK::Materials) }</dt>
                                <dd data-testid={tid(r, "finding-location")}>{ f.location(lang) }</dd>
                                if !fields.is_empty() {
                                    <dt>{ t(lang, PreK::Fields) }</dt><dd>{ fields }</dd>
                                }
                                if let Some(cmp) = &f.name_diff {
                                    <dt>{ t(lang, PreK::Diff) }</dt>
                                    <dd data-testid={tid(r, "finding-diff")}>
                                        { for cmp.diff.iter().map(|op| match op {
                                            DiffOp::Equal(s) => html! { <span>{ s }</span> },
                                            DiffOp::Insert(s) => html! { <ins>{ format!("⟦+{s}⟧") }</ins> },
                                            DiffOp::Delete(s) => html! { <del>{ format!("⟦−{s}⟧") }</del> },
                                        }) }
                                        { for cmp.kinds.iter().map(|k| html! {
                                            <span class="diff-kind">{ pick(lang, format!("({})", crate::domain::precheck::difference_label(*k, lang)), format!(" ({})", crate::domain::precheck::difference_label(*k, lang))) }</span>
                                        }) }
                                    </dd>
                                }
                                <dt>{ t(lang, PreK::Basis) }</dt>
                                <dd data-testid={tid(r, "finding-basis")}>{ f.basis(lang) }</dd>
                                <dt>{ t(lang, PreK::Fix) }</dt>
                                <dd data-testid={tid(r, "finding-fix")}>{ f.fix_text(lang) }</dd>
                                <dt>{ t(lang, PreK::FixDuration) }</dt>
                                <dd data-testid={tid(r, "finding-fix-duration")}>{ f.fix_duration(lang) }</dd>
                            </dl>
                        </li>
                    }
                }) }
            </ul>
        </div>
    }
}
