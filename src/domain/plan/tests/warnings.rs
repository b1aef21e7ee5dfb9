use super::*;
use crate::domain::calendar::Calendar;

fn warning(n: u8, start: &str, end: &str, effect: WarningEffect) -> Warning {
    let input = WarningInput::new(&format!("预警{n}"), d(start), d(end), effect);
    Warning::new(new_id(at(i64::from(n)), [n; 10]), &input, at(0)).expect("valid warning")
}

/// 28 September to 16 October 2026: crosses the National Day break (1–7 October, make-up
/// working day on Saturday 10 October).
fn national_day_case() -> Case {
    case_between("2026-09-28", "2026-10-16", 10)
}

fn lost(w: &Warning) -> Option<(NaiveDate, NaiveDate, u32, u32)> {
    let hits = overlapping(
        std::slice::from_ref(w),
        &national_day_case(),
        &Calendar::builtin(),
    );
    hits.first().map(|h| {
        assert_eq!(h.warning, w.meta.id);
        (
            h.overlap_start,
            h.overlap_end,
            h.working_days_in_overlap,
            h.working_days_lost,
        )
    })
}

#[test]
fn the_warning_form_checks_title_dates_and_order() {
    let blank = WarningInput::default();
    let err = Warning::new(new_id(at(0), [0; 10]), &blank, at(0)).expect_err("blank");
    let fields: Vec<PlanField> = err.problems().iter().map(|p| p.field).collect();
    assert_eq!(
        fields,
        vec![
            PlanField::WarningTitle,
            PlanField::WarningStart,
            PlanField::WarningEnd
        ]
    );
    let backwards = WarningInput::new(
        "税务系统升级",
        d("2026-10-10"),
        d("2026-10-09"),
        WarningEffect::Paused,
    );
    let err =
        Warning::new(new_id(at(0), [0; 10]), &backwards, at(0)).expect_err("end before start");
    assert_eq!(err.problems()[0].kind, ProblemKind::EndBeforeStart);
    assert!(err.message(Lang::En).contains("end date"));
    let bad = WarningInput {
        start: "2026-02-30".into(),
        ..backwards.clone()
    };
    let err = Warning::new(new_id(at(0), [0; 10]), &bad, at(0)).expect_err("bad date");
    assert_eq!(err.problems()[0].kind, ProblemKind::BadDate);
    let one_day = WarningInput::new(
        " 税务系统升级 ",
        d("2026-10-09"),
        d("2026-10-09"),
        WarningEffect::Paused,
    )
    .with_department("税务局")
    .with_region("上海市");
    let w = Warning::new(new_id(at(0), [0; 10]), &one_day, at(0)).expect("same day is fine");
    assert_eq!(
        (w.title.as_str(), w.department.as_str(), w.region.as_str()),
        ("税务系统升级", "税务局", "上海市")
    );
}

#[test]
fn editing_a_warning_bumps_the_revision_only_on_change() {
    let w = warning(1, "2026-10-08", "2026-10-10", WarningEffect::Slowed);
    let same = w.edit(&w.to_input(), at(50)).expect("no-op");
    assert_eq!(same, w);
    let mut input = w.to_input();
    input.effect = WarningEffect::Paused;
    input.note = "窗口电话确认".into();
    let changed = w.edit(&input, at(60)).expect("edit");
    assert_eq!(changed.meta.rev, w.meta.rev + 1);
    assert_eq!(changed.meta.created_at, w.meta.created_at);
    assert_eq!(changed.effect, WarningEffect::Paused);
    let archived = changed.archive(at(70));
    assert_eq!(archived.edit(&input, at(80)), Err(PlanError::Archived));
    assert!(!archived.restore(at(90)).meta.deleted);
}

