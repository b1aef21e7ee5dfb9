//! How a stored record travels as a CouchDB document, and how the versions a server sends are
//! taken in without losing anyone's edit.
//!
//! - **Document**: id `<kind>:<uuid>` (`cases:0192…`); the body is the record's own JSON, its
//!   revision id is the record's (`Meta.revs[0]`) and `_revisions` is the record's own branch
//!   ([`revision::chain`]). Other live versions the record carries (`Meta.conflicts`) travel
//!   as their own revisions, never inside the body.
//! - **Settled branches**: a merge or a resolution keeps the other head in `Meta.merged`; it is
//!   closed on the server by a tombstone child ([`tombstone`]), the same id on every device,
//!   so two devices that settle the same pair send the same revision.
//! - **Taking in** ([`reconcile`]): a version this record already descends from changes
//!   nothing; a version that descends from it replaces it; two versions that parted merge
//!   field by field when they changed different fields, and otherwise both stay: the one
//!   CouchDB's winner rule picks shows, the other waits in `Meta.conflicts` for a person.

use serde_json::{Map, Value};
use sha2::{Digest, Sha256};
use uuid::Uuid;

use super::tree::{RevId, RevTree, Revisions, REVS_LIMIT};
use crate::domain::record::Record;
use crate::domain::revision::{self, chain, lineage, merge_versions};

/// The document id of a record: `<kind>:<uuid>`.
pub fn doc_id(kind: &str, id: Uuid) -> String {
    format!("{kind}:{id}")
}

/// The kind and record id of a document id; `None` for documents this app did not write
/// (design documents, other tools' data).
pub fn parse_doc_id(doc_id: &str) -> Option<(&str, Uuid)> {
    let (kind, id) = doc_id.split_once(':')?;
    Some((kind, Uuid::parse_str(id).ok()?))
}

/// The deletion that closes a settled head: a child of it, with an id every device derives
/// the same way.
pub fn tombstone(head: &RevId) -> RevId {
    let digest = Sha256::digest(format!("closed\n{head}").as_bytes());
    let hash: String = digest.iter().take(8).map(|b| format!("{b:02x}")).collect();
    RevId::new(head.pos.saturating_add(1), hash)
}

fn rev_ids(ids: &[String]) -> Vec<RevId> {
    ids.iter().filter_map(|id| RevId::parse(id).ok()).collect()
}

/// The record's revision id as the server knows it.
pub fn head<R: Record>(record: &R) -> Option<RevId> {
    chain(record).first().and_then(|id| RevId::parse(id).ok())
}

/// The other live versions a record carries, read back as records (unreadable ones skipped).
pub fn conflict_versions<R: Record>(record: &R) -> Vec<R> {
    record
        .meta()
        .conflicts
        .iter()
        .filter_map(|text| serde_json::from_str(text).ok())
        .collect()
}

/// Everything this replica holds of one record, as CouchDB would: its branch, the branches of
/// the versions in conflict with it, and the tombstones that close the heads it settled.
pub fn local_tree<R: Record>(record: &R) -> RevTree {
    let mut tree = RevTree::new();
    tree.insert(&rev_ids(&chain(record)), false);
    for other in conflict_versions(record) {
        tree.insert(&rev_ids(&chain(&other)), false);
    }
    for settled in rev_ids(&record.meta().merged) {
        tree.insert(&[tombstone(&settled), settled], true);
    }
    tree
}

/// Whether this replica already has the revision: on the record's lineage, settled, closed or
/// in a conflicting version's lineage.
pub fn knows<R: Record>(record: &R, rev: &RevId) -> bool {
    let text = rev.to_string();
    let meta = record.meta();
    lineage(record).contains(&text)
        || meta.merged.contains(&text)
        || rev_ids(&meta.merged).iter().any(|h| tombstone(h) == *rev)
        || conflict_versions(record)
            .iter()
            .any(|other| lineage(other).contains(&text))
}

/// The revisions of this record a `_revs_diff` should ask about.
pub fn leaves<R: Record>(record: &R) -> Vec<String> {
    local_tree(record)
        .leaves()
        .iter()
        .map(RevId::to_string)
        .collect()
}

fn body<R: Record>(record: &R, kind: &str) -> Value {
    let mut map = match serde_json::to_value(record) {
        Ok(Value::Object(map)) => map,
        _ => Map::new(),
    };
    map.remove("conflicts");
    let chain = chain(record);
    map.insert("_id".into(), Value::String(doc_id(kind, record.meta().id)));
    if let Some(rev) = chain.first() {
        map.insert("_rev".into(), Value::String(rev.clone()));
    }
    map.insert(
        "_revisions".into(),
        serde_json::to_value(revisions(&rev_ids(&chain))).unwrap_or(Value::Null),
    );
    Value::Object(map)
}

