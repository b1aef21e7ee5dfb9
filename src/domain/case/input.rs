//! The case form as the user types it (all text), and its validation into a case.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{Case, Client, Team, UrgencyKind};
use crate::domain::error::DomainError;
use crate::domain::ids::{check_credit_code, CreditCodeError};

/// Longest accepted single-line text; longer input is refused rather than cut.
pub const MAX_LINE: usize = 200;
/// Longest accepted note.
pub const MAX_NOTE: usize = 4000;
/// The most working days a promise can span (more is surely a typing slip).
pub const MAX_PROMISED_DAYS: u32 = 365;

/// A field of the case form, named so errors and timeline entries can point at it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    CompanyName,
    CreditCode,
    LegalRep,
    ContactName,
    ContactPhone,
    /// The catalog service type (empty: a free-text type).
    ServiceKey,
    ServiceName,
    Urgency,
    UrgencyNote,
    HardDate,
    StartDate,
    PromisedDays,
    Pm,
    Executor1,
    Executor2,
    Logistics,
    Notes,
}

impl Field {
    /// Every field, in form order.
    pub const ALL: [Field; 17] = [
        Field::CompanyName,
        Field::CreditCode,
        Field::LegalRep,
        Field::ContactName,
        Field::ContactPhone,
        Field::ServiceKey,
        Field::ServiceName,
        Field::Urgency,
        Field::UrgencyNote,
        Field::HardDate,
        Field::StartDate,
        Field::PromisedDays,
        Field::Pm,
        Field::Executor1,
        Field::Executor2,
        Field::Logistics,
        Field::Notes,
    ];
}

/// What is wrong with one field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldError {
    Required(Field),
    TooLong { field: Field, max: usize },
    BadDate(Field),
    DaysOutOfRange { max: u32 },
    HardDateBeforeStart,
    BadCreditCode(CreditCodeError),
}

impl FieldError {
    /// The field the error belongs to, so the form can show it in place.
    pub fn field(&self) -> Field {
        match self {
            FieldError::Required(f) | FieldError::BadDate(f) => *f,
            FieldError::TooLong { field, .. } => *field,
            FieldError::DaysOutOfRange { .. } => Field::PromisedDays,
            FieldError::HardDateBeforeStart => Field::HardDate,
            FieldError::BadCreditCode(_) => Field::CreditCode,
        }
    }
}

/// The case form: every value as typed, so nothing the user entered is lost to a parse.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseInput {
    pub company_name: String,
    pub credit_code: String,
    pub legal_rep: String,
    pub contact_name: String,
    pub contact_phone: String,
    /// A catalog key, or empty for a free-text service type.
    #[serde(default)]
    pub service_key: String,
    pub service_name: String,
    pub urgency: UrgencyKind,
    pub urgency_note: String,
    /// `YYYY-MM-DD`, as an `<input type="date">` gives it.
    pub hard_date: String,
    pub start_date: String,
    pub promised_days: String,
    pub pm: String,
    pub executor1: String,
    pub executor2: String,
    pub logistics: String,
    pub notes: String,
}

/// A form that passed validation, ready to be written into a case.
pub(super) struct ValidCase {
    pub hard_date: NaiveDate,
    pub start_date: NaiveDate,
    pub promised_working_days: u32,
    client: Client,
    service_key: Option<String>,
    service_name: String,
    urgency: UrgencyKind,
    urgency_note: String,
    team: Team,
    notes: String,
}

impl ValidCase {
    pub(super) fn apply_to(self, case: &mut Case) {
        case.client = self.client;
        case.service_key = self.service_key;
        case.service_name = self.service_name;
        case.urgency = self.urgency;
        case.urgency_note = self.urgency_note;
        case.hard_date = self.hard_date;
        case.start_date = self.start_date;
        case.promised_working_days = self.promised_working_days;
        case.team = self.team;
        case.notes = self.notes;
    }
}

impl CaseInput {
    /// A blank form starting today.
    pub fn new_on(today: NaiveDate) -> Self {
        CaseInput {
            start_date: today.format("%Y-%m-%d").to_string(),
            ..CaseInput::default()
        }
    }

