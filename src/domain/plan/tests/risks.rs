use proptest::prelude::*;

use super::*;
use crate::domain::catalog::L10n;

fn draft(title: &str, l: u8, i: u8, rl: u8, ri: u8) -> RiskDraft {
    RiskDraft {
        title: user_text(title),
        likelihood: l,
        impact: i,
        residual_likelihood: rl,
        residual_impact: ri,
        ..RiskDraft::default()
    }
}

fn risk(id: u32, l: u8, i: u8, rl: u8, ri: u8) -> Risk {
    Risk {
        id: RiskId(id),
        title: L10n::new("风险", "Risk"),
        category: CauseCategory::Process,
        likelihood: l,
        impact: i,
        early_sign: L10n::default(),
        owner: Role::Pm,
        mitigation: L10n::default(),
        residual_likelihood: rl,
        residual_impact: ri,
        linked_paths: Vec::new(),
        from_cause: None,
        remaining_work_days: 1,
    }
}

#[test]
fn scores_multiply_likelihood_by_impact_before_and_after_mitigation() {
    let r = risk(1, 4, 5, 2, 3);
    assert_eq!(r.score(), 20);
    assert_eq!(r.residual_score(), 6);
    assert_eq!(r.reduction(), 14);
    assert_eq!(r.band(), Band::Critical);
    assert_eq!(r.residual_band(), Band::Medium);
    let stored_badly = risk(2, 0, 9, 7, 0);
    assert_eq!(stored_badly.score(), 5, "clamped into 1..=5");
    assert_eq!(stored_badly.residual_score(), 5);
}

#[test]
fn bands_follow_the_documented_thresholds() {
    let cases = [
        (1, Band::Low),
        (4, Band::Low),
        (5, Band::Medium),
        (9, Band::Medium),
        (10, Band::High),
        (16, Band::High),
        (20, Band::Critical),
        (25, Band::Critical),
    ];
    for (score, band) in cases {
        assert_eq!(Band::from_score(score), band, "score {score}");
    }
    assert_eq!(Band::Low.range(), (1, 4));
    assert_eq!(Band::Medium.range(), (5, 9));
    assert_eq!(Band::High.range(), (10, 16));
    assert_eq!(Band::Critical.range(), (17, 25));
    for band in Band::ALL {
        let (lo, hi) = band.range();
        assert_eq!(Band::from_score(lo), band);
        assert_eq!(Band::from_score(hi), band);
        assert!(!band.label(Lang::Zh).is_empty() && !band.key().is_empty());
    }
}

#[test]
fn the_risk_form_reports_every_problem_at_once() {
    let plan = new_plan(&sample_case(), None);
    let mut bad = draft(" ", 0, 6, 3, 3);
    bad.remaining_work_days = 1000;
    bad.from_cause = Some(CauseId(77));
    let err = plan.add_risk(bad, at(2)).expect_err("invalid");
    let fields: Vec<PlanField> = err.problems().iter().map(|p| p.field).collect();
    assert_eq!(
        fields,
        vec![
            PlanField::RiskTitle,
            PlanField::Likelihood,
            PlanField::Impact,
            PlanField::RemainingWorkDays,
            PlanField::FromCause,
        ]
    );
    let worse = draft("银行拒绝开户", 2, 3, 3, 3);
    let err = plan
        .add_risk(worse, at(3))
        .expect_err("residual above inherent");
    assert_eq!(err.problems()[0].kind, ProblemKind::ResidualAboveInherent);
    assert!(err.message(Lang::Zh).contains("措施后"));
    let equal = draft("银行拒绝开户", 2, 3, 3, 2);
    assert!(plan.add_risk(equal, at(4)).is_ok(), "same score is allowed");
}

#[test]
fn risks_are_added_updated_linked_and_removed() {
    let plan = new_plan(&sample_case(), None);
    let mut first = draft("法定代表人在国外", 4, 5, 2, 5);
    first.linked_paths = vec![PathKey::PowerOfAttorney, PathKey::PowerOfAttorney];
    let (plan, a) = plan.add_risk(first, at(2)).expect("add");
    assert_eq!(
        plan.risk(a).map(|r| r.linked_paths.len()),
        Some(1),
        "deduplicated"
    );
    let (plan, b) = plan
        .add_risk(draft("系统升级", 2, 4, 1, 4), at(3))
        .expect("add");
    let plan = plan
        .toggle_path(a, PathKey::RemoteVideoVerification, at(4))
        .expect("link");
    let plan = plan
        .toggle_path(a, PathKey::PowerOfAttorney, at(5))
        .expect("unlink");
    assert_eq!(
        plan.risk(a).map(|r| r.linked_paths.clone()),
        Some(vec![PathKey::RemoteVideoVerification])
    );
    let order: Vec<RiskId> = plan.risks_by_score().iter().map(|r| r.id).collect();
    assert_eq!(order, vec![a, b], "10 after mitigation beats 4");
    let mut edit = RiskDraft::from_risk(plan.risk(b).expect("b"));
    edit.likelihood = 4;
    edit.residual_likelihood = 3;
    let plan = plan.update_risk(b, edit, at(6)).expect("update");
    let order: Vec<RiskId> = plan.risks_by_score().iter().map(|r| r.id).collect();
    assert_eq!(order, vec![b, a], "12 now beats 10");
    let plan = plan.remove_risk(a, at(7)).expect("remove");
    assert!(plan.risk(a).is_none());
    assert!(plan.update_risk(a, draft("x", 1, 1, 1, 1), at(8)).is_err());
    assert!(plan.toggle_path(a, PathKey::BackupBank, at(9)).is_err());
}

