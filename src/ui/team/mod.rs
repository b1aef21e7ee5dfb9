//! Team sync (issue #17): this device's records replicate both ways with one database on a
//! CouchDB-compatible server, by CouchDB's replication protocol. Optional and off by default.
//!
//! One loop per tab runs while sync is on:
//! - **push**: the records whose revisions the server may lack (compared with what was pushed
//!   before, which the server's `_local/` checkpoint vouches for) go through `_revs_diff`,
//!   then `_bulk_docs` with `new_edits: false`, in bounded batches;
//! - **pull**: `_changes?style=all_docs` from the checkpoint both sides agree on, the missing
//!   revisions through `_bulk_get` (or `open_revs` where the server has none), each taken in
//!   by `domain::replication::doc::reconcile` and stored only if the stored version did not
//!   change meanwhile; then the checkpoints on both sides;
//! - then it waits on a `feed=longpoll` for the next change, which a save here cuts short.
//!
//! Errors are typed ([`SyncError`]) and shown in words on the 数据 screen; a failed round is
//! retried with backoff (1 s doubling to 60 s), and the `online` event retries at once.
//! Local data is never rolled back: a version is stored only after it was reconciled with
//! the stored one. The password is never stored: a session is the server's cookie.

pub mod couch;

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

use chrono::{DateTime, Utc};
use futures_channel::mpsc;
use futures_util::{future, StreamExt};
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use uuid::Uuid;

use self::couch::{encode, ok_json, Couch};
use super::platform;
use super::state::Action;
use super::store::Store;
use crate::domain::kinds::AnyRecord;
use crate::domain::replication::doc::{doc_id, parse_doc_id};
use crate::domain::replication::{
    replication_id, start_from, Change, Checkpoint, Direction, RevId, RevsDiffEntry,
};
use crate::storage::{Repository, StorageError};

/// Settings key of [`SyncSettings`].
pub const KEY_SETTINGS: &str = "team_sync";
/// Settings key of the device profile.
pub const KEY_PROFILE: &str = "device_profile";
/// Documents per `_changes` page, `_bulk_get`, `_revs_diff` and `_bulk_docs` call.
const BATCH: usize = 200;
/// How long a `_changes` longpoll waits on the server, in milliseconds.
const LONGPOLL_MS: u32 = 25_000;

/// What went wrong, named for the person at the tablet.
#[derive(Clone, Debug, PartialEq)]
pub enum SyncError {
    Unreachable,
    NotCouch,
    BadCredentials,
    SignIn,
    Forbidden,
    NoDatabase,
    Server(u16),
    BadAnswer,
    BadUrl,
    /// A pulled record's sign-off trail or timeline does not verify: refused.
    AlteredHistory(String),
    Storage(StorageError),
    /// The wait was cut short (a save here, a pause): not a failure.
    Aborted,
    /// The sync module could not be downloaded.
    CodeUnavailable,
}

impl From<StorageError> for SyncError {
    fn from(e: StorageError) -> Self {
        SyncError::Storage(e)
    }
}

/// How the device signs in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AuthMode {
    /// CouchDB's `_session` cookie; the password is sent once, at sign-in.
    #[default]
    Session,
    /// A basic-auth header on every request; the password is kept in memory only.
    Basic,
}

/// What the device keeps about sync (never a password).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SyncSettings {
    pub url: String,
    pub user: String,
    #[serde(default)]
    pub auth: AuthMode,
    /// Started (and not paused) by the user.
    pub enabled: bool,
}

impl SyncSettings {
    /// Switched on, with somewhere to sync to.
    pub fn is_on(&self) -> bool {
        self.enabled && !self.url.trim().is_empty()
    }

    /// What the status says while sync is not on: off (never set up) or paused.
    fn idle_phase(&self) -> Phase {
        if self.url.trim().is_empty() {
            Phase::Off
        } else {
            Phase::Paused
        }
    }

    /// The stored settings (defaults when none, or unreadable).
    async fn read(repo: &Repository) -> SyncSettings {
        repo.setting(KEY_SETTINGS)
            .await
            .ok()
            .flatten()
            .unwrap_or_default()
    }
}

