//! The expedited case: its client, service, hard date, team, status and timeline, and the
//! rules for moving it through its stages. Edits go through [`CaseInput`] (see `input.rs`);
//! listing, filtering and sorting live in `list.rs`.

mod input;
mod list;
mod schedule;

pub use input::{CaseInput, Field, FieldConflict, FieldError, Rebased, MAX_PROMISED_DAYS};
pub use list::{CaseFilter, CaseSort, StatusFilter};
pub use schedule::Schedule;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::audit;
use super::error::DomainError;
use super::record::{Meta, Record};

/// Where a case stands. The happy path runs 接案 → 预审 → 办理中 → 已提交 → 办结; any active
/// stage can fail, and a failed case is either recovered or resumed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Intake,
    Precheck,
    InProgress,
    Submitted,
    Done,
    Failed,
    Recovered,
}

impl Status {
    pub const ALL: [Status; 7] = [
        Status::Intake,
        Status::Precheck,
        Status::InProgress,
        Status::Submitted,
        Status::Done,
        Status::Failed,
        Status::Recovered,
    ];

    /// A stable machine key (CSS classes, test ids, `<select>` values).
    pub fn key(self) -> &'static str {
        match self {
            Status::Intake => "intake",
            Status::Precheck => "precheck",
            Status::InProgress => "in_progress",
            Status::Submitted => "submitted",
            Status::Done => "done",
            Status::Failed => "failed",
            Status::Recovered => "recovered",
        }
    }

    pub fn from_key(key: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.key() == key)
    }

    /// The stages a case may move to from this one.
    pub fn next(self) -> &'static [Status] {
        use Status::*;
        match self {
            Intake => &[Precheck, Failed],
            Precheck => &[InProgress, Intake, Failed],
            InProgress => &[Submitted, Precheck, Failed],
            Submitted => &[Done, InProgress, Failed],
            Failed => &[Recovered, InProgress],
            Done | Recovered => &[],
        }
    }

    /// Finished cases no longer count down to their hard date.
    pub fn is_closed(self) -> bool {
        matches!(self, Status::Done | Status::Recovered)
    }
}

/// The client company and the people to reach there.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Client {
    pub company_name: String,
    /// 统一社会信用代码, normalised (upper case, trimmed) when valid.
    pub credit_code: String,
    pub legal_rep: String,
    pub contact_name: String,
    pub contact_phone: String,
}

/// Why the client cannot wait.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UrgencyKind {
    #[default]
    Tender,
    FinancingSigning,
    Opening,
    TradeFair,
    BatchWindow,
    Other,
}

impl UrgencyKind {
    pub const ALL: [UrgencyKind; 6] = [
        UrgencyKind::Tender,
        UrgencyKind::FinancingSigning,
        UrgencyKind::Opening,
        UrgencyKind::TradeFair,
        UrgencyKind::BatchWindow,
        UrgencyKind::Other,
    ];

    pub fn key(self) -> &'static str {
        match self {
            UrgencyKind::Tender => "tender",
            UrgencyKind::FinancingSigning => "financing_signing",
            UrgencyKind::Opening => "opening",
            UrgencyKind::TradeFair => "trade_fair",
            UrgencyKind::BatchWindow => "batch_window",
            UrgencyKind::Other => "other",
        }
    }

    pub fn from_key(key: &str) -> Option<UrgencyKind> {
        UrgencyKind::ALL.into_iter().find(|u| u.key() == key)
    }
}

/// The case team: one project manager, two executors, one logistics person (the article's
/// standard line-up for an expedited case).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Team {
    pub pm: String,
    pub executors: [String; 2],
    pub logistics: String,
}

impl Team {
    /// The names filled in (for the blame guard: an answer naming one stops at a person).
    pub fn names(&self) -> Vec<&str> {
        [
            &self.pm,
            &self.executors[0],
            &self.executors[1],
            &self.logistics,
        ]
        .into_iter()
        .map(|n| n.trim())
        .filter(|n| !n.is_empty())
        .collect()
    }
}

/// Something that happened to a case; the raw material of the timeline and the retrospective.
/// The events form a hash chain (see `domain::audit`), so an altered history shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseEvent {
    #[serde(deserialize_with = "super::record::utc")]
    pub at: DateTime<Utc>,
    pub kind: CaseEventKind,
    /// SHA-256 over the previous event's hash and this event's `at` and `kind`.
    #[serde(default)]
    pub hash: String,
}

/// What an event's hash covers (everything but the hash itself).
#[derive(Serialize)]
struct Hashed<'a> {
    at: &'a DateTime<Utc>,
    kind: &'a CaseEventKind,
}

