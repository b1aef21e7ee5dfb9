//! What every stored record carries: a UUID v7 id, timestamps, a revision counter and a
//! tombstone flag, so that merges between devices can carry edits and deletions alike.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// Bookkeeping shared by every stored record (DESIGN.md "Data").
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meta {
    pub id: Uuid,
    #[serde(deserialize_with = "utc")]
    pub created_at: DateTime<Utc>,
    #[serde(deserialize_with = "utc")]
    pub updated_at: DateTime<Utc>,
    /// Incremented on every save; two tabs compare it to refuse overwriting each other.
    pub rev: u32,
    /// A tombstone: archived records stay so that a merge can carry the deletion.
    #[serde(default)]
    pub deleted: bool,
    /// Revision ids this version descends from, its own first (see `domain::revision`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub revs: Vec<String>,
    /// Field path → the revision id that last changed it (see `domain::revision`).
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub stamps: std::collections::BTreeMap<String, String>,
    /// Heads of other branches this version settled (merged in or resolved away): team sync
    /// closes each on the server with a tombstone (see `domain::replication::doc`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub merged: Vec<String>,
    /// Other live versions of this record that team sync brought in and nobody has settled
    /// yet (CouchDB's `_conflicts`), each a whole record as JSON text (text, not a JSON value:
    /// reading records then needs no JSON-value code in the main module). The record itself is the
    /// version CouchDB's winner rule shows first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conflicts: Vec<String>,
}

impl Meta {
    /// A fresh record at revision 1.
    pub fn new(id: Uuid, now: DateTime<Utc>) -> Self {
        Meta {
            id,
            created_at: now,
            updated_at: now,
            rev: 1,
            deleted: false,
            revs: Vec::new(),
            stamps: std::collections::BTreeMap::new(),
            merged: Vec::new(),
            conflicts: Vec::new(),
        }
    }

    /// Marks a change: bumps the revision and the update time. The update time never goes
    /// backwards, even if the device clock does.
    pub fn touch(&mut self, now: DateTime<Utc>) {
        self.rev = self.rev.saturating_add(1);
        self.updated_at = now.max(self.updated_at);
    }
}

/// A kind of stored record: what storage, export, import and merge need to know about it.
pub trait Record: Clone + PartialEq + Serialize + serde::de::DeserializeOwned + 'static {
    /// The object store and the export key, e.g. `"cases"`.
    const KIND: &'static str;
    fn meta(&self) -> &Meta;
    fn meta_mut(&mut self) -> &mut Meta;
    /// The case this record belongs to, for per-case export; `None` for library records.
    fn case_id(&self) -> Option<Uuid> {
        None
    }
    /// A short human label for previews and conflict lists.
    fn label(&self) -> String;
    /// Keys of lists that merge entry by entry (hash-chained logs), not field by field.
    const LOGS: &'static [&'static str] = &[];
    /// After a field-by-field merge into `self`, merges the logs of the two versions.
    fn union_logs(&mut self, _a: &Self, _b: &Self) {}
    /// Where the record keeps the id of its case (records of a case), for [`Record::remap_ids`].
    fn case_id_mut(&mut self) -> Option<&mut Uuid> {
        None
    }
    /// Moves the record to new ids (its own, and the case it belongs to) for "add as copies".
    fn remap_ids(&mut self, map: &std::collections::BTreeMap<Uuid, Uuid>) {
        if let Some(new) = map.get(&self.meta().id) {
            self.meta_mut().id = *new;
        }
        if let Some(case_id) = self.case_id_mut() {
            if let Some(new) = map.get(case_id) {
                *case_id = *new;
            }
        }
    }
}

/// Reads a UTC time as this app writes it (`2026-08-26T12:14:10Z`, optionally with a fraction
/// of a second) without chrono's general RFC 3339 parser, which took a fifth of the time of
/// loading 2,000 cases in the browser. Anything else goes to chrono, so every RFC 3339 form
/// it accepts is still read, with its error message.
pub fn utc<'de, D: serde::Deserializer<'de>>(de: D) -> Result<DateTime<Utc>, D::Error> {
    struct Visitor;
    impl serde::de::Visitor<'_> for Visitor {
        type Value = DateTime<Utc>;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("an RFC 3339 date and time")
        }
        fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<DateTime<Utc>, E> {
            if let Some(t) = parse_utc_z(s) {
                return Ok(t);
            }
            DateTime::parse_from_rfc3339(s)
                .map(|t| t.with_timezone(&Utc))
                .map_err(E::custom)
        }
    }
    de.deserialize_str(Visitor)
}

/// Reads a calendar date as this app writes it (`2026-08-26`) without chrono's general
/// parser; anything else goes to chrono, as [`utc`] does for times.
pub fn date<'de, D: serde::Deserializer<'de>>(de: D) -> Result<NaiveDate, D::Error> {
    struct Visitor;
    impl serde::de::Visitor<'_> for Visitor {
        type Value = NaiveDate;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a date as YYYY-MM-DD")
        }
        fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<NaiveDate, E> {
            if let Some(d) = parse_ymd(s.as_bytes()) {
                return Ok(d);
            }
            s.parse::<NaiveDate>().map_err(E::custom)
        }
    }
    de.deserialize_str(Visitor)
}

