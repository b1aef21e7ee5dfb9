//! Compensation: whose responsibility a failure is, what the agency offers, and the rules a
//! decision must follow.
//!
//! The rules follow the responsibility boundaries agencies write into the contract: the client
//! answers for authentic, complete and timely materials; the agency for the process and for
//! reading the rules right, and its own mistakes mean at least a free redo and the expedite fee
//! waived, with direct losses covered up to an agreed cap. When the client or a third party is
//! at fault nothing is owed, but goodwill gestures are allowed (the article's agency waived its
//! fee and fixed the client's articles for free) and are marked as such.

use crate::domain::sorting;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::error::{ResponseError, ResponseField};
use super::failure::{check_optional, check_required};
use super::fmt::format_yuan;
use super::types::{pick_static, pick_string, Failure, FailureKind};
use crate::domain::lang::Lang;

/// Largest amount a compensation item may carry: one hundred million yuan.
pub const MAX_AMOUNT_CENTS: u64 = 10_000_000_000;

/// Who answers for a failure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Party {
    Client,
    Agency,
    /// A department, a bank or anyone else outside the contract: nobody owes compensation.
    ThirdParty,
    /// Needs a judgement call (a rejection can come from either side's part).
    Shared,
}

impl Party {
    pub const ALL: [Party; 4] = [
        Party::Client,
        Party::Agency,
        Party::ThirdParty,
        Party::Shared,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Party::Client => "client",
            Party::Agency => "agency",
            Party::ThirdParty => "third_party",
            Party::Shared => "shared",
        }
    }

    pub fn from_key(key: &str) -> Option<Party> {
        Party::ALL.into_iter().find(|p| p.key() == key)
    }
}

/// The default responsibility for a kind of failure; the contract's clauses may say otherwise,
/// so the UI lets staff change it.
pub fn responsibility(kind: FailureKind) -> Party {
    match kind {
        FailureKind::AgencyError => Party::Agency,
        FailureKind::ClientDelay | FailureKind::MaterialDefect => Party::Client,
        FailureKind::SystemOutage | FailureKind::PolicyChange | FailureKind::BankThirdParty => {
            Party::ThirdParty
        }
        FailureKind::DepartmentRejection => Party::Shared,
    }
}

/// What the agency can offer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CompensationOption {
    WaiveExpediteFee,
    FreeRedo,
    /// Pay the client's direct losses (a fine, a late fee), up to the agreed cap.
    CoverDirectLoss,
    /// A free follow-up service, e.g. three months of compliance checks.
    FreeFollowUp,
}

impl CompensationOption {
    pub const ALL: [CompensationOption; 4] = [
        CompensationOption::WaiveExpediteFee,
        CompensationOption::FreeRedo,
        CompensationOption::CoverDirectLoss,
        CompensationOption::FreeFollowUp,
    ];

    pub fn key(self) -> &'static str {
        match self {
            CompensationOption::WaiveExpediteFee => "waive_expedite_fee",
            CompensationOption::FreeRedo => "free_redo",
            CompensationOption::CoverDirectLoss => "cover_direct_loss",
            CompensationOption::FreeFollowUp => "free_follow_up",
        }
    }

    pub fn from_key(key: &str) -> Option<CompensationOption> {
        CompensationOption::ALL.into_iter().find(|o| o.key() == key)
    }
}

/// What the contract says about money: the expedite fee and the cap on direct losses.
/// Unknown values are simply not checked.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CompensationTerms {
    pub expedite_fee_cents: Option<u64>,
    pub direct_loss_cap_cents: Option<u64>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CompensationItem {
    pub option: CompensationOption,
    /// What it is worth (fee waived, loss paid, value of the service), in fen; 0 when unknown.
    pub amount_cents: u64,
    /// What exactly is offered ("三个月社保合规检查"); required for a follow-up service.
    #[serde(default)]
    pub description: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Decision {
    Proposed,
    Approved,
    Declined,
}

impl Decision {
    pub const ALL: [Decision; 3] = [Decision::Proposed, Decision::Approved, Decision::Declined];

    pub fn key(self) -> &'static str {
        match self {
            Decision::Proposed => "proposed",
            Decision::Approved => "approved",
            Decision::Declined => "declined",
        }
    }

    pub fn from_key(key: &str) -> Option<Decision> {
        Decision::ALL.into_iter().find(|d| d.key() == key)
    }
}

/// A validated compensation decision, stored on the failure.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Compensation {
    pub party: Party,
    pub items: Vec<CompensationItem>,
    pub decision: Decision,
    /// Required once approved or declined.
    pub approved_by: String,
    pub decided_at: DateTime<Utc>,
    #[serde(default)]
    pub note: String,
    /// The contract's cap on direct losses when the loss covered is above it: recorded, and
    /// flagged until management approves it (`approved_by` names who did).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub over_cap_cents: Option<u64>,
}

impl Compensation {
    /// The flag on a loss covered above the contract's cap: management must approve it, and
    /// once approved it says who did. `None` within the cap.
    pub fn cap_flag(&self, lang: Lang) -> Option<String> {
        let cap = self.over_cap_cents?;
        let cap = format_yuan(cap, lang);
        Some(match self.decision {
            Decision::Approved => pick_string(
                lang,
                format!(
                    "超出合同上限（{cap}），已由管理层批准：{}",
                    self.approved_by
                ),
                format!(
                    "Above the contract cap ({cap}); approved by management: {}",
                    self.approved_by
                ),
            ),
            _ => pick_string(
                lang,
                format!("超出合同上限（{cap}），需管理层批准"),
                format!("Above the contract cap ({cap}); needs management approval"),
            ),
        })
    }

    pub fn total_cents(&self) -> u64 {
        self.items
            .iter()
            .fold(0u64, |sum, i| sum.saturating_add(i.amount_cents))
    }

