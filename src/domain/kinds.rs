//! The one place a stored record kind is registered. `kinds!` declares each kind once and
//! generates what every layer needs: [`Dataset`] (all data as lists: export, import, merge,
//! per-case filtering, counting), [`Tables`] (the data in memory as maps behind `Rc`, so a
//! change clones one map, not the data), [`AnyRecord`] (one record of any kind, for actions and
//! messages) and the [`Kind`] trait that connects a record type to its table.
//!
//! Adding a kind: one line in `kinds!` below, and a bump of the IndexedDB schema version.

use std::collections::BTreeMap;
use std::rc::Rc;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::backup::{merge_kind, preview_kind, Conflict, MergeOutcome, Preview, Side};
use crate::domain::case::Case;
use crate::domain::drill::{RunRecord, ScenarioRecord};
use crate::domain::library::{CustomService, StoredHolidayYear};
use crate::domain::plan::{Plan, Warning};
use crate::domain::precheck::Precheck;
use crate::domain::record::Record;
use crate::domain::response::Failure;
use crate::domain::retro::Retro;

/// How many records of one kind, for previews and the data screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KindCount {
    pub kind: &'static str,
    pub live: usize,
    pub archived: usize,
}

macro_rules! kinds {
    ($($field:ident: $ty:ident),* $(,)?) => {
        /// All the data of the app, one list per record kind (each kind its own object store).
        #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
        pub struct Dataset {
            $( #[serde(default)] pub $field: Vec<$ty>, )*
        }

        impl Dataset {
            /// The record kinds, which are also the object store names.
            pub const KINDS: &'static [&'static str] = &[$(<$ty as Record>::KIND),*];

            pub fn counts(&self) -> Vec<KindCount> {
                vec![$(count(&self.$field)),*]
            }

            /// Every record's bookkeeping as `(kind, position in its list, meta)`.
            pub fn metas(&self) -> Vec<(&'static str, usize, &crate::domain::record::Meta)> {
                let mut out = Vec::with_capacity(self.len());
                $( for (i, r) in self.$field.iter().enumerate() {
                    out.push((<$ty as Record>::KIND, i, r.meta()));
                } )*
                out
            }

            /// Every record as `(kind, meta, its JSON text)`, in kind order: what storage writes.
            pub fn to_stored(&self) -> Result<Vec<(&'static str, &crate::domain::record::Meta, String)>, serde_json::Error> {
                let mut out = Vec::with_capacity(self.len());
                $( for r in &self.$field {
                    out.push((<$ty as Record>::KIND, r.meta(), crate::domain::json::to_json(r)?));
                } )*
                Ok(out)
            }

            /// Records `start..start + len` in the order of [`Dataset::to_stored`], serialised:
            /// a long write serialises one slice at a time between its waits.
            pub fn stored_slice(&self, start: usize, len: usize) -> Result<Vec<(&'static str, &crate::domain::record::Meta, String)>, serde_json::Error> {
                let mut out = Vec::with_capacity(len);
                let (mut skip, mut want) = (start, len);
                $(
                    let n = self.$field.len();
                    if skip >= n {
                        skip -= n;
                    } else if want > 0 {
                        for r in self.$field[skip..].iter().take(want) {
                            out.push((<$ty as Record>::KIND, r.meta(), crate::domain::json::to_json(r)?));
                        }
                        want -= (n - skip).min(want);
                        skip = 0;
                    }
                )*
                // The last kind's countdown is written and not read again.
                let _ = (skip, want);
                Ok(out)
            }

            /// Records in all kinds.
            pub fn len(&self) -> usize {
                0 $(+ self.$field.len())*
            }

            pub fn is_empty(&self) -> bool {
                self.len() == 0
            }

            /// Records changed after `since` (all of them when there was no export yet).
            pub fn changed_since(&self, since: Option<DateTime<Utc>>) -> usize {
                0 $(+ self.$field.iter().filter(|r| since.is_none_or(|s| r.meta().updated_at > s)).count())*
            }

            /// How many records of `merged` differ from this dataset's (new or changed): what
            /// an import really changes.
            pub fn changed_by(&self, merged: &Dataset) -> usize {
                0 $(+ changed_in(&self.$field, &merged.$field))*
            }

            /// Only the records of `merged` that differ from this dataset's.
            pub fn changes_in(&self, merged: &Dataset) -> Dataset {
                Dataset {
                    $( $field: {
                        let here: BTreeMap<Uuid, &$ty> =
                            self.$field.iter().map(|o| (o.meta().id, o)).collect();
                        merged.$field.iter().filter(|r| {
                            here.get(&r.meta().id).is_none_or(|o| *o != *r)
                        }).cloned().collect()
                    }, )*
                }
            }

            /// What restoring `theirs` over this dataset would lose, record by record.
            pub fn restore_losses(&self, theirs: &Dataset) -> Vec<crate::domain::backup::Lost> {
                let mut out = Vec::new();
                $( crate::domain::backup::lost_kind(&self.$field, &theirs.$field, &mut out); )*
                out
            }

            /// The duplicate ids inside one kind, which no valid file contains.
            pub fn duplicate_ids(&self) -> Vec<(&'static str, Uuid)> {
                let mut out = Vec::new();
                $( out.extend(duplicates(&self.$field).into_iter().map(|id| (<$ty as Record>::KIND, id))); )*
                out
            }

            /// One case with everything attached to it.
            pub fn for_case(&self, case_id: Uuid) -> Dataset {
                Dataset {
                    $( $field: self.$field.iter().filter(|r| r.case_id() == Some(case_id)).cloned().collect(), )*
                }
            }

            /// What importing `theirs` into `self` would do, kind by kind.
            pub fn preview(&self, theirs: &Dataset) -> Preview {
                Preview { kinds: vec![$(preview_kind(&self.$field, &theirs.$field)),*] }
            }

            /// Merges `theirs` into `self`: union by id, the newer revision wins, and records
            /// changed on both sides from the same revision are conflicts, settled by
            /// `choices` where a person chose and by a fixed rule otherwise.
            pub fn merge(&self, theirs: &Dataset, choices: &BTreeMap<Uuid, Side>) -> MergeOutcome {
                let mut conflicts: Vec<Conflict> = Vec::new();
                let merged = Dataset {
                    $( $field: merge_kind(&self.$field, &theirs.$field, choices, &mut conflicts), )*
                };
                MergeOutcome { merged, conflicts }
            }

            /// The same records under fresh ids (rev 1, timestamps `now`), with the records
            /// that belong to a case moved to the copy of that case.
            pub fn as_copies(&self, mut fresh_id: impl FnMut() -> Uuid, now: DateTime<Utc>) -> Dataset {
                let mut map: BTreeMap<Uuid, Uuid> = BTreeMap::new();
                $( for r in &self.$field { map.insert(r.meta().id, fresh_id()); } )*
                Dataset {
                    $( $field: self.$field.iter().map(|r| copy_of(r, &map, now)).collect(), )*
                }
            }
        }

        /// The data in memory: one map per kind.
        #[derive(Clone, Debug, Default, PartialEq)]
        pub struct Tables {
            $( pub $field: Rc<BTreeMap<Uuid, Rc<$ty>>>, )*
        }

        impl Tables {
            pub fn from_dataset(data: Dataset) -> Tables {
                Tables {
                    $( $field: Rc::new(data.$field.into_iter().map(|r| (r.meta().id, Rc::new(r))).collect()), )*
                }
            }

            /// The same tables: every kind's map is the same allocation (so nothing changed).
            pub fn same_as(&self, other: &Tables) -> bool {
                true $( && Rc::ptr_eq(&self.$field, &other.$field) )*
            }

            pub fn to_dataset(&self) -> Dataset {
                Dataset {
                    $( $field: self.$field.values().map(|r| r.as_ref().clone()).collect(), )*
                }
            }

            /// Live and archived records per kind, counted in place.
            pub fn counts(&self) -> Vec<KindCount> {
                vec![$(count_of::<$ty>(self.$field.values().map(|r| r.as_ref()))),*]
            }

            /// Records in all kinds.
            pub fn len(&self) -> usize {
                0 $(+ self.$field.len())*
            }

            pub fn is_empty(&self) -> bool {
                self.len() == 0
            }

            /// Records changed after `since` (all of them when there was no export yet).
            pub fn changed_since(&self, since: Option<DateTime<Utc>>) -> usize {
                0 $(+ self.$field.values().filter(|r| since.is_none_or(|s| r.meta().updated_at > s)).count())*
            }

            /// Every record's document id and the revisions team sync offers the server (see
            /// `domain::replication::doc`), skipping those `skip` names (edits not stored yet).
            pub fn sync_leaves(&self, skip: impl Fn(&'static str, Uuid) -> bool) -> Vec<(&'static str, Uuid, Vec<String>)> {
                let mut out = Vec::new();
                $( for (id, r) in self.$field.iter() {
                    let kind = <$ty as Record>::KIND;
                    if !skip(kind, *id) {
                        out.push((kind, *id, crate::domain::replication::doc::leaves(r.as_ref())));
                    }
                } )*
                out
            }

            /// Records that carry versions in conflict (from team sync): kind, id, and the
            /// case they belong to (a case: itself).
            pub fn with_conflicts(&self) -> Vec<(&'static str, Uuid, Option<Uuid>)> {
                let mut out = Vec::new();
                $( for (id, r) in self.$field.iter() {
                    if !r.meta().conflicts.is_empty() {
                        let kind = <$ty as Record>::KIND;
                        let case = if kind == Case::KIND { Some(*id) } else { r.case_id() };
                        out.push((kind, *id, case));
                    }
                } )*
                out
            }

            /// Stores a record; `false` when it was already there unchanged.
            pub fn put(&mut self, record: AnyRecord) -> bool {
                match record {
                    $( AnyRecord::$ty(r) => put_in(&mut self.$field, r), )*
                }
            }

            /// The record with this id in the named kind, for saving it again.
            pub fn find(&self, kind: &str, id: Uuid) -> Option<AnyRecord> {
                match kind {
                    $( k if k == <$ty as Record>::KIND => self.$field.get(&id).map(|r| AnyRecord::$ty(r.as_ref().clone())), )*
                    _ => None,
                }
            }
        }

        /// One record of any kind. Serialises as the record itself.
        #[derive(Clone, Debug, PartialEq, Serialize)]
        #[serde(untagged)]
        pub enum AnyRecord {
            $( $ty($ty), )*
        }

        impl AnyRecord {
            pub fn kind(&self) -> &'static str {
                match self {
                    $( AnyRecord::$ty(_) => <$ty as Record>::KIND, )*
                }
            }

            pub fn id(&self) -> Uuid {
                self.meta().id
            }

            pub fn meta(&self) -> &crate::domain::record::Meta {
                match self {
                    $( AnyRecord::$ty(r) => r.meta(), )*
                }
            }

            /// Gives this version about to be saved its revision id and field stamps, against
            /// `base`, the version it was made from (see `domain::revision::restamp`).
            pub fn restamp(&mut self, base: Option<&AnyRecord>) {
                match (self, base) {
                    $( (AnyRecord::$ty(r), Some(AnyRecord::$ty(b))) => crate::domain::revision::restamp(Some(b), r), )*
                    $( (AnyRecord::$ty(r), _) => crate::domain::revision::restamp(None, r), )*
                }
            }

            /// Merges `mine` (this tab's edit) with `stored` (a newer version saved elsewhere)
            /// field by field; fields both changed keep mine. `None` if the kinds differ.
            pub fn merged_onto(&self, stored: &AnyRecord) -> Option<AnyRecord> {
                match (self, stored) {
                    $( (AnyRecord::$ty(mine), AnyRecord::$ty(theirs)) => Some(AnyRecord::$ty(
                        crate::domain::revision::merge_versions(theirs, mine, Some(crate::domain::revision::Side::Theirs)).record,
                    )), )*
                    _ => None,
                }
            }

            /// Puts this edit on top of a stored revision (keeping "mine" in a conflict).
            pub fn rebase(&mut self, stored_rev: u32, now: DateTime<Utc>) {
                let meta = match self {
                    $( AnyRecord::$ty(r) => r.meta_mut(), )*
                };
                meta.rev = stored_rev;
                meta.touch(now);
            }

            /// Takes the revisions a server sent for the record `id` of `kind` into `local`
            /// (see `domain::replication::doc::reconcile`): the version to store, or `None`
            /// when nothing changes. `Err` for an unknown kind or an unreadable document.
            pub fn reconcile_docs(
                kind: &str,
                id: Uuid,
                local: Option<&AnyRecord>,
                docs: &[serde_json::Value],
            ) -> Result<Option<AnyRecord>, crate::domain::replication::doc::BadDoc> {
                use crate::domain::replication::doc::{incoming, reconcile, BadDoc};
                match kind {
                    $( k if k == <$ty as Record>::KIND => {
                        let local = match local {
                            Some(AnyRecord::$ty(r)) => Some(r),
                            _ => None,
                        };
                        let sent = docs.iter().map(|d| incoming::<$ty>(id, d)).collect::<Result<Vec<_>, BadDoc>>()?;
                        Ok(reconcile(local, sent).map(AnyRecord::$ty))
                    } )*
                    _ => Err(BadDoc::NotARecord(format!("unknown kind {kind}"))),
                }
            }

            /// The documents to send for the revisions of this record the server lacks.
            pub fn outgoing_docs(&self, missing: &[crate::domain::replication::RevId]) -> Vec<serde_json::Value> {
                match self {
                    $( AnyRecord::$ty(r) => crate::domain::replication::doc::outgoing(r, missing), )*
                }
            }

            /// Whether this replica has the revision already.
            pub fn knows(&self, rev: &crate::domain::replication::RevId) -> bool {
                match self {
                    $( AnyRecord::$ty(r) => crate::domain::replication::doc::knows(r, rev), )*
                }
            }

            /// The versions in conflict with this one, read back (see `Meta.conflicts`).
            pub fn conflict_versions(&self) -> Vec<AnyRecord> {
                match self {
                    $( AnyRecord::$ty(r) => crate::domain::replication::doc::conflict_versions(r).into_iter().map(AnyRecord::$ty).collect(), )*
                }
            }

            /// The fields where `other` differs from this version: path, this value, other value.
            pub fn field_diffs(&self, other: &AnyRecord) -> Vec<crate::domain::revision::PathDiff> {
                match (self, other) {
                    $( (AnyRecord::$ty(a), AnyRecord::$ty(b)) => {
                        let (x, y) = (crate::domain::revision::content(a), crate::domain::revision::content(b));
                        x.keys().chain(y.keys()).collect::<std::collections::BTreeSet<_>>().into_iter()
                            .filter(|p| x.get(*p) != y.get(*p))
                            .map(|p| crate::domain::revision::PathDiff { path: p.clone(), ours: x.get(p).cloned(), theirs: y.get(p).cloned() })
                            .collect()
                    } )*
                    _ => Vec::new(),
                }
            }

            /// Settles this record's conflicts: every waiting version merged in field by field,
            /// and where both changed a field, `side` decides (`Ours`: the version shown).
            pub fn resolve_conflicts(&self, side: crate::domain::revision::Side, now: DateTime<Utc>) -> AnyRecord {
                match self {
                    $( AnyRecord::$ty(shown) => {
                        let mut chosen = shown.clone();
                        chosen.meta_mut().conflicts.clear();
                        for other in crate::domain::replication::doc::conflict_versions(shown) {
                            chosen = crate::domain::revision::merge_versions(&chosen, &other, Some(side)).record;
                        }
                        AnyRecord::$ty(crate::domain::replication::doc::settle(shown, chosen, now))
                    } )*
                }
            }

            /// Settles this record's conflicts field by field: with the waiting version `other`
            /// (an index into the waiting versions), its values for the fields in
            /// `take_other`, the shown one's elsewhere (see `domain::replication::doc::combine`).
            /// `None` when the fields do not make a valid record together.
            pub fn combine_conflict(&self, other: usize, take_other: &[String], now: DateTime<Utc>) -> Option<AnyRecord> {
                match self {
                    $( AnyRecord::$ty(shown) => {
                        let waiting = crate::domain::replication::doc::conflict_versions(shown);
                        let chosen = crate::domain::replication::doc::combine(shown, waiting.get(other)?, take_other)?;
                        Some(AnyRecord::$ty(crate::domain::replication::doc::settle(shown, chosen, now)))
                    } )*
                }
            }

            /// A short human label (see `Record::label`).
            pub fn label(&self) -> String {
                match self {
                    $( AnyRecord::$ty(r) => r.label(), )*
                }
            }

            /// A hash-chained history in this version that does not verify (a case's timeline,
            /// a precheck's sign-off trail): such a version is never taken in silently.
            pub fn altered_history(&self) -> bool {
                let mut data = Dataset::default();
                match self.clone() {
                    $( AnyRecord::$ty(r) => data.$field.push(r), )*
                }
                !crate::domain::backup::altered_histories(&data).is_empty()
            }

            /// Reads a record of the named kind from any serde source; `Ok(None)` for an
            /// unknown kind.
            pub fn deserialize_kind<'de, D: serde::Deserializer<'de>>(
                kind: &str,
                deserializer: D,
            ) -> Result<Option<AnyRecord>, D::Error> {
                match kind {
                    $( k if k == <$ty as Record>::KIND => <$ty>::deserialize(deserializer).map(|r| Some(AnyRecord::$ty(r))), )*
                    _ => Ok(None),
                }
            }
        }

        $(
            impl Kind for $ty {
                fn table(tables: &Tables) -> &Rc<BTreeMap<Uuid, Rc<Self>>> {
                    &tables.$field
                }

                fn wrap(self) -> AnyRecord {
                    AnyRecord::$ty(self)
                }
            }
        )*
    };
}

