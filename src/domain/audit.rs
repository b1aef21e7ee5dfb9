//! Tamper-evident history: each entry of a case's audit trail carries the SHA-256 of the
//! previous entry's hash and its own content, so changing, removing or reordering any entry
//! breaks every hash after it. The export carries the hashes; import recomputes them.

use serde::Serialize;
use sha2::{Digest, Sha256};

/// The hash before the first entry.
pub const GENESIS: &str = "";

/// The hash of one entry after `prev`: SHA-256 over `prev`, a separator and the entry's
/// canonical JSON (field order is fixed by the struct), as lower-case hex.
pub fn link_hash<T: Serialize>(prev: &str, entry: &T) -> String {
    let json = serde_json::to_string(entry).unwrap_or_default();
    let mut hasher = Sha256::new();
    hasher.update(prev.as_bytes());
    hasher.update(b"\n");
    hasher.update(json.as_bytes());
    hasher
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Where a chain stops matching its entries.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChainBreak {
    /// 0-based index of the first entry whose stored hash is wrong.
    pub index: usize,
}

/// Checks stored hashes against entries. Entries without a hash (written before chaining
/// existed) are accepted only as a prefix: once a hash appears, every later entry needs one.
pub fn verify<T: Serialize>(entries: &[(T, &str)]) -> Result<(), ChainBreak> {
    let mut prev = GENESIS.to_string();
    let mut chained = false;
    for (index, (entry, stored)) in entries.iter().enumerate() {
        let expected = link_hash(&prev, entry);
        if stored.is_empty() && !chained {
            prev = expected;
            continue;
        }
        chained = true;
        if *stored != expected {
            return Err(ChainBreak { index });
        }
        prev = expected;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Serialize)]
    struct E(&'static str);

    fn chain(items: &[&'static str]) -> Vec<(E, String)> {
        let mut prev = GENESIS.to_string();
        items
            .iter()
            .map(|s| {
                let h = link_hash(&prev, &E(s));
                prev = h.clone();
                (E(s), h)
            })
            .collect()
    }

    fn check(c: &[(E, String)]) -> Result<(), ChainBreak> {
        let view: Vec<(&E, &str)> = c.iter().map(|(e, h)| (e, h.as_str())).collect();
        verify(&view)
    }

    #[test]
    fn an_intact_chain_verifies() {
        assert_eq!(check(&chain(&["a", "b", "c"])), Ok(()));
        assert_eq!(link_hash(GENESIS, &E("a")).len(), 64);
    }

    #[test]
    fn editing_reordering_or_dropping_an_entry_is_caught() {
        let mut edited = chain(&["a", "b", "c"]);
        edited[1].0 = E("B");
        assert_eq!(check(&edited), Err(ChainBreak { index: 1 }));

        let mut swapped = chain(&["a", "b", "c"]);
        swapped.swap(0, 1);
        assert_eq!(check(&swapped), Err(ChainBreak { index: 0 }));

        let mut dropped = chain(&["a", "b", "c"]);
        dropped.remove(1);
        assert_eq!(check(&dropped), Err(ChainBreak { index: 1 }));
    }

    #[test]
    fn unhashed_entries_are_accepted_only_before_the_chain_starts() {
        let mut c = chain(&["a", "b"]);
        c[0].1 = String::new();
        assert_eq!(check(&c), Ok(()), "a legacy prefix");
        let mut c = chain(&["a", "b"]);
        c[1].1 = String::new();
        assert_eq!(
            check(&c),
            Err(ChainBreak { index: 1 }),
            "a hash removed later"
        );
    }
}
