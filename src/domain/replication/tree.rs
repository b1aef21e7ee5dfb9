//! A document's revision tree, as CouchDB keeps it: every revision id (`N-hash`) it knows,
//! each with its parent, and which leaves are deletions. Two replicas that insert the same
//! revisions, in any order, hold the same tree, the same winner and the same conflicts.

use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use serde::{Deserialize, Serialize};

/// A revision id `N-hash`: `pos` is the generation (1 for a new document).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct RevId {
    pub pos: u32,
    pub hash: String,
}

/// A string that is not `N-hash` with `N` ≥ 1 and a non-empty hash.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("not a revision id: {0:?}")]
pub struct BadRevId(pub String);

impl RevId {
    pub fn new(pos: u32, hash: impl Into<String>) -> RevId {
        RevId {
            pos,
            hash: hash.into(),
        }
    }

    pub fn parse(text: &str) -> Result<RevId, BadRevId> {
        let bad = || BadRevId(text.to_owned());
        let (pos, hash) = text.split_once('-').ok_or_else(bad)?;
        let pos: u32 = pos.parse().map_err(|_| bad())?;
        if pos == 0 || hash.is_empty() || hash.contains(char::is_whitespace) {
            return Err(bad());
        }
        Ok(RevId::new(pos, hash))
    }

    /// CouchDB's order of revisions: by generation, then by hash as a string.
    pub fn couch_cmp(&self, other: &RevId) -> Ordering {
        self.pos
            .cmp(&other.pos)
            .then_with(|| self.hash.cmp(&other.hash))
    }
}

impl fmt::Display for RevId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{}", self.pos, self.hash)
    }
}

impl TryFrom<String> for RevId {
    type Error = BadRevId;
    fn try_from(text: String) -> Result<Self, Self::Error> {
        RevId::parse(&text)
    }
}

impl From<RevId> for String {
    fn from(rev: RevId) -> String {
        rev.to_string()
    }
}

/// A branch of history as the replication protocol sends it (`_revisions`): the hashes from
/// the newest back, the newest at generation `start`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Revisions {
    pub start: u32,
    pub ids: Vec<String>,
}

impl Revisions {
    /// The revision ids, newest first.
    pub fn revs(&self) -> impl Iterator<Item = RevId> + '_ {
        self.ids
            .iter()
            .enumerate()
            .take_while(|(i, _)| (*i as u32) < self.start)
            .map(|(i, h)| RevId::new(self.start - i as u32, h.clone()))
    }
}

/// How many ancestors a branch keeps (CouchDB's `revs_limit` defaults to 1000; records here
/// are edited far less often, and the same bound keeps exports small).
pub const REVS_LIMIT: usize = 100;

/// Every known revision of one document.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RevTree {
    /// Each known revision and its parent (`None`: a root, or history stemmed away).
    nodes: BTreeMap<RevId, Option<RevId>>,
    /// Leaves that are deletions (tombstones).
    deleted: BTreeSet<RevId>,
}

/// What inserting a branch did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Inserted {
    /// Every revision was known already.
    Known,
    /// New revisions were added.
    Added,
}

impl RevTree {
    pub fn new() -> RevTree {
        RevTree::default()
    }

    pub fn is_empty(&self) -> bool {
        self.nodes.is_empty()
    }

    pub fn contains(&self, rev: &RevId) -> bool {
        self.nodes.contains_key(rev)
    }

    /// Adds a branch (`new_edits: false`): `history` newest first, each the parent's child;
    /// `deleted` says whether the newest is a deletion. Known revisions are kept as they are.
    pub fn insert(&mut self, history: &[RevId], deleted: bool) -> Inserted {
        let Some(leaf) = history.first() else {
            return Inserted::Known;
        };
        let mut added = false;
        for (i, rev) in history.iter().enumerate() {
            let parent = history.get(i + 1).cloned();
            match self.nodes.get_mut(rev) {
                None => {
                    self.nodes.insert(rev.clone(), parent);
                    added = true;
                }
                // A branch known only from a stemmed point learns its parent.
                Some(known @ None) if parent.is_some() => *known = parent,
                Some(_) => {}
            }
        }
        if added && deleted {
            self.deleted.insert(leaf.clone());
        }
        // A revision that now has a child is no longer a leaf: not a deleted leaf either.
        let parents: BTreeSet<RevId> = self.nodes.values().flatten().cloned().collect();
        self.deleted.retain(|r| !parents.contains(r));
        if added {
            Inserted::Added
        } else {
            Inserted::Known
        }
    }

