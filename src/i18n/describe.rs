//! Texts that carry values or map domain values to labels. Each `match` is exhaustive, so a new
//! status, field or error without a text fails the build.

use super::{pick, t, Lang, K};
use crate::domain::case::{CaseEventKind, Field, FieldError, Status, UrgencyKind};
use crate::domain::error::DomainError;

pub fn status_label(status: Status) -> K {
    match status {
        Status::Intake => K::StatusIntake,
        Status::Precheck => K::StatusPrecheck,
        Status::InProgress => K::StatusInProgress,
        Status::Submitted => K::StatusSubmitted,
        Status::Done => K::StatusDone,
        Status::Failed => K::StatusFailed,
        Status::Recovered => K::StatusRecovered,
    }
}

pub fn urgency_label(kind: UrgencyKind) -> K {
    match kind {
        UrgencyKind::Tender => K::UrgencyTender,
        UrgencyKind::FinancingSigning => K::UrgencyFinancing,
        UrgencyKind::Opening => K::UrgencyOpening,
        UrgencyKind::TradeFair => K::UrgencyTradeFair,
        UrgencyKind::BatchWindow => K::UrgencyBatch,
        UrgencyKind::Other => K::UrgencyOther,
    }
}

pub fn field_label(field: Field) -> K {
    match field {
        Field::CompanyName => K::FieldCompanyName,
        Field::CreditCode => K::FieldCreditCode,
        Field::LegalRep => K::FieldLegalRep,
        Field::ContactName => K::FieldContactName,
        Field::ContactPhone => K::FieldContactPhone,
        Field::ServiceKey => K::FieldServiceKey,
        Field::ServiceName => K::FieldServiceName,
        Field::Urgency => K::FieldUrgency,
        Field::UrgencyNote => K::FieldUrgencyNote,
        Field::HardDate => K::FieldHardDate,
        Field::StartDate => K::FieldStartDate,
        Field::PromisedDays => K::FieldPromisedDays,
        Field::Pm => K::FieldPm,
        Field::Executor1 => K::FieldExecutor1,
        Field::Executor2 => K::FieldExecutor2,
        Field::Logistics => K::FieldLogistics,
        Field::Notes => K::FieldNotes,
    }
}

pub fn describe_field_error(err: &FieldError, lang: Lang) -> String {
    match err {
        FieldError::Required(f) => pick(
            lang,
            format!("请填写“{}”。", t(Lang::Zh, field_label(*f))),
            format!("{} is required.", t(Lang::En, field_label(*f))),
        ),
        FieldError::TooLong { field, max } => pick(
            lang,
            format!(
                "“{}”最多 {max} 个字，请删减。",
                t(Lang::Zh, field_label(*field))
            ),
            format!(
                "{} is too long: at most {max} characters.",
                t(Lang::En, field_label(*field))
            ),
        ),
        FieldError::BadDate(f) => pick(
            lang,
            format!(
                "“{}”不是有效日期，请按 年-月-日 选择。",
                t(Lang::Zh, field_label(*f))
            ),
            format!(
                "{} is not a valid date (use year-month-day).",
                t(Lang::En, field_label(*f))
            ),
        ),
        FieldError::DaysOutOfRange { max } => pick(
            lang,
            format!("承诺工作日须是 1 到 {max} 之间的整数。"),
            format!("Promised working days must be a whole number from 1 to {max}."),
        ),
        FieldError::HardDateBeforeStart => t(lang, K::ErrHardDateBeforeStart).to_string(),
        FieldError::BadCreditCode(e) => e.message(lang),
    }
}

pub fn describe_domain_error(err: &DomainError, lang: Lang) -> String {
    match err {
        DomainError::Invalid(list) => list
            .iter()
            .map(|e| describe_field_error(e, lang))
            .collect::<Vec<_>>()
            .join(" "),
        DomainError::IllegalTransition { from, to } => pick(
            lang,
            format!(
                "案件不能从“{}”直接转为“{}”。",
                t(Lang::Zh, status_label(*from)),
                t(Lang::Zh, status_label(*to))
            ),
            format!(
                "A case cannot move from “{}” to “{}”.",
                t(Lang::En, status_label(*from)),
                t(Lang::En, status_label(*to))
            ),
        ),
        DomainError::Archived => t(lang, K::ErrArchived).to_string(),
        DomainError::NotArchived => t(lang, K::ErrNotArchived).to_string(),
        DomainError::FailThroughFailureDesk => t(lang, K::ErrFailThroughDesk).to_string(),
    }
}

/// "还剩 3 天" / "逾期 2 天" for a count of calendar days to the hard date.
pub fn days_left_text(days: i64, lang: Lang) -> String {
    match days {
        0 => t(lang, K::DueToday).to_string(),
        d if d > 0 => pick(lang, format!("还剩 {d} 天"), format!("{d} days left")),
        d => pick(
            lang,
            format!("已逾期 {} 天", -d),
            format!("{} days overdue", -d),
        ),
    }
}

