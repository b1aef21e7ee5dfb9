use super::*;

fn action(text: &str, days: u32) -> ActionInput {
    ActionInput {
        text: text.into(),
        owner: "主管 王芳".into(),
        working_days: days,
        due_on: None,
        links: vec![Link {
            kind: LinkKind::CatalogRule,
            target: "scope_standard_wording".into(),
        }],
    }
}

#[test]
fn due_dates_skip_the_spring_festival_2026() {
    let cal = Calendar::builtin();
    let retro = retro_of(&finished_late());
    let friday_before = day(2026, 2, 13);
    let with = retro
        .add_action(
            &action("组织经营范围填写培训", 5),
            friday_before,
            &cal,
            t0(),
        )
        .and_then(|r| r.add_action(&action("制作规范表述手册", 1), friday_before, &cal, t0()))
        .and_then(|r| r.add_action(&action("复核", 6), friday_before, &cal, t0()))
        .expect("added");
    // Saturday 14 February is a make-up working day; 15–23 February are off.
    let dues: Vec<NaiveDate> = with.actions.iter().map(|a| a.due).collect();
    assert_eq!(dues, [day(2026, 2, 27), day(2026, 2, 14), day(2026, 2, 28)]);
    assert!(with.actions.iter().all(|a| !a.due_is_estimate));
    assert_eq!(
        with.actions.iter().map(|a| a.id).collect::<Vec<_>>(),
        [1, 2, 3]
    );
}

#[test]
fn a_deadline_in_a_year_without_data_is_an_estimate() {
    let retro = retro_of(&finished_late());
    let with = retro
        .add_action(&action("x", 5), day(2027, 3, 1), &Calendar::builtin(), t0())
        .expect("added");
    assert!(with.actions[0].due_is_estimate);
}

#[test]
fn action_items_are_validated() {
    let cal = Calendar::builtin();
    let retro = retro_of(&finished_late());
    let today = day(2026, 4, 15);
    let err = |input: ActionInput| retro.add_action(&input, today, &cal, t0()).err();
    assert_eq!(
        err(ActionInput {
            text: " ".into(),
            ..action("x", 3)
        }),
        Some(RetroError::Required(RetroField::ActionText))
    );
    assert_eq!(
        err(ActionInput {
            owner: String::new(),
            ..action("x", 3)
        }),
        Some(RetroError::Required(RetroField::Owner))
    );
    assert_eq!(
        err(action("x", 0)),
        Some(RetroError::WorkingDaysOutOfRange {
            max: MAX_ACTION_WORKING_DAYS
        })
    );
    let mut twice = action("x", 3);
    twice.links.push(twice.links[0].clone());
    assert_eq!(err(twice), Some(RetroError::DuplicateLink));
    let mut blank_link = action("x", 3);
    blank_link.links[0].target = " ".into();
    assert_eq!(
        err(blank_link),
        Some(RetroError::Required(RetroField::LinkTarget))
    );
}

#[test]
fn not_doing_needs_a_reason_and_done_items_are_never_overdue() {
    let cal = Calendar::builtin();
    let today = day(2026, 4, 15);
    let retro = retro_of(&finished_late())
        .add_action(&action("组织培训", 2), today, &cal, t0())
        .and_then(|r| r.add_action(&action("写手册", 10), today, &cal, t0()))
        .expect("added");
    assert_eq!(retro.actions[0].due, day(2026, 4, 17));
    assert_eq!(
        retro.set_action_status(
            1,
            &ActionStatus::NotDoing {
                reason: "  ".into()
            },
            t0()
        ),
        Err(RetroError::Required(RetroField::Reason))
    );
    assert!(RetroError::Required(RetroField::Reason)
        .message(Lang::Zh)
        .contains("理由"));
    assert_eq!(
        retro.set_action_status(9, &ActionStatus::Open, t0()),
        Err(RetroError::UnknownAction(9))
    );
    // The due date itself is still in time.
    assert!(overdue(&retro.actions, day(2026, 4, 17)).is_empty());
    let late = overdue(&retro.actions, day(2026, 4, 20));
    assert_eq!(late.len(), 1);
    assert_eq!(late[0].id, 1);
    let done = retro
        .set_action_status(
            1,
            &ActionStatus::Done {
                on: day(2026, 4, 20),
            },
            t0(),
        )
        .expect("done");
    assert!(overdue(&done.actions, day(2026, 4, 20)).is_empty());
    let not_doing = retro
        .set_action_status(
            1,
            &ActionStatus::NotDoing {
                reason: " 已由总部统一培训 ".into(),
            },
            t0(),
        )
        .expect("not doing");
    assert_eq!(
        not_doing.actions[0].status,
        ActionStatus::NotDoing {
            reason: "已由总部统一培训".into()
        }
    );
    let all = overdue_actions(std::slice::from_ref(&retro), day(2026, 5, 6));
    assert_eq!(all.len(), 2);
    assert_eq!(all[0].item.id, 1);
    assert_eq!(all[0].days_overdue, 19);
    assert_eq!(all[0].case_id, retro.case_id);
    let archived = retro.archive(t0()).expect("archived");
    assert!(overdue_actions(&[archived], day(2026, 5, 6)).is_empty());
}

#[test]
fn editing_recounts_the_deadline_and_keeps_the_status() {
    let cal = Calendar::builtin();
    let retro = retro_of(&finished_late())
        .add_action(&action("组织培训", 2), day(2026, 4, 15), &cal, t0())
        .and_then(|r| {
            r.set_action_status(
                1,
                &ActionStatus::Done {
                    on: day(2026, 4, 16),
                },
                t0(),
            )
        })
        .and_then(|r| r.edit_action(1, &action("组织两次培训", 3), day(2026, 4, 16), &cal, t0()))
        .expect("edited");
    assert_eq!(retro.actions[0].text, "组织两次培训");
    assert_eq!(retro.actions[0].due, day(2026, 4, 21));
    assert!(matches!(retro.actions[0].status, ActionStatus::Done { .. }));
    let removed = retro.remove_action(1, t0()).expect("removed");
    assert!(removed.actions.is_empty());
    assert_eq!(
        removed.remove_action(1, t0()),
        Err(RetroError::UnknownAction(1))
    );
}

#[test]
fn a_due_date_given_outright_wins_and_may_lie_in_the_past() {
    let cal = Calendar::builtin();
    let today = day(2026, 4, 15);
    let on = |due: NaiveDate| ActionInput {
        due_on: Some(due),
        ..action("写手册", 0)
    };
    // Wednesday 15 April to Wednesday 22 April: five working days.
    let ahead = retro_of(&finished_late())
        .add_action(&on(day(2026, 4, 22)), today, &cal, t0())
        .expect("added");
    assert_eq!(ahead.actions[0].due, day(2026, 4, 22));
    assert_eq!(ahead.actions[0].working_days, 5);
    // A correction into the past: overdue at once, zero working days left.
    let past = ahead
        .edit_action(1, &on(day(2026, 4, 13)), today, &cal, t0())
        .expect("edited");
    assert_eq!(past.actions[0].due, day(2026, 4, 13));
    assert_eq!(past.actions[0].working_days, 0);
    assert_eq!(overdue(&past.actions, today).len(), 1);
    // Further than the limit either way is refused.
    let far = ahead.edit_action(1, &on(day(2028, 1, 1)), today, &cal, t0());
    assert_eq!(
        far,
        Err(RetroError::WorkingDaysOutOfRange {
            max: MAX_ACTION_WORKING_DAYS
        })
    );
    let long_ago = ahead.add_action(&on(day(2024, 1, 1)), today, &cal, t0());
    assert!(long_ago.is_err());
}
