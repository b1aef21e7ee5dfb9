//! Everything the UI does with storage, outside the reducer: the first load, saving with a
//! clear outcome, conflicts between tabs, the BroadcastChannel that shows one tab's edits in
//! the others, and export downloads.

use std::collections::BTreeMap;

use uuid::Uuid;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::crypto::{encrypt, CryptoError};
use super::platform;
use super::state::{Action, AppContext, AppState, Health};
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
        device_id: Some(device_id),
        last_export: repo.setting(KEY_LAST_EXPORT).await?,
        reminder_days: repo.setting(KEY_REMINDER).await?.unwrap_or(7),
    })
}

fn channel_name(db: &str) -> String {
    format!("{db}:changes")
}

fn announce(db: &str, message: &str) {
    if let Ok(channel) = web_sys::BroadcastChannel::new(&channel_name(db)) {
        let _ = channel.post_message(&JsValue::from_str(message));
        channel.close();
    }
}

/// Puts the record in state at once, then saves it. A failed save keeps the edit in memory,
/// marks it unsaved and raises the banner; nothing is dropped silently.
pub fn save<R: Kind>(ctx: &AppContext, record: R) {
    save_any(ctx, record.wrap());
}

/// [`save`] for a record of any kind.
pub fn save_any(ctx: &AppContext, mut record: AnyRecord) {
    let (kind, id) = (record.kind(), record.id());
    // The version this edit was made from, when it is the one in memory.
    let base = ctx
        .data
        .find(kind, id)
        .filter(|b| b.meta().rev.saturating_add(1) == record.meta().rev);
    record.restamp(base.as_ref());
    let repo = ctx.repo.clone();
    let dispatcher = ctx.dispatcher();
    ctx.dispatch(Action::Upsert(record.clone()));
    let Some(repo) = repo else {
        dispatcher.dispatch(Action::SaveFailed(kind, id, StorageError::Unavailable));
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        match repo.put_any(&record).await {
            Ok(()) => {
                dispatcher.dispatch(Action::Saved(kind, id));
                announce(&repo.name(), &format!("{kind}:{id}"));
            }
            Err(e) => dispatcher.dispatch(Action::SaveFailed(kind, id, e)),
        }
    });
}

/// Saves a case (the common case, kept short for pages).
pub fn save_case(ctx: &AppContext, case: Case) {
    save(ctx, case);
}

/// Tries again to save every record whose save failed.
pub fn retry_unsaved(ctx: &AppContext) {
    for (kind, id) in ctx.unsaved.keys() {
        if let Some(record) = ctx.data.find(kind, id) {
            save_any(ctx, record);
        }
    }
}