pub fn within_days(days: i64, lang: Lang) -> String {
    pick(lang, format!("{days} 天内"), format!("within {days} days"))
}

pub fn unsaved_count(n: usize, lang: Lang) -> String {
    pick(
        lang,
        format!("{n} 条修改仅保存在本页内存中，关闭页面前请重试或导出。"),
        format!("{n} change(s) are only in this page's memory: retry or export before closing."),
    )
}

/// One timeline entry in words.
pub fn event_text(kind: &CaseEventKind, lang: Lang) -> String {
    match kind {
        CaseEventKind::Created => t(lang, K::EventCreated).to_string(),
        CaseEventKind::Edited { fields } => {
            let names: Vec<&str> = fields.iter().map(|f| t(lang, field_label(*f))).collect();
            pick(
                lang,
                format!("修改了：{}", names.join("、")),
                format!("Edited: {}", names.join(", ")),
            )
        }
        CaseEventKind::StatusChanged { from, to } => format!(
            "{} → {}",
            t(lang, status_label(*from)),
            t(lang, status_label(*to))
        ),
        CaseEventKind::Archived => t(lang, K::EventArchived).to_string(),
        CaseEventKind::Restored => t(lang, K::EventRestored).to_string(),
    }
}

#[cfg(target_arch = "wasm32")]
pub fn describe_storage_error(err: &crate::storage::StorageError, lang: Lang) -> String {
    use crate::storage::StorageError as E;
    match err {
        E::Unavailable => t(lang, K::ErrStorageUnavailable).to_string(),
        E::QuotaExceeded => t(lang, K::ErrQuota).to_string(),
        E::Blocked => t(lang, K::ErrBlocked).to_string(),
        E::Aborted => t(lang, K::ErrAborted).to_string(),
        E::Conflict { .. } => t(lang, K::ConflictBody).to_string(),
        E::Encode(_) | E::Decode(_) | E::Other(_) => t(lang, K::ErrStorageOther).to_string(),
    }
}

/// The browser's own words behind a storage error, for a collapsed "details" line only.
#[cfg(target_arch = "wasm32")]
pub fn storage_error_details(err: &crate::storage::StorageError) -> Option<String> {
    use crate::storage::StorageError as E;
    match err {
        E::Encode(detail) | E::Decode(detail) | E::Other(detail) => Some(detail.clone()),
        _ => None,
    }
}

/// "5 个工作日" for the working days left before a hard date.
pub fn working_days_text(days: Option<i64>, lang: Lang) -> String {
    match days {
        None => String::new(),
        Some(d) if d >= 0 => pick(lang, format!("{d} 个工作日"), format!("{d} working days")),
        Some(d) => pick(
            lang,
            format!("超出 {} 个工作日", -d),
            format!("{} working days over", -d),
        ),
    }
}

/// The warning shown when a date falls in a year with no holiday data.
pub fn uncovered_years_text(years: &std::collections::BTreeSet<i32>, lang: Lang) -> String {
    let list: Vec<String> = years.iter().map(|y| y.to_string()).collect();
    pick(
        lang,
        format!(
            "{} 年假期安排未导入：这些日期按普通周末计算，可能不准。可在资料库导入该年的假期文件。",
            list.join("、")
        ),
        format!(
            "No holiday data for {}: those dates are counted on the plain weekend rule and may be wrong. Import that year's holiday file in the library.",
            list.join(", ")
        ),
    )
}

/// The label of a record kind (an object store name).
pub fn kind_label(kind: &str) -> K {
    match kind {
        "cases" => K::KindCases,
        "service_types" => K::KindServiceTypes,
        "holiday_years" => K::KindHolidayYears,
        "plans" => K::KindPlans,
        "warnings" => K::KindWarnings,
        "failures" => K::KindFailures,
        "retros" => K::KindRetros,
        "drill_scenarios" => K::KindScenarios,
        "drill_runs" => K::KindRuns,
        "prechecks" => K::KindPrechecks,
        _ => K::KindOther,
    }
}

pub fn import_done_text(records: usize, lang: Lang) -> String {
    pick(
        lang,
        format!("导入完成：写入 {records} 条记录。"),
        format!("Import done: {records} record(s) written."),
    )
}

