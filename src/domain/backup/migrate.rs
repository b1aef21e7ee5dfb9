//! Schema migrations, run on the JSON value before typed decoding: step `N` turns a file of
//! schema `N` into schema `N + 1`. Schema 1 is the first published format, so the ladder is
//! empty today; each later schema adds one step here and one fixture file in `tests/fixtures/`.

use serde_json::Value;

/// A migration step: the schema it reads, and the function that rewrites the data in place.
pub type Migration = (u32, fn(&mut Value) -> Result<(), String>);

/// All steps, in order.
pub const MIGRATIONS: &[Migration] = &[];

/// Runs every step from `from` up to the current schema.
pub(super) fn migrate(value: &mut Value, from: u32, to: u32) -> Result<(), (u32, String)> {
    for version in from..to {
        let step = MIGRATIONS
            .iter()
            .find(|(v, _)| *v == version)
            .ok_or((version, "no migration step".to_string()))?;
        (step.1)(value).map_err(|e| (version, e))?;
        if let Some(obj) = value.as_object_mut() {
            obj.insert("schema_version".into(), Value::from(version + 1));
        }
    }
    Ok(())
}
