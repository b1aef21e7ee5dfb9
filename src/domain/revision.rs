//! Revision ids and field stamps: how two versions of one record tell which of them changed
//! which field, so that a merge between tabs, files or devices takes a change made on one
//! side without asking, and calls a conflict only what both sides changed.
//!
//! - Every save gives the record a revision id `N-hash` (`N` is `rev`; the hash covers the
//!   previous id and the content) and keeps the ids it descends from in `revs`, newest first,
//!   at most [`REVS_LIMIT`] of them (CouchDB's `revs_limit`).
//! - `stamps` maps each field path changed since the record was created to the revision id
//!   that last set (or removed) it.
//! - A field path is the object keys from the record down to a value, joined by `/`. List
//!   elements that carry an `id` or a `key` are addressed by it (`materials/#key="patents"`),
//!   so adding an item on one device and editing another on a second device both survive;
//!   other lists are one value.
//! - Hash-chained logs (a case's timeline, a precheck's audit trail) are not fields: they
//!   merge by entry, see [`Record::union_logs`].
//!
//! Two versions merge like this: equal, nothing to do; one descends from the other (its
//! current id is in the other's `revs`), the descendant wins; otherwise field by field: a
//! path changed on one side only takes that side; a path both sides changed to different
//! values is a conflict, settled by a person's choice or by the fixed order of the two
//! versions. The result is a new revision that descends from both. Nothing depends on which
//! side is "ours", so merging is commutative; merging a version with itself or with an
//! ancestor changes nothing, so it is idempotent.

use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Map, Value};
use sha2::{Digest, Sha256};

use crate::domain::record::Record;

/// How many ancestor revision ids a record keeps.
pub const REVS_LIMIT: usize = 32;

/// Keys of a record's JSON that are bookkeeping, not content.
const BOOKKEEPING: [&str; 9] = [
    "id",
    "created_at",
    "updated_at",
    "rev",
    "revs",
    "stamps",
    "chain_head",
    "merged",
    "conflicts",
];

/// Which side of a merge.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Side {
    Ours,
    Theirs,
}

/// How two versions of a record relate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Relation {
    Same,
    /// Theirs descends from ours (or, without revision ids, has the higher revision).
    Newer,
    /// Ours descends from theirs.
    Older,
    /// Both changed since they parted: merged field by field.
    Diverged,
}

/// A field both sides changed: its path and each side's value (`None`: removed).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PathDiff {
    pub path: String,
    pub ours: Option<Value>,
    pub theirs: Option<Value>,
}

/// The outcome of merging two versions of one record.
#[derive(Clone, Debug, PartialEq)]
pub struct Merged<R> {
    pub relation: Relation,
    pub record: R,
    /// Fields both sides changed (empty unless the versions diverged).
    pub conflicts: Vec<PathDiff>,
    /// The side the fixed order picks for conflicting fields when nobody chooses.
    pub default_side: Side,
}

/// The record's JSON with its fields as paths, bookkeeping and logs left out.
pub fn content<R: Record>(record: &R) -> BTreeMap<String, Value> {
    let value = serde_json::to_value(record).unwrap_or(Value::Null);
    leaves::<R>(&value)
}

fn leaves<R: Record>(value: &Value) -> BTreeMap<String, Value> {
    let mut out = BTreeMap::new();
    if let Value::Object(map) = value {
        for (k, v) in map {
            if BOOKKEEPING.contains(&k.as_str()) || R::LOGS.contains(&k.as_str()) {
                continue;
            }
            flatten(v, &escape(k), &mut out);
        }
    }
    out
}

fn flatten(value: &Value, path: &str, out: &mut BTreeMap<String, Value>) {
    match value {
        // An empty map has no fields to merge; it is recreated as fields are set.
        Value::Object(map) => {
            for (k, v) in map {
                flatten(v, &format!("{path}/{}", escape(k)), out);
            }
        }
        Value::Array(items)
            if !items.is_empty() && items.iter().all(|i| element_key(i).is_some()) =>
        {
            let keys: BTreeSet<String> = items.iter().filter_map(element_key).collect();
            if keys.len() != items.len() {
                // Two elements with one key: not addressable, so one value.
                out.insert(path.to_owned(), value.clone());
                return;
            }
            for item in items {
                if let Some(key) = element_key(item) {
                    flatten(item, &format!("{path}/{}", escape(&key)), out);
                }
            }
        }
        _ => {
            out.insert(path.to_owned(), value.clone());
        }
    }
}

/// `#id=3` or `#key="patents"` for an element that carries an id or a key.
fn element_key(item: &Value) -> Option<String> {
    let map = item.as_object()?;
    ["id", "key"].iter().find_map(|name| {
        let v = map.get(*name)?;
        (v.is_string() || v.is_u64()).then(|| format!("#{name}={v}"))
    })
}

