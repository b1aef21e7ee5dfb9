//! Everything the UI does with storage, outside the reducer: the first load, saving with a
//! clear outcome, conflicts between tabs, the BroadcastChannel that shows one tab's edits in
//! the others, and export downloads.

use std::collections::BTreeMap;

use uuid::Uuid;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::crypto::{encrypt, CryptoError};
use super::platform;
use super::state::{Action, Health, Written};
use super::store::Store;
use crate::domain::backup::{backup_file_name, Dataset, Envelope, Scope};
use crate::domain::case::Case;
use crate::domain::kinds::{AnyRecord, Kind, Tables};
use crate::storage::{Repository, StorageError};

const KEY_DEVICE: &str = "device_id";
const KEY_LAST_EXPORT: &str = "last_export";
const KEY_REMINDER: &str = "reminder_days";

/// Opens the database and reads everything plus the health facts; makes the device id once.
pub async fn open_and_load(name: &str) -> Result<(Repository, Dataset, Health), StorageError> {
    let repo = Repository::open(name).await?;
    let data = repo.load_all().await?;
    let health = load_health(&repo).await?;
    Ok((repo, data, health))
}

async fn load_health(repo: &Repository) -> Result<Health, StorageError> {
    let device_id = match repo.setting::<Uuid>(KEY_DEVICE).await? {
        Some(id) => id,
        None => {
            let id = platform::fresh_id();
            repo.set_setting(KEY_DEVICE, &id).await?;
            id
        }
    };
    Ok(Health {
        profile: repo
            .setting(super::team::KEY_PROFILE)
            .await
            .ok()
            .flatten()
            .unwrap_or_default(),
        device_id: Some(device_id),
        last_export: repo.setting(KEY_LAST_EXPORT).await?,
        reminder_days: repo.setting(KEY_REMINDER).await?.unwrap_or(7),
    })
}

fn channel_name(db: &str) -> String {
    format!("{db}:changes")
}

/// Tells the other tabs to read everything again (after many records were stored at once).
pub fn announce_reload(db: &str) {
    announce(db, "reload");
}

/// Tells the other tabs that a record was stored.
pub fn announce_saved(db: &str, kind: &str, id: Uuid) {
    announce(db, &format!("{kind}:{id}"));
}

fn announce(db: &str, message: &str) {
    if let Ok(channel) = web_sys::BroadcastChannel::new(&channel_name(db)) {
        let _ = channel.post_message(&JsValue::from_str(message));
        channel.close();
    }
}

/// Puts the record in state at once, then saves it. A failed save keeps the edit in memory,
/// marks it unsaved and raises the banner; nothing is dropped silently.
pub fn save<R: Kind>(store: &Store, record: R) {
    save_any(store, record.wrap());
}

/// [`save`] for a record of any kind.
pub fn save_any(store: &Store, mut record: AnyRecord) {
    let (kind, id) = (record.kind(), record.id());
    let state = store.state();
    // The version this edit was made from, when it is the one in memory.
    let base = state
        .data
        .find(kind, id)
        .filter(|b| b.meta().rev.saturating_add(1) == record.meta().rev);
    record.restamp(base.as_ref());
    let repo = state.repo.clone();
    let dispatcher = store.clone();
    store.dispatch(Action::Upsert(record.clone()));
    let Some(repo) = repo else {
        dispatcher.dispatch(Action::SaveFailed(kind, id, StorageError::Unavailable));
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        match repo.put_any(&record).await {
            Ok(()) => {
                dispatcher.dispatch(Action::Saved(kind, id));
                announce_saved(&repo.name(), kind, id);
                super::team::kick();
            }
            Err(e) => dispatcher.dispatch(Action::SaveFailed(kind, id, e)),
        }
    });
}

/// Saves a case (the common case, kept short for pages).
pub fn save_case(store: &Store, case: Case) {
    save(store, case);
}

/// Tries again to save every record whose save failed.
pub fn retry_unsaved(store: &Store) {
    let state = store.state();
    for (kind, id) in state.unsaved.keys() {
        if let Some(record) = state.data.find(kind, id) {
            save_any(store, record);
        }
    }
}

/// Resolves a conflict by taking the stored version and dropping this tab's edit.
pub fn take_stored(store: &Store, kind: &'static str, id: Uuid) {
    let (Some(repo), dispatcher) = (store.state().repo.clone(), store.clone()) else {
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        match repo.get_any(kind, id).await {
            Ok(Some(stored)) => dispatcher.dispatch(Action::Discard(stored)),
            Ok(None) => {}
            Err(e) => dispatcher.dispatch(Action::SaveFailed(kind, id, e)),
        }
    });
}

