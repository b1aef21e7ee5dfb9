//! The player's gauges: countdown, client mood, slack, money at stake, minutes to the hard
//! date and the simulated clock; then the facts known and the news since the last decision.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::drill::PlayerView;
use crate::domain::response::format_duration;
use crate::i18n::{pick, t, DrillK, Lang};
use crate::ui::store::use_lang;

#[derive(Properties, PartialEq)]
pub struct GaugesProps {
    pub view: Rc<PlayerView>,
    /// Seconds left for this decision (`None`: no limit or finished).
    pub remaining: Option<u32>,
    pub limit: u32,
}

/// Simulated minutes in days, hours and minutes ("20 天", "1 小时 30 分钟"), never a bare
/// "28800"; a time already past says so.
fn minutes_text(minutes: i64, lang: Lang) -> String {
    let d = format_duration(chrono::Duration::minutes(minutes.abs()), lang);
    if minutes < 0 {
        pick(lang, format!("已过 {d}"), format!("{d} past"))
    } else {
        d
    }
}

fn gauge(lang: Lang, label: DrillK, value: String, testid: &'static str, low: bool) -> Html {
    html! {
        <div class={classes!("drill-gauge", low.then_some("low"))} data-testid={testid}>
            <span class="drill-gauge-label">{ t(lang, label) }</span>
            <span class="drill-gauge-value" data-testid={format!("{testid}-value")}>{ value }</span>
        </div>
    }
}

#[component]
pub fn Gauges(props: &GaugesProps) -> Html {
    let lang = use_lang();
    let v = &props.view;
    let countdown = props.remaining.map(|r| {
        let pct = (r * 100).checked_div(props.limit).unwrap_or(0);
        html! {
            <div class={classes!("drill-countdown", (r <= 10).then_some("low"))} data-testid="drill-countdown">
                <span class="drill-gauge-label" id="drill-countdown-label">{ t(lang, DrillK::Countdown) }</span>
                <span class="drill-gauge-value" data-testid="drill-countdown-value" aria-live={ if r <= 10 { "assertive" } else { "off" } }>
                    { format!("{r} {}", t(lang, DrillK::Seconds)) }</span>
                <div class="drill-bar" role="progressbar" aria-labelledby="drill-countdown-label"
                    aria-valuemin="0" aria-valuemax={props.limit.to_string()} aria-valuenow={r.to_string()}>
                    <svg class="drill-bar-svg" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
                        <rect class="drill-bar-fill" width={pct.to_string()} height="10" />
                    </svg>
                </div>
            </div>
        }
    });
    html! {
        <div class="drill-gauges" data-testid="drill-gauges">
            { countdown.unwrap_or_default() }
            { gauge(lang, DrillK::ClientMood, format!("{:+}", v.client_mood), "drill-mood", v.client_mood < 0) }
            { gauge(lang, DrillK::Slack, v.slack_days.to_string(), "drill-slack", v.slack_days <= 0) }
            { gauge(lang, DrillK::Money, v.money_at_stake_yuan.to_string(), "drill-money", false) }
            { gauge(lang, DrillK::ToHardDate, minutes_text(v.minutes_to_hard_date, lang), "drill-to-hard-date", v.minutes_to_hard_date < 60) }
            { gauge(lang, DrillK::SimClock, minutes_text(i64::from(v.sim_minute), lang), "drill-sim-minute", false) }
            <p class="drill-hard-date">{ t(lang, DrillK::HardDate) }{ "：" }{ v.hard_date_label.get(lang).to_owned() }</p>
            if !v.news.is_empty() {
                <div class="banner warn drill-news" aria-live="polite" data-testid="drill-news">
                    <h3>{ t(lang, DrillK::News) }</h3>
                    <ul>{ for v.news.iter().enumerate().map(|(i, n)| html! { <li key={i}>{ n.get(lang).to_owned() }</li> }) }</ul>
                </div>
            }
            if !v.facts.is_empty() {
                <div class="drill-known" data-testid="drill-facts">
                    <h3>{ t(lang, DrillK::Facts) }</h3>
                    <ul>{ for v.facts.iter().enumerate().map(|(i, f)| html! { <li key={i}>{ f.get(lang).to_owned() }</li> }) }</ul>
                </div>
            }
        </div>
    }
}
