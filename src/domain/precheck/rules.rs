//! The rule library: every rule the engine runs, with what it checks, what it rests on, the
//! default fix and how long that fix usually takes. This is data, listed as-is on the library
//! screen ([`rules()`]); the checks themselves live in `engine/`.
//!
//! Fix durations: when the case's service has a catalog pitfall for the rule, the finding
//! takes the pitfall's fix and duration (the catalog knows the service); otherwise it uses the
//! default here ([`DEFAULT_FIX_DAYS_NOTE`] says how those were chosen).

use serde::{Deserialize, Serialize};

use crate::domain::catalog::{L10n, Pitfall, ServiceType, Severity};
use crate::domain::lang::Lang;

/// A built-in text in both languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text {
    pub zh: &'static str,
    pub en: &'static str,
}

impl Text {
    pub const fn new(zh: &'static str, en: &'static str) -> Text {
        Text { zh, en }
    }

    pub fn get(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Zh => self.zh,
            Lang::En => self.en,
        }
    }

    pub fn to_l10n(self) -> L10n {
        L10n::new(self.zh, self.en)
    }
}

/// How the default fix durations were chosen (shown under the rule library).
pub const DEFAULT_FIX_DAYS_NOTE: Text = Text::new(
    "默认修正工期为保守估计:本机构自己改录入的按 0 天;请出具方更正重出的按 2 个工作日;证件续期、补审计、补盖章页按 5 个工作日(建筑资质案例中补盖章页约 5 天);专利权人名称变更按 15 个工作日(高新认定案例)。服务目录中有对应坑点的,以目录为准。",
    "Default fix durations are conservative estimates: fixing our own entry, 0 days; having the issuer correct and reissue a document, 2 working days; renewing an ID or certificate, auditing a missing year or adding a seal page, 5 working days (the seal page took about 5 days in the construction case); a patent holder name change, 15 working days (the high-tech case). Where the service's catalog lists a pitfall for the rule, its figure is used instead.",
);

/// The families the library groups rules by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RuleFamily {
    Consistency,
    CheckDigits,
    Dates,
    Completeness,
    Presence,
    ServiceSpecific,
}

impl RuleFamily {
    pub const ALL: [RuleFamily; 6] = [
        RuleFamily::Consistency,
        RuleFamily::CheckDigits,
        RuleFamily::Dates,
        RuleFamily::Completeness,
        RuleFamily::Presence,
        RuleFamily::ServiceSpecific,
    ];
}

/// Identifies a rule. Stored in signatures (the blockers an override covered), so the
/// serialized names never change.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RuleId {
    CompanyNameMatch,
    CreditCodeMatch,
    LegalRepMatch,
    HolderNameMatch,
    CaseRecordMatch,
    ScopeConsistent,
    CreditCodeValid,
    IdNumberValid,
    DocumentExpired,
    ExpiresBeforeDeadline,
    IssueDateFuture,
    PeriodReversed,
    PeriodCovers,
    MaterialNotReady,
    PageCount,
    SealPage,
    Signature,
    FieldsNotEntered,
    FieldUnreadable,
    LegalRepPresence,
    ScopeWording,
    UnpaidTax,
    PremisesRemarks,
    PitfallCheck,
}

impl RuleId {
    /// A stable machine key (test ids, CSS classes), equal to the serialized name.
    pub fn key(self) -> &'static str {
        self.info().key
    }

    pub fn info(self) -> &'static RuleInfo {
        // Every id has exactly one entry (checked by a test); the fallback is never reached
        // but keeps this total.
        rule_info(self).unwrap_or(&RULES[0])
    }

    pub fn title(self, lang: Lang) -> &'static str {
        self.info().title.get(lang)
    }
}

/// One rule as the library shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RuleInfo {
    pub id: RuleId,
    pub key: &'static str,
    pub family: RuleFamily,
    /// The catalog rule key (`catalog::KNOWN_RULES`) whose pitfalls give this rule's fix.
    pub catalog_rule: Option<&'static str>,
    /// Severity unless stated otherwise in `checks` (some rules soften for optional materials).
    pub severity: Severity,
    pub title: Text,
    /// What the rule looks at and when it fires.
    pub checks: Text,
    /// The rule or practice it rests on.
    pub basis: Text,
    /// Default fix, when the service has no pitfall for the rule.
    pub fix: Text,
    pub fix_working_days: u32,
}

/// The rule library.
pub fn rules() -> &'static [RuleInfo] {
    &RULES
}

