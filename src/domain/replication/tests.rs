use std::collections::BTreeMap;

use proptest::prelude::*;
use serde_json::json;

use super::*;

fn r(text: &str) -> RevId {
    RevId::parse(text).expect("a revision id")
}

fn chain(texts: &[&str]) -> Vec<RevId> {
    texts.iter().map(|t| r(t)).collect()
}

#[test]
fn revision_ids_parse_print_and_refuse_what_is_not_one() {
    let rev = r("12-abc");
    assert_eq!((rev.pos, rev.hash.as_str()), (12, "abc"));
    assert_eq!(rev.to_string(), "12-abc");
    for bad in ["", "abc", "0-abc", "-abc", "3-", "x-abc", "3-a b"] {
        assert!(RevId::parse(bad).is_err(), "{bad:?} is not a revision id");
    }
    let json = serde_json::to_string(&rev).expect("serialises");
    assert_eq!(json, "\"12-abc\"");
    assert!(serde_json::from_str::<RevId>("\"nope\"").is_err());
}

#[test]
fn the_winner_is_a_live_leaf_of_the_highest_generation_then_the_highest_hash() {
    let mut tree = RevTree::new();
    tree.insert(&chain(&["2-aaa", "1-root"]), false);
    tree.insert(&chain(&["2-bbb", "1-root"]), false);
    assert_eq!(
        tree.winner(),
        Some(r("2-bbb")),
        "same generation: the higher hash"
    );
    assert_eq!(tree.conflicts(), vec![r("2-aaa")]);

    // A longer branch wins even with a lower hash.
    tree.insert(&chain(&["3-000", "2-aaa", "1-root"]), false);
    assert_eq!(tree.winner(), Some(r("3-000")));
    assert_eq!(tree.conflicts(), vec![r("2-bbb")]);

    // A deleted leaf loses to any live one, however long.
    tree.insert(&chain(&["4-zzz", "3-000", "2-aaa", "1-root"]), true);
    assert_eq!(tree.winner(), Some(r("2-bbb")));
    assert!(
        tree.conflicts().is_empty(),
        "deleted leaves are not conflicts"
    );
    assert!(!tree.winner_deleted());

    // Everything deleted: the document is deleted, and the winner is still well defined.
    tree.insert(&chain(&["3-ddd", "2-bbb", "1-root"]), true);
    assert_eq!(tree.winner(), Some(r("4-zzz")));
    assert!(tree.winner_deleted());
}

#[test]
fn inserting_is_idempotent_and_order_free() {
    let a = chain(&["3-c", "2-b", "1-a"]);
    let b = chain(&["2-x", "1-a"]);
    let mut one = RevTree::new();
    assert_eq!(one.insert(&a, false), Inserted::Added);
    one.insert(&b, false);
    assert_eq!(one.insert(&a, false), Inserted::Known);
    let mut two = RevTree::new();
    two.insert(&b, false);
    two.insert(&a, false);
    assert_eq!(one, two);
    assert_eq!(one.leaves(), vec![r("2-x"), r("3-c")]);
}

#[test]
fn a_branch_known_from_a_stemmed_point_joins_its_history() {
    let mut tree = RevTree::new();
    tree.insert(&chain(&["3-c"]), false);
    tree.insert(&chain(&["3-c", "2-b", "1-a"]), false);
    assert_eq!(tree.history(&r("3-c")), chain(&["3-c", "2-b", "1-a"]));
    assert_eq!(tree.leaves(), vec![r("3-c")]);
}

#[test]
fn stemming_keeps_the_last_revisions_of_every_branch() {
    let mut tree = RevTree::new();
    tree.insert(&chain(&["5-e", "4-d", "3-c", "2-b", "1-a"]), false);
    tree.insert(&chain(&["3-x", "2-b", "1-a"]), false);
    tree.stem(2);
    assert_eq!(tree.history(&r("5-e")), chain(&["5-e", "4-d"]));
    assert_eq!(tree.history(&r("3-x")), chain(&["3-x", "2-b"]));
    assert_eq!(tree.winner(), Some(r("5-e")));
    assert_eq!(tree.revisions(&r("5-e"), 10).ids, vec!["e", "d"]);
}

