//! The one place errors are shown: load failures and save failures, announced to screen
//! readers, with what the user can do about them (retry, export now, or settle a conflict
//! with another tab).

use yew::prelude::*;

use crate::i18n::{describe_storage_error, pick, storage_error_details, t, unsaved_count, K};
use crate::storage::StorageError;
use crate::ui::state::{Action, Load};
use crate::ui::store::{use_lang, use_select, use_store};
use crate::ui::sync::{export, keep_mine, retry_unsaved, take_stored};

/// What the banner shows: re-rendered only when one of these changes, not on record edits.
#[derive(Clone, PartialEq)]
struct Shown {
    load: Load,
    save_error: Option<StorageError>,
    unsaved: usize,
}

#[component]
pub fn ErrorBanner() -> Html {
    let lang = use_lang();
    let store = use_store();
    let shown = use_select(|v| Shown {
        load: v.load.clone(),
        save_error: v.save_error.clone(),
        unsaved: v.unsaved.len(),
    });
    let retry = {
        let store = store.clone();
        Callback::from(move |_: MouseEvent| retry_unsaved(&store))
    };
    let export_now = {
        let store = store.clone();
        Callback::from(move |_: MouseEvent| {
            wasm_bindgen_futures::spawn_local(export(store.clone(), None));
        })
    };
    let dismiss = {
        let dispatcher = store.clone();
        Callback::from(move |_: MouseEvent| dispatcher.dispatch(Action::DismissError))
    };

    let body = if let Load::Failed(err) = &shown.load {
        html! {
            <div class="banner error" role="alert" data-testid="load-error">
                <strong>{ t(lang, K::LoadFailedTitle) }</strong>
                <p>{ describe_storage_error(err, lang) }</p>
                { details(err, lang) }
            </div>
        }
    } else if let Some(StorageError::Conflict {
        kind,
        id,
        stored_rev,
        ..
    }) = &shown.save_error
    {
        let (kind, id, stored_rev) = (*kind, *id, *stored_rev);
        let mine = {
            let store = store.clone();
            Callback::from(move |_: MouseEvent| keep_mine(&store, kind, id, stored_rev))
        };
        let theirs = {
            let store = store.clone();
            Callback::from(move |_: MouseEvent| take_stored(&store, kind, id))
        };
        html! {
            <div class="banner error" role="alert" data-testid="conflict-error">
                <strong>{ t(lang, K::ConflictTitle) }</strong>
                <p>{ t(lang, K::ConflictBody) }</p>
                <div class="actions">
                    <button type="button" onclick={theirs} data-testid="conflict-take-stored">
                        { t(lang, K::ConflictTakeStored) }</button>
                    <button type="button" class="primary" onclick={mine} data-testid="conflict-keep-mine">
                        { t(lang, K::ConflictKeepMine) }</button>
                </div>
            </div>
        }
    } else if let Some(err) = &shown.save_error {
        html! {
            <div class="banner error" role="alert" data-testid="save-error">
                <strong>{ t(lang, K::SaveFailedTitle) }</strong>
                <p data-testid="save-error-message">{ describe_storage_error(err, lang) }</p>
                { details(err, lang) }
                <p>{ unsaved_count(shown.unsaved, lang) }</p>
                <div class="actions">
                    <button type="button" class="primary" onclick={retry}
                        data-testid="retry-save">{ t(lang, K::RetrySave) }</button>
                    <button type="button" onclick={export_now}
                        data-testid="export-now">{ t(lang, K::ExportNow) }</button>
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

/// The browser's own words, collapsed: for whoever helps the user, not in the message.
fn details(err: &StorageError, lang: crate::i18n::Lang) -> Html {
    match storage_error_details(err) {
        Some(text) => html! {
            <details data-testid="error-details">
                <summary>{ pick(lang, "技术细节".into(), "Technical details".into()) }</summary>
                <code>{ text }</code>
            </details>
        },
        None => Html::default(),
    }
}
