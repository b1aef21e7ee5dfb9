//! Reading a backup file: every way a file can be wrong gets its own error that says what is
//! wrong and where, and nothing is decoded until the file has passed the cheap checks.

use serde_json::Value;
use thiserror::Error;

use super::envelope::{Envelope, FORMAT, SCHEMA_VERSION};
use super::migrate::migrate;
use super::problem::{path_steps, PathStep, Problem};
use super::sanity::{check_values, BadValue};
use crate::domain::json::{self, Step};

/// Bounds on what an import accepts, so a hostile or broken file cannot exhaust the device.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    pub max_bytes: usize,
    pub max_records_per_kind: usize,
    pub max_text_chars: usize,
    pub max_depth: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_bytes: 64 * 1024 * 1024,
            max_records_per_kind: 100_000,
            max_text_chars: 100_000,
            max_depth: 32,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum ImportError {
    #[error("file is empty")]
    Empty,
    #[error("file is {bytes} bytes, more than {max}")]
    TooLarge { bytes: usize, max: usize },
    #[error("not JSON: {detail} at line {line}, column {column}")]
    NotJson {
        line: usize,
        column: usize,
        detail: String,
    },
    #[error("not an Expedite Guard backup (format {found:?})")]
    WrongFormat { found: Option<String> },
    #[error("schema {found} is newer than {supported}")]
    NewerSchema { found: u64, supported: u32 },
    #[error("schema version missing or invalid")]
    BadSchemaVersion,
    #[error("migration from schema {from} failed: {reason}")]
    Migration { from: u32, reason: String },
    #[error("{path}: {problem}")]
    Field { path: String, problem: String },
    #[error("{path}: text of {chars} characters, more than {max}")]
    TextTooLong {
        path: String,
        chars: usize,
        max: usize,
    },
    #[error("{path}: list of {count} items, more than {max}")]
    ListTooLong {
        path: String,
        count: usize,
        max: usize,
    },
    #[error("{path}: nested deeper than {max}")]
    TooDeep { path: String, max: usize },
    #[error("{kind}: the id {id} appears twice")]
    DuplicateId { kind: String, id: String },
    #[error("{0:?}")]
    Unlikely(BadValue),
    /// The file's bytes are not UTF-8 text (or are broken UTF-16).
    #[error("text encoding: {0:?}")]
    Encoding(TextEncoding),
    /// The browser could not read the chosen file.
    #[error("the file could not be read")]
    Unreadable,
    /// An encrypted file made with an algorithm the app does not use.
    #[error("{path}: {found} is not supported ({supported})")]
    Unsupported {
        path: String,
        found: String,
        supported: &'static str,
    },
}

/// Why a file's bytes are not text the app can read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextEncoding {
    /// UTF-16 (it has the byte-order mark or the zero bytes) that does not decode.
    Utf16,
    /// Not UTF-8: most often GBK/GB18030 from a Chinese Windows editor or Excel.
    NotUtf8,
}

/// A file's text from its bytes, without a trip through a JavaScript string (passing 5 MB of
/// Chinese text from JS into wasm re-encodes it, a third of the time of importing 2,000
/// cases). UTF-8 (the app's own exports; a leading byte-order mark dropped) is not copied.
/// UTF-16, which some Windows editors write, is decoded when it has a byte-order mark or the
/// zero bytes of ASCII text. Anything else (GBK from a Chinese editor, say) is refused rather
/// than read with replacement characters that would corrupt names.
pub fn file_text(mut bytes: Vec<u8>) -> Result<String, ImportError> {
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    if let Some((little, skip)) = utf16_order(&bytes) {
        let body = &bytes[skip..];
        if !body.len().is_multiple_of(2) {
            return Err(ImportError::Encoding(TextEncoding::Utf16));
        }
        let units: Vec<u16> = body
            .chunks_exact(2)
            .map(|p| {
                if little {
                    u16::from_le_bytes([p[0], p[1]])
                } else {
                    u16::from_be_bytes([p[0], p[1]])
                }
            })
            .collect();
        return String::from_utf16(&units).map_err(|_| ImportError::Encoding(TextEncoding::Utf16));
    }
    String::from_utf8(bytes).map_err(|_| ImportError::Encoding(TextEncoding::NotUtf8))
}

