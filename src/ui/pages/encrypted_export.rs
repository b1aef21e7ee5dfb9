//! Export with a passphrase: the same backup, encrypted (PBKDF2 + AES-GCM) before it leaves
//! the browser. Plain JSON stays the default.

use yew::prelude::*;

use crate::i18n::{t, K};
use crate::ui::crypto::CryptoError;
use crate::ui::store::{use_lang, use_store};
use crate::ui::sync::export_with;

/// The fewest characters a passphrase may have.
const MIN_PASS: usize = 8;

#[component]
pub fn EncryptedExport() -> Html {
    let lang = use_lang();
    let store = use_store();
    let pass = use_state(String::new);
    let again = use_state(String::new);
    let message = use_state(|| None::<K>);
    let busy = use_state(|| false);
    let input = |state: &UseStateHandle<String>| {
        let state = state.clone();
        Callback::from(move |e: InputEvent| {
            state.set(
                e.target_unchecked_into::<web_sys::HtmlInputElement>()
                    .value(),
            )
        })
    };
    let onsubmit = {
        let (store, pass, again, message, busy) = (
            store.clone(),
            pass.clone(),
            again.clone(),
            message.clone(),
            busy.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if pass.chars().count() < MIN_PASS {
                message.set(Some(K::PassphraseTooShort));
                return;
            }
            if *pass != *again {
                message.set(Some(K::PassphraseMismatch));
                return;
            }
            message.set(None);
            busy.set(true);
            let (store, p, message, busy) = (
                store.clone(),
                (*pass).clone(),
                message.clone(),
                busy.clone(),
            );
            wasm_bindgen_futures::spawn_local(async move {
                let result = export_with(store, None, Some(p)).await;
                busy.set(false);
                if let Err(e) = result {
                    message.set(Some(match e {
                        CryptoError::WrongPassphrase
                        | CryptoError::Failed(_)
                        | CryptoError::Unavailable => K::CryptoUnavailable,
                    }));
                }
            });
        })
    };
    html! {
        <form class="encrypted-export" {onsubmit} data-testid="encrypted-export">
            <h3>{ t(lang, K::EncryptExport) }</h3>
            <p class="hint">{ t(lang, K::PassphraseWarning) }</p>
            <div class="field narrow">
                <label for="export-pass">{ t(lang, K::Passphrase) }</label>
                <input id="export-pass" type="password" autocomplete="new-password" value={(*pass).clone()}
                    oninput={input(&pass)} data-testid="export-passphrase" />
            </div>
            <div class="field narrow">
                <label for="export-pass2">{ t(lang, K::PassphraseRepeat) }</label>
                <input id="export-pass2" type="password" autocomplete="new-password" value={(*again).clone()}
                    oninput={input(&again)} data-testid="export-passphrase-repeat" />
            </div>
            <div aria-live="assertive">
                if let Some(k) = *message {
                    <p class="field-error" role="alert" data-testid="export-pass-error">{ t(lang, k) }</p>
                }
            </div>
            <button type="submit" disabled={*busy} data-testid="export-encrypted">{ t(lang, K::ExportEncrypted) }</button>
        </form>
    }
}