impl CaseEvent {
    fn chained(prev: &str, at: DateTime<Utc>, kind: CaseEventKind) -> CaseEvent {
        let hash = audit::link_hash(
            prev,
            &Hashed {
                at: &at,
                kind: &kind,
            },
        );
        CaseEvent { at, kind, hash }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", try_from = "EventKindWire")]
pub enum CaseEventKind {
    Created,
    Edited { fields: Vec<Field> },
    StatusChanged { from: Status, to: Status },
    Archived,
    Restored,
}

/// The stored form of [`CaseEventKind`], read as one flat object. serde reads an internally
/// tagged enum by first copying the whole object into a buffer, which made these events half
/// of the time to load 2,000 cases in the browser; a flat struct is read in one pass.
#[derive(Deserialize)]
struct EventKindWire {
    #[serde(rename = "type")]
    tag: EventTag,
    fields: Option<Vec<Field>>,
    from: Option<Status>,
    to: Option<Status>,
}

#[derive(Deserialize)]
#[serde(rename_all = "snake_case")]
enum EventTag {
    Created,
    Edited,
    StatusChanged,
    Archived,
    Restored,
}

impl TryFrom<EventKindWire> for CaseEventKind {
    type Error = &'static str;

    fn try_from(w: EventKindWire) -> Result<Self, Self::Error> {
        Ok(match w.tag {
            EventTag::Created => CaseEventKind::Created,
            EventTag::Edited => CaseEventKind::Edited {
                fields: w.fields.ok_or("missing field `fields`")?,
            },
            EventTag::StatusChanged => CaseEventKind::StatusChanged {
                from: w.from.ok_or("missing field `from`")?,
                to: w.to.ok_or("missing field `to`")?,
            },
            EventTag::Archived => CaseEventKind::Archived,
            EventTag::Restored => CaseEventKind::Restored,
        })
    }
}

/// One expedited case.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Case {
    #[serde(flatten)]
    pub meta: Meta,
    pub client: Client,
    /// A catalog key once the service catalog knows the type; free text otherwise.
    #[serde(default)]
    pub service_key: Option<String>,
    pub service_name: String,
    pub urgency: UrgencyKind,
    pub urgency_note: String,
    /// The date the client cannot move (tender, signing, opening…).
    #[serde(deserialize_with = "super::record::date")]
    pub hard_date: NaiveDate,
    #[serde(deserialize_with = "super::record::date")]
    pub start_date: NaiveDate,
    pub promised_working_days: u32,
    pub status: Status,
    pub team: Team,
    #[serde(default)]
    pub notes: String,
    #[serde(default)]
    pub events: Vec<CaseEvent>,
    /// The timeline's head (count and last hash), kept beside it so a cut tail shows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chain_head: Option<audit::ChainHead>,
}

impl Case {
    /// Creates a case from a validated form.
    pub fn create(input: &CaseInput, id: Uuid, now: DateTime<Utc>) -> Result<Case, DomainError> {
        let valid = input.validate()?;
        let mut case = Case {
            meta: Meta::new(id, now),
            client: Client::default(),
            service_key: None,
            service_name: String::new(),
            urgency: UrgencyKind::default(),
            urgency_note: String::new(),
            hard_date: valid.hard_date,
            start_date: valid.start_date,
            promised_working_days: valid.promised_working_days,
            status: Status::Intake,
            team: Team::default(),
            notes: String::new(),
            events: vec![CaseEvent::chained(
                audit::GENESIS,
                now,
                CaseEventKind::Created,
            )],
            chain_head: None,
        };
        case.chain_head = Some(case.head());
        valid.apply_to(&mut case);
        Ok(case)
    }

    /// Applies an edit; returns the case unchanged (same revision) when nothing differs.
    pub fn edit(&self, input: &CaseInput, now: DateTime<Utc>) -> Result<Case, DomainError> {
        self.ensure_active()?;
        let valid = input.validate()?;
        let mut next = self.clone();
        valid.apply_to(&mut next);
        let fields = input::changed_fields(self, &next);
        if fields.is_empty() {
            return Ok(self.clone());
        }
        next.record(now, CaseEventKind::Edited { fields });
        Ok(next)
    }

    /// Moves the case to another stage, if the stage graph allows it.
    pub fn transition(&self, to: Status, now: DateTime<Utc>) -> Result<Case, DomainError> {
        if to == Status::Failed {
            // Without a failure record there is no clock and no one is told: raising a
            // failure (`response::case_after_raise`) is the only way in.
            self.ensure_active()?;
            return Err(DomainError::FailThroughFailureDesk);
        }
        self.move_to(to, now)
    }

    /// The case after a failure was raised on it: 失败, by the same rules as any move.
    /// Only `response::case_after_raise` calls this.
    pub(crate) fn fail_on_raise(&self, now: DateTime<Utc>) -> Result<Case, DomainError> {
        self.move_to(Status::Failed, now)
    }

