//! The scenario model: a graph of steps whose choices cost simulated time, change the state of
//! the case and lead on, plus injects that arrive on the simulated clock.
//!
//! Every field that a hand-written or older pack may leave out has a serde default, so packs
//! stay readable; [`super::graph_check::check`] is what decides whether a scenario is playable.

use serde::{Deserialize, Serialize};

use super::scoring::Scores;
use crate::domain::catalog::L10n;
use crate::domain::lang::Lang;

/// A step's stable id inside its scenario (a slug such as `s_rejected`).
pub type StepId = String;

/// Sim minutes in one simulated day; the hard date is counted in these.
pub const MINUTES_PER_DAY: u32 = 24 * 60;

/// The role the trainee plays.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// 项目经理: owns the case, calls the team, talks to the client and department heads.
    #[default]
    Pm,
    /// 执行专员: materials and liaison with the departments.
    Executor,
    /// 后勤支持: venue, transport, queuing at the hall, couriers.
    Logistics,
}

impl Role {
    pub const ALL: [Role; 3] = [Role::Pm, Role::Executor, Role::Logistics];

    pub fn key(self) -> &'static str {
        match self {
            Role::Pm => "pm",
            Role::Executor => "executor",
            Role::Logistics => "logistics",
        }
    }
}

/// What a scenario trains; each goal carries the principle shown in the debrief.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Goal {
    ForeseeMaterialsRisk,
    UseAlternativePath,
    NotifyWithinHour,
    Empathy,
    Responsibility,
    Remedy,
    Retrospective,
}

impl Goal {
    pub const ALL: [Goal; 7] = [
        Goal::ForeseeMaterialsRisk,
        Goal::UseAlternativePath,
        Goal::NotifyWithinHour,
        Goal::Empathy,
        Goal::Responsibility,
        Goal::Remedy,
        Goal::Retrospective,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Goal::ForeseeMaterialsRisk => "foresee_materials_risk",
            Goal::UseAlternativePath => "use_alternative_path",
            Goal::NotifyWithinHour => "notify_within_hour",
            Goal::Empathy => "empathy",
            Goal::Responsibility => "responsibility",
            Goal::Remedy => "remedy",
            Goal::Retrospective => "retrospective",
        }
    }

    /// The principle behind the goal, in one or two sentences, for the debrief.
    pub fn principle(self, lang: Lang) -> &'static str {
        match self {
            Goal::ForeseeMaterialsRisk => tr(
                lang,
                "材料合规没有“差不多”:名称、编号、日期要逐字核对,业务员初核、主管复核、法务终审,把问题挡在提交之前。",
                "Materials leave no room for \"close enough\": names, numbers and dates are checked character by character, and a clerk–supervisor–legal review stops problems before anything is submitted.",
            ),
            Goal::UseAlternativePath => tr(
                lang,
                "一条路堵住了,就找效果相同的另一条:电子版先预审、补充材料顶上、线上代替线下、备用银行、远程视频核验、授权委托。",
                "When one route is blocked, find another that achieves the same: electronic pre-review first, supplementary evidence, online instead of in person, a backup bank, remote video verification, a power of attorney.",
            ),
            Goal::NotifyWithinHour => tr(
                lang,
                "一旦看到可能失败,一小时内主动联系客户,讲清原因、涉及金额、下一步和预计时间,不要等客户来问。",
                "Once a failure looks likely, call the client within the hour with the cause, the amount involved, the next step and the expected dates; never wait for the client to ask.",
            ),
            Goal::Empathy => tr(
                lang,
                "先接住客户的情绪,再谈办法。让客户感到你和他站在一起,而不是在为自己开脱。",
                "Take in the client's feelings first, then talk about options. The client should feel you are on their side, not defending yourself.",
            ),
            Goal::Responsibility => tr(
                lang,
                "按合同划清边界:客户对材料的真实和及时负责,机构对流程跟进和政策解读负责;自己的失误就免费重办、赔偿直接损失。",
                "Follow the boundaries in the contract: the client answers for true and timely materials, the agency for follow-up and policy advice; the agency's own mistakes mean a free redo and paying direct losses.",
            ),
            Goal::Remedy => tr(
                lang,
                "补救分三步:先抢时间快速补救,再拿出实在的补偿,最后把这次失败变成长期合作的起点。",
                "Remedy in three steps: win back time first, then offer real compensation, then turn the failure into the start of a long relationship.",
            ),
            Goal::Retrospective => tr(
                lang,
                "复盘不追责:在表面原因下面再挖一层,改流程、做培训,把典型案例变成教材。",
                "A retrospective assigns no blame: dig one layer below the surface cause, change the process, train people, and turn typical cases into training material.",
            ),
        }
    }
}

