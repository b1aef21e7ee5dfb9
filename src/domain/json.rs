//! The one JSON codec for everything the app stores, exports and imports.
//!
//! Every typed read goes through [`from_json`] (serde_json straight from the text) and every
//! write through [`to_json`] (compact). Using one reader and one writer everywhere matters for the
//! shipped `.wasm`: serde generates a copy of every record's `Deserialize` for each deserializer
//! type it meets, so a second codec (a JS-value bridge, a `Value` round trip, a path-tracking
//! wrapper, a pretty printer) would double the largest part of the binary. Storage hands
//! IndexedDB's records over as text, which the browser clones cheaply and Rust reads directly.
//!
//! Errors still name the field: only when a read fails, the text up to the failure is walked
//! once more by a small visitor that keeps the path ([`walk`]), so the happy path pays nothing
//! for it.

use std::borrow::Cow;

use serde::de::{DeserializeOwned, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};

/// Why a text could not be read as the expected type.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JsonError {
    /// Where, as a JSON path from the root (`$.data.cases[0].notes`); `$` when unknown.
    pub path: String,
    /// 1-based line and column of the text where reading stopped (0 when unknown).
    pub line: usize,
    pub column: usize,
    /// serde's description of the problem (English; callers wrap it in their own words).
    pub problem: String,
    /// The text is not JSON at all (as opposed to JSON of the wrong shape).
    pub syntax: bool,
}

impl std::fmt::Display for JsonError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path, self.problem)
    }
}

impl JsonError {
    fn from_serde(path: String, e: &serde_json::Error) -> JsonError {
        let problem = e.to_string();
        // serde_json appends " at line L column C": the position is kept in its own fields.
        let problem = match problem.rfind(" at line ") {
            Some(i) => problem[..i].to_string(),
            None => problem,
        };
        JsonError {
            path,
            line: e.line(),
            column: e.column(),
            problem,
            syntax: e.is_syntax() || e.is_eof(),
        }
    }
}

/// Reads a whole text as a `T`, naming the path of the first wrong field.
pub fn from_json<T: DeserializeOwned>(text: &str) -> Result<T, JsonError> {
    read_with(text, |de| T::deserialize(de))
}

/// The deserializer every typed read uses (see the module comment).
pub type Reader<'a, 'b> = &'a mut serde_json::Deserializer<serde_json::de::StrRead<'b>>;

/// Runs `read` over the text with the app's one deserializer and checks nothing follows.
pub fn read_with<'b, T>(
    text: &'b str,
    read: impl for<'a> FnOnce(Reader<'a, 'b>) -> Result<T, serde_json::Error>,
) -> Result<T, JsonError> {
    let mut de = serde_json::Deserializer::from_str(text);
    read(&mut de)
        .and_then(|value| de.end().map(|()| value))
        .map_err(|e| JsonError::from_serde(locate(text, &e), &e))
}

/// The JSON path of the value being read where `e` stopped: the text up to that point is walked
/// again, and the walk, running out of text there, leaves its path behind.
fn locate(text: &str, e: &serde_json::Error) -> String {
    let mut cut = byte_offset(text, e.line(), e.column()).min(text.len());
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let mut path = Vec::new();
    let mut de = serde_json::Deserializer::from_str(&text[..cut]);
    let mut ignore = |_: Step<'_>| Ok(());
    let walker = Walker::root(&mut ignore, &mut path, None);
    // The walk fails (the text ends early) or, for an error after the value, succeeds: either
    // way the path is what is left on the stack.
    let _ = walker.deserialize(&mut de);
    path_text(&path)
}

/// serde_json's 1-based line and column (counted in bytes) as a byte offset just past the
/// character the reader stopped on.
fn byte_offset(text: &str, line: usize, column: usize) -> usize {
    if line == 0 {
        return text.len();
    }
    let line_start = text
        .match_indices('\n')
        .nth(line.saturating_sub(2))
        .map_or(0, |(i, _)| i + 1);
    let line_start = if line == 1 { 0 } else { line_start };
    line_start + column
}

/// Writes a value as compact JSON. Only a map with non-text keys can fail, and no stored type
/// has one; the error is still returned rather than hidden.
pub fn to_json<T: Serialize + ?Sized>(value: &T) -> Result<String, serde_json::Error> {
    serde_json::to_string(value)
}

