//! The stored failure record and the small vocabularies it is made of.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, Offset, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::compensation::Compensation;
use super::report::ProgressReport;
use crate::domain::case::Case;
use crate::domain::catalog::L10n;
use crate::domain::lang::{pick, Lang};
use crate::domain::record::{Meta, Record};

/// Longest free text accepted in a failure record (what happened, what was said, notes).
pub const MAX_TEXT: usize = 4000;
/// Longest remedy estimate accepted, in working days (about a year).
pub const MAX_ESTIMATE_WORKING_DAYS: u32 = 250;

/// The device's clock: the current instant and the device's offset from UTC. "Today", "a report
/// per day" and "which day did this happen" are local notions, so they need both.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LocalClock {
    pub now: DateTime<Utc>,
    pub offset: FixedOffset,
}

impl LocalClock {
    pub fn new(now: DateTime<Utc>, offset: FixedOffset) -> Self {
        Self { now, offset }
    }

    /// China Standard Time (UTC+8), the time zone of every service hall the app is made for.
    pub fn beijing(now: DateTime<Utc>) -> Self {
        Self::new(now, beijing_offset())
    }

    /// From JavaScript's `Date.prototype.getTimezoneOffset()`, which counts minutes *behind*
    /// UTC (−480 in China). Values outside ±14 h fall back to Beijing time.
    pub fn from_js_offset(now: DateTime<Utc>, minutes_behind_utc: i32) -> Self {
        let offset = minutes_behind_utc
            .checked_mul(-60)
            .and_then(FixedOffset::east_opt)
            .unwrap_or_else(beijing_offset);
        Self::new(now, offset)
    }

    /// Today's local date.
    pub fn today(&self) -> NaiveDate {
        self.day_of(self.now)
    }

    /// The local date of an instant.
    pub fn day_of(&self, at: DateTime<Utc>) -> NaiveDate {
        self.local(at).date()
    }

    /// "HH:MM" in local time.
    pub fn time_of(&self, at: DateTime<Utc>) -> String {
        self.local(at).format("%H:%M").to_string()
    }

    /// Local wall time. At the very edge of the representable range (only a corrupt record
    /// gets there) it stays in UTC instead of failing.
    fn local(&self, at: DateTime<Utc>) -> NaiveDateTime {
        let utc = at.naive_utc();
        utc.checked_add_offset(self.offset).unwrap_or(utc)
    }
}

fn beijing_offset() -> FixedOffset {
    // 8 h is always a valid offset; UTC is only a formal fallback.
    FixedOffset::east_opt(8 * 3600).unwrap_or_else(|| Utc.fix())
}

/// What kind of failure it is. Drives the plain-words cause, the playbook and the default
/// responsibility.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FailureKind {
    /// A material is wrong or missing (name mismatch, missing seal page, outdated articles).
    MaterialDefect,
    /// The department refused or returned the application.
    DepartmentRejection,
    /// The department's system is down or being upgraded.
    SystemOutage,
    /// A rule changed while the case was running.
    PolicyChange,
    /// The client is late with materials, signatures or a visit.
    ClientDelay,
    /// Our own mistake (a missed item, a wrong form).
    AgencyError,
    /// A bank or another third party did not come through.
    BankThirdParty,
}

impl FailureKind {
    pub const ALL: [FailureKind; 7] = [
        FailureKind::MaterialDefect,
        FailureKind::DepartmentRejection,
        FailureKind::SystemOutage,
        FailureKind::PolicyChange,
        FailureKind::ClientDelay,
        FailureKind::AgencyError,
        FailureKind::BankThirdParty,
    ];

    /// Stable machine key (`<select>` values, test ids).
    pub fn key(self) -> &'static str {
        match self {
            FailureKind::MaterialDefect => "material_defect",
            FailureKind::DepartmentRejection => "department_rejection",
            FailureKind::SystemOutage => "system_outage",
            FailureKind::PolicyChange => "policy_change",
            FailureKind::ClientDelay => "client_delay",
            FailureKind::AgencyError => "agency_error",
            FailureKind::BankThirdParty => "bank_third_party",
        }
    }

    pub fn from_key(key: &str) -> Option<FailureKind> {
        FailureKind::ALL.into_iter().find(|k| k.key() == key)
    }
}