/// Resolves a conflict by taking the stored version and dropping this tab's edit.
pub fn take_stored(ctx: &AppContext, kind: &'static str, id: Uuid) {
    let (Some(repo), dispatcher) = (ctx.repo.clone(), ctx.dispatcher()) else {
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
pub fn keep_mine(ctx: &AppContext, kind: &'static str, id: Uuid, stored_rev: u32) {
    let Some(mine) = ctx.data.find(kind, id) else {
        return;
    };
    let (ctx, repo) = (ctx.clone(), ctx.repo.clone());
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
                ctx.dispatch(Action::SaveFailed(
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
        save_any(&ctx, next);
    });
}

/// Subscribes to other tabs' saves; returns the teardown that unsubscribes.
pub fn listen_to_other_tabs(
    db: &str,
    repo: Option<Repository>,
    dispatcher: UseReducerDispatcher<AppState>,
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

async fn on_message(text: &str, repo: &Repository, dispatcher: &UseReducerDispatcher<AppState>) {
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
async fn export_data(ctx: &AppContext) -> Dataset {
    let memory = ctx.dataset();
    let Some(repo) = ctx.repo.clone() else {
        return memory;
    };
    match repo.load_all().await {
        Ok(stored) => {
            // Unsaved edits are newer than what is stored: lay them over it.
            let mut tables = Tables::from_dataset(stored);
            for (kind, id) in ctx.unsaved.keys() {
                if let Some(record) = ctx.data.find(kind, id) {
                    tables.put(record);
                }
            }
            tables.to_dataset()
        }
        Err(_) => memory,
    }
}

/// Downloads a backup of everything (or of one case) and records the export time.
pub async fn export(ctx: AppContext, case_id: Option<Uuid>) {
    // A plain export cannot fail past this point; the passphrase path is the only fallible one.
    let _ = export_with(ctx, case_id, None).await;
}

/// [`export`], encrypted with a passphrase when one is given.
pub async fn export_with(
    ctx: AppContext,
    case_id: Option<Uuid>,
    passphrase: Option<String>,
) -> Result<(), CryptoError> {
    let mut data = export_data(&ctx).await;
    let scope = match case_id {
        Some(id) => {
            data = data.for_case(id);
            Scope::Case { case_id: id }
        }
        None => Scope::All,
    };
    data.seal_chains();
    let now = platform::now();
    let device = ctx.health.device_id.unwrap_or_else(Uuid::nil);
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
        if let Some(repo) = ctx.repo.clone() {
            record_export(&ctx, &repo, now).await;
        }
    }
    Ok(())
}

/// The safety copy before a restore: every stored record, as stored, in a whole-backup file
/// (plain), made without decoding them (see `Repository::raw_data_parts`). With edits only in
/// memory (a failed save) it is a normal export, which lays them over what is stored.
pub async fn safety_copy(ctx: AppContext) {
    let Some(repo) = ctx.repo.clone().filter(|_| ctx.unsaved.is_empty()) else {
        return export(ctx, None).await;
    };
    let now = platform::now();
    let device = ctx.health.device_id.unwrap_or_else(Uuid::nil);
    let head = Envelope::new(Dataset::default(), Scope::All, device, now).to_json();
    let (Some(cut), Ok(parts)) = (head.rfind("\"data\":"), repo.raw_data_parts().await) else {
        return export(ctx, None).await;
    };
    parts.unshift(&JsValue::from_str(&format!("{}\"data\":", &head[..cut])));
    parts.push(&JsValue::from_str("}"));
    let name = backup_file_name(platform::local_naive(now), &Scope::All, false, device);
    platform::download_parts(&name, &parts, "application/json");
    record_export(&ctx, &repo, now).await;
}

/// Remembers a whole backup's time (the data screen and the export reminder read it).
async fn record_export(ctx: &AppContext, repo: &Repository, now: chrono::DateTime<chrono::Utc>) {
    if repo.set_setting(KEY_LAST_EXPORT, &now).await.is_ok() {
        ctx.dispatch(Action::Health(Health {
            last_export: Some(now),
            ..ctx.health.clone()
        }));
    }
}

/// Saves the reminder interval.
pub async fn set_reminder_days(ctx: AppContext, days: u32) -> Result<(), StorageError> {
    if let Some(repo) = ctx.repo.clone() {
        repo.set_setting(KEY_REMINDER, &days).await?;
    }
    ctx.dispatch(Action::Health(Health {
        reminder_days: days,
        ..ctx.health.clone()
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
    ctx: &AppContext,
    data: Dataset,
    replace: bool,
    after: After,
    slice: usize,
    progress: impl FnMut(usize, usize),
) -> Result<(), StorageError> {
    let repo = ctx.repo.clone().ok_or(StorageError::Unavailable)?;
    repo.write_all_in_steps(&data, replace, slice, progress)
        .await?;
    let health = load_health(&repo).await?;
    if replace {
        for key in ctx.unsaved.keys() {
            ctx.unsaved.remove(&key);
        }
    } else {
        for (kind, _, meta) in data.metas() {
            ctx.unsaved.remove(&(kind, meta.id));
        }
    }
    let stored = match after {
        After::Written => data,
        After::Known(after) => after,
        After::ReadBack => repo.load_all().await?,
    };
    ctx.dispatch(Action::Loaded(repo.clone(), stored, health));
    announce(&repo.name(), "reload");
    Ok(())
}

/// Choices a person made for merge conflicts.
pub type Choices = BTreeMap<Uuid, crate::domain::backup::Side>;

/// Erases everything on this device, then reloads this tab and tells the others.
pub async fn erase_all(ctx: &AppContext) -> Result<(), StorageError> {
    let repo = ctx.repo.clone().ok_or(StorageError::Unavailable)?;
    repo.erase_all().await?;
    let health = load_health(&repo).await?;
    ctx.dispatch(Action::Loaded(repo.clone(), Dataset::default(), health));
    announce(&repo.name(), "reload");
    Ok(())
}