#[test]
fn resolving_a_conflict_deletes_the_losing_branches() {
    let mut tree = RevTree::new();
    tree.insert(&chain(&["2-a", "1-r"]), false);
    tree.insert(&chain(&["2-b", "1-r"]), false);
    tree.insert(&chain(&["2-c", "1-r"]), false);
    tree.resolve(&r("2-a"), |loser| {
        RevId::new(loser.pos + 1, format!("del{}", loser.hash))
    });
    assert_eq!(tree.winner(), Some(r("2-a")));
    assert!(tree.conflicts().is_empty());
    assert!(tree.is_deleted(&r("3-delb")) && tree.is_deleted(&r("3-delc")));
}

#[test]
fn pull_asks_only_for_revisions_this_replica_lacks() {
    let mut known = RevTree::new();
    known.insert(&chain(&["2-b", "1-a"]), false);
    let changes: Vec<Change> = serde_json::from_value(json!([
        { "seq": 4, "id": "case-1", "changes": [{ "rev": "2-b" }, { "rev": "3-c" }] },
        { "seq": "5-g1AAA", "id": "case-2", "changes": [{ "rev": "1-z" }], "deleted": true },
        { "seq": 6, "id": "case-3", "changes": [{ "rev": "not-a-rev" }] },
    ]))
    .expect("a changes page");
    let local: BTreeMap<String, RevTree> = [("case-1".to_string(), known)].into();
    let wanted = pull_wanted(&changes, |id| local.get(id));
    assert_eq!(
        wanted,
        BTreeMap::from([
            ("case-1".to_string(), vec![r("3-c")]),
            ("case-2".to_string(), vec![r("1-z")]),
        ])
    );
}

#[test]
fn push_sends_what_revs_diff_says_is_missing_with_its_history() {
    let mut tree = RevTree::new();
    tree.insert(&chain(&["3-c", "2-b", "1-a"]), false);
    tree.insert(&chain(&["2-x", "1-a"]), true);
    let local: BTreeMap<String, RevTree> = [("plan-1".to_string(), tree)].into();
    let request = revs_diff_request(local.iter().map(|(k, v)| (k.as_str(), v)));
    assert_eq!(request["plan-1"], vec!["2-x", "3-c"]);
    let answer: BTreeMap<String, RevsDiffEntry> = serde_json::from_value(
        json!({ "plan-1": { "missing": ["3-c", "2-x"], "possible_ancestors": ["1-a"] } }),
    )
    .expect("a revs_diff answer");
    let out = push_docs(&answer, |id| local.get(id), 2);
    assert_eq!(out.len(), 2);
    assert_eq!(out[0].rev, r("3-c"));
    assert_eq!(
        out[0].revisions,
        Revisions {
            start: 3,
            ids: vec!["c".into(), "b".into()]
        }
    );
    assert!(!out[0].deleted);
    assert_eq!(out[1].rev, r("2-x"));
    assert!(out[1].deleted);
}

#[test]
fn batches_are_bounded_and_keep_order() {
    let items: Vec<u32> = (1..=7).collect();
    assert_eq!(
        batches(&items, 3),
        vec![vec![1, 2, 3], vec![4, 5, 6], vec![7]]
    );
    assert_eq!(batches(&items, 0).len(), 7, "a batch holds at least one");
    assert!(batches::<u32>(&[], 5).is_empty());
}

#[test]
fn checkpoints_resume_only_when_both_sides_agree() {
    let id = replication_id("expedite-guard", "https://db.example/team", Direction::Push);
    assert_eq!(id.len(), 32);
    assert_eq!(
        id,
        replication_id("expedite-guard", "https://db.example/team", Direction::Push)
    );
    assert_ne!(
        id,
        replication_id("expedite-guard", "https://db.example/team", Direction::Pull)
    );
    let at = |session: &str, seq| Checkpoint {
        session_id: session.into(),
        last_seq: json!(seq),
    };
    assert_eq!(
        start_from(Some(&at("s1", 40)), Some(&at("s1", 40))),
        Some(json!(40))
    );
    assert_eq!(start_from(Some(&at("s1", 40)), Some(&at("s2", 40))), None);
    assert_eq!(start_from(Some(&at("s1", 40)), Some(&at("s1", 12))), None);
    assert_eq!(start_from(None, Some(&at("s1", 40))), None);
}