kinds! {
    cases: Case,
    service_types: CustomService,
    holiday_years: StoredHolidayYear,
    plans: Plan,
    warnings: Warning,
    failures: Failure,
    retros: Retro,
    drill_scenarios: ScenarioRecord,
    drill_runs: RunRecord,
    prechecks: Precheck,
}

/// A record type that has a table in [`Tables`] and a variant in [`AnyRecord`].
pub trait Kind: Record {
    fn table(tables: &Tables) -> &Rc<BTreeMap<Uuid, Rc<Self>>>;
    fn wrap(self) -> AnyRecord;
}

impl Tables {
    /// One record by id.
    pub fn get<R: Kind>(&self, id: Uuid) -> Option<Rc<R>> {
        R::table(self).get(&id).cloned()
    }

    /// Every record of a kind.
    pub fn all<R: Kind>(&self) -> impl Iterator<Item = &Rc<R>> {
        R::table(self).values()
    }
}

fn changed_in<R: Record>(ours: &[R], merged: &[R]) -> usize {
    let by_id: BTreeMap<Uuid, &R> = ours.iter().map(|r| (r.meta().id, r)).collect();
    merged
        .iter()
        .filter(|r| by_id.get(&r.meta().id) != Some(r))
        .count()
}

fn put_in<R: Record>(table: &mut Rc<BTreeMap<Uuid, Rc<R>>>, record: R) -> bool {
    let id = record.meta().id;
    if table.get(&id).map(|r| r.as_ref()) == Some(&record) {
        return false;
    }
    Rc::make_mut(table).insert(id, Rc::new(record));
    true
}