fn revisions(history: &[RevId]) -> Revisions {
    Revisions {
        start: history.first().map_or(0, |r| r.pos),
        ids: history
            .iter()
            .take(REVS_LIMIT)
            .map(|r| r.hash.clone())
            .collect(),
    }
}

/// The documents to send with `_bulk_docs` (`new_edits: false`) for the revisions of this
/// record the server lacks.
pub fn outgoing<R: Record>(record: &R, missing: &[RevId]) -> Vec<Value> {
    let kind = R::KIND;
    let id = doc_id(kind, record.meta().id);
    let mut out = Vec::new();
    let own = head(record);
    let others = conflict_versions(record);
    let settled = rev_ids(&record.meta().merged);
    for rev in missing {
        if own.as_ref() == Some(rev) {
            out.push(body(record, kind));
        } else if let Some(other) = others.iter().find(|o| head(*o).as_ref() == Some(rev)) {
            out.push(body(other, kind));
        } else if let Some(closed) = settled.iter().find(|h| tombstone(h) == *rev) {
            out.push(serde_json::json!({
                "_id": id,
                "_rev": rev.to_string(),
                "_deleted": true,
                "_revisions": revisions(&[rev.clone(), closed.clone()]),
            }));
        }
    }
    out
}

/// One revision a server sent, read.
#[derive(Clone, Debug, PartialEq)]
pub enum Incoming<R> {
    /// A live version.
    Live(R),
    /// A deletion; `parent` is the head it closes.
    Closed { parent: Option<RevId> },
}

/// Why a revision a server sent cannot be taken in.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum BadDoc {
    #[error("the document has no valid revision id")]
    NoRevision,
    #[error("the document does not hold a record of its kind: {0}")]
    NotARecord(String),
    #[error("the document's body names another record")]
    WrongId,
}

/// Reads one revision of a document (a `_bulk_get` or `open_revs` entry). The server's
/// revision id is the truth: a body written by another client, whose own `revs` do not start
/// with it, gets the server's history, so it merges as a new version.
pub fn incoming<R: Record>(id: Uuid, doc: &Value) -> Result<Incoming<R>, BadDoc> {
    let history: Vec<RevId> = match doc.get("_revisions") {
        Some(r) => serde_json::from_value::<Revisions>(r.clone())
            .map(|r| r.revs().collect())
            .unwrap_or_default(),
        None => Vec::new(),
    };
    let rev = doc
        .get("_rev")
        .and_then(Value::as_str)
        .and_then(|r| RevId::parse(r).ok())
        .ok_or(BadDoc::NoRevision)?;
    if doc.get("_deleted").and_then(Value::as_bool) == Some(true) {
        return Ok(Incoming::Closed {
            parent: history.get(1).cloned(),
        });
    }
    let mut record: R =
        serde_json::from_value(doc.clone()).map_err(|e| BadDoc::NotARecord(e.to_string()))?;
    if record.meta().id != id {
        return Err(BadDoc::WrongId);
    }
    let meta = record.meta_mut();
    meta.conflicts.clear();
    if meta.revs.first() != Some(&rev.to_string()) {
        let mut ids: Vec<String> = history.iter().map(RevId::to_string).collect();
        if ids.first() != Some(&rev.to_string()) {
            ids = vec![rev.to_string()];
        }
        meta.revs = ids;
        meta.rev = meta.rev.max(rev.pos);
    }
    Ok(Incoming::Live(record))
}

fn as_json<R: Record>(record: &R) -> String {
    serde_json::to_string(record).unwrap_or_default()
}

fn without_conflicts<R: Record>(record: &R) -> R {
    let mut r = record.clone();
    r.meta_mut().conflicts.clear();
    r
}

/// Whether `later` descends from, or settled, the version whose head is `head`.
fn covers<R: Record>(later: &R, head: &str) -> bool {
    lineage(later).iter().any(|id| id == head) || later.meta().merged.iter().any(|id| id == head)
}

fn head_text<R: Record>(record: &R) -> String {
    lineage(record).first().cloned().unwrap_or_default()
}