#[test]
fn a_risk_from_a_template_cause_is_pre_filled() {
    let svc = service("foreign_invested_setup");
    let plan = new_plan(&sample_case(), Some(&svc));
    let (plan, ids) = plan
        .add_suggestions(&suggest_causes(Some(&svc)), at(2))
        .expect("suggest");
    let abroad = plan
        .causes
        .iter()
        .find(|c| {
            c.origin
                .as_ref()
                .is_some_and(|o| o.key == "pitfall:legal_rep_abroad")
        })
        .expect("abroad")
        .id;
    let d = plan.risk_draft_from_cause(abroad).expect("draft");
    assert_eq!(d.category, CauseCategory::Process);
    assert_eq!(d.owner, Role::Pm, "process problems go to the PM");
    assert_eq!(d.from_cause, Some(abroad));
    assert!(d.mitigation.zh.contains("远程视频"));
    assert!(d.linked_paths.contains(&PathKey::LicenceFirstBankLater));
    assert_eq!(
        (d.residual_likelihood, d.residual_impact),
        (d.likelihood, d.impact)
    );
    assert!(plan.risk_draft_from_cause(CauseId(9999)).is_none());
    let (plan, own) = plan
        .add_cause("刘洋", "原件寄丢", CauseCategory::Materials, at(3))
        .expect("own");
    let d = plan.risk_draft_from_cause(own).expect("draft");
    assert_eq!(
        d.owner,
        Role::Executor1,
        "materials problems go to an executor"
    );
    assert!(d.linked_paths.is_empty());
    assert!(ids.len() > 3);
}

#[test]
fn the_heat_map_places_each_risk_in_its_cell() {
    let risks = vec![
        risk(1, 4, 5, 2, 3),
        risk(2, 4, 5, 1, 1),
        risk(3, 1, 1, 1, 1),
        risk(4, 9, 0, 1, 1),
    ];
    let map = heat_map(&risks, false);
    assert_eq!(map.cells.len(), 25);
    assert_eq!(
        map.cell(4, 5).map(|c| c.risks.clone()),
        Some(vec![RiskId(1), RiskId(2)])
    );
    assert_eq!(
        map.cell(4, 5).map(|c| (c.score, c.band)),
        Some((20, Band::Critical))
    );
    assert_eq!(
        map.cell(1, 1).map(|c| c.risks.clone()),
        Some(vec![RiskId(3)])
    );
    assert_eq!(
        map.cell(5, 1).map(|c| c.risks.clone()),
        Some(vec![RiskId(4)]),
        "clamped"
    );
    assert_eq!(map.max_count(), 2);
    assert_eq!(map.total(), 4);
    let rows: Vec<&[HeatCell]> = map.rows().collect();
    assert_eq!(rows.len(), 5);
    assert_eq!(
        (rows[0][0].likelihood, rows[0][0].impact),
        (5, 1),
        "top left"
    );
    assert_eq!(
        (rows[4][4].likelihood, rows[4][4].impact),
        (1, 5),
        "bottom right"
    );
    assert!(map.cell(0, 3).is_none() && map.cell(3, 6).is_none());

    let after = heat_map(&risks, true);
    assert!(after.residual);
    assert_eq!(
        after.cell(2, 3).map(|c| c.risks.clone()),
        Some(vec![RiskId(1)])
    );
    assert_eq!(after.cell(1, 1).map(|c| c.risks.len()), Some(3));
}

proptest! {
    #[test]
    fn every_risk_lands_in_exactly_one_cell(
        values in proptest::collection::vec(
            (any::<u8>(), any::<u8>(), any::<u8>(), any::<u8>()),
            0..60,
        ),
        residual in any::<bool>(),
    ) {
        let risks: Vec<Risk> = values
            .iter()
            .enumerate()
            .map(|(i, (l, im, rl, ri))| risk(i as u32, *l, *im, *rl, *ri))
            .collect();
        let map = heat_map(&risks, residual);
        prop_assert_eq!(map.cells.len(), 25);
        prop_assert_eq!(map.total(), risks.len());
        for r in &risks {
            let holding = map.cells.iter().filter(|c| c.risks.contains(&r.id)).count();
            prop_assert_eq!(holding, 1);
            let (l, i) = r.cell(residual);
            prop_assert!(map.cell(l, i).is_some_and(|c| c.risks.contains(&r.id)));
            let score = if residual { r.residual_score() } else { r.score() };
            prop_assert_eq!(map.cell(l, i).map(|c| c.score), Some(score));
        }
        for cell in &map.cells {
            prop_assert_eq!(cell.band, Band::from_score(cell.score));
        }
    }

    #[test]
    fn scores_stay_within_one_to_twenty_five(l in any::<u8>(), i in any::<u8>()) {
        let r = risk(1, l, i, l, i);
        prop_assert!((1..=25).contains(&r.score()));
        prop_assert_eq!(r.score(), r.residual_score());
    }
}
