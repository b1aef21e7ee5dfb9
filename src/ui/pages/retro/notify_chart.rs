//! Time to notify the client after a failure was found: a distribution by bucket, with the
//! share told within the hour and the median; the numbers as a table too.

use std::rc::Rc;

use yew::prelude::*;

use super::shared::pct;
use super::svg::{bars, padding, y_axis, H, W};
use crate::domain::chart::bar_chart;
use crate::domain::response::Failure;
use crate::domain::retro::time_to_notify;
use crate::i18n::{pick, t, RetroK};
use crate::ui::store::use_lang;

#[derive(Properties, PartialEq)]
pub struct NotifyChartProps {
    pub failures: Rc<Vec<Failure>>,
}

#[component]
pub fn NotifyChart(props: &NotifyChartProps) -> Html {
    let lang = use_lang();
    let stats = time_to_notify(&props.failures);
    let values: Vec<(String, f64)> = stats
        .buckets
        .iter()
        .map(|b| (b.label.get(lang).to_owned(), f64::from(b.count)))
        .collect();
    let chart = bar_chart(&values, W, H, padding(12.0));
    let summary = pick(
        lang,
        format!(
            "已通知 {} 起，其中一小时内 {} 起（{}）；未通知 {} 起；中位数 {}。",
            stats.notified,
            stats.within_hour,
            stats.within_hour_rate.map_or("—".into(), pct),
            stats.not_notified,
            stats
                .median_minutes
                .map_or("—".into(), |m| format!("{m} 分钟"))
        ),
        format!(
            "{} notified, {} within the hour ({}); {} never notified; median {}.",
            stats.notified,
            stats.within_hour,
            stats.within_hour_rate.map_or("—".into(), pct),
            stats.not_notified,
            stats
                .median_minutes
                .map_or("—".into(), |m| format!("{m} min"))
        ),
    );
    html! {
        <section class="retro-chart" aria-labelledby="chart-notify-title" data-testid="chart-notify">
            <h2 id="chart-notify-title">{ t(lang, RetroK::NotifyTitle) }</h2>
            <p data-testid="notify-summary">{ summary }</p>
            if stats.notified > 0 {
                <svg class="chart-svg" viewBox={format!("0 0 {W} {H}")} role="img" aria-label={t(lang, RetroK::NotifyTitle)}>
                    { y_axis(&chart.y_ticks, chart.plot) }
                    { bars(&chart.bars, chart.plot, |_, b| format!("{}", b.value)) }
                </svg>
                <table class="chart-table" data-testid="notify-table">
                    <caption>{ t(lang, RetroK::TableCaption) }</caption>
                    <thead><tr>
                        <th scope="col">{ t(lang, RetroK::ColBucket) }</th>
                        <th scope="col">{ t(lang, RetroK::ColCount) }</th>
                    </tr></thead>
                    <tbody>
                        { for stats.buckets.iter().enumerate().map(|(i, b)| html! {
                            <tr key={i} data-testid="notify-row"><th scope="row">{ b.label.get(lang).to_owned() }</th><td data-testid="notify-count">{ b.count }</td></tr>
                        }) }
                    </tbody>
                </table>
            }
        </section>
    }
}