/// Takes one version a server sent into the version held here.
fn absorb<R: Record>(current: R, theirs: R) -> R {
    let (ours_head, their_head) = (head_text(&current), head_text(&theirs));
    if covers(&current, &their_head) {
        return current;
    }
    let mut others = conflict_versions(&current);
    if others.iter().any(|o| covers(o, &their_head)) {
        return current;
    }
    if covers(&theirs, &ours_head) {
        // A later version: it replaces ours, and any conflict it settled goes with ours.
        let mut next = theirs;
        next.meta_mut().conflicts = others
            .iter()
            .filter(|o| !covers(&next, &head_text(*o)))
            .map(as_json)
            .collect();
        return next;
    }
    if let Some(slot) = others.iter_mut().find(|o| covers(&theirs, &head_text(*o))) {
        // A later version of one of the conflicting versions.
        *slot = theirs;
        let mut next = current;
        next.meta_mut().conflicts = others.iter().map(as_json).collect();
        return next;
    }
    let ours = without_conflicts(&current);
    let merged = merge_versions(&ours, &theirs, None);
    if merged.conflicts.is_empty() {
        // They changed different fields: both edits kept, one new version.
        let mut next = merged.record;
        next.meta_mut().conflicts = others.iter().map(as_json).collect();
        return next;
    }
    // Both changed the same field: the winner shows, the other waits for a person.
    let ours_first = match (RevId::parse(&ours_head), RevId::parse(&their_head)) {
        (Ok(a), Ok(b)) => a.couch_cmp(&b).is_ge(),
        _ => revision::order(&ours, &theirs).is_ge(),
    };
    let (mut shown, waiting) = if ours_first {
        (ours, theirs)
    } else {
        (theirs, ours)
    };
    others.push(waiting);
    shown.meta_mut().conflicts = others.iter().map(as_json).collect();
    shown
}

/// Takes the revisions a server sent for one record into the version held here (`None`: the
/// record is new here). Returns the version to store, or `None` when nothing changes. A
/// stored version's revision counter never goes down, so a tab editing the older version
/// meets a conflict instead of overwriting it.
pub fn reconcile<R: Record>(local: Option<&R>, sent: Vec<Incoming<R>>) -> Option<R> {
    let mut closed = Vec::new();
    let mut current: Option<R> = local.cloned();
    for item in sent {
        match item {
            Incoming::Live(theirs) => {
                current = Some(match current {
                    None => theirs,
                    Some(ours) => absorb(ours, theirs),
                });
            }
            Incoming::Closed { parent } => closed.extend(parent),
        }
    }
    let mut next = current?;
    if !closed.is_empty() {
        let closed: Vec<String> = closed.iter().map(RevId::to_string).collect();
        let others = conflict_versions(&next);
        next.meta_mut().conflicts = others
            .iter()
            .filter(|o| !closed.contains(&head_text(*o)))
            .map(as_json)
            .collect();
    }
    if local == Some(&next) {
        return None;
    }
    if let Some(local) = local {
        let meta = next.meta_mut();
        meta.rev = meta.rev.max(local.meta().rev.saturating_add(1));
    }
    Some(next)
}

/// Settles a record's conflicts with `chosen`: the version a person made from the shown one
/// and the waiting ones (one of them whole, or field by field). The result is the next
/// revision of the shown version's branch; every other head is closed.
pub fn settle<R: Record>(shown: &R, mut chosen: R, now: chrono::DateTime<chrono::Utc>) -> R {
    let heads: Vec<String> = conflict_versions(shown)
        .iter()
        .map(head_text)
        .filter(|h| !h.is_empty())
        .collect();
    let meta = chosen.meta_mut();
    meta.conflicts.clear();
    meta.revs = lineage(shown);
    meta.rev = shown.meta().rev;
    meta.merged = shown.meta().merged.clone();
    for h in heads {
        if !meta.merged.contains(&h) {
            meta.merged.push(h.clone());
        }
        if !meta.revs.contains(&h) {
            meta.revs.push(h);
        }
    }
    meta.touch(now);
    chosen
}

/// A person's field-by-field choice between the shown version and one waiting version: every
/// change only one side made is kept, and for the fields in `take_other` the waiting
/// version's value wins (elsewhere the shown one's). `None` when the combination is not a
/// valid record (the fields do not fit together): then one of the whole versions must do.
pub fn combine<R: Record>(shown: &R, other: &R, take_other: &[String]) -> Option<R> {
    let base = without_conflicts(shown);
    let merged = merge_versions(&base, other, Some(revision::Side::Ours)).record;
    let mut value = serde_json::to_value(&merged).ok()?;
    let theirs = revision::content(other);
    for path in take_other {
        revision::set_path(&mut value, path, theirs.get(path));
    }
    serde_json::from_value(value).ok()
}
