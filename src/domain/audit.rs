//! Tamper-evident history: each entry of a case's audit trail carries the SHA-256 of the
//! previous entry's hash and its own content, so changing, removing or reordering any entry
//! breaks every hash after it. The export carries the hashes; import recomputes them.
//!
//! The chain head (how many entries, and the last hash) is kept beside the entries, so that a
//! removed tail or an emptied history is caught too. See `docs/backup-format.md` for what the
//! chain proves and what it cannot.

use serde::{Deserialize, Serialize};
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

/// The end of a chain as the app last wrote it: the number of entries and the last hash.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChainHead {
    pub count: u32,
    pub last: String,
}

impl ChainHead {
    /// The head of a chain whose entries' stored hashes are `hashes`, in order.
    pub fn of<'a>(hashes: impl DoubleEndedIterator<Item = &'a str> + ExactSizeIterator) -> Self {
        let count = u32::try_from(hashes.len()).unwrap_or(u32::MAX);
        let last = hashes.last().unwrap_or(GENESIS).to_owned();
        ChainHead { count, last }
    }
}

/// Checks stored hashes against entries, and against the chain head when there is one.
/// A history always has its first entry, and every entry needs its hash: an empty history,
/// a blank or missing hash, a removed tail (fewer entries than the head counts) and added
/// entries are all breaks. Without a head (records saved before heads were kept) a removed
/// tail cannot be seen; an export seals the head of every record.
pub fn verify<T: Serialize>(
    entries: &[(T, &str)],
    head: Option<&ChainHead>,
) -> Result<(), ChainBreak> {
    if entries.is_empty() {
        return Err(ChainBreak { index: 0 });
    }
    let mut prev = GENESIS.to_string();
    for (index, (entry, stored)) in entries.iter().enumerate() {
        let expected = link_hash(&prev, entry);
        if *stored != expected {
            return Err(ChainBreak { index });
        }
        prev = expected;
    }
    if let Some(head) = head {
        let count = u32::try_from(entries.len()).unwrap_or(u32::MAX);
        if count != head.count {
            // Missing entries after the last one kept, or entries added after the head.
            let index = count.min(head.count) as usize;
            return Err(ChainBreak { index });
        }
        if head.last != prev {
            return Err(ChainBreak {
                index: entries.len() - 1,
            });
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Clone, Serialize)]
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
        verify(&view, None)
    }

    fn check_head(c: &[(E, String)], head: &ChainHead) -> Result<(), ChainBreak> {
        let view: Vec<(&E, &str)> = c.iter().map(|(e, h)| (e, h.as_str())).collect();
        verify(&view, Some(head))
    }

    fn head(c: &[(E, String)]) -> ChainHead {
        ChainHead::of(c.iter().map(|(_, h)| h.as_str()))
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
    fn blank_hashes_are_breaks_wherever_they_are() {
        let mut c = chain(&["a", "b"]);
        c[0].1 = String::new();
        assert_eq!(check(&c), Err(ChainBreak { index: 0 }));
        let mut c = chain(&["a", "b"]);
        c[1].1 = String::new();
        assert_eq!(check(&c), Err(ChainBreak { index: 1 }));
        // Every hash blanked and a time changed: still caught at the first entry.
        let mut c = chain(&["a", "b", "c"]);
        for e in &mut c {
            e.1 = String::new();
        }
        c[2].0 = E("C");
        assert_eq!(check(&c), Err(ChainBreak { index: 0 }));
    }

    #[test]
    fn the_head_catches_a_removed_tail_an_emptied_history_and_added_entries() {
        let c = chain(&["a", "b", "c"]);
        let h = head(&c);
        assert_eq!(h.count, 3);
        assert_eq!(check_head(&c, &h), Ok(()));
        let mut cut = c.clone();
        cut.pop();
        assert_eq!(
            check(&cut),
            Ok(()),
            "without the head a cut tail looks whole"
        );
        assert_eq!(check_head(&cut, &h), Err(ChainBreak { index: 2 }));
        assert_eq!(check_head(&[], &h), Err(ChainBreak { index: 0 }));
        assert_eq!(
            check(&[]),
            Err(ChainBreak { index: 0 }),
            "a history has its first entry"
        );
        let longer = chain(&["a", "b", "c", "d"]);
        assert_eq!(check_head(&longer, &h), Err(ChainBreak { index: 3 }));
        let other = chain(&["a", "b", "x"]);
        assert_eq!(check_head(&other, &h), Err(ChainBreak { index: 2 }));
    }
}
