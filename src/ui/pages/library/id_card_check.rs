//! 居民身份证号码 checked as it is typed: what is wrong, the expected check character and the
//! birth date it encodes. Nothing typed here is stored.

use yew::prelude::*;

use super::fmt::{iso, text_setter};
use crate::domain::ids::{check_id_card, IdCardError};
use crate::i18n::{pick, t, Lang, LibK};
use crate::ui::platform;
use crate::ui::store::use_lang;

#[component]
pub fn IdCardCheck() -> Html {
    let lang = use_lang();
    let number = use_state(String::new);
    let oninput = text_setter(&number);
    html! {
        <div class="lib-box" data-testid="idc-check">
            <h2>{ t(lang, LibK::IdCardTitle) }</h2>
            <div class="field narrow">
                <label for="idc-input">{ t(lang, LibK::IdCardLabel) }</label>
                <input id="idc-input" type="text" value={(*number).clone()} {oninput}
                    autocomplete="off" spellcheck="false" maxlength="64" data-testid="idc-input" />
                <p class="hint">{ t(lang, LibK::IdCardHint) }</p>
            </div>
            <div aria-live="polite">
                if !number.is_empty() { { outcome(&number, lang) } }
            </div>
        </div>
    }
}

fn outcome(number: &str, lang: Lang) -> Html {
    match check_id_card(number, platform::today()) {
        Ok(ok) => html! {
            <div class="lib-verdict ok" data-testid="idc-result">
                <p data-testid="idc-verdict"><strong>{ t(lang, LibK::VerdictValid) }</strong></p>
                <p>{ t(lang, LibK::BirthDate) }{ " " }
                    <strong data-testid="idc-birth">{ iso(ok.birth_date) }</strong></p>
                <p>{ t(lang, LibK::CheckCharIs) }{ " " }
                    <code data-testid="idc-check-char">{ ok.normalized.chars().last().map(String::from).unwrap_or_default() }</code></p>
                if ok.was_normalized {
                    <p data-testid="idc-normalized">{ t(lang, LibK::NormalizedNote) }{ " " }
                        <code>{ ok.normalized.clone() }</code></p>
                }
            </div>
        },
        Err(e) => html! {
            <div class="lib-verdict bad" data-testid="idc-result">
                <p data-testid="idc-verdict"><strong>{ t(lang, LibK::VerdictInvalid) }</strong></p>
                <p data-testid="idc-message">{ e.message(lang) }</p>
                if let IdCardError::WrongCheck { expected, found } = e {
                    <p>{ t(lang, LibK::ExpectedCheckChar) }{ " " }
                        <code data-testid="idc-expected">{ expected.to_string() }</code>
                        { pick(lang, format!("（输入的是 {found}）"), format!(" (entered: {found})")) }</p>
                }
            </div>
        },
    }
}
