//! The only code that touches IndexedDB. The rest of the app sees [`Repository`]: typed
//! records in, typed records out, one readwrite transaction per user action, and a
//! [`StorageError`] that says what went wrong.
//!
//! A record is stored as `{ id, rev, json }`: its key, the revision the save check reads, and
//! the record itself as UTF-8 JSON bytes (a `Uint8Array`) written by `domain::json`. Bytes are
//! the cheapest value for IndexedDB to clone (measured with 2,000 cases in Chromium: `getAll`
//! 81 ms for bytes, 101 ms for objects, 125 ms for JS strings) and reach Rust as one copy, with
//! no UTF-16 round trip and no walk over JS objects. Records stored by earlier builds, as plain
//! objects or as JSON strings, are still read and take the new shape when saved.

mod device;
mod error;
mod schema;

pub use device::{estimate, request_persist, StorageEstimate};
pub use error::StorageError;
pub use schema::{store_names, VERSION};

use std::rc::Rc;

use idb::{Database, Factory, Query, TransactionMode};
use serde::de::DeserializeOwned;
use serde::Serialize;
use uuid::Uuid;
use wasm_bindgen::JsValue;

use crate::domain::backup::Dataset;
use crate::domain::json;
use crate::domain::kinds::AnyRecord;
use crate::domain::record::{Meta, Record};
use schema::SETTINGS;

/// The database the app uses in production.
pub const DB_NAME: &str = "expedite-guard";

/// A handle on the open database. Cheap to clone; equal when it is the same connection.
#[derive(Clone)]
pub struct Repository {
    db: Rc<Database>,
}

impl std::fmt::Debug for Repository {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Repository({})", self.db.name())
    }
}

impl PartialEq for Repository {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.db, &other.db)
    }
}

fn idb(e: idb::Error) -> StorageError {
    StorageError::from_idb(e)
}

impl Repository {
    /// Opens (creating or upgrading) the named database at the current schema version.
    pub async fn open(name: &str) -> Result<Repository, StorageError> {
        Self::open_at(name, VERSION).await
    }

    /// Opens at a given version: the upgrade ladder runs up to `version` only. Tests use it
    /// to build an old database and then upgrade it.
    pub async fn open_at(name: &str, version: u32) -> Result<Repository, StorageError> {
        let factory = Factory::new().map_err(|_| StorageError::Unavailable)?;
        let mut request = factory.open(name, Some(version)).map_err(idb)?;
        request.on_upgrade_needed(move |event| schema::upgrade(event, version));
        request.on_blocked(|_| {});
        let mut db = request.await.map_err(idb)?;
        // Another tab wants a newer version: step aside so its upgrade is not blocked.
        db.on_version_change(|event| {
            if let Ok(db) = idb::event::DatabaseEvent::database(&event) {
                db.close();
            }
        });
        Ok(Repository { db: Rc::new(db) })
    }

    /// The database's name (the channel name for tab-to-tab messages derives from it).
    pub fn name(&self) -> String {
        self.db.name()
    }

    /// The object stores that exist (for tests and the data screen).
    pub fn stores(&self) -> Vec<String> {
        self.db.store_names()
    }

    /// Closes the connection (tests; a page closing does this itself).
    pub fn close(&self) {
        self.db.close();
    }

    /// Every record of one kind, archived ones included.
    pub async fn all<R: Record>(&self) -> Result<Vec<R>, StorageError> {
        let tx = self
            .db
            .transaction(&[R::KIND], TransactionMode::ReadOnly)
            .map_err(idb)?;
        let values = tx
            .object_store(R::KIND)
            .map_err(idb)?
            .get_all(None, None)
            .map_err(idb)?
            .await
            .map_err(idb)?;
        values
            .iter()
            .map(|v| json::from_json(&record_text(v)?).map_err(decode_error))
            .collect()
    }

    /// One record by id.
    pub async fn get<R: Record>(&self, id: Uuid) -> Result<Option<R>, StorageError> {
        let tx = self
            .db
            .transaction(&[R::KIND], TransactionMode::ReadOnly)
            .map_err(idb)?;
        let value = tx
            .object_store(R::KIND)
            .map_err(idb)?
            .get(Query::Key(JsValue::from_str(&id.to_string())))
            .map_err(idb)?
            .await
            .map_err(idb)?;
        value
            .map(|v| json::from_json(&record_text(&v)?).map_err(decode_error))
            .transpose()
    }

