//! The debrief after a run: the score by dimension, the path taken beside the best path, the
//! feedback on each choice with what the best choice would have been and what the difference
//! cost, the principles trained, and the time taken. [`Debrief::to_text`] gives a plain-text
//! version for printing or pasting into a training log.

use serde::{Deserialize, Serialize};

use super::engine::{Run, RunEvent, TIMEOUT_PENALTY};
use super::scenario::{Ending, Goal, Rank, Role, Scenario, StepId};
use super::scoring::{score_with, Dimension, ScoreCard};
use super::search::best_path;
use crate::domain::catalog::L10n;
use crate::domain::lang::Lang;

/// A decision on the best path.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PathEntry {
    pub step: StepId,
    pub situation: L10n,
    pub choice: usize,
    pub text: L10n,
    pub rank: Rank,
}

/// The step's best choice, shown when the trainee took another.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Better {
    pub choice: usize,
    pub text: L10n,
    pub rank: Rank,
    pub feedback: L10n,
}

/// What a choice cost compared with the step's best choice (zero when it was the best).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChoiceCost {
    /// Points given up, time-out penalty included.
    pub points: i32,
    /// Mood difference (negative: the client ended up angrier).
    pub client_mood: i32,
    /// Slack difference in days (negative: less margin).
    pub slack_days: i32,
    /// Extra money put at stake.
    pub money_yuan: i64,
    /// Extra sim minutes spent.
    pub minutes: i64,
}

/// One decision of the run, explained.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DebriefStep {
    pub step: StepId,
    pub situation: L10n,
    pub choice: usize,
    pub text: L10n,
    pub rank: Rank,
    pub feedback: L10n,
    pub timed_out: bool,
    pub real_ms: u64,
    pub sim_minute: u32,
    pub goal: Option<Goal>,
    pub better: Option<Better>,
    pub cost: ChoiceCost,
    /// Whether this decision is the one the best path takes at the same point.
    pub on_best_path: bool,
}

/// An inject as it happened.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InjectNote {
    pub text: L10n,
    pub sim_minute: u32,
    pub by_hand: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Debrief {
    pub scenario_key: String,
    pub title: L10n,
    pub role: Role,
    pub goals: Vec<Goal>,
    pub score: ScoreCard,
    pub weakest: Option<Dimension>,
    pub taken: Vec<DebriefStep>,
    pub best_path: Vec<PathEntry>,
    pub ending: Option<Ending>,
    pub ending_text: L10n,
    pub best_ending: Option<Ending>,
    pub best_ending_text: L10n,
    pub injects: Vec<InjectNote>,
    pub real_ms_total: u64,
    pub sim_minutes: u32,
    pub client_mood: i32,
    pub slack_days: i32,
    pub money_at_stake_yuan: i64,
}

/// Builds the debrief of a run (normally a finished one).
pub fn debrief(scenario: &Scenario, run: &Run) -> Debrief {
    let best = best_path(scenario, run.seed);
    let score = score_with(scenario, run, best.as_ref());
    let best_steps = best.as_ref().map(|b| b.path.as_slice()).unwrap_or(&[]);
    let taken = run
        .decisions
        .iter()
        .enumerate()
        .filter_map(|(i, d)| {
            let step = scenario.step(&d.step)?;
            let chosen = step.choices.get(d.choice)?;
            let best_index = step.best_choice().unwrap_or(d.choice);
            let top = step.choices.get(best_index).unwrap_or(chosen);
            let penalty = if d.timed_out { -TIMEOUT_PENALTY } else { 0 };
            let cost = ChoiceCost {
                points: top
                    .scores
                    .sum()
                    .saturating_sub(chosen.scores.sum())
                    .saturating_add(penalty),
                client_mood: chosen
                    .effects
                    .client_mood
                    .saturating_sub(top.effects.client_mood),
                slack_days: chosen
                    .effects
                    .slack_days
                    .saturating_sub(top.effects.slack_days),
                money_yuan: chosen
                    .effects
                    .money_at_stake_yuan
                    .saturating_sub(top.effects.money_at_stake_yuan),
                minutes: i64::from(chosen.cost_minutes) - i64::from(top.cost_minutes),
            };
            let improves = best_index != d.choice
                && (top.rank < chosen.rank || top.scores.sum() > chosen.scores.sum());
            let better = improves.then(|| Better {
                choice: best_index,
                text: top.text.clone(),
                rank: top.rank,
                feedback: top.feedback.clone(),
            });
            Some(DebriefStep {
                step: d.step.clone(),
                situation: step.situation.clone(),
                choice: d.choice,
                text: chosen.text.clone(),
                rank: chosen.rank,
                feedback: chosen.feedback.clone(),
                timed_out: d.timed_out,
                real_ms: d.real_ms,
                sim_minute: d.sim_minute,
                goal: step.goal,
                better,
                cost,
                on_best_path: best_steps
                    .get(i)
                    .is_some_and(|p| p.step == d.step && p.choice == d.choice),
            })
        })
        .collect();
    let best_path_entries = best_steps
        .iter()
        .filter_map(|p| {
            let step = scenario.step(&p.step)?;
            let c = step.choices.get(p.choice)?;
            Some(PathEntry {
                step: p.step.clone(),
                situation: step.situation.clone(),
                choice: p.choice,
                text: c.text.clone(),
                rank: c.rank,
            })
        })
        .collect();
    let ending_text = |r: &Run| {
        r.ending
            .and(r.current_step(scenario))
            .map(|s| s.situation.clone())
            .unwrap_or_default()
    };
    let injects = run
        .events
        .iter()
        .filter_map(|e| match *e {
            RunEvent::Inject {
                inject,
                sim_minute,
                by_hand,
            } => scenario.injects.get(inject).map(|i| InjectNote {
                text: i.text.clone(),
                sim_minute,
                by_hand,
            }),
            RunEvent::Decided { .. } => None,
        })
        .collect();
    Debrief {
        scenario_key: scenario.key.clone(),
        title: scenario.title.clone(),
        role: scenario.role,
        goals: scenario.learning_goals.clone(),
        weakest: score.weakest(),
        score,
        taken,
        best_path: best_path_entries,
        ending: run.ending,
        ending_text: ending_text(run),
        best_ending: best.as_ref().and_then(|b| b.run.ending),
        best_ending_text: best
            .as_ref()
            .map(|b| ending_text(&b.run))
            .unwrap_or_default(),
        injects,
        real_ms_total: run.real_ms_total(),
        sim_minutes: run.state.sim_minute,
        client_mood: run.state.client_mood,
        slack_days: run.state.slack_days,
        money_at_stake_yuan: run.state.money_at_stake_yuan,
    }
}

