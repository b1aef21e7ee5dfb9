use std::collections::BTreeMap;

use super::*;
use crate::domain::calendar::Calendar;

fn settings() -> ClauseSettings {
    ClauseSettings {
        agency_name: "示例财税服务有限公司".into(),
        expedite_fee_yuan: Some(3000),
        compensation_cap_yuan: Some(50_000),
        ..ClauseSettings::default()
    }
}

fn sheet(plan: &Plan, case: &Case, lang: Lang) -> ClauseSheet {
    generate_clauses(plan, case, &Calendar::builtin(), lang).expect("clauses")
}

fn body(sheet: &ClauseSheet, key: ClauseKey) -> &str {
    sheet
        .clauses
        .iter()
        .find(|c| c.key == key)
        .map(|c| c.body.as_str())
        .expect("clause present")
}

#[test]
fn clauses_carry_the_names_dates_and_amounts_of_the_case_in_chinese() {
    let case = sample_case();
    let plan = new_plan(&case, None)
        .set_clause_settings(settings(), at(2))
        .expect("settings");
    let zh = sheet(&plan, &case, Lang::Zh);
    assert_eq!(zh.clauses.len(), ClauseKey::ALL.len());
    assert_eq!(
        zh.materials_due,
        d("2026-12-01"),
        "3 working days before Friday 4 December"
    );
    assert_eq!(zh.submit_by, d("2026-12-02"));
    assert!(zh.materials_due_computed && !zh.tight && zh.uncovered_years.is_empty());
    let materials = body(&zh, ClauseKey::ClientMaterials);
    assert!(materials.contains("上海示例科技有限公司"));
    assert!(materials.contains("2026年12月1日"));
    assert!(materials.contains("外资企业设立"));
    assert!(materials.contains("真实、完整"));
    let submission = body(&zh, ClauseKey::AgencySubmission);
    assert!(submission.contains("示例财税服务有限公司"));
    assert!(submission.contains("1个工作日内"));
    assert!(submission.contains("2026年12月2日"));
    assert!(submission.contains("2026年12月4日"));
    let cooperation = body(&zh, ClauseKey::ClientCooperation);
    assert!(cooperation.contains("李娜") && cooperation.contains("王伟"));
    assert!(body(&zh, ClauseKey::AgencyFollowUp).contains("张敏"));
    assert!(body(&zh, ClauseKey::ClientLate).contains("不承担逾期责任"));
    let error = body(&zh, ClauseKey::AgencyError);
    assert!(error.contains("免费重新办理"));
    assert!(error.contains("人民币3,000元"));
    assert!(error.contains("人民币50,000元"));
    assert!(body(&zh, ClauseKey::Communication).contains("1小时内"));
    // One rule for daily reports, the same as the failure desk's: every day, not working days.
    assert!(body(&zh, ClauseKey::Communication).contains("每天（含周末和节假日）"));
    // Holidays are known in advance: not an event beyond anyone's control.
    let external = body(&zh, ClauseKey::ExternalEvents);
    assert!(!external.contains("法定节假日、") && external.contains("不属于上述原因"));
    let text = zh.to_text();
    assert!(text.starts_with("1、甲方材料义务\n"));
    assert!(text.contains("\n\n8、告知与进度报告\n"));
}

#[test]
fn clauses_carry_the_names_dates_and_amounts_of_the_case_in_english() {
    let case = sample_case();
    let plan = new_plan(&case, None)
        .set_clause_settings(settings(), at(2))
        .expect("settings");
    let en = sheet(&plan, &case, Lang::En);
    let materials = body(&en, ClauseKey::ClientMaterials);
    assert!(materials.contains("上海示例科技有限公司"));
    assert!(materials.contains("1 December 2026"));
    assert!(materials.contains("authentic, complete"));
    let submission = body(&en, ClauseKey::AgencySubmission);
    assert!(submission.starts_with("The Agency (示例财税服务有限公司)"));
    assert!(submission.contains("2 December 2026") && submission.contains("4 December 2026"));
    let error = body(&en, ClauseKey::AgencyError);
    assert!(error.contains("CNY 3,000") && error.contains("CNY 50,000"));
    assert!(error.contains("free of charge"));
    assert!(body(&en, ClauseKey::ClientLate).contains("released from the deadline"));
    assert!(en.to_text().starts_with("1. The client's materials\n"));
}

