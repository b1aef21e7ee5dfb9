//! Records as CouchDB documents: what is sent, what is taken in, and how two devices that
//! take in each other's versions end with the same record and the same conflicts.

use serde_json::Value;

use super::doc::*;
use super::tree::RevId;
use crate::domain::backup::tests::at;
use crate::domain::case::Case;
use crate::domain::record::new_id;
use crate::domain::revision::{chain, restamp};

/// A case with its first revision id, as the app saves a new one.
fn case() -> Case {
    let mut c = crate::domain::backup::tests::case(1, "甲公司");
    restamp(None, &mut c);
    c
}

/// An edit saved as the app saves it.
fn edit(prev: &Case, secs: i64, change: impl FnOnce(&mut Case)) -> Case {
    let mut next = prev.clone();
    change(&mut next);
    next.meta.touch(at(secs));
    restamp(Some(prev), &mut next);
    next
}

/// What a server would send for this version: its document, read back.
fn sent(record: &Case) -> Incoming<Case> {
    let head = head(record).expect("a revision");
    let doc = outgoing(record, &[head]).pop().expect("a document");
    incoming(record.meta.id, &doc).expect("readable")
}

fn gens(ids: &[String]) -> Vec<u32> {
    ids.iter()
        .map(|i| RevId::parse(i).expect("rev").pos)
        .collect()
}

#[test]
fn a_record_travels_as_a_document_with_its_own_branch() {
    let v1 = case();
    let v2 = edit(&v1, 2, |c| c.notes = "一".into());
    let v3 = edit(&v2, 3, |c| c.notes = "二".into());
    let doc = outgoing(&v3, &[head(&v3).expect("head")])
        .pop()
        .expect("doc");
    assert_eq!(doc["_id"], Value::String(doc_id("cases", v3.meta.id)));
    assert_eq!(doc["_rev"], Value::String(v3.meta.revs[0].clone()));
    assert_eq!(doc["_revisions"]["start"], 3);
    assert_eq!(doc["_revisions"]["ids"].as_array().map(Vec::len), Some(3));
    assert!(doc.get("conflicts").is_none());
    assert_eq!(
        parse_doc_id(doc["_id"].as_str().expect("id")),
        Some(("cases", v3.meta.id))
    );
    assert_eq!(sent(&v3), Incoming::Live(v3.clone()));
    // Nothing new: nothing to store.
    assert_eq!(reconcile(Some(&v3), vec![sent(&v3)]), None);
    assert_eq!(reconcile(Some(&v3), vec![sent(&v2)]), None);
    // New here, or a later version: taken.
    assert_eq!(reconcile(None, vec![sent(&v3)]), Some(v3.clone()));
    let taken = reconcile(Some(&v2), vec![sent(&v3)]).expect("newer");
    assert_eq!(taken.notes, "二");
    assert_eq!(taken.meta.revs[0], v3.meta.revs[0]);
}

#[test]
fn a_record_saved_before_revision_ids_gets_one_branch() {
    let mut old = case();
    old.meta.revs.clear();
    old.meta.rev = 4;
    assert_eq!(gens(&chain(&old)), vec![4]);
    let next = edit(&old, 9, |c| c.notes = "迁移后".into());
    assert_eq!(gens(&chain(&next)), vec![5, 4]);
}

#[test]
fn edits_of_different_fields_on_two_devices_merge_the_same_way_on_both() {
    let base = case();
    let a = edit(&base, 2, |c| c.notes = "A 的备注".into());
    let b = edit(&base, 3, |c| c.urgency_note = "B 的说明".into());
    let on_a = reconcile(Some(&a), vec![sent(&b)]).expect("merged");
    let on_b = reconcile(Some(&b), vec![sent(&a)]).expect("merged");
    assert_eq!(on_a.notes, "A 的备注");
    assert_eq!(on_a.urgency_note, "B 的说明");
    assert!(on_a.meta.conflicts.is_empty());
    // The same revision on both devices: no new conflict when they meet on the server.
    assert_eq!(on_a.meta.revs[0], on_b.meta.revs[0]);
    // It continues the branch CouchDB's rule puts first and closes the other head.
    let ha = RevId::parse(&a.meta.revs[0]).expect("a");
    let hb = RevId::parse(&b.meta.revs[0]).expect("b");
    let (winner, loser) = if ha.couch_cmp(&hb).is_ge() {
        (ha, hb)
    } else {
        (hb, ha)
    };
    assert_eq!(chain(&on_a)[1], winner.to_string());
    assert_eq!(gens(&chain(&on_a)), vec![3, 2, 1]);
    assert_eq!(on_a.meta.merged, vec![loser.to_string()]);
    let close = tombstone(&loser);
    assert!(leaves(&on_a).contains(&close.to_string()));
    let docs = outgoing(&on_a, std::slice::from_ref(&close));
    assert_eq!(docs[0]["_deleted"], true);
    assert_eq!(docs[0]["_revisions"]["start"], loser.pos + 1);
    // The closing deletion, taken in elsewhere, is known.
    assert!(knows(&on_a, &close));
    assert!(knows(&on_a, &loser));
}