    /// Saves one record, refusing to overwrite a version this tab has not seen: the stored
    /// revision must be the one the edit started from (`record.rev - 1`), or absent.
    pub async fn put<R: Record>(&self, record: &R) -> Result<(), StorageError> {
        self.put_raw(
            R::KIND,
            record.meta(),
            wrap(record.meta(), &to_text(record)?)?,
        )
        .await
    }

    /// [`Repository::put`] for a record of any kind.
    pub async fn put_any(&self, record: &AnyRecord) -> Result<(), StorageError> {
        self.put_raw(
            record.kind(),
            record.meta(),
            wrap(record.meta(), &to_text(record)?)?,
        )
        .await
    }

    /// Stores a version team sync took in, only if the stored one is still `base_rev` (the
    /// version it was reconciled with; `None`: absent). Otherwise `Conflict`, and the caller
    /// reconciles again with what is stored now.
    pub async fn put_synced(
        &self,
        record: &AnyRecord,
        base_rev: Option<u32>,
    ) -> Result<(), StorageError> {
        self.put_checked(
            record.kind(),
            record.meta(),
            wrap(record.meta(), &to_text(record)?)?,
            Some(base_rev),
        )
        .await
    }

    /// [`Repository::put_synced`] for many records in one transaction: each is written only if
    /// its stored version is still the given revision. Returns, per record, whether it was.
    pub async fn put_synced_many(
        &self,
        batch: &[(AnyRecord, Option<u32>)],
    ) -> Result<Vec<bool>, StorageError> {
        let tx = self
            .db
            .transaction(Dataset::KINDS, TransactionMode::ReadWrite)
            .map_err(idb)?;
        // Every read is queued at once and every write too, awaiting only what is needed:
        // requests of one transaction complete in the order they were made.
        let mut reads = Vec::with_capacity(batch.len());
        for (record, _) in batch {
            let store = tx.object_store(record.kind()).map_err(idb)?;
            reads.push(
                store
                    .get(Query::Key(JsValue::from_str(&record.id().to_string())))
                    .map_err(idb)?,
            );
        }
        let mut written = Vec::with_capacity(batch.len());
        for ((_, base_rev), read) in batch.iter().zip(reads) {
            let stored = read.await.map_err(idb)?;
            written.push(stored.as_ref().map(stored_rev) == *base_rev);
        }
        let mut last = None;
        for ((record, _), ok) in batch.iter().zip(&written) {
            if *ok {
                let store = tx.object_store(record.kind()).map_err(idb)?;
                let js = wrap(record.meta(), &to_text(record)?)?;
                last = Some(store.put(&js, None).map_err(idb)?);
            }
        }
        if let Some(last) = last {
            last.await.map_err(|e| abort_reason(&tx, e))?;
        }
        commit(tx).await?;
        Ok(written)
    }

    async fn put_raw(
        &self,
        kind: &'static str,
        meta: &Meta,
        js: JsValue,
    ) -> Result<(), StorageError> {
        self.put_checked(kind, meta, js, None).await
    }

    /// Writes one record in a transaction that first checks the stored version: its revision
    /// must be `expected` when given (`Some(None)`: no stored version), else the one before
    /// `meta.rev`, or absent.
    async fn put_checked(
        &self,
        kind: &'static str,
        meta: &Meta,
        js: JsValue,
        expected: Option<Option<u32>>,
    ) -> Result<(), StorageError> {
        let tx = self
            .db
            .transaction(&[kind], TransactionMode::ReadWrite)
            .map_err(idb)?;
        let store = tx.object_store(kind).map_err(idb)?;
        let stored = store
            .get(Query::Key(JsValue::from_str(&meta.id.to_string())))
            .map_err(idb)?
            .await
            .map_err(idb)?;
        let stored_rev = stored.as_ref().map(stored_rev);
        let fits = match (expected, stored_rev) {
            (Some(expected), stored) => expected == stored,
            (None, Some(stored)) => stored.saturating_add(1) == meta.rev,
            (None, None) => true,
        };
        if !fits {
            let _ = tx.abort();
            return Err(StorageError::Conflict {
                kind,
                id: meta.id,
                stored_rev: stored_rev.unwrap_or(0),
                our_rev: meta.rev,
            });
        }
        store
            .put(&js, None)
            .map_err(idb)?
            .await
            .map_err(|e| abort_reason(&tx, e))?;
        commit(tx).await
    }

