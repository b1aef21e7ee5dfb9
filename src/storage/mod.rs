//! The only code that touches IndexedDB. The rest of the app sees [`Repository`]: typed
//! records in, typed records out, one readwrite transaction per user action, and a
//! [`StorageError`] that says what went wrong.

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
        values.into_iter().map(decode).collect()
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
        value.map(decode).transpose()
    }

    /// Saves one record, refusing to overwrite a version this tab has not seen: the stored
    /// revision must be the one the edit started from (`record.rev - 1`), or absent.
    pub async fn put<R: Record>(&self, record: &R) -> Result<(), StorageError> {
        self.put_raw(R::KIND, record.meta(), encode(record)?).await
    }

    /// [`Repository::put`] for a record of any kind.
    pub async fn put_any(&self, record: &AnyRecord) -> Result<(), StorageError> {
        self.put_raw(record.kind(), record.meta(), encode(record)?)
            .await
    }

    async fn put_raw(
        &self,
        kind: &'static str,
        meta: &Meta,
        js: JsValue,
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
        if let Some(stored) = stored {
            let stored_rev = stored_rev(&stored);
            if stored_rev.saturating_add(1) != meta.rev {
                let _ = tx.abort();
                return Err(StorageError::Conflict {
                    kind,
                    id: meta.id,
                    stored_rev,
                    our_rev: meta.rev,
                });
            }
        }
        store.put(&js, None).map_err(idb)?.await.map_err(idb)?;
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
            Some(v) => AnyRecord::deserialize_kind(kind, serde_wasm_bindgen::Deserializer::from(v))
                .map_err(|e| StorageError::Decode(e.to_string())),
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

    /// Everything, read in one transaction so the snapshot is consistent.
    pub async fn load_all(&self) -> Result<Dataset, StorageError> {
        let kinds = Dataset::KINDS;
        let tx = self
            .db
            .transaction(kinds, TransactionMode::ReadOnly)
            .map_err(idb)?;
        let object = js_sys::Object::new();
        for kind in kinds {
            let values = tx
                .object_store(kind)
                .map_err(idb)?
                .get_all(None, None)
                .map_err(idb)?
                .await
                .map_err(idb)?;
            let array: js_sys::Array = values.into_iter().collect();
            js_sys::Reflect::set(&object, &JsValue::from_str(kind), &array)
                .map_err(|_| StorageError::Other("reflect".into()))?;
        }
        decode(object.into())
    }

    /// Writes a whole dataset in ONE transaction: with `replace`, every store is cleared
    /// first. A crash or a closed tab midway leaves the old data or the new, never a mix.
    pub async fn write_all(&self, data: &Dataset, replace: bool) -> Result<(), StorageError> {
        let js = encode(data)?;
        let kinds = Dataset::KINDS;
        let tx = self
            .db
            .transaction(kinds, TransactionMode::ReadWrite)
            .map_err(idb)?;
        for kind in kinds {
            let store = tx.object_store(kind).map_err(idb)?;
            if replace {
                store.clear().map_err(idb)?;
            }
            let items = js_sys::Reflect::get(&js, &JsValue::from_str(kind))
                .map_err(|_| StorageError::Other("reflect".into()))?;
            let items: js_sys::Array = items.into();
            // Queue every put without waiting: the transaction orders them and commits once.
            for item in items.iter() {
                store.put(&item, None).map_err(idb)?;
            }
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

async fn commit(tx: idb::Transaction) -> Result<(), StorageError> {
    let result = tx.commit().map_err(idb)?.await.map_err(idb)?;
    if result.is_committed() {
        Ok(())
    } else {
        Err(StorageError::Aborted)
    }
}

fn stored_rev(value: &JsValue) -> u32 {
    js_sys::Reflect::get(value, &JsValue::from_str("rev"))
        .ok()
        .and_then(|v| v.as_f64())
        .map_or(0, |r| r as u32)
}

fn encode<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, StorageError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| StorageError::Encode(e.to_string()))
}

fn decode<T: DeserializeOwned>(value: JsValue) -> Result<T, StorageError> {
    serde_wasm_bindgen::from_value(value).map_err(|e| StorageError::Decode(e.to_string()))
}
