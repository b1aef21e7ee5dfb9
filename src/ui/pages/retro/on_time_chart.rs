//! On-time rate by service type (cases with a retrospective), as bars and a table.

use std::rc::Rc;

use yew::prelude::*;

use super::shared::pct;
use super::svg::{bars, padding, y_axis, H, W};
use crate::domain::case::Case;
use crate::domain::chart::bar_chart;
use crate::domain::retro::{on_time_by_service, Retro};
use crate::i18n::{t, RetroK};
use crate::ui::store::use_lang;

#[derive(Properties, PartialEq)]
pub struct OnTimeChartProps {
    pub cases: Rc<Vec<Case>>,
    pub retros: Rc<Vec<Retro>>,
}

#[component]
pub fn OnTimeChart(props: &OnTimeChartProps) -> Html {
    let lang = use_lang();
    let rows = on_time_by_service(&props.cases, &props.retros);
    let values: Vec<(String, f64)> = rows
        .iter()
        .map(|r| (r.label.clone(), r.rate * 100.0))
        .collect();
    let chart = bar_chart(&values, W, H, padding(12.0));
    html! {
        <section class="retro-chart" aria-labelledby="chart-ontime-title" data-testid="chart-on-time">
            <h2 id="chart-ontime-title">{ t(lang, RetroK::OnTimeTitle) }</h2>
            if rows.is_empty() {
                <p class="empty">{ t(lang, RetroK::ChartEmpty) }</p>
            } else {
                <svg class="chart-svg" viewBox={format!("0 0 {W} {H}")} role="img" aria-label={t(lang, RetroK::OnTimeTitle)}>
                    { y_axis(&chart.y_ticks, chart.plot) }
                    { bars(&chart.bars, chart.plot, |i, _| format!("{} ({}/{})", pct(rows[i].rate), rows[i].met, rows[i].total)) }
                </svg>
                <table class="chart-table" data-testid="on-time-table">
                    <caption>{ t(lang, RetroK::TableCaption) }</caption>
                    <thead><tr>
                        <th scope="col">{ t(lang, RetroK::ColService) }</th>
                        <th scope="col">{ t(lang, RetroK::ColMet) }</th>
                        <th scope="col">{ t(lang, RetroK::ColTotal) }</th>
                        <th scope="col">{ t(lang, RetroK::ColRate) }</th>
                    </tr></thead>
                    <tbody>
                        { for rows.iter().map(|r| html! {
                            <tr key={r.service.clone()}>
                                <th scope="row">{ r.label.clone() }</th>
                                <td>{ r.met }</td><td>{ r.total }</td><td>{ pct(r.rate) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            }
        </section>
    }
}
