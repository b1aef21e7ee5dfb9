//! The one place errors are shown: load failures and save failures, announced to screen
//! readers, with what the user can do about them.

use yew::prelude::*;

use crate::i18n::{describe_storage_error, t, unsaved_count, K};
use crate::ui::state::{retry_unsaved, use_app, Action, Load};

#[component]
pub fn ErrorBanner() -> Html {
    let ctx = use_app();
    let lang = ctx.lang;
    let retry = {
        let ctx = ctx.clone();
        Callback::from(move |_: MouseEvent| retry_unsaved(&ctx))
    };
    let dismiss = {
        let dispatcher = ctx.dispatcher();
        Callback::from(move |_: MouseEvent| dispatcher.dispatch(Action::DismissError))
    };

    let body = if let Load::Failed(err) = &ctx.load {
        html! {
            <div class="banner error" role="alert" data-testid="load-error">
                <strong>{ t(lang, K::LoadFailedTitle) }</strong>
                <p>{ describe_storage_error(err, lang) }</p>
            </div>
        }
    } else if let Some(err) = &ctx.save_error {
        html! {
            <div class="banner error" role="alert" data-testid="save-error">
                <strong>{ t(lang, K::SaveFailedTitle) }</strong>
                <p>{ describe_storage_error(err, lang) }</p>
                <p>{ unsaved_count(ctx.unsaved.len(), lang) }</p>
                <div class="actions">
                    <button type="button" class="primary" onclick={retry}
                        data-testid="retry-save">{ t(lang, K::RetrySave) }</button>
                    <button type="button" onclick={dismiss}
                        data-testid="dismiss-error">{ t(lang, K::Dismiss) }</button>
                </div>
            </div>
        }
    } else {
        Html::default()
    };
    html! { <div aria-live="assertive" class="banner-slot">{ body }</div> }
}