    fn move_to(&self, to: Status, now: DateTime<Utc>) -> Result<Case, DomainError> {
        self.ensure_active()?;
        if !self.status.next().contains(&to) {
            return Err(DomainError::IllegalTransition {
                from: self.status,
                to,
            });
        }
        let mut next = self.clone();
        next.status = to;
        next.record(
            now,
            CaseEventKind::StatusChanged {
                from: self.status,
                to,
            },
        );
        Ok(next)
    }

    /// Archives the case (a tombstone: it leaves the list but stays for merges and undo).
    pub fn archive(&self, now: DateTime<Utc>) -> Result<Case, DomainError> {
        self.ensure_active()?;
        let mut next = self.clone();
        next.meta.deleted = true;
        next.record(now, CaseEventKind::Archived);
        Ok(next)
    }

    /// Brings an archived case back.
    pub fn restore(&self, now: DateTime<Utc>) -> Result<Case, DomainError> {
        if !self.meta.deleted {
            return Err(DomainError::NotArchived);
        }
        let mut next = self.clone();
        next.meta.deleted = false;
        next.record(now, CaseEventKind::Restored);
        Ok(next)
    }

    /// Calendar days from `today` to the hard date (negative once it has passed).
    pub fn days_left(&self, today: NaiveDate) -> i64 {
        (self.hard_date - today).num_days()
    }

    /// The form filled with this case, for editing.
    pub fn to_input(&self) -> CaseInput {
        CaseInput::from_case(self)
    }

    fn ensure_active(&self) -> Result<(), DomainError> {
        if self.meta.deleted {
            Err(DomainError::Archived)
        } else {
            Ok(())
        }
    }

    fn record(&mut self, now: DateTime<Utc>, kind: CaseEventKind) {
        self.meta.touch(now);
        // Events saved before chaining existed get the hashes they would have had.
        chain_events(&mut self.events, false);
        let prev = self
            .events
            .last()
            .map_or(audit::GENESIS, |e| e.hash.as_str());
        let event = CaseEvent::chained(prev, now, kind);
        self.events.push(event);
        self.chain_head = Some(self.head());
    }

    fn head(&self) -> audit::ChainHead {
        audit::ChainHead::of(self.events.iter().map(|e| e.hash.as_str()))
    }

    /// Keeps the head of a timeline saved before heads were kept, if the timeline is intact,
    /// so that an exported file shows a removed tail. Returns whether anything changed.
    pub fn seal_chain(&mut self) -> bool {
        if self.chain_head.is_some() || self.verify_history().is_err() {
            return false;
        }
        self.chain_head = Some(self.head());
        true
    }

    /// Checks the timeline's hash chain: `Err` names the first event that was altered.
    pub fn verify_history(&self) -> Result<(), audit::ChainBreak> {
        let entries: Vec<(Hashed, &str)> = self
            .events
            .iter()
            .map(|e| {
                (
                    Hashed {
                        at: &e.at,
                        kind: &e.kind,
                    },
                    e.hash.as_str(),
                )
            })
            .collect();
        audit::verify(&entries, self.chain_head.as_ref())
    }
}

impl Record for Case {
    const KIND: &'static str = "cases";

    fn meta(&self) -> &Meta {
        &self.meta
    }

    fn meta_mut(&mut self) -> &mut Meta {
        &mut self.meta
    }

    fn case_id(&self) -> Option<Uuid> {
        Some(self.meta.id)
    }

    const LOGS: &'static [&'static str] = &["events"];

    /// Both versions' events, each once, in time order, chained anew (both chains were
    /// checked on import, so the merged one is as trustworthy as they were).
    fn union_logs(&mut self, a: &Self, b: &Self) {
        let key = |e: &CaseEvent| (e.at, serde_json::to_string(&e.kind).unwrap_or_default());
        let mut seen = std::collections::BTreeMap::new();
        for e in a.events.iter().chain(&b.events) {
            seen.entry(key(e)).or_insert_with(|| e.clone());
        }
        self.events = seen.into_values().collect();
        chain_events(&mut self.events, true);
        self.chain_head = Some(self.head());
    }

    fn label(&self) -> String {
        format!("{} · {}", self.client.company_name, self.service_name)
    }
}

/// Hashes the events in order: every one (`all`), or only those saved without a hash.
fn chain_events(events: &mut [CaseEvent], all: bool) {
    let mut prev = audit::GENESIS.to_owned();
    for e in events {
        if all || e.hash.is_empty() {
            let hashed = Hashed {
                at: &e.at,
                kind: &e.kind,
            };
            e.hash = audit::link_hash(&prev, &hashed);
        }
        prev = e.hash.clone();
    }
}

#[cfg(test)]
pub(crate) mod tests;
