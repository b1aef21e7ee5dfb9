//! Three-level sign-off: order, overrides, one person per level, reopening.

use super::consistency::patent_case;
use super::*;
use crate::domain::lang::Lang;

fn req(level: Option<SignLevel>, name: &str) -> SignRequest {
    SignRequest {
        level,
        name: name.into(),
        comment: "已逐项核对".into(),
        override_reason: String::new(),
    }
}

fn signed_all(fx: &Fx) -> Precheck {
    let findings = fx.run();
    let mut pc = fx.pc.clone();
    for (i, name) in ["业务员小李", "主管老周", "法务陈律师"]
        .into_iter()
        .enumerate()
    {
        pc = pc
            .sign(&req(None, name), &findings, at(100 + i as i64))
            .expect("sign");
    }
    pc
}

#[test]
fn levels_sign_in_order() {
    let fx = clean("scope_change", "2026-06-30", 3);
    let findings = fx.run();
    assert_eq!(fx.pc.next_level(), Some(SignLevel::First));
    let err = fx
        .pc
        .sign(
            &req(Some(SignLevel::Second), "主管老周"),
            &findings,
            at(100),
        )
        .expect_err("out of order");
    assert_eq!(
        err,
        PrecheckError::WrongOrder {
            expected: SignLevel::First,
            got: SignLevel::Second
        }
    );
    assert!(err.message(Lang::Zh).contains("初审"));
    let pc = fx
        .pc
        .sign(
            &req(Some(SignLevel::First), "业务员小李"),
            &findings,
            at(100),
        )
        .expect("first");
    assert_eq!(pc.next_level(), Some(SignLevel::Second));
    assert!(pc.is_locked() && !pc.is_signed_off());
    assert_eq!(pc.meta.rev, fx.pc.meta.rev + 1);
    let again = pc.sign(
        &req(Some(SignLevel::First), "业务员小王"),
        &findings,
        at(101),
    );
    assert_eq!(
        again,
        Err(PrecheckError::AlreadySigned {
            level: SignLevel::First
        })
    );
    let err = pc
        .sign(
            &req(Some(SignLevel::Final), "法务陈律师"),
            &findings,
            at(101),
        )
        .expect_err("skips a level");
    assert!(matches!(
        err,
        PrecheckError::WrongOrder {
            expected: SignLevel::Second,
            ..
        }
    ));

    let pc = signed_all(&fx);
    assert!(pc.is_signed_off());
    assert_eq!(pc.next_level(), None);
    assert!(matches!(
        pc.sign(&req(None, "某人"), &findings, at(200)),
        Err(PrecheckError::AlreadySigned { .. })
    ));
    let levels: Vec<SignLevel> = pc.current_signoffs().map(|s| s.level).collect();
    assert_eq!(levels, SignLevel::ALL);
    assert_eq!(
        pc.audit
            .iter()
            .filter(|e| matches!(e.what, AuditWhat::Signed { .. }))
            .count(),
        3
    );
}

#[test]
fn names_are_required_and_one_person_signs_one_level() {
    let fx = clean("scope_change", "2026-06-30", 3);
    let findings = fx.run();
    assert_eq!(
        fx.pc.sign(&req(None, " \u{3000}"), &findings, at(100)),
        Err(PrecheckError::EmptySignerName)
    );
    let pc = fx
        .pc
        .sign(&req(None, "业务员小李"), &findings, at(100))
        .expect("first");
    let err = pc
        .sign(&req(None, " 业务员小李 "), &findings, at(101))
        .expect_err("same person");
    assert!(matches!(
        err,
        PrecheckError::SameSigner {
            level: SignLevel::First,
            ..
        }
    ));
    assert!(err.message(Lang::En).contains("different people"));
}

#[test]
fn a_blocker_needs_an_override_reason() {
    let fx = patent_case("2026-03-20", 5);
    let findings = fx.run();
    let err = fx
        .pc
        .sign(&req(None, "业务员小李"), &findings, at(100))
        .expect_err("blockers");
    assert_eq!(err, PrecheckError::OverrideRequired { blockers: 2 });
    assert!(err.message(Lang::Zh).contains("2 个阻断问题"));
    let mut with_reason = req(None, "业务员小李");
    with_reason.override_reason = "   ".into();
    assert!(fx.pc.sign(&with_reason, &findings, at(100)).is_err());
    with_reason.override_reason = "客户坚持本批次先报,名称变更同步办理".into();
    let pc = fx
        .pc
        .sign(&with_reason, &findings, at(100))
        .expect("override");
    let s = pc.signoff(SignLevel::First).expect("signed");
    assert_eq!(
        s.override_reason.as_deref(),
        Some("客户坚持本批次先报,名称变更同步办理")
    );
    assert_eq!(s.overridden, vec![RuleId::HolderNameMatch]);
    assert!(pc
        .audit
        .last()
        .expect("entry")
        .message(Lang::Zh)
        .contains("放行"));
    // Without blockers an override reason is not recorded.
    let clean = clean("scope_change", "2026-06-30", 3);
    let pc = clean
        .pc
        .sign(&with_reason, &clean.run(), at(100))
        .expect("sign");
    assert_eq!(pc.signoffs[0].override_reason, None);
}

