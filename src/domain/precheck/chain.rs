//! The audit trail's hash chain (tamper evidence): every entry carries the SHA-256 of the
//! previous entry's hash and its own time, person and change, so altering, removing or
//! reordering an entry breaks the chain from there on. Only the merge window (see `edit.rs`)
//! rewrites an entry, and only the last one, whose hash is then recomputed.

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::audit::{AuditEntry, AuditWhat};
use super::Precheck;
use crate::domain::audit::{link_hash, verify, ChainBreak, ChainHead, GENESIS};

/// What an entry's hash covers (everything but the hash itself).
#[derive(Serialize)]
struct Hashed<'a> {
    at: &'a DateTime<Utc>,
    who: &'a str,
    what: &'a AuditWhat,
}

impl AuditEntry {
    /// A new entry chained after the entry whose hash is `prev` ([`GENESIS`] for the first).
    pub(super) fn chained(prev: &str, at: DateTime<Utc>, who: &str, what: AuditWhat) -> Self {
        let mut entry = AuditEntry {
            at,
            who: who.to_owned(),
            what,
            hash: String::new(),
        };
        entry.hash = entry.link(prev);
        entry
    }

    /// This entry's hash after `prev`.
    fn link(&self, prev: &str) -> String {
        link_hash(prev, &self.hashed())
    }

    fn hashed(&self) -> Hashed<'_> {
        Hashed {
            at: &self.at,
            who: &self.who,
            what: &self.what,
        }
    }
}

impl Precheck {
    /// Appends an entry to the audit trail, chained to the last one.
    pub(super) fn push_audit(&mut self, at: DateTime<Utc>, who: &str, what: AuditWhat) {
        chain_entries(&mut self.audit, false);
        let prev = tip(&self.audit);
        let entry = AuditEntry::chained(&prev, at, who, what);
        self.audit.push(entry);
        self.chain_head = Some(self.head());
    }

    fn head(&self) -> ChainHead {
        ChainHead::of(self.audit.iter().map(|e| e.hash.as_str()))
    }

    /// Sets the audit trail and the signatures to the union of two versions' (see
    /// `Record::union_logs`).
    pub(super) fn merge_trails(&mut self, a: &Precheck, b: &Precheck) {
        let key = |e: &AuditEntry| {
            (
                e.at,
                e.who.clone(),
                serde_json::to_string(&e.what).unwrap_or_default(),
            )
        };
        let mut entries = std::collections::BTreeMap::new();
        for e in a.audit.iter().chain(&b.audit) {
            entries.entry(key(e)).or_insert_with(|| e.clone());
        }
        self.audit = entries.into_values().collect();
        chain_entries(&mut self.audit, true);
        self.chain_head = Some(self.head());
        let mut signoffs: std::collections::BTreeMap<_, super::Signoff> =
            std::collections::BTreeMap::new();
        for s in a.signoffs.iter().chain(&b.signoffs) {
            let k = (s.at, s.level, s.name.clone());
            match signoffs.get_mut(&k) {
                Some(kept) => {
                    kept.invalidated_at = match (kept.invalidated_at, s.invalidated_at) {
                        (Some(x), Some(y)) => Some(x.min(y)),
                        (x, y) => x.or(y),
                    };
                }
                None => {
                    signoffs.insert(k, s.clone());
                }
            }
        }
        self.signoffs = signoffs.into_values().collect();
    }

    /// Keeps the head of a trail saved before heads were kept, if the trail is intact, so
    /// that an exported file shows a removed tail. Returns whether anything changed.
    pub fn seal_chain(&mut self) -> bool {
        if self.chain_head.is_some() || self.verify_trail().is_err() {
            return false;
        }
        self.chain_head = Some(self.head());
        true
    }

    /// Recomputes the last entry's hash after the merge window rewrote it.
    pub(super) fn rehash_last_audit(&mut self) {
        let n = self.audit.len();
        if n == 0 {
            return;
        }
        let prev = tip(&self.audit[..n - 1]);
        let last = &mut self.audit[n - 1];
        last.hash = last.link(&prev);
        self.chain_head = Some(self.head());
    }

    /// Checks the audit trail's hash chain: `Err` names the first entry (0-based) that was
    /// altered, removed or reordered. Entries written before chaining are accepted as a prefix.
    pub fn verify_trail(&self) -> Result<(), ChainBreak> {
        let entries: Vec<(Hashed<'_>, &str)> = self
            .audit
            .iter()
            .map(|e| (e.hashed(), e.hash.as_str()))
            .collect();
        verify(&entries, self.chain_head.as_ref())
    }
}

/// Hashes the entries in order: every one (`all`), or only those saved before chaining
/// existed (blank), so a trail this device keeps extending verifies as a whole.
fn chain_entries(entries: &mut [AuditEntry], all: bool) {
    let mut prev = GENESIS.to_owned();
    for e in entries.iter_mut() {
        if all || e.hash.is_empty() {
            e.hash = e.link(&prev);
        }
        prev = e.hash.clone();
    }
}

/// The hash the next entry chains to: the last stored hash, or for a trail written before
/// chaining (no hashes yet) the hash its entries would have had, as [`verify`] computes it.
fn tip(entries: &[AuditEntry]) -> String {
    match entries.last() {
        None => GENESIS.to_owned(),
        Some(e) if !e.hash.is_empty() => e.hash.clone(),
        Some(_) => entries.iter().fold(GENESIS.to_owned(), |prev, e| {
            if e.hash.is_empty() {
                e.link(&prev)
            } else {
                e.hash.clone()
            }
        }),
    }
}
