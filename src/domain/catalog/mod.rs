//! Service catalog: the expedited services an agency handles and what is known to go wrong.
//!
//! Each [`ServiceType`] lists the departments involved, a typical duration in working days, the
//! materials to collect (with the fields the precheck compares across documents) and the
//! pitfalls that are known to sink an expedited case, each with its fix and what the fix costs
//! in working days. The catalog is the input of the precheck, the worst-case workshop and the
//! training drills.
//!
//! Provenance is explicit because the product promises dates to clients: a fact taken from a
//! documented case is tagged [`Source::Article`]; everything else is general practice
//! ([`Source::Practice`]) that differs between cities and must be checked against local rules
//! before anyone relies on it. Where a documented pitfall gives no fix duration, the catalog uses
//! a conservative estimate. Material-level flags (容缺受理 / 并联办理) carry their caveat in the
//! material's note, because [`MaterialSpec`] has no provenance field of its own.
//!
//! Built-in services are read-only; agencies add and edit their own custom services through
//! [`Catalog::upsert`], which validates them with [`Catalog::validate`].

use serde::{Deserialize, Serialize};

use crate::domain::lang::Lang;

mod builtin;
pub(crate) mod error;
#[cfg(test)]
mod tests;
mod validate;

pub use builtin::BUILTIN_KEYS;
pub use error::{CatalogError, KeyError};
pub use validate::{MAX_KEY_LEN, MAX_WORKING_DAYS};

/// Keys of the precheck rules a [`Pitfall`] may point at. A pitfall whose `rule` is set can be
/// detected automatically; any other key is refused by [`Catalog::validate`] so that a typo
/// never silently disables a check.
pub const KNOWN_RULES: &[&str] = &[
    // The holder named on a certificate (patent, trademark, personnel registration) or on
    // evidence must equal the company name on the business licence, character for character.
    "holder_name_match",
    // Name, credit code and legal representative on a form or report must equal the licence.
    "licence_fields_match",
    // A document that needs the counterparty's or own seal page actually has it.
    "seal_page_present",
    // A document that needs signatures actually carries them.
    "signature_present",
    // Business scope items use the standard wording (national industry classification).
    "scope_standard_wording",
    // Outstanding tax (e.g. stamp duty) or missed filings block tax clearance.
    "unpaid_tax",
    // Premises meet the requirements of the licence or registration applied for.
    "premises_requirements",
    // The legal representative must appear in person (or an accepted substitute is arranged).
    "legal_rep_presence",
    // Articles of association follow the rules currently in force.
    "articles_current_rules",
    // A reporting period (audit, social insurance, R&D) covers what the service requires.
    "period_covers",
    // An identity document or certificate is still valid on the submission date.
    "document_not_expired",
    // Every required material of the service has been collected.
    "required_materials_complete",
    // The policy-risk warning library holds an active warning (system upgrade, holiday, major
    // meeting, hall throttling) for a department involved.
    "system_outage_warning",
];

pub use crate::domain::lang::L10n;

/// A field a material carries that the precheck reads and compares across documents.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FieldKind {
    CompanyName,
    CreditCode,
    LegalRepresentative,
    /// The named holder or owner: patent, trademark or personnel certificate holder, the
    /// person or entity an identity document or lease belongs to.
    Holder,
    /// Identifying number of the document: ID card, passport, patent, trademark or certificate.
    IdNumber,
    IssueDate,
    ExpiryDate,
    /// Start of a covered period (audit period, lease, contribution period).
    PeriodStart,
    PeriodEnd,
    PageCount,
    SealPagePresent,
    SignaturePresent,
    BusinessScope,
    Amount,
    Remarks,
}

impl FieldKind {
    /// Every field kind, in display order (for pickers in the custom-service editor).
    pub const ALL: [FieldKind; 15] = [
        FieldKind::CompanyName,
        FieldKind::CreditCode,
        FieldKind::LegalRepresentative,
        FieldKind::Holder,
        FieldKind::IdNumber,
        FieldKind::IssueDate,
        FieldKind::ExpiryDate,
        FieldKind::PeriodStart,
        FieldKind::PeriodEnd,
        FieldKind::PageCount,
        FieldKind::SealPagePresent,
        FieldKind::SignaturePresent,
        FieldKind::BusinessScope,
        FieldKind::Amount,
        FieldKind::Remarks,
    ];
}

/// How badly a pitfall hurts. Declared most severe first, so sorting puts blockers on top.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// The department will refuse the case until it is fixed.
    Blocker,
    /// The case can go on but is likely to be delayed.
    Warning,
    /// Worth knowing; rarely stops a case on its own.
    Note,
}

