//! The materials of a precheck: what was collected, in which state, and the values read off
//! each document, with typed readers for those values.
//!
//! Values are stored as the text the clerk typed (a map from [`FieldKind`] to `String`), so a
//! half-typed or odd value is never lost; the readers here ([`MaterialItem::date`],
//! [`MaterialItem::flag`], …) interpret it, and the rule engine reports what it cannot read.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::domain::catalog::{FieldKind, L10n, MaterialSpec};
use crate::domain::lang::Lang;

/// Canonical stored value of a yes/no field (seal page, signatures) when ticked.
pub const FLAG_YES: &str = "yes";
/// Canonical stored value of a yes/no field when the clerk saw that it is missing.
pub const FLAG_NO: &str = "no";

/// Spec keys of the business licence: the reference every other document is compared with.
/// `applicant_licence` is the trademark services' name for the same document.
pub const LICENCE_KEYS: &[&str] = &["business_licence", "applicant_licence"];

/// Spec keys whose [`FieldKind::Holder`] is the company itself (a right or a filing in its
/// name), so the holder must read exactly as the company name on the licence. On other
/// materials the holder is a person (an ID card, a personnel certificate) or a third party (a
/// landlord) and is not compared.
pub const COMPANY_HOLDER_KEYS: &[&str] = &[
    "patents",
    // Trademark application and review: the applicant is recorded as the holder.
    "application_form",
    "review_application",
    "use_evidence",
    "trademark_certificates",
    "software_copyrights",
];

/// Spec keys of certificates registered to a company through their [`FieldKind::CompanyName`]
/// (personnel certificates): a different company there means the certificate belongs to
/// someone else, which is the holder rule rather than a typing slip.
pub const REGISTERED_TO_COMPANY_KEYS: &[&str] = &["personnel_certificates"];

/// Spec keys of identity documents: their [`FieldKind::IdNumber`] is checked as a resident ID
/// number when it is shaped like one (a foreign passport number is left alone).
pub const ID_DOCUMENT_KEYS: &[&str] = &[
    "legal_rep_id",
    "shareholder_ids",
    "new_officer_ids",
    "safety_manager",
    "employee_list",
    "agent_authorization",
];

/// Longest value accepted in one field (a business scope can run to a few thousand characters).
pub const MAX_VALUE_CHARS: usize = 4000;
/// Most items one material may hold (a track record rarely exceeds a few dozen contracts).
pub const MAX_ITEMS: usize = 500;
/// Most materials one precheck may hold.
pub const MAX_MATERIALS: usize = 500;
/// Longest custom material title.
pub const MAX_TITLE_CHARS: usize = 200;

/// Whether a material is in hand.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MaterialStatus {
    /// Collected and usable (as far as the clerk can tell; the rules check the rest).
    Have,
    /// Not collected yet. The starting state of every material.
    #[default]
    Missing,
    /// Collected but it must be corrected or reissued before filing.
    ToReplace,
}

impl MaterialStatus {
    pub const ALL: [MaterialStatus; 3] = [
        MaterialStatus::Have,
        MaterialStatus::Missing,
        MaterialStatus::ToReplace,
    ];

    /// A stable machine key (CSS classes, `<select>` values).
    pub fn key(self) -> &'static str {
        match self {
            MaterialStatus::Have => "have",
            MaterialStatus::Missing => "missing",
            MaterialStatus::ToReplace => "to_replace",
        }
    }

    pub fn from_key(key: &str) -> Option<MaterialStatus> {
        Self::ALL.into_iter().find(|s| s.key() == key)
    }
}

/// Which input a field needs, so the UI can render every field from one table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum InputKind {
    /// One line of text.
    Text,
    /// Several lines (business scope, remarks).
    LongText,
    /// `YYYY-MM-DD` (an `<input type=date>` gives exactly that). Expiry dates also accept
    /// "长期" / "long-term" for documents without an end date.
    Date,
    /// Present / missing / not yet checked: store [`FLAG_YES`], [`FLAG_NO`] or "".
    YesNo,
    /// A whole number of pages, at least 1.
    Count,
    /// Yuan, with up to two decimals; commas and a currency sign are tolerated.
    Money,
}

impl InputKind {
    pub fn of(kind: FieldKind) -> InputKind {
        use FieldKind as F;
        match kind {
            F::IssueDate | F::ExpiryDate | F::PeriodStart | F::PeriodEnd => InputKind::Date,
            F::SealPagePresent | F::SignaturePresent => InputKind::YesNo,
            F::PageCount => InputKind::Count,
            F::Amount => InputKind::Money,
            F::BusinessScope | F::Remarks => InputKind::LongText,
            F::CompanyName | F::CreditCode | F::LegalRepresentative | F::Holder | F::IdNumber => {
                InputKind::Text
            }
        }
    }
}