/// One step of the convergence property.
#[derive(Clone, Debug)]
enum Op {
    /// An edit on replica `.0` of document `.1` (a deletion when `.2`).
    Edit(usize, usize, bool),
    /// A one-way sync from replica `.0` to the other.
    Sync(usize),
    /// Replica `.0` settles document `.1`'s conflict in favour of its winner.
    Resolve(usize, usize),
}

type Replica = BTreeMap<String, RevTree>;

/// One replication from `from` to `to`, by the planner: `_revs_diff` on every changed
/// document, then the missing revisions with their histories, inserted as `_bulk_docs`
/// with `new_edits: false` would.
fn sync(from: &Replica, to: &mut Replica) {
    let request = revs_diff_request(from.iter().map(|(k, v)| (k.as_str(), v)));
    let answer: BTreeMap<String, RevsDiffEntry> = request
        .iter()
        .map(|(id, revs)| {
            let revs: Vec<RevId> = revs.iter().map(|t| r(t)).collect();
            let missing = match to.get(id) {
                Some(tree) => tree.missing(&revs),
                None => revs,
            };
            let entry = RevsDiffEntry {
                missing: missing.iter().map(RevId::to_string).collect(),
                possible_ancestors: Vec::new(),
            };
            (id.clone(), entry)
        })
        .filter(|(_, e)| !e.missing.is_empty())
        .collect();
    for doc in push_docs(&answer, |id| from.get(id), REVS_LIMIT) {
        let history: Vec<RevId> = doc.revisions.revs().collect();
        to.entry(doc.id).or_default().insert(&history, doc.deleted);
    }
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        4 => (0..2usize, 0..3usize, prop::bool::weighted(0.15)).prop_map(|(a, d, x)| Op::Edit(a, d, x)),
        3 => (0..2usize).prop_map(Op::Sync),
        1 => (0..2usize, 0..3usize).prop_map(|(a, d)| Op::Resolve(a, d)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Any interleaving of edits, deletions, one-way syncs and resolutions on two replicas,
    /// followed by a sync each way, leaves both with the same trees, winners and conflicts;
    /// and no revision either replica made is lost.
    #[test]
    fn two_replicas_converge_to_the_same_winner_and_conflicts(ops in prop::collection::vec(op(), 0..40)) {
        let mut replicas: [Replica; 2] = Default::default();
        let mut made: Vec<(String, RevId)> = Vec::new();
        let mut counter = 0u32;
        let mut fresh = |replica: usize, pos: u32| {
            counter += 1;
            RevId::new(pos, format!("{replica}{counter:04}"))
        };
        for op in ops {
            match op {
                Op::Edit(a, d, deleted) => {
                    let id = format!("doc-{d}");
                    let tree = replicas[a].entry(id.clone()).or_default();
                    let parent = tree.winner();
                    let child = fresh(a, parent.as_ref().map_or(1, |p| p.pos + 1));
                    tree.edit(parent.as_ref(), child.clone(), deleted);
                    made.push((id, child));
                }
                Op::Sync(a) => {
                    let (left, right) = replicas.split_at_mut(1);
                    if a == 0 { sync(&left[0], &mut right[0]) } else { sync(&right[0], &mut left[0]) }
                }
                Op::Resolve(a, d) => {
                    if let Some(tree) = replicas[a].get_mut(&format!("doc-{d}")) {
                        if let Some(keep) = tree.winner() {
                            let mut tombs = Vec::new();
                            tree.resolve(&keep, |loser| {
                                let t = fresh(a, loser.pos + 1);
                                tombs.push(t.clone());
                                t
                            });
                            made.extend(tombs.into_iter().map(|t| (format!("doc-{d}"), t)));
                            prop_assert!(tree.conflicts().is_empty());
                        }
                    }
                }
            }
        }
        let (left, right) = replicas.split_at_mut(1);
        sync(&left[0], &mut right[0]);
        sync(&right[0], &mut left[0]);
        prop_assert_eq!(&replicas[0], &replicas[1]);
        for tree in replicas[0].values() {
            let twin = replicas[1].values().find(|t| *t == tree);
            prop_assert!(twin.is_some());
            prop_assert_eq!(tree.winner(), twin.and_then(RevTree::winner));
            prop_assert_eq!(tree.conflicts(), twin.map(RevTree::conflicts).unwrap_or_default());
        }
        for (id, rev) in made {
            prop_assert!(replicas[0][&id].contains(&rev) && replicas[1][&id].contains(&rev));
        }
    }
}