/// UTF-16's byte order (little-endian?) and the bytes to skip, when the text is UTF-16.
fn utf16_order(bytes: &[u8]) -> Option<(bool, usize)> {
    match bytes {
        [0xFF, 0xFE, ..] => Some((true, 2)),
        [0xFE, 0xFF, ..] => Some((false, 2)),
        // JSON starts with ASCII: one of its first two bytes is zero in UTF-16.
        [a, 0, b, 0, ..] if *a != 0 && *b != 0 => Some((true, 0)),
        [0, a, 0, b, ..] if *a != 0 && *b != 0 => Some((false, 0)),
        _ => None,
    }
}

/// Reads a backup: size, JSON and shape limits (one pass that builds nothing), format, schema
/// version, migrations, typed decoding with the path of the first bad field, then duplicate
/// ids. A current-schema file is decoded straight from its text: no intermediate JSON tree.
pub fn parse_backup(text: &str, limits: Limits) -> Result<Envelope, ImportError> {
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    if text.len() > limits.max_bytes {
        return Err(ImportError::TooLarge {
            bytes: text.len(),
            max: limits.max_bytes,
        });
    }
    // The common case, a current file well within the limits, is decoded at once; anything
    // else takes the careful path below, which names what is wrong and where.
    if json::within_limits(
        text,
        limits.max_depth,
        limits.max_text_chars,
        limits.max_records_per_kind,
    ) {
        if let Ok(envelope) = json::from_json::<Envelope>(text) {
            if envelope.format == FORMAT && envelope.schema_version == SCHEMA_VERSION {
                return no_duplicates(envelope);
            }
        }
    }
    let [format, schema_version] = check_shape(text, &limits)?;
    if !text.trim_start().starts_with('{') {
        return Err(ImportError::WrongFormat { found: None });
    }
    match &format {
        Some(Value::String(f)) if f == FORMAT => {}
        other => {
            return Err(ImportError::WrongFormat {
                found: other
                    .as_ref()
                    .map(|f| f.as_str().map_or_else(|| f.to_string(), str::to_string)),
            })
        }
    }
    let version = schema_version
        .as_ref()
        .and_then(Value::as_u64)
        .ok_or(ImportError::BadSchemaVersion)?;
    if version > u64::from(SCHEMA_VERSION) {
        return Err(ImportError::NewerSchema {
            found: version,
            supported: SCHEMA_VERSION,
        });
    }
    if version == 0 {
        return Err(ImportError::BadSchemaVersion);
    }
    let field = |e: json::JsonError| pinpoint(text, e);
    let envelope: Envelope = if version == u64::from(SCHEMA_VERSION) {
        json::from_json(text).map_err(field)?
    } else {
        // Older files are rewritten as a JSON tree by the migration ladder, then decoded.
        let mut value: Value = json::from_json(text).map_err(field)?;
        migrate(&mut value, version as u32, SCHEMA_VERSION)
            .map_err(|(from, reason)| ImportError::Migration { from, reason })?;
        let text = json::to_json(&value).map_err(|e| ImportError::Migration {
            from: version as u32,
            reason: e.to_string(),
        })?;
        json::from_json(&text).map_err(|e| pinpoint(&text, e))?
    };
    no_duplicates(envelope)
}