/// How good a choice is. Declared best first, so `min()` over ranks finds the best.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Rank {
    Best,
    Acceptable,
    #[default]
    Poor,
    /// Crosses a line (compliance, honesty, the client's interest): a run with one fails.
    Harmful,
}

impl Rank {
    pub const ALL: [Rank; 4] = [Rank::Best, Rank::Acceptable, Rank::Poor, Rank::Harmful];

    pub fn key(self) -> &'static str {
        match self {
            Rank::Best => "best",
            Rank::Acceptable => "acceptable",
            Rank::Poor => "poor",
            Rank::Harmful => "harmful",
        }
    }
}

/// How a terminal step ends the story. Pass or fail comes from the score, not from this.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Ending {
    Good,
    Mixed,
    Bad,
}

impl Ending {
    pub fn key(self) -> &'static str {
        match self {
            Ending::Good => "good",
            Ending::Mixed => "mixed",
            Ending::Bad => "bad",
        }
    }
}

/// The client's hard date, as an offset from the start of the simulation.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct HardDate {
    /// Simulated days; a drill treats the days it spans as consecutive working days.
    #[serde(default)]
    pub working_days: u32,
    #[serde(default)]
    pub hours: u32,
    /// What the date is, e.g. "明早 9:00 展会开幕".
    #[serde(default)]
    pub label: L10n,
}

impl HardDate {
    /// The offset in sim minutes.
    pub fn minutes(&self) -> u32 {
        self.working_days
            .saturating_mul(MINUTES_PER_DAY)
            .saturating_add(self.hours.saturating_mul(60))
    }
}

/// The state the case is in when the drill starts.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Initial {
    /// Client mood, -10 (furious) ..= 10 (delighted).
    #[serde(default)]
    pub client_mood: i32,
    /// Working days of slack before the hard date; negative means already late.
    #[serde(default)]
    pub slack_days: i32,
    #[serde(default)]
    pub money_at_stake_yuan: i64,
    /// Keys of facts the trainee knows from the briefing.
    #[serde(default)]
    pub facts_known: Vec<String>,
    /// The failure is already known at sim minute 0, so the one-hour clock runs from the start.
    #[serde(default)]
    pub failure_known: bool,
}

/// A fact the trainee can learn; state and conditions refer to it by key.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fact {
    pub key: String,
    pub text: L10n,
}

/// What a choice or an inject does to the state.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Effects {
    #[serde(default)]
    pub client_mood: i32,
    #[serde(default)]
    pub slack_days: i32,
    #[serde(default)]
    pub money_at_stake_yuan: i64,
    /// Keys of [`Fact`]s learned.
    #[serde(default)]
    pub facts_learned: Vec<String>,
    /// The team learns here that the case is likely to fail: starts the one-hour clock.
    #[serde(default)]
    pub failure_detected: bool,
    /// The client is told properly here (cause, amount, next step, dates): stops the clock.
    #[serde(default)]
    pub client_notified: bool,
}

/// When an inject may fire; checked once, when the clock passes the inject's minute.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Condition {
    ClientNotNotified,
    ClientNotified,
    FailureKnown,
    MoodBelow(i32),
    MoodAtLeast(i32),
    SlackBelow(i32),
    FactKnown(String),
    FactUnknown(String),
}

/// Something that happens on the simulated clock: the system goes down, the client calls.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Inject {
    pub at_sim_minute: u32,
    pub text: L10n,
    #[serde(default)]
    pub effects: Effects,
    #[serde(default)]
    pub condition: Option<Condition>,
    /// Chance in percent that the inject fires when its minute passes; rolled from the seed.
    #[serde(default = "always")]
    pub chance_pct: u8,
    /// Interrupts the story: the next step becomes this one (never an ending).
    #[serde(default)]
    pub goto: Option<StepId>,
}

