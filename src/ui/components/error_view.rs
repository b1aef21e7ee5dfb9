//! One way to show an error: the component keeps the typed error, and the message is worded
//! here, at render time, in the language of the moment.

use yew::prelude::*;

use crate::i18n::Localized;
use crate::ui::store::use_lang;

#[derive(Properties, PartialEq)]
pub struct ErrorViewProps<E: PartialEq> {
    /// The error to show; nothing is rendered without one.
    pub error: Option<E>,
    #[prop_or(AttrValue::Static("form-error"))]
    pub testid: AttrValue,
}

/// An error announced to screen readers, in the current language.
#[component]
pub fn ErrorView<E>(props: &ErrorViewProps<E>) -> Html
where
    E: Localized + PartialEq + 'static,
{
    let lang = use_lang();
    match &props.error {
        Some(e) => html! {
            <p class="banner error" role="alert" data-testid={props.testid.clone()}>{ e.message(lang) }</p>
        },
        None => Html::default(),
    }
}