fn escape(segment: &str) -> String {
    segment.replace('~', "~0").replace('/', "~1")
}

fn unescape(segment: &str) -> String {
    segment.replace("~1", "/").replace("~0", "~")
}

/// Sets (or, with `None`, removes) the value at `path`, creating what is missing.
pub(crate) fn set_path(root: &mut Value, path: &str, value: Option<&Value>) {
    let segments: Vec<String> = path.split('/').map(unescape).collect();
    set_in(root, &segments, value);
}

fn set_in(node: &mut Value, segments: &[String], value: Option<&Value>) {
    let Some((head, rest)) = segments.split_first() else {
        return;
    };
    if let Some(keyed) = head.strip_prefix('#') {
        let Some((name, raw)) = keyed.split_once('=') else {
            return;
        };
        let Ok(key) = serde_json::from_str::<Value>(raw) else {
            return;
        };
        if !node.is_array() {
            *node = Value::Array(Vec::new());
        }
        let Value::Array(items) = node else { return };
        let at = items.iter().position(|i| i.get(name) == Some(&key));
        let at = match (at, value) {
            (Some(at), _) => at,
            (None, None) => return,
            (None, Some(_)) => {
                let mut fresh = Map::new();
                fresh.insert(name.to_owned(), key.clone());
                items.push(Value::Object(fresh));
                items.len() - 1
            }
        };
        // Removing the element's own key removes the element.
        if value.is_none() && (rest.is_empty() || (rest.len() == 1 && rest[0] == name)) {
            items.remove(at);
            return;
        }
        if rest.is_empty() {
            if let Some(v) = value {
                items[at] = v.clone();
            }
            return;
        }
        set_in(&mut items[at], rest, value);
        return;
    }
    if !node.is_object() {
        *node = Value::Object(Map::new());
    }
    let Value::Object(map) = node else { return };
    if rest.is_empty() {
        match value {
            Some(v) => {
                map.insert(head.clone(), v.clone());
            }
            None => {
                map.remove(head);
            }
        }
        return;
    }
    let child = map.entry(head.clone()).or_insert(Value::Null);
    set_in(child, rest, value);
}

/// `N-` + the first 16 hex digits of SHA-256 over the previous id and the content.
fn rev_id(rev: u32, prev: &str, content: &BTreeMap<String, Value>) -> String {
    let mut hasher = Sha256::new();
    hasher.update(prev.as_bytes());
    hasher.update(b"\n");
    hasher.update(
        serde_json::to_string(content)
            .unwrap_or_default()
            .as_bytes(),
    );
    let hex: String = hasher
        .finalize()
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect();
    format!("{rev}-{hex}")
}

pub(crate) fn generation(id: &str) -> u64 {
    id.split_once('-')
        .and_then(|(n, _)| n.parse().ok())
        .unwrap_or(0)
}

/// Each id once, in the given order, at most [`REVS_LIMIT`]. The order matters: the ids
/// from the start with consecutive generations are the version's own branch, the one team
/// sync sends as CouchDB's `_revisions` (see [`chain`]).
fn bounded(ids: impl IntoIterator<Item = String>) -> Vec<String> {
    let mut seen = BTreeSet::new();
    ids.into_iter()
        .filter(|id| seen.insert(id.clone()))
        .take(REVS_LIMIT)
        .collect()
}

/// CouchDB's order of two revision ids: the higher generation, then the larger hash.
fn couch_cmp(a: &str, b: &str) -> Ordering {
    generation(a).cmp(&generation(b)).then_with(|| {
        let hash = |id: &str| {
            id.split_once('-')
                .map_or(String::new(), |(_, h)| h.to_owned())
        };
        hash(a).cmp(&hash(b))
    })
}

/// A version's own branch: its revision id and the ancestors it descends from in a line,
/// newest first (the leading ids of its lineage with consecutive generations).
pub fn chain<R: Record>(record: &R) -> Vec<String> {
    let lineage = lineage(record);
    let mut out: Vec<String> = Vec::new();
    for id in lineage {
        match out.last() {
            None => out.push(id),
            Some(last) if generation(last) == generation(&id) + 1 => out.push(id),
            Some(_) => break,
        }
    }
    out
}

