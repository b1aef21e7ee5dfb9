//! Pre-mortem templates: the usual suspects for a service. The service's own catalog pitfalls
//! come first; then general causes drawn from documented expedited cases (system upgrades,
//! holidays, major meetings, hall throttling, a legal representative abroad, a bank that
//! refuses the account, a client late with materials) and from ordinary team life.

use serde::{Deserialize, Serialize};

use super::causes::CauseCategory;
use super::general::general;
use super::paths::PathKey;
use super::risks::RISK_SCALE;
use crate::domain::catalog::{L10n, Pitfall, ServiceType, Severity, Source};

/// A cause the template proposes; the team accepts, edits or rejects it.
#[derive(Clone, Debug, PartialEq)]
pub struct CauseSuggestion {
    /// `pitfall:<catalog key>` or `general:<key>`; stable, so a plan knows what it already has.
    pub key: String,
    pub text: L10n,
    pub category: CauseCategory,
    /// Taken from the service's catalog entry (as opposed to the general list).
    pub from_service: bool,
    pub severity: Option<Severity>,
    /// What the catalog's fix costs, in working days.
    pub fix_working_days: Option<u32>,
    pub source: Source,
    pub early_sign: L10n,
    pub mitigation: L10n,
    pub paths: Vec<PathKey>,
    pub likelihood: u8,
    pub impact: u8,
}

impl CauseSuggestion {
    /// What a cause keeps of its template, to pre-fill a risk later.
    pub fn origin(&self) -> SuggestionOrigin {
        SuggestionOrigin {
            key: self.key.clone(),
            source: self.source,
            early_sign: self.early_sign.clone(),
            mitigation: self.mitigation.clone(),
            paths: self.paths.clone(),
            likelihood: self.likelihood,
            impact: self.impact,
        }
    }
}

/// The template a cause came from, stored with the cause.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SuggestionOrigin {
    pub key: String,
    pub source: Source,
    pub early_sign: L10n,
    pub mitigation: L10n,
    #[serde(default)]
    pub paths: Vec<PathKey>,
    pub likelihood: u8,
    pub impact: u8,
}

/// Suggested causes for a case: the service's pitfalls (when the catalog knows the service),
/// then the general causes that apply to it. With `None` (a free-text service) every general
/// cause is proposed.
pub fn suggest_causes(service: Option<&ServiceType>) -> Vec<CauseSuggestion> {
    let mut out: Vec<CauseSuggestion> = service
        .map(|s| s.pitfalls.iter().map(|p| from_pitfall(p, s)).collect())
        .unwrap_or_default();
    out.extend(
        general()
            .into_iter()
            .filter(|g| service.is_none_or(|s| (g.applies)(s)))
            .map(|g| CauseSuggestion {
                key: format!("general:{}", g.key),
                text: g.text,
                category: g.category,
                from_service: false,
                severity: None,
                fix_working_days: None,
                source: g.source,
                early_sign: g.early_sign,
                mitigation: g.mitigation,
                paths: g.paths.to_vec(),
                likelihood: g.likelihood,
                impact: g.impact,
            }),
    );
    out
}

fn from_pitfall(p: &Pitfall, service: &ServiceType) -> CauseSuggestion {
    let category = pitfall_category(p);
    let days = p.fix_working_days;
    let impact = match p.severity {
        Severity::Blocker => 4,
        Severity::Warning => 3,
        Severity::Note => 2,
    } + u8::from(days >= 5);
    CauseSuggestion {
        key: format!("pitfall:{}", p.key),
        text: p.text.clone(),
        category,
        from_service: true,
        severity: Some(p.severity),
        fix_working_days: Some(days),
        source: p.source,
        early_sign: category_early_sign(category),
        mitigation: p.fix.clone(),
        paths: pitfall_paths(p, category)
            .into_iter()
            // Paths are chosen by service: licence-first only where there is a licence to issue.
            .filter(|k| *k != PathKey::LicenceFirstBankLater || service.allows_licence_first())
            .collect(),
        likelihood: 3,
        impact: impact.min(*RISK_SCALE.end()),
    }
}

/// Category of a catalog pitfall: from its precheck rule, a few keys by hand, else process.
fn pitfall_category(p: &Pitfall) -> CauseCategory {
    match (p.rule.as_deref(), p.key.as_str()) {
        (Some("system_outage_warning"), _) => CauseCategory::External,
        (Some("legal_rep_presence" | "unpaid_tax"), _) => CauseCategory::Process,
        (Some(_), _) => CauseCategory::Materials,
        (
            None,
            "documents_not_legalised"
            | "clause_numbers_mismatch"
            | "goods_wording"
            | "wrong_base"
            | "evidence_heavy",
        ) => CauseCategory::Materials,
        (None, "item_missed") => CauseCategory::Staffing,
        _ => CauseCategory::Process,
    }
}

fn pitfall_paths(p: &Pitfall, category: CauseCategory) -> Vec<PathKey> {
    use PathKey as P;
    match (p.rule.as_deref(), p.key.as_str()) {
        (Some("legal_rep_presence"), _) => vec![
            P::RemoteVideoVerification,
            P::PowerOfAttorney,
            P::LicenceFirstBankLater,
        ],
        (Some("system_outage_warning"), _) => vec![P::OnlineForOffline, P::PriorityReview],
        (Some("seal_page_present"), _) => vec![P::ElectronicForPaper, P::SupplementaryForCore],
        (Some("required_materials_complete"), _) => {
            vec![P::AcceptMissingLater, P::ElectronicForPaper]
        }
        (_, "opening_refused") => vec![P::BackupBank, P::LicenceFirstBankLater],
        (_, "form_errors") => vec![P::PriorityReview],
        _ => category_paths(category),
    }
}

fn category_paths(category: CauseCategory) -> Vec<PathKey> {
    match category {
        CauseCategory::Materials => {
            vec![PathKey::AcceptMissingLater, PathKey::SupplementaryForCore]
        }
        CauseCategory::Process => vec![PathKey::ParallelProcessing, PathKey::PriorityReview],
        CauseCategory::External => vec![PathKey::OnlineForOffline],
        CauseCategory::Communication | CauseCategory::Staffing => Vec::new(),
    }
}

fn category_early_sign(category: CauseCategory) -> L10n {
    let (zh, en) = match category {
        CauseCategory::Materials => (
            "预审或逐字比对时发现缺页、信息不一致或证件过期。",
            "The precheck finds a missing page, a mismatch or an expired document.",
        ),
        CauseCategory::Process => (
            "窗口提出额外要求，或进度在同一环节停留超过一个工作日。",
            "The window asks for something extra, or progress stalls on one step for more than a working day.",
        ),
        CauseCategory::External => (
            "部门发布维护、限流或政策调整通知，预警库出现相关预警。",
            "The department announces maintenance, throttling or a policy change; a warning appears in the library.",
        ),
        CauseCategory::Communication => (
            "消息半天没有回复，或客户对进度的理解与实际不符。",
            "Messages go unanswered for half a day, or the client's idea of progress differs from the facts.",
        ),
        CauseCategory::Staffing => (
            "同一人同时负责多个加急案件，或排期里没有替补。",
            "One person carries several expedited cases at once, or the schedule has no stand-in.",
        ),
    };
    L10n::new(zh, en)
}