#[test]
fn blank_settings_fall_back_to_neutral_wording() {
    let case = sample_case();
    let plan = new_plan(&case, None);
    let zh = sheet(&plan, &case, Lang::Zh);
    assert!(body(&zh, ClauseKey::AgencyError).contains("已支付的服务费用总额"));
    assert!(body(&zh, ClauseKey::AgencySubmission).starts_with("乙方应"));
    let en = sheet(&plan, &case, Lang::En);
    assert!(body(&en, ClauseKey::AgencyError).contains("total service fees"));
}

#[test]
fn a_schedule_that_does_not_fit_is_flagged_and_a_set_date_wins() {
    let tight_case = case_between("2026-12-01", "2026-12-04", 10);
    let plan = new_plan(&tight_case, None);
    let tight = sheet(&plan, &tight_case, Lang::Zh);
    assert!(tight.tight);
    assert_eq!(
        tight.materials_due,
        d("2026-12-01"),
        "never before the start"
    );

    let case = sample_case();
    let fixed = ClauseSettings {
        materials_due: Some(d("2026-11-30")),
        submit_within_days: 0,
        ..settings()
    };
    let plan = new_plan(&case, None)
        .set_clause_settings(fixed, at(2))
        .expect("settings");
    let s = sheet(&plan, &case, Lang::Zh);
    assert!(!s.materials_due_computed);
    assert_eq!(
        (s.materials_due, s.submit_by),
        (d("2026-11-30"), d("2026-11-30"))
    );
    assert!(body(&s, ClauseKey::ClientMaterials).contains("2026年11月30日"));
}

#[test]
fn across_the_spring_festival_the_materials_date_skips_the_break() {
    let case = case_between("2026-02-09", "2026-02-26", 3);
    let s = sheet(&new_plan(&case, None), &case, Lang::Zh);
    assert_eq!(
        s.materials_due,
        d("2026-02-14"),
        "the make-up Saturday before the break"
    );
    assert_eq!(s.submit_by, d("2026-02-24"));
}

#[test]
fn a_clause_can_be_rewritten_in_one_language() {
    let case = sample_case();
    let plan = new_plan(&case, None)
        .set_clause_text(
            ClauseKey::ExternalEvents,
            Lang::Zh,
            Some("  不可抗力按法律规定处理。 "),
            at(2),
        )
        .expect("override");
    let zh = sheet(&plan, &case, Lang::Zh);
    let external = zh
        .clauses
        .iter()
        .find(|c| c.key == ClauseKey::ExternalEvents)
        .expect("clause");
    assert_eq!(external.body, "不可抗力按法律规定处理。");
    assert!(external.edited);
    let en = sheet(&plan, &case, Lang::En);
    assert!(
        !en.clauses.iter().any(|c| c.edited),
        "English keeps the generated text"
    );
    let plan = plan
        .set_clause_text(ClauseKey::ExternalEvents, Lang::Zh, Some(" "), at(3))
        .expect("back to generated");
    assert!(plan.clauses.overrides.is_empty());
}

#[test]
fn clause_settings_are_validated() {
    let plan = new_plan(&sample_case(), None);
    let bad = ClauseSettings {
        agency_name: "名".repeat(201),
        submit_within_days: 61,
        compensation_cap_yuan: Some(u64::MAX),
        ..ClauseSettings::default()
    };
    let err = plan.set_clause_settings(bad, at(2)).expect_err("invalid");
    let fields: Vec<PlanField> = err.problems().iter().map(|p| p.field).collect();
    assert_eq!(
        fields,
        vec![
            PlanField::AgencyName,
            PlanField::SubmitWithinDays,
            PlanField::CompensationCap
        ]
    );
}

#[test]
fn templates_are_filled_with_the_case_facts() {
    let case = sample_case();
    let extra = BTreeMap::from([("cause".to_string(), "银行要求法定代表人到场".to_string())]);
    let text = render_template(
        "{contact}您好：{company}的{service}须在{hard_date}前完成，{cause}。项目经理{pm}，{unknown}{ 不是占位符 }{",
        &case,
        &extra,
        Lang::Zh,
    );
    assert_eq!(
        text,
        "李娜您好：上海示例科技有限公司的外资企业设立须在2026年12月4日前完成，银行要求法定代表人到场。项目经理张敏，{unknown}{ 不是占位符 }{"
    );
    let en = render_template(
        "{hard_date} / {start_date} / {promised_days}",
        &case,
        &BTreeMap::new(),
        Lang::En,
    );
    assert_eq!(en, "4 December 2026 / 1 December 2026 / 3");
    let mut no_pm = case.clone();
    no_pm.team.pm = String::new();
    assert_eq!(
        missing_placeholders("{pm}：{cause} {cause}", &no_pm, &BTreeMap::new(), Lang::Zh),
        vec!["pm", "cause"]
    );
    let over = BTreeMap::from([("company".to_string(), "贵司".to_string())]);
    assert_eq!(render_template("{company}", &case, &over, Lang::Zh), "贵司");
    assert_eq!(placeholders("{a}{b_2}{A}{}{a}"), vec!["a", "b_2"]);
}