/// Gives a record about to be saved its revision id, and stamps the fields that differ from
/// `base`, the version it was made from (`None` for a new record, or when that version is
/// not at hand: then no field is stamped, which can only make a later merge ask more).
pub fn restamp<R: Record>(base: Option<&R>, next: &mut R) {
    let now = content(next);
    let carried = match (next.meta().revs.is_empty(), base) {
        // Saved before revision ids: descend from the base's made-up id.
        (true, Some(base)) => lineage(base),
        _ => next.meta().revs.clone(),
    };
    let prev = carried.first().cloned().unwrap_or_default();
    // The next generation of the branch (the revision counter can run ahead of it, when team
    // sync stores another device's version; a gap would cut the branch CouchDB sees).
    let generation = match carried.first() {
        Some(prev) => u32::try_from(generation(prev) + 1).unwrap_or(u32::MAX),
        None => next.meta().rev,
    };
    let id = rev_id(generation, &prev, &now);
    if carried.first() == Some(&id) {
        return;
    }
    if let Some(base) = base {
        let before = content(base);
        let paths: BTreeSet<&String> = before.keys().chain(now.keys()).collect();
        let changed: Vec<String> = paths
            .into_iter()
            .filter(|p| before.get(*p) != now.get(*p))
            .cloned()
            .collect();
        let stamps = &mut next.meta_mut().stamps;
        for path in changed {
            stamps.insert(path, id.clone());
        }
    }
    let meta = next.meta_mut();
    meta.revs = std::iter::once(id)
        .chain(carried)
        .take(REVS_LIMIT)
        .collect();
}

/// A version's own revision id and its ancestors': its `revs`, or for a record saved before
/// revision ids existed, an id made from its revision and content.
pub fn lineage<R: Record>(r: &R) -> Vec<String> {
    if r.meta().revs.is_empty() {
        vec![rev_id(r.meta().rev, "", &content(r))]
    } else {
        r.meta().revs.clone()
    }
}

/// How `theirs` relates to `ours`, without merging.
pub fn relation<R: Record>(ours: &R, theirs: &R) -> Relation {
    // The common case of a re-imported file, before any hashing or serialising.
    if ours == theirs {
        return Relation::Same;
    }
    relation_of(ours, theirs, &lineage(ours), &lineage(theirs))
}

fn relation_of<R: Record>(ours: &R, theirs: &R, a: &[String], b: &[String]) -> Relation {
    if ours == theirs {
        return Relation::Same;
    }
    if a[0] == b[0] {
        // Same revision and content, other bookkeeping: merge to one.
        return Relation::Diverged;
    }
    if b.contains(&a[0]) {
        return Relation::Newer;
    }
    if a.contains(&b[0]) {
        return Relation::Older;
    }
    let (ma, mb) = (ours.meta(), theirs.meta());
    if ma.revs.is_empty() && mb.revs.is_empty() {
        // Saved before revision ids: the higher revision is the newer one.
        return match ma.rev.cmp(&mb.rev) {
            Ordering::Less => Relation::Newer,
            Ordering::Greater => Relation::Older,
            Ordering::Equal => Relation::Diverged,
        };
    }
    Relation::Diverged
}

/// Orders two versions for a default that does not depend on which side is ours; `Greater`
/// means `a` goes first: the later revision, then the later update, then the tombstone, then
/// the larger canonical JSON.
pub fn order<R: Record>(a: &R, b: &R) -> Ordering {
    let (ma, mb) = (a.meta(), b.meta());
    ma.rev
        .cmp(&mb.rev)
        .then(ma.updated_at.cmp(&mb.updated_at))
        .then(ma.deleted.cmp(&mb.deleted))
        .then_with(|| canonical(a).cmp(&canonical(b)))
}

fn canonical<R: Record>(r: &R) -> String {
    serde_json::to_string(r).unwrap_or_default()
}