#[test]
fn timing_relative_to_today() {
    let w = warning(1, "2026-10-08", "2026-10-10", WarningEffect::Paused);
    assert_eq!(w.timing(d("2026-10-07")), WarningTiming::Upcoming);
    assert_eq!(w.timing(d("2026-10-08")), WarningTiming::Active);
    assert_eq!(w.timing(d("2026-10-10")), WarningTiming::Active);
    assert_eq!(w.timing(d("2026-10-11")), WarningTiming::Past);
}

#[test]
fn a_warning_outside_the_window_does_not_touch_the_case() {
    assert_eq!(
        lost(&warning(
            1,
            "2026-11-01",
            "2026-11-05",
            WarningEffect::Paused
        )),
        None
    );
    assert_eq!(
        lost(&warning(
            2,
            "2026-09-01",
            "2026-09-27",
            WarningEffect::Paused
        )),
        None
    );
    assert_eq!(
        lost(&warning(
            3,
            "2026-10-17",
            "2026-10-20",
            WarningEffect::Paused
        )),
        None
    );
}

#[test]
fn partial_overlaps_count_only_the_days_inside_the_window() {
    assert_eq!(
        lost(&warning(
            1,
            "2026-09-25",
            "2026-09-29",
            WarningEffect::Paused
        )),
        Some((d("2026-09-28"), d("2026-09-29"), 2, 2))
    );
    assert_eq!(
        lost(&warning(
            2,
            "2026-09-20",
            "2026-09-28",
            WarningEffect::Paused
        )),
        Some((d("2026-09-28"), d("2026-09-28"), 1, 1)),
        "ends on the start date"
    );
    assert_eq!(
        lost(&warning(
            3,
            "2026-10-16",
            "2026-10-20",
            WarningEffect::Paused
        )),
        Some((d("2026-10-16"), d("2026-10-16"), 1, 1)),
        "starts on the hard date"
    );
}

#[test]
fn holidays_and_weekends_inside_a_warning_are_not_lost_days() {
    assert_eq!(
        lost(&warning(
            1,
            "2026-09-30",
            "2026-10-09",
            WarningEffect::Paused
        )),
        Some((d("2026-09-30"), d("2026-10-09"), 3, 3)),
        "30 September, 8 and 9 October"
    );
    assert_eq!(
        lost(&warning(
            2,
            "2026-10-03",
            "2026-10-04",
            WarningEffect::Paused
        )),
        Some((d("2026-10-03"), d("2026-10-04"), 0, 0)),
        "a holiday-only overlap is shown with no days lost"
    );
    assert_eq!(
        lost(&warning(
            3,
            "2026-10-11",
            "2026-10-11",
            WarningEffect::Paused
        )),
        Some((d("2026-10-11"), d("2026-10-11"), 0, 0)),
        "a Sunday"
    );
}

#[test]
fn a_warning_covering_the_whole_window_takes_every_working_day() {
    assert_eq!(
        lost(&warning(
            1,
            "2026-09-01",
            "2026-12-31",
            WarningEffect::Paused
        )),
        Some((d("2026-09-28"), d("2026-10-16"), 11, 11))
    );
}

#[test]
fn slowed_loses_half_rounded_up_and_extra_materials_loses_none_but_is_flagged() {
    assert_eq!(
        lost(&warning(
            1,
            "2026-10-08",
            "2026-10-10",
            WarningEffect::Slowed
        )),
        Some((d("2026-10-08"), d("2026-10-10"), 3, 2)),
        "the make-up Saturday counts; 3 slowed days cost 2"
    );
    let extra = warning(2, "2026-10-12", "2026-10-16", WarningEffect::ExtraMaterials);
    let hits = overlapping(&[extra], &national_day_case(), &Calendar::builtin());
    assert_eq!(hits.len(), 1);
    assert_eq!(
        (hits[0].working_days_in_overlap, hits[0].working_days_lost),
        (5, 0)
    );
    assert!(hits[0].extra_materials && !hits[0].days_unknown);
    assert_eq!(WarningEffect::Slowed.days_lost(1), 1);
    assert_eq!(WarningEffect::Slowed.days_lost(4), 2);
}

