//! Tests of the plan module; shared fixtures live here.

use chrono::{DateTime, NaiveDate, TimeZone, Utc};

use super::*;
use crate::domain::case::{Case, CaseInput, UrgencyKind};
use crate::domain::catalog::{Catalog, ServiceType};
use crate::domain::record::new_id;

mod causes;
mod clauses_comms;
mod paths;
mod risks;
mod warnings;

pub(super) fn at(secs: i64) -> DateTime<Utc> {
    Utc.timestamp_opt(1_780_000_000 + secs, 0)
        .single()
        .expect("valid test time")
}

pub(super) fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("valid test date")
}

pub(super) fn service(key: &str) -> ServiceType {
    Catalog::builtin()
        .get(key)
        .cloned()
        .expect("built-in service")
}

/// The brief's foreign-invested set-up: 3 working days to an overseas financing signing.
pub(super) fn case_between(start: &str, hard: &str, promised: u32) -> Case {
    let input = CaseInput {
        company_name: "上海示例科技有限公司".into(),
        legal_rep: "王伟".into(),
        contact_name: "李娜".into(),
        contact_phone: "13800000000".into(),
        service_name: "外资企业设立".into(),
        urgency: UrgencyKind::FinancingSigning,
        hard_date: hard.into(),
        start_date: start.into(),
        promised_days: promised.to_string(),
        pm: "张敏".into(),
        executor1: "刘洋".into(),
        executor2: "陈静".into(),
        logistics: "赵磊".into(),
        ..CaseInput::default()
    };
    let mut case = Case::create(&input, new_id(at(0), [1; 10]), at(0)).expect("valid case");
    case.service_key = Some("foreign_invested_setup".into());
    case
}

pub(super) fn sample_case() -> Case {
    case_between("2026-12-01", "2026-12-04", 3)
}

pub(super) fn new_plan(case: &Case, service: Option<&ServiceType>) -> Plan {
    Plan::new(new_id(at(1), [2; 10]), case.meta.id, service, at(1))
}

#[test]
fn a_new_plan_has_the_default_playbook_and_department_contacts() {
    let svc = service("foreign_invested_setup");
    let plan = new_plan(&sample_case(), Some(&svc));
    for category in CauseCategory::ALL {
        assert!(!plan.tasks_for(category).is_empty(), "{category:?}");
    }
    assert_eq!(plan.tasks_for(CauseCategory::Process)[0].role, Role::Pm);
    assert_eq!(
        plan.tasks_for(CauseCategory::Materials)[0].role,
        Role::Executor1
    );
    assert_eq!(plan.contacts.len(), svc.departments.len());
    assert_eq!(plan.contacts[0].department, svc.departments[0]);
    let mut ids: Vec<u32> = plan.tasks.iter().map(|t| t.id.0).collect();
    ids.extend(plan.contacts.iter().map(|c| c.id.0));
    let count = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), count, "item ids are unique");
}

#[test]
fn assignments_name_the_people_of_the_case_team() {
    let case = sample_case();
    let plan = new_plan(&case, None);
    let jobs = assignments(&plan, &case, CauseCategory::Materials, Lang::Zh);
    assert_eq!(jobs[0].person, "刘洋");
    assert_eq!(jobs[1].role, Role::Logistics);
    assert_eq!(jobs[1].person, "赵磊");
    let en = assignments(&plan, &case, CauseCategory::Process, Lang::En);
    assert_eq!(en[0].person, "张敏");
    assert!(en[0].text.contains("department head"));
}

