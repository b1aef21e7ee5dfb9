//! Import errors in words: what went wrong with a backup file and where, in the user's
//! language. The domain reports the error as a typed value (`ImportError`); this module is
//! the only place that words it.

use crate::domain::backup::problem::{path_steps, PathStep, Problem, ValueKind};
use crate::domain::backup::sanity::{BadValue, FieldName, Unlikely};
use crate::domain::backup::{ImportError, TextEncoding};
use crate::domain::lang::{pick, Lang};

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
            NotJson { line, column, detail } => {
                let (zh, en) = problem_words(&Problem::of(detail));
                pick(
                    lang,
                    format!("文件不是有效的 JSON：第 {line} 行第 {column} 列{zh}。请确认选的是本应用导出的备份文件。"),
                    format!("The file is not valid JSON: at line {line}, column {column}, {en}. Check that it is a backup exported by this app."),
                )
            }
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
            Migration { from, .. } => pick(
                lang,
                format!("无法把数据版本 {from} 的文件升级到当前版本，未导入任何数据。"),
                format!("Could not upgrade the file from schema {from} to the current one; nothing was imported."),
            ),
            Field { path, problem } => {
                let problem = Problem::of(problem);
                let (zh, en) = problem_words(&problem);
                let (at_zh, at_en) = match &problem {
                    // serde names the missing field; the path stops at its object.
                    Problem::Missing(name) => (
                        json_path_words(&format!("{path}.{name}"), Lang::Zh),
                        json_path_words(&format!("{path}.{name}"), Lang::En),
                    ),
                    _ => (json_path_words(path, Lang::Zh), json_path_words(path, Lang::En)),
                };
                pick(
                    lang,
                    format!("{at_zh}：{zh}。未导入任何数据。"),
                    format!("{at_en}: {en}. Nothing was imported."),
                )
            }
            TextTooLong { path, chars, max } => pick(
                lang,
                format!("{}：文字有 {chars} 个字符，超过上限 {max}。", json_path_words(path, Lang::Zh)),
                format!("{}: the text has {chars} characters, over the limit of {max}.", json_path_words(path, Lang::En)),
            ),
            ListTooLong { path, count, max } => pick(
                lang,
                format!("{}：有 {count} 项，超过上限 {max}。", json_path_words(path, Lang::Zh)),
                format!("{}: {count} items, over the limit of {max}.", json_path_words(path, Lang::En)),
            ),
            TooDeep { path, max } => pick(
                lang,
                format!("{}：嵌套超过 {max} 层。", json_path_words(path, Lang::Zh)),
                format!("{}: nested more than {max} levels deep.", json_path_words(path, Lang::En)),
            ),
            DuplicateId { kind, id } => {
                let (zh, en) = kind_names(kind);
                pick(
                    lang,
                    format!("{zh}记录中编号 {id} 出现了两次，文件可能被改动过。"),
                    format!("Two {en} records have the id {id}: the file may have been edited."),
                )
            }
            Unlikely(bad) => unlikely_message(bad, lang),
            Encoding(TextEncoding::Utf16) => pick(
                lang,
                "文件是 UTF-16 编码，但内容已损坏，无法读取。请用本应用重新导出，或另存为 UTF-8 后再导入。".into(),
                "The file is UTF-16 text but is damaged and cannot be read. Export it from the app again, or save it as UTF-8 and import that.".into(),
            ),
            Encoding(TextEncoding::NotUtf8) => pick(
                lang,
                "文件不是 UTF-8 编码（可能被记事本、Excel 等另存为 GBK/ANSI）。本应用导出的文件都是 UTF-8：请用原文件，或另存为 UTF-8 后再导入。未导入任何数据。".into(),
                "The file is not UTF-8 text (an editor such as Notepad or Excel may have saved it as GBK/ANSI). The app's exports are UTF-8: use the original, or save it as UTF-8 and import that. Nothing was imported.".into(),
            ),
            Unreadable => pick(
                lang,
                "无法读取所选文件（可能已被移动或删除）。请重新选择。".into(),
                "The chosen file could not be read (it may have been moved or deleted). Choose it again.".into(),
            ),
            Unsupported { path, found, supported } => pick(
                lang,
                format!("{}为“{found}”，本应用不支持；本应用的加密文件使用 {supported}。文件可能来自其他软件或被改动过。", json_path_words(path, Lang::Zh)),
                format!("{} is “{found}”, which the app does not support; its encrypted files use {supported}. The file may come from other software or have been edited.", json_path_words(path, Lang::En)),
            ),
        }
    }

    /// The technical text behind the message (serde's or a migration's, in English), for a
    /// collapsed "details" line only; `None` when the message says it all.
    pub fn details(&self) -> Option<String> {
        use ImportError::*;
        match self {
            NotJson {
                line,
                column,
                detail,
            } => Some(format!("{detail} (line {line}, column {column})")),
            Field { path, problem } => Some(format!("{path}: {problem}")),
            Migration { reason, .. } => Some(reason.clone()),
            TextTooLong { path, .. } | ListTooLong { path, .. } | TooDeep { path, .. } => {
                Some(path.clone())
            }
            Unsupported { path, .. } => Some(path.clone()),
            _ => None,
        }
    }
}