fn count<R: Record>(items: &[R]) -> KindCount {
    count_of::<R>(items.iter())
}

fn count_of<'a, R: Record + 'a>(items: impl ExactSizeIterator<Item = &'a R>) -> KindCount {
    let len = items.len();
    let archived = items.filter(|r| r.meta().deleted).count();
    KindCount {
        kind: R::KIND,
        live: len - archived,
        archived,
    }
}

fn duplicates<R: Record>(items: &[R]) -> Vec<Uuid> {
    let mut seen = std::collections::BTreeSet::new();
    items
        .iter()
        .filter(|r| !seen.insert(r.meta().id))
        .map(|r| r.meta().id)
        .collect()
}

fn copy_of<R: Record>(r: &R, map: &BTreeMap<Uuid, Uuid>, now: DateTime<Utc>) -> R {
    let mut copy = r.clone();
    copy.remap_ids(map);
    let meta = copy.meta_mut();
    meta.rev = 1;
    meta.created_at = now;
    meta.updated_at = now;
    copy
}

impl Dataset {
    /// Keeps the chain head of every case timeline and precheck trail saved before heads were
    /// kept (when intact), so that a file shows a removed tail. Run before writing an export.
    pub fn seal_chains(&mut self) {
        for c in &mut self.cases {
            c.seal_chain();
        }
        for p in &mut self.prechecks {
            p.seal_chain();
        }
    }
}
