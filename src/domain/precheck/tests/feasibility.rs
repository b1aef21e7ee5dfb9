//! Feasibility: the article's batch-window example across Spring Festival, National Day,
//! parallel and sequential fixes.

use super::consistency::patent_case;
use super::*;
use crate::domain::lang::Lang;
use crate::domain::plan::{Warning, WarningEffect, WarningInput};

fn plan(fx: &Fx, today: NaiveDate) -> (Vec<Finding>, Feasibility) {
    let findings = run(&fx.pc, &fx.case, Some(&fx.service), &cal(), today);
    let f = feasibility(&findings, &fx.case, &cal(), today).expect("feasibility");
    (findings, f)
}

#[test]
fn patent_name_change_misses_the_batch_window_by_six_working_days() {
    // Batch window closes Friday 2026-03-20; today is Monday 2026-03-02; filing takes 5
    // working days once the materials are right.
    let fx = patent_case("2026-03-20", 5);
    let (findings, f) = plan(&fx, today());
    assert_eq!(f.available_working_days, 14);
    assert_eq!(f.required_working_days, 20);
    assert_eq!(f.slack_working_days, -6);
    assert!(!f.feasible);
    assert_eq!(f.shortfall_working_days(), 6);
    // The two holder changes touch different patents: they run side by side.
    assert_eq!(f.steps.len(), 2);
    assert_ne!(f.steps[0].chain, f.steps[1].chain);
    assert!(f.steps.iter().all(|s| s.critical && s.working_days == 15));
    assert_eq!(f.critical_path, vec![0]);
    let step = &f.steps[0];
    assert_eq!(findings[step.finding].rule, RuleId::HolderNameMatch);
    assert_eq!(step.earliest_start, d("2026-03-02"));
    assert_eq!(step.earliest_finish, d("2026-03-23"));
    // To make it, the change had to start 20 working days before the window closed: back
    // across Spring Festival (Saturday 28 Feb worked, 15–23 Feb off) to the make-up
    // working day Saturday 14 Feb.
    assert_eq!(step.latest_start_working_days_before, 20);
    assert_eq!(step.latest_start, d("2026-02-14"));
    assert_eq!(
        cal()
            .add_working_days(step.latest_start, 20)
            .expect("add")
            .value,
        d("2026-03-20")
    );
    assert_eq!(f.service.earliest_start, d("2026-03-23"));
    assert_eq!(f.finish(), d("2026-03-30"));
    assert_eq!(f.service.latest_start, d("2026-03-13"));
    assert!(f.uncovered_years.is_empty());
    let zh = f.summary(Lang::Zh);
    assert!(
        zh.contains("约 15 个工作日") && zh.contains("2026-03-20"),
        "{zh}"
    );
    assert!(zh.ends_with("无法按期,差 6 个工作日。"), "{zh}");
    assert!(f.summary(Lang::En).contains("6 working day(s) short"));
}

#[test]
fn fixing_the_names_makes_the_window_with_the_slack_shown() {
    let fx = patent_case("2026-03-20", 5)
        .set("patents", 1, FieldKind::Holder, COMPANY)
        .set("patents", 4, FieldKind::Holder, COMPANY);
    let (findings, f) = plan(&fx, today());
    assert!(findings.is_empty());
    assert!(f.feasible);
    assert_eq!(f.slack_working_days, 9);
    assert!(f.steps.is_empty() && f.critical_path.is_empty());
    assert!(f.summary(Lang::Zh).contains("无需修正"));
    assert!(f.summary(Lang::Zh).ends_with("可以按期,余量 9 个工作日。"));
}

#[test]
fn spring_festival_is_not_counted() {
    // From Friday 13 Feb 2026: Saturday 14 Feb is a make-up working day, 15–23 Feb are off.
    let fx = clean("scope_change", "2026-02-25", 3);
    let today = d("2026-02-13");
    let (_, f) = plan(&fx, today);
    // (13 Feb, 25 Feb]: 14 Feb, 24 Feb, 25 Feb.
    assert_eq!(f.available_working_days, 3);
    assert!(f.feasible);
    assert_eq!(f.slack_working_days, 0);
    assert_eq!(f.finish(), d("2026-02-25"));
    assert!(f.holiday_names().contains(&"春节"));
    // One more promised day and it no longer fits.
    let mut fx = fx;
    fx.case.promised_working_days = 4;
    let (_, f) = plan(&fx, today);
    assert!(!f.feasible);
    assert_eq!(f.shortfall_working_days(), 1);
    assert_eq!(f.finish(), d("2026-02-26"));
}

