//! The Pareto chart of root-cause categories: bars by count, largest first, with the
//! cumulative-percentage line and the 80 % reference; the numbers as a table beneath.

use std::rc::Rc;

use yew::prelude::*;

use super::shared::pct;
use super::svg::{bars, padding, y_axis, H, W};
use crate::domain::chart::{pareto, polyline_points};
use crate::domain::retro::{pareto_categories, Retro};
use crate::i18n::{t, RetroK};
use crate::ui::store::use_lang;

#[derive(Properties, PartialEq)]
pub struct ParetoChartProps {
    pub retros: Rc<Vec<Retro>>,
}

#[component]
pub fn ParetoChart(props: &ParetoChartProps) -> Html {
    let lang = use_lang();
    let rows = pareto_categories(&props.retros);
    let counts: Vec<(String, u32)> = rows
        .iter()
        .map(|r| (r.category.label(lang).to_owned(), r.count))
        .collect();
    let total: u32 = rows.iter().map(|r| r.count).sum();
    let chart = pareto(&counts, W, H, padding(44.0));
    let plot = chart.plot;
    html! {
        <section class="retro-chart" aria-labelledby="chart-pareto-title" data-testid="chart-pareto"
            data-total={total.to_string()}>
            <h2 id="chart-pareto-title">{ t(lang, RetroK::ParetoTitle) }</h2>
            if rows.is_empty() {
                <p class="empty" data-testid="chart-pareto-empty">{ t(lang, RetroK::ParetoEmpty) }</p>
            } else {
                <svg class="chart-svg" viewBox={format!("0 0 {W} {H}")} role="img"
                    aria-label={t(lang, RetroK::ParetoTitle)}>
                    { y_axis(&chart.y_ticks, plot) }
                    { bars(&chart.bars, plot, |_, b| format!("{}", b.value)) }
                    <line class="eighty" x1={plot.x.to_string()} x2={plot.right().to_string()}
                        y1={chart.eighty_percent_y.to_string()} y2={chart.eighty_percent_y.to_string()} />
                    <text class="eighty-label" x={(plot.right() - 2.0).to_string()} y={(chart.eighty_percent_y - 4.0).to_string()} text-anchor="end">{ "80%" }</text>
                    <polyline class="cumulative" points={polyline_points(&chart.cumulative_points)}
                        data-testid="pareto-cumulative" />
                    { for chart.cumulative_points.iter().zip(&chart.percentages).enumerate().map(|(i, ((x, y), p))| html! {
                        <circle key={i} class="cum-point" cx={x.to_string()} cy={y.to_string()} r="4">
                            <title>{ format!("{p:.0}%") }</title>
                        </circle>
                    }) }
                    { for chart.percent_ticks.iter().map(|tk| html! {
                        <text key={tk.label.clone()} class="pct-tick" x={(plot.right() + 6.0).to_string()}
                            y={(tk.pos + 4.0).to_string()}>{ tk.label.clone() }</text>
                    }) }
                </svg>
                <table class="chart-table" data-testid="pareto-table">
                    <caption>{ t(lang, RetroK::TableCaption) }</caption>
                    <thead><tr>
                        <th scope="col">{ t(lang, RetroK::ColCategory) }</th>
                        <th scope="col">{ t(lang, RetroK::ColCount) }</th>
                        <th scope="col">{ t(lang, RetroK::ColShare) }</th>
                        <th scope="col">{ t(lang, RetroK::ColCumulative) }</th>
                    </tr></thead>
                    <tbody>
                        { for rows.iter().map(|r| html! {
                            <tr key={r.category.key()} data-testid="pareto-row" data-category={r.category.key()}>
                                <th scope="row">{ r.category.label(lang) }</th>
                                <td data-testid="pareto-count">{ r.count }</td>
                                <td data-testid="pareto-share">{ pct(r.share) }</td>
                                <td data-testid="pareto-cum">{ pct(r.cumulative) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            }
        </section>
    }
}