    /// Sets one field from what the user typed. An unknown urgency key leaves it unchanged.
    /// Picks a service from the catalog, filling the required 业务类型 with its name (`name`)
    /// unless the user already typed a name of their own: a blank field, or the name the
    /// previous choice filled in (`previous_name`), is replaced.
    pub fn choose_service(&mut self, key: String, name: Option<&str>, previous_name: Option<&str>) {
        let typed = self.service_name.trim();
        let ours = typed.is_empty() || previous_name.is_some_and(|p| p == typed);
        if let (true, Some(name)) = (ours, name) {
            self.service_name = name.to_owned();
        }
        self.service_key = key;
    }

    /// A field's value as the form holds it (the urgency as its key).
    pub fn get(&self, field: Field) -> &str {
        match field {
            Field::CompanyName => &self.company_name,
            Field::CreditCode => &self.credit_code,
            Field::LegalRep => &self.legal_rep,
            Field::ContactName => &self.contact_name,
            Field::ContactPhone => &self.contact_phone,
            Field::ServiceKey => &self.service_key,
            Field::ServiceName => &self.service_name,
            Field::Urgency => self.urgency.key(),
            Field::UrgencyNote => &self.urgency_note,
            Field::HardDate => &self.hard_date,
            Field::StartDate => &self.start_date,
            Field::PromisedDays => &self.promised_days,
            Field::Pm => &self.pm,
            Field::Executor1 => &self.executor1,
            Field::Executor2 => &self.executor2,
            Field::Logistics => &self.logistics,
            Field::Notes => &self.notes,
        }
    }

    pub fn set(&mut self, field: Field, value: String) {
        let slot = match field {
            Field::CompanyName => &mut self.company_name,
            Field::CreditCode => &mut self.credit_code,
            Field::LegalRep => &mut self.legal_rep,
            Field::ContactName => &mut self.contact_name,
            Field::ContactPhone => &mut self.contact_phone,
            Field::ServiceKey => &mut self.service_key,
            Field::ServiceName => &mut self.service_name,
            Field::Urgency => {
                if let Some(kind) = UrgencyKind::from_key(&value) {
                    self.urgency = kind;
                }
                return;
            }
            Field::UrgencyNote => &mut self.urgency_note,
            Field::HardDate => &mut self.hard_date,
            Field::StartDate => &mut self.start_date,
            Field::PromisedDays => &mut self.promised_days,
            Field::Pm => &mut self.pm,
            Field::Executor1 => &mut self.executor1,
            Field::Executor2 => &mut self.executor2,
            Field::Logistics => &mut self.logistics,
            Field::Notes => &mut self.notes,
        };
        *slot = value;
    }

    pub(super) fn from_case(case: &Case) -> Self {
        CaseInput {
            company_name: case.client.company_name.clone(),
            credit_code: case.client.credit_code.clone(),
            legal_rep: case.client.legal_rep.clone(),
            contact_name: case.client.contact_name.clone(),
            contact_phone: case.client.contact_phone.clone(),
            service_key: case.service_key.clone().unwrap_or_default(),
            service_name: case.service_name.clone(),
            urgency: case.urgency,
            urgency_note: case.urgency_note.clone(),
            hard_date: case.hard_date.format("%Y-%m-%d").to_string(),
            start_date: case.start_date.format("%Y-%m-%d").to_string(),
            promised_days: case.promised_working_days.to_string(),
            pm: case.team.pm.clone(),
            executor1: case.team.executors[0].clone(),
            executor2: case.team.executors[1].clone(),
            logistics: case.team.logistics.clone(),
            notes: case.notes.clone(),
        }
    }