fn always() -> u8 {
    100
}

impl Inject {
    pub fn new(at_sim_minute: u32, text: L10n) -> Self {
        Self {
            at_sim_minute,
            text,
            effects: Effects::default(),
            condition: None,
            chance_pct: 100,
            goto: None,
        }
    }
}

/// One option at a decision point.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Choice {
    pub text: L10n,
    #[serde(default)]
    pub rank: Rank,
    /// Simulated minutes the action takes.
    #[serde(default)]
    pub cost_minutes: u32,
    #[serde(default)]
    pub effects: Effects,
    /// Points per scoring dimension (negative for a poor move).
    #[serde(default)]
    pub scores: Scores,
    pub next: StepId,
    /// Why the choice is good or bad; shown in the debrief.
    #[serde(default)]
    pub feedback: L10n,
}

/// A decision point, or an ending when `ending` is set.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Step {
    pub id: StepId,
    pub situation: L10n,
    #[serde(default)]
    pub choices: Vec<Choice>,
    /// Real seconds the trainee has to decide.
    #[serde(default)]
    pub time_limit_secs: u32,
    /// Index of the choice taken on time-out (usually a poor one: hesitation has a price).
    #[serde(default)]
    pub default_choice: usize,
    /// The principle this decision trains, shown in the debrief.
    #[serde(default)]
    pub goal: Option<Goal>,
    #[serde(default)]
    pub ending: Option<Ending>,
}

impl Step {
    pub fn is_terminal(&self) -> bool {
        self.ending.is_some()
    }

    /// Index of the locally best choice: best rank, then most points (first wins ties).
    pub fn best_choice(&self) -> Option<usize> {
        let mut best: Option<(usize, &Choice)> = None;
        for (i, c) in self.choices.iter().enumerate() {
            let better = match best {
                None => true,
                Some((_, b)) => {
                    c.rank < b.rank || (c.rank == b.rank && c.scores.sum() > b.scores.sum())
                }
            };
            if better {
                best = Some((i, c));
            }
        }
        best.map(|(i, _)| i)
    }
}

/// A training scenario.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Scenario {
    /// Stable slug; run records refer to it.
    pub key: String,
    pub title: L10n,
    /// 1 (new staff) ..= 3 (experienced).
    #[serde(default = "one")]
    pub difficulty: u8,
    #[serde(default)]
    pub role: Role,
    /// A service key from the catalog.
    #[serde(default)]
    pub service_key: String,
    #[serde(default)]
    pub hard_date: HardDate,
    #[serde(default)]
    pub learning_goals: Vec<Goal>,
    #[serde(default)]
    pub briefing: L10n,
    #[serde(default)]
    pub initial: Initial,
    #[serde(default)]
    pub facts: Vec<Fact>,
    pub start: StepId,
    pub steps: Vec<Step>,
    #[serde(default)]
    pub injects: Vec<Inject>,
    /// Total (0..=100) needed to pass.
    #[serde(default = "sixty")]
    pub pass_mark: u32,
    #[serde(default)]
    pub builtin: bool,
    /// For built-ins: the number of the documented case (1..=16) the scenario is drawn from.
    #[serde(default)]
    pub source_case: Option<u8>,
}

fn one() -> u8 {
    1
}

fn sixty() -> u32 {
    60
}

impl Scenario {
    pub fn step(&self, id: &str) -> Option<&Step> {
        self.steps.iter().find(|s| s.id == id)
    }

    pub fn step_index(&self, id: &str) -> Option<usize> {
        self.steps.iter().position(|s| s.id == id)
    }

    pub fn fact(&self, key: &str) -> Option<&Fact> {
        self.facts.iter().find(|f| f.key == key)
    }

    /// The text of a fact, or the key itself when the scenario does not define it.
    pub fn fact_text(&self, key: &str) -> L10n {
        self.fact(key)
            .map(|f| f.text.clone())
            .unwrap_or_else(|| L10n::new(key, key))
    }

    /// Steps that ask for a decision (not endings).
    pub fn decision_steps(&self) -> impl Iterator<Item = &Step> {
        self.steps.iter().filter(|s| !s.is_terminal())
    }
}

pub(crate) use crate::domain::lang::pick_str as tr;