/// Resolves a conflict by keeping this tab's edit on top of the stored version: the stored
/// version's changes to other fields are kept, and where both changed a field, mine wins.
pub fn keep_mine(store: &Store, kind: &'static str, id: Uuid, stored_rev: u32) {
    let state = store.state();
    let Some(mine) = state.data.find(kind, id) else {
        return;
    };
    let (store, repo) = (store.clone(), state.repo.clone());
    wasm_bindgen_futures::spawn_local(async move {
        let stored = match &repo {
            Some(repo) => repo.get_any(kind, id).await.ok().flatten(),
            None => None,
        };
        let merged = match (&stored, super::lazy::field_merge().await) {
            (Some(stored), Ok(merge)) => merge(&mine, stored),
            (None, _) => None,
            (Some(stored), Err(_)) => {
                // The merge's code could not be downloaded: the conflict stays as it was, with
                // both versions intact, for another try.
                store.dispatch(Action::SaveFailed(
                    kind,
                    id,
                    StorageError::Conflict {
                        kind,
                        id,
                        stored_rev: stored.meta().rev,
                        our_rev: mine.meta().rev,
                    },
                ));
                return;
            }
        };
        let mut next = merged.unwrap_or_else(|| mine.clone());
        // Rebase on the stored revision so the repository accepts it.
        let base_rev = stored.as_ref().map_or(stored_rev, |s| s.meta().rev);
        next.rebase(base_rev, platform::now());
        save_any(&store, next);
    });
}

/// Subscribes to other tabs' saves; returns the teardown that unsubscribes.
pub fn listen_to_other_tabs(
    db: &str,
    repo: Option<Repository>,
    dispatcher: Store,
) -> impl FnOnce() {
    let channel = repo
        .as_ref()
        .and_then(|_| web_sys::BroadcastChannel::new(&channel_name(db)).ok());
    let handler = channel.as_ref().zip(repo).map(|(channel, repo)| {
        let handler =
            Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
                let Some(text) = event.data().as_string() else {
                    return;
                };
                let (repo, dispatcher) = (repo.clone(), dispatcher.clone());
                wasm_bindgen_futures::spawn_local(async move {
                    on_message(&text, &repo, &dispatcher).await;
                });
            });
        channel.set_onmessage(Some(handler.as_ref().unchecked_ref()));
        handler
    });
    move || {
        if let Some(channel) = channel {
            channel.set_onmessage(None);
            channel.close();
        }
        drop(handler);
    }
}

async fn on_message(text: &str, repo: &Repository, dispatcher: &Store) {
    if text == "reload" {
        if let (Ok(data), Ok(health)) = (repo.load_all().await, load_health(repo).await) {
            dispatcher.dispatch(Action::Loaded(repo.clone(), data, health));
        }
        return;
    }
    let Some((kind, id)) = text.split_once(':') else {
        return;
    };
    let Ok(id) = Uuid::parse_str(id) else { return };
    if let Ok(Some(record)) = repo.get_any(kind, id).await {
        dispatcher.dispatch(Action::External(record));
    }
}

/// The data to export: what is stored, with this tab's unsaved edits on top, so an export
/// after a failed save still holds everything the user typed.
async fn export_data(store: &Store) -> Dataset {
    let state = store.state();
    let memory = state.dataset();
    let Some(repo) = state.repo.clone() else {
        return memory;
    };
    match repo.load_all().await {
        Ok(stored) => {
            // Unsaved edits are newer than what is stored: lay them over it.
            let mut tables = Tables::from_dataset(stored);
            // The state now: edits made while the stored data was read are included.
            let state = store.state();
            for (kind, id) in state.unsaved.keys() {
                if let Some(record) = state.data.find(kind, id) {
                    tables.put(record);
                }
            }
            tables.to_dataset()
        }
        Err(_) => memory,
    }
}

/// Downloads a backup of everything (or of one case) and records the export time.
pub async fn export(store: Store, case_id: Option<Uuid>) {
    // A plain export cannot fail past this point; the passphrase path is the only fallible one.
    let _ = export_with(store, case_id, None).await;
}

