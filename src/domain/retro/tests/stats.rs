use chrono::Duration;

use super::*;

fn with_factors(categories: &[CauseCategory]) -> Retro {
    let factors: Vec<Factor> = categories
        .iter()
        .map(|c| Factor {
            text: c.key().into(),
            category: *c,
        })
        .collect();
    retro_of(&finished_late())
        .with_factors(&factors, t0())
        .expect("factors")
}

#[test]
fn pareto_rows_sort_by_count_and_accumulate_to_one() {
    use CauseCategory::*;
    let retros = vec![
        with_factors(&[Process, Materials, Process]),
        with_factors(&[Materials, Process, External]),
        with_factors(&[StaffingTraining])
            .archive(t0())
            .expect("archived"),
    ];
    let rows = pareto_categories(&retros);
    let cats: Vec<CauseCategory> = rows.iter().map(|r| r.category).collect();
    assert_eq!(
        cats,
        [Process, Materials, External],
        "archived ones left out"
    );
    assert_eq!(rows.iter().map(|r| r.count).collect::<Vec<_>>(), [3, 2, 1]);
    assert_eq!(rows[0].share, 0.5);
    assert_eq!(rows[1].cumulative, 5.0 / 6.0);
    assert_eq!(rows[2].cumulative, 1.0);
    assert!(pareto_categories(&[retro_of(&finished_late())]).is_empty());
}

#[test]
fn on_time_rate_by_service_counts_each_case_once() {
    let late_case = finished_late();
    let late = retro_of(&late_case);
    let mut on_time_case = scope_case();
    on_time_case.meta.id = new_id(t0(), [21; 10]);
    on_time_case.service_key = Some("company_registration".into());
    let mut met = retro_of(&on_time_case);
    met.outcome.met_hard_date = true;
    let mut other = scope_case();
    other.meta.id = new_id(t0(), [22; 10]);
    other.service_name = "税务注销".into();
    let mut older = retro_of(&other);
    older.outcome.met_hard_date = true;
    let mut newer = older.clone();
    newer.outcome.met_hard_date = false;
    newer.meta.updated_at = older.meta.updated_at + Duration::hours(1);
    let no_retro = {
        let mut c = scope_case();
        c.meta.id = new_id(t0(), [23; 10]);
        c
    };
    let rows = on_time_by_service(
        &[late_case, on_time_case, other, no_retro],
        &[late, met, older, newer],
    );
    let view: Vec<(&str, u32, u32)> = rows
        .iter()
        .map(|r| (r.service.as_str(), r.met, r.total))
        .collect();
    assert_eq!(
        view,
        [
            ("company_registration", 1, 1),
            ("工商注册", 0, 1),
            ("税务注销", 0, 1)
        ]
    );
    assert_eq!(rows[0].rate, 1.0);
    assert_eq!(rows[1].rate, 0.0);
    assert!(on_time_by_service(&[], &[]).is_empty());
}

#[test]
fn time_to_notify_buckets_share_the_clocks_boundary() {
    let case = finished_late();
    let base = scope_failure(&case);
    let told_after = |minutes: i64, secs: i64| {
        let mut f = base.clone();
        if let Some(n) = f.notification.as_mut() {
            n.at = f.discovered_at + Duration::minutes(minutes) + Duration::seconds(secs);
        }
        f
    };
    let mut never = base.clone();
    never.notification = None;
    let failures = vec![
        told_after(10, 0),
        told_after(30, 0),
        told_after(60, 0),
        told_after(60, 1),
        told_after(200, 0),
        never,
    ];
    let s = time_to_notify(&failures);
    let counts: Vec<u32> = s.buckets.iter().map(|b| b.count).collect();
    assert_eq!(counts, [1, 1, 0, 1, 1, 1]);
    assert_eq!((s.notified, s.not_notified, s.within_hour), (5, 1, 3));
    assert_eq!(s.within_hour_rate, Some(0.6));
    assert_eq!(s.median_minutes, Some(60));
    assert_eq!(s.buckets[0].label.get(Lang::Zh), "15 分钟内");
    let empty = time_to_notify(&[]);
    assert_eq!((empty.within_hour_rate, empty.median_minutes), (None, None));
    assert_eq!(empty.buckets.len(), 6);
}

#[test]
fn premortem_rate_by_month_uses_the_finish_month() {
    let hit = retro_of(&finished_late())
        .with_premortem_hit(Some(true), t0())
        .expect("set");
    let mut march = retro_of(&scope_case());
    march.outcome.finished_on = None;
    march.outcome.hard_date = day(2026, 2, 27);
    march.premortem_hit = Some(false);
    let rows = premortem_by_month(&[hit, march]);
    let view: Vec<(String, Option<f64>)> = rows.iter().map(|r| (r.label(), r.rate)).collect();
    assert_eq!(
        view,
        [
            ("2026-02".to_string(), Some(0.0)),
            ("2026-03".to_string(), None),
            ("2026-04".to_string(), Some(1.0))
        ]
    );
}
