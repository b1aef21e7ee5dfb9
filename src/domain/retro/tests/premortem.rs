use super::*;

fn risks() -> Vec<(String, CauseCategory)> {
    vec![
        (
            "专利权人名称与营业执照不一致".into(),
            CauseCategory::Materials,
        ),
        ("税务系统升级导致无法办理".into(), CauseCategory::External),
        (
            "Legal representative abroad, cannot open the bank account in person".into(),
            CauseCategory::Process,
        ),
    ]
}

#[test]
fn a_foreseen_failure_in_the_same_category_is_a_hit() {
    let m = premortem_match(
        &risks(),
        CauseCategory::External,
        "注销时税务系统故障，无法清税",
    );
    assert!(m.hit);
    assert_eq!(m.best, Some(1));
    assert!(premortem_hit(
        &risks(),
        CauseCategory::Materials,
        "两项专利的专利权人名称和执照上的公司名称不同"
    ));
    assert!(premortem_hit(
        &risks(),
        CauseCategory::Process,
        "The bank needs the legal representative in person and he is abroad"
    ));
}

#[test]
fn an_unforeseen_failure_is_a_miss() {
    assert!(!premortem_hit(
        &risks(),
        CauseCategory::Materials,
        "业绩合同缺少甲方盖章页"
    ));
    assert!(!premortem_hit(&risks(), CauseCategory::External, ""));
    assert!(!premortem_hit(&[], CauseCategory::External, "系统升级"));
    let m = premortem_match(&[], CauseCategory::External, "系统升级");
    assert_eq!(m.best, None);
    assert_eq!(m.score, 0.0);
}

#[test]
fn the_category_decides_how_much_overlap_is_enough() {
    let risks = vec![("系统升级".to_string(), CauseCategory::Process)];
    // One shared bigram of three: enough in the same category, not across categories.
    let text = "市场监管局系统临时故障";
    assert!(premortem_hit(&risks, CauseCategory::Process, text));
    assert!(!premortem_hit(&risks, CauseCategory::External, text));
    // Named almost word for word, it counts even when filed under another category.
    assert!(premortem_hit(
        &risks,
        CauseCategory::External,
        "系统升级，业务暂停"
    ));
}

#[test]
fn matching_ignores_width_case_and_plurals() {
    let risks = vec![("Tax SYSTEM upgrade".to_string(), CauseCategory::External)];
    assert!(premortem_hit(
        &risks,
        CauseCategory::External,
        "ｔａｘ systems were down for an upgrade"
    ));
}

#[test]
fn a_recorded_failure_is_matched_through_its_kind() {
    let case = scope_case();
    let f = scope_failure(&case);
    let plan = vec![(
        "经营范围表述不规范被退回".to_string(),
        CauseCategory::Process,
    )];
    assert!(premortem_hit_for(&plan, &f));
    let unrelated = vec![("法人在国外".to_string(), CauseCategory::Process)];
    assert!(!premortem_hit_for(&unrelated, &f));
    assert_eq!(
        category_of(FailureKind::SystemOutage),
        CauseCategory::External
    );
    assert_eq!(
        category_of(FailureKind::MaterialDefect),
        CauseCategory::Materials
    );
}

#[test]
fn hit_rates_count_only_judged_cases() {
    assert_eq!(hit_rate(&[]), None);
    assert_eq!(hit_rate(&[None, None]), None);
    assert_eq!(
        hit_rate(&[Some(true), None, Some(false), Some(true)]),
        Some(2.0 / 3.0)
    );
}

#[test]
fn hit_rates_by_month_keep_the_gaps() {
    let rows = hit_rate_by_month(&[
        (day(2026, 1, 5), Some(true)),
        (day(2026, 1, 20), Some(false)),
        (day(2026, 2, 3), None),
        (day(2026, 4, 1), Some(true)),
        (day(2025, 12, 31), Some(false)),
    ]);
    let labels: Vec<String> = rows.iter().map(MonthRate::label).collect();
    assert_eq!(
        labels,
        ["2025-12", "2026-01", "2026-02", "2026-03", "2026-04"]
    );
    assert_eq!(rows[0].rate, Some(0.0));
    assert_eq!(
        (rows[1].hits, rows[1].total, rows[1].rate),
        (1, 2, Some(0.5))
    );
    assert_eq!(rows[2].rate, None, "judged nothing that month");
    assert_eq!(rows[4].rate, Some(1.0));
    assert!(hit_rate_by_month(&[(day(2026, 1, 1), None)]).is_empty());
    let spread = hit_rate_by_month(&[(day(2000, 1, 1), Some(true)), (day(2026, 1, 1), Some(true))]);
    assert_eq!(spread.len(), 120, "only the latest ten years");
    assert_eq!(
        spread.last().map(MonthRate::label).as_deref(),
        Some("2026-01")
    );
}
