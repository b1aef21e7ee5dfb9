//! Merge and preview of one record kind. The rule, for two versions of the same record:
//! the higher `rev` wins; at equal `rev` with different content both sides edited the same
//! revision, which is a conflict: a person's choice settles it, otherwise a fixed order does
//! (later `updated_at`, then the tombstone, then the larger canonical JSON). The order depends
//! only on the two versions, never on which side is "ours", so merging is commutative, and a
//! record merged with itself is itself, so merging is idempotent.

use std::cmp::Ordering;
use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::Dataset;
use crate::domain::record::Record;

/// Which version a person chose for a conflicting record.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    Ours,
    Theirs,
}

/// The three ways to bring a file in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportMode {
    /// Replace everything on this device with the file.
    Restore,
    /// Union by id; the newer revision wins; conflicts are listed.
    Merge,
    /// Add every record of the file under a new id.
    AddCopies,
}

/// A record both sides changed from the same revision.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Conflict {
    pub kind: &'static str,
    pub id: Uuid,
    pub ours_label: String,
    pub theirs_label: String,
    pub ours_updated: DateTime<Utc>,
    pub theirs_updated: DateTime<Utc>,
    pub rev: u32,
    /// The side the fixed rule picks when nobody chooses.
    pub default_side: Side,
}

#[derive(Clone, Debug, PartialEq)]
pub struct MergeOutcome {
    pub merged: Dataset,
    pub conflicts: Vec<Conflict>,
}

/// What an import would do to one kind.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct KindPreview {
    pub kind: &'static str,
    /// Records in the file.
    pub in_file: usize,
    /// Records on this device.
    pub on_device: usize,
    /// In the file only.
    pub new: usize,
    /// Newer in the file than here.
    pub newer: usize,
    /// Older in the file than here (ours is kept on merge).
    pub older: usize,
    pub same: usize,
    pub conflicts: usize,
    /// On this device only (gone after a restore).
    pub only_here: usize,
    /// Tombstones the file carries.
    pub deletions: usize,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Preview {
    pub kinds: Vec<KindPreview>,
}

impl Preview {
    /// Records a restore would lose or overwrite: everything here that the file does not hold
    /// in the same version.
    pub fn restore_loses(&self) -> usize {
        self.kinds
            .iter()
            .map(|k| k.only_here + k.older + k.conflicts + k.newer)
            .sum()
    }

    pub fn total_conflicts(&self) -> usize {
        self.kinds.iter().map(|k| k.conflicts).sum()
    }
}

/// The canonical text of a record, for the last tie-break and for equality checks.
fn canonical<R: Record>(r: &R) -> String {
    serde_json::to_string(r).unwrap_or_default()
}

/// Orders two versions of one record; `Greater` means `a` wins.
fn order<R: Record>(a: &R, b: &R) -> Ordering {
    let (ma, mb) = (a.meta(), b.meta());
    ma.rev
        .cmp(&mb.rev)
        .then(ma.updated_at.cmp(&mb.updated_at))
        .then(ma.deleted.cmp(&mb.deleted))
        .then_with(|| canonical(a).cmp(&canonical(b)))
}

fn is_conflict<R: Record>(a: &R, b: &R) -> bool {
    a.meta().rev == b.meta().rev && a != b
}

pub(crate) fn merge_kind<R: Record>(
    ours: &[R],
    theirs: &[R],
    choices: &BTreeMap<Uuid, Side>,
    conflicts: &mut Vec<Conflict>,
) -> Vec<R> {
    let mut by_id: BTreeMap<Uuid, &R> = ours.iter().map(|r| (r.meta().id, r)).collect();
    for t in theirs {
        let id = t.meta().id;
        let winner = match by_id.get(&id) {
            None => t,
            Some(o) if is_conflict(*o, t) => {
                let default_side = if order(*o, t) == Ordering::Less {
                    Side::Theirs
                } else {
                    Side::Ours
                };
                conflicts.push(Conflict {
                    kind: R::KIND,
                    id,
                    ours_label: o.label(),
                    theirs_label: t.label(),
                    ours_updated: o.meta().updated_at,
                    theirs_updated: t.meta().updated_at,
                    rev: t.meta().rev,
                    default_side,
                });
                match choices.get(&id).copied().unwrap_or(default_side) {
                    Side::Ours => *o,
                    Side::Theirs => t,
                }
            }
            Some(o) if order(*o, t) == Ordering::Less => t,
            Some(o) => *o,
        };
        by_id.insert(id, winner);
    }
    by_id.into_values().cloned().collect()
}

pub(crate) fn preview_kind<R: Record>(ours: &[R], theirs: &[R]) -> KindPreview {
    let by_id: BTreeMap<Uuid, &R> = ours.iter().map(|r| (r.meta().id, r)).collect();
    let mut p = KindPreview {
        kind: R::KIND,
        in_file: theirs.len(),
        on_device: ours.len(),
        ..KindPreview::default()
    };
    let mut seen = 0;
    for t in theirs {
        if t.meta().deleted {
            p.deletions += 1;
        }
        match by_id.get(&t.meta().id) {
            None => p.new += 1,
            Some(o) => {
                seen += 1;
                if *o == t {
                    p.same += 1;
                } else if is_conflict(*o, t) {
                    p.conflicts += 1;
                } else if order(*o, t) == Ordering::Less {
                    p.newer += 1;
                } else {
                    p.older += 1;
                }
            }
        }
    }
    p.only_here = ours.len().saturating_sub(seen);
    p
}
