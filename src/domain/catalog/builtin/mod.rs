//! Built-in services shipped with the product, one file per service group.
//!
//! Content rules: facts from documented cases are [`Source::Article`]; durations, departments
//! and flags that vary by city are [`Source::Practice`]. Material notes carry the caveat for
//! 容缺/并联 flags that come from practice. All product text is written for this catalog.

use super::{FieldKind, L10n, MaterialSpec, Pitfall, ServiceType, Severity, Source};

mod foreign;
mod licensing;
mod market;
mod tax;
mod trademark;

/// Keys of all built-in services, in catalog order. Kept as a constant so that
/// [`super::Catalog::upsert`] can refuse built-in keys without building the whole catalog.
pub const BUILTIN_KEYS: &[&str] = &[
    "company_registration",
    "scope_change",
    "articles_change",
    "company_deregistration",
    "tax_change",
    "tax_deregistration",
    "audit_report",
    "social_insurance_enrolment",
    "high_tech_certification",
    "construction_qualification_upgrade",
    "food_business_licence",
    "trademark_registration",
    "trademark_rejection_review",
    "foreign_invested_setup",
    "bank_account_opening",
    "customs_filing",
];

pub(super) fn services() -> Vec<ServiceType> {
    vec![
        market::company_registration(),
        market::scope_change(),
        market::articles_change(),
        market::company_deregistration(),
        tax::tax_change(),
        tax::tax_deregistration(),
        tax::audit_report(),
        tax::social_insurance_enrolment(),
        licensing::high_tech_certification(),
        licensing::construction_qualification_upgrade(),
        licensing::food_business_licence(),
        trademark::trademark_registration(),
        trademark::trademark_rejection_review(),
        foreign::foreign_invested_setup(),
        foreign::bank_account_opening(),
        foreign::customs_filing(),
    ]
}

fn l(zh: &str, en: &str) -> L10n {
    L10n::new(zh, en)
}

/// A built-in service shell; callers fill in materials and pitfalls with struct update syntax.
fn service(
    key: &str,
    name: L10n,
    departments: Vec<L10n>,
    typical_working_days: u32,
    source: Source,
) -> ServiceType {
    ServiceType {
        key: key.to_owned(),
        name,
        departments,
        typical_working_days,
        materials: Vec::new(),
        pitfalls: Vec::new(),
        legal_rep_in_person: false,
        builtin: true,
        source,
    }
}

fn blocker(key: &str, source: Source, text: L10n, fix: L10n, days: u32) -> Pitfall {
    Pitfall::new(key, Severity::Blocker, source, text, fix, days)
}

fn warning(key: &str, source: Source, text: L10n, fix: L10n, days: u32) -> Pitfall {
    Pitfall::new(key, Severity::Warning, source, text, fix, days)
}

fn note(key: &str, source: Source, text: L10n, fix: L10n, days: u32) -> Pitfall {
    Pitfall::new(key, Severity::Note, source, text, fix, days)
}

/// Departments that appear in several services.
mod dept {
    use super::{l, L10n};

    pub fn market_regulator() -> L10n {
        l("市场监督管理局", "Market regulation administration")
    }

    pub fn tax_bureau() -> L10n {
        l("税务局", "Tax bureau")
    }

    pub fn bank() -> L10n {
        l("开户银行", "Bank")
    }
}

/// Materials that appear in several services, with the same fields everywhere so that the
/// precheck can compare them across cases.
mod common {
    use super::{l, FieldKind as F, MaterialSpec};

    pub fn business_licence() -> MaterialSpec {
        MaterialSpec::new(
            "business_licence",
            l("营业执照(正副本)", "Business licence"),
        )
        .with_fields(&[
            F::CompanyName,
            F::CreditCode,
            F::LegalRepresentative,
            F::IssueDate,
        ])
        .with_note(l(
            "其他材料上的名称、编号都以执照为准逐字比对。",
            "The reference for names and numbers on every other document, compared \
                 character by character.",
        ))
    }

    pub fn legal_rep_id() -> MaterialSpec {
        MaterialSpec::new(
            "legal_rep_id",
            l("法定代表人身份证件", "Legal representative's ID document"),
        )
        .with_fields(&[F::LegalRepresentative, F::IdNumber, F::ExpiryDate])
    }

    pub fn shareholder_resolution() -> MaterialSpec {
        MaterialSpec::new(
            "shareholder_resolution",
            l(
                "股东会决议或股东决定",
                "Shareholders' resolution or sole shareholder's decision",
            ),
        )
        .with_fields(&[F::CompanyName, F::IssueDate])
        .signature()
    }

    pub fn premises_proof() -> MaterialSpec {
        MaterialSpec::new(
            "premises_proof",
            l(
                "住所(经营场所)使用证明",
                "Proof of the right to use the premises",
            ),
        )
        .with_fields(&[F::Holder, F::PeriodStart, F::PeriodEnd, F::Remarks])
        .signature()
        .with_note(l(
            "一般为产权证明加租赁合同;租期应覆盖办理期间。",
            "Usually the property certificate plus the lease; the lease should run through \
             the whole processing period.",
        ))
    }

    pub fn agent_authorization() -> MaterialSpec {
        MaterialSpec::new(
            "agent_authorization",
            l(
                "代办委托书及经办人身份证件",
                "Power of attorney for the agent and the agent's ID",
            ),
        )
        .optional()
        .with_fields(&[F::CompanyName, F::Holder, F::IdNumber, F::IssueDate])
        .signature()
    }
}