/// The top-level `format` of a JSON object, without building the rest of it: the other members
/// are skipped, not kept. `None` when the text is not an object or has no text `format`.
pub fn format_of(text: &str) -> Option<String> {
    #[derive(Deserialize)]
    struct Head {
        #[serde(default)]
        format: Option<serde_json::Value>,
    }
    // A derived struct also accepts an array; only an object has named members.
    if !text.trim_start().starts_with('{') {
        return None;
    }
    match from_json::<Head>(text).ok()?.format? {
        serde_json::Value::String(s) => Some(s),
        _ => None,
    }
}

/// A quick, conservative look at a JSON text's shape, for the common case of a file well
/// within its limits: `true` only if nothing nests `max_depth` containers deep, no string (key
/// or value) is longer than `max_text` bytes and no array holds more than `max_items` items.
/// It does not check the syntax, and `false` means "look closer with [`walk`]", not "broken".
/// One scan over the bytes: a fraction of `walk`'s time.
pub fn within_limits(text: &str, max_depth: usize, max_text: usize, max_items: usize) -> bool {
    struct Open {
        array: bool,
        commas: usize,
        items: bool,
    }
    fn value_starts(stack: &mut [Open]) {
        if let Some(open) = stack.last_mut() {
            open.items = true;
        }
    }
    let b = text.as_bytes();
    let mut stack: Vec<Open> = Vec::new();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'"' => {
                value_starts(&mut stack);
                // Most strings are a few bytes long: a plain loop beats a search call here.
                let start = i + 1;
                let mut at = start;
                loop {
                    match b.get(at) {
                        None => return false,
                        Some(b'"') => break,
                        Some(b'\\') => at += 2,
                        Some(_) => at += 1,
                    }
                }
                if at - start > max_text {
                    return false;
                }
                i = at;
            }
            c @ (b'{' | b'[') => {
                value_starts(&mut stack);
                stack.push(Open {
                    array: c == b'[',
                    commas: 0,
                    items: false,
                });
                if stack.len() >= max_depth {
                    return false;
                }
            }
            b'}' | b']' => match stack.pop() {
                Some(open) if open.array && open.items && open.commas >= max_items => return false,
                Some(_) => {}
                None => return false,
            },
            b',' => {
                if let Some(open) = stack.last_mut() {
                    open.commas += 1;
                }
            }
            b' ' | b'\n' | b'\r' | b'\t' | b':' => {}
            _ => value_starts(&mut stack),
        }
        i += 1;
    }
    stack.is_empty()
}

/// Walks a JSON text once without building it, for limits checks that must run before any
/// typed work: `visit` sees every value's depth and, for strings and arrays, their size. The
/// root object's members named in `keep` are kept (as JSON values, in `keep`'s order), so a
/// file's header is read in the same pass. An error names the path where the walk stopped.
pub fn walk(
    text: &str,
    keep: &[&str],
    visit: &mut dyn FnMut(Step<'_>) -> Result<(), String>,
) -> Result<Vec<Option<serde_json::Value>>, JsonError> {
    let mut kept = vec![None; keep.len()];
    let mut path = Vec::new();
    let mut de = serde_json::Deserializer::from_str(text);
    let walked = Walker::root(visit, &mut path, Some((keep, &mut kept)))
        .deserialize(&mut de)
        .and_then(|()| de.end());
    match walked {
        Ok(()) => Ok(kept),
        Err(e) => Err(JsonError::from_serde(path_text(&path), &e)),
    }
}

/// What [`walk`] reports for one value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step<'t> {
    /// A string (an object's keys are not reported) at this depth.
    Text { depth: usize, text: &'t str },
    /// An array at this depth, reported once it is complete, with its length.
    List { depth: usize, len: usize },
    /// Entering an object or array at this depth.
    Open { depth: usize },
}

/// One step of a JSON path. Keys borrow from the text unless they contain escapes.
enum Seg<'t> {
    Key(Cow<'t, str>),
    Index(usize),
}

fn path_text(path: &[Seg]) -> String {
    let mut out = String::from("$");
    for seg in path {
        match seg {
            Seg::Key(k) => {
                out.push('.');
                out.push_str(k);
            }
            Seg::Index(i) => {
                out.push('[');
                out.push_str(&i.to_string());
                out.push(']');
            }
        }
    }
    out
}

/// Root members to keep, and where to put them.
type Keep<'k> = (&'k [&'k str], &'k mut Vec<Option<serde_json::Value>>);

/// Visits every value, keeping on `path` where it is. A member's key stays on the stack until
/// the next key replaces it or its object ends, and an element's index is pushed only when the
/// element starts, so a walk that stops just after a value still names that value.
struct Walker<'v, 'p, 'k, 't> {
    visit: &'v mut dyn FnMut(Step<'_>) -> Result<(), String>,
    path: &'p mut Vec<Seg<'t>>,
    /// Only the root walker has one.
    keep: Option<Keep<'k>>,
    /// For an array element: the array's path length and the element's index.
    element: Option<(usize, usize)>,
}

