//! 演练 Drill simulator: timed role-play of failing expedited cases, for training new staff.
//!
//! This module owns the scenario model ([`scenario`]), the pure engine that plays a run
//! ([`engine`]; clock and seed are parameters, so a run replays exactly), scoring on named
//! dimensions with the one-hour notification rule ([`scoring`]), the best-path search
//! ([`search`]), the debrief ([`debrief`]), render-ready player and facilitator views
//! ([`view`]), the editor's graph check and operations ([`graph_check`], [`editor`], [`draft`]),
//! scenario packs ([`pack`]), trainees' progress ([`progress`]), the stored records and the
//! library in force ([`library`]) and the built-in scenarios, at least one per documented case
//! ([`builtin`]).
//!
//! A run's life: [`Run::start`] → ([`Run::choose`] | [`Run::time_out`] |
//! [`Run::fire_inject`])* until [`Run::is_finished`] → [`debrief()`] and [`RunRecord::new`].

pub mod builtin;
pub mod debrief;
pub mod details;
pub mod draft;
pub mod editor;
pub mod engine;
pub(crate) mod error;
pub mod graph_check;
pub mod graph_issue;
pub mod library;
pub mod pack;
pub mod progress;
pub mod scenario;
pub mod scoring;
pub mod search;
pub mod view;

#[cfg(test)]
mod tests;

pub use builtin::{builtin_scenarios, is_builtin_key, BUILTIN_SCENARIO_KEYS};
pub use debrief::{debrief, Debrief, DebriefStep};
pub use details::{Details, CONDITION_KINDS};
pub use draft::{from_drill_draft, from_retro_draft, new_blank, RetroDraft};
pub use editor::{Edit, EditError};
pub use engine::{replay, Decision, DrillState, InjectStatus, Run, RunEvent};
pub use error::{check_key, DrillError, KeyProblem, MAX_KEY_LEN};
pub use graph_check::check;
pub use graph_issue::{GraphIssue, IssueAt};
pub use library::{effective_scenarios, ScenarioRecord, SkipReason, SkippedScenario};
pub use pack::{
    export_pack, import_pack, read_builtin_pack, PackError, ScenarioPack, PACK_FORMAT, PACK_VERSION,
};
pub use progress::{progress, seed_from_bytes, suggest_next, summary, RunRecord, TraineeSummary};
pub use scenario::{
    Choice, Condition, Effects, Ending, Fact, Goal, HardDate, Initial, Inject, Rank, Role,
    Scenario, Step, StepId,
};
pub use scoring::{score, Dimension, NotifyOutcome, ScoreCard, Scores};
pub use search::{best_from, best_path, BestPath, PathStep};
pub use view::{facilitator_view, player_view, FacilitatorView, PlayerView};