#[test]
fn national_day_and_mid_autumn_across_a_seal_page_fix() {
    // Monday 21 Sep 2026; Mid-Autumn 25–27 Sep and National Day 1–7 Oct are off; the hard
    // date is Friday 9 Oct. Working days in between: 22–24, 28–30 Sep, 8–9 Oct = 8.
    let fx = clean("construction_qualification_upgrade", "2026-10-09", 3).set(
        "track_record_contracts",
        0,
        FieldKind::SealPagePresent,
        FLAG_NO,
    );
    let today = d("2026-09-21");
    let (findings, f) = plan(&fx, today);
    assert_eq!(blockers(&findings), 1);
    assert_eq!(f.available_working_days, 8);
    assert_eq!(f.required_working_days, 8);
    assert!(f.feasible && f.slack_working_days == 0);
    let step = &f.steps[0];
    assert_eq!(step.working_days, 5);
    assert_eq!(step.earliest_finish, d("2026-09-29"));
    assert_eq!(step.latest_start, today, "no slack: start today");
    assert_eq!(f.service.latest_start, d("2026-09-29"));
    let names = f.holiday_names();
    assert_eq!(names, ["中秋节", "国庆节"]);
    // Promising 4 days instead is one too many.
    let mut fx = fx;
    fx.case.promised_working_days = 4;
    let (_, f) = plan(&fx, today);
    assert_eq!(f.slack_working_days, -1);
    assert!(f.steps[0].latest_start < today);
}

#[test]
fn fixes_to_the_same_document_are_sequential() {
    let mut fx = clean("construction_qualification_upgrade", "2026-06-30", 7);
    fx.pc = fx
        .pc
        .add_item("track_record_contracts", "测试", at(20))
        .expect("add");
    let fx = fx
        .set(
            "track_record_contracts",
            0,
            FieldKind::SealPagePresent,
            FLAG_NO,
        )
        .set(
            "track_record_contracts",
            0,
            FieldKind::CompanyName,
            OTHER_FORM,
        )
        .set("track_record_contracts", 1, FieldKind::CompanyName, COMPANY)
        .set("track_record_contracts", 1, FieldKind::PageCount, "8")
        .set(
            "track_record_contracts",
            1,
            FieldKind::SealPagePresent,
            FLAG_NO,
        );
    let (_, f) = plan(&fx, today());
    // Contract 1: seal page (5) then name (2, default) = 7; contract 2: seal page (5).
    assert_eq!(f.steps.len(), 3);
    let chain_of = |i: usize| f.steps[i].chain;
    assert_eq!(chain_of(0), chain_of(1));
    assert_ne!(chain_of(0), chain_of(2));
    assert_eq!(f.required_working_days, 7 + 7);
    assert_eq!(f.critical_path.len(), 2);
    // Name first (2 days, found by the consistency rules), then the seal page (5): the chain
    // must start 7 + 7 working days before the hard date, its second step 5 + 7.
    let befores: Vec<u32> = f
        .critical_path
        .iter()
        .map(|&i| f.steps[i].latest_start_working_days_before)
        .collect();
    assert_eq!(befores, [14, 12]);
    assert!(f.steps[f.critical_path[0]].latest_start < f.steps[f.critical_path[1]].latest_start);
    // Marking the material "to be replaced" adds no time: its item fixes are the
    // replacement. Marking another material to be replaced costs the default 3 days.
    let fx = fx.status("track_record_contracts", MaterialStatus::ToReplace);
    let (findings, f) = plan(&fx, today());
    let replace = of_rule(&findings, RuleId::MaterialNotReady);
    assert_eq!(replace.len(), 1);
    assert_eq!(replace[0].fix_working_days, 0);
    assert_eq!(f.required_working_days, 7 + 7);
    let fx = fx.status("personnel_social_insurance", MaterialStatus::ToReplace);
    let (findings, f) = plan(&fx, today());
    let days: Vec<(&str, u32)> = of_rule(&findings, RuleId::MaterialNotReady)
        .iter()
        .map(|f| (f.materials[0].key.as_str(), f.fix_working_days))
        .collect();
    assert_eq!(
        days,
        [
            ("personnel_social_insurance", 3),
            ("track_record_contracts", 0)
        ]
    );
    assert_eq!(f.steps.len(), 4);
}

