//! The 中文 / English switch in the header.

use yew::prelude::*;

use crate::i18n::{t, Lang, K};
use crate::ui::state::Action;
use crate::ui::store::{use_lang, use_store};

#[component]
pub fn LangToggle() -> Html {
    let lang = use_lang();
    let onclick = {
        let dispatcher = use_store();
        use_callback(lang, move |_: MouseEvent, lang| {
            dispatcher.dispatch(Action::SetLang(lang.other()))
        })
    };
    // The button names the language it switches to, in that language; that text is also its
    // accessible name (an aria-label that differs from the visible text confuses voice control).
    let label = match lang {
        Lang::Zh => "English",
        Lang::En => "中文",
    };
    html! {
        <button type="button" class="lang-toggle" data-testid="lang-toggle"
            title={t(lang, K::SwitchLanguage)} lang={lang.other().tag()} {onclick}>
            { label }
        </button>
    }
}
