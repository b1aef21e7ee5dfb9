//! 复盘 The retrospective, held after every expedited case, success or failure, without blame.
//!
//! This module owns the stored [`Retro`] record and what is computed from it:
//! - the case outcome against its hard date, in working days ([`case_outcome`]),
//! - the five-whys chain and its blame guard ([`check_chain`], [`BLAME_PHRASES`]),
//! - contributing factors by cause category ([`CauseCategory`]),
//! - whether the contingency plan foresaw what happened ([`premortem_hit`]),
//! - action items with working-day deadlines ([`ActionItem`], [`overdue_actions`]),
//! - the draft drill made from a case ([`to_drill_draft`]),
//! - statistics across cases ([`pareto_categories`], [`on_time_by_service`],
//!   [`time_to_notify`], [`premortem_by_month`]).

mod action_input;
mod actions;
mod blame;
mod blame_names;
mod blame_phrases;
mod category;
mod chain;
mod drill;
mod error;
mod outcome;
mod premortem;
mod record;
mod record_actions;
mod record_content;
mod stats;
mod text;

#[cfg(test)]
mod tests;

pub use action_input::ActionInput;
pub use actions::{
    overdue, overdue_actions, ActionItem, ActionStatus, Link, LinkKind, OverdueAction,
    MAX_ACTION_WORKING_DAYS, MAX_LINKS,
};
pub use blame::{blame_flag, blame_flag_knowing, deeper_prompt, BlameFlag};
pub use blame_names::named_person;
pub use blame_phrases::{BlamePhrase, BlameTarget, BLAME_PHRASES};
pub use category::{category_of, CauseCategory, Factor};
pub use chain::{
    check_chain, check_chain_knowing, next_question, next_question_knowing, ChainCheck, Why,
    MIN_LEVELS,
};
pub use drill::{to_drill_draft, DrillDraft};
pub use error::{RetroError, RetroField};
pub use outcome::{case_outcome, CaseOutcome};
pub use premortem::{
    hit_rate, hit_rate_by_month, premortem_hit, premortem_hit_for, premortem_match, MonthRate,
    PremortemMatch, CROSS_CATEGORY_THRESHOLD, SAME_CATEGORY_THRESHOLD,
};
pub use record::{Retro, RetroCheck, MAX_ITEMS, MAX_WHYS};
pub use stats::{
    on_time_by_service, pareto_categories, premortem_by_month, time_to_notify, CategoryCount,
    NotifyBucket, NotifyStats, ServiceRate,
};