/// A merge path in words: "client/legal_rep" → "法定代表人",
/// `materials/#key="patents"/items/#id=2/values/remarks` → "patents · 第 3 项 · remarks".
pub fn path_words(path: &str, lang: Lang) -> String {
    const WORDS: &[(&str, &str, &str)] = &[
        ("company_name", "企业名称", "Company name"),
        ("credit_code", "统一社会信用代码", "Credit code"),
        ("legal_rep", "法定代表人", "Legal representative"),
        ("contact_name", "联系人", "Contact"),
        ("contact_phone", "联系电话", "Phone"),
        ("service_name", "业务类型", "Service"),
        ("service_key", "服务目录", "Catalog service"),
        ("urgency", "加急原因", "Urgency"),
        ("urgency_note", "加急说明", "Urgency note"),
        ("hard_date", "硬截止日", "Hard date"),
        ("start_date", "开始日期", "Start date"),
        (
            "promised_working_days",
            "承诺工作日",
            "Promised working days",
        ),
        ("status", "状态", "Status"),
        ("notes", "备注", "Notes"),
        ("remarks", "备注", "Remarks"),
        ("pm", "项目经理", "PM"),
        ("executors", "执行专员", "Executors"),
        ("logistics", "后勤", "Logistics"),
        ("deleted", "归档", "Archived"),
        ("legal_rep_note", "法定代表人说明", "Legal rep note"),
        ("holder", "权利人", "Holder"),
        ("title", "标题", "Title"),
        ("rev", "修订号", "Revision"),
        ("revs", "修订历史", "Revision history"),
        ("stamps", "字段修订记录", "Field revisions"),
        ("id", "编号", "Id"),
        ("created_at", "创建时间", "Created"),
        ("updated_at", "修改时间", "Updated"),
        ("events", "时间线", "Timeline"),
        ("audit", "审计记录", "Audit trail"),
        ("signoffs", "签字", "Sign-offs"),
        ("hash", "校验值", "Hash"),
        ("at", "时间", "Time"),
        ("by", "操作人", "By"),
        ("case_id", "所属案件", "Case"),
        ("chain_head", "链头", "Chain head"),
        ("format", "文件格式", "File format"),
        ("schema_version", "数据版本", "Schema version"),
        ("exported_at", "导出时间", "Export time"),
        ("device_id", "设备编号", "Device id"),
        ("scope", "范围", "Scope"),
        ("app_version", "应用版本", "App version"),
        ("kdf", "密钥参数", "Key derivation"),
        ("cipher", "加密参数", "Cipher"),
        ("name", "名称", "Name"),
        ("iterations", "迭代次数", "Iterations"),
        ("salt", "盐值", "Salt"),
        ("iv", "初始向量", "IV"),
        ("ciphertext", "密文", "Ciphertext"),
        ("year", "年份", "Year"),
        ("days", "日期", "Days"),
        ("risks", "风险", "Risks"),
        ("paths", "备选路径", "Alternative paths"),
        (
            "typical_working_days",
            "常规办理工作日",
            "Typical working days",
        ),
        ("departments", "办理部门", "Departments"),
        ("pitfalls", "常见问题", "Pitfalls"),
        (
            "legal_rep_in_person",
            "法定代表人须到场",
            "Legal rep in person",
        ),
        ("zh", "中文", "Chinese"),
        ("en", "英文", "English"),
    ];
    let parts: Vec<String> = path
        .split('/')
        .filter(|s| {
            !matches!(
                *s,
                "client" | "team" | "values" | "items" | "materials" | "meta" | "service"
            )
        })
        .map(|seg| {
            let seg = seg.replace("~1", "/").replace("~0", "~");
            if let Some(rest) = seg.strip_prefix("#id=") {
                return match rest.parse::<u64>() {
                    Ok(n) => pick(lang, format!("第 {} 项", n + 1), format!("item {}", n + 1)),
                    Err(_) => rest.trim_matches('"').to_owned(),
                };
            }
            if let Some(rest) = seg.strip_prefix("#key=") {
                return rest.trim_matches('"').to_owned();
            }
            let lower = seg.to_lowercase();
            WORDS
                .iter()
                .find(|(k, _, _)| *k == lower)
                .map_or(seg.clone(), |(_, zh, en)| {
                    pick(lang, (*zh).into(), (*en).into())
                })
        })
        .collect();
    parts.join(" · ")
}

/// A merged value as a person reads it: text as is, other JSON compact, "（空）" for nothing.
pub fn value_words(value: Option<&serde_json::Value>, lang: Lang) -> String {
    match value {
        None | Some(serde_json::Value::Null) => pick(lang, "（空）".into(), "(empty)".into()),
        Some(serde_json::Value::String(s)) if s.is_empty() => {
            pick(lang, "（空）".into(), "(empty)".into())
        }
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(serde_json::Value::Bool(b)) => match (b, lang) {
            (true, Lang::Zh) => "是".into(),
            (false, Lang::Zh) => "否".into(),
            (true, Lang::En) => "yes".into(),
            (false, Lang::En) => "no".into(),
        },
        Some(v) => v.to_string(),
    }
}
