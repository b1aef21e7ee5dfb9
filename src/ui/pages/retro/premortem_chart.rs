//! The pre-mortem hit rate by month: how often the plan foresaw what happened.

use std::rc::Rc;

use yew::prelude::*;

use super::shared::pct;
use super::svg::{padding, y_axis, H, W};
use crate::domain::chart::{line_chart, polyline_points};
use crate::domain::retro::{hit_rate, premortem_by_month, Retro};
use crate::i18n::{pick, t, RetroK};
use crate::ui::store::use_lang;

#[derive(Properties, PartialEq)]
pub struct PremortemChartProps {
    pub retros: Rc<Vec<Retro>>,
}

#[component]
pub fn PremortemChart(props: &PremortemChartProps) -> Html {
    let lang = use_lang();
    let months = premortem_by_month(&props.retros);
    let all: Vec<Option<bool>> = props
        .retros
        .iter()
        .filter(|r| !r.meta.deleted)
        .map(|r| r.premortem_hit)
        .collect();
    let overall = hit_rate(&all);
    let points: Vec<(String, Option<f64>)> = months
        .iter()
        .map(|m| (m.label(), m.rate.map(|r| r * 100.0)))
        .collect();
    let chart = line_chart(&points, W, H, padding(12.0), Some((0.0, 100.0)));
    html! {
        <section class="retro-chart" aria-labelledby="chart-pm-title" data-testid="chart-premortem">
            <h2 id="chart-pm-title">{ t(lang, RetroK::PremortemRateTitle) }</h2>
            <p data-testid="premortem-overall">{ pick(lang,
                format!("总体命中率：{}", overall.map_or("—".into(), pct)),
                format!("Overall hit rate: {}", overall.map_or("—".into(), pct))) }</p>
            if months.is_empty() {
                <p class="empty">{ t(lang, RetroK::ChartEmpty) }</p>
            } else {
                <svg class="chart-svg" viewBox={format!("0 0 {W} {H}")} role="img" aria-label={t(lang, RetroK::PremortemRateTitle)}>
                    { y_axis(&chart.y_ticks, chart.plot) }
                    { for chart.segments.iter().enumerate().map(|(i, s)| html! {
                        <polyline key={i} class="line" points={polyline_points(s)} />
                    }) }
                    { for chart.points.iter().enumerate().map(|(i, p)| html! {
                        <g key={i}>
                            if let (Some(y), Some(v)) = (p.y, p.value) {
                                <circle class="line-point" cx={p.x.to_string()} cy={y.to_string()} r="4" />
                                <text class="bar-value" x={p.x.to_string()} y={(y - 8.0).to_string()} text-anchor="middle">{ format!("{v:.0}%") }</text>
                            }
                            <text class="bar-label" x={p.x.to_string()} y={(chart.plot.bottom() + 16.0).to_string()} text-anchor="middle">{ p.label.clone() }</text>
                        </g>
                    }) }
                </svg>
                <table class="chart-table" data-testid="premortem-table">
                    <caption>{ t(lang, RetroK::TableCaption) }</caption>
                    <thead><tr>
                        <th scope="col">{ t(lang, RetroK::ColMonth) }</th>
                        <th scope="col">{ t(lang, RetroK::ColHits) }</th>
                        <th scope="col">{ t(lang, RetroK::ColTotal) }</th>
                        <th scope="col">{ t(lang, RetroK::ColRate) }</th>
                    </tr></thead>
                    <tbody>
                        { for months.iter().map(|m| html! {
                            <tr key={m.label()} data-testid="premortem-row" data-month={m.label()}><th scope="row">{ m.label() }</th>
                                <td data-testid="premortem-hits">{ m.hits }</td><td data-testid="premortem-total">{ m.total }</td>
                                <td data-testid="premortem-rate">{ m.rate.map_or("—".into(), pct) }</td></tr>
                        }) }
                    </tbody>
                </table>
            }
        </section>
    }
}