/// Labels that read better than the generic [`FieldKind::label`] on particular materials.
#[rustfmt::skip]
const LABEL_OVERRIDES: &[(&str, FieldKind, &str, &str)] = &[
    ("patents", FieldKind::Holder, "专利权人", "Patent holder"),
    ("patents", FieldKind::IdNumber, "专利号", "Patent number"),
    ("application_form", FieldKind::Holder, "申请人", "Applicant"),
    ("review_application", FieldKind::Holder, "申请人", "Applicant"),
    ("use_evidence", FieldKind::Holder, "证据上的主体", "Party named on the evidence"),
    ("personnel_certificates", FieldKind::Holder, "持证人", "Certificate holder"),
    ("personnel_certificates", FieldKind::CompanyName, "注册单位", "Registered company"),
    ("premises_proof", FieldKind::Holder, "产权人或出租人", "Owner or landlord"),
    ("tax_settlement", FieldKind::Amount, "未缴税款(元)", "Tax still owed (yuan)"),
    ("track_record_contracts", FieldKind::SealPagePresent, "甲方盖章页", "Client's seal page"),
    ("track_record_contracts", FieldKind::Remarks, "备注(甲方名称)", "Remarks (client's name)"),
];

/// What a date field holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateValue {
    Empty,
    Date(NaiveDate),
    /// "长期" and the like on an expiry date: the document does not expire.
    Open,
    /// Text that is not a date.
    Unreadable,
}

/// What a yes/no field holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flag {
    /// Not checked yet.
    Unset,
    Yes,
    No,
    Unreadable,
}

/// A parsed number field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Number<T> {
    Empty,
    Value(T),
    Unreadable,
}

/// One document (one patent, one contract), as the values read off it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MaterialItem {
    /// Stable within its material, for keyed lists; never reused after a removal.
    pub id: u32,
    #[serde(default)]
    pub values: BTreeMap<FieldKind, String>,
}

impl MaterialItem {
    /// The raw value, "" when never entered.
    pub fn value(&self, kind: FieldKind) -> &str {
        self.values.get(&kind).map_or("", String::as_str)
    }

    /// The trimmed value, `None` when empty.
    pub fn text(&self, kind: FieldKind) -> Option<&str> {
        let t = trim(self.value(kind));
        (!t.is_empty()).then_some(t)
    }

    pub fn date(&self, kind: FieldKind) -> DateValue {
        parse_date_value(self.value(kind))
    }

    pub fn flag(&self, kind: FieldKind) -> Flag {
        parse_flag(self.value(kind))
    }

    pub fn page_count(&self) -> Number<u32> {
        parse_count(self.value(FieldKind::PageCount))
    }

    /// The amount in fen (1/100 yuan).
    pub fn amount_fen(&self) -> Number<i64> {
        parse_amount_fen(self.value(FieldKind::Amount))
    }
}

/// One material of the checklist, with its collected items.
///
/// The spec's flags are copied in when the precheck starts, so a later edit of a custom
/// service never changes what an already signed precheck said.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Material {
    /// Unique within the precheck: the spec key, or `custom_N` for a custom material.
    pub key: String,
    /// The catalog spec it came from; `None` for custom materials.
    pub spec_key: Option<String>,
    pub title: L10n,
    pub required: bool,
    pub repeated: bool,
    /// Fields shown for each item, in order. Always ends with [`FieldKind::Remarks`].
    pub fields: Vec<FieldKind>,
    pub seal_page_required: bool,
    pub signature_required: bool,
    /// 容缺受理: the department may accept the case now and this material later.
    pub accept_missing_later: bool,
    /// The holder field must equal the company name (see [`COMPANY_HOLDER_KEYS`]).
    pub holder_is_company: bool,
    pub note: Option<L10n>,
    pub status: MaterialStatus,
    /// At least one; exactly one unless `repeated`.
    pub items: Vec<MaterialItem>,
}

impl Material {
    /// A catalog material with one item, company name and credit code prefilled.
    pub(super) fn from_spec(spec: &MaterialSpec, company: &str, credit_code: &str) -> Material {
        let mut fields = spec.fields.clone();
        if !fields.contains(&FieldKind::Remarks) {
            fields.push(FieldKind::Remarks);
        }
        let mut material = Material {
            key: spec.key.clone(),
            spec_key: Some(spec.key.clone()),
            title: spec.name.clone(),
            required: spec.required,
            repeated: spec.repeated,
            fields,
            seal_page_required: spec.seal_page_required,
            signature_required: spec.signature_required,
            accept_missing_later: spec.accept_missing_later,
            holder_is_company: COMPANY_HOLDER_KEYS.contains(&spec.key.as_str())
                && spec.fields.contains(&FieldKind::Holder),
            note: spec.note.clone(),
            status: MaterialStatus::Missing,
            items: Vec::new(),
        };
        let first = material.prefilled_item(0, company, credit_code);
        material.items.push(first);
        material
    }

