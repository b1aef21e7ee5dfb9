//! What serde's English error text means, as typed values a message can put in the user's
//! words: the raw text is only ever shown as a collapsed detail.

/// What was wrong with a value, read from serde's message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// A required field is missing (its JSON name).
    Missing(String),
    /// A value of the wrong type: what the file has and what the app expects.
    WrongType {
        found: ValueKind,
        expected: ValueKind,
    },
    /// A choice the app does not know (`unknown variant`), as written in the file.
    UnknownChoice(String),
    /// A date or time that does not read as one.
    BadDate,
    /// An id that is not a UUID.
    BadId,
    /// A number out of the range its field holds.
    OutOfRange,
    /// A value of the right type that the field does not accept.
    BadValue,
    /// The same field twice in one object.
    Duplicate(String),
    /// Text after the end of the JSON value.
    Trailing,
    /// The text ends in the middle of a value (a cut or partly copied file).
    Truncated,
    /// Anything else that is not JSON syntax (a missing comma, a bad escape, a stray character).
    Syntax,
    /// Something serde said that none of the above covers.
    Other,
}

/// The kind of a JSON value (or of the value a field expects).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ValueKind {
    /// Text, with the value when serde quoted it.
    Text(Option<String>),
    Integer,
    Number,
    Boolean,
    Null,
    Object,
    List,
    Unknown,
}

impl Problem {
    /// Classifies serde's (or chrono's, or uuid's) message.
    pub fn of(text: &str) -> Problem {
        let t = text.trim();
        if let Some(name) = quoted_after(t, "missing field ") {
            return Problem::Missing(name);
        }
        if let Some(name) = quoted_after(t, "duplicate field ") {
            return Problem::Duplicate(name);
        }
        if let Some(name) = quoted_after(t, "unknown variant ") {
            return Problem::UnknownChoice(name);
        }
        if let Some(rest) = t.strip_prefix("invalid type: ") {
            let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
            return Problem::WrongType {
                found: ValueKind::found(found),
                expected: ValueKind::expected(expected),
            };
        }
        if t.starts_with("invalid value: ") || t.starts_with("invalid length ") {
            return Problem::BadValue;
        }
        let lower = t.to_ascii_lowercase();
        if lower.starts_with("trailing characters") {
            return Problem::Trailing;
        }
        if lower.starts_with("eof while parsing") {
            return Problem::Truncated;
        }
        if lower.contains("out of range") || lower.contains("number too large") {
            return Problem::OutOfRange;
        }
        // chrono's parse errors.
        if [
            "input contains invalid characters",
            "premature end of input",
            "trailing input",
            "input is not enough for unique date and time",
            "input is out of range",
            "no possible date and time matching input",
            "bad or unsupported format string",
        ]
        .iter()
        .any(|p| lower.starts_with(p))
        {
            return Problem::BadDate;
        }
        // uuid's parse errors.
        if lower.starts_with("invalid character: expected")
            || lower.starts_with("invalid length: expected")
            || lower.starts_with("invalid group")
            || lower.contains("uuid")
        {
            return Problem::BadId;
        }
        if [
            "expected value",
            "expected `",
            "expected ident",
            "key must be a string",
            "invalid escape",
            "invalid number",
            "invalid unicode code point",
            "control character",
            "lone leading surrogate",
            "unexpected end of hex escape",
        ]
        .iter()
        .any(|p| lower.starts_with(p))
        {
            return Problem::Syntax;
        }
        Problem::Other
    }
}

impl ValueKind {
    fn found(text: &str) -> ValueKind {
        let t = text.trim();
        if let Some(rest) = t.strip_prefix("string ") {
            return ValueKind::Text(Some(rest.trim_matches('"').chars().take(40).collect()));
        }
        match t.split_whitespace().next().unwrap_or("") {
            "integer" => ValueKind::Integer,
            "floating" => ValueKind::Number,
            "boolean" => ValueKind::Boolean,
            "null" | "unit" => ValueKind::Null,
            "map" => ValueKind::Object,
            "sequence" => ValueKind::List,
            _ => ValueKind::Unknown,
        }
    }