/// Where a catalog fact comes from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    /// Taken from a documented expedited case.
    Article,
    /// General practice; differs between cities. The default, because a fact of unknown origin
    /// must be treated as needing a local check.
    #[default]
    Practice,
}

impl Source {
    /// Whether the UI must add the "check against local rules" caveat.
    pub fn needs_local_check(self) -> bool {
        self == Source::Practice
    }

    /// The caveat shown next to practice facts, if any.
    pub fn local_check_hint(self, lang: Lang) -> Option<&'static str> {
        self.needs_local_check().then(|| {
            crate::domain::lang::pick_str(lang, "请以当地规定核实", "Check against local rules")
        })
    }
}

/// One material (document) a service needs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MaterialSpec {
    pub key: String,
    pub name: L10n,
    pub required: bool,
    /// Entered as a list (patents, track-record contracts, employees).
    pub repeated: bool,
    pub fields: Vec<FieldKind>,
    pub seal_page_required: bool,
    pub signature_required: bool,
    /// The department may accept the case now and this item later (容缺受理).
    pub accept_missing_later: bool,
    /// Can be prepared or processed in parallel with other steps (并联办理).
    pub parallel_ok: bool,
    pub note: Option<L10n>,
}

impl MaterialSpec {
    /// A required, single material with no fields yet; refine it with the builder methods.
    pub fn new(key: impl Into<String>, name: L10n) -> Self {
        Self {
            key: key.into(),
            name,
            required: true,
            repeated: false,
            fields: Vec::new(),
            seal_page_required: false,
            signature_required: false,
            accept_missing_later: false,
            parallel_ok: false,
            note: None,
        }
    }

    pub fn optional(mut self) -> Self {
        self.required = false;
        self
    }

    pub fn repeated(mut self) -> Self {
        self.repeated = true;
        self
    }

    /// Adds fields, skipping ones already present (validation refuses duplicates).
    pub fn with_fields(mut self, fields: &[FieldKind]) -> Self {
        for &field in fields {
            self.push_field(field);
        }
        self
    }

    /// Requires a seal page and adds the field that records it, so the precheck can see it.
    pub fn seal_page(mut self) -> Self {
        self.seal_page_required = true;
        self.push_field(FieldKind::SealPagePresent);
        self
    }

    /// Requires signatures and adds the field that records them.
    pub fn signature(mut self) -> Self {
        self.signature_required = true;
        self.push_field(FieldKind::SignaturePresent);
        self
    }

    pub fn accept_missing_later(mut self) -> Self {
        self.accept_missing_later = true;
        self
    }

    pub fn parallel(mut self) -> Self {
        self.parallel_ok = true;
        self
    }

    pub fn with_note(mut self, note: L10n) -> Self {
        self.note = Some(note);
        self
    }

    fn push_field(&mut self, field: FieldKind) {
        if !self.fields.contains(&field) {
            self.fields.push(field);
        }
    }
}

/// A known way an expedited case fails, with its fix.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Pitfall {
    pub key: String,
    pub text: L10n,
    pub fix: L10n,
    /// Working days the fix adds; 0 for planning measures that cost no extra time.
    pub fix_working_days: u32,
    pub severity: Severity,
    /// Key from [`KNOWN_RULES`] of a precheck rule that detects this pitfall.
    pub rule: Option<String>,
    pub source: Source,
}

impl Pitfall {
    pub fn new(
        key: impl Into<String>,
        severity: Severity,
        source: Source,
        text: L10n,
        fix: L10n,
        fix_working_days: u32,
    ) -> Self {
        Self {
            key: key.into(),
            text,
            fix,
            fix_working_days,
            severity,
            rule: None,
            source,
        }
    }

    pub fn with_rule(mut self, rule: impl Into<String>) -> Self {
        self.rule = Some(rule.into());
        self
    }
}

/// One kind of service the agency offers.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ServiceType {
    /// Stable slug, e.g. `scope_change`; stored in cases, so it never changes.
    pub key: String,
    pub name: L10n,
    pub departments: Vec<L10n>,
    pub typical_working_days: u32,
    pub materials: Vec<MaterialSpec>,
    pub pitfalls: Vec<Pitfall>,
    /// Some step needs the legal representative in person (e.g. opening a bank account).
    pub legal_rep_in_person: bool,
    pub builtin: bool,
    /// Provenance of the service-level facts: departments and typical working days.
    pub source: Source,
}

impl ServiceType {
    /// The licence can be issued first with the bank account receipt brought later (容缺): only
    /// a set-up whose checklist takes the receipt late. A company that already has its licence
    /// (a bank account alone) has nothing to issue first.
    pub fn allows_licence_first(&self) -> bool {
        self.material("bank_account_receipt")
            .is_some_and(|m| m.accept_missing_later)
    }

