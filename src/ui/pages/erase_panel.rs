//! "Erase all data on this device": for a tablet that changes hands. The confirmation names
//! what will be lost and offers an export first.

use yew::prelude::*;

use crate::i18n::{kind_label, pick, t, K};
use crate::storage::StorageError;
use crate::ui::components::ErrorView;
use crate::ui::store::{use_lang, use_select, use_store};
use crate::ui::sync::{erase_all, export};

#[component]
pub fn ErasePanel() -> Html {
    let lang = use_lang();
    let store = use_store();
    let confirming = use_state(|| false);
    let outcome = use_state(|| None::<Result<(), StorageError>>);
    // Counted on the tables in memory (no copy of every record); re-renders only when a count
    // changes.
    let counts = use_select(|v| v.data.counts());
    let total: usize = counts.iter().map(|c| c.live + c.archived).sum();

    let ask = {
        let (confirming, outcome) = (confirming.clone(), outcome.clone());
        Callback::from(move |_: MouseEvent| {
            outcome.set(None);
            confirming.set(true);
        })
    };
    let cancel = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(false))
    };
    let export_first = {
        let store = store.clone();
        Callback::from(move |_: MouseEvent| {
            wasm_bindgen_futures::spawn_local(export(store.clone(), None))
        })
    };
    let erase = {
        let (confirming, outcome) = (confirming.clone(), outcome.clone());
        Callback::from(move |_: MouseEvent| {
            let (store, confirming, outcome) = (store.clone(), confirming.clone(), outcome.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let result = erase_all(&store).await;
                confirming.set(false);
                outcome.set(Some(result));
            });
        })
    };

    html! {
        <div class="danger-zone" data-testid="erase-panel">
            <h2>{ t(lang, K::EraseTitle) }</h2>
            <p>{ t(lang, K::EraseHelp) }</p>
            if *confirming {
                <div class="banner error" role="alertdialog" aria-labelledby="erase-q" data-testid="erase-confirm">
                    <p id="erase-q"><strong>{ pick(lang,
                        format!("将永久删除本机上的 {total} 条记录：", ),
                        format!("This permanently deletes {total} record(s) on this device:")) }</strong></p>
                    <ul data-testid="erase-what">
                        { for counts.iter().filter(|c| c.live + c.archived > 0).map(|c| html! {
                            <li key={c.kind}>{ format!("{}：{}", t(lang, kind_label(c.kind)), c.live + c.archived) }</li>
                        }) }
                    </ul>
                    <p>{ t(lang, K::EraseExportFirst) }</p>
                    <div class="actions">
                        <button type="button" onclick={export_first} data-testid="erase-export-first">{ t(lang, K::ExportAll) }</button>
                        <button type="button" class="danger" onclick={erase} data-testid="erase-confirm-button">{ t(lang, K::EraseConfirm) }</button>
                        <button type="button" onclick={cancel} data-testid="erase-cancel">{ t(lang, K::Cancel) }</button>
                    </div>
                </div>
            } else {
                <button type="button" class="danger" onclick={ask} data-testid="erase-all">{ t(lang, K::EraseTitle) }</button>
            }
            <div aria-live="polite">
                if let Some(result) = &*outcome {
                    { match result {
                        Ok(()) => html! { <p class="banner ok" data-testid="erase-done">{ t(lang, K::EraseDone) }</p> },
                        Err(e) => html! { <ErrorView<StorageError> error={Some(e.clone())} /> },
                    } }
                }
            </div>
        </div>
    }
}
