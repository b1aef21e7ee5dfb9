//! Stable sorting through ONE copy of the standard library's sort for the whole program.
//!
//! `slice::sort_by_key(|x| …)` is compiled afresh for every element type and every closure:
//! the app had 98 copies of the standard stable sort, 312 KB of the `.wasm` (twiggy, issue #19).
//! These helpers sort a list of positions with one non-generic comparator call (`&dyn Fn`), then
//! move the elements into that order, so only the small moving step is generic. The order is
//! exactly the standard stable sort's (equal elements keep their order), which the tests check.
//! Lists here are screen-sized (at most a few thousand items); the extra indirection costs far
//! less than a frame.

use std::cmp::Ordering;

/// The one instantiation of the standard stable sort: positions ordered by `cmp`.
#[inline(never)]
fn sorted_positions(len: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|&a, &b| cmp(a, b));
    order
}

/// Moves the elements of `items` into the order of `positions` (a permutation of its indexes).
fn apply<T>(items: &mut Vec<T>, positions: &[usize]) {
    let mut slots: Vec<Option<T>> = std::mem::take(items).into_iter().map(Some).collect();
    items.extend(
        positions
            .iter()
            .filter_map(|&i| slots.get_mut(i).and_then(Option::take)),
    );
}

/// Stable sort by a comparison, as `slice::sort_by`.
pub fn sort_by<T>(items: &mut Vec<T>, cmp: impl Fn(&T, &T) -> Ordering) {
    if items.len() < 2 {
        return;
    }
    let positions = sorted_positions(items.len(), &|a, b| cmp(&items[a], &items[b]));
    apply(items, &positions);
}

/// Stable sort by a key, as `slice::sort_by_key`.
pub fn sort_by_key<T, K: Ord>(items: &mut Vec<T>, key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Stable sort in the natural order, as `slice::sort`.
pub fn sort<T: Ord>(items: &mut Vec<T>) {
    sort_by(items, T::cmp);
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Same order as the standard stable sort, equal keys kept in their order.
        #[test]
        fn same_order_as_the_standard_stable_sort(items in proptest::collection::vec((0u8..6, any::<u16>()), 0..200)) {
            let mut ours = items.clone();
            sort_by_key(&mut ours, |x| x.0);
            let mut std_sorted = items.clone();
            std_sorted.sort_by_key(|x| x.0);
            prop_assert_eq!(&ours, &std_sorted);

            let mut ours = items.clone();
            sort_by(&mut ours, |a, b| b.1.cmp(&a.1));
            let mut std_sorted = items.clone();
            std_sorted.sort_by_key(|x| std::cmp::Reverse(x.1));
            prop_assert_eq!(&ours, &std_sorted);

            let mut ours = items.clone();
            sort(&mut ours);
            let mut std_sorted = items;
            std_sorted.sort();
            prop_assert_eq!(ours, std_sorted);
        }
    }

    #[test]
    fn owned_values_are_moved_not_copied() {
        let mut names = vec!["丙".to_string(), "甲".to_string(), "乙".to_string()];
        sort_by_key(&mut names, |s| std::cmp::Reverse(s.clone()));
        assert_eq!(names, ["甲", "乙", "丙"].map(String::from));
        let mut empty: Vec<String> = Vec::new();
        sort(&mut empty);
        assert!(empty.is_empty());
    }
}