    pub fn material(&self, key: &str) -> Option<&MaterialSpec> {
        self.materials.iter().find(|m| m.key == key)
    }

    pub fn pitfall(&self, key: &str) -> Option<&Pitfall> {
        self.pitfalls.iter().find(|p| p.key == key)
    }

    pub fn required_materials(&self) -> impl Iterator<Item = &MaterialSpec> {
        self.materials.iter().filter(|m| m.required)
    }

    /// Pitfalls a given precheck rule detects, so a failed check can show the known fix.
    pub fn pitfalls_for_rule<'a>(&'a self, rule: &'a str) -> impl Iterator<Item = &'a Pitfall> {
        self.pitfalls
            .iter()
            .filter(move |p| p.rule.as_deref() == Some(rule))
    }

    /// Typical duration plus the slowest single fix: the figure the worst-case workshop starts
    /// from. One failure at a time, because summing every pitfall gives a number nobody plans by.
    pub fn worst_case_working_days(&self) -> u32 {
        let slowest_fix = self
            .pitfalls
            .iter()
            .map(|p| p.fix_working_days)
            .max()
            .unwrap_or(0);
        self.typical_working_days.saturating_add(slowest_fix)
    }
}

/// All services: the built-in ones plus the agency's custom ones.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Catalog {
    pub services: Vec<ServiceType>,
}

impl Catalog {
    /// The built-in services only.
    pub fn builtin() -> Self {
        Self {
            services: builtin::services(),
        }
    }

    /// The built-in services plus stored custom ones. Invalid custom entries (e.g. stored by an
    /// older version, or a key that later became built-in) are skipped and reported rather than
    /// failing the whole load, so one bad record never locks a tablet out of the catalog.
    pub fn with_custom(custom: impl IntoIterator<Item = ServiceType>) -> (Self, Vec<CatalogError>) {
        let mut catalog = Self::builtin();
        let errors = custom
            .into_iter()
            .filter_map(|service| catalog.upsert(service).err())
            .collect();
        (catalog, errors)
    }

    pub fn get(&self, key: &str) -> Option<&ServiceType> {
        self.services.iter().find(|s| s.key == key)
    }

    /// Whether `key` belongs to a built-in service (even if this catalog was loaded without it).
    pub fn is_builtin_key(key: &str) -> bool {
        BUILTIN_KEYS.contains(&key)
    }

    pub fn custom_services(&self) -> impl Iterator<Item = &ServiceType> {
        self.services.iter().filter(|s| !s.builtin)
    }

    /// Adds a custom service, or replaces the custom service with the same key.
    ///
    /// The entry is always stored as custom (`builtin = false`): only shipped code creates
    /// built-ins. Built-in keys are refused so a case's service key keeps meaning one thing.
    pub fn upsert(&mut self, mut custom: ServiceType) -> Result<(), CatalogError> {
        let clashes_with_builtin = Self::is_builtin_key(&custom.key)
            || self
                .services
                .iter()
                .any(|s| s.builtin && s.key == custom.key);
        if clashes_with_builtin {
            return Err(CatalogError::BuiltinKey {
                service: custom.key,
            });
        }
        Self::validate(&custom)?;
        custom.builtin = false;
        match self.services.iter_mut().find(|s| s.key == custom.key) {
            Some(existing) => *existing = custom,
            None => self.services.push(custom),
        }
        Ok(())
    }

    /// Removes a custom service and returns it.
    pub fn remove_custom(&mut self, key: &str) -> Result<ServiceType, CatalogError> {
        let index = self
            .services
            .iter()
            .position(|s| s.key == key)
            .ok_or_else(|| CatalogError::NotFound {
                service: key.to_owned(),
            })?;
        if self.services[index].builtin {
            return Err(CatalogError::BuiltinReadOnly {
                service: key.to_owned(),
            });
        }
        Ok(self.services.remove(index))
    }

    /// Checks one service; the first problem found is returned.
    pub fn validate(service: &ServiceType) -> Result<(), CatalogError> {
        validate::service(service)
    }

    /// Checks every service and that no key is used twice (a catalog read back from storage
    /// has not been through [`Catalog::upsert`]).
    pub fn validate_all(&self) -> Result<(), CatalogError> {
        let mut seen = std::collections::HashSet::new();
        for service in &self.services {
            Self::validate(service)?;
            if !seen.insert(service.key.as_str()) {
                return Err(CatalogError::DuplicateService {
                    service: service.key.clone(),
                });
            }
        }
        Ok(())
    }
}
