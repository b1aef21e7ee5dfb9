//! A trainee's progress: totals over time as an SVG line chart with the numbers as a table,
//! the weakest dimension and the suggested next scenario.

use crate::domain::sorting;
use yew::prelude::*;

use super::shared::{sub_href, trainee, use_library};
use crate::domain::chart::{line_chart, polyline_points, Padding};
use crate::domain::drill::progress::trainees;
use crate::domain::drill::{progress, suggest_next, summary, RunRecord};
use crate::i18n::{t, DrillK};
use crate::ui::platform::local_time;
use crate::ui::state::SameRc;
use crate::ui::store::{use_lang, use_table};

const W: f64 = 560.0;
const H: f64 = 260.0;

#[component]
pub fn ProgressPage() -> Html {
    let lang = use_lang();
    let table = use_table::<RunRecord>();
    let records = use_memo(SameRc(table), |table| {
        table
            .0
            .values()
            .filter(|r| !r.meta.deleted)
            .map(|r| r.as_ref().clone())
            .collect::<Vec<RunRecord>>()
    });
    let names = trainees(&records);
    let who = use_state(|| {
        let me = trainee();
        if names.contains(&me.trim().to_owned()) {
            me.trim().to_owned()
        } else {
            names.first().cloned().unwrap_or_default()
        }
    });
    let on_who = {
        let who = who.clone();
        Callback::from(move |e: Event| {
            who.set(
                e.target_unchecked_into::<web_sys::HtmlSelectElement>()
                    .value(),
            )
        })
    };
    let library = use_library();
    let all = &library.all;
    let series = progress(&records, &who);
    let sum = summary(&records, &who);
    let next = suggest_next(&records, &who, all);
    let mut mine: Vec<&RunRecord> = records
        .iter()
        .filter(|r| r.trainee.trim() == who.as_str())
        .collect();
    sorting::sort_by_key(&mut mine, |r| r.finished_at);
    let points: Vec<(String, Option<f64>)> = series
        .iter()
        .enumerate()
        .map(|(i, (_, total))| (format!("#{}", i + 1), Some(f64::from(*total))))
        .collect();
    let pad = Padding {
        top: 16.0,
        right: 12.0,
        bottom: 36.0,
        left: 40.0,
    };
    let chart = line_chart(&points, W, H, pad, Some((0.0, 100.0)));
    let title_of = |key: &str| {
        all.iter()
            .find(|s| s.key == key)
            .map_or_else(|| key.to_owned(), |s| s.title.get(lang).to_owned())
    };
    html! {
        <section class="page" data-testid="page-drill-progress">
            <div class="page-head"><h1>{ t(lang, DrillK::Progress) }</h1></div>
            if names.is_empty() {
                <p class="empty" data-testid="drill-no-runs">{ t(lang, DrillK::NoRuns) }</p>
            } else {
                <div class="field">
                    <label for="drill-progress-trainee">{ t(lang, DrillK::Trainee) }</label>
                    <select id="drill-progress-trainee" onchange={on_who} data-testid="drill-progress-trainee">
                        { for names.iter().map(|n| html! { <option key={n.clone()} value={n.clone()} selected={*n == *who}>{ n.clone() }</option> }) }
                    </select>
                </div>
                <p>{ t(lang, DrillK::Runs) }{ "：" }<span data-testid="drill-run-count">{ sum.runs }</span>
                    { " · " }{ t(lang, DrillK::Passed) }{ "：" }{ sum.passed }</p>
                if let Some(w) = sum.weakest {
                    <p data-testid="drill-weakest">{ t(lang, DrillK::Weakest) }{ "：" }<strong>{ w.label(lang) }</strong></p>
                }
                if let Some(s) = next {
                    <p data-testid="drill-suggest">{ t(lang, DrillK::SuggestNext) }{ "：" }
                        <a href={sub_href(format!("run/{}", s.key))} data-key={s.key.clone()}>{ s.title.get(lang).to_owned() }</a></p>
                }
                <h2 id="drill-chart-h">{ t(lang, DrillK::ChartTitle) }</h2>
                <svg class="chart-svg" viewBox={format!("0 0 {W} {H}")} role="img" aria-labelledby="drill-chart-h" data-testid="drill-progress-chart">
                    <g class="axis">
                        { for chart.y_ticks.iter().map(|tk| html! {
                            <g key={tk.label.clone()}>
                                <line class="grid" x1={chart.plot.x.to_string()} x2={chart.plot.right().to_string()} y1={tk.pos.to_string()} y2={tk.pos.to_string()} />
                                <text x={(chart.plot.x - 6.0).to_string()} y={(tk.pos + 4.0).to_string()} text-anchor="end">{ tk.label.clone() }</text>
                            </g>
                        }) }
                    </g>
                    { for chart.segments.iter().enumerate().map(|(i, s)| html! { <polyline key={i} class="line" points={polyline_points(s)} /> }) }
                    { for chart.points.iter().enumerate().map(|(i, p)| html! {
                        <g key={i} data-testid="drill-chart-point" data-value={p.value.map(|v| v.to_string()).unwrap_or_default()}>
                            if let (Some(y), Some(v)) = (p.y, p.value) {
                                <circle class="line-point" cx={p.x.to_string()} cy={y.to_string()} r="4" />
                                <text class="bar-value" x={p.x.to_string()} y={(y - 8.0).to_string()} text-anchor="middle">{ format!("{v:.0}") }</text>
                            }
                            <text class="bar-label" x={p.x.to_string()} y={(chart.plot.bottom() + 16.0).to_string()} text-anchor="middle">{ p.label.clone() }</text>
                        </g>
                    }) }
                </svg>
                <table class="chart-table" data-testid="drill-progress-table">
                    <caption>{ t(lang, DrillK::ChartTitle) }</caption>
                    <thead><tr>
                        <th scope="col">{ "#" }</th><th scope="col">{ t(lang, DrillK::Date) }</th>
                        <th scope="col">{ t(lang, DrillK::Scenario) }</th><th scope="col">{ t(lang, DrillK::Total) }</th>
                        <th scope="col">{ t(lang, DrillK::Passed) }</th>
                    </tr></thead>
                    <tbody>
                        { for mine.iter().enumerate().map(|(i, r)| html! {
                            <tr key={r.meta.id.to_string()} data-testid="drill-progress-row">
                                <th scope="row">{ i + 1 }</th>
                                <td>{ local_time(r.finished_at) }</td>
                                <td><a href={sub_href(format!("debrief/{}", r.meta.id))}>{ title_of(&r.scenario_key) }</a></td>
                                <td data-testid="drill-progress-total">{ r.score.total }</td>
                                <td>{ if r.passed { "✔" } else { "✘" } }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            }
            <p class="no-print"><a href={sub_href("")} data-testid="drill-back">{ t(lang, DrillK::Back) }</a></p>
        </section>
    }
}