impl<'t> Walker<'_, '_, '_, 't> {
    fn root<'v, 'p, 'k>(
        visit: &'v mut dyn FnMut(Step<'_>) -> Result<(), String>,
        path: &'p mut Vec<Seg<'t>>,
        keep: Option<Keep<'k>>,
    ) -> Walker<'v, 'p, 'k, 't> {
        Walker {
            visit,
            path,
            keep,
            element: None,
        }
    }

    fn child(&mut self, element: Option<(usize, usize)>) -> Walker<'_, '_, 'static, 't> {
        Walker {
            visit: &mut *self.visit,
            path: &mut *self.path,
            keep: None,
            element,
        }
    }

    /// The value starts (or, for a scalar, has been read): an element takes its index now.
    /// Returns the value's depth.
    fn enter(&mut self) -> usize {
        if let Some((base, index)) = self.element.take() {
            self.path.truncate(base);
            self.path.push(Seg::Index(index));
        }
        self.path.len()
    }
}

impl<'t> DeserializeSeed<'t> for Walker<'_, '_, '_, 't> {
    type Value = ();
    fn deserialize<D: serde::Deserializer<'t>>(self, de: D) -> Result<(), D::Error> {
        de.deserialize_any(self)
    }
}

impl<'t> Visitor<'t> for Walker<'_, '_, '_, 't> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(mut self, _: bool) -> Result<(), E> {
        self.enter();
        Ok(())
    }
    fn visit_i64<E>(mut self, _: i64) -> Result<(), E> {
        self.enter();
        Ok(())
    }
    fn visit_u64<E>(mut self, _: u64) -> Result<(), E> {
        self.enter();
        Ok(())
    }
    fn visit_f64<E>(mut self, _: f64) -> Result<(), E> {
        self.enter();
        Ok(())
    }
    fn visit_unit<E>(mut self) -> Result<(), E> {
        self.enter();
        Ok(())
    }
    fn visit_none<E>(mut self) -> Result<(), E> {
        self.enter();
        Ok(())
    }
    fn visit_str<E: serde::de::Error>(mut self, s: &str) -> Result<(), E> {
        let depth = self.enter();
        (self.visit)(Step::Text { depth, text: s }).map_err(E::custom)
    }

    fn visit_seq<A: SeqAccess<'t>>(mut self, mut seq: A) -> Result<(), A::Error> {
        use serde::de::Error;
        let depth = self.enter();
        (self.visit)(Step::Open { depth }).map_err(A::Error::custom)?;
        let mut len = 0usize;
        while seq
            .next_element_seed(self.child(Some((depth, len))))?
            .is_some()
        {
            len += 1;
        }
        self.path.truncate(depth);
        (self.visit)(Step::List { depth, len }).map_err(A::Error::custom)
    }

    fn visit_map<A: MapAccess<'t>>(mut self, mut map: A) -> Result<(), A::Error> {
        use serde::de::Error;
        let depth = self.enter();
        (self.visit)(Step::Open { depth }).map_err(A::Error::custom)?;
        let mut keep = self.keep.take();
        while let Some(key) = map.next_key_seed(KeySeed)? {
            let kept = keep
                .as_mut()
                .and_then(|(names, kept)| names.iter().position(|n| *n == key).map(|i| (i, kept)));
            self.path.truncate(depth);
            self.path.push(Seg::Key(key));
            match kept {
                Some((i, kept)) => kept[i] = Some(map.next_value()?),
                None => map.next_value_seed(self.child(None))?,
            }
        }
        self.path.truncate(depth);
        Ok(())
    }
}

/// An object's key, borrowed from the text when it has no escapes.
struct KeySeed;

impl<'t> DeserializeSeed<'t> for KeySeed {
    type Value = Cow<'t, str>;
    fn deserialize<D: serde::Deserializer<'t>>(self, de: D) -> Result<Cow<'t, str>, D::Error> {
        de.deserialize_str(self)
    }
}

