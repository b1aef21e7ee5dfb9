//! Material precheck (材料预审): one [`Precheck`] record per case holds the materials collected
//! for the case's service, the values read off each document, the answers to the service's
//! known pitfalls, the three-level sign-off and an audit trail of every change.
//!
//! - `materials.rs` — materials, items and the typed reading of their values;
//! - `edit.rs` — every change, as an [`Edit`] applied by a pure function that writes the audit
//!   trail and reopens review when signed materials change;
//! - `rules.rs` — the rule library ([`rules()`]): texts, basis, default fixes;
//! - `engine/` — [`run`]: the rule engine, one small function per rule family;
//! - `findings.rs`, `findings_text.rs` — what the engine returns, and its explanations in both
//!   languages;
//! - `audit.rs` — the audit trail's entries and their texts;
//! - `feasibility.rs` — whether the hard date can still be met once the findings are fixed;
//! - `signoff.rs` — 初审 → 复核 → 终审, overrides and reopening.
//!
//! Nothing here touches a clock or storage: `now` and `today` are parameters.
//!
//! Typical use by a page: `Precheck::start` once per case; every user change is an [`Edit`]
//! through [`Precheck::apply`]; after each change `run(...)` gives the findings and
//! `feasibility(&findings, ...)` the schedule (both are cheap enough to recompute on every
//! render); [`Precheck::sign`] takes the current findings.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::case::Case;
use super::catalog::{FieldKind, L10n, MaterialSpec, ServiceType};
use super::record::{Meta, Record};

mod audit;
mod chain;
mod edit;
mod engine;
mod error;
mod feasibility;
mod findings;
mod findings_text;
mod materials;
mod rules;
mod signoff;
#[cfg(test)]
mod tests;

pub use audit::{AuditEntry, AuditWhat};
pub use edit::Edit;
pub use engine::run;
pub use error::PrecheckError;
pub use feasibility::{
    case_feasibility, feasibility, feasibility_with_warnings, Feasibility, FixStep, Outage,
    ServiceStep,
};
pub use findings::{
    difference_label, summarize, Detail, Finding, FindingSummary, MaterialRef, PitfallRef,
    Reference,
};
pub use materials::{
    parse_amount_fen, parse_count, parse_date_value, parse_flag, CustomMaterial, DateValue, Flag,
    InputKind, Material, MaterialItem, MaterialStatus, Number, COMPANY_HOLDER_KEYS, FLAG_NO,
    FLAG_YES, ID_DOCUMENT_KEYS, LICENCE_KEYS, MAX_ITEMS, MAX_MATERIALS, MAX_TITLE_CHARS,
    MAX_VALUE_CHARS, REGISTERED_TO_COMPANY_KEYS,
};
pub use rules::{
    confirmable_pitfalls, rule_info, rules, PeriodNeed, RuleFamily, RuleId, RuleInfo, Text,
    CONFIRM_RULES, DEFAULT_FIX_DAYS_NOTE, NONSTANDARD_SCOPE_PHRASES, PERIOD_NEEDS, PREMISES_KEYS,
    PREMISES_RED_FLAGS, TAX_OWED_KEYS,
};
pub use signoff::{SignLevel, SignRequest, Signoff, MAX_COMMENT_CHARS, MAX_NAME_CHARS};

/// Whether the legal representative can appear in person where the service needs it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Presence {
    /// Not asked yet.
    #[default]
    Unknown,
    Available,
    /// Abroad, ill, or otherwise unable to come in time.
    Unavailable,
}

impl Presence {
    pub const ALL: [Presence; 3] = [
        Presence::Unknown,
        Presence::Available,
        Presence::Unavailable,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Presence::Unknown => "unknown",
            Presence::Available => "available",
            Presence::Unavailable => "unavailable",
        }
    }

    pub fn from_key(key: &str) -> Option<Presence> {
        Self::ALL.into_iter().find(|p| p.key() == key)
    }
}

/// The clerk's answer to a known pitfall the engine cannot see in the fields (premises,
/// articles under current rules, system outages…).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CheckAnswer {
    /// Checked: this pitfall does not apply.
    Fine,
    /// Checked: this pitfall applies; the engine reports it at the pitfall's severity.
    Problem,
}

/// Values copied into new items so that the clerk only corrects what a document says differently.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Prefill {
    pub company_name: String,
    pub credit_code: String,
}

