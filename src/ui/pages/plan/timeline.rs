//! 决策时点 Decide-by timeline: for every linked path, the last working day the team can still
//! switch to it and meet the hard date, on a bar from the start to the hard date and as a list.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::case::Case;
use crate::domain::plan::{date_text, timeline_with, DecideState, Plan, Timeline, TimelineBasis};
use crate::i18n::{pick, t, uncovered_years_text, Lang, PlanK};
use crate::ui::pages::precheck::use_timeline_basis;
use crate::ui::platform;
use crate::ui::store::{use_calendar, use_lang};

#[derive(Properties, PartialEq)]
pub struct DecideTimelineProps {
    pub plan: Rc<Plan>,
    pub case: Rc<Case>,
}

#[component]
pub fn DecideTimeline(props: &DecideTimelineProps) -> Html {
    let lang = use_lang();
    let calendar = use_calendar();
    let basis = use_timeline_basis(&props.case);
    let line = timeline_with(
        &props.plan,
        &props.case,
        &calendar,
        platform::today(),
        basis,
    );
    let next = line.next_open().map(|e| {
        pick(
            lang,
            format!(
                "下一个决定点：{}（{}）前决定是否改走“{}”——{}",
                e.decide_by.date,
                left_text(e.decide_by.working_days_left, lang),
                e.path.name(lang),
                e.risk_title.get(lang)
            ),
            format!(
                "Next decision: by {} ({}), whether to switch to “{}” — {}",
                e.decide_by.date,
                left_text(e.decide_by.working_days_left, lang),
                e.path.name(lang),
                e.risk_title.get(lang)
            ),
        )
    });
    html! {
        <section class="plan-section" data-testid="decide-timeline" aria-labelledby="tl-h">
            <h2 id="tl-h">{ t(lang, PlanK::TimelineTitle) }</h2>
            <p class="lead">{ t(lang, PlanK::TimelineLead) }</p>
            { basis_note(basis, lang) }
            if !line.uncovered_years.is_empty() {
                <p class="banner warn" role="status" data-testid="timeline-uncovered">{ uncovered_years_text(&line.uncovered_years, lang) }</p>
            }
            if line.entries.is_empty() && line.failures.is_empty() {
                <p class="muted" data-testid="timeline-empty">{ t(lang, PlanK::TimelineEmpty) }</p>
            } else {
                if let Some(text) = next { <p class="next-decision" data-testid="next-decision"><strong>{ text }</strong></p> }
                { bar(&line, lang) }
                <ol class="decide-list">
                { for line.entries.iter().enumerate().map(|(n, e)| html! {
                    <li key={format!("{}-{}", e.risk.0, e.path.key())} class={classes!("decide-entry", format!("state-{}", e.decide_by.state.key()))}
                        data-testid="decide-entry" data-path={e.path.key()}>
                        <span class="marker-no" aria-hidden="true">{ n + 1 }</span>
                        <strong data-testid="decide-date">{ e.decide_by.date.to_string() }</strong>
                        { " " }<span class={classes!("badge", format!("st-{}", e.decide_by.state.key()))} data-testid="decide-state">
                            { state_mark(e.decide_by.state) }{ e.decide_by.state.label(lang) }</span>
                        { " " }<span class="sub-inline">{ left_text(e.decide_by.working_days_left, lang) }</span>
                        <div>{ e.path.name(lang) }{ " · " }{ e.risk_title.get(lang) }</div>
                        <div class="sub">{ match line.basis {
                            TimelineBasis::RiskEstimates => pick(lang,
                                format!("切换 {} 个工作日 + 之后的办理 {} 个工作日，最晚在 {} 办完", e.cost_working_days, e.remaining_work_days, date_text(line.hard_date, lang)),
                                format!("{} working day(s) to switch + {} working day(s) of work after, done by {}", e.cost_working_days, e.remaining_work_days, date_text(line.hard_date, lang))),
                            TimelineBasis::Precheck { .. } => pick(lang,
                                format!("切换 {} 个工作日 + 预审算出的修正与办理 {} 个工作日{}，最晚在 {} 办完", e.cost_working_days, e.remaining_work_days,
                                    if e.lost_working_days > 0 { format!(" + 政策预警停办 {} 个工作日", e.lost_working_days) } else { String::new() },
                                    date_text(line.hard_date, lang)),
                                format!("{} working day(s) to switch + {} working day(s) of fixes and service from the precheck{}, done by {}", e.cost_working_days, e.remaining_work_days,
                                    if e.lost_working_days > 0 { format!(" + {} working day(s) closed by policy warnings", e.lost_working_days) } else { String::new() },
                                    date_text(line.hard_date, lang))),
                        } }</div>
                        if e.decide_by.before_start {
                            <div class="warn-text" data-testid="decide-before-start">{ t(lang, PlanK::BeforeStart) }</div>
                        }
                    </li>
                }) }
                </ol>
                { for line.failures.iter().map(|f| html! {
                    <p key={format!("f-{}-{}", f.risk.0, f.path.key())} class="banner error" data-testid="decide-failure">
                        { format!("{}：{}", f.path.name(lang), f.error.message(lang)) }</p>
                }) }
            }
        </section>
    }
}

