//! Every stored record kind in one value, declared once by `dataset!` so that counting,
//! merging, previewing, copying and per-case filtering all cover every kind.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::merge::{merge_kind, preview_kind, Conflict, MergeOutcome, Preview, Side};
use crate::domain::case::Case;
use crate::domain::record::Record;

/// How many records of one kind, for previews and the data screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KindCount {
    pub kind: &'static str,
    pub live: usize,
    pub archived: usize,
}

macro_rules! dataset {
    ($($field:ident: $ty:ty),* $(,)?) => {
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
    };
}

dataset! {
    cases: Case,
}

fn count<R: Record>(items: &[R]) -> KindCount {
    let archived = items.iter().filter(|r| r.meta().deleted).count();
    KindCount {
        kind: R::KIND,
        live: items.len() - archived,
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
