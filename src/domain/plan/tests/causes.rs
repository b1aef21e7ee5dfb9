use proptest::prelude::*;

use super::*;

fn plan_with(causes: &[(&str, &str, CauseCategory)]) -> (Plan, Vec<CauseId>) {
    let mut plan = new_plan(&sample_case(), None);
    let mut ids = Vec::new();
    for (i, (author, text, category)) in causes.iter().enumerate() {
        let (next, id) = plan
            .add_cause(author, text, *category, at(10 + i as i64))
            .expect("valid cause");
        plan = next;
        ids.push(id);
    }
    (plan, ids)
}

#[test]
fn a_participant_cause_carries_its_author_and_is_accepted() {
    let (plan, ids) = plan_with(&[("刘洋", " 客户迟交材料 ", CauseCategory::Materials)]);
    let cause = plan.cause(ids[0]).expect("cause");
    assert_eq!(cause.author, "刘洋");
    assert_eq!(cause.text.get(Lang::Zh), "客户迟交材料");
    assert_eq!(cause.status, CauseStatus::Accepted);
    assert!(cause.origin.is_none());
    let err = plan
        .add_cause(" ", "", CauseCategory::Materials, at(20))
        .expect_err("author and text required");
    let fields: Vec<PlanField> = err.problems().iter().map(|p| p.field).collect();
    assert_eq!(fields, vec![PlanField::CauseAuthor, PlanField::CauseText]);
    let long = "很".repeat(501);
    assert!(plan
        .add_cause("刘洋", &long, CauseCategory::Materials, at(21))
        .is_err());
}

#[test]
fn normalisation_folds_width_case_spaces_and_punctuation() {
    assert_eq!(normalize("  系统升级，暂停受理！ "), "系统升级暂停受理");
    assert_eq!(normalize("ＡＢＣ　系统（升级）"), "abc系统升级");
    assert_eq!(
        normalize("Bank refuses — the account."),
        "bankrefusestheaccount"
    );
    assert_eq!(normalize("“法人”在国外。"), normalize("法人在国外"));
    assert_eq!(normalize("。，、"), "");
}

#[test]
fn duplicates_merge_within_a_category_and_keep_every_author() {
    let (plan, ids) = plan_with(&[
        ("张敏", "税务系统升级，暂停办理", CauseCategory::External),
        ("刘洋", "税务系统升级暂停办理。", CauseCategory::External),
        ("陈静", "税务系统 升级，暂停办理！", CauseCategory::External),
        ("赵磊", "税务系统升级暂停办理", CauseCategory::Process),
        ("张敏", "客户迟交材料", CauseCategory::Materials),
    ]);
    let (merged, report) = plan.merge_duplicates(at(100)).expect("merge");
    assert_eq!(report.groups, vec![(ids[0], vec![ids[1], ids[2]])]);
    assert_eq!(report.merged_count(), 2);
    assert_eq!(merged.authors_of(ids[0]), vec!["张敏", "刘洋", "陈静"]);
    assert_eq!(
        merged.cause(ids[1]).and_then(|c| c.merged_into),
        Some(ids[0])
    );
    assert!(
        merged.cause(ids[3]).is_some_and(Cause::is_live),
        "other category kept"
    );
    let external = &merged.causes_by_category()[2];
    assert_eq!(external.category, CauseCategory::External);
    assert_eq!(external.causes.len(), 1);
    assert_eq!(merged.merged_from(ids[0]).len(), 2);
    let (again, report) = merged.merge_duplicates(at(101)).expect("merge again");
    assert_eq!(report.merged_count(), 0, "idempotent");
    assert_eq!(again.causes, merged.causes);
}

#[test]
fn near_identical_texts_merge_but_short_or_different_ones_do_not() {
    let (plan, ids) = plan_with(&[
        (
            "张敏",
            "法定代表人在国外出差无法到银行开户",
            CauseCategory::Process,
        ),
        (
            "刘洋",
            "法定代表人在国外出差无法去银行开户",
            CauseCategory::Process,
        ),
        ("陈静", "银行拒绝开户", CauseCategory::Process),
        ("赵磊", "银行拒绝开会", CauseCategory::Process),
    ]);
    let (merged, report) = plan.merge_duplicates(at(100)).expect("merge");
    assert_eq!(report.groups, vec![(ids[0], vec![ids[1]])]);
    assert!(merged.cause(ids[2]).is_some_and(Cause::is_live));
    assert!(
        merged.cause(ids[3]).is_some_and(Cause::is_live),
        "short texts need an exact match"
    );
}

