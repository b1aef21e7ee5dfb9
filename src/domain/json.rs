//! The one JSON codec for everything the app stores, exports and imports.
//!
//! Every typed read goes through [`from_json`] (serde_json over the text, with
//! `serde_path_to_error` naming the field that is wrong) and every write through [`to_json`]
//! (compact). Using one reader and one writer everywhere matters for the shipped `.wasm`: serde
//! generates a copy of every record's `Deserialize` for each deserializer type it meets, so a
//! second codec (a JS-value bridge, a `Value` round trip, a pretty printer) would double the
//! largest part of the binary. Storage hands IndexedDB's objects over as text through the
//! browser's own `JSON.stringify`/`JSON.parse`, which is also faster than walking them field by
//! field across the JS boundary.

use serde::de::{DeserializeOwned, DeserializeSeed, IgnoredAny};
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
pub type Reader<'a, 'b> = serde_path_to_error::Deserializer<
    'a,
    'a,
    &'a mut serde_json::Deserializer<serde_json::de::StrRead<'b>>,
>;

/// Runs `read` over the text with the app's one deserializer and checks nothing follows.
pub fn read_with<'b, T>(
    text: &'b str,
    read: impl for<'a> FnOnce(Reader<'a, 'b>) -> Result<T, serde_json::Error>,
) -> Result<T, JsonError> {
    let mut de = serde_json::Deserializer::from_str(text);
    let mut track = serde_path_to_error::Track::new();
    let value = read(serde_path_to_error::Deserializer::new(&mut de, &mut track));
    let value = value.map_err(|e| {
        let path = track.path().to_string();
        let path = if path == "." || path.is_empty() {
            "$".to_string()
        } else {
            format!("$.{path}")
        };
        JsonError::from_serde(path, &e)
    })?;
    de.end()
        .map_err(|e| JsonError::from_serde("$".to_string(), &e))?;
    Ok(value)
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

/// Walks a JSON text once without building it, for limits checks that must run before any
/// typed work: `visit` sees every value's depth and, for strings and arrays, their size. The
/// root object's members named in `keep` are kept (as JSON values, in `keep`'s order), so a
/// file's header is read in the same pass.
pub fn walk(
    text: &str,
    keep: &[&str],
    visit: &mut dyn FnMut(Step<'_>) -> Result<(), String>,
) -> Result<Vec<Option<serde_json::Value>>, JsonError> {
    let mut kept = vec![None; keep.len()];
    read_with(text, |de| {
        Walker {
            visit,
            depth: 0,
            keep: Some((keep, &mut kept)),
        }
        .deserialize(de)
    })?;
    Ok(kept)
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

/// Root members to keep, and where to put them.
type Keep<'k> = (&'k [&'k str], &'k mut Vec<Option<serde_json::Value>>);

struct Walker<'v, 'k> {
    visit: &'v mut dyn FnMut(Step<'_>) -> Result<(), String>,
    depth: usize,
    /// Only the root walker has one.
    keep: Option<Keep<'k>>,
}

impl<'de> DeserializeSeed<'de> for Walker<'_, '_> {
    type Value = ();
    fn deserialize<D: serde::Deserializer<'de>>(self, de: D) -> Result<(), D::Error> {
        de.deserialize_any(self)
    }
}

impl<'de> serde::de::Visitor<'de> for Walker<'_, '_> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, _: bool) -> Result<(), E> {
        Ok(())
    }
    fn visit_i64<E>(self, _: i64) -> Result<(), E> {
        Ok(())
    }
    fn visit_u64<E>(self, _: u64) -> Result<(), E> {
        Ok(())
    }
    fn visit_f64<E>(self, _: f64) -> Result<(), E> {
        Ok(())
    }
    fn visit_unit<E>(self) -> Result<(), E> {
        Ok(())
    }
    fn visit_none<E>(self) -> Result<(), E> {
        Ok(())
    }
    fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<(), E> {
        let step = Step::Text {
            depth: self.depth,
            text: s,
        };
        (self.visit)(step).map_err(E::custom)
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        use serde::de::Error;
        let depth = self.depth;
        (self.visit)(Step::Open { depth }).map_err(A::Error::custom)?;
        let mut len = 0usize;
        while seq
            .next_element_seed(Walker {
                visit: &mut *self.visit,
                depth: depth + 1,
                keep: None,
            })?
            .is_some()
        {
            len += 1;
        }
        (self.visit)(Step::List { depth, len }).map_err(A::Error::custom)
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        use serde::de::Error;
        let depth = self.depth;
        (self.visit)(Step::Open { depth }).map_err(A::Error::custom)?;
        let Some((names, kept)) = self.keep else {
            while map.next_key::<IgnoredAny>()?.is_some() {
                map.next_value_seed(Walker {
                    visit: &mut *self.visit,
                    depth: depth + 1,
                    keep: None,
                })?;
            }
            return Ok(());
        };
        // The root: its few keys are read as text to find the members to keep.
        while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
            match names.iter().position(|n| *n == key) {
                Some(i) => kept[i] = Some(map.next_value()?),
                None => map.next_value_seed(Walker {
                    visit: &mut *self.visit,
                    depth: depth + 1,
                    keep: None,
                })?,
            }
        }
        Ok(())
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
