//! An honest placeholder for areas a later version fills: it says what will be here and
//! does nothing it cannot do yet.

use yew::prelude::*;

use crate::i18n::{t, K};
use crate::ui::store::use_lang;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Area {
    Library,
}

impl Area {
    fn texts(self) -> (K, K, &'static str) {
        match self {
            Area::Library => (K::NavLibrary, K::SoonLibrary, "library"),
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct ComingSoonProps {
    pub area: Area,
}

#[component]
pub fn ComingSoon(props: &ComingSoonProps) -> Html {
    let lang = use_lang();
    let (title, what, id) = props.area.texts();
    html! {
        <section class="page" data-testid={format!("page-{id}")}>
            <h1>{ t(lang, title) }</h1>
            <div class="coming-soon" data-testid="coming-soon">
                <p><strong>{ t(lang, K::ComingSoon) }</strong></p>
                <p>{ t(lang, what) }</p>
            </div>
        </section>
    }
}
