//! Company names side by side: exact match is the rule, and when they differ the character
//! diff shows where (runs marked with text, not only colour) and the recognised kinds say why.

use yew::prelude::*;

use super::fmt::text_setter;
use crate::domain::ids::{compare_names, DiffOp, DifferenceKind};
use crate::i18n::{t, Lang, LibK};
use crate::ui::store::use_lang;

#[component]
pub fn NameCompare() -> Html {
    let lang = use_lang();
    let reference = use_state(String::new);
    let other = use_state(String::new);
    let on_reference = text_setter(&reference);
    let on_other = text_setter(&other);
    let filled = !reference.is_empty() && !other.is_empty();
    html! {
        <div class="lib-box" data-testid="nc-check">
            <h2>{ t(lang, LibK::NameCompareTitle) }</h2>
            <div class="lib-inputs">
                <div class="field">
                    <label for="nc-reference">{ t(lang, LibK::ReferenceName) }</label>
                    <input id="nc-reference" type="text" value={(*reference).clone()}
                        oninput={on_reference} autocomplete="off" data-testid="nc-reference" />
                </div>
                <div class="field">
                    <label for="nc-other">{ t(lang, LibK::OtherName) }</label>
                    <input id="nc-other" type="text" value={(*other).clone()}
                        oninput={on_other} autocomplete="off" data-testid="nc-other" />
                </div>
            </div>
            <div aria-live="polite">
                if filled { { outcome(&reference, &other, lang) } }
            </div>
        </div>
    }
}

fn outcome(reference: &str, other: &str, lang: Lang) -> Html {
    let result = compare_names(reference, other);
    if result.exact {
        return html! {
            <div class="lib-verdict ok" data-testid="nc-result">
                <p data-testid="nc-verdict"><strong>{ t(lang, LibK::NamesMatch) }</strong></p>
            </div>
        };
    }
    html! {
        <div class="lib-verdict bad" data-testid="nc-result">
            <p data-testid="nc-verdict"><strong>{ t(lang, LibK::NamesDiffer) }</strong></p>
            <p class="lib-diff" data-testid="nc-diff">
            { for result.diff.iter().enumerate().map(|(i, op)| run(i, op, lang)) }
            </p>
            <p class="hint">{ t(lang, LibK::DiffLegend) }</p>
            <ul class="lib-kinds" data-testid="nc-kinds">
            { for result.kinds.iter().map(|k| html! {
                <li key={kind_slug(*k)} data-testid={format!("nc-kind-{}", kind_slug(*k))}>
                    { k.message(lang) }
                </li>
            }) }
            </ul>
        </div>
    }
}

/// One diff run. Inserted and deleted runs carry visible text markers (⟦+…⟧, ⟦−…⟧) and blanks
/// are drawn as ␣, so the difference reads without colour and a space cannot hide; screen
/// readers hear "only in…" instead of the brackets.
fn run(i: usize, op: &DiffOp, lang: Lang) -> Html {
    let visible = |s: &str| s.replace([' ', '\u{3000}'], "␣");
    match op {
        DiffOp::Equal(s) => html! { <span key={i} class="lib-eq">{ s.clone() }</span> },
        DiffOp::Insert(s) => html! {
            <ins key={i} data-testid="nc-ins">
                <span class="lib-marker" aria-hidden="true">{ "⟦+" }</span>
                <span class="lib-sr-only">{ t(lang, LibK::SrInserted) }</span>{ visible(s) }
                <span class="lib-marker" aria-hidden="true">{ "⟧" }</span>
            </ins>
        },
        DiffOp::Delete(s) => html! {
            <del key={i} data-testid="nc-del">
                <span class="lib-marker" aria-hidden="true">{ "⟦−" }</span>
                <span class="lib-sr-only">{ t(lang, LibK::SrDeleted) }</span>{ visible(s) }
                <span class="lib-marker" aria-hidden="true">{ "⟧" }</span>
            </del>
        },
    }
}

/// Stable names of the difference kinds for test ids.
fn kind_slug(kind: DifferenceKind) -> &'static str {
    match kind {
        DifferenceKind::CompanyFormSuffix => "company_form_suffix",
        DifferenceKind::BracketWidth => "bracket_width",
        DifferenceKind::FullWidthChars => "full_width_chars",
        DifferenceKind::Whitespace => "whitespace",
        DifferenceKind::TraditionalSimplified => "traditional_simplified",
        DifferenceKind::CaseOnly => "case_only",
        DifferenceKind::Other => "other",
    }
}