    /// An empty item with the company's name and credit code filled in where the material has
    /// those fields (the clerk overwrites them with what the document says).
    pub(super) fn prefilled_item(&self, id: u32, company: &str, credit_code: &str) -> MaterialItem {
        let mut values = BTreeMap::new();
        let registered_elsewhere_possible =
            REGISTERED_TO_COMPANY_KEYS.contains(&self.spec_key.as_deref().unwrap_or(""));
        // A certificate's registered company is exactly what the check is about: not prefilled.
        if self.has_field(FieldKind::CompanyName)
            && !company.is_empty()
            && !registered_elsewhere_possible
        {
            values.insert(FieldKind::CompanyName, company.to_owned());
        }
        if self.has_field(FieldKind::CreditCode) && !credit_code.is_empty() {
            values.insert(FieldKind::CreditCode, credit_code.to_owned());
        }
        MaterialItem { id, values }
    }

    pub fn has_field(&self, kind: FieldKind) -> bool {
        self.fields.contains(&kind)
    }

    pub fn is_custom(&self) -> bool {
        self.spec_key.is_none()
    }

    /// The business licence, reference of every comparison.
    pub fn is_licence(&self) -> bool {
        self.spec_key
            .as_deref()
            .is_some_and(|k| LICENCE_KEYS.contains(&k))
    }

    pub(super) fn spec_is(&self, keys: &[&str]) -> bool {
        self.spec_key.as_deref().is_some_and(|k| keys.contains(&k))
    }

    /// The label of a field on this material ("专利权人" rather than "权利人/持有人").
    pub fn field_label(&self, kind: FieldKind, lang: Lang) -> &'static str {
        let spec = self.spec_key.as_deref().unwrap_or("");
        LABEL_OVERRIDES
            .iter()
            .find(|(k, f, _, _)| *k == spec && *f == kind)
            .map_or_else(
                || kind.label(lang),
                |(_, _, zh, en)| match lang {
                    Lang::Zh => zh,
                    Lang::En => en,
                },
            )
    }

    /// Whether a field holds a personal ID number, shown masked until the user reveals it: the
    /// ID number of an identity document, and of a custom material (its contents are unknown,
    /// so it is treated as personal). Patent and certificate numbers are not personal.
    pub fn is_personal_id(&self, kind: FieldKind) -> bool {
        kind == FieldKind::IdNumber && (self.is_custom() || self.spec_is(ID_DOCUMENT_KEYS))
    }

    /// Next free item id.
    pub(super) fn next_item_id(&self) -> u32 {
        self.items
            .iter()
            .map(|i| i.id)
            .max()
            .map_or(0, |m| m.saturating_add(1))
    }
}

/// What the clerk enters to add a material the catalog does not list.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CustomMaterial {
    pub title: String,
    pub fields: Vec<FieldKind>,
    pub required: bool,
    pub repeated: bool,
    pub seal_page_required: bool,
    pub signature_required: bool,
    /// The holder named on it must be the company (a certificate or right in its name).
    pub holder_is_company: bool,
}

/// Trims whitespace, full-width spaces (U+3000) included.
pub(super) fn trim(s: &str) -> &str {
    s.trim()
}

const OPEN_ENDED: &[&str] = &[
    "长期",
    "长期有效",
    "永久",
    "永久有效",
    "long-term",
    "long term",
    "permanent",
];

/// Reads a date: `2026-03-20`, `2026/3/20`, `2026.03.20` or `2026年3月20日`.
///
/// Runs on every date field at every engine run, so it parses in one pass without allocating.
pub fn parse_date_value(raw: &str) -> DateValue {
    let t = trim(raw);
    if t.is_empty() {
        return DateValue::Empty;
    }
    if !t.starts_with(|c: char| c.is_ascii_digit()) {
        return if OPEN_ENDED.iter().any(|o| o.eq_ignore_ascii_case(t)) {
            DateValue::Open
        } else {
            DateValue::Unreadable
        };
    }
    // Three groups of digits (at most 4, 2 and 2) separated by one separator each, with an
    // optional trailing 日.
    let mut parts = [0u32; 3];
    let mut lens = [0usize; 3];
    let mut part = 0usize;
    let mut after_day_mark = false;
    for c in t.chars() {
        if after_day_mark {
            return DateValue::Unreadable;
        }
        match c {
            '0'..='9' => {
                let (Some(p), Some(len)) = (parts.get_mut(part), lens.get_mut(part)) else {
                    return DateValue::Unreadable;
                };
                *p = *p * 10 + (c as u32 - '0' as u32);
                *len += 1;
                if *len > if part == 0 { 4 } else { 2 } {
                    return DateValue::Unreadable;
                }
            }
            '-' | '/' | '.' | '年' | '月' | '－' if part < 2 && lens[part] > 0 => part += 1,
            '日' if part == 2 && lens[2] > 0 => after_day_mark = true,
            _ => return DateValue::Unreadable,
        }
    }
    if part != 2 || lens[2] == 0 || lens[0] != 4 {
        return DateValue::Unreadable;
    }
    i32::try_from(parts[0])
        .ok()
        .and_then(|y| NaiveDate::from_ymd_opt(y, parts[1], parts[2]))
        .map_or(DateValue::Unreadable, DateValue::Date)
}