/// Where the loop is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Phase {
    #[default]
    Off,
    Paused,
    Connecting,
    Syncing,
    Idle,
    Offline,
    Failed,
}

/// What the 数据 screen shows about sync.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SyncStatus {
    pub phase: Phase,
    pub last_ok: Option<DateTime<Utc>>,
    pub to_push: Option<usize>,
    pub to_pull: Option<u64>,
    pub error: Option<SyncError>,
    /// Pulled versions refused because their history did not verify (kind:id).
    pub refused: Vec<String>,
}

struct Runner {
    kick: mpsc::UnboundedSender<()>,
    /// Cuts the waiting longpoll short.
    waiting: Option<web_sys::AbortController>,
    /// User and password for basic auth, this visit only.
    basic: Option<(String, String)>,
    /// A wake-up came since the round started: the round must not start a longpoll.
    pending: bool,
}

thread_local! {
    static RUNNER: RefCell<Option<Runner>> = const { RefCell::new(None) };
}

/// Wakes the loop: a save here, a change of settings, the network back.
pub fn kick() {
    RUNNER.with(|r| {
        if let Some(runner) = r.borrow_mut().as_mut() {
            let _ = runner.kick.unbounded_send(());
            runner.pending = true;
            if let Some(waiting) = runner.waiting.take() {
                waiting.abort();
            }
        }
    });
}

/// Keeps the basic-auth password for this visit (or forgets it).
pub fn set_basic(credentials: Option<(String, String)>) {
    RUNNER.with(|r| {
        if let Some(runner) = r.borrow_mut().as_mut() {
            runner.basic = credentials;
        }
    });
}

fn basic() -> Option<(String, String)> {
    RUNNER.with(|r| r.borrow().as_ref().and_then(|runner| runner.basic.clone()))
}

/// The database of these settings, with the password for basic auth if one is kept.
pub fn couch_of(settings: &SyncSettings, password: Option<&str>) -> Result<Couch, SyncError> {
    let kept = basic();
    let basic = match (settings.auth, password) {
        (AuthMode::Basic, Some(p)) => Some((settings.user.as_str(), p)),
        (AuthMode::Basic, None) => kept.as_ref().map(|(u, p)| (u.as_str(), p.as_str())),
        (AuthMode::Session, _) => None,
    };
    Couch::new(&settings.url, basic)
}

type Loop = fn(
    Store,
    Repository,
    mpsc::UnboundedReceiver<()>,
    Rc<std::cell::Cell<bool>>,
) -> std::pin::Pin<Box<dyn std::future::Future<Output = ()>>>;

/// The replication loop's code (the merge of every record kind, the protocol): a module of
/// its own, fetched only once sync is on, so a device that never syncs never downloads it.
#[wasm_split_helpers::wasm_split(team_sync, fallible)]
fn replication_loop() -> Result<Loop, wasm_split_helpers::SplitLoaderError> {
    fn boxed(
        store: Store,
        repo: Repository,
        kicks: mpsc::UnboundedReceiver<()>,
        stop: Rc<std::cell::Cell<bool>>,
    ) -> std::pin::Pin<Box<dyn std::future::Future<Output = ()>>> {
        Box::pin(run(store, repo, kicks, stop))
    }
    Ok(boxed)
}

/// Waits, doing nothing, until sync is switched on; then loads and runs the loop.
async fn idle_until_on(
    store: Store,
    repo: Repository,
    mut kicks: mpsc::UnboundedReceiver<()>,
    stop: Rc<std::cell::Cell<bool>>,
) {
    let mut status = SyncStatus::default();
    while !stop.get() {
        let settings = SyncSettings::read(&repo).await;
        if settings.is_on() {
            match replication_loop().await {
                Ok(run) => return run(store, repo, kicks, stop).await,
                Err(_) => {
                    status.phase = Phase::Failed;
                    status.error = Some(SyncError::CodeUnavailable);
                }
            }
        } else {
            status.phase = settings.idle_phase();
            status.error = None;
        }
        publish(&store, &status);
        if kicks.next().await.is_none() {
            return;
        }
    }
}

