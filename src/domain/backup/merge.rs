//! Merge and preview of one record kind, version by version as `domain::revision` decides:
//! a descendant wins over its ancestor; two versions that both changed since they parted
//! merge field by field, and only fields both changed are conflicts, settled by a person's
//! choice or by a fixed order. Merging is commutative and idempotent.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::Dataset;
use crate::domain::record::Record;
use crate::domain::revision::{merge_versions, relation, Relation};
pub use crate::domain::revision::{PathDiff, Side};

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

/// A record whose fields were changed on both sides.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Conflict {
    pub kind: &'static str,
    pub id: Uuid,
    /// The case the record belongs to (the record itself for a case).
    pub case_id: Option<Uuid>,
    pub ours_label: String,
    pub theirs_label: String,
    pub ours_updated: DateTime<Utc>,
    pub theirs_updated: DateTime<Utc>,
    pub rev: u32,
    /// The fields both sides changed, with each side's value.
    pub fields: Vec<PathDiff>,
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
    /// Changed on both sides, on different fields: merged without asking.
    pub merged: usize,
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
            .map(|k| k.only_here + k.older + k.conflicts + k.newer + k.merged)
            .sum()
    }

    pub fn total_conflicts(&self) -> usize {
        self.kinds.iter().map(|k| k.conflicts).sum()
    }
}

pub(crate) fn merge_kind<R: Record>(
    ours: &[R],
    theirs: &[R],
    choices: &BTreeMap<Uuid, Side>,
    conflicts: &mut Vec<Conflict>,
) -> Vec<R> {
    let mut by_id: BTreeMap<Uuid, R> = ours.iter().map(|r| (r.meta().id, r.clone())).collect();
    for t in theirs {
        let id = t.meta().id;
        let winner = match by_id.get(&id) {
            None => t.clone(),
            Some(o) => {
                let m = merge_versions(o, t, choices.get(&id).copied());
                if !m.conflicts.is_empty() {
                    conflicts.push(Conflict {
                        kind: R::KIND,
                        id,
                        case_id: o.case_id().or_else(|| (R::KIND == "cases").then_some(id)),
                        ours_label: o.label(),
                        theirs_label: t.label(),
                        ours_updated: o.meta().updated_at,
                        theirs_updated: t.meta().updated_at,
                        rev: t.meta().rev,
                        fields: m.conflicts,
                        default_side: m.default_side,
                    });
                }
                m.record
            }
        };
        by_id.insert(id, winner);
    }
    by_id.into_values().collect()
}

/// A record a restore would lose: on this device only, or changed here since the file's
/// version of it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Lost {
    pub kind: &'static str,
    pub id: Uuid,
    /// The case it belongs to (the record itself for a case).
    pub case_id: Option<Uuid>,
    pub label: String,
    /// `false`: only on this device; `true`: the file has it, without this device's edits.
    pub edited: bool,
}

pub fn lost_kind<R: Record>(ours: &[R], theirs: &[R], out: &mut Vec<Lost>) {
    let in_file: BTreeMap<Uuid, &R> = theirs.iter().map(|r| (r.meta().id, r)).collect();
    for o in ours {
        let id = o.meta().id;
        let edited = match in_file.get(&id) {
            None => false,
            Some(t) => match relation(o, *t) {
                Relation::Same | Relation::Newer => continue,
                Relation::Older | Relation::Diverged => true,
            },
        };
        if o.meta().deleted && !edited {
            // An archived record only here: a restore drops nothing anyone sees.
            continue;
        }
        out.push(Lost {
            kind: R::KIND,
            id,
            case_id: o.case_id().or_else(|| (R::KIND == "cases").then_some(id)),
            label: o.label(),
            edited,
        });
    }
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
                match relation(*o, t) {
                    Relation::Same => p.same += 1,
                    Relation::Newer => p.newer += 1,
                    Relation::Older => p.older += 1,
                    Relation::Diverged => {
                        if merge_versions(*o, t, None).conflicts.is_empty() {
                            p.merged += 1;
                        } else {
                            p.conflicts += 1;
                        }
                    }
                }
            }
        }
    }
    p.only_here = ours.len().saturating_sub(seen);
    p
}
