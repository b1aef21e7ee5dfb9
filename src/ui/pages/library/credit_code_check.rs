//! 统一社会信用代码 checked as it is typed: what is wrong, the expected check character, and
//! whether the input was normalised (blanks trimmed, letters upper-cased).

use yew::prelude::*;

use super::fmt::text_setter;
use crate::domain::ids::{check_credit_code, CreditCodeError};
use crate::i18n::{pick, t, Lang, LibK};
use crate::ui::store::use_lang;

#[component]
pub fn CreditCodeCheck() -> Html {
    let lang = use_lang();
    let code = use_state(String::new);
    let oninput = text_setter(&code);
    html! {
        <div class="lib-box" data-testid="cc-check">
            <h2>{ t(lang, LibK::CreditCodeTitle) }</h2>
            <div class="field narrow">
                <label for="cc-input">{ t(lang, LibK::CreditCodeLabel) }</label>
                <input id="cc-input" type="text" value={(*code).clone()} {oninput}
                    autocomplete="off" spellcheck="false" maxlength="64" data-testid="cc-input" />
                <p class="hint">{ t(lang, LibK::CreditCodeHint) }</p>
            </div>
            <div aria-live="polite">
                if !code.is_empty() { { outcome(&code, lang) } }
            </div>
        </div>
    }
}

fn outcome(code: &str, lang: Lang) -> Html {
    match check_credit_code(code) {
        Ok(ok) => html! {
            <div class="lib-verdict ok" data-testid="cc-result">
                <p data-testid="cc-verdict"><strong>{ t(lang, LibK::VerdictValid) }</strong></p>
                <p>{ t(lang, LibK::CheckCharIs) }{ " " }
                    <code data-testid="cc-check-char">{ ok.normalized.chars().last().map(String::from).unwrap_or_default() }</code></p>
                if ok.was_normalized {
                    <p data-testid="cc-normalized">{ t(lang, LibK::NormalizedNote) }{ " " }
                        <code>{ ok.normalized.clone() }</code></p>
                }
            </div>
        },
        Err(e) => html! {
            <div class="lib-verdict bad" data-testid="cc-result">
                <p data-testid="cc-verdict"><strong>{ t(lang, LibK::VerdictInvalid) }</strong></p>
                <p data-testid="cc-message">{ e.message(lang) }</p>
                if let CreditCodeError::WrongCheck { expected, found } = e {
                    <p>{ t(lang, LibK::ExpectedCheckChar) }{ " " }
                        <code data-testid="cc-expected">{ expected.to_string() }</code>
                        { pick(lang, format!("（输入的是 {found}）"), format!(" (entered: {found})")) }</p>
                }
            </div>
        },
    }
}