    /// Offered although nobody on our side was at fault.
    pub fn is_goodwill(&self) -> bool {
        !self.items.is_empty() && matches!(self.party, Party::Client | Party::ThirdParty)
    }

    /// "免收加急费、免费重新办理（合计 2,000 元）".
    pub fn summary(&self, lang: Lang) -> String {
        if self.items.is_empty() {
            return pick_static(lang, "无补偿", "No compensation").to_owned();
        }
        let sep = pick_static(lang, "、", ", ");
        let names: Vec<String> = self
            .items
            .iter()
            .map(|i| match i.description.trim() {
                "" => i.option.label(lang).to_owned(),
                d => format!("{}（{d}）", i.option.label(lang)),
            })
            .collect();
        let total = self.total_cents();
        if total == 0 {
            names.join(sep)
        } else {
            let sum = format_yuan(total, lang);
            match lang {
                Lang::Zh => format!("{}（合计 {sum}）", names.join(sep)),
                Lang::En => format!("{} (total {sum})", names.join(sep)),
            }
        }
    }
}

/// The compensation form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompensationInput {
    pub party: Party,
    pub items: Vec<CompensationItem>,
    pub decision: Decision,
    pub approved_by: String,
    pub note: String,
}

/// Options that must be in the plan when `party` is at fault.
pub fn required_options(party: Party) -> &'static [CompensationOption] {
    match party {
        Party::Agency => &[
            CompensationOption::FreeRedo,
            CompensationOption::WaiveExpediteFee,
        ],
        Party::Client | Party::ThirdParty | Party::Shared => &[],
    }
}

/// The form pre-filled for a failure: the default responsibility and, when it is ours, the
/// required options plus the failure's amount as a direct loss (capped).
pub fn suggest_compensation(failure: &Failure, terms: &CompensationTerms) -> CompensationInput {
    let party = responsibility(failure.kind);
    let fee = terms.expedite_fee_cents.unwrap_or(0);
    let mut items = Vec::new();
    match party {
        Party::Agency => {
            items.push(item(CompensationOption::FreeRedo, 0));
            items.push(item(CompensationOption::WaiveExpediteFee, fee));
            if let Some(loss) = failure.amount_cents.filter(|a| *a > 0) {
                let capped = terms
                    .direct_loss_cap_cents
                    .map_or(loss, |cap| loss.min(cap));
                items.push(item(CompensationOption::CoverDirectLoss, capped));
            }
        }
        // Half-way: waiving the fee acknowledges our part without admitting the whole fault.
        Party::Shared => items.push(item(CompensationOption::WaiveExpediteFee, fee)),
        Party::Client | Party::ThirdParty => {}
    }
    CompensationInput {
        party,
        items,
        decision: Decision::Proposed,
        approved_by: String::new(),
        note: String::new(),
    }
}

fn item(option: CompensationOption, amount_cents: u64) -> CompensationItem {
    CompensationItem {
        option,
        amount_cents,
        description: String::new(),
    }
}

impl CompensationInput {
    /// Checks the form against the rules and the contract terms; the first problem is returned.
    pub fn validate(
        &self,
        terms: &CompensationTerms,
        now: DateTime<Utc>,
    ) -> Result<Compensation, ResponseError> {
        let mut seen = Vec::with_capacity(self.items.len());
        let mut items = Vec::with_capacity(self.items.len());
        let mut over_cap_cents = None;
        for it in &self.items {
            if seen.contains(&it.option) {
                return Err(ResponseError::DuplicateOption(it.option));
            }
            seen.push(it.option);
            if it.amount_cents > MAX_AMOUNT_CENTS {
                return Err(ResponseError::AmountTooLarge);
            }
            let description = match it.option {
                CompensationOption::FreeFollowUp => {
                    check_required(&it.description, ResponseField::FollowUpDescription)?
                }
                _ => check_optional(&it.description)?,
            };
            let cap = match it.option {
                CompensationOption::CoverDirectLoss => terms.direct_loss_cap_cents,
                CompensationOption::WaiveExpediteFee => terms.expedite_fee_cents,
                _ => None,
            };
            if it.option == CompensationOption::CoverDirectLoss && it.amount_cents == 0 {
                return Err(ResponseError::ZeroAmount(it.option));
            }
            let over = cap.filter(|cap| it.amount_cents > *cap);
            if let (Some(cap), CompensationOption::CoverDirectLoss) = (over, it.option) {
                // A real loss above the contract's cap can still be paid, with management's
                // approval: it is recorded and flagged, not refused.
                over_cap_cents = Some(cap);
            } else if let Some(cap) = over {
                return Err(ResponseError::OverCap {
                    option: it.option,
                    amount: it.amount_cents,
                    cap,
                });
            }
            items.push(CompensationItem {
                option: it.option,
                amount_cents: it.amount_cents,
                description,
            });
        }
        // Our own fault cannot be declined: the contract promises at least these.
        let declined = self.decision == Decision::Declined;
        if let Some(missing) = required_options(self.party)
            .iter()
            .find(|o| declined || !seen.contains(o))
        {
            return Err(ResponseError::MissingRequired(*missing));
        }
        if declined {
            items.clear();
            over_cap_cents = None;
        }
        let approved_by = match self.decision {
            Decision::Proposed => self.approved_by.trim().to_owned(),
            Decision::Approved | Decision::Declined => {
                check_required(&self.approved_by, ResponseField::ApprovedBy)?
            }
        };
        sorting::sort_by_key(&mut items, |i| i.option);
        Ok(Compensation {
            party: self.party,
            items,
            decision: self.decision,
            approved_by,
            decided_at: now,
            note: check_optional(&self.note)?,
            over_cap_cents,
        })
    }
}
