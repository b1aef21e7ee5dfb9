//! Responsibility boundaries written into the contract (责任分工): what the client owes, what
//! the agency owes, and what happens when either side misses. Generated from the case and the
//! plan's settings in Chinese or English, as plain text; any clause can be replaced by edited
//! text per language.
//!
//! Dates: the client's materials are due `promised_working_days` working days before the hard
//! date (counted back from the last working day on or before it), so the agency's promise fits;
//! a date set in the settings wins. The agency submits within `submit_within_days` working days
//! of complete materials.

use std::collections::BTreeSet;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::clause_text::Facts;
use super::error::{check, Problem, ProblemKind};
use super::{check_text, Plan, PlanError, PlanField, MAX_LINE, MAX_TEXT};
use crate::domain::calendar::Calendar;
use crate::domain::case::Case;
use crate::domain::lang::Lang;

/// Largest submission period accepted, in working days.
pub const MAX_SUBMIT_DAYS: u32 = 60;
/// Largest amount accepted, in yuan (a typing slip beyond this).
pub const MAX_AMOUNT_YUAN: u64 = 1_000_000_000_000;

/// The clauses, in contract order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClauseKey {
    ClientMaterials,
    ClientCooperation,
    AgencySubmission,
    AgencyFollowUp,
    ClientLate,
    AgencyError,
    ExternalEvents,
    Communication,
}

impl ClauseKey {
    pub const ALL: [ClauseKey; 8] = [
        ClauseKey::ClientMaterials,
        ClauseKey::ClientCooperation,
        ClauseKey::AgencySubmission,
        ClauseKey::AgencyFollowUp,
        ClauseKey::ClientLate,
        ClauseKey::AgencyError,
        ClauseKey::ExternalEvents,
        ClauseKey::Communication,
    ];

    pub fn title(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (ClauseKey::ClientMaterials, Lang::Zh) => "甲方材料义务",
            (ClauseKey::ClientMaterials, Lang::En) => "The client's materials",
            (ClauseKey::ClientCooperation, Lang::Zh) => "甲方配合义务",
            (ClauseKey::ClientCooperation, Lang::En) => "The client's cooperation",
            (ClauseKey::AgencySubmission, Lang::Zh) => "乙方提交时限",
            (ClauseKey::AgencySubmission, Lang::En) => "The agency's submission deadline",
            (ClauseKey::AgencyFollowUp, Lang::Zh) => "乙方跟进与政策解读",
            (ClauseKey::AgencyFollowUp, Lang::En) => "Follow-up and policy advice",
            (ClauseKey::ClientLate, Lang::Zh) => "甲方逾期或材料问题",
            (ClauseKey::ClientLate, Lang::En) => "Late or faulty materials",
            (ClauseKey::AgencyError, Lang::Zh) => "乙方失误的责任",
            (ClauseKey::AgencyError, Lang::En) => "The agency's own errors",
            (ClauseKey::ExternalEvents, Lang::Zh) => "外部因素",
            (ClauseKey::ExternalEvents, Lang::En) => "Events beyond both parties",
            (ClauseKey::Communication, Lang::Zh) => "告知与进度报告",
            (ClauseKey::Communication, Lang::En) => "Notice and progress reports",
        }
    }
}

/// A clause body written by hand, replacing the generated one in one language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClauseOverride {
    pub key: ClauseKey,
    pub lang: Lang,
    pub body: String,
}

/// The plan's contract settings.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClauseSettings {
    /// The agency's name as it should appear; empty: "乙方" / "the Agency" alone.
    #[serde(default)]
    pub agency_name: String,
    /// A materials deadline agreed by hand; `None`: computed from the case.
    #[serde(default)]
    pub materials_due: Option<NaiveDate>,
    pub submit_within_days: u32,
    #[serde(default)]
    pub expedite_fee_yuan: Option<u64>,
    /// `None`: losses covered up to the fees the client paid.
    #[serde(default)]
    pub compensation_cap_yuan: Option<u64>,
    #[serde(default)]
    pub overrides: Vec<ClauseOverride>,
}

impl Default for ClauseSettings {
    fn default() -> Self {
        ClauseSettings {
            agency_name: String::new(),
            materials_due: None,
            submit_within_days: 1,
            expedite_fee_yuan: None,
            compensation_cap_yuan: None,
            overrides: Vec::new(),
        }
    }
}

impl ClauseSettings {
    pub fn problems(&self) -> Vec<Problem> {
        let mut problems = Vec::new();
        check_text(
            &mut problems,
            PlanField::AgencyName,
            &self.agency_name,
            false,
            MAX_LINE,
        );
        if self.submit_within_days > MAX_SUBMIT_DAYS {
            problems.push(Problem::new(
                PlanField::SubmitWithinDays,
                ProblemKind::OutOfRange {
                    min: 0,
                    max: u64::from(MAX_SUBMIT_DAYS),
                },
            ));
        }
        let amounts = [
            (PlanField::ExpediteFee, self.expedite_fee_yuan),
            (PlanField::CompensationCap, self.compensation_cap_yuan),
        ];
        for (field, amount) in amounts {
            if amount.is_some_and(|a| a > MAX_AMOUNT_YUAN) {
                problems.push(Problem::new(
                    field,
                    ProblemKind::OutOfRange {
                        min: 0,
                        max: MAX_AMOUNT_YUAN,
                    },
                ));
            }
        }
        for o in &self.overrides {
            check_text(
                &mut problems,
                PlanField::ClauseBody,
                &o.body,
                true,
                MAX_TEXT,
            );
        }
        problems
    }
}