const YES: &[&str] = &[
    "yes", "y", "true", "1", "是", "有", "齐", "齐全", "已盖", "已签", "✓", "√",
];
const NO: &[&str] = &[
    "no", "n", "false", "0", "否", "无", "缺", "缺失", "未盖", "未签", "×", "✗",
];

/// Words that make a short phrase a "no" wherever they stand ("没有盖章页", "缺签字", "未盖章",
/// "无"), checked before the "yes" words since "没有" contains "有".
const NO_WORDS: &[&str] = &[
    "没有", "没盖", "没签", "缺", "未", "无", "不齐", "不全", "missing", "none", "not ",
];
/// Words that make a short phrase a "yes" ("已盖章", "有盖章页", "签字齐全").
const YES_WORDS: &[&str] = &["已盖", "已签", "齐全", "有", "present"];
/// Longer text is a remark, not an answer: left for a person to read.
const MAX_FLAG_PHRASE_CHARS: usize = 12;

/// Reads a yes/no answer as people type it: the exact words in `YES` / `NO`, or a short phrase
/// containing a "no" word (then a "yes" word). Anything else is unreadable.
pub fn parse_flag(raw: &str) -> Flag {
    let t = trim(raw);
    if t.is_empty() {
        return Flag::Unset;
    }
    if YES.iter().any(|y| y.eq_ignore_ascii_case(t)) {
        return Flag::Yes;
    }
    if NO.iter().any(|n| n.eq_ignore_ascii_case(t)) {
        return Flag::No;
    }
    if t.chars().count() > MAX_FLAG_PHRASE_CHARS {
        return Flag::Unreadable;
    }
    let lower = format!("{} ", t.to_lowercase());
    if ["未知", "不知道", "不确定", "unknown"]
        .iter()
        .any(|w| lower.contains(w))
    {
        return Flag::Unreadable;
    }
    if NO_WORDS.iter().any(|w| lower.contains(w)) {
        Flag::No
    } else if YES_WORDS.iter().any(|w| lower.contains(w)) {
        Flag::Yes
    } else {
        Flag::Unreadable
    }
}

/// A page count: a whole number from 1 to 100 000.
pub fn parse_count(raw: &str) -> Number<u32> {
    let t = trim(raw).trim_end_matches('页').trim();
    if t.is_empty() {
        return Number::Empty;
    }
    match t.parse::<u32>() {
        Ok(n) if (1..=100_000).contains(&n) => Number::Value(n),
        _ => Number::Unreadable,
    }
}

/// An amount in yuan, returned in fen. Tolerates `¥`, `￥`, `元`, thousands separators and
/// spaces; at most two decimals; a leading minus is allowed (a refund due).
pub fn parse_amount_fen(raw: &str) -> Number<i64> {
    let cleaned: String = trim(raw)
        .chars()
        .filter(|c| !matches!(c, '¥' | '￥' | '元' | ',' | '，' | ' '))
        .collect();
    if cleaned.is_empty() {
        return Number::Empty;
    }
    let (negative, digits) = match cleaned.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, cleaned.as_str()),
    };
    let (whole, frac) = digits.split_once('.').unwrap_or((digits, ""));
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty()
        || whole.len() > 15
        || frac.len() > 2
        || !all_digits(whole)
        || !all_digits(frac)
    {
        return Number::Unreadable;
    }
    let whole: i64 = match whole.parse() {
        Ok(v) => v,
        Err(_) => return Number::Unreadable,
    };
    let frac: i64 = match frac.len() {
        0 => 0,
        1 => frac.parse::<i64>().unwrap_or(0) * 10,
        _ => frac.parse::<i64>().unwrap_or(0),
    };
    let fen = whole.saturating_mul(100).saturating_add(frac);
    Number::Value(if negative { -fen } else { fen })
}