#[test]
fn playbook_and_contacts_can_be_edited() {
    let case = sample_case();
    let plan = new_plan(&case, None);
    let first = plan.tasks_for(CauseCategory::External)[0].id;
    let plan = plan
        .edit_task(first, Role::Executor2, Lang::Zh, "打电话问窗口", at(2))
        .expect("edit");
    let task = plan.tasks.iter().find(|t| t.id == first).expect("task");
    assert_eq!(
        (task.role, task.text.get(Lang::En)),
        (Role::Executor2, "打电话问窗口")
    );
    let (plan, added) = plan
        .add_task(
            CauseCategory::External,
            Role::Logistics,
            "带上充电宝",
            at(3),
        )
        .expect("add");
    assert!(plan
        .add_task(CauseCategory::External, Role::Pm, " ", at(3))
        .is_err());
    let plan = plan.remove_task(added, at(4)).expect("remove");
    assert!(plan.remove_task(added, at(5)).is_err());
    let reset = plan.reset_playbook(at(6)).expect("reset");
    assert_eq!(reset.tasks.len(), new_plan(&case, None).tasks.len());

    let draft = ContactDraft {
        department: user_text("税务局第一税务所"),
        name: "周科长".into(),
        phone: "021-00000000".into(),
        note: String::new(),
    };
    let (plan, id) = reset.add_contact(draft.clone(), at(7)).expect("contact");
    assert_eq!(plan.contact(id).map(|c| c.name.as_str()), Some("周科长"));
    let blank = ContactDraft::default();
    let err = plan
        .add_contact(blank, at(8))
        .expect_err("department required");
    assert_eq!(err.problems()[0].field, PlanField::ContactDepartment);
    let plan = plan
        .update_contact(
            id,
            ContactDraft {
                phone: "021-1".into(),
                ..draft
            },
            at(9),
        )
        .expect("update");
    assert_eq!(plan.contact(id).map(|c| c.phone.as_str()), Some("021-1"));
    let plan = plan.remove_contact(id, at(10)).expect("remove contact");
    assert!(plan.contact(id).is_none());
}

#[test]
fn every_change_bumps_the_revision_and_archived_plans_refuse_changes() {
    let plan = new_plan(&sample_case(), None);
    let (next, _) = plan
        .add_cause("张敏", "系统升级", CauseCategory::External, at(2))
        .expect("add");
    assert_eq!(next.meta.rev, plan.meta.rev + 1);
    assert_eq!(plan.causes.len(), 0, "the original is untouched");
    let archived = next.archive(at(3)).expect("archive");
    assert_eq!(
        archived.add_cause("张敏", "节假日", CauseCategory::External, at(4)),
        Err(PlanError::Archived)
    );
    assert!(!archived.restore(at(5)).meta.deleted);
}

#[test]
fn ids_stay_unique_after_importing_a_plan_with_a_stale_counter() {
    let mut plan = new_plan(&sample_case(), None);
    plan.next_item = 1;
    let (plan, id) = plan
        .add_cause("张敏", "客户迟交材料", CauseCategory::Materials, at(2))
        .expect("add");
    let max_task = plan.tasks.iter().map(|t| t.id.0).max().unwrap_or(0);
    assert!(id.0 > max_task);
}

#[test]
fn a_full_plan_survives_a_json_round_trip() {
    let svc = service("foreign_invested_setup");
    let case = sample_case();
    let plan = new_plan(&case, Some(&svc));
    let (plan, _) = plan
        .add_suggestions(&suggest_causes(Some(&svc)), at(2))
        .expect("suggest");
    let cause = plan.causes[0].id;
    let draft = plan.risk_draft_from_cause(cause).expect("draft");
    let (plan, _) = plan.add_risk(draft, at(3)).expect("risk");
    let plan = plan
        .set_path_cost(PathKey::RemoteVideoVerification, Some(2), at(4))
        .expect("cost");
    let plan = plan
        .set_clause_text(
            ClauseKey::ExternalEvents,
            Lang::Zh,
            Some("自定义条款"),
            at(5),
        )
        .expect("clause");
    let json = serde_json::to_string(&plan).expect("serialise");
    assert!(json.contains("\"rev\""), "meta is flattened");
    let back: Plan = serde_json::from_str(&json).expect("deserialise");
    assert_eq!(back, plan);
}

#[test]
fn plans_and_warnings_are_stored_records() {
    use crate::domain::record::Record;
    let case = sample_case();
    let mut plan = new_plan(&case, None);
    assert_eq!(<Plan as Record>::KIND, "plans");
    assert_eq!(plan.case_id(), Some(case.meta.id));
    let (new_plan_id, new_case_id) = (new_id(at(9), [9; 10]), new_id(at(9), [8; 10]));
    let map = std::collections::BTreeMap::from([
        (plan.meta.id, new_plan_id),
        (case.meta.id, new_case_id),
    ]);
    plan.remap_ids(&map);
    assert_eq!((plan.meta.id, plan.case_id), (new_plan_id, new_case_id));
    let input = WarningInput::new(
        "系统升级",
        d("2026-12-03"),
        d("2026-12-05"),
        WarningEffect::Paused,
    );
    let warning = Warning::new(new_id(at(0), [3; 10]), &input, at(0)).expect("warning");
    assert_eq!(<Warning as Record>::KIND, "warnings");
    assert_eq!(warning.case_id(), None);
    assert!(warning.label().contains("系统升级"));
}

