//! The 5×5 risk heat map in SVG: likelihood across, impact up. Every cell prints its count and
//! its score, so the map reads without colour; a click (or Enter) lists the cell's risks.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::chart::heat_map_cells;
use crate::domain::plan::{heat_map, Band, Plan};
use crate::i18n::{pick, t, PlanK};
use crate::ui::store::use_lang;

const SIZE: f64 = 250.0;
const LEFT: f64 = 44.0;
const TOP: f64 = 8.0;

#[derive(Properties, PartialEq)]
pub struct HeatMapViewProps {
    pub plan: Rc<Plan>,
}

#[component]
pub fn HeatMapView(props: &HeatMapViewProps) -> Html {
    let lang = use_lang();
    let residual = use_state(|| false);
    let selected = use_state(|| None::<(u8, u8)>);
    let plan = &props.plan;
    let map = heat_map(&plan.risks, *residual);
    let mut counts = [[0u32; 5]; 5];
    for cell in &map.cells {
        counts[usize::from(cell.likelihood - 1)][usize::from(cell.impact - 1)] =
            u32::try_from(cell.risks.len()).unwrap_or(u32::MAX);
    }
    let toggle = |value: bool| {
        let (residual, selected) = (residual.clone(), selected.clone());
        Callback::from(move |_: MouseEvent| {
            residual.set(value);
            selected.set(None);
        })
    };
    let cells = heat_map_cells(&counts, SIZE);
    let picked = selected.and_then(|(l, i)| map.cell(l, i).map(|c| (l, i, c.clone())));
    html! {
        <section class="plan-section" data-testid="heat-map" aria-labelledby="heat-h">
            <h2 id="heat-h">{ t(lang, PlanK::HeatMapTitle) }</h2>
            <div class="segmented no-print" role="group" aria-label={t(lang, PlanK::HeatMapTitle)}>
                <button type="button" data-testid="heatmap-before" aria-pressed={(!*residual).to_string()} onclick={toggle(false)}>
                    { t(lang, PlanK::BeforeMitigation) }</button>
                <button type="button" data-testid="heatmap-after" aria-pressed={residual.to_string()} onclick={toggle(true)}>
                    { t(lang, PlanK::AfterMitigation) }</button>
            </div>
            <p class="print-only">{ t(lang, if *residual { PlanK::AfterMitigation } else { PlanK::BeforeMitigation }) }</p>
            <div class="heat-wrap">
                <svg class="heat-svg" viewBox={format!("0 0 {} {}", LEFT + SIZE + 8.0, TOP + SIZE + 44.0)} role="group"
                    aria-label={pick(lang, format!("热力图，共 {} 项风险", map.total()), format!("Heat map, {} risks", map.total()))}>
                    { for cells.iter().map(|c| {
                        let (l, i) = (c.likelihood, c.impact);
                        let select = { let s = selected.clone(); Callback::from(move |_: MouseEvent| s.set(Some((l, i)))) };
                        let key = { let s = selected.clone(); Callback::from(move |e: KeyboardEvent| {
                            if e.key() == "Enter" || e.key() == " " { e.prevent_default(); s.set(Some((l, i))); }
                        }) };
                        let here = *selected == Some((l, i));
                        let label = pick(lang, format!("可能性 {l}，影响 {i}，分值 {}：{} 项风险", l * i, c.count),
                            format!("Likelihood {l}, impact {i}, score {}: {} risk(s)", l * i, c.count));
                        html! {
                            <g key={format!("{l}-{i}")} class={classes!("heat-cell", format!("zone-{}", c.zone.key()), format!("level-{}", c.level), here.then_some("picked"))}
                                role="button" tabindex="0" aria-pressed={here.to_string()}
                                data-testid={format!("heat-cell-{l}-{i}")} onclick={select} onkeydown={key}>
                                // The name for screen readers (and the hover tip); the numbers are the visible text.
                                <title>{ label }</title>
                                <rect x={(LEFT + c.x + 1.0).to_string()} y={(TOP + c.y + 1.0).to_string()}
                                    width={(c.w - 2.0).to_string()} height={(c.h - 2.0).to_string()} rx="4" />
                                <text class="heat-score" x={(LEFT + c.x + 5.0).to_string()} y={(TOP + c.y + 13.0).to_string()}>{ l * i }</text>
                                <text class="heat-count" x={(LEFT + c.x + c.w / 2.0).to_string()} y={(TOP + c.y + c.h / 2.0 + 7.0).to_string()}
                                    text-anchor="middle">{ if c.count == 0 { "·".to_string() } else { c.count.to_string() } }</text>
                            </g>
                        }
                    }) }
                    { for (1..=5u8).map(|n| {
                        let step = SIZE / 5.0;
                        let mid = (f64::from(n) - 0.5) * step;
                        html! { <g key={n} class="heat-axis">
                            <text x={(LEFT + mid).to_string()} y={(TOP + SIZE + 16.0).to_string()} text-anchor="middle">{ n }</text>
                            <text x={(LEFT - 8.0).to_string()} y={(TOP + SIZE - mid + 5.0).to_string()} text-anchor="end">{ n }</text>
                        </g> }
                    }) }
                    <text class="heat-axis-title" x={(LEFT + SIZE / 2.0).to_string()} y={(TOP + SIZE + 36.0).to_string()} text-anchor="middle">
                        { t(lang, PlanK::AxisLikelihood) }</text>
                    <text class="heat-axis-title" x="12" y={(TOP + SIZE / 2.0).to_string()} text-anchor="middle"
                        transform={format!("rotate(-90 12 {})", TOP + SIZE / 2.0)}>{ t(lang, PlanK::AxisImpact) }</text>
                </svg>
                <ul class="heat-legend" data-testid="heat-legend">
                    { for Band::ALL.iter().rev().map(|b| {
                        let (lo, hi) = b.range();
                        html! { <li key={b.key()}><span class={classes!("swatch", format!("zone-{}", b.key()))} aria-hidden="true"></span>
                            { format!("{} {lo}–{hi}", b.label(lang)) }</li> }
                    }) }
                    <li class="muted">{ t(lang, PlanK::HeatLegendHint) }</li>
                </ul>
            </div>
            <div class="heat-picked" role="status" aria-live="polite" data-testid="heat-cell-risks">
                if let Some((l, i, cell)) = picked {
                    <p><strong>{ pick(lang,
                        format!("可能性 {l} × 影响 {i} = {}（{}）：{} 项", cell.score, cell.band.label(lang), cell.risks.len()),
                        format!("Likelihood {l} × impact {i} = {} ({}): {}", cell.score, cell.band.label(lang), cell.risks.len())) }</strong></p>
                    if cell.risks.is_empty() {
                        <p class="muted">{ t(lang, PlanK::CellEmpty) }</p>
                    } else {
                        <ul>{ for cell.risks.iter().filter_map(|id| plan.risk(*id)).map(|r| html! {
                            <li key={r.id.0} data-testid="heat-cell-risk">{ r.title.get(lang) }</li>
                        }) }</ul>
                    }
                }
            </div>
        </section>
    }
}