#[test]
fn rejected_causes_are_not_merged_and_the_survivor_keeps_the_best_status() {
    let svc = service("foreign_invested_setup");
    let plan = new_plan(&sample_case(), Some(&svc));
    let suggestions = suggest_causes(Some(&svc));
    let (plan, suggested) = plan.add_suggestions(&suggestions, at(2)).expect("suggest");
    let first = plan.cause(suggested[0]).expect("first").clone();
    let (plan, mine) = plan
        .add_cause("刘洋", &first.text.zh, first.category, at(3))
        .expect("same text");
    let (merged, report) = plan.merge_duplicates(at(4)).expect("merge");
    assert_eq!(report.groups, vec![(suggested[0], vec![mine])]);
    let survivor = merged.cause(suggested[0]).expect("survivor");
    assert_eq!(
        survivor.status,
        CauseStatus::Accepted,
        "a decision beats no decision"
    );
    assert_eq!(merged.authors_of(suggested[0]), vec!["刘洋"]);

    let rejected = plan
        .set_cause_status(suggested[0], CauseStatus::Rejected, at(5))
        .expect("reject");
    let (_, report) = rejected.merge_duplicates(at(6)).expect("merge");
    assert_eq!(report.merged_count(), 0);
}

#[test]
fn merges_can_be_made_by_hand_and_undone() {
    let (plan, ids) = plan_with(&[
        ("张敏", "大厅限流", CauseCategory::External),
        ("刘洋", "排不上号", CauseCategory::External),
        ("陈静", "预约满了", CauseCategory::External),
    ]);
    let plan = plan.merge_causes(ids[1], &[ids[2]], at(20)).expect("merge");
    let plan = plan
        .merge_causes(ids[0], &[ids[1]], at(21))
        .expect("merge again");
    assert_eq!(
        plan.cause(ids[2]).and_then(|c| c.merged_into),
        Some(ids[0]),
        "no chains: followers move to the new survivor"
    );
    assert_eq!(plan.authors_of(ids[0]), vec!["张敏", "刘洋", "陈静"]);
    assert_eq!(
        plan.merge_causes(ids[0], &[ids[0]], at(22)),
        Err(PlanError::BadMerge)
    );
    assert_eq!(
        plan.merge_causes(ids[1], &[ids[0]], at(22)),
        Err(PlanError::BadMerge)
    );
    let plan = plan.unmerge_cause(ids[2], at(23)).expect("unmerge");
    assert!(plan.cause(ids[2]).is_some_and(Cause::is_live));
    assert!(matches!(
        plan.merge_causes(ids[0], &[CauseId(9999)], at(24)),
        Err(PlanError::NotFound {
            kind: ItemKind::Cause,
            ..
        })
    ));
}

#[test]
fn removing_a_cause_frees_its_followers_and_unlinks_its_risks() {
    let (plan, ids) = plan_with(&[
        ("张敏", "快递延误", CauseCategory::Materials),
        ("刘洋", "原件快递晚到", CauseCategory::Materials),
    ]);
    let plan = plan.merge_causes(ids[0], &[ids[1]], at(20)).expect("merge");
    let draft = plan.risk_draft_from_cause(ids[0]).expect("draft");
    let (plan, risk) = plan.add_risk(draft, at(21)).expect("risk");
    let plan = plan.remove_cause(ids[0], at(22)).expect("remove");
    assert!(plan.cause(ids[0]).is_none());
    assert!(plan.cause(ids[1]).is_some_and(Cause::is_live));
    assert_eq!(plan.risk(risk).and_then(|r| r.from_cause), None);
    assert_eq!(
        plan.risk(risk).map(|r| r.title.zh.as_str()),
        Some("快递延误")
    );
}