/// Says where the work after a switch comes from, and what the precheck concluded.
fn basis_note(basis: TimelineBasis, lang: Lang) -> Html {
    match basis {
        TimelineBasis::RiskEstimates => html! {
            <p class="muted" data-testid="timeline-basis" data-basis="risks">{ pick(lang,
                "决定日按各项风险自己估计的剩余办理天数计算；完成材料预审后改按预审的可行性计算。".to_string(),
                "Decide-by dates count each risk's own estimate of the work left; once the precheck is done they count its feasibility.".to_string()) }</p>
        },
        TimelineBasis::Precheck {
            required_working_days,
            lost_working_days,
            feasible,
            shortfall_working_days,
        } => {
            let lost = if lost_working_days > 0 {
                pick(
                    lang,
                    format!("，另有 {lost_working_days} 个工作日因政策预警停办"),
                    format!(", plus {lost_working_days} working day(s) closed by policy warnings"),
                )
            } else {
                String::new()
            };
            let verdict = if feasible {
                pick(
                    lang,
                    "预审结论：可以按期。".to_string(),
                    "Precheck: the hard date can be met.".to_string(),
                )
            } else {
                pick(lang, format!("预审结论：无法按期，差 {shortfall_working_days} 个工作日。"), format!("Precheck: the hard date cannot be met, {shortfall_working_days} working day(s) short."))
            };
            html! {
                <p class={classes!("banner", if feasible { "ok" } else { "warn" })} role="status" data-testid="timeline-basis" data-basis="precheck">
                    { pick(lang,
                        format!("决定日按材料预审的可行性计算：修正与办理共需 {required_working_days} 个工作日{lost}。"),
                        format!("Decide-by dates follow the precheck's feasibility: {required_working_days} working day(s) of fixes and service{lost}. ")) }
                    { verdict }
                </p>
            }
        }
    }
}

fn state_mark(state: DecideState) -> &'static str {
    match state {
        DecideState::Passed => "✕ ",
        DecideState::Today => "! ",
        DecideState::Upcoming => "",
    }
}

fn left_text(days: i64, lang: Lang) -> String {
    match days {
        0 => pick(lang, "今天".into(), "today".into()),
        d if d > 0 => pick(
            lang,
            format!("还有 {d} 个工作日"),
            format!("{d} working day(s) left"),
        ),
        d => pick(
            lang,
            format!("已过 {} 个工作日", -d),
            format!("{} working day(s) ago", -d),
        ),
    }
}

/// The window as a bar: start, today and the hard date, with a numbered marker per decision.
fn bar(line: &Timeline, lang: Lang) -> Html {
    let span = (line.hard_date - line.start_date).num_days();
    if span <= 0 {
        return Html::default();
    }
    let (x0, w) = (20.0, 560.0);
    let x = |d: chrono::NaiveDate| {
        x0 + w * ((d - line.start_date).num_days() as f64 / span as f64).clamp(0.0, 1.0)
    };
    let today = x(line.today);
    html! {
        <svg class="decide-bar" viewBox="0 0 600 84" role="img" data-testid="decide-bar"
            aria-label={pick(lang, format!("时间轴：{} 至 {}", line.start_date, line.hard_date), format!("Timeline from {} to {}", line.start_date, line.hard_date))}>
            <line class="axis" x1={x0.to_string()} y1="44" x2={(x0 + w).to_string()} y2="44" />
            <text x={x0.to_string()} y="74" text-anchor="start">{ format!("{} {}", t(lang, PlanK::Start), line.start_date.format("%m-%d")) }</text>
            <text x={(x0 + w).to_string()} y="74" text-anchor="end">{ format!("{} {}", t(lang, PlanK::HardDate), line.hard_date.format("%m-%d")) }</text>
            <line class="today" x1={today.to_string()} y1="30" x2={today.to_string()} y2="58" />
            <text class="today-label" x={today.to_string()} y="24" text-anchor="middle">{ t(lang, PlanK::Today) }</text>
            { for line.entries.iter().enumerate().map(|(n, e)| {
                // Decisions on the same day sit side by side rather than on top of each other.
                let same = line.entries[..n].iter().filter(|o| o.decide_by.date == e.decide_by.date).count();
                let cx = x(e.decide_by.date) + 16.0 * same as f64;
                html! { <g key={n} class={classes!("marker", format!("state-{}", e.decide_by.state.key()))}>
                    <circle cx={cx.to_string()} cy="44" r="9" />
                    <text x={cx.to_string()} y="48" text-anchor="middle">{ n + 1 }</text>
                </g> }
            }) }
        </svg>
    }
}