/// The digits of `b[from..to]` as a number; `None` if any is not an ASCII digit.
fn digits(b: &[u8], from: usize, to: usize) -> Option<u32> {
    b.get(from..to)?.iter().try_fold(0u32, |n, c| {
        c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
    })
}

/// `YYYY-MM-DD` exactly, as a valid date.
fn parse_ymd(b: &[u8]) -> Option<NaiveDate> {
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    NaiveDate::from_ymd_opt(digits(b, 0, 4)? as i32, digits(b, 5, 7)?, digits(b, 8, 10)?)
}

/// `YYYY-MM-DDTHH:MM:SS[.f{1,9}]Z`; `None` for anything else (left to the general parser).
fn parse_utc_z(s: &str) -> Option<DateTime<Utc>> {
    let b = s.as_bytes();
    if b.len() < 20 || b[10] != b'T' || b[13] != b':' || b[16] != b':' || *b.last()? != b'Z' {
        return None;
    }
    let nanos = match &b[19..b.len() - 1] {
        [] => 0,
        [b'.', fraction @ ..] if (1..=9).contains(&fraction.len()) => {
            digits(b, 20, b.len() - 1)? * 10u32.pow(9 - fraction.len() as u32)
        }
        _ => return None,
    };
    let time = parse_ymd(&b[..10])?.and_hms_nano_opt(
        digits(b, 11, 13)?,
        digits(b, 14, 16)?,
        digits(b, 17, 19)?,
        nanos,
    )?;
    Some(time.and_utc())
}

/// Builds a UUID v7 from the current time and ten random bytes. Both come from the caller so
/// that the domain stays deterministic under test (the browser passes `crypto.getRandomValues`).
pub fn new_id(now: DateTime<Utc>, random: [u8; 10]) -> Uuid {
    let millis = u64::try_from(now.timestamp_millis()).unwrap_or(0);
    uuid::Builder::from_unix_timestamp_millis(millis, &random).into_uuid()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(secs: i64) -> DateTime<Utc> {
        Utc.timestamp_opt(secs, 0)
            .single()
            .expect("valid test time")
    }

    fn read(text: &str) -> Result<DateTime<Utc>, serde_json::Error> {
        utc(&mut serde_json::Deserializer::from_str(&format!(
            "\"{text}\""
        )))
    }

    #[test]
    fn utc_times_read_like_chrono_reads_them() {
        for text in [
            "2026-08-26T12:14:10Z",
            "2026-08-26T12:14:10.5Z",
            "2026-08-26T12:14:10.123456789Z",
            "2026-08-26T12:14:10.1234567890Z",
            "2024-02-29T23:59:59.000001Z",
            "2026-08-26T20:14:10+08:00",
            "2026-08-26t12:14:10z",
            "2026-08-26 12:14:10Z",
        ] {
            let chrono: DateTime<Utc> = serde_json::from_str(&format!("\"{text}\"")).expect(text);
            assert_eq!(read(text).expect(text), chrono, "{text}");
        }
        let now = at(1_790_000_000) + chrono::Duration::nanoseconds(123_456_700);
        let written = serde_json::to_string(&now).expect("serialises");
        assert_eq!(read(written.trim_matches('"')).expect("reads"), now);
    }

    #[test]
    fn dates_read_like_chrono_reads_them() {
        let read = |t: &str| date(&mut serde_json::Deserializer::from_str(&format!("\"{t}\"")));
        for text in [
            "2026-08-26",
            "2024-02-29",
            "0001-01-01",
            "+12026-01-01",
            "2026-8-6",
        ] {
            let chrono: Result<NaiveDate, _> = serde_json::from_str(&format!("\"{text}\""));
            assert_eq!(read(text).ok(), chrono.ok(), "{text}");
        }
        for bad in [
            "2026-02-29",
            "2026-13-01",
            "2026-08-2x",
            "",
            "2026/08/26",
            "２０２６-08-26",
        ] {
            assert!(read(bad).is_err(), "{bad:?} must be refused");
        }
    }

    #[test]
    fn bad_utc_times_are_errors_not_panics() {
        for text in [
            "",
            "2026-02-30T12:14:10Z",
            "2026-08-26T24:14:10Z",
            "2026-08-26T12:14:10.Z",
            "2026-13-01T00:00:00Z",
            "2026-08-26T12:14:1xZ",
            "２０２６-08-26T12:14:10Z",
            "2026-08-26",
        ] {
            assert!(read(text).is_err(), "{text:?} must be refused");
        }
    }

    #[test]
    fn ids_are_version_7_and_ordered_by_time() {
        let a = new_id(at(1_700_000_000), [9; 10]);
        let b = new_id(at(1_700_000_001), [0; 10]);
        assert_eq!(a.get_version_num(), 7);
        assert!(a < b, "a later id sorts after an earlier one");
    }

    #[test]
    fn touch_bumps_rev_and_never_moves_time_back() {
        let mut meta = Meta::new(new_id(at(100), [1; 10]), at(100));
        meta.touch(at(200));
        assert_eq!(meta.rev, 2);
        assert_eq!(meta.updated_at, at(200));
        meta.touch(at(50));
        assert_eq!(meta.rev, 3);
        assert_eq!(meta.updated_at, at(200));
    }
}
