//! Three-way merge of a record's fields: the version an edit started from (`base`), the edit
//! (`mine`) and a newer version saved meanwhile (`theirs`). A field changed on one side only
//! takes that side's value without asking; a field both sides changed to different values is
//! a conflict for a person to settle. Used by forms that save against the revision they were
//! opened on, so no save overwrites a newer revision unseen.

/// A field both sides changed, with the three values.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldConflict<F> {
    pub field: F,
    pub base: String,
    pub mine: String,
    pub theirs: String,
}

/// What [`merge_fields`] decided.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldMerge<F> {
    /// Fields only `theirs` changed: set these on `mine`.
    pub take_theirs: Vec<(F, String)>,
    pub conflicts: Vec<FieldConflict<F>>,
}

/// An edit rebased on a newer version: the merged values, and the conflicts (left at `mine`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rebased<F, T> {
    pub merged: T,
    pub conflicts: Vec<FieldConflict<F>>,
}

/// Compares every field of the three versions.
pub fn merge_fields<'a, F: Copy>(
    fields: &[F],
    base: impl Fn(F) -> &'a str,
    mine: impl Fn(F) -> &'a str,
    theirs: impl Fn(F) -> &'a str,
) -> FieldMerge<F> {
    let mut out = FieldMerge {
        take_theirs: Vec::new(),
        conflicts: Vec::new(),
    };
    for &f in fields {
        let (b, m, t) = (base(f), mine(f), theirs(f));
        if m == t || t == b {
            continue;
        }
        if m == b {
            out.take_theirs.push((f, t.to_owned()));
        } else {
            out.conflicts.push(FieldConflict {
                field: f,
                base: b.to_owned(),
                mine: m.to_owned(),
                theirs: t.to_owned(),
            });
        }
    }
    out
}

/// A form of text values that saves against the version it was opened on.
pub trait FieldForm: Clone {
    type Field: Copy + 'static;
    /// Every field, in the form's order.
    fn fields() -> &'static [Self::Field];
    fn get(&self, field: Self::Field) -> &str;
    fn set(&mut self, field: Self::Field, value: String);

    /// This form's values (typed on `base`) rebased on `theirs`, a newer version saved
    /// meanwhile: fields changed on one side only take that side's value; fields both sides
    /// changed to different values are conflicts, left at this form's value until a person
    /// chooses.
    fn rebase(&self, base: &Self, theirs: &Self) -> Rebased<Self::Field, Self> {
        let merged = merge_fields(
            Self::fields(),
            |f| base.get(f),
            |f| self.get(f),
            |f| theirs.get(f),
        );
        let mut out = self.clone();
        for (field, value) in merged.take_theirs {
            out.set(field, value);
        }
        Rebased {
            merged: out,
            conflicts: merged.conflicts,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(b: [&'static str; 3], m: [&'static str; 3], t: [&'static str; 3]) -> FieldMerge<usize> {
        merge_fields(&[0, 1, 2], |f| b[f], |f| m[f], |f| t[f])
    }

    #[test]
    fn one_sided_changes_merge_and_two_sided_ones_conflict() {
        // Field 0: only theirs changed; 1: only mine; 2: both, differently.
        let r = run(["a", "b", "c"], ["a", "B", "x"], ["A", "b", "y"]);
        assert_eq!(r.take_theirs, vec![(0, "A".to_string())]);
        assert_eq!(
            r.conflicts,
            vec![FieldConflict {
                field: 2,
                base: "c".into(),
                mine: "x".into(),
                theirs: "y".into()
            }]
        );
        // Both made the same change: nothing to ask.
        let r = run(["a", "b", "c"], ["z", "b", "c"], ["z", "b", "c"]);
        assert!(r.take_theirs.is_empty() && r.conflicts.is_empty());
    }
}