#[test]
fn a_finding_about_a_whole_material_chains_every_fix_of_it() {
    // Two audit reports with a wrong name, and the three-year coverage broken: the firm
    // redoes them one after another.
    let mut fx = clean("high_tech_certification", "2026-06-30", 3);
    fx.pc = fx
        .pc
        .add_item("financial_audits", "测试", at(20))
        .expect("add");
    let fx = fx
        .set("financial_audits", 0, FieldKind::CompanyName, OTHER_FORM)
        .set("financial_audits", 0, FieldKind::PeriodEnd, "2024-12-31")
        .set("financial_audits", 1, FieldKind::CompanyName, OTHER_FORM)
        .set("financial_audits", 1, FieldKind::PeriodStart, "2023-01-01")
        .set("financial_audits", 1, FieldKind::PeriodEnd, "2023-12-31")
        .set("financial_audits", 1, FieldKind::IssueDate, "2024-03-01")
        .set("financial_audits", 1, FieldKind::SealPagePresent, FLAG_YES)
        .set("financial_audits", 1, FieldKind::SignaturePresent, FLAG_YES);
    let (findings, f) = plan(&fx, today());
    assert_eq!(of_rule(&findings, RuleId::PeriodCovers).len(), 1);
    assert_eq!(of_rule(&findings, RuleId::CompanyNameMatch).len(), 2);
    assert_eq!(f.steps.len(), 3);
    assert!(f.steps.iter().all(|s| s.chain == f.steps[0].chain));
    // Two reissues (2 days each, catalog) and the missing year (5 days), then the service.
    assert_eq!(f.required_working_days, 2 + 2 + 5 + 3);
}

#[test]
fn notes_and_instant_fixes_do_not_move_dates() {
    let fx = fresh("scope_change", "2026-06-30", 3);
    let findings = fx.run();
    assert!(findings.iter().any(|f| f.severity == Severity::Note));
    let f = feasibility(&findings, &fx.case, &cal(), today()).expect("ok");
    assert!(f
        .steps
        .iter()
        .all(|s| findings[s.finding].severity != Severity::Note && s.working_days > 0));
}

#[test]
fn years_without_holiday_data_are_flagged() {
    let fx = clean("scope_change", "2027-02-26", 3);
    let (_, f) = plan(&fx, d("2026-12-20"));
    assert!(f.uncovered_years.contains(&2027));
}

#[test]
fn a_hard_date_in_the_past_is_infeasible() {
    // Friday 27 Feb has passed by Monday 2 Mar; Saturday 28 Feb was a make-up working day,
    // so the hard date lies 2 working days back.
    let fx = clean("scope_change", "2026-02-27", 3);
    let (_, f) = plan(&fx, today());
    assert_eq!(f.available_working_days, -2);
    assert!(!f.feasible);
    assert_eq!(f.shortfall_working_days(), 3 + 2);
}

fn warning(title: &str, from: &str, to: &str, effect: WarningEffect, dept: &str) -> Warning {
    let input = WarningInput::new(title, d(from), d(to), effect).with_department(dept);
    Warning::new(new_id(at(90), [9; 10]), &input, at(90)).expect("valid warning")
}

fn with_warnings(fx: &Fx, warnings: &[Warning]) -> Feasibility {
    let findings = run(&fx.pc, &fx.case, Some(&fx.service), &cal(), today());
    feasibility_with_warnings(
        &findings,
        &fx.case,
        Some(&fx.service),
        warnings,
        &cal(),
        today(),
    )
    .expect("feasibility")
}

