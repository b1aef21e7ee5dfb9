//! The business-scope retrospective end to end: outcome, reflections, the guard at "经办人疏忽",
//! one level deeper, factors, two action items, the drill draft and the Pareto rows.

use super::*;
#[test]
fn the_business_scope_retrospective() {
    let cal = Calendar::builtin();
    let case = finished_late();
    let failure = scope_failure(&case);
    let now = t0();
    let today = day(2026, 4, 15);
    let retro = retro_of(&case)
        .with_reflections(
            &["客户当天就拿到了解释和新时间".into(), "  ".into()],
            &["经营范围用了客户的口头说法，没有对照标准表述".into()],
            &["周建国的投标截止日后来延了一周".into()],
            now,
        )
        .expect("reflections");
    assert_eq!(retro.went_well.len(), 1, "blank lines dropped");

    // The guard stops the chain at the clerk.
    let stopped = retro
        .with_whys(
            &pairs(&[
                ("为什么申请被退回？", "经营范围表述不规范"),
                ("为什么表述不规范？", "经办人疏忽"),
            ]),
            now,
        )
        .expect("saved");
    assert_eq!(
        stopped.whys[1].flagged.as_ref().map(|f| f.phrase.as_str()),
        Some("经办人疏忽")
    );
    let check = stopped.check();
    assert!(check.chain.needs_deeper && !check.ready);
    let prompt = next_question(&stopped.whys, &failure.what_happened, Lang::Zh);
    assert!(prompt.contains("是什么让这件事有机会发生"));

    // One level deeper, then factors and two action items.
    let root =
        "业务员不熟悉《国民经济行业分类》，客户的表述也模糊，提交前没有对照标准表述的核对环节";
    let retro = stopped
        .with_whys(
            &pairs(&[
                ("为什么申请被退回？", "经营范围表述不规范"),
                ("为什么表述不规范？", "经办人疏忽"),
                (prompt.as_str(), root),
            ]),
            now,
        )
        .and_then(|r| {
            r.with_factors(
                &[
                    Factor {
                        text: "不熟悉行业分类".into(),
                        category: CauseCategory::StaffingTraining,
                    },
                    Factor {
                        text: "没有核对环节".into(),
                        category: CauseCategory::Process,
                    },
                    Factor {
                        text: "客户表述模糊".into(),
                        category: CauseCategory::Communication,
                    },
                ],
                now,
            )
        })
        .and_then(|r| {
            r.add_action(
                &ActionInput {
                    text: "请市场监管局专家讲一次经营范围填写".into(),
                    owner: "主管 王芳".into(),
                    working_days: 10,
                    due_on: None,
                    links: vec![Link {
                        kind: LinkKind::TrainingScenario,
                        target: "scope_wording".into(),
                    }],
                },
                today,
                &cal,
                now,
            )
        })
        .and_then(|r| {
            r.add_action(
                &ActionInput {
                    text: "编写经营范围规范表述手册，并加入预审规则".into(),
                    owner: "张敏".into(),
                    working_days: 15,
                    due_on: None,
                    links: vec![Link {
                        kind: LinkKind::CatalogRule,
                        target: "scope_standard_wording".into(),
                    }],
                },
                today,
                &cal,
                now,
            )
        })
        .and_then(|r| r.with_premortem_hit(Some(false), now))
        .expect("filled in");
    let check = retro.check();
    assert!(check.ready, "{check:?}");
    assert_eq!(check.chain.flagged_levels, vec![1]);
    assert!(retro.meta.rev > 1);

    // Turn it into training: the client's name, contact and phone never leave the case.
    let draft = to_drill_draft(&retro, &case, Some(&failure), Lang::Zh);
    assert_eq!(draft.title, "工商注册：部门驳回");
    assert_eq!(draft.failure_kind, Some(FailureKind::DepartmentRejection));
    assert!(draft.failure.contains("经营范围表述不规范"));
    let everything = format!("{draft:?}");
    for secret in ["苏州示例医疗器械有限公司", "周建国", "周总", "13700000000"] {
        assert!(!everything.contains(secret), "{secret} leaked");
    }
    assert!(
        draft.facts.iter().any(|f| f.contains("客户要赶省级投标")),
        "{:?}",
        draft.facts
    );
    assert!(draft
        .right_moves
        .iter()
        .any(|m| m.contains("30 分钟内主动通知了客户")));
    assert!(draft
        .wrong_moves
        .iter()
        .any(|m| m.contains("没有对照标准表述")));
    assert_eq!(draft.lessons[0], format!("根本原因：{root}"));
    assert_eq!(draft.lessons.len(), 3);
    assert_eq!(
        draft.categories,
        [
            CauseCategory::Process,
            CauseCategory::Communication,
            CauseCategory::StaffingTraining
        ]
    );
    let en = to_drill_draft(&retro, &case, None, Lang::En);
    assert_eq!(en.title, "工商注册: case study");
    assert!(en.facts[0].starts_with("A client (name withheld)"));

    // The Pareto rows grow with it.
    let before = pareto_categories(&[]);
    assert!(before.is_empty());
    let after = pareto_categories(std::slice::from_ref(&retro));
    assert_eq!(after.len(), 3);
    assert_eq!(after.last().map(|r| r.cumulative), Some(1.0));
}