/// Starts the loop for this tab once the database is open; the teardown stops it.
pub fn start(store: Store, repo: Repository) -> impl FnOnce() {
    let (tx, rx) = mpsc::unbounded();
    RUNNER.with(|r| {
        *r.borrow_mut() = Some(Runner {
            kick: tx,
            waiting: None,
            basic: None,
            pending: false,
        })
    });
    let stop = Rc::new(std::cell::Cell::new(false));
    {
        let stop = stop.clone();
        wasm_bindgen_futures::spawn_local(idle_until_on(store, repo, rx, stop));
    }
    let online =
        web_sys::window().map(|w| gloo::events::EventListener::new(&w, "online", |_| kick()));
    let offline =
        web_sys::window().map(|w| gloo::events::EventListener::new(&w, "offline", |_| kick()));
    move || {
        stop.set(true);
        drop((online, offline));
        kick();
        RUNNER.with(|r| *r.borrow_mut() = None);
    }
}

fn publish(store: &Store, status: &SyncStatus) {
    store.dispatch(Action::Sync(status.clone()));
}

fn online() -> bool {
    web_sys::window().is_none_or(|w| w.navigator().on_line())
}

async fn run(
    store: Store,
    repo: Repository,
    mut kicks: mpsc::UnboundedReceiver<()>,
    stop: Rc<std::cell::Cell<bool>>,
) {
    let mut status = SyncStatus::default();
    let mut failures = 0u32;
    while !stop.get() {
        while kicks.try_recv().is_ok() {}
        RUNNER.with(|r| {
            if let Some(runner) = r.borrow_mut().as_mut() {
                runner.pending = false;
            }
        });
        let settings = SyncSettings::read(&repo).await;
        if !settings.is_on() {
            status.phase = settings.idle_phase();
            status.error = None;
            publish(&store, &status);
            if kicks.next().await.is_none() {
                return;
            }
            continue;
        }
        if !online() {
            status.phase = Phase::Offline;
            publish(&store, &status);
            if kicks.next().await.is_none() {
                return;
            }
            continue;
        }
        if status.phase != Phase::Idle {
            status.phase = Phase::Connecting;
            publish(&store, &status);
        }
        let result = match couch_of(&settings, None) {
            Ok(couch) => round(&store, &repo, &couch, &mut status).await,
            Err(e) => Err(e),
        };
        match result {
            Ok(()) | Err(SyncError::Aborted) => failures = 0,
            Err(e) => {
                failures = failures.saturating_add(1);
                status.phase = if online() {
                    Phase::Failed
                } else {
                    Phase::Offline
                };
                status.error = Some(e);
                publish(&store, &status);
                let wait = 1000u32
                    .saturating_mul(1 << failures.min(6).saturating_sub(1))
                    .min(60_000);
                let timer = gloo::timers::future::TimeoutFuture::new(wait);
                let _ = future::select(timer, kicks.next()).await;
            }
        }
    }
}

/// The ids of this device's two replications with the database.
struct Ids {
    pull: String,
    push: String,
    session: String,
}

fn ids(store: &Store, repo: &Repository, couch: &Couch) -> Ids {
    let device = store
        .state()
        .health
        .device_id
        .map(|d| d.to_string())
        .unwrap_or_default();
    let local = format!("{}#{device}", repo.name());
    Ids {
        pull: replication_id(&local, &couch.db, Direction::Pull),
        push: replication_id(&local, &couch.db, Direction::Push),
        session: device,
    }
}

async fn round(
    store: &Store,
    repo: &Repository,
    couch: &Couch,
    status: &mut SyncStatus,
) -> Result<(), SyncError> {
    let ids = ids(store, repo, couch);
    // The database must be there and readable before anything else.
    couch.json("GET", &couch.db, None, None).await?;
    status.phase = Phase::Syncing;
    publish(store, status);
    push(store, repo, couch, &ids, status).await?;
    pull(store, repo, couch, &ids, status, false).await?;
    status.phase = Phase::Idle;
    status.error = None;
    status.last_ok = Some(platform::now());
    publish(store, status);
    pull(store, repo, couch, &ids, status, true).await?;
    Ok(())
}