impl<'t> Visitor<'t> for KeySeed {
    type Value = Cow<'t, str>;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("an object key")
    }
    fn visit_borrowed_str<E>(self, s: &'t str) -> Result<Cow<'t, str>, E> {
        Ok(Cow::Borrowed(s))
    }
    fn visit_str<E>(self, s: &str) -> Result<Cow<'t, str>, E> {
        Ok(Cow::Owned(s.to_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Deserialize, PartialEq, Serialize)]
    struct Inner {
        n: u32,
    }
    #[derive(Debug, Deserialize, PartialEq, Serialize)]
    struct Outer {
        items: Vec<Inner>,
    }

    #[test]
    fn round_trip_and_paths() {
        let v = Outer {
            items: vec![Inner { n: 1 }, Inner { n: 2 }],
        };
        let text = to_json(&v).unwrap();
        assert_eq!(text, r#"{"items":[{"n":1},{"n":2}]}"#);
        assert_eq!(from_json::<Outer>(&text).unwrap(), v);
        let bad = r#"{"items":[{"n":1},{"n":"two"}]}"#;
        let e = from_json::<Outer>(bad).unwrap_err();
        assert_eq!(e.path, "$.items[1].n");
        assert!(!e.syntax);
        assert!(e.problem.contains("invalid type"), "{}", e.problem);
        assert!(!e.problem.contains(" at line "), "{}", e.problem);
        assert_eq!((e.line, e.column), (1, 28));
    }

    #[test]
    fn paths_name_elements_missing_fields_and_escaped_keys() {
        #[derive(Debug, Deserialize)]
        struct Nums {
            #[allow(dead_code)]
            xs: Vec<u32>,
        }
        let e = from_json::<Nums>(r#"{"xs":[1,2,"x",4]}"#).unwrap_err();
        assert_eq!(e.path, "$.xs[2]");
        let e = from_json::<Outer>(r#"{"items":[{"n":1},{"m":2}]}"#).unwrap_err();
        assert!(e.path.starts_with("$.items[1]"), "{}", e.path);
        assert!(e.problem.contains("missing field `n`"), "{}", e.problem);
        let e = from_json::<Outer>("{\"it\\u0065ms\":[{\"n\":true}]}").unwrap_err();
        assert_eq!(e.path, "$.items[0].n");
        // Multi-byte text before the error: the position is in bytes and still lands right.
        let e = from_json::<Outer>("{\"items\":[{\"n\":1},\n{\"n\":\"深圳\"}]}").unwrap_err();
        assert_eq!(e.path, "$.items[1].n");
        assert_eq!(e.line, 2);
    }

    #[test]
    fn syntax_errors_and_trailing_text() {
        let e = from_json::<Outer>("{\"items\": [").unwrap_err();
        assert!(e.syntax);
        let e = from_json::<Outer>(r#"{"items":[]} x"#).unwrap_err();
        assert!(e.syntax);
        assert_eq!(e.path, "$");
    }

    #[test]
    fn format_is_read_without_the_rest() {
        assert_eq!(
            format_of(r#"{"data":{"x":[1,2,{"y":null}]},"format":"abc"}"#).as_deref(),
            Some("abc")
        );
        assert_eq!(format_of(r#"{"format":7}"#), None);
        assert_eq!(format_of(r#"[1]"#), None);
        assert_eq!(format_of("not json"), None);
        assert_eq!(format_of(r#"{"a":1}"#), None);
    }

    #[test]
    fn walk_reports_depths_sizes_and_lists() {
        let mut steps = Vec::new();
        let kept = walk(r#"{"a":["xy",{"b":"abc"}],"c":1}"#, &["c", "z"], &mut |s| {
            steps.push(format!("{s:?}"));
            Ok(())
        })
        .unwrap();
        assert_eq!(kept, vec![Some(serde_json::json!(1)), None]);
        assert_eq!(
            steps,
            [
                "Open { depth: 0 }",
                "Open { depth: 1 }",
                "Text { depth: 2, text: \"xy\" }",
                "Open { depth: 2 }",
                "Text { depth: 3, text: \"abc\" }",
                "List { depth: 1, len: 2 }",
            ]
        );
        let e = walk(r#"{"a":{"b":"long"}}"#, &[], &mut |s| match s {
            Step::Text { text, .. } if text.len() > 3 => Err("too long".into()),
            _ => Ok(()),
        })
        .unwrap_err();
        assert_eq!(e.path, "$.a.b");
        assert!(e.problem.contains("too long"));
    }
}