/// Merges two versions of one record (same id). `choice` settles the conflicting fields;
/// without it the fixed [`order`] does.
pub fn merge_versions<R: Record>(ours: &R, theirs: &R, choice: Option<Side>) -> Merged<R> {
    if ours == theirs {
        // Identical: nothing to order, hash or merge (re-importing a file of 50,000 records
        // spent 2.4 s serialising them to compare).
        return Merged {
            relation: Relation::Same,
            record: ours.clone(),
            conflicts: Vec::new(),
            default_side: Side::Ours,
        };
    }
    let default_side = if order(ours, theirs) == Ordering::Less {
        Side::Theirs
    } else {
        Side::Ours
    };
    let done = |relation, record: &R| Merged {
        relation,
        record: record.clone(),
        conflicts: Vec::new(),
        default_side,
    };
    let (lin_a, lin_b) = (lineage(ours), lineage(theirs));
    let relation = relation_of(ours, theirs, &lin_a, &lin_b);
    match relation {
        Relation::Same | Relation::Older => return done(relation, ours),
        Relation::Newer => return done(relation, theirs),
        Relation::Diverged => {}
    }
    let (a, b) = (ours.meta(), theirs.meta());
    let (la, lb) = (content(ours), content(theirs));
    let (start_side, start) = match default_side {
        Side::Ours => (Side::Ours, ours),
        Side::Theirs => (Side::Theirs, theirs),
    };
    let mut value = serde_json::to_value(start).unwrap_or(Value::Null);
    let paths: BTreeSet<&String> = la.keys().chain(lb.keys()).collect();
    let mut conflicts = Vec::new();
    let mut taken: BTreeMap<String, Side> = BTreeMap::new();
    for path in paths {
        let (x, y) = (la.get(path), lb.get(path));
        if x == y {
            continue;
        }
        let (sa, sb) = (a.stamps.get(path), b.stamps.get(path));
        // A side changed the field after the other last saw it when its stamp is one the
        // other has not seen, and the other's stamp (if any) is one it has seen.
        let ours_later =
            sa.is_some_and(|s| !lin_b.contains(s)) && sb.is_none_or(|s| lin_a.contains(s));
        let theirs_later =
            sb.is_some_and(|s| !lin_a.contains(s)) && sa.is_none_or(|s| lin_b.contains(s));
        let side = match (ours_later, theirs_later) {
            (true, false) => Side::Ours,
            (false, true) => Side::Theirs,
            _ => {
                conflicts.push(PathDiff {
                    path: path.clone(),
                    ours: x.cloned(),
                    theirs: y.cloned(),
                });
                choice.unwrap_or(default_side)
            }
        };
        taken.insert(path.clone(), side);
        if side != start_side {
            let v = if side == Side::Ours { x } else { y };
            set_path(&mut value, path, v);
        }
    }
    let Ok(mut record) = serde_json::from_value::<R>(value) else {
        // The fields do not make a valid record together: keep one side whole and list
        // every difference as a conflict.
        let whole = match choice.unwrap_or(default_side) {
            Side::Ours => ours,
            Side::Theirs => theirs,
        };
        let all = la
            .keys()
            .chain(lb.keys())
            .collect::<BTreeSet<_>>()
            .into_iter()
            .filter(|p| la.get(*p) != lb.get(*p))
            .map(|p| PathDiff {
                path: p.clone(),
                ours: la.get(p).cloned(),
                theirs: lb.get(p).cloned(),
            })
            .collect();
        return Merged {
            relation,
            record: whole.clone(),
            conflicts: all,
            default_side,
        };
    };
    record.union_logs(ours, theirs);
    // The merge is a new revision descending from both.
    let merged_content = content(&record);
    let (x, y) = (lin_a[0].clone(), lin_b[0].clone());
    let parents = if x <= y {
        format!("{x}+{y}")
    } else {
        format!("{y}+{x}")
    };
    let rev = a.rev.max(b.rev).saturating_add(1);
    let next_generation = generation(&x).max(generation(&y)) + 1;
    let id = rev_id(
        u32::try_from(next_generation).unwrap_or(u32::MAX),
        &parents,
        &merged_content,
    );
    let conflicted: BTreeSet<&str> = conflicts.iter().map(|c| c.path.as_str()).collect();
    let mut stamps = BTreeMap::new();
    for path in a.stamps.keys().chain(b.stamps.keys()) {
        let stamp = if conflicted.contains(path.as_str()) {
            Some(id.clone())
        } else {
            match taken.get(path) {
                Some(Side::Ours) => a.stamps.get(path).cloned(),
                Some(Side::Theirs) => b.stamps.get(path).cloned(),
                // Same value on both sides: the later-known stamp.
                None => match (a.stamps.get(path), b.stamps.get(path)) {
                    (Some(s), Some(t)) => Some(
                        if lin_b.contains(s) {
                            t
                        } else if lin_a.contains(t) {
                            s
                        } else {
                            // Both set the same value independently: the later id, so the
                            // choice does not depend on the order of the sides.
                            std::cmp::max_by(s, t, |x, y| {
                                generation(x).cmp(&generation(y)).then(x.cmp(y))
                            })
                        }
                        .clone(),
                    ),
                    (s, t) => s.or(t).cloned(),
                },
            }
        };
        if let Some(stamp) = stamp {
            stamps.insert(path.clone(), stamp);
        }
    }
    for path in &conflicted {
        stamps.insert((*path).to_owned(), id.clone());
    }
    let meta = record.meta_mut();
    meta.id = a.id;
    meta.rev = rev;
    meta.created_at = a.created_at.min(b.created_at);
    meta.updated_at = a.updated_at.max(b.updated_at);
    // The merge continues the branch CouchDB's winner rule puts first; the other head is
    // settled, and team sync closes it on the server.
    let (winner, loser) = if couch_cmp(&lin_a[0], &lin_b[0]) == Ordering::Less {
        (lin_b, lin_a)
    } else {
        (lin_a, lin_b)
    };
    let settled: Vec<String> = a
        .merged
        .iter()
        .chain(&b.merged)
        .cloned()
        .chain(std::iter::once(loser[0].clone()))
        .collect();
    meta.revs = bounded(std::iter::once(id).chain(winner).chain(loser));
    meta.merged = bounded(settled);
    meta.stamps = stamps;
    Merged {
        relation,
        record,
        conflicts,
        default_side,
    }
}