#[test]
fn suggestions_are_added_once_and_can_be_accepted_edited_or_rejected() {
    let svc = service("high_tech_certification");
    let suggestions = suggest_causes(Some(&svc));
    let plan = new_plan(&sample_case(), Some(&svc));
    let (plan, ids) = plan.add_suggestions(&suggestions, at(2)).expect("suggest");
    assert_eq!(ids.len(), suggestions.len());
    assert!(plan
        .causes
        .iter()
        .all(|c| c.status == CauseStatus::Suggested));
    assert!(plan.causes.iter().all(|c| c.author.is_empty()));
    let plan = plan
        .set_cause_status(ids[1], CauseStatus::Rejected, at(3))
        .expect("reject");
    let (plan, again) = plan.add_suggestions(&suggestions, at(4)).expect("again");
    assert!(
        again.is_empty(),
        "nothing added twice, rejected ones stay rejected"
    );
    assert!(plan.pending_suggestions(&suggestions).is_empty());

    let before = plan.cause(ids[0]).expect("cause").text.clone();
    let plan = plan
        .edit_cause(
            ids[0],
            Lang::En,
            before.get(Lang::En),
            CauseCategory::Materials,
            at(5),
        )
        .expect("unchanged text");
    assert_eq!(plan.cause(ids[0]).map(|c| &c.text), Some(&before));
    let plan = plan
        .edit_cause(
            ids[0],
            Lang::Zh,
            "两项专利权人名称与执照不符",
            CauseCategory::Materials,
            at(6),
        )
        .expect("edit");
    let text = &plan.cause(ids[0]).expect("cause").text;
    assert_eq!(text.get(Lang::En), "两项专利权人名称与执照不符");
    assert!(plan
        .edit_cause(ids[0], Lang::Zh, "", CauseCategory::Materials, at(7))
        .is_err());
    assert!(plan
        .set_cause_status(CauseId(4242), CauseStatus::Accepted, at(8))
        .is_err());
}

#[test]
fn the_collecting_phase_shows_each_participant_their_own_causes() {
    let (plan, _) = plan_with(&[
        ("张敏", "系统升级", CauseCategory::External),
        ("刘洋", "客户迟交", CauseCategory::Materials),
        ("张敏", "人手不够", CauseCategory::Staffing),
    ]);
    assert_eq!(plan.phase, PremortemPhase::Collecting);
    assert_eq!(plan.causes_by_author(" 张敏 ").len(), 2);
    let plan = plan
        .set_phase(PremortemPhase::Reviewing, at(30))
        .expect("phase");
    assert_eq!(plan.phase, PremortemPhase::Reviewing);
    let groups = plan.causes_by_category();
    assert_eq!(groups.len(), 5);
    assert_eq!(groups.iter().map(|g| g.causes.len()).sum::<usize>(), 3);
}

#[test]
fn foreign_invested_setup_suggests_the_legal_representative_abroad() {
    let svc = service("foreign_invested_setup");
    let suggestions = suggest_causes(Some(&svc));
    let abroad = suggestions
        .iter()
        .find(|s| s.key == "pitfall:legal_rep_abroad")
        .expect("legal representative abroad");
    assert_eq!(abroad.category, CauseCategory::Process);
    assert!(abroad.from_service);
    assert!(abroad.paths.contains(&PathKey::RemoteVideoVerification));
    assert!(abroad.paths.contains(&PathKey::PowerOfAttorney));
    assert!(abroad.paths.contains(&PathKey::LicenceFirstBankLater));
    let keys: Vec<&str> = suggestions.iter().map(|s| s.key.as_str()).collect();
    assert!(
        keys.contains(&"general:bank_refuses"),
        "the service involves a bank"
    );
    assert!(keys.contains(&"general:system_upgrade"));
    assert!(
        !keys.contains(&"general:legal_rep_abroad"),
        "the catalog pitfall already covers it"
    );
}

#[test]
fn high_tech_certification_suggests_the_holder_name_mismatch() {
    let svc = service("high_tech_certification");
    let suggestions = suggest_causes(Some(&svc));
    let holder = suggestions
        .iter()
        .find(|s| s.key == "pitfall:patent_holder_mismatch")
        .expect("holder name mismatch");
    assert_eq!(holder.category, CauseCategory::Materials);
    assert!(holder.text.zh.contains("有限责任公司") || holder.text.zh.contains("专利权人"));
    assert!(holder.impact >= 4);
    let keys: Vec<&str> = suggestions.iter().map(|s| s.key.as_str()).collect();
    assert!(!keys.contains(&"general:names_mismatch"));
    assert!(!keys.contains(&"general:bank_refuses"), "no bank involved");
    assert!(!keys.contains(&"general:legal_rep_abroad"));
}