#[test]
fn a_minimal_stored_plan_reads_with_defaults() {
    let json = r#"{"id":"0190a0e0-0000-7000-8000-000000000000","created_at":"2026-01-01T00:00:00Z",
        "updated_at":"2026-01-01T00:00:00Z","rev":1,"case_id":"0190a0e0-0000-7000-8000-000000000001"}"#;
    let plan: Plan = serde_json::from_str(json).expect("old record");
    assert!(plan.causes.is_empty());
    assert_eq!(plan.clauses.submit_within_days, 1);
    assert_eq!(plan.comms.notify_within_hours, 1);
}

#[test]
fn stats_count_causes_and_risks() {
    let svc = service("foreign_invested_setup");
    let plan = new_plan(&sample_case(), Some(&svc));
    let (plan, ids) = plan
        .add_suggestions(&suggest_causes(Some(&svc)), at(2))
        .expect("suggest");
    let plan = plan
        .set_cause_status(ids[0], CauseStatus::Accepted, at(3))
        .expect("accept");
    let plan = plan
        .set_cause_status(ids[1], CauseStatus::Rejected, at(4))
        .expect("reject");
    let draft = plan.risk_draft_from_cause(ids[0]).expect("draft");
    let (plan, _) = plan.add_risk(draft, at(5)).expect("risk");
    let stats = plan.stats();
    assert_eq!(stats.causes_accepted, 1);
    assert_eq!(stats.causes_rejected, 1);
    assert_eq!(stats.causes_suggested, ids.len() - 2);
    assert_eq!(stats.risks, 1);
    assert_eq!(stats.risks_without_path, 0);
}

#[test]
fn error_messages_exist_in_both_languages() {
    let errors = [
        PlanError::Invalid(vec![
            Problem::new(PlanField::RiskTitle, ProblemKind::Required),
            Problem::new(
                PlanField::Likelihood,
                ProblemKind::OutOfRange { min: 1, max: 5 },
            ),
            Problem::new(
                PlanField::ResidualLikelihood,
                ProblemKind::ResidualAboveInherent,
            ),
            Problem::new(PlanField::WarningEnd, ProblemKind::EndBeforeStart),
            Problem::new(PlanField::WarningStart, ProblemKind::BadDate),
            Problem::new(PlanField::ReportTime, ProblemKind::BadTime),
            Problem::new(PlanField::FromCause, ProblemKind::Unknown),
            Problem::new(PlanField::CauseText, ProblemKind::TooLong { max: 500 }),
        ]),
        PlanError::NotFound {
            kind: ItemKind::Risk,
            id: 3,
        },
        PlanError::TooMany {
            kind: ItemKind::Cause,
            max: 500,
        },
        PlanError::BadMerge,
        PlanError::Archived,
        PlanError::Calendar(crate::domain::calendar::CalendarError::TooManyWorkingDays {
            requested: 20_000,
            max: 10_000,
        }),
    ];
    for error in errors {
        let zh = error.message(Lang::Zh);
        let en = error.message(Lang::En);
        assert!(!zh.is_empty() && !en.is_empty() && zh != en, "{error:?}");
    }
    assert_eq!(PlanField::Likelihood.label(Lang::Zh), "可能性");
}

#[test]
fn revise_keeps_both_languages_until_the_text_changes() {
    let original = crate::domain::catalog::L10n::new("材料", "Materials");
    assert_eq!(revise(&original, Lang::En, " Materials "), original);
    assert_eq!(revise(&original, Lang::Zh, "材料"), original);
    let edited = revise(&original, Lang::En, "Paperwork");
    assert_eq!(edited.get(Lang::Zh), "Paperwork");
    assert_eq!(edited.get(Lang::En), "Paperwork");
}