/// A `_local/` document on the server: its body and its `_rev` (`None`: not there).
async fn remote_checkpoint(
    couch: &Couch,
    id: &str,
) -> Result<(Option<Checkpoint>, Option<String>), SyncError> {
    let answer = couch
        .call("GET", &couch.at(&format!("_local/{id}")), None, None)
        .await?;
    if answer.status == 404 && answer.json {
        return Ok((None, None));
    }
    let body = ok_json(answer)?;
    let rev = body.get("_rev").and_then(Value::as_str).map(str::to_owned);
    Ok((serde_json::from_value(body).ok(), rev))
}

async fn save_remote_checkpoint(
    couch: &Couch,
    id: &str,
    checkpoint: &Checkpoint,
    rev: &mut Option<String>,
) -> Result<(), SyncError> {
    let mut body = serde_json::to_value(checkpoint).unwrap_or(Value::Null);
    if let (Some(rev), Value::Object(map)) = (rev.as_ref(), &mut body) {
        map.insert("_rev".into(), Value::String(rev.clone()));
    }
    let answer = couch
        .json("PUT", &couch.at(&format!("_local/{id}")), Some(&body), None)
        .await?;
    *rev = answer.get("rev").and_then(Value::as_str).map(str::to_owned);
    Ok(())
}

/// What was pushed: each document's leaves when last sent, for the session the server's
/// push checkpoint names.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
struct Pushed {
    session_id: String,
    sent: BTreeMap<String, String>,
}