/// How the client was told.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    Phone,
    WeChat,
    InPerson,
    Email,
    Sms,
}

impl Channel {
    pub const ALL: [Channel; 5] = [
        Channel::Phone,
        Channel::WeChat,
        Channel::InPerson,
        Channel::Email,
        Channel::Sms,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Channel::Phone => "phone",
            Channel::WeChat => "wechat",
            Channel::InPerson => "in_person",
            Channel::Email => "email",
            Channel::Sms => "sms",
        }
    }

    pub fn from_key(key: &str) -> Option<Channel> {
        Channel::ALL.into_iter().find(|c| c.key() == key)
    }
}

/// Who does a remedy step: a seat on the case team, or the client.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Pm,
    Executor1,
    Executor2,
    Logistics,
    /// Steps only the client can do (pay, sign, send a document). They become "what we need
    /// from you" in the progress report.
    Client,
}

impl Role {
    pub const ALL: [Role; 5] = [
        Role::Pm,
        Role::Executor1,
        Role::Executor2,
        Role::Logistics,
        Role::Client,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Role::Pm => "pm",
            Role::Executor1 => "executor1",
            Role::Executor2 => "executor2",
            Role::Logistics => "logistics",
            Role::Client => "client",
        }
    }

    pub fn from_key(key: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.key() == key)
    }

    /// The person in this seat on the case (may be empty when the team is not filled in).
    pub fn assignee(self, case: &Case) -> String {
        let name = match self {
            Role::Pm => &case.team.pm,
            Role::Executor1 => &case.team.executors[0],
            Role::Executor2 => &case.team.executors[1],
            Role::Logistics => &case.team.logistics,
            Role::Client if !case.client.contact_name.trim().is_empty() => {
                &case.client.contact_name
            }
            Role::Client => &case.client.company_name,
        };
        name.trim().to_owned()
    }
}

/// The logged client notification. Logging it stops the one-hour clock at `at`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Notification {
    /// When the client was told (may be earlier than when it was logged).
    pub at: DateTime<Utc>,
    pub channel: Channel,
    pub to_whom: String,
    pub what_was_said: String,
    /// When it was entered, kept so a back-dated entry can be seen for what it is.
    pub logged_at: DateTime<Utc>,
}

/// One step of the fast remedy.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RemedyStep {
    /// Unique within its failure; never reused.
    pub id: u32,
    /// The playbook template it came from; `None` for steps typed by hand.
    #[serde(default)]
    pub template_key: Option<String>,
    pub text: L10n,
    pub role: Role,
    /// Name of the person in `role` when the step was assigned.
    pub assignee: String,
    pub added_at: DateTime<Utc>,
    #[serde(default)]
    pub done_at: Option<DateTime<Utc>>,
}

impl RemedyStep {
    pub fn is_done(&self) -> bool {
        self.done_at.is_some()
    }
}

/// The team's estimate of the remedy, anchored on the day it was made so that the dates in
/// later reports do not slide forward every day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Estimate {
    pub from: NaiveDate,
    /// Working days until the application goes in again (0 = the same day, or the next
    /// working day when `from` is a day off).
    pub resubmit_working_days: u32,
    /// Working days until the case is finished; never less than the resubmission.
    pub finish_working_days: u32,
}

/// How a failure ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// 已补救: the remedy worked and the case is finished.
    Recovered,
    /// Fixed; the case goes back to normal work.
    Resumed,
    /// The remedy did not save the case.
    Lost,
    /// The client withdrew the case.
    Withdrawn,
}

