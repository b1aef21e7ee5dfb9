//! What a replication round asks for and sends, worked out from the protocol's answers
//! (CouchDB's replication protocol, as PouchDB and Cloudant speak it):
//!
//! - **pull**: `_changes?style=all_docs&since=<checkpoint>` lists documents and their leaf
//!   revisions; [`pull_wanted`] keeps the revisions this replica lacks, to be fetched with
//!   `_bulk_get` (or `open_revs` where a server has no `_bulk_get`), in [`batches`].
//! - **push**: [`revs_diff_request`] names the leaves of the documents changed here since the
//!   checkpoint; the server's `_revs_diff` answer says which it lacks, and [`push_docs`] lists
//!   those with their histories for `_bulk_docs` with `new_edits: false`.
//! - **checkpoints**: one `_local/<replication id>` document on each side ([`replication_id`]);
//!   a round starts from the last sequence both sides recorded for the same session
//!   ([`start_from`]).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;
use sha2::{Digest, Sha256};

use super::tree::{RevId, RevTree, Revisions};

/// One row of `_changes?style=all_docs`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Change {
    pub id: String,
    /// Opaque: a number (PouchDB Server, CouchDB 1) or a string (CouchDB 2+).
    pub seq: Value,
    pub changes: Vec<ChangeRev>,
    #[serde(default)]
    pub deleted: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChangeRev {
    pub rev: String,
}

/// The revisions to fetch, by document: those `_changes` lists that `local` does not know.
/// Revisions that are not `N-hash` are skipped (a server would not send them).
pub fn pull_wanted<'a>(
    changes: &[Change],
    local: impl Fn(&str) -> Option<&'a RevTree>,
) -> BTreeMap<String, Vec<RevId>> {
    let mut wanted: BTreeMap<String, Vec<RevId>> = BTreeMap::new();
    for change in changes {
        let revs: Vec<RevId> = change
            .changes
            .iter()
            .filter_map(|c| RevId::parse(&c.rev).ok())
            .collect();
        let missing = match local(&change.id) {
            Some(tree) => tree.missing(&revs),
            None => revs,
        };
        if !missing.is_empty() {
            let entry = wanted.entry(change.id.clone()).or_default();
            entry.extend(missing);
            entry.sort();
            entry.dedup();
        }
    }
    wanted
}

/// The body of `_revs_diff`: each changed document's leaf revisions.
pub fn revs_diff_request<'a>(
    changed: impl IntoIterator<Item = (&'a str, &'a RevTree)>,
) -> BTreeMap<String, Vec<String>> {
    changed
        .into_iter()
        .map(|(id, tree)| {
            let leaves = tree.leaves().iter().map(RevId::to_string).collect();
            (id.to_owned(), leaves)
        })
        .collect()
}

/// One document's entry in a `_revs_diff` answer.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RevsDiffEntry {
    #[serde(default)]
    pub missing: Vec<String>,
    #[serde(default)]
    pub possible_ancestors: Vec<String>,
}

/// A revision to send with `_bulk_docs` (`new_edits: false`): the document's id, the
/// revision, its history and whether it is a deletion. The caller adds the body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outgoing {
    pub id: String,
    pub rev: RevId,
    pub revisions: Revisions,
    pub deleted: bool,
}

/// From a `_revs_diff` answer, the revisions the server lacks, with their histories (at most
/// `limit` revisions each), in document order.
pub fn push_docs<'a>(
    answer: &BTreeMap<String, RevsDiffEntry>,
    local: impl Fn(&str) -> Option<&'a RevTree>,
    limit: usize,
) -> Vec<Outgoing> {
    let mut out = Vec::new();
    for (id, entry) in answer {
        let Some(tree) = local(id) else { continue };
        for rev in entry.missing.iter().filter_map(|r| RevId::parse(r).ok()) {
            if tree.contains(&rev) {
                out.push(Outgoing {
                    id: id.clone(),
                    revisions: tree.revisions(&rev, limit),
                    deleted: tree.is_deleted(&rev),
                    rev,
                });
            }
        }
    }
    out
}

/// `items` in batches of at most `size` (at least 1), in order.
pub fn batches<T: Clone>(items: &[T], size: usize) -> Vec<Vec<T>> {
    items.chunks(size.max(1)).map(<[T]>::to_vec).collect()
}

/// The id of the `_local/` checkpoint documents of one replication: the same for the same
/// pair of databases and direction, whatever the session.
pub fn replication_id(local_db: &str, remote_db: &str, direction: Direction) -> String {
    let mut hasher = Sha256::new();
    for part in [local_db, "\u{0}", remote_db, "\u{0}", direction.key()] {
        hasher.update(part.as_bytes());
    }
    hasher
        .finalize()
        .iter()
        .take(16)
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    Push,
    Pull,
}

impl Direction {
    fn key(self) -> &'static str {
        match self {
            Direction::Push => "push",
            Direction::Pull => "pull",
        }
    }
}

/// What a `_local/` checkpoint document holds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Checkpoint {
    /// The session that wrote it: both sides' checkpoints agree only when it is the same.
    pub session_id: String,
    /// The last sequence whose changes are on both sides (opaque, as the server sent it).
    pub last_seq: Value,
}

/// Where a round starts: the checkpoint both sides hold for the same session, else the
/// beginning (`None`: `since=0`). Starting earlier than needed only re-reads known revisions.
pub fn start_from(local: Option<&Checkpoint>, remote: Option<&Checkpoint>) -> Option<Value> {
    match (local, remote) {
        (Some(l), Some(r)) if l.session_id == r.session_id && l.last_seq == r.last_seq => {
            Some(l.last_seq.clone())
        }
        _ => None,
    }
}
