//! Shown for an address the app does not know.

use yew::prelude::*;

use crate::i18n::{t, K};
use crate::ui::store::use_lang;

#[component]
pub fn NotFound() -> Html {
    let lang = use_lang();
    html! {
        <section class="page" data-testid="page-not-found">
            <h1>{ t(lang, K::NotFoundTitle) }</h1>
            <p><a href="#/">{ t(lang, K::BackHome) }</a></p>
        </section>
    }
}