impl Outcome {
    pub const ALL: [Outcome; 4] = [
        Outcome::Recovered,
        Outcome::Resumed,
        Outcome::Lost,
        Outcome::Withdrawn,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Outcome::Recovered => "recovered",
            Outcome::Resumed => "resumed",
            Outcome::Lost => "lost",
            Outcome::Withdrawn => "withdrawn",
        }
    }

    pub fn from_key(key: &str) -> Option<Outcome> {
        Outcome::ALL.into_iter().find(|o| o.key() == key)
    }
}

/// The close of a failure.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Closure {
    pub outcome: Outcome,
    pub at: DateTime<Utc>,
    #[serde(default)]
    pub note: String,
}

/// A failure on a case: the stored record of the failure desk.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Failure {
    #[serde(flatten)]
    pub meta: Meta,
    pub case_id: Uuid,
    pub kind: FailureKind,
    pub what_happened: String,
    /// Money at stake (a tax to pay, a fine), in fen (1/100 yuan).
    #[serde(default)]
    pub amount_cents: Option<u64>,
    /// When the team saw it coming: the notification clock starts here.
    pub discovered_at: DateTime<Utc>,
    /// The notification window promised to the client when it was raised (the plan's 告知时限),
    /// in hours. Failures stored before the promise was recorded had the article's one hour.
    #[serde(default = "default_notify_hours")]
    pub notify_within_hours: u32,
    #[serde(default)]
    pub estimate: Option<Estimate>,
    #[serde(default)]
    pub notification: Option<Notification>,
    #[serde(default)]
    pub steps: Vec<RemedyStep>,
    #[serde(default)]
    pub reports: Vec<ProgressReport>,
    #[serde(default)]
    pub compensation: Option<Compensation>,
    #[serde(default)]
    pub closed: Option<Closure>,
}

/// The article's rule: tell the client within one hour.
pub const DEFAULT_NOTIFY_HOURS: u32 = 1;

fn default_notify_hours() -> u32 {
    DEFAULT_NOTIFY_HOURS
}

impl Failure {
    /// The notification window of this failure.
    pub fn notify_window(&self) -> chrono::Duration {
        chrono::Duration::hours(i64::from(self.notify_within_hours.max(1)))
    }

    /// Open: neither closed nor archived. Open failures run clocks and need daily reports.
    pub fn is_open(&self) -> bool {
        !self.meta.deleted && self.closed.is_none()
    }

    pub fn step(&self, id: u32) -> Option<&RemedyStep> {
        self.steps.iter().find(|s| s.id == id)
    }

    /// Steps not yet ticked off, in order.
    pub fn open_steps(&self) -> impl Iterator<Item = &RemedyStep> {
        self.steps.iter().filter(|s| !s.is_done())
    }

    /// The report logged for a local day, if any.
    pub fn report_on(&self, day: NaiveDate) -> Option<&ProgressReport> {
        self.reports.iter().find(|r| r.day == day)
    }
}

pub(crate) use crate::domain::lang::pick_str as pick_static;

/// Two texts written in place, chosen by language.
pub(crate) fn both(zh: String, en: String) -> L10n {
    L10n { zh, en }
}

/// The text of a built-in label in both languages.
pub(crate) fn l10n_of(f: impl Fn(Lang) -> String) -> L10n {
    both(f(Lang::Zh), f(Lang::En))
}

/// Re-exported for sibling modules that build texts in place.
pub(crate) fn pick_string(lang: Lang, zh: String, en: String) -> String {
    pick(lang, zh, en)
}

impl Record for Failure {
    const KIND: &'static str = "failures";

    fn meta(&self) -> &Meta {
        &self.meta
    }

    fn meta_mut(&mut self) -> &mut Meta {
        &mut self.meta
    }

    fn case_id(&self) -> Option<Uuid> {
        Some(self.case_id)
    }

    fn label(&self) -> String {
        let what: String = self.what_happened.chars().take(40).collect();
        format!("{} · {what}", self.kind.label(Lang::Zh))
    }

    fn case_id_mut(&mut self) -> Option<&mut Uuid> {
        Some(&mut self.case_id)
    }
}