    /// A record of the named kind by id (for changes announced by another tab).
    pub async fn get_any(&self, kind: &str, id: Uuid) -> Result<Option<AnyRecord>, StorageError> {
        let Some(kind) = Dataset::KINDS.iter().find(|k| **k == kind) else {
            return Ok(None);
        };
        let tx = self
            .db
            .transaction(&[kind], TransactionMode::ReadOnly)
            .map_err(idb)?;
        let value = tx
            .object_store(kind)
            .map_err(idb)?
            .get(Query::Key(JsValue::from_str(&id.to_string())))
            .map_err(idb)?
            .await
            .map_err(idb)?;
        match value {
            None => Ok(None),
            Some(v) => {
                let text = record_text(&v)?;
                json::read_with(&text, |de| AnyRecord::deserialize_kind(kind, de))
                    .map_err(decode_error)
            }
        }
    }

    /// Removes a record for good (tests and restores; the app archives with tombstones).
    pub async fn delete<R: Record>(&self, id: Uuid) -> Result<(), StorageError> {
        let tx = self
            .db
            .transaction(&[R::KIND], TransactionMode::ReadWrite)
            .map_err(idb)?;
        tx.object_store(R::KIND)
            .map_err(idb)?
            .delete(Query::Key(JsValue::from_str(&id.to_string())))
            .map_err(idb)?
            .await
            .map_err(idb)?;
        commit(tx).await
    }

    /// Everything, read in one transaction so the snapshot is consistent. The stored texts
    /// are joined into one dataset text and decoded in one pass, so a bad record is reported
    /// with its path (`$.cases[12].hard_date`).
    pub async fn load_all(&self) -> Result<Dataset, StorageError> {
        let mut text: Vec<u8> = b"{".to_vec();
        self.read_every_store(|i, kind, values| {
            if i > 0 {
                text.push(b',');
            }
            text.push(b'"');
            text.extend_from_slice(kind.as_bytes());
            text.extend_from_slice(b"\":[");
            append_records(values, &mut text)?;
            text.push(b']');
            Ok(())
        })
        .await?;
        text.push(b'}');
        let text = String::from_utf8(text)
            .map_err(|_| StorageError::Decode("stored text is not UTF-8".into()))?;
        json::from_json(&text).map_err(decode_error)
    }

    /// Every stored record as the parts of a backup file's `data` object, in one read
    /// transaction and without decoding anything: `{"cases":[`, each record's stored JSON
    /// bytes, commas, `],"service_types":[` … `]}`, for a `Blob`. A safety copy of 50,000
    /// records spent 750 ms in one task decoding them and writing them again.
    pub async fn raw_data_parts(&self) -> Result<js_sys::Array, StorageError> {
        let parts = js_sys::Array::new();
        self.read_every_store(|i, kind, values| {
            let open = format!("{}\"{kind}\":[", if i == 0 { "{" } else { "," });
            parts.push(&JsValue::from_str(&open));
            push_stored(values, &parts)
                .map_err(|_| StorageError::Decode("a stored record could not be read".into()))?;
            parts.push(&JsValue::from_str("]"));
            Ok(())
        })
        .await?;
        parts.push(&JsValue::from_str("}"));
        Ok(parts)
    }

    /// Reads every record store in one transaction (a consistent snapshot), handing each
    /// store's raw values to `each(position, kind, values)` in kind order. Every store's
    /// request is queued before the first is awaited, so the stores are read back to back
    /// rather than one event-loop turn apart.
    async fn read_every_store(
        &self,
        mut each: impl FnMut(usize, &str, Vec<JsValue>) -> Result<(), StorageError>,
    ) -> Result<(), StorageError> {
        let kinds = Dataset::KINDS;
        let tx = self
            .db
            .transaction(kinds, TransactionMode::ReadOnly)
            .map_err(idb)?;
        let requests = kinds
            .iter()
            .map(|kind| {
                let request = tx.object_store(kind)?.get_all(None, None)?;
                Ok(std::future::IntoFuture::into_future(request))
            })
            .collect::<Result<Vec<_>, idb::Error>>()
            .map_err(idb)?;
        for (i, (kind, request)) in kinds.iter().zip(requests).enumerate() {
            each(i, kind, request.await.map_err(idb)?)?;
        }
        Ok(())
    }

    /// Writes a whole dataset in ONE transaction: with `replace`, every store is cleared
    /// first. A crash or a closed tab midway leaves the old data or the new, never a mix.
    pub async fn write_all(&self, data: &Dataset, replace: bool) -> Result<(), StorageError> {
        // One slice holding every record: all puts queued, then one commit.
        self.write_all_in_steps(data, replace, data.len(), |_, _| {})
            .await
    }

