//! Team sync's pure core (issue #17): revision trees with CouchDB's winner rule, and the
//! planning of a replication round by CouchDB's protocol. The network, the checkpoints'
//! storage and the screens are in the UI layer; everything here is tested natively.

pub mod doc;
pub mod plan;
pub mod tree;

#[cfg(test)]
mod doc_tests;
#[cfg(test)]
mod tests;

pub use plan::{
    batches, pull_wanted, push_docs, replication_id, revs_diff_request, start_from, Change,
    ChangeRev, Checkpoint, Direction, Outgoing, RevsDiffEntry,
};
pub use tree::{BadRevId, Inserted, RevId, RevTree, Revisions, REVS_LIMIT};