#[test]
fn a_tax_system_upgrade_in_the_window_takes_its_working_days_out() {
    // Fixed names: 14 working days available, 5 required, slack 9, done Monday 9 March.
    let fx = patent_case("2026-03-20", 5)
        .set("patents", 1, FieldKind::Holder, COMPANY)
        .set("patents", 4, FieldKind::Holder, COMPANY);
    assert_eq!(with_warnings(&fx, &[]).finish(), d("2026-03-09"));
    // The tax system is down Monday 9 – Wednesday 11 March: three working days lost.
    let upgrade = warning(
        "税务系统升级",
        "2026-03-09",
        "2026-03-11",
        WarningEffect::Paused,
        "税务",
    );
    let f = with_warnings(&fx, std::slice::from_ref(&upgrade));
    assert_eq!(f.lost_working_days, 3);
    assert_eq!(f.available_working_days, 11);
    assert_eq!(f.slack_working_days, 6);
    assert_eq!(
        f.finish(),
        d("2026-03-12"),
        "the service waits out the upgrade"
    );
    assert_eq!(f.outages.len(), 1);
    let o = &f.outages[0];
    assert_eq!(
        (o.title.as_str(), o.from, o.to, o.working_days_lost),
        ("税务系统升级", d("2026-03-09"), d("2026-03-11"), 3)
    );
    let zh = f.summary(Lang::Zh);
    assert!(
        zh.contains("“税务系统升级”") && zh.contains("3 个工作日"),
        "{zh}"
    );
    assert!(f.summary(Lang::En).contains("3 lost to the policy warning"));
    // The precheck's own figures are what the plan's decide-by dates count.
    assert_eq!(
        crate::domain::plan::TimelineBasis::from_feasibility(&f),
        crate::domain::plan::TimelineBasis::Precheck {
            required_working_days: 5,
            lost_working_days: 3,
            feasible: true,
            shortfall_working_days: 0,
        }
    );
}

#[test]
fn a_warning_turns_a_tight_case_infeasible_and_moves_the_latest_starts() {
    // Blocked patents: 20 required against 14 available, 6 short; an upgrade of 2 working
    // days inside the window makes it 8 short, and the latest start moves 2 days earlier.
    let fx = patent_case("2026-03-20", 5);
    let before = with_warnings(&fx, &[]);
    let upgrade = warning(
        "金税系统升级",
        "2026-03-16",
        "2026-03-17",
        WarningEffect::Paused,
        "",
    );
    let f = with_warnings(&fx, &[upgrade]);
    assert_eq!(f.shortfall_working_days(), 8);
    assert_eq!(f.service.latest_start, d("2026-03-11"));
    assert_eq!(before.service.latest_start, d("2026-03-13"));
    assert!(f.steps[0].latest_start < before.steps[0].latest_start);
}

#[test]
fn only_warnings_that_stop_this_service_in_the_window_count() {
    let fx = clean("high_tech_certification", "2026-03-20", 5);
    let slowed = warning(
        "大厅限流",
        "2026-03-09",
        "2026-03-13",
        WarningEffect::Slowed,
        "",
    );
    // Slowed: half of the five working days, rounded up.
    assert_eq!(with_warnings(&fx, &[slowed]).lost_working_days, 3);
    let other_department = warning(
        "市场监管系统升级",
        "2026-03-09",
        "2026-03-13",
        WarningEffect::Paused,
        "市场监督管理局",
    );
    let extra = warning(
        "新规需补材料",
        "2026-03-09",
        "2026-03-13",
        WarningEffect::ExtraMaterials,
        "",
    );
    let past = warning(
        "上周停机",
        "2026-02-24",
        "2026-03-02",
        WarningEffect::Paused,
        "",
    );
    let archived = warning(
        "已撤销",
        "2026-03-09",
        "2026-03-13",
        WarningEffect::Paused,
        "",
    )
    .archive(at(91));
    let f = with_warnings(&fx, &[other_department, extra, past, archived]);
    assert_eq!(f.lost_working_days, 0);
    assert!(f.outages.is_empty());
    assert_eq!(f.available_working_days, 14);
    assert!(f.outage_text(Lang::Zh).is_none());
}
