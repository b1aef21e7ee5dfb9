//! The only code that touches IndexedDB. The rest of the app sees [`Repository`]: typed
//! records in, typed records out, and a [`StorageError`] that says what went wrong.

mod error;
mod schema;

pub use error::StorageError;

use std::rc::Rc;

use idb::{Database, Factory, TransactionMode};
use serde::de::DeserializeOwned;
use serde::Serialize;
use wasm_bindgen::JsValue;

use crate::domain::case::Case;
use schema::CASES;

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

impl Repository {
    /// Opens (creating or upgrading) the named database.
    pub async fn open(name: &str) -> Result<Repository, StorageError> {
        let factory = Factory::new().map_err(|_| StorageError::Unavailable)?;
        let mut request = factory
            .open(name, Some(schema::VERSION))
            .map_err(StorageError::from_idb)?;
        request.on_upgrade_needed(schema::upgrade);
        let db = request.await.map_err(StorageError::from_idb)?;
        Ok(Repository { db: Rc::new(db) })
    }

    /// Every case, archived ones included (the list decides what to show).
    pub async fn all_cases(&self) -> Result<Vec<Case>, StorageError> {
        self.get_all(CASES).await
    }

    /// Saves one case in its own read-write transaction.
    pub async fn put_case(&self, case: &Case) -> Result<(), StorageError> {
        self.put(CASES, case).await
    }

    async fn get_all<T: DeserializeOwned>(&self, store: &str) -> Result<Vec<T>, StorageError> {
        let tx = self
            .db
            .transaction(&[store], TransactionMode::ReadOnly)
            .map_err(StorageError::from_idb)?;
        let values = tx
            .object_store(store)
            .map_err(StorageError::from_idb)?
            .get_all(None, None)
            .map_err(StorageError::from_idb)?
            .await
            .map_err(StorageError::from_idb)?;
        values.into_iter().map(decode).collect()
    }

    async fn put<T: Serialize>(&self, store: &str, value: &T) -> Result<(), StorageError> {
        let js = encode(value)?;
        let tx = self
            .db
            .transaction(&[store], TransactionMode::ReadWrite)
            .map_err(StorageError::from_idb)?;
        tx.object_store(store)
            .map_err(StorageError::from_idb)?
            .put(&js, None)
            .map_err(StorageError::from_idb)?
            .await
            .map_err(StorageError::from_idb)?;
        let result = tx
            .commit()
            .map_err(StorageError::from_idb)?
            .await
            .map_err(StorageError::from_idb)?;
        if result.is_committed() {
            Ok(())
        } else {
            Err(StorageError::Aborted)
        }
    }
}

fn encode<T: Serialize>(value: &T) -> Result<JsValue, StorageError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| StorageError::Encode(e.to_string()))
}

fn decode<T: DeserializeOwned>(value: JsValue) -> Result<T, StorageError> {
    serde_wasm_bindgen::from_value(value).map_err(|e| StorageError::Decode(e.to_string()))
}