impl Plan {
    /// Replaces the contract settings (overrides included).
    pub fn set_clause_settings(
        &self,
        settings: ClauseSettings,
        now: DateTime<Utc>,
    ) -> Result<Plan, PlanError> {
        check(settings.problems())?;
        self.change(now, |plan| {
            plan.clauses = settings;
            Ok(())
        })
    }

    /// Sets a clause's text in one language by hand (`Some`), or goes back to the generated
    /// text (`None`, or text identical to nothing typed).
    pub fn set_clause_text(
        &self,
        key: ClauseKey,
        lang: Lang,
        body: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<Plan, PlanError> {
        self.set_override(
            |plan| &mut plan.clauses.overrides,
            PlanField::ClauseBody,
            body,
            now,
            |o| o.key == key && o.lang == lang,
            |body| ClauseOverride { key, lang, body },
        )
    }
}

/// One generated clause.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Clause {
    pub key: ClauseKey,
    pub title: String,
    pub body: String,
    /// The body was written by hand (an override), not generated.
    pub edited: bool,
}

/// The clauses with the dates they were built from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClauseSheet {
    pub lang: Lang,
    pub clauses: Vec<Clause>,
    pub materials_due: NaiveDate,
    /// The due date came from the case, not from the settings.
    pub materials_due_computed: bool,
    pub submit_by: NaiveDate,
    /// The schedule does not fit: the computed materials date is before the case start (it
    /// was moved to the start date), or the submission date is after the hard date.
    pub tight: bool,
    pub uncovered_years: BTreeSet<i32>,
}

impl ClauseSheet {
    /// All clauses as numbered plain text, for copying into a contract.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        for (i, clause) in self.clauses.iter().enumerate() {
            if i > 0 {
                out.push_str("\n\n");
            }
            let head = match self.lang {
                Lang::Zh => format!("{}、{}", i + 1, clause.title),
                Lang::En => format!("{}. {}", i + 1, clause.title),
            };
            out.push_str(&head);
            out.push('\n');
            out.push_str(&clause.body);
        }
        out
    }
}

/// Generates the contract clauses for a case.
pub fn generate_clauses(
    plan: &Plan,
    case: &Case,
    cal: &Calendar,
    lang: Lang,
) -> Result<ClauseSheet, PlanError> {
    let settings = &plan.clauses;
    let finish = cal.last_working_day_on_or_before(case.hard_date)?;
    let computed = cal.subtract_working_days(finish.value, case.promised_working_days)?;
    let mut uncovered_years = finish.uncovered_years;
    uncovered_years.extend(computed.uncovered_years);
    let mut tight = false;
    let materials_due = match settings.materials_due {
        Some(date) => date,
        None if computed.value < case.start_date => {
            tight = true;
            case.start_date
        }
        None => computed.value,
    };
    let submit = cal.add_working_days(materials_due, settings.submit_within_days)?;
    uncovered_years.extend(submit.uncovered_years);
    tight |= submit.value > finish.value;

    let facts = Facts {
        lang,
        company: or_blank(&case.client.company_name, lang),
        agency: match (settings.agency_name.trim(), lang) {
            ("", Lang::Zh) => "乙方".to_string(),
            ("", Lang::En) => "the Agency".to_string(),
            (name, Lang::Zh) => format!("乙方（{name}）"),
            (name, Lang::En) => format!("the Agency ({name})"),
        },
        service: case.service_name.trim().to_string(),
        due: date_text(materials_due, lang),
        submit_by: date_text(submit.value, lang),
        hard: date_text(case.hard_date, lang),
        promised: case.promised_working_days,
        within: settings.submit_within_days,
        contact: case.client.contact_name.trim().to_string(),
        legal_rep: case.client.legal_rep.trim().to_string(),
        pm: case.team.pm.trim().to_string(),
        fee: settings.expedite_fee_yuan,
        cap: settings.compensation_cap_yuan,
        hours: plan.comms.notify_within_hours,
    };
    let clauses = ClauseKey::ALL
        .into_iter()
        .map(|key| {
            let custom = settings
                .overrides
                .iter()
                .find(|o| o.key == key && o.lang == lang);
            Clause {
                key,
                title: key.title(lang).to_string(),
                body: custom.map_or_else(|| facts.body(key), |o| o.body.clone()),
                edited: custom.is_some(),
            }
        })
        .collect();
    Ok(ClauseSheet {
        lang,
        clauses,
        materials_due,
        materials_due_computed: settings.materials_due.is_none(),
        submit_by: submit.value,
        tight,
        uncovered_years,
    })
}

/// A date as a contract writes it.
pub fn date_text(date: NaiveDate, lang: Lang) -> String {
    match lang {
        Lang::Zh => date.format("%Y年%-m月%-d日").to_string(),
        Lang::En => date.format("%-d %B %Y").to_string(),
    }
}

/// An amount in yuan with thousands separators.
pub fn yuan_text(amount: u64, lang: Lang) -> String {
    let digits = amount.to_string();
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(c);
    }
    match lang {
        Lang::Zh => format!("人民币{grouped}元"),
        Lang::En => format!("CNY {grouped}"),
    }
}

fn or_blank(text: &str, lang: Lang) -> String {
    match (text.trim(), lang) {
        ("", Lang::Zh) => "甲方".to_string(),
        ("", Lang::En) => "the Client".to_string(),
        (t, _) => t.to_string(),
    }
}