#[test]
fn a_change_after_signing_reopens_review() {
    let fx = clean("scope_change", "2026-06-30", 3);
    let signed = signed_all(&fx);
    // A no-op edit changes nothing, not even the revision.
    let same = signed
        .set_field(
            "change_application",
            0,
            FieldKind::LegalRepresentative,
            REP,
            "小李",
            at(300),
        )
        .expect("no-op");
    assert_eq!(same, signed);
    let changed = signed
        .set_field(
            "change_application",
            0,
            FieldKind::BusinessScope,
            "软件开发",
            "小李",
            at(300),
        )
        .expect("edit");
    assert!(!changed.is_locked());
    assert_eq!(changed.next_level(), Some(SignLevel::First));
    assert_eq!(changed.must_sign_again(), SignLevel::ALL);
    assert_eq!(changed.stale_signoffs().count(), 3);
    assert!(changed
        .signoffs
        .iter()
        .all(|s| s.invalidated_at == Some(at(300))));
    let n = changed.audit.len();
    assert!(matches!(
        changed.audit[n - 2].what,
        AuditWhat::FieldSet { .. }
    ));
    assert!(matches!(
        &changed.audit[n - 1].what,
        AuditWhat::ReviewReopened { levels } if *levels == SignLevel::ALL
    ));
    assert!(changed.audit[n - 1]
        .message(Lang::Zh)
        .contains("初审、复核、终审"));
    // Signing again clears the levels one by one; the same people may sign again.
    let fx2 = Fx { pc: changed, ..fx };
    let findings = fx2.run();
    let pc = fx2
        .pc
        .sign(&req(None, "业务员小李"), &findings, at(400))
        .expect("re-sign");
    assert_eq!(pc.must_sign_again(), [SignLevel::Second, SignLevel::Final]);
    // A second change while only the first level stands reopens that one level.
    let pc = pc
        .set_status("pre_approval", MaterialStatus::Missing, "小李", at(500))
        .expect("edit");
    assert!(matches!(
        &pc.audit.last().expect("entry").what,
        AuditWhat::ReviewReopened { levels } if *levels == [SignLevel::First]
    ));
    assert_eq!(pc.must_sign_again(), SignLevel::ALL);
}

#[test]
fn every_kind_of_edit_reopens_review() {
    let fx = clean("scope_change", "2026-06-30", 3);
    let signed = signed_all(&fx);
    let custom = CustomMaterial {
        title: "情况说明".into(),
        ..CustomMaterial::default()
    };
    let edits = [
        Edit::SetStatus {
            material: "pre_approval".into(),
            status: MaterialStatus::ToReplace,
        },
        Edit::SetLegalRep {
            presence: Presence::Unavailable,
            note: "出差".into(),
        },
        Edit::AnswerCheck {
            pitfall: "system_upgrade_pause".into(),
            answer: None,
        },
        Edit::AddCustom(custom),
        Edit::SetField {
            material: "business_licence".into(),
            item: 0,
            field: FieldKind::IssueDate,
            value: "2024-01-11".into(),
        },
    ];
    for edit in &edits {
        let pc = signed.apply(edit, "小李", at(300)).expect("edit");
        assert!(!pc.is_locked(), "{edit:?}");
        assert_eq!(pc.must_sign_again().len(), 3, "{edit:?}");
    }
}

#[test]
fn sign_levels_have_labels_and_keys() {
    for l in SignLevel::ALL {
        assert_eq!(SignLevel::from_key(l.key()), Some(l));
        assert!(!l.label(Lang::Zh).is_empty() && !l.role(Lang::En).is_empty());
    }
    assert_eq!(SignLevel::First.label(Lang::Zh), "初审");
    assert_eq!(SignLevel::Second.role(Lang::Zh), "主管");
    assert_eq!(SignLevel::Final.label(Lang::Zh), "终审");
}