pub fn rule_info(id: RuleId) -> Option<&'static RuleInfo> {
    RULES.iter().find(|r| r.id == id)
}

/// Phrases that do not belong in a business scope written in the standard form (the
/// registry's standard wording, based on the national industry classification, names each
/// activity and never ends in catch-alls). Matched case-insensitively.
pub const NONSTANDARD_SCOPE_PHRASES: &[&str] = &[
    "等等",
    "等相关",
    "相关业务",
    "一切",
    "包括但不限于",
    "不限于",
    "所有业务",
    "所有项目",
    "未列明",
    "法律法规允许",
    "法律允许",
    "国家允许",
    "其他业务",
    "等业务",
    "及其他",
    "以及其他",
    "etc.",
    "and so on",
];

/// What a reporting or lease period must cover, by material spec key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PeriodNeed {
    /// The last `n` full fiscal years before today (a Chinese fiscal year is the calendar
    /// year; the last full one is the calendar year before today's). Items of a repeated
    /// material are taken together.
    LastFullYears(u8),
    /// The period must run at least until the case is done (the later of the hard date and
    /// the promised completion): a lease or permit used for the filing.
    ThroughCompletion,
    /// The period must be over by the hard date: a notice period that cannot be shortened.
    EndsByHardDate,
}

impl PeriodNeed {
    pub fn describe(self, lang: Lang) -> String {
        match (self, lang) {
            (PeriodNeed::LastFullYears(n), Lang::Zh) => format!("覆盖最近 {n} 个完整会计年度"),
            (PeriodNeed::LastFullYears(n), Lang::En) => {
                format!("cover the last {n} full fiscal year(s)")
            }
            (PeriodNeed::ThroughCompletion, Lang::Zh) => "覆盖到办结之日".to_owned(),
            (PeriodNeed::ThroughCompletion, Lang::En) => "run until the case is done".to_owned(),
            (PeriodNeed::EndsByHardDate, Lang::Zh) => "在截止日前结束".to_owned(),
            (PeriodNeed::EndsByHardDate, Lang::En) => "be over by the hard date".to_owned(),
        }
    }
}

/// Period requirements by material spec key. High-tech certification looks at three years of
/// finances and R&D spending and one year of high-tech income; an audit report is commissioned
/// for the last full year; a lease must outlast the filing; a creditor notice must have ended.
pub const PERIOD_NEEDS: &[(&str, PeriodNeed)] = &[
    ("financial_audits", PeriodNeed::LastFullYears(3)),
    ("rd_expense_audit", PeriodNeed::LastFullYears(3)),
    ("hitech_income_audit", PeriodNeed::LastFullYears(1)),
    ("engagement_letter", PeriodNeed::LastFullYears(1)),
    ("financial_statements", PeriodNeed::LastFullYears(1)),
    ("premises_proof", PeriodNeed::ThroughCompletion),
    ("creditor_notice", PeriodNeed::EndsByHardDate),
];

/// Words in the remarks of premises materials that usually mean the site cannot be used.
pub const PREMISES_RED_FLAGS: &[&str] = &[
    "住宅",
    "居民楼",
    "地下室",
    "无产权",
    "违建",
    "临时建筑",
    "residential",
    "basement",
    "no title deed",
];

/// Spec keys of premises materials whose remarks are read for [`PREMISES_RED_FLAGS`].
pub const PREMISES_KEYS: &[&str] = &["premises_proof", "premises_layout"];

/// Spec keys whose [`crate::domain::catalog::FieldKind::Amount`] records tax still owed.
pub const TAX_OWED_KEYS: &[&str] = &["tax_settlement"];

/// Catalog rules the engine cannot read from the fields: each pitfall with one of these rules
/// becomes a question for the clerk ([`super::CheckAnswer`]), a note until answered.
pub const CONFIRM_RULES: &[&str] = &[
    "premises_requirements",
    "articles_current_rules",
    "system_outage_warning",
    "unpaid_tax",
];

/// The service's pitfalls the clerk answers by hand (see [`CONFIRM_RULES`]), in catalog
/// order: the questions of the precheck's "checks" list.
pub fn confirmable_pitfalls(service: &ServiceType) -> impl Iterator<Item = &Pitfall> {
    service.pitfalls.iter().filter(|p| {
        p.rule
            .as_deref()
            .is_some_and(|r| CONFIRM_RULES.contains(&r))
    })
}

macro_rules! t {
    ($zh:expr, $en:expr) => {
        Text::new($zh, $en)
    };
}

mod table;
use table::RULES;