async fn push(
    store: &Store,
    repo: &Repository,
    couch: &Couch,
    ids: &Ids,
    status: &mut SyncStatus,
) -> Result<(), SyncError> {
    let key = format!("sync_pushed:{}", ids.push);
    let mut pushed: Pushed = repo.setting(&key).await?.unwrap_or_default();
    let (remote, mut remote_rev) = remote_checkpoint(couch, &ids.push).await?;
    if remote.as_ref().map(|c| &c.session_id) != Some(&pushed.session_id)
        || pushed.session_id.is_empty()
    {
        // The server does not vouch for what was pushed (a new or restored database):
        // offer everything again; `_revs_diff` keeps what it has from being sent.
        pushed = Pushed {
            session_id: platform::fresh_id().to_string(),
            sent: BTreeMap::new(),
        };
    }
    let state = store.state();
    let todo: Vec<(&'static str, Uuid, String, Vec<String>, String)> = state
        .data
        .sync_leaves(|kind, id| state.unsaved.contains(&(kind, id)))
        .into_iter()
        .filter_map(|(kind, id, leaves)| {
            let doc = doc_id(kind, id);
            let signature = leaves.join(",");
            (pushed.sent.get(&doc) != Some(&signature))
                .then_some((kind, id, doc, leaves, signature))
        })
        .collect();
    status.to_push = Some(todo.len());
    publish(store, status);
    let mut left = todo.len();
    for batch in todo.chunks(BATCH) {
        let request: BTreeMap<&str, &Vec<String>> = batch
            .iter()
            .map(|(_, _, doc, leaves, _)| (doc.as_str(), leaves))
            .collect();
        let answer = couch
            .json("POST", &couch.at("_revs_diff"), Some(&json!(request)), None)
            .await?;
        let answer: BTreeMap<String, RevsDiffEntry> =
            serde_json::from_value(answer).map_err(|_| SyncError::BadAnswer)?;
        let mut docs = Vec::new();
        for (kind, id, doc, _, _) in batch {
            let Some(entry) = answer.get(doc) else {
                continue;
            };
            let missing: Vec<RevId> = entry
                .missing
                .iter()
                .filter_map(|r| RevId::parse(r).ok())
                .collect();
            if let Some(record) = state.data.find(kind, *id) {
                docs.extend(record.outgoing_docs(&missing));
            }
        }
        if !docs.is_empty() {
            let result = couch
                .json(
                    "POST",
                    &couch.at("_bulk_docs"),
                    Some(&json!({"docs": docs, "new_edits": false})),
                    None,
                )
                .await?;
            if let Some(rows) = result.as_array() {
                for row in rows {
                    match row.get("error").and_then(Value::as_str) {
                        Some("forbidden") => return Err(SyncError::Forbidden),
                        Some("unauthorized") => return Err(SyncError::SignIn),
                        _ => {}
                    }
                }
            }
        }
        for (_, _, doc, _, signature) in batch {
            pushed.sent.insert(doc.clone(), signature.clone());
        }
        repo.set_setting(&key, &pushed).await?;
        let checkpoint = Checkpoint {
            session_id: pushed.session_id.clone(),
            last_seq: json!(pushed.sent.len()),
        };
        save_remote_checkpoint(couch, &ids.push, &checkpoint, &mut remote_rev).await?;
        left -= batch.len();
        status.to_push = Some(left);
        publish(store, status);
    }
    if remote.is_none() && todo.is_empty() {
        let checkpoint = Checkpoint {
            session_id: pushed.session_id.clone(),
            last_seq: json!(pushed.sent.len()),
        };
        repo.set_setting(&key, &pushed).await?;
        save_remote_checkpoint(couch, &ids.push, &checkpoint, &mut remote_rev).await?;
    }
    Ok(())
}

fn seq_text(seq: &Value) -> String {
    match seq {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

async fn pull(
    store: &Store,
    repo: &Repository,
    couch: &Couch,
    ids: &Ids,
    status: &mut SyncStatus,
    live: bool,
) -> Result<(), SyncError> {
    let key = format!("sync_pull:{}", ids.pull);
    let local: Option<Checkpoint> = repo.setting(&key).await?;
    let (remote, mut remote_rev) = remote_checkpoint(couch, &ids.pull).await?;
    let mut since = start_from(local.as_ref(), remote.as_ref()).unwrap_or(json!(0));
    loop {
        let mut url = couch.at(&format!(
            "_changes?style=all_docs&since={}&limit={BATCH}",
            encode(&seq_text(&since))
        ));
        let controller = if live {
            url.push_str(&format!("&feed=longpoll&timeout={LONGPOLL_MS}"));
            let controller = web_sys::AbortController::new().ok();
            // A save made during this round is not left waiting for the longpoll's end.
            let woken = RUNNER.with(|r| match r.borrow_mut().as_mut() {
                Some(runner) if runner.pending => true,
                Some(runner) => {
                    runner.waiting = controller.clone();
                    false
                }
                None => true,
            });
            if woken {
                return Ok(());
            }
            controller
        } else {
            None
        };
        let page = couch
            .json(
                "GET",
                &url,
                None,
                controller.as_ref().map(|c| c.signal()).as_ref(),
            )
            .await;
        RUNNER.with(|r| {
            if let Some(runner) = r.borrow_mut().as_mut() {
                runner.waiting = None;
            }
        });
        let page = page?;
        let changes: Vec<Change> = page
            .get("results")
            .cloned()
            .map(serde_json::from_value)
            .transpose()
            .map_err(|_| SyncError::BadAnswer)?
            .unwrap_or_default();
        let last_seq = page
            .get("last_seq")
            .cloned()
            .unwrap_or_else(|| since.clone());
        status.to_pull = page.get("pending").and_then(Value::as_u64);
        if changes.is_empty() {
            if status.to_pull.is_none() {
                status.to_pull = Some(0);
            }
            publish(store, status);
            return Ok(());
        }
        take_in(store, repo, couch, &changes, status).await?;
        since = last_seq;
        let checkpoint = Checkpoint {
            session_id: ids.session.clone(),
            last_seq: since.clone(),
        };
        repo.set_setting(&key, &checkpoint).await?;
        save_remote_checkpoint(couch, &ids.pull, &checkpoint, &mut remote_rev).await?;
        publish(store, status);
        if live {
            return Ok(());
        }
    }
}

/// Fetches the revisions of `changes` this device lacks and stores what they change.
async fn take_in(
    store: &Store,
    repo: &Repository,
    couch: &Couch,
    changes: &[Change],
    status: &mut SyncStatus,
) -> Result<(), SyncError> {
    let state = store.state();
    let mut wanted: Vec<(String, String)> = Vec::new();
    for change in changes {
        let Some((kind, id)) = parse_doc_id(&change.id) else {
            continue;
        };
        let local = state.data.find(kind, id);
        for rev in &change.changes {
            let Ok(parsed) = RevId::parse(&rev.rev) else {
                continue;
            };
            if !local.as_ref().is_some_and(|l| l.knows(&parsed)) {
                wanted.push((change.id.clone(), rev.rev.clone()));
            }
        }
    }
    drop(state);
    if wanted.is_empty() {
        return Ok(());
    }
    let docs = fetch(couch, &wanted).await?;
    // Reconciled with the versions in memory (the stored ones, but for edits being saved,
    // which wait), then written in one transaction, each only if still the version stored.
    let state = store.state();
    let mut batch: Vec<(AnyRecord, Option<u32>)> = Vec::new();
    let mut slow: Vec<(&'static str, Uuid, Vec<Value>)> = Vec::new();
    for (doc, versions) in docs {
        let Some((kind, id)) = parse_doc_id(&doc) else {
            continue;
        };
        let kind = kind_static(kind);
        if kind.is_empty() || state.unsaved.contains(&(kind, id)) {
            // An unknown kind, or an edit here still being saved: it goes up first, and the
            // server's version comes back with the next change.
            continue;
        }
        let local = state.data.find(kind, id);
        match AnyRecord::reconcile_docs(kind, id, local.as_ref(), &versions) {
            Ok(Some(next)) if next.altered_history() => refuse(status, local.as_ref(), kind, id),
            Ok(Some(next)) => batch.push((next, local.map(|l| l.meta().rev))),
            Ok(None) | Err(_) => {}
        }
        slow.push((kind, id, versions));
    }
    drop(state);
    let written = repo.put_synced_many(&batch).await?;
    let mut stored: Vec<AnyRecord> = Vec::new();
    let mut done: std::collections::BTreeSet<(&'static str, Uuid)> =
        std::collections::BTreeSet::new();
    for ((record, _), ok) in batch.into_iter().zip(written) {
        if ok {
            done.insert((record.kind(), record.id()));
            stored.push(record);
        }
    }
    // The rest (the stored version moved on meanwhile): one by one, against what is stored.
    for (kind, id, versions) in slow {
        if done.contains(&(kind, id)) {
            continue;
        }
        for _attempt in 0..3 {
            let local = repo.get_any(kind, id).await?;
            let next = match AnyRecord::reconcile_docs(kind, id, local.as_ref(), &versions) {
                Ok(Some(next)) => next,
                Ok(None) | Err(_) => break,
            };
            if next.altered_history() {
                refuse(status, local.as_ref(), kind, id);
                break;
            }
            match repo
                .put_synced(&next, local.as_ref().map(|l| l.meta().rev))
                .await
            {
                Ok(()) => {
                    stored.push(next);
                    break;
                }
                Err(StorageError::Conflict { .. }) => continue,
                Err(e) => return Err(e.into()),
            }
        }
    }
    if !stored.is_empty() {
        if stored.len() > 20 {
            super::sync::announce_reload(&repo.name());
        } else {
            for record in &stored {
                super::sync::announce_saved(&repo.name(), record.kind(), record.id());
            }
        }
        store.dispatch(Action::Pulled(stored));
    }
    Ok(())
}

/// Notes a pulled version refused because its history does not verify.
fn refuse(status: &mut SyncStatus, local: Option<&AnyRecord>, kind: &str, id: Uuid) {
    let key = match local {
        Some(l) => format!("{}（{kind}:{id}）", l.label()),
        None => format!("{kind}:{id}"),
    };
    if !status.refused.contains(&key) {
        status.refused.push(key);
    }
}

fn kind_static(kind: &str) -> &'static str {
    crate::domain::backup::Dataset::KINDS
        .iter()
        .find(|k| **k == kind)
        .copied()
        .unwrap_or("")
}

/// The wanted revisions' bodies by document, with `_revisions`: `_bulk_get`, or one
/// `open_revs` request per document on a server without it.
async fn fetch(
    couch: &Couch,
    wanted: &[(String, String)],
) -> Result<BTreeMap<String, Vec<Value>>, SyncError> {
    let mut out: BTreeMap<String, Vec<Value>> = BTreeMap::new();
    for batch in wanted.chunks(BATCH) {
        let docs: Vec<Value> = batch
            .iter()
            .map(|(id, rev)| json!({"id": id, "rev": rev}))
            .collect();
        let answer = couch
            .call(
                "POST",
                &couch.at("_bulk_get?revs=true"),
                Some(&json!({"docs": docs})),
                None,
            )
            .await?;
        if matches!(answer.status, 400 | 404 | 405 | 501) {
            open_revs(couch, batch, &mut out).await?;
            continue;
        }
        let body = ok_json(answer)?;
        for result in body
            .get("results")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let Some(id) = result.get("id").and_then(Value::as_str) else {
                continue;
            };
            for doc in result
                .get("docs")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                if let Some(ok) = doc.get("ok") {
                    out.entry(id.to_owned()).or_default().push(ok.clone());
                }
            }
        }
    }
    Ok(out)
}

async fn open_revs(
    couch: &Couch,
    wanted: &[(String, String)],
    out: &mut BTreeMap<String, Vec<Value>>,
) -> Result<(), SyncError> {
    let mut by_doc: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for (id, rev) in wanted {
        by_doc.entry(id).or_default().push(rev);
    }
    for (id, revs) in by_doc {
        let url = couch.at(&format!(
            "{}?revs=true&open_revs={}",
            encode(id),
            encode(&serde_json::to_string(&revs).unwrap_or_default())
        ));
        let body = couch.json("GET", &url, None, None).await?;
        for doc in body.as_array().into_iter().flatten() {
            if let Some(ok) = doc.get("ok") {
                out.entry(id.to_owned()).or_default().push(ok.clone());
            }
        }
    }
    Ok(())
}

/// What "Test connection" found.
#[derive(Clone, Debug, PartialEq)]
pub enum Tested {
    Ok,
    /// The database is missing; `true` when this account may create it.
    Missing,
}

/// Checks the server, the sign-in and the database, in that order, naming the first problem.
/// With a password and session sign-in, signs in (the server sets its cookie).
pub async fn test_connection(
    settings: &SyncSettings,
    password: Option<&str>,
) -> Result<Tested, SyncError> {
    let couch = couch_of(settings, password)?;
    let root = couch
        .call("GET", &format!("{}/", couch.root()), None, None)
        .await?;
    if (502..=504).contains(&root.status) {
        return Err(SyncError::Unreachable);
    }
    let welcome = root.json
        && (root.body.get("couchdb").is_some()
            || root.body.get("express-pouchdb").is_some()
            || root.body.get("vendor").is_some());
    if !welcome {
        // A database behind a reverse-proxy path may hide the root: the database must answer.
        let db = couch.call("GET", &couch.db, None, None).await?;
        if !(db.json && (db.body.get("db_name").is_some() || db.body.get("error").is_some())) {
            return Err(SyncError::NotCouch);
        }
    }
    if let (AuthMode::Session, Some(password)) = (settings.auth, password) {
        sign_in(&couch, &settings.user, password).await?;
    }
    match ok_json(couch.call("GET", &couch.db, None, None).await?) {
        Ok(_) => Ok(Tested::Ok),
        Err(SyncError::NoDatabase) => Ok(Tested::Missing),
        Err(SyncError::SignIn) if password.is_some() => Err(SyncError::BadCredentials),
        Err(e) => Err(e),
    }
}

async fn sign_in(couch: &Couch, user: &str, password: &str) -> Result<(), SyncError> {
    let answer = couch
        .call(
            "POST",
            &format!("{}/_session", couch.root()),
            Some(&json!({"name": user, "password": password})),
            None,
        )
        .await?;
    match answer.status {
        200..=299 => Ok(()),
        401 => Err(SyncError::BadCredentials),
        _ => ok_json(answer).map(|_| ()),
    }
}

/// Creates the database (when this account may).
pub async fn create_database(settings: &SyncSettings) -> Result<(), SyncError> {
    let couch = couch_of(settings, None)?;
    let answer = couch.call("PUT", &couch.db, None, None).await?;
    match answer.status {
        200..=299 | 412 => Ok(()),
        _ => ok_json(answer).map(|_| ()),
    }
}

/// Ends the session on the server and forgets any kept password.
pub async fn sign_out(settings: &SyncSettings) {
    if let Ok(couch) = couch_of(settings, None) {
        let _ = couch
            .call("DELETE", &format!("{}/_session", couch.root()), None, None)
            .await;
    }
    set_basic(None);
}