impl Debrief {
    /// A plain-text debrief for printing.
    pub fn to_text(&self, lang: Lang) -> String {
        let zh = lang == Lang::Zh;
        let t = |z: &str, e: &str| if zh { z.to_owned() } else { e.to_owned() };
        let mut out = Vec::new();
        out.push(format!(
            "{}{}",
            t("演练复盘:", "Drill debrief: "),
            self.title.get(lang)
        ));
        out.push(format!("{}{}", t("角色:", "Role: "), self.role.label(lang)));
        let verdict = if self.score.passed {
            t("通过", "passed")
        } else {
            t("未通过", "not passed")
        };
        out.push(if zh {
            format!(
                "总分 {} / 100(及格线 {}):{verdict}",
                self.score.total, self.score.pass_mark
            )
        } else {
            format!(
                "Total {} / 100 (pass mark {}): {verdict}",
                self.score.total, self.score.pass_mark
            )
        });
        for d in &self.score.dimensions {
            let value = d
                .percent
                .map_or_else(|| "—".to_owned(), |p| format!("{p}%"));
            out.push(format!("  {}: {value}", d.dimension.label(lang)));
        }
        out.push(self.score.notify.message(lang));
        if self.score.harmful_choices > 0 {
            out.push(t(
                "有一个或多个选择越过了红线(有害),本次演练不能通过。",
                "One or more choices crossed a red line (harmful), so the run cannot pass.",
            ));
        }
        let secs = self.real_ms_total / 1000;
        out.push(if zh {
            format!(
                "用时:实际 {} 分 {} 秒,模拟 {} 小时 {} 分",
                secs / 60,
                secs % 60,
                self.sim_minutes / 60,
                self.sim_minutes % 60
            )
        } else {
            format!(
                "Time: {} min {} s real, {} h {} min simulated",
                secs / 60,
                secs % 60,
                self.sim_minutes / 60,
                self.sim_minutes % 60
            )
        });
        out.push(String::new());
        out.push(t("你的选择:", "Your path:"));
        for (i, s) in self.taken.iter().enumerate() {
            let timeout = if s.timed_out {
                t("(超时,自动选择)", " (timed out: default taken)")
            } else {
                String::new()
            };
            out.push(format!("{}. {}", i + 1, s.situation.get(lang)));
            out.push(format!(
                "   → {} [{}]{timeout}",
                s.text.get(lang),
                s.rank.label(lang)
            ));
            out.push(format!("   {}", s.feedback.get(lang)));
            if let Some(b) = &s.better {
                out.push(format!(
                    "   {}{}",
                    t("更好的选择:", "Better: "),
                    b.text.get(lang)
                ));
                if let Some(g) = s.goal {
                    out.push(format!(
                        "   {}{}",
                        t("原则:", "Principle: "),
                        g.principle(lang)
                    ));
                }
            }
        }
        out.push(format!(
            "{}{}",
            t("结局:", "Ending: "),
            self.ending_text.get(lang)
        ));
        out.push(String::new());
        out.push(t("最佳路径:", "Best path:"));
        for (i, p) in self.best_path.iter().enumerate() {
            out.push(format!(
                "{}. {} [{}]",
                i + 1,
                p.text.get(lang),
                p.rank.label(lang)
            ));
        }
        out.push(format!(
            "{}{}",
            t("结局:", "Ending: "),
            self.best_ending_text.get(lang)
        ));
        out.join("\n")
    }
}