#[test]
fn hits_are_sorted_and_archived_warnings_are_ignored() {
    let late = warning(1, "2026-10-12", "2026-10-13", WarningEffect::Paused);
    let early = warning(2, "2026-09-29", "2026-09-29", WarningEffect::Slowed);
    let gone = warning(3, "2026-09-28", "2026-10-16", WarningEffect::Paused).archive(at(9));
    let hits = overlapping(
        &[late.clone(), gone, early.clone()],
        &national_day_case(),
        &Calendar::builtin(),
    );
    let ids: Vec<uuid::Uuid> = hits.iter().map(|h| h.warning).collect();
    assert_eq!(ids, vec![early.meta.id, late.meta.id]);
}

#[test]
fn a_warning_in_a_year_without_holiday_data_is_flagged() {
    let case = case_between("2027-03-01", "2027-03-12", 5);
    let w = warning(1, "2027-03-03", "2027-03-05", WarningEffect::Paused);
    let hits = overlapping(&[w], &case, &Calendar::builtin());
    assert_eq!(hits[0].working_days_lost, 3);
    assert!(hits[0].uncovered_years.contains(&2027));
}

#[test]
fn department_matching_tells_which_services_a_warning_concerns() {
    let tax = service("tax_change");
    let trademark = service("trademark_registration");
    let mut w = warning(1, "2026-10-08", "2026-10-10", WarningEffect::Paused);
    w.department = "税务局".into();
    assert!(warning_concerns_service(&w, &tax));
    assert!(!warning_concerns_service(&w, &trademark));
    w.department = " Tax Bureau ".into();
    assert!(warning_concerns_service(&w, &tax));
    w.department = String::new();
    assert!(
        warning_concerns_service(&w, &trademark),
        "no department: concerns everyone"
    );
}

#[test]
fn a_tax_system_upgrade_overlapping_the_brief_case_is_flagged() {
    let case = sample_case();
    let input = WarningInput::new(
        "电子税务局系统升级",
        d("2026-12-03"),
        d("2026-12-05"),
        WarningEffect::Paused,
    )
    .with_department("税务局");
    let w = Warning::new(new_id(at(0), [7; 10]), &input, at(0)).expect("warning");
    let hits = overlapping(&[w], &case, &Calendar::builtin());
    assert_eq!(hits.len(), 1);
    assert_eq!(
        hits[0].working_days_lost, 2,
        "Thursday and Friday; Saturday is outside the window"
    );
}

#[test]
fn a_warning_form_rebased_keeps_the_other_sides_changes_and_names_fields_both_changed() {
    use crate::domain::merge3::FieldForm;
    use crate::domain::plan::{PlanField, WarningEffect, WarningInput};
    let d = |day| chrono::NaiveDate::from_ymd_opt(2026, 12, day).expect("date");
    let base = WarningInput::new("系统升级", d(3), d(5), WarningEffect::Paused);
    // Theirs changed the note and the effect; mine changed the title and the effect differently.
    let theirs = WarningInput {
        note: "以公告为准".into(),
        effect: WarningEffect::Slowed,
        ..base.clone()
    };
    let mine = WarningInput {
        title: "系统升级（延长）".into(),
        effect: WarningEffect::ExtraMaterials,
        ..base.clone()
    };
    let r = mine.rebase(&base, &theirs);
    assert_eq!(r.merged.title, "系统升级（延长）");
    assert_eq!(
        r.merged.note, "以公告为准",
        "their one-sided change is kept"
    );
    assert_eq!(r.conflicts.len(), 1);
    assert_eq!(r.conflicts[0].field, PlanField::WarningEffect);
    assert_eq!(
        r.merged.effect,
        WarningEffect::ExtraMaterials,
        "left at mine until chosen"
    );
    // Taking theirs for the conflict sets the effect from its key.
    let mut settled = r.merged.clone();
    settled.set(PlanField::WarningEffect, r.conflicts[0].theirs.clone());
    assert_eq!(settled.effect, WarningEffect::Slowed);
}