#[test]
fn suggestions_for_every_service_are_complete_and_unique() {
    for svc in Catalog::builtin().services {
        let suggestions = suggest_causes(Some(&svc));
        assert!(suggestions.len() > svc.pitfalls.len(), "{}", svc.key);
        let mut keys: Vec<&str> = suggestions.iter().map(|s| s.key.as_str()).collect();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), suggestions.len(), "{}", svc.key);
        for s in &suggestions {
            assert!(!s.text.zh.is_empty() && !s.text.en.is_empty(), "{}", s.key);
            assert!(
                !s.early_sign.en.is_empty() && !s.mitigation.en.is_empty(),
                "{}",
                s.key
            );
            assert!(RISK_SCALE.contains(&s.likelihood) && RISK_SCALE.contains(&s.impact));
        }
    }
    let general = suggest_causes(None);
    assert!(general.iter().all(|s| !s.from_service));
    for category in CauseCategory::ALL {
        assert!(
            general.iter().any(|s| s.category == category),
            "{category:?}"
        );
    }
    let keys: Vec<&str> = general.iter().map(|s| s.key.as_str()).collect();
    for key in [
        "system_upgrade",
        "holiday",
        "major_meeting",
        "hall_throttling",
        "legal_rep_abroad",
        "bank_refuses",
        "client_late_materials",
    ] {
        assert!(keys.contains(&format!("general:{key}").as_str()), "{key}");
    }
}

#[test]
fn merging_the_largest_plan_stays_cheap() {
    let base = "客户提供的材料在提交前一天才发现缺少甲方盖章页需要重新整理并寄送原件到政务大厅窗口"
        .repeat(2);
    let mut plan = new_plan(&sample_case(), None);
    plan.tasks.clear();
    let mut causes = Vec::new();
    for i in 0..MAX_ITEMS as u32 {
        // Every text differs from the others in a few characters: near, but not near enough.
        let text: String = base
            .chars()
            .enumerate()
            .map(|(j, c)| {
                if (j as u32 * 7 + i).is_multiple_of(13) {
                    '改'
                } else {
                    c
                }
            })
            .collect();
        causes.push(Cause {
            id: CauseId(i + 1),
            text: user_text(&text),
            category: CauseCategory::Materials,
            author: "张敏".into(),
            status: CauseStatus::Accepted,
            merged_into: None,
            origin: None,
        });
    }
    plan.causes = causes;
    let started = std::time::Instant::now();
    let (_, report) = plan.merge_duplicates(at(1)).expect("merge");
    assert!(report.merged_count() < MAX_ITEMS);
    assert!(
        started.elapsed().as_secs() < 5,
        "took {:?}",
        started.elapsed()
    );
}

proptest! {
    #[test]
    fn merging_never_panics_and_is_idempotent(
        texts in proptest::collection::vec(
            ("[a-c，。 ]{0,14}|[系统升级客户材料]{1,14}", 0usize..5),
            0..40,
        )
    ) {
        let mut plan = new_plan(&sample_case(), None);
        for (i, (text, category)) in texts.iter().enumerate() {
            let category = CauseCategory::ALL[*category];
            if let Ok((next, _)) = plan.add_cause("张敏", text, category, at(i as i64)) {
                plan = next;
            }
        }
        let (once, _) = plan.merge_duplicates(at(1000)).expect("merge");
        for cause in &once.causes {
            if let Some(target) = cause.merged_into {
                let survivor = once.cause(target).expect("target exists");
                prop_assert!(survivor.is_live(), "no chains");
                prop_assert_eq!(survivor.category, cause.category);
            }
        }
        let (twice, report) = once.merge_duplicates(at(1001)).expect("merge");
        prop_assert_eq!(report.merged_count(), 0);
        prop_assert_eq!(twice.causes, once.causes);
    }
}