/// The precheck of one case (stored; one per case).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Precheck {
    #[serde(flatten)]
    pub meta: Meta,
    pub case_id: Uuid,
    /// The catalog service the checklist was loaded from; `None` for a free-text service.
    pub service_key: Option<String>,
    pub materials: Vec<Material>,
    #[serde(default)]
    pub legal_rep: Presence,
    /// Why and until when (e.g. "abroad until 12-10").
    #[serde(default)]
    pub legal_rep_note: String,
    /// The client's name and credit code from the case at start, used to prefill new items.
    #[serde(default)]
    pub prefill: Prefill,
    /// Answers to the service's pitfalls, by pitfall key.
    #[serde(default)]
    pub checks: BTreeMap<String, CheckAnswer>,
    /// Every signature ever given, stale ones included (see [`Signoff::invalidated_at`]).
    #[serde(default)]
    pub signoffs: Vec<Signoff>,
    #[serde(default)]
    pub audit: Vec<AuditEntry>,
    /// The trail's head (count and last hash), kept beside it so a cut tail shows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chain_head: Option<crate::domain::audit::ChainHead>,
}

impl Precheck {
    /// Starts the precheck of `case`: the service's checklist, one item per material (repeated
    /// materials start with one and grow with [`Edit::AddItem`]), company name and credit code
    /// prefilled from the case. Without a catalog service only the business licence is listed;
    /// the clerk adds the rest as custom materials.
    pub fn start(
        case: &Case,
        service: Option<&ServiceType>,
        id: Uuid,
        now: DateTime<Utc>,
    ) -> Precheck {
        let company = materials::trim(&case.client.company_name);
        let code = materials::trim(&case.client.credit_code);
        let specs: Vec<MaterialSpec> = match service {
            Some(s) => s.materials.iter().take(MAX_MATERIALS).cloned().collect(),
            None => vec![default_licence_spec()],
        };
        let materials = specs
            .iter()
            .map(|spec| Material::from_spec(spec, company, code))
            .collect();
        let service_key = service.map(|s| s.key.clone());
        let mut started = Precheck {
            meta: Meta::new(id, now),
            case_id: case.meta.id,
            audit: vec![AuditEntry::chained(
                crate::domain::audit::GENESIS,
                now,
                "",
                AuditWhat::Started {
                    service_key: service_key.clone(),
                },
            )],
            service_key,
            materials,
            legal_rep: Presence::Unknown,
            legal_rep_note: String::new(),
            prefill: Prefill {
                company_name: company.to_owned(),
                credit_code: code.to_owned(),
            },
            checks: BTreeMap::new(),
            signoffs: Vec::new(),
            chain_head: None,
        };
        started.seal_chain();
        started
    }

    pub fn material(&self, key: &str) -> Option<&Material> {
        self.materials.iter().find(|m| m.key == key)
    }

    /// The business licence material, if the checklist has one.
    pub fn licence(&self) -> Option<&Material> {
        self.materials.iter().find(|m| m.is_licence())
    }
}

impl Record for Precheck {
    const KIND: &'static str = "prechecks";

    fn meta(&self) -> &Meta {
        &self.meta
    }

    fn meta_mut(&mut self) -> &mut Meta {
        &mut self.meta
    }

    fn case_id(&self) -> Option<Uuid> {
        Some(self.case_id)
    }

    const LOGS: &'static [&'static str] = &["audit", "signoffs"];

    /// Both versions' audit entries and signatures, each once, in time order; the trail is
    /// chained anew. A signature made stale on either side stays stale.
    fn union_logs(&mut self, a: &Self, b: &Self) {
        self.merge_trails(a, b);
    }

    fn label(&self) -> String {
        let signed = self.current_signoffs().count();
        format!("预审 · {} 份材料 · 已签 {signed}/3", self.materials.len())
    }

    fn case_id_mut(&mut self) -> Option<&mut Uuid> {
        Some(&mut self.case_id)
    }
}

/// The licence spec used when the case's service is not in the catalog.
fn default_licence_spec() -> MaterialSpec {
    MaterialSpec::new(
        "business_licence",
        L10n::new("营业执照(正副本)", "Business licence"),
    )
    .with_fields(&[
        FieldKind::CompanyName,
        FieldKind::CreditCode,
        FieldKind::LegalRepresentative,
        FieldKind::IssueDate,
    ])
}
