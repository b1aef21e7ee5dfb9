//! 数据 Data: storage health, export, and import (see `import_panel.rs`).

use yew::prelude::*;

use crate::i18n::{pick, t, Lang, K};
use crate::storage::{estimate, request_persist, StorageEstimate};
use crate::ui::pages::{EncryptedExport, ErasePanel, ImportPanel, ProfilePanel, TeamSyncPanel};
use crate::ui::platform;
use crate::ui::state::Health;
use crate::ui::store::{use_lang, use_select, use_store};
use crate::ui::sync::{export, set_reminder_days};

/// What the storage-health facts show: a few numbers, compared by value.
#[derive(Clone, PartialEq)]
struct Facts {
    records: usize,
    changes: usize,
    health: Health,
}

#[component]
pub fn DataPage() -> Html {
    let lang = use_lang();
    let store = use_store();
    // Counted on the tables in memory: no copy of every record; re-renders only when a
    // figure shown here changes.
    let facts = use_select(|v| Facts {
        records: v.data.len(),
        changes: v.data.changed_since(v.health.last_export),
        health: v.health.clone(),
    });
    let storage = use_state(|| None::<StorageEstimate>);
    {
        let storage = storage.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move { storage.set(Some(estimate().await)) });
        });
    }
    let on_persist = {
        let storage = storage.clone();
        Callback::from(move |_: MouseEvent| {
            let storage = storage.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let _ = request_persist().await;
                storage.set(Some(estimate().await));
            });
        })
    };
    let on_export = {
        let store = store.clone();
        Callback::from(move |_: MouseEvent| {
            wasm_bindgen_futures::spawn_local(export(store.clone(), None))
        })
    };
    let on_reminder = {
        let store = store.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            if let Ok(days) = input.value().trim().parse::<u32>() {
                if (1..=365).contains(&days) {
                    let store = store.clone();
                    wasm_bindgen_futures::spawn_local(async move {
                        let _ = set_reminder_days(store, days).await;
                    });
                }
            }
        })
    };
    let changes = facts.changes;
    let last = facts
        .health
        .last_export
        .map(platform::local_time)
        .unwrap_or_else(|| t(lang, K::NeverExported).to_string());

    html! {
        <section class="page" data-testid="page-data">
            <h1>{ t(lang, K::NavData) }</h1>
            <h2>{ t(lang, K::StorageHealth) }</h2>
            <dl class="facts" data-testid="storage-health">
                <div class="fact"><dt>{ t(lang, K::RecordsHere) }</dt>
                    <dd data-testid="record-count">{ facts.records }</dd></div>
                <div class="fact"><dt>{ t(lang, K::LastExport) }</dt>
                    <dd data-testid="last-export">{ last }</dd></div>
                <div class="fact"><dt>{ t(lang, K::ChangesSinceExport) }</dt>
                    <dd data-testid="changes-since-export">{ changes }</dd></div>
                { persist_facts(lang, storage.as_ref()) }
            </dl>
            <div class="actions">
                <button type="button" class="primary" onclick={on_export} data-testid="export-all">
                    { t(lang, K::ExportAll) }</button>
                if storage.as_ref().and_then(|s| s.persisted) != Some(true) {
                    <button type="button" onclick={on_persist} data-testid="request-persist">
                        { t(lang, K::RequestPersist) }</button>
                }
            </div>
            <div class="field narrow">
                <label for="reminder-days">{ t(lang, K::ReminderDays) }</label>
                <input id="reminder-days" type="number" min="1" max="365" inputmode="numeric"
                    value={facts.health.reminder_days.to_string()} onchange={on_reminder}
                    data-testid="reminder-days" />
            </div>
            <EncryptedExport />
            <ProfilePanel />
            <TeamSyncPanel />
            <h2>{ t(lang, K::ImportTitle) }</h2>
            <ImportPanel />
            <ErasePanel />
        </section>
    }
}

fn persist_facts(lang: Lang, est: Option<&StorageEstimate>) -> Html {
    let Some(est) = est else {
        return Html::default();
    };
    let persisted = match est.persisted {
        Some(true) => t(lang, K::PersistYes),
        Some(false) => t(lang, K::PersistNo),
        None => t(lang, K::PersistUnknown),
    };
    let mb = |b: Option<f64>| b.map_or("—".to_string(), |b| format!("{:.1} MB", b / 1_048_576.0));
    html! {
        <>
            <div class="fact"><dt>{ t(lang, K::Persisted) }</dt>
                <dd data-testid="persisted">{ persisted }</dd></div>
            <div class="fact"><dt>{ t(lang, K::SpaceUsed) }</dt>
                <dd data-testid="space-used">{ pick(lang,
                    format!("{} / 上限 {}", mb(est.usage), mb(est.quota)),
                    format!("{} of {}", mb(est.usage), mb(est.quota))) }</dd></div>
        </>
    }
}