#[test]
fn retrospectives_validate_and_refuse_when_archived() {
    let retro = retro_of(&finished_late());
    let now = t0();
    let long = "很".repeat(1001);
    assert_eq!(
        retro.with_reflections(std::slice::from_ref(&long), &[], &[], now),
        Err(RetroError::TooLong {
            field: RetroField::Reflection,
            max: 1000
        })
    );
    let eleven: Vec<(String, String)> = (0..11)
        .map(|i| (format!("q{i}"), format!("a{i}")))
        .collect();
    assert_eq!(
        retro.with_whys(&eleven, now),
        Err(RetroError::TooMany {
            field: RetroField::Answer,
            max: MAX_WHYS
        })
    );
    assert_eq!(
        retro.with_factors(
            &[Factor {
                text: " ".into(),
                category: CauseCategory::Process
            }],
            now
        ),
        Err(RetroError::Required(RetroField::Factor))
    );
    let same = retro.with_notes("", now).expect("no change");
    assert_eq!(same.meta.rev, retro.meta.rev, "no change, no new revision");
    let archived = retro.archive(now).expect("archived");
    assert_eq!(archived.with_notes("x", now), Err(RetroError::Archived));
    let mut gone = finished_late();
    gone.meta.deleted = true;
    let outcome = retro.outcome.clone();
    assert_eq!(
        Retro::start(&gone, outcome, new_id(now, [1; 10]), now),
        Err(RetroError::Archived)
    );
    for e in [
        RetroError::Required(RetroField::Owner),
        RetroError::TooLong {
            field: RetroField::Notes,
            max: 5,
        },
        RetroError::TooMany {
            field: RetroField::Factor,
            max: 5,
        },
        RetroError::WorkingDaysOutOfRange { max: 250 },
        RetroError::UnknownAction(2),
        RetroError::DuplicateLink,
        RetroError::Archived,
        RetroError::CaseMismatch,
    ] {
        assert_ne!(e.message(Lang::Zh), e.message(Lang::En), "{e:?}");
    }
}

#[test]
fn a_retrospective_survives_a_json_round_trip() {
    let cal = Calendar::builtin();
    let retro = retro_of(&finished_late())
        .with_whys(&pairs(&[("为什么？", "经办人疏忽")]), t0())
        .and_then(|r| {
            r.add_action(
                &ActionInput {
                    text: "培训".into(),
                    owner: "王芳".into(),
                    working_days: 3,
                    due_on: None,
                    links: vec![],
                },
                day(2026, 4, 15),
                &cal,
                t0(),
            )
        })
        .and_then(|r| {
            r.set_action_status(
                1,
                &ActionStatus::NotDoing {
                    reason: "总部已安排".into(),
                },
                t0(),
            )
        })
        .and_then(|r| {
            r.with_factors(
                &[Factor {
                    text: "培训".into(),
                    category: CauseCategory::StaffingTraining,
                }],
                t0(),
            )
        })
        .expect("filled");
    let json = serde_json::to_string(&retro).expect("serialises");
    assert!(json.contains("\"category\":\"staffing\""), "{json}");
    assert!(json.contains("\"state\":\"not_doing\""));
    let back: Retro = serde_json::from_str(&json).expect("parses");
    assert_eq!(back, retro);
    use crate::domain::record::Record;
    assert_eq!(Retro::KIND, "retros");
    assert_eq!(back.case_id(), Some(retro.case_id));
}