/// A decoding error as an [`ImportError::Field`], with the path down to the field. Records
/// that flatten their bookkeeping (`rev`, `created_at`…) into themselves report errors there at
/// the record; reading that record's bookkeeping alone finds the field.
fn pinpoint(text: &str, e: json::JsonError) -> ImportError {
    let steps = path_steps(&e.path);
    let at_record = matches!(
        steps.as_slice(),
        [PathStep::Key(d), PathStep::Key(_), PathStep::Index(_)] if d == "data"
    );
    let e = if at_record && !matches!(Problem::of(&e.problem), Problem::Missing(_)) {
        meta_error(text, &steps, &e.path).unwrap_or(e)
    } else {
        e
    };
    ImportError::Field {
        path: e.path,
        problem: e.problem,
    }
}

fn meta_error(text: &str, steps: &[PathStep], path: &str) -> Option<json::JsonError> {
    let value: Value = serde_json::from_str(text).ok()?;
    let pointer: String = steps
        .iter()
        .map(|s| match s {
            PathStep::Key(k) => format!("/{k}"),
            PathStep::Index(n) => format!("/{n}"),
        })
        .collect();
    let record = json::to_json(value.pointer(&pointer)?).ok()?;
    let inner = json::from_json::<crate::domain::record::Meta>(&record).err()?;
    let rest = inner.path.strip_prefix('$').unwrap_or(&inner.path);
    let path = match Problem::of(&inner.problem) {
        Problem::Missing(_) => path.to_string(),
        _ => format!("{path}{rest}"),
    };
    Some(json::JsonError { path, ..inner })
}

fn no_duplicates(envelope: Envelope) -> Result<Envelope, ImportError> {
    if let Some((kind, id)) = envelope.data.duplicate_ids().into_iter().next() {
        return Err(ImportError::DuplicateId {
            kind: kind.to_string(),
            id: id.to_string(),
        });
    }
    check_values(&envelope.data).map_err(ImportError::Unlikely)?;
    Ok(envelope)
}

/// Which limit a value broke; the path comes from where the walk stopped.
enum Broken {
    Deep,
    Text(usize),
    List(usize),
}

/// Walks the JSON once, refusing huge texts, huge lists and deep nesting before any typed work
/// (and telling a file that is not JSON at all by its line and column); returns the root's
/// `format` and `schema_version`, read in the same pass.
pub(super) fn check_shape(text: &str, limits: &Limits) -> Result<[Option<Value>; 2], ImportError> {
    let mut broken = None;
    let walked = json::walk(text, &["format", "schema_version"], &mut |step| {
        let b = match step {
            Step::Open { depth } if depth > limits.max_depth => Broken::Deep,
            Step::Text { depth, .. } if depth > limits.max_depth => Broken::Deep,
            // Byte length bounds the char count from above: only count when it could matter.
            Step::Text { text, .. } if text.len() > limits.max_text_chars => {
                let chars = text.chars().count();
                if chars <= limits.max_text_chars {
                    return Ok(());
                }
                Broken::Text(chars)
            }
            Step::List { len, .. } if len > limits.max_records_per_kind => Broken::List(len),
            _ => return Ok(()),
        };
        broken = Some(b);
        Err("limit".to_string())
    });
    let e = match walked {
        Ok(mut kept) => {
            let version = kept.pop().flatten();
            return Ok([kept.pop().flatten(), version]);
        }
        Err(e) => e,
    };
    Err(match broken {
        Some(Broken::Deep) => ImportError::TooDeep {
            path: e.path,
            max: limits.max_depth,
        },
        Some(Broken::Text(chars)) => ImportError::TextTooLong {
            path: e.path,
            chars,
            max: limits.max_text_chars,
        },
        Some(Broken::List(count)) => ImportError::ListTooLong {
            path: e.path,
            count,
            max: limits.max_records_per_kind,
        },
        None if e.syntax => ImportError::NotJson {
            line: e.line,
            column: e.column,
            detail: e.problem,
        },
        // serde_json's own nesting guard (deeper than any limit a caller may set).
        None => ImportError::TooDeep {
            path: e.path,
            max: limits.max_depth,
        },
    })
}
