//! Reading a backup file: every way a file can be wrong gets its own error that says what is
//! wrong and where, and nothing is decoded until the file has passed the cheap checks.

use serde_json::Value;
use thiserror::Error;

use super::envelope::{Envelope, FORMAT, SCHEMA_VERSION};
use super::migrate::migrate;
use super::sanity::{check_values, BadValue, FieldName, Unlikely};
use crate::domain::json::{self, Step};
use crate::i18n::{pick, Lang};

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
}

impl ImportError {
    pub fn message(&self, lang: Lang) -> String {
        use ImportError::*;
        match self {
            Empty => pick(lang, "文件是空的。".into(), "The file is empty.".into()),
            TooLarge { bytes, max } => pick(
                lang,
                format!("文件有 {:.1} MB，超过上限 {} MB，未导入。", mb(*bytes), mb(*max)),
                format!(
                    "The file is {:.1} MB, over the {} MB limit; nothing was imported.",
                    mb(*bytes),
                    mb(*max)
                ),
            ),
            NotJson {
                line,
                column,
                detail,
            } => pick(
                lang,
                format!("文件不是有效的 JSON（第 {line} 行第 {column} 列：{detail}）。请确认选的是本应用导出的备份文件。"),
                format!("The file is not valid JSON (line {line}, column {column}: {detail}). Check that it is a backup exported by this app."),
            ),
            WrongFormat { found } => pick(
                lang,
                format!("这不是加急护航的备份文件（format 字段为 {}）。", shown(found)),
                format!("This is not an Expedite Guard backup (its format field is {}).", shown(found)),
            ),
            NewerSchema { found, supported } => pick(
                lang,
                format!("文件来自更新版本的应用（数据版本 {found}，本机支持到 {supported}）。请先更新本应用再导入。"),
                format!("The file comes from a newer version of the app (schema {found}; this one reads up to {supported}). Update the app first."),
            ),
            BadSchemaVersion => pick(
                lang,
                "文件缺少有效的数据版本号（schema_version）。".into(),
                "The file has no valid schema_version.".into(),
            ),
            Migration { from, reason } => pick(
                lang,
                format!("无法把数据版本 {from} 升级到当前版本：{reason}"),
                format!("Could not upgrade schema {from} to the current one: {reason}"),
            ),
            Field { path, problem } => pick(
                lang,
                format!("位置 {path}：{problem}"),
                format!("At {path}: {problem}"),
            ),
            TextTooLong { path, chars, max } => pick(
                lang,
                format!("位置 {path}：文字有 {chars} 个字符，超过上限 {max}。"),
                format!("At {path}: the text has {chars} characters, over the limit of {max}."),
            ),
            ListTooLong { path, count, max } => pick(
                lang,
                format!("位置 {path}：有 {count} 项，超过上限 {max}。"),
                format!("At {path}: {count} items, over the limit of {max}."),
            ),
            TooDeep { path, max } => pick(
                lang,
                format!("位置 {path}：嵌套超过 {max} 层。"),
                format!("At {path}: nested more than {max} levels deep."),
            ),
            DuplicateId { kind, id } => pick(
                lang,
                format!("{kind} 中编号 {id} 出现了两次，文件可能被改动过。"),
                format!("In {kind}, the id {id} appears twice: the file may have been edited."),
            ),
            Unlikely(bad) => unlikely_message(bad, lang),
        }
    }
}

/// "第 3 条案件记录的“承诺工作日”为 0，应在 1 到 365 之间。未导入任何数据。"
fn unlikely_message(bad: &BadValue, lang: Lang) -> String {
    let n = bad.index + 1;
    let (kind_zh, kind_en) = kind_names(&bad.kind);
    let (field_zh, field_en) = match bad.field {
        FieldName::Rev => ("修订号", "revision"),
        FieldName::CreatedAt => ("创建时间", "created time"),
        FieldName::UpdatedAt => ("修改时间", "updated time"),
        FieldName::HardDate => ("硬截止日", "hard date"),
        FieldName::StartDate => ("开始日期", "start date"),
        FieldName::PromisedWorkingDays => ("承诺工作日", "promised working days"),
    };
    let (zh, en) = match &bad.problem {
        Unlikely::RevZero => (
            "为 0，本应用的修订号从 1 开始".to_string(),
            "is 0; the app counts revisions from 1".to_string(),
        ),
        Unlikely::RevTooLarge { rev, max } => (
            format!("为 {rev}，超过本应用可能写出的 {max}"),
            format!("is {rev}, more than the app can write ({max})"),
        ),
        Unlikely::DaysOutOfRange { days, max } => (
            format!("为 {days}，应在 1 到 {max} 之间"),
            format!("is {days}; it must be between 1 and {max}"),
        ),
        Unlikely::YearOutOfRange { year } => (
            format!(
                "在 {year} 年，超出 {}–{} 年的范围",
                super::FIRST_YEAR,
                super::LAST_YEAR
            ),
            format!(
                "is in the year {year}, outside {}–{}",
                super::FIRST_YEAR,
                super::LAST_YEAR
            ),
        ),
        Unlikely::StartAfterHard { start, hard } => (
            format!("{start} 晚于硬截止日 {hard}"),
            format!("{start} is after the hard date {hard}"),
        ),
    };
    pick(
        lang,
        format!("第 {n} 条{kind_zh}记录的“{field_zh}”{zh}。文件不是本应用写出的，未导入任何数据。"),
        format!("{kind_en} record {n}: the {field_en} {en}. The app did not write this file; nothing was imported."),
    )
}

/// A record kind in words.
pub fn kind_names(kind: &str) -> (&'static str, &'static str) {
    match kind {
        "cases" => ("案件", "Case"),
        "service_types" => ("自定义服务", "Custom service"),
        "holiday_years" => ("节假日数据", "Holiday data"),
        "plans" => ("预案", "Plan"),
        "warnings" => ("政策预警", "Policy warning"),
        "failures" => ("失败记录", "Failure"),
        "retros" => ("复盘", "Retrospective"),
        "drill_scenarios" => ("演练场景", "Drill scenario"),
        "drill_runs" => ("演练记录", "Drill run"),
        "prechecks" => ("预审", "Precheck"),
        _ => ("", "Unknown"),
    }
}

fn mb(bytes: usize) -> f64 {
    bytes as f64 / (1024.0 * 1024.0)
}

fn shown(found: &Option<String>) -> String {
    match found {
        Some(f) => format!("“{}”", f.chars().take(40).collect::<String>()),
        None => "—".to_string(),
    }
}

/// A file's text from its bytes, read as a browser's `Blob.text()` reads it (UTF-8, a leading
/// byte-order mark dropped, invalid bytes replaced by U+FFFD) but without a trip through a
/// JavaScript string: passing 5 MB of Chinese text from JS into wasm re-encodes it, which took
/// a third of the time of importing 2,000 cases. Valid UTF-8 (the usual case) is not copied.
pub fn file_text(mut bytes: Vec<u8>) -> String {
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
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
    let field = |e: json::JsonError| ImportError::Field {
        path: e.path,
        problem: e.problem,
    };
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
        json::from_json(&text).map_err(field)?
    };
    no_duplicates(envelope)
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