    /// A new local edit on top of `parent` (or a new document): the child revision.
    pub fn edit(&mut self, parent: Option<&RevId>, child: RevId, deleted: bool) {
        let mut history = vec![child];
        if let Some(p) = parent {
            history.extend(self.history(p));
        }
        self.insert(&history, deleted);
    }

    /// The revisions that no other revision descends from.
    pub fn leaves(&self) -> Vec<RevId> {
        let parents: BTreeSet<&RevId> = self.nodes.values().flatten().collect();
        self.nodes
            .keys()
            .filter(|r| !parents.contains(r))
            .cloned()
            .collect()
    }

    pub fn is_deleted(&self, rev: &RevId) -> bool {
        self.deleted.contains(rev)
    }

    /// CouchDB's winning revision: a live leaf before a deleted one, then the highest
    /// generation, then the highest hash. Every replica with the same tree picks the same.
    pub fn winner(&self) -> Option<RevId> {
        self.leaves().into_iter().max_by(|a, b| {
            (!self.is_deleted(a))
                .cmp(&!self.is_deleted(b))
                .then_with(|| a.couch_cmp(b))
        })
    }

    /// The live leaves other than the winner: the conflicts a person should settle.
    pub fn conflicts(&self) -> Vec<RevId> {
        let winner = self.winner();
        let mut out: Vec<RevId> = self
            .leaves()
            .into_iter()
            .filter(|r| Some(r) != winner.as_ref() && !self.is_deleted(r))
            .collect();
        out.sort_by(|a, b| b.couch_cmp(a));
        out
    }

    /// Whether the document's winning revision is a deletion.
    pub fn winner_deleted(&self) -> bool {
        self.winner().is_some_and(|w| self.is_deleted(&w))
    }

    /// `rev` and its known ancestors, newest first.
    pub fn history(&self, rev: &RevId) -> Vec<RevId> {
        let mut out = Vec::new();
        let mut at = self.nodes.contains_key(rev).then(|| rev.clone());
        while let Some(r) = at {
            at = self.nodes.get(&r).cloned().flatten();
            out.push(r);
        }
        out
    }

    /// `rev`'s history in the protocol's form, at most `limit` revisions.
    pub fn revisions(&self, rev: &RevId, limit: usize) -> Revisions {
        let history = self.history(rev);
        Revisions {
            start: rev.pos,
            ids: history.iter().take(limit).map(|r| r.hash.clone()).collect(),
        }
    }

    /// Of `revs`, the ones this tree does not know (`_revs_diff`'s answer for one document).
    pub fn missing(&self, revs: &[RevId]) -> Vec<RevId> {
        let mut out: Vec<RevId> = revs.iter().filter(|r| !self.contains(r)).cloned().collect();
        out.sort();
        out.dedup();
        out
    }

    /// Ends a conflict: deletes every live leaf but `keep` (each gets a deletion child made by
    /// `tombstone`, as CouchDB resolves a conflict), so `keep` wins on every replica.
    pub fn resolve(&mut self, keep: &RevId, mut tombstone: impl FnMut(&RevId) -> RevId) {
        for loser in self.conflicts_against(keep) {
            let child = tombstone(&loser);
            self.edit(Some(&loser), child, true);
        }
    }

    fn conflicts_against(&self, keep: &RevId) -> Vec<RevId> {
        self.leaves()
            .into_iter()
            .filter(|r| r != keep && !self.is_deleted(r))
            .collect()
    }

    /// Forgets ancestors more than `limit` revisions back from every leaf (`revs_limit`).
    pub fn stem(&mut self, limit: usize) {
        let mut keep: BTreeSet<RevId> = BTreeSet::new();
        for leaf in self.leaves() {
            keep.extend(self.history(&leaf).into_iter().take(limit.max(1)));
        }
        self.nodes.retain(|r, _| keep.contains(r));
        for parent in self.nodes.values_mut() {
            if parent.as_ref().is_some_and(|p| !keep.contains(p)) {
                *parent = None;
            }
        }
        self.deleted.retain(|r| keep.contains(r));
    }
}