#[test]
fn the_same_field_changed_on_two_devices_is_a_conflict_never_an_overwrite() {
    let base = case();
    let a = edit(&base, 2, |c| c.notes = "甲".into());
    let b = edit(&base, 3, |c| c.notes = "乙".into());
    let on_a = reconcile(Some(&a), vec![sent(&b)]).expect("conflict");
    let on_b = reconcile(Some(&b), vec![sent(&a)]).expect("conflict");
    // Both show the same version (CouchDB's winner) and hold the same other one.
    assert_eq!(on_a.meta.revs[0], on_b.meta.revs[0]);
    assert_eq!(on_a.notes, on_b.notes);
    let waiting_a = conflict_versions(&on_a);
    let waiting_b = conflict_versions(&on_b);
    assert_eq!(waiting_a.len(), 1);
    assert_eq!(waiting_a[0].meta.revs[0], waiting_b[0].meta.revs[0]);
    let both: Vec<&str> = vec![on_a.notes.as_str(), waiting_a[0].notes.as_str()];
    assert!(both.contains(&"甲") && both.contains(&"乙"));
    // Taking in the same version again changes nothing.
    assert_eq!(reconcile(Some(&on_a), vec![sent(&a), sent(&b)]), None);
    // The counter goes up, so a tab still editing the older version meets a conflict.
    assert!(on_a.meta.rev > a.meta.rev);
    // Both versions travel: the shown one and the waiting one.
    assert_eq!(leaves(&on_a).len(), 2);

    // Settled once, on B: "乙" kept. The settlement replaces the conflict on A.
    let mut chosen = on_b.clone();
    chosen.notes = "乙".into();
    let mut settled = settle(&on_b, chosen, at(10));
    restamp(Some(&on_b), &mut settled);
    assert!(settled.meta.conflicts.is_empty());
    assert_eq!(settled.meta.merged.len(), 1);
    let closing = tombstone(&RevId::parse(&settled.meta.merged[0]).expect("head"));
    let closed = Incoming::Closed {
        parent: RevId::parse(&settled.meta.merged[0]).ok(),
    };
    assert!(leaves(&settled).contains(&closing.to_string()));
    let on_a2 = reconcile(Some(&on_a), vec![sent(&settled), closed]).expect("settled");
    assert_eq!(on_a2.notes, "乙");
    assert!(on_a2.meta.conflicts.is_empty());
    assert_eq!(on_a2.meta.revs[0], settled.meta.revs[0]);
    // And B, taking in A's older view again, keeps the settlement.
    assert_eq!(reconcile(Some(&settled), vec![sent(&a), sent(&b)]), None);
}

#[test]
fn a_foreign_body_or_a_wrong_record_is_refused_or_rebased() {
    let v1 = case();
    let mut doc = outgoing(&v1, &[head(&v1).expect("head")])
        .pop()
        .expect("doc");
    // Another client edited it: the server's id is the truth.
    doc["_rev"] = Value::String("2-abcdef".into());
    doc["_revisions"] = serde_json::json!({"start": 2, "ids": ["abcdef", v1.meta.revs[0].split_once('-').expect("id").1]});
    doc["notes"] = Value::String("外部修改".into());
    let Ok(Incoming::Live(foreign)) = incoming::<Case>(v1.meta.id, &doc) else {
        panic!("readable");
    };
    assert_eq!(
        foreign.meta.revs,
        vec!["2-abcdef".to_string(), v1.meta.revs[0].clone()]
    );
    let taken = reconcile(Some(&v1), vec![Incoming::Live(foreign)]).expect("newer");
    assert_eq!(taken.notes, "外部修改");
    // Another record's body under this id, or no revision: refused.
    assert_eq!(
        incoming::<Case>(new_id(at(5), [5; 10]), &doc),
        Err(BadDoc::WrongId)
    );
    doc.as_object_mut().expect("object").remove("_rev");
    assert_eq!(incoming::<Case>(v1.meta.id, &doc), Err(BadDoc::NoRevision));
    let not_a_case = serde_json::json!({"_rev": "1-aa", "title": "x"});
    assert!(matches!(
        incoming::<Case>(v1.meta.id, &not_a_case),
        Err(BadDoc::NotARecord(_))
    ));
}

#[test]
fn a_conflict_can_be_settled_field_by_field() {
    let base = case();
    let a = edit(&base, 2, |c| {
        c.notes = "甲".into();
        c.urgency_note = "甲的说明".into();
    });
    let b = edit(&base, 3, |c| {
        c.notes = "乙".into();
        c.urgency_note = "乙的说明".into();
    });
    let shown = reconcile(Some(&a), vec![sent(&b)]).expect("conflict");
    let other = conflict_versions(&shown).pop().expect("waiting");
    let take = vec!["urgency_note".to_string()];
    let chosen = combine(&shown, &other, &take).expect("valid");
    assert_eq!(chosen.notes, shown.notes);
    assert_eq!(chosen.urgency_note, other.urgency_note);
    let settled = settle(&shown, chosen, at(20));
    assert!(settled.meta.conflicts.is_empty());
    assert_eq!(settled.meta.merged, vec![other.meta.revs[0].clone()]);
}

#[test]
fn keep_shown_or_take_other_settles_every_waiting_version() {
    use crate::domain::kinds::{AnyRecord, Kind};
    use crate::domain::revision::Side;
    let base = case();
    let a = edit(&base, 2, |c| c.notes = "甲".into());
    let b = edit(&base, 3, |c| c.notes = "乙".into());
    let shown = reconcile(Some(&a), vec![sent(&b)]).expect("conflict");
    let other = conflict_versions(&shown).pop().expect("waiting");
    for (side, want) in [
        (Side::Ours, shown.notes.clone()),
        (Side::Theirs, other.notes.clone()),
    ] {
        let AnyRecord::Case(settled) = shown.clone().wrap().resolve_conflicts(side, at(30)) else {
            panic!("a case");
        };
        assert_eq!(settled.notes, want);
        assert!(settled.meta.conflicts.is_empty());
        assert_eq!(settled.meta.rev, shown.meta.rev + 1);
        assert!(settled.meta.merged.contains(&other.meta.revs[0]));
    }
}