    /// [`Repository::write_all`] for large imports: still ONE transaction (a crash leaves the
    /// old data or the new), but records are serialised and queued a slice at a time, and
    /// each slice waits for the previous one's last write, so the page paints between slices.
    /// `progress(written, total)` is called after each slice.
    pub async fn write_all_in_steps(
        &self,
        data: &Dataset,
        replace: bool,
        slice: usize,
        mut progress: impl FnMut(usize, usize),
    ) -> Result<(), StorageError> {
        let kinds = Dataset::KINDS;
        let tx = self
            .db
            .transaction(kinds, TransactionMode::ReadWrite)
            .map_err(idb)?;
        if replace {
            for kind in kinds {
                tx.object_store(kind).map_err(idb)?.clear().map_err(idb)?;
            }
        }
        let total = data.len();
        let slice = slice.max(1);
        let mut written = 0;
        while written < total {
            let records = data
                .stored_slice(written, slice)
                .map_err(|e| StorageError::Encode(e.to_string()))?;
            let mut last = None;
            let mut store: Option<(&str, idb::ObjectStore)> = None;
            for (kind, meta, text) in &records {
                if store.as_ref().is_none_or(|(k, _)| k != kind) {
                    store = Some((kind, tx.object_store(kind).map_err(idb)?));
                }
                if let Some((_, s)) = &store {
                    last = Some(s.put(&wrap(meta, text)?, None).map_err(idb)?);
                }
            }
            written += records.len().max(1);
            // The slice's last write done means the whole slice is: requests complete in order.
            // The transaction stays active in the continuation, so the next slice can queue.
            if let Some(last) = last {
                last.await.map_err(|e| abort_reason(&tx, e))?;
            }
            progress(written.min(total), total);
        }
        commit(tx).await
    }

    /// Clears every store, settings included, in one transaction ("erase all data").
    pub async fn erase_all(&self) -> Result<(), StorageError> {
        let names = store_names();
        let tx = self
            .db
            .transaction(&names, TransactionMode::ReadWrite)
            .map_err(idb)?;
        for name in &names {
            tx.object_store(name).map_err(idb)?.clear().map_err(idb)?;
        }
        commit(tx).await
    }

    /// A small stored fact (device id, last export time, preferences).
    pub async fn setting<T: DeserializeOwned>(&self, key: &str) -> Result<Option<T>, StorageError> {
        let tx = self
            .db
            .transaction(&[SETTINGS], TransactionMode::ReadOnly)
            .map_err(idb)?;
        let value = tx
            .object_store(SETTINGS)
            .map_err(idb)?
            .get(Query::Key(JsValue::from_str(key)))
            .map_err(idb)?
            .await
            .map_err(idb)?;
        match value {
            None => Ok(None),
            Some(v) => {
                let entry: SettingEntry<String, T> = decode(v)?;
                Ok(Some(entry.value))
            }
        }
    }

    pub async fn set_setting<T: Serialize>(
        &self,
        key: &str,
        value: &T,
    ) -> Result<(), StorageError> {
        let js = encode(&SettingEntry { key, value })?;
        let tx = self
            .db
            .transaction(&[SETTINGS], TransactionMode::ReadWrite)
            .map_err(idb)?;
        tx.object_store(SETTINGS)
            .map_err(idb)?
            .put(&js, None)
            .map_err(idb)?
            .await
            .map_err(idb)?;
        commit(tx).await
    }
}

#[derive(serde::Serialize, serde::Deserialize)]
struct SettingEntry<K, T> {
    key: K,
    value: T,
}

/// Commits and waits. An aborted transaction is explained by its `error` (a full disk aborts
/// the transaction with `QuotaExceededError`, which would otherwise read as a plain abort).
async fn commit(tx: idb::Transaction) -> Result<(), StorageError> {
    let raw: web_sys::IdbTransaction = tx.into();
    let tx = idb::Transaction::from(raw.clone());
    let result = tx.commit().map_err(idb)?.await;
    match result {
        Ok(r) if r.is_committed() => Ok(()),
        Ok(_) => Err(reason(&raw).unwrap_or(StorageError::Aborted)),
        Err(e) => Err(reason(&raw).unwrap_or_else(|| idb(e))),
    }
}

/// The error of a failed request in `tx`: the transaction's own reason when it has one, else
/// the request's error, read by its DOMException name.
fn abort_reason(tx: &idb::Transaction, e: idb::Error) -> StorageError {
    tx.error()
        .map_or_else(|| idb(e), |d| StorageError::from_dom_name(&d.name()))
}