#[test]
fn every_builtin_template_uses_known_placeholders_only() {
    let known: Vec<&str> = PLACEHOLDERS.iter().map(|p| p.0).collect();
    for kind in MessageKind::ALL {
        let template = kind.template();
        for lang in [Lang::Zh, Lang::En] {
            for name in placeholders(template.get(lang)) {
                assert!(known.contains(&name.as_str()), "{kind:?} {lang:?} {name}");
            }
        }
        assert_eq!(
            placeholders(&template.zh).len(),
            placeholders(&template.en).len(),
            "{kind:?}: both languages use the same facts"
        );
    }
}

#[test]
fn the_communication_plan_states_the_promise_and_fills_the_messages() {
    let case = sample_case();
    let plan = new_plan(&case, None);
    let extra = BTreeMap::from([
        (
            "cause".to_string(),
            "银行要求法定代表人本人到场".to_string(),
        ),
        ("amount".to_string(), "无".to_string()),
    ]);
    let comms = comms_plan(&plan, &case, Lang::Zh, &extra);
    assert_eq!(comms.contact_name, "李娜");
    assert_eq!(comms.contact_phone, "13800000000");
    assert_eq!(comms.promise.len(), 2);
    assert!(comms.promise[0].contains("1小时内") && comms.promise[0].contains("张敏"));
    assert!(comms.promise[1].contains("18:00"));
    assert_eq!(comms.messages.len(), MessageKind::ALL.len());
    let first = &comms.messages[0];
    assert_eq!(first.kind, MessageKind::LikelyFailure);
    assert!(first.text.starts_with("李娜您好"));
    assert!(first.text.contains("银行要求法定代表人本人到场"));
    assert!(first.text.contains("2026年12月4日") && first.text.contains("18:00"));
    assert_eq!(first.missing, vec!["next_step", "new_date"]);

    let own = CommsSettings {
        notify_within_hours: 2,
        daily_report: false,
        contact_person: "王总".into(),
        ..CommsSettings::default()
    };
    let plan = plan.set_comms_settings(own, at(2)).expect("settings");
    let plan = plan
        .set_message_template(
            MessageKind::Resolved,
            Lang::En,
            Some("Done, {contact}."),
            at(3),
        )
        .expect("template");
    let en = comms_plan(&plan, &case, Lang::En, &BTreeMap::new());
    assert_eq!(en.promise.len(), 1);
    assert!(en.promise[0].contains("王总") && en.promise[0].contains("2 hour"));
    let resolved = en
        .messages
        .iter()
        .find(|m| m.kind == MessageKind::Resolved)
        .expect("resolved");
    assert_eq!(
        (resolved.text.as_str(), resolved.edited),
        ("Done, 王总.", true)
    );
    let zh = comms_plan(&plan, &case, Lang::Zh, &BTreeMap::new());
    assert!(!zh.messages.iter().any(|m| m.edited));
    let plan = plan
        .set_message_template(MessageKind::Resolved, Lang::En, None, at(4))
        .expect("restore");
    assert!(plan.comms.overrides.is_empty());
}

#[test]
fn communication_settings_are_validated() {
    let plan = new_plan(&sample_case(), None);
    let bad = CommsSettings {
        notify_within_hours: 0,
        report_time: "6pm".into(),
        ..CommsSettings::default()
    };
    let err = plan.set_comms_settings(bad, at(2)).expect_err("invalid");
    let fields: Vec<PlanField> = err.problems().iter().map(|p| p.field).collect();
    assert_eq!(
        fields,
        vec![PlanField::NotifyWithinHours, PlanField::ReportTime]
    );
    assert!(plan
        .set_message_template(
            MessageKind::Resolved,
            Lang::Zh,
            Some(&"字".repeat(4001)),
            at(3)
        )
        .is_err());
}
