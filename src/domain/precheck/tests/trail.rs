//! The audit trail's hash chain: an untouched trail verifies; altering, removing or reordering
//! an entry breaks it at that entry; merged edits and legacy entries still verify.

use super::*;
use crate::domain::audit::ChainBreak;
use crate::domain::lang::Lang;

/// A precheck with a varied trail: status, fields, legal rep, a check, a signature.
fn busy() -> Precheck {
    let fx = fresh("bank_account_opening", "2026-06-30", 3);
    let pc = fx
        .pc
        .set_status("business_licence", MaterialStatus::Have, "小李", at(10))
        .and_then(|p| {
            p.set_field(
                "business_licence",
                0,
                FieldKind::LegalRepresentative,
                REP,
                "小李",
                at(20),
            )
        })
        .and_then(|p| p.set_legal_rep(Presence::Unavailable, "在国外", "小周", at(300)))
        .and_then(|p| p.answer_check("premises_visit", Some(CheckAnswer::Fine), "小周", at(400)))
        .expect("edits");
    assert!(pc.audit.len() >= 5, "trail: {:?}", pc.audit);
    pc
}

#[test]
fn an_untouched_trail_verifies_and_every_entry_is_hashed() {
    let pc = busy();
    assert_eq!(pc.verify_trail(), Ok(()));
    assert!(pc.audit.iter().all(|e| e.hash.len() == 64));
    let fresh = fresh("scope_change", "2026-06-30", 3).pc;
    assert_eq!(fresh.verify_trail(), Ok(()));
}

#[test]
fn altering_any_entry_breaks_the_chain_at_that_entry() {
    let pc = busy();
    for i in 0..pc.audit.len() {
        let mut who = pc.clone();
        who.audit[i].who.push('x');
        assert_eq!(who.verify_trail(), Err(ChainBreak { index: i }), "who #{i}");

        let mut when = pc.clone();
        when.audit[i].at = at(99_999);
        assert_eq!(when.verify_trail(), Err(ChainBreak { index: i }), "at #{i}");

        let mut what = pc.clone();
        what.audit[i].what = AuditWhat::Started { service_key: None };
        if what.audit[i] != pc.audit[i] {
            assert_eq!(
                what.verify_trail(),
                Err(ChainBreak { index: i }),
                "what #{i}"
            );
        }
    }
}

#[test]
fn removing_or_reordering_an_entry_is_caught() {
    let pc = busy();
    let n = pc.audit.len();
    for i in 0..n - 1 {
        let mut dropped = pc.clone();
        dropped.audit.remove(i);
        assert_eq!(
            dropped.verify_trail(),
            Err(ChainBreak { index: i }),
            "drop #{i}"
        );
    }
    let mut swapped = pc.clone();
    swapped.audit.swap(1, 2);
    assert_eq!(swapped.verify_trail(), Err(ChainBreak { index: 1 }));
    // Cutting the tail leaves a valid shorter chain, but not the head kept beside it.
    let mut cut = pc.clone();
    cut.audit.pop();
    assert_eq!(
        cut.verify_trail(),
        Err(ChainBreak {
            index: pc.audit.len() - 1
        })
    );
    let mut emptied = pc.clone();
    emptied.audit.clear();
    assert_eq!(emptied.verify_trail(), Err(ChainBreak { index: 0 }));
    // Without a head (saved before heads were kept) the cut is invisible; sealing keeps one.
    let mut old = pc.clone();
    old.chain_head = None;
    assert!(old.seal_chain());
    assert_eq!(old.chain_head, pc.chain_head);
}

