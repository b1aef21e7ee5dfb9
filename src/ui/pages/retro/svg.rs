//! SVG pieces the statistics charts share: axes, bars with their value printed on them, and
//! the category labels under the bars. Geometry comes from `domain::chart`.

use yew::prelude::*;

use crate::domain::chart::{BarRect, Rect, Tick};

pub const W: f64 = 520.0;
pub const H: f64 = 260.0;

/// Room for the axis labels: top, right, bottom, left.
pub fn padding(right: f64) -> crate::domain::chart::Padding {
    crate::domain::chart::Padding {
        top: 16.0,
        right,
        bottom: 44.0,
        left: 40.0,
    }
}

/// The left axis with its tick labels and light grid lines.
pub fn y_axis(ticks: &[Tick], plot: Rect) -> Html {
    html! {
        <g class="axis">
            { for ticks.iter().map(|tk| html! {
                <g key={tk.label.clone()}>
                    <line class="grid" x1={plot.x.to_string()} x2={plot.right().to_string()}
                        y1={tk.pos.to_string()} y2={tk.pos.to_string()} />
                    <text x={(plot.x - 6.0).to_string()} y={(tk.pos + 4.0).to_string()} text-anchor="end">{ tk.label.clone() }</text>
                </g>
            }) }
            <line class="axis-line" x1={plot.x.to_string()} x2={plot.right().to_string()}
                y1={plot.bottom().to_string()} y2={plot.bottom().to_string()} />
        </g>
    }
}

/// Bars with their value above and their label below (colour is never the only signal).
pub fn bars(bars: &[BarRect], plot: Rect, value_text: impl Fn(usize, &BarRect) -> String) -> Html {
    html! {
        <g class="bars">
            { for bars.iter().enumerate().map(|(i, b)| {
                let (cx, top) = b.top_centre();
                html! {
                    <g key={i} data-testid="chart-bar" data-label={b.label.clone()} data-value={b.value.to_string()}>
                        <rect class="bar" x={b.x.to_string()} y={b.y.to_string()} width={b.w.to_string()} height={b.h.to_string()} />
                        <text class="bar-value" x={cx.to_string()} y={(top - 4.0).to_string()} text-anchor="middle">{ value_text(i, b) }</text>
                        <text class="bar-label" x={cx.to_string()} y={(plot.bottom() + 16.0).to_string()} text-anchor="middle">{ b.label.clone() }</text>
                    </g>
                }
            }) }
        </g>
    }
}