fn reason(raw: &web_sys::IdbTransaction) -> Option<StorageError> {
    raw.error().map(|d| StorageError::from_dom_name(&d.name()))
}

fn stored_rev(value: &JsValue) -> u32 {
    js_sys::Reflect::get(value, &JsValue::from_str("rev"))
        .ok()
        .and_then(|v| v.as_f64())
        .map_or(0, |r| r as u32)
}

/// To a JS object for IndexedDB (settings): the app's JSON writer, then `JSON.parse`.
fn encode<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, StorageError> {
    let text = to_text(value)?;
    js_sys::JSON::parse(&text).map_err(|_| StorageError::Encode("JSON.parse".into()))
}

fn to_text<T: Serialize + ?Sized>(value: &T) -> Result<String, StorageError> {
    json::to_json(value).map_err(|e| StorageError::Encode(e.to_string()))
}

/// A record's stored shape: `{ id, rev, json }` (see the module comment).
fn wrap(meta: &Meta, text: &str) -> Result<JsValue, StorageError> {
    let object = js_sys::Object::new();
    let set = |key: &str, value: &JsValue| {
        js_sys::Reflect::set(&object, &JsValue::from_str(key), value)
            .map(|_| ())
            .map_err(|_| StorageError::Encode("reflect".into()))
    };
    set("id", &JsValue::from_str(&meta.id.to_string()))?;
    set("rev", &JsValue::from_f64(f64::from(meta.rev)))?;
    set("json", &js_sys::Uint8Array::from(text.as_bytes()).into())?;
    Ok(object.into())
}

// One call joins a store's records into JSON array items: 2,000 calls across the wasm
// boundary per store (read the field, test its type, copy) took a sixth of the time of loading
// 2,000 cases. Records of earlier builds (a JSON string, or the record as a plain object) are
// encoded here too, so every shape arrives as UTF-8 bytes.
#[wasm_bindgen::prelude::wasm_bindgen(inline_js = r#"
const utf8 = new TextEncoder();
function recordBytes(v) {
  const json = v === null || typeof v !== "object" ? undefined : v.json;
  return json instanceof Uint8Array ? json
    : utf8.encode(typeof json === "string" ? json : JSON.stringify(v));
}
export function join_stored(values) {
  const parts = new Array(values.length);
  let size = Math.max(0, values.length - 1);
  for (let i = 0; i < values.length; i++) {
    const bytes = recordBytes(values[i]);
    parts[i] = bytes;
    size += bytes.length;
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (let i = 0; i < parts.length; i++) {
    if (i > 0) out[at++] = 44;
    out.set(parts[i], at);
    at += parts[i].length;
  }
  return out;
}
export function push_stored(values, parts) {
  for (let i = 0; i < values.length; i++) {
    if (i > 0) parts.push(",");
    parts.push(recordBytes(values[i]));
  }
}
"#)]
extern "C" {
    #[wasm_bindgen(catch)]
    fn join_stored(values: Vec<JsValue>) -> Result<js_sys::Uint8Array, JsValue>;
    #[wasm_bindgen(catch)]
    fn push_stored(values: Vec<JsValue>, parts: &js_sys::Array) -> Result<(), JsValue>;
}

/// Appends the stored records, comma-separated, as UTF-8 JSON.
fn append_records(values: Vec<JsValue>, out: &mut Vec<u8>) -> Result<(), StorageError> {
    let bytes = join_stored(values)
        .map_err(|_| StorageError::Decode("a stored record could not be read".into()))?;
    let start = out.len();
    out.resize(start + bytes.length() as usize, 0);
    bytes.copy_to(&mut out[start..]);
    Ok(())
}

/// One stored record's JSON text.
fn record_text(value: &JsValue) -> Result<String, StorageError> {
    let mut bytes = Vec::new();
    append_records(vec![value.clone()], &mut bytes)?;
    String::from_utf8(bytes).map_err(|_| StorageError::Decode("stored text is not UTF-8".into()))
}

fn stringify(value: &JsValue) -> Result<String, StorageError> {
    js_sys::JSON::stringify(value)
        .map(String::from)
        .map_err(|_| StorageError::Decode("JSON.stringify".into()))
}

fn decode_error(e: json::JsonError) -> StorageError {
    StorageError::Decode(e.to_string())
}

fn decode<T: DeserializeOwned>(value: JsValue) -> Result<T, StorageError> {
    json::from_json(&stringify(&value)?).map_err(decode_error)
}