/// [`export`], encrypted with a passphrase when one is given.
pub async fn export_with(
    store: Store,
    case_id: Option<Uuid>,
    passphrase: Option<String>,
) -> Result<(), CryptoError> {
    let mut data = export_data(&store).await;
    let scope = match case_id {
        Some(id) => {
            data = data.for_case(id);
            Scope::Case { case_id: id }
        }
        None => Scope::All,
    };
    data.seal_chains();
    let now = platform::now();
    let device = store.state().health.device_id.unwrap_or_else(Uuid::nil);
    let envelope = Envelope::new(data, scope.clone(), device, now);
    let name = backup_file_name(
        platform::local_naive(now),
        &scope,
        passphrase.is_some(),
        device,
    );
    let text = match passphrase {
        Some(pass) => encrypt(&envelope.to_json(), &pass).await?,
        None => envelope.to_json(),
    };
    platform::download(&name, &text, "application/json");
    if scope == Scope::All {
        if let Some(repo) = store.state().repo.clone() {
            record_export(&store, &repo, now).await;
        }
    }
    Ok(())
}

/// The safety copy before a restore: every stored record, as stored, in a whole-backup file
/// (plain), made without decoding them (see `Repository::raw_data_parts`). With edits only in
/// memory (a failed save) it is a normal export, which lays them over what is stored.
pub async fn safety_copy(store: Store) {
    let state = store.state();
    let Some(repo) = state.repo.clone().filter(|_| state.unsaved.is_empty()) else {
        return export(store, None).await;
    };
    let now = platform::now();
    let device = state.health.device_id.unwrap_or_else(Uuid::nil);
    let head = Envelope::new(Dataset::default(), Scope::All, device, now).to_json();
    let (Some(cut), Ok(parts)) = (head.rfind("\"data\":"), repo.raw_data_parts().await) else {
        return export(store, None).await;
    };
    parts.unshift(&JsValue::from_str(&format!("{}\"data\":", &head[..cut])));
    parts.push(&JsValue::from_str("}"));
    let name = backup_file_name(platform::local_naive(now), &Scope::All, false, device);
    platform::download_parts(&name, &parts, "application/json");
    record_export(&store, &repo, now).await;
}

/// Remembers a whole backup's time (the data screen and the export reminder read it).
async fn record_export(store: &Store, repo: &Repository, now: chrono::DateTime<chrono::Utc>) {
    if repo.set_setting(KEY_LAST_EXPORT, &now).await.is_ok() {
        store.dispatch(Action::Health(Health {
            last_export: Some(now),
            ..store.state().health.clone()
        }));
    }
}

/// Saves the reminder interval.
pub async fn set_reminder_days(store: Store, days: u32) -> Result<(), StorageError> {
    if let Some(repo) = store.state().repo.clone() {
        repo.set_setting(KEY_REMINDER, &days).await?;
    }
    store.dispatch(Action::Health(Health {
        reminder_days: days,
        ..store.state().health.clone()
    }));
    Ok(())
}

/// What is stored once an import is written, for this tab to show without reading it all back.
pub enum After {
    /// Exactly the written data (a restore).
    Written,
    /// Known to the caller (a merge: this tab's data with the file merged in).
    Known(Dataset),
    /// Read back from storage.
    ReadBack,
}

/// Writes an import in one transaction, `slice` records at a time with `progress(written,
/// total)` after each, then shows `after` (what is stored now, when the caller knows it; read
/// back otherwise) in this tab and tells the others. The records written are stored, so this
/// tab's unsaved marks for them are cleared.
pub async fn apply_import(
    store: &Store,
    data: Dataset,
    replace: bool,
    after: After,
    slice: usize,
    progress: impl FnMut(usize, usize),
) -> Result<(), StorageError> {
    let repo = store
        .state()
        .repo
        .clone()
        .ok_or(StorageError::Unavailable)?;
    repo.write_all_in_steps(&data, replace, slice, progress)
        .await?;
    let health = load_health(&repo).await?;
    super::team::kick();
    store.dispatch(Action::Written(if replace {
        Written::All
    } else {
        Written::These(
            data.metas()
                .into_iter()
                .map(|(kind, _, meta)| (kind, meta.id))
                .collect(),
        )
    }));
    let stored = match after {
        After::Written => data,
        After::Known(after) => after,
        After::ReadBack => repo.load_all().await?,
    };
    store.dispatch(Action::Loaded(repo.clone(), stored, health));
    announce(&repo.name(), "reload");
    Ok(())
}

/// Choices a person made for merge conflicts.
pub type Choices = BTreeMap<Uuid, crate::domain::backup::Side>;

/// Erases everything on this device, then reloads this tab and tells the others.
pub async fn erase_all(store: &Store) -> Result<(), StorageError> {
    let repo = store
        .state()
        .repo
        .clone()
        .ok_or(StorageError::Unavailable)?;
    repo.erase_all().await?;
    let health = load_health(&repo).await?;
    store.dispatch(Action::Loaded(repo.clone(), Dataset::default(), health));
    announce(&repo.name(), "reload");
    Ok(())
}