    /// Checks every field and reports all problems at once.
    pub(super) fn validate(&self) -> Result<ValidCase, DomainError> {
        let mut errors = Vec::new();
        let mut line = |field: Field, value: &str, required: bool| -> String {
            let value = value.trim();
            if required && value.is_empty() {
                errors.push(FieldError::Required(field));
            } else if value.chars().count() > MAX_LINE {
                errors.push(FieldError::TooLong {
                    field,
                    max: MAX_LINE,
                });
            }
            value.to_string()
        };
        let company_name = line(Field::CompanyName, &self.company_name, true);
        let legal_rep = line(Field::LegalRep, &self.legal_rep, false);
        let contact_name = line(Field::ContactName, &self.contact_name, false);
        let contact_phone = line(Field::ContactPhone, &self.contact_phone, false);
        let service_name = line(Field::ServiceName, &self.service_name, true);
        let urgency_note = line(Field::UrgencyNote, &self.urgency_note, false);
        let pm = line(Field::Pm, &self.pm, false);
        let executor1 = line(Field::Executor1, &self.executor1, false);
        let executor2 = line(Field::Executor2, &self.executor2, false);
        let logistics = line(Field::Logistics, &self.logistics, false);

        let credit_code = match normalize_credit_code(&self.credit_code) {
            Ok(code) => code,
            Err(reason) => {
                errors.push(FieldError::BadCreditCode(reason));
                String::new()
            }
        };
        if self.notes.chars().count() > MAX_NOTE {
            errors.push(FieldError::TooLong {
                field: Field::Notes,
                max: MAX_NOTE,
            });
        }
        let hard_date = parse_date(&self.hard_date, Field::HardDate, &mut errors);
        let start_date = parse_date(&self.start_date, Field::StartDate, &mut errors);
        let promised = match self.promised_days.trim().parse::<u32>() {
            Ok(n) if (1..=MAX_PROMISED_DAYS).contains(&n) => Some(n),
            _ if self.promised_days.trim().is_empty() => {
                errors.push(FieldError::Required(Field::PromisedDays));
                None
            }
            _ => {
                errors.push(FieldError::DaysOutOfRange {
                    max: MAX_PROMISED_DAYS,
                });
                None
            }
        };
        if let (Some(hard), Some(start)) = (hard_date, start_date) {
            if hard < start {
                errors.push(FieldError::HardDateBeforeStart);
            }
        }
        match (hard_date, start_date, promised) {
            (Some(hard_date), Some(start_date), Some(promised_working_days))
                if errors.is_empty() =>
            {
                Ok(ValidCase {
                    hard_date,
                    start_date,
                    promised_working_days,
                    client: Client {
                        company_name,
                        credit_code,
                        legal_rep,
                        contact_name,
                        contact_phone,
                    },
                    service_key: Some(self.service_key.trim().to_string())
                        .filter(|k| !k.is_empty()),
                    service_name,
                    urgency: self.urgency,
                    urgency_note,
                    team: Team {
                        pm,
                        executors: [executor1, executor2],
                        logistics,
                    },
                    notes: self.notes.clone(),
                })
            }
            _ => Err(DomainError::Invalid(errors)),
        }
    }
}

/// An empty code is allowed (it may not be known at intake); a non-empty one must pass the
/// GB 32100 check and is stored normalised.
fn normalize_credit_code(raw: &str) -> Result<String, CreditCodeError> {
    match check_credit_code(raw) {
        Ok(ok) => Ok(ok.normalized),
        Err(CreditCodeError::Empty) => Ok(String::new()),
        Err(e) => Err(e),
    }
}

fn parse_date(raw: &str, field: Field, errors: &mut Vec<FieldError>) -> Option<NaiveDate> {
    let raw = raw.trim();
    if raw.is_empty() {
        errors.push(FieldError::Required(field));
        return None;
    }
    match NaiveDate::parse_from_str(raw, "%Y-%m-%d") {
        Ok(date) => Some(date),
        Err(_) => {
            errors.push(FieldError::BadDate(field));
            None
        }
    }
}

/// The fields whose values differ between two versions of a case, for the timeline.
pub(super) fn changed_fields(old: &Case, new: &Case) -> Vec<Field> {
    let (a, b) = (CaseInput::from_case(old), CaseInput::from_case(new));
    Field::ALL
        .into_iter()
        .filter(|f| a.get(*f) != b.get(*f))
        .collect()
}

pub use crate::domain::merge3::{FieldConflict, Rebased};

impl crate::domain::merge3::FieldForm for CaseInput {
    type Field = Field;
    fn fields() -> &'static [Field] {
        &Field::ALL
    }
    fn get(&self, field: Field) -> &str {
        CaseInput::get(self, field)
    }
    fn set(&mut self, field: Field, value: String) {
        CaseInput::set(self, field, value)
    }
}
