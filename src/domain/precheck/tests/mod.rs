//! Tests of the precheck: fixtures here, one file per area.
//!
//! The baseline is [`clean`]: a precheck of a built-in service with every material in hand and
//! every field filled with values that pass. Each failing test breaks one thing in it.

use chrono::{DateTime, NaiveDate, TimeZone, Utc};

use super::*;
use crate::domain::calendar::Calendar;
use crate::domain::case::{Client, Status, Team, UrgencyKind};
use crate::domain::catalog::{Catalog, Severity};
use crate::domain::ids::credit_code_check_char;
use crate::domain::record::new_id;

mod consistency;
mod edits;
mod feasibility;
mod props;
mod rules;
mod signoff;
mod trail;

pub(super) const COMPANY: &str = "上海示例科技有限责任公司";
pub(super) const OTHER_FORM: &str = "上海示例科技有限公司";
pub(super) const REP: &str = "王伟";
pub(super) const ID_OK: &str = "110105198001011238";

pub(super) fn code() -> String {
    valid_code("91310115MA1K4ABC1")
}

pub(super) fn valid_code(first17: &str) -> String {
    let check = credit_code_check_char(first17).expect("valid test prefix");
    format!("{first17}{check}")
}

pub(super) fn at(secs: i64) -> DateTime<Utc> {
    Utc.timestamp_opt(1_772_000_000 + secs, 0)
        .single()
        .expect("valid test time")
}

pub(super) fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("valid test date")
}

/// Monday 2 March 2026: the default "today" of the tests.
pub(super) fn today() -> NaiveDate {
    d("2026-03-02")
}

pub(super) fn cal() -> Calendar {
    Calendar::builtin()
}

pub(super) fn service(key: &str) -> ServiceType {
    Catalog::builtin()
        .get(key)
        .cloned()
        .unwrap_or_else(|| panic!("built-in service {key} missing"))
}

pub(super) fn case(service_key: Option<&str>, hard: &str, promised: u32) -> Case {
    Case {
        meta: Meta::new(new_id(at(0), [7; 10]), at(0)),
        client: Client {
            company_name: COMPANY.into(),
            credit_code: code(),
            legal_rep: REP.into(),
            contact_name: "李娜".into(),
            contact_phone: "13800000000".into(),
        },
        service_key: service_key.map(str::to_owned),
        service_name: service_key.unwrap_or("其他").to_owned(),
        urgency: UrgencyKind::BatchWindow,
        urgency_note: String::new(),
        hard_date: d(hard),
        start_date: today(),
        promised_working_days: promised,
        status: Status::Precheck,
        team: Team::default(),
        notes: String::new(),
        events: Vec::new(),
        chain_head: None,
    }
}

/// A fixture: the case, its service and a precheck of it.
pub(super) struct Fx {
    pub case: Case,
    pub service: ServiceType,
    pub pc: Precheck,
}

impl Fx {
    pub fn run(&self) -> Vec<Finding> {
        run(&self.pc, &self.case, Some(&self.service), &cal(), today())
    }

    pub fn set(mut self, material: &str, item: usize, field: FieldKind, value: &str) -> Fx {
        self.pc = self
            .pc
            .set_field(material, item, field, value, "测试", at(10))
            .unwrap_or_else(|e| panic!("set {material}#{item} {field:?}: {e}"));
        self
    }

    pub fn status(mut self, material: &str, status: MaterialStatus) -> Fx {
        self.pc = self
            .pc
            .set_status(material, status, "测试", at(10))
            .expect("set status");
        self
    }

    pub fn presence(mut self, p: Presence) -> Fx {
        self.pc = self
            .pc
            .set_legal_rep(p, "", "测试", at(10))
            .expect("presence");
        self
    }
}

/// A freshly started precheck (nothing collected).
pub(super) fn fresh(service_key: &str, hard: &str, promised: u32) -> Fx {
    let service = service(service_key);
    let case = case(Some(service_key), hard, promised);
    let pc = Precheck::start(&case, Some(&service), new_id(at(1), [1; 10]), at(1));
    Fx { case, service, pc }
}

/// Every material in hand, every field valid, every pitfall answered, the legal
/// representative available: the engine must find nothing.
/// A bank-account precheck with the legal representative's ID number entered by 小李 at 10 s
/// (the start of the masking and audit-message tests).
pub(super) fn bank_with_rep_id() -> Precheck {
    fresh("bank_account_opening", "2026-06-30", 3)
        .pc
        .set_field(
            "legal_rep_id",
            0,
            FieldKind::IdNumber,
            ID_OK,
            "小李",
            at(10),
        )
        .expect("id")
}

pub(super) fn clean(service_key: &str, hard: &str, promised: u32) -> Fx {
    let mut fx = fresh(service_key, hard, promised);
    let keys: Vec<String> = fx.pc.materials.iter().map(|m| m.key.clone()).collect();
    for key in &keys {
        let m = fx.pc.material(key).expect("material").clone();
        for field in &m.fields {
            if let Some(value) = good_value(&m, *field) {
                fx = fx.set(key, 0, *field, value);
            }
        }
        fx = fx.status(key, MaterialStatus::Have);
    }
    let pitfalls: Vec<String> = fx.service.pitfalls.iter().map(|p| p.key.clone()).collect();
    for p in pitfalls {
        fx.pc = fx
            .pc
            .answer_check(&p, Some(CheckAnswer::Fine), "测试", at(10))
            .expect("answer");
    }
    fx.presence(Presence::Available)
}

/// A value that passes every rule, for a material of a case due mid-2026.
fn good_value(m: &Material, field: FieldKind) -> Option<&'static str> {
    use FieldKind as F;
    let key = m.spec_key.as_deref().unwrap_or("");
    Some(match field {
        F::CompanyName => COMPANY,
        F::CreditCode => return None, // prefilled with the valid code
        F::LegalRepresentative => REP,
        F::Holder if m.holder_is_company => COMPANY,
        F::Holder => "张三",
        F::IdNumber if m.spec_is(ID_DOCUMENT_KEYS) => ID_OK,
        F::IdNumber => "ZL202110000001.5",
        F::IssueDate => "2024-01-10",
        F::ExpiryDate => "2030-12-31",
        F::PeriodStart => "2023-01-01",
        F::PeriodEnd if key == "creditor_notice" => "2026-02-15",
        F::PeriodEnd => "2028-12-31",
        F::PageCount => "12",
        F::SealPagePresent | F::SignaturePresent => FLAG_YES,
        F::BusinessScope => "软件开发;信息技术咨询服务",
        F::Amount if m.spec_is(TAX_OWED_KEYS) => "0",
        F::Amount => "100000",
        F::Remarks => return None,
    })
}

pub(super) fn of_rule(findings: &[Finding], rule: RuleId) -> Vec<&Finding> {
    findings.iter().filter(|f| f.rule == rule).collect()
}

pub(super) fn blockers(findings: &[Finding]) -> usize {
    findings
        .iter()
        .filter(|f| f.severity == Severity::Blocker)
        .count()
}