    fn expected(text: &str) -> ValueKind {
        let t = text.trim().to_ascii_lowercase();
        let t = t.trim_start_matches("a ").trim_start_matches("an ");
        let integer = [
            "u8", "u16", "u32", "u64", "i8", "i16", "i32", "i64", "usize", "integer",
        ];
        if integer.iter().any(|k| t.starts_with(k)) {
            ValueKind::Integer
        } else if t.starts_with("f32") || t.starts_with("f64") || t.starts_with("number") {
            ValueKind::Number
        } else if t.starts_with("bool") {
            ValueKind::Boolean
        } else if t.starts_with("string")
            || t.starts_with("formatted")
            || t.starts_with("uuid")
            || t.contains("date")
            || t.starts_with("char")
        {
            ValueKind::Text(None)
        } else if t.starts_with("sequence") || t.starts_with("tuple") || t.starts_with("array") {
            ValueKind::List
        } else if t.starts_with("struct") || t.starts_with("map") || t.starts_with("enum") {
            ValueKind::Object
        } else {
            ValueKind::Unknown
        }
    }
}

/// The name in backticks after `prefix`: "missing field `rev`" → "rev".
fn quoted_after(text: &str, prefix: &str) -> Option<String> {
    let rest = text.strip_prefix(prefix)?;
    let rest = rest.strip_prefix('`')?;
    Some(rest.split('`').next().unwrap_or("").to_string())
}

/// One step of a JSON path such as `$.data.cases[12].hard_date`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PathStep {
    Key(String),
    Index(usize),
}

/// The steps of a JSON path as `json::JsonError` writes it (`$`, `.key`, `[n]`).
pub fn path_steps(path: &str) -> Vec<PathStep> {
    let mut steps = Vec::new();
    let rest = path.strip_prefix('$').unwrap_or(path);
    let mut key = String::new();
    let mut chars = rest.chars().peekable();
    let flush = |key: &mut String, steps: &mut Vec<PathStep>| {
        if !key.is_empty() {
            steps.push(PathStep::Key(std::mem::take(key)));
        }
    };
    while let Some(c) = chars.next() {
        match c {
            '.' => flush(&mut key, &mut steps),
            '[' => {
                flush(&mut key, &mut steps);
                let mut inner = String::new();
                for d in chars.by_ref() {
                    if d == ']' {
                        break;
                    }
                    inner.push(d);
                }
                match inner.parse::<usize>() {
                    Ok(n) => steps.push(PathStep::Index(n)),
                    Err(_) => steps.push(PathStep::Key(inner.trim_matches('"').to_string())),
                }
            }
            _ => key.push(c),
        }
    }
    flush(&mut key, &mut steps);
    steps
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serde_messages_become_typed_problems() {
        assert_eq!(
            Problem::of("missing field `hard_date`"),
            Problem::Missing("hard_date".into())
        );
        assert_eq!(
            Problem::of("invalid type: string \"5\", expected u32"),
            Problem::WrongType {
                found: ValueKind::Text(Some("5".into())),
                expected: ValueKind::Integer
            }
        );
        assert_eq!(
            Problem::of("invalid type: integer `5`, expected a string"),
            Problem::WrongType {
                found: ValueKind::Integer,
                expected: ValueKind::Text(None)
            }
        );
        assert_eq!(
            Problem::of("unknown variant `Urgentish`, expected one of `A`, `B`"),
            Problem::UnknownChoice("Urgentish".into())
        );
        assert_eq!(Problem::of("trailing characters"), Problem::Trailing);
        assert_eq!(
            Problem::of("EOF while parsing an object"),
            Problem::Truncated
        );
        assert_eq!(Problem::of("expected `,` or `}`"), Problem::Syntax);
        assert_eq!(
            Problem::of("input contains invalid characters"),
            Problem::BadDate
        );
        assert_eq!(
            Problem::of("invalid character: expected an optional prefix of `urn:uuid:` followed by [0-9a-fA-F-], found `z` at 1"),
            Problem::BadId
        );
        assert_eq!(
            Problem::of("invalid value: integer `-1`, expected u32"),
            Problem::BadValue
        );
        assert_eq!(Problem::of("something new"), Problem::Other);
    }

    #[test]
    fn paths_split_into_steps() {
        assert_eq!(
            path_steps("$.data.cases[12].hard_date"),
            vec![
                PathStep::Key("data".into()),
                PathStep::Key("cases".into()),
                PathStep::Index(12),
                PathStep::Key("hard_date".into())
            ]
        );
        assert_eq!(path_steps("$"), vec![]);
    }
}