/// What a classified problem means, in Chinese and English (after "where:").
fn problem_words(problem: &Problem) -> (String, String) {
    match problem {
        Problem::Missing(_) => ("缺少这一项".into(), "this is missing".into()),
        Problem::WrongType { found, expected } => {
            let (fz, fe) = value_kind_words(found);
            let (ez, ee) = value_kind_words(expected);
            (
                format!("应为{ez}，文件里是{fz}"),
                format!("it should be {ee}, but the file has {fe}"),
            )
        }
        Problem::UnknownChoice(v) => (
            format!("“{v}”不是可选的值"),
            format!("“{v}” is not one of the allowed values"),
        ),
        Problem::BadDate => (
            "日期或时间的格式不对".into(),
            "the date or time is not in a valid format".into(),
        ),
        Problem::BadId => (
            "编号的格式不对".into(),
            "the id is not in a valid format".into(),
        ),
        Problem::OutOfRange => (
            "数字超出允许的范围".into(),
            "the number is out of range".into(),
        ),
        Problem::BadValue => (
            "值不符合要求".into(),
            "the value is not allowed here".into(),
        ),
        Problem::Duplicate(name) => (
            format!("“{}”出现了两次", field_words(name, Lang::Zh)),
            format!("“{}” appears twice", field_words(name, Lang::En)),
        ),
        Problem::Trailing => (
            "之后还有多余的内容".into(),
            "there is extra text after the end of the data".into(),
        ),
        Problem::Truncated => (
            "处文件提前结束（文件可能不完整）".into(),
            "the file ends early (it may be incomplete)".into(),
        ),
        Problem::Syntax => ("处有格式错误".into(), "there is a syntax error".into()),
        Problem::Other => (
            "内容不符合要求".into(),
            "the content is not what the app expects".into(),
        ),
    }
}

fn value_kind_words(kind: &ValueKind) -> (String, String) {
    match kind {
        ValueKind::Text(Some(v)) => (format!("文字“{v}”"), format!("the text “{v}”")),
        ValueKind::Text(None) => ("文字".into(), "text".into()),
        ValueKind::Integer => ("整数".into(), "a whole number".into()),
        ValueKind::Number => ("数字".into(), "a number".into()),
        ValueKind::Boolean => ("是/否".into(), "yes/no".into()),
        ValueKind::Null => ("空值".into(), "nothing (null)".into()),
        ValueKind::Object => ("一组字段".into(), "a group of fields".into()),
        ValueKind::List => ("列表".into(), "a list".into()),
        ValueKind::Unknown => ("其他类型".into(), "another type".into()),
    }
}

/// A JSON field name in words ("hard_date" → "硬截止日"); unknown names are shown as written.
fn field_words(name: &str, lang: Lang) -> String {
    crate::i18n::path_words(name, lang)
}

/// A JSON path in words: `$.data.cases[12].hard_date` → "第 13 条案件记录的“硬截止日”".
pub fn json_path_words(path: &str, lang: Lang) -> String {
    let steps = path_steps(path);
    let mut steps = steps.as_slice();
    if let [PathStep::Key(k), rest @ ..] = steps {
        if k == "data" {
            steps = rest;
        }
    }
    let mut record = None::<String>;
    let mut fields: Vec<String> = Vec::new();
    let mut i = 0;
    while i < steps.len() {
        match (&steps[i], steps.get(i + 1)) {
            (PathStep::Key(kind), Some(PathStep::Index(n)))
                if record.is_none() && !kind_names(kind).0.is_empty() =>
            {
                let (zh, en) = kind_names(kind);
                record = Some(pick(
                    lang,
                    format!("第 {} 条{zh}记录", n + 1),
                    format!("{en} record {}", n + 1),
                ));
                i += 2;
                continue;
            }
            (PathStep::Index(n), _) => fields.push(pick(
                lang,
                format!("第 {} 项", n + 1),
                format!("item {}", n + 1),
            )),
            (PathStep::Key(k), _) => {
                let words = field_words(k, lang);
                if !words.is_empty() {
                    fields.push(words);
                }
            }
        }
        i += 1;
    }
    let fields = fields.join(pick(lang, " · ".into(), " · ".into()).as_str());
    match (record, fields.is_empty()) {
        (Some(r), true) => r,
        (Some(r), false) => pick(lang, format!("{r}的“{fields}”"), format!("{r}, “{fields}”")),
        (None, false) => pick(lang, format!("“{fields}”"), format!("“{fields}”")),
        (None, true) => pick(lang, "文件".into(), "The file".into()),
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
                crate::domain::backup::FIRST_YEAR,
                crate::domain::backup::LAST_YEAR
            ),
            format!(
                "is in the year {year}, outside {}–{}",
                crate::domain::backup::FIRST_YEAR,
                crate::domain::backup::LAST_YEAR
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