#[test]
fn merged_edits_and_signatures_still_verify() {
    let fx = clean("scope_change", "2026-06-30", 3);
    let pc = fx
        .pc
        .set_field(
            "business_licence",
            0,
            FieldKind::Remarks,
            "a",
            "小李",
            at(20),
        )
        .and_then(|p| {
            p.set_field(
                "business_licence",
                0,
                FieldKind::Remarks,
                "ab",
                "小李",
                at(30),
            )
        })
        .and_then(|p| {
            p.set_field(
                "business_licence",
                0,
                FieldKind::Remarks,
                "abc",
                "小李",
                at(40),
            )
        })
        .expect("typing");
    assert!(matches!(
        &pc.audit.last().expect("entry").what,
        AuditWhat::FieldSet { new, .. } if new == "abc"
    ));
    assert_eq!(pc.verify_trail(), Ok(()));
    let findings = run(&pc, &fx.case, Some(&fx.service), &cal(), today());
    let req = SignRequest {
        level: None,
        name: "刘洋".into(),
        comment: String::new(),
        override_reason: "客户已承诺补正".into(),
    };
    let signed = pc.sign(&req, &findings, at(60)).expect("sign");
    // A change after signing reopens review: two more chained entries.
    let reopened = signed
        .set_field(
            "business_licence",
            0,
            FieldKind::Remarks,
            "abcd",
            "小李",
            at(70),
        )
        .expect("edit after sign");
    assert!(matches!(
        reopened.audit.last().expect("entry").what,
        AuditWhat::ReviewReopened { .. }
    ));
    assert_eq!(reopened.verify_trail(), Ok(()));
}

#[test]
fn a_trail_without_hashes_is_flagged_and_an_edit_on_this_device_chains_it() {
    let mut pc = busy();
    for e in &mut pc.audit {
        e.hash.clear();
    }
    pc.chain_head = None;
    assert_eq!(pc.verify_trail(), Err(ChainBreak { index: 0 }));
    assert!(!pc.seal_chain(), "a broken trail is not sealed");
    let json = serde_json::to_string(&pc).expect("json");
    let mut value: serde_json::Value = serde_json::from_str(&json).expect("value");
    for e in value["audit"].as_array_mut().expect("audit array") {
        e.as_object_mut().expect("entry").remove("hash");
    }
    let old: Precheck = serde_json::from_value(value).expect("old data reads");
    let next = old
        .set_legal_rep(Presence::Available, "", "小周", at(900))
        .expect("edit");
    assert_eq!(next.verify_trail(), Ok(()));
    assert_eq!(next.audit.last().map(|e| e.hash.len()), Some(64));
}

#[test]
fn id_numbers_show_masked_unless_revealed() {
    let pc = bank_with_rep_id();
    let entry = pc
        .audit
        .iter()
        .rev()
        .find(|e| matches!(e.what, AuditWhat::FieldSet { .. }));
    let entry = entry.expect("field entry");
    assert!(!entry.message(Lang::Zh).contains(ID_OK));
    assert!(entry.message_with(Lang::Zh, true).contains(ID_OK));
    let m = pc.material("legal_rep_id").expect("material");
    assert!(m.is_personal_id(FieldKind::IdNumber));
    assert!(!m.is_personal_id(FieldKind::Holder));
    let patents = fresh("high_tech_certification", "2026-06-30", 3).pc;
    let p = patents.material("patents").expect("patents");
    assert!(!p.is_personal_id(FieldKind::IdNumber));
}

#[test]
fn the_trail_names_the_service_and_its_pitfalls_when_given_the_catalog() {
    let fx = fresh("bank_account_opening", "2026-06-30", 3);
    let pc = fx
        .pc
        .answer_check("premises_visit", Some(CheckAnswer::Problem), "小李", at(10))
        .expect("answer");
    let last = pc.audit.last().expect("entry");
    assert!(last.message(Lang::Zh).contains("premises_visit"));
    let named = last.message_in(Lang::Zh, false, Some(&fx.service));
    assert!(
        named.contains("上门核实") && !named.contains("premises_visit"),
        "{named}"
    );
    let started = pc.audit[0].message_in(Lang::En, false, Some(&fx.service));
    assert!(started.contains("Bank account opening"), "{started}");
}
