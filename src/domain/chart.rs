//! Geometry for the SVG charts, as plain numbers: the UI draws `<rect>`, `<polyline>` and
//! `<text>` from these values and never computes a coordinate itself.
//!
//! Coordinates are SVG user units with the origin at the top left, y growing downwards.
//! Every function accepts empty data, zeros, negative or non-finite values and sizes, and never
//! returns NaN or infinity: bad values count as zero and bad sizes as an empty area.
//!
//! Its tests live in `retro/tests/chart.rs`, beside the statistics that feed the charts.

use crate::domain::sorting;

/// Space around the plot area, for axis labels.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Padding {
    pub top: f64,
    pub right: f64,
    pub bottom: f64,
    pub left: f64,
}

impl Padding {
    pub fn all(p: f64) -> Self {
        Padding {
            top: p,
            right: p,
            bottom: p,
            left: p,
        }
    }
}

impl From<f64> for Padding {
    fn from(p: f64) -> Self {
        Padding::all(p)
    }
}

/// A rectangle (the plot area, a bar, a cell).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

impl Rect {
    pub fn bottom(&self) -> f64 {
        self.y + self.h
    }

    pub fn right(&self) -> f64 {
        self.x + self.w
    }
}

/// A tick on an axis: `pos` is the x (horizontal axis) or y (vertical axis) coordinate.
#[derive(Clone, Debug, PartialEq)]
pub struct Tick {
    pub pos: f64,
    pub value: f64,
    pub label: String,
}

/// One bar, with its label and value for the `<title>` and the table.
#[derive(Clone, Debug, PartialEq)]
pub struct BarRect {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
    pub label: String,
    pub value: f64,
}

impl BarRect {
    /// Centre of the bar's top edge (where the value label and a Pareto point go).
    pub fn top_centre(&self) -> (f64, f64) {
        (self.x + self.w / 2.0, self.y)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct BarChart {
    pub bars: Vec<BarRect>,
    pub plot: Rect,
    pub y_ticks: Vec<Tick>,
    /// The value at the top of the axis.
    pub axis_max: f64,
}

/// Share of a slot a bar fills; the rest is the gap between bars.
const BAR_FILL: f64 = 0.7;

fn clean(v: f64) -> f64 {
    if v.is_finite() && v > 0.0 {
        v
    } else {
        0.0
    }
}

fn plot_area(width: f64, height: f64, padding: Padding) -> Rect {
    let (width, height) = (clean(width), clean(height));
    let (top, right, bottom, left) = (
        clean(padding.top),
        clean(padding.right),
        clean(padding.bottom),
        clean(padding.left),
    );
    let x = left.min(width);
    let y = top.min(height);
    Rect {
        x,
        y,
        w: (width - left - right).max(0.0),
        h: (height - top - bottom).max(0.0),
    }
}

/// Round tick values from 0 up to at least `max`: steps of 1, 2 or 5 times a power of ten,
/// about `count` intervals. An empty or all-zero range gives `[0, 1]`.
pub fn nice_ticks(max: f64, count: usize) -> Vec<f64> {
    let max = clean(max);
    let count = count.clamp(1, 20) as f64;
    if max == 0.0 {
        return vec![0.0, 1.0];
    }
    let raw = max / count;
    let magnitude = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|m| m * magnitude)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * magnitude);
    let n = (max / step).ceil().clamp(1.0, 40.0) as usize;
    (0..=n).map(|i| i as f64 * step).collect()
}

/// "12", "0.5", "2.25": no trailing zeros.
pub fn tick_label(v: f64) -> String {
    let v = if v.is_finite() { v } else { 0.0 };
    let s = format!("{v:.2}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" {
        "0".to_owned()
    } else {
        s.to_owned()
    }
}

fn y_of(value: f64, axis_max: f64, plot: Rect) -> f64 {
    if axis_max <= 0.0 {
        return plot.bottom();
    }
    plot.bottom() - (clean(value) / axis_max).min(1.0) * plot.h
}

fn y_ticks(values: &[f64], plot: Rect) -> Vec<Tick> {
    let axis_max = values.last().copied().unwrap_or(0.0);
    values
        .iter()
        .map(|v| Tick {
            pos: y_of(*v, axis_max, plot),
            value: *v,
            label: tick_label(*v),
        })
        .collect()
}

/// Vertical bars, one per value, left to right in the order given.
pub fn bar_chart(
    values: &[(String, f64)],
    width: f64,
    height: f64,
    padding: impl Into<Padding>,
) -> BarChart {
    let plot = plot_area(width, height, padding.into());
    let max = values.iter().map(|(_, v)| clean(*v)).fold(0.0, f64::max);
    let ticks = nice_ticks(max, 5);
    let axis_max = ticks.last().copied().unwrap_or(1.0);
    let slot = if values.is_empty() {
        0.0
    } else {
        plot.w / values.len() as f64
    };
    let bars = values
        .iter()
        .enumerate()
        .map(|(i, (label, v))| {
            let value = clean(*v);
            let y = y_of(value, axis_max, plot);
            BarRect {
                x: plot.x + i as f64 * slot + slot * (1.0 - BAR_FILL) / 2.0,
                y,
                w: slot * BAR_FILL,
                h: plot.bottom() - y,
                label: label.clone(),
                value,
            }
        })
        .collect();
    BarChart {
        bars,
        plot,
        y_ticks: y_ticks(&ticks, plot),
        axis_max,
    }
}

/// A Pareto chart: bars sorted by count (largest first) and the cumulative-percentage line.
#[derive(Clone, Debug, PartialEq)]
pub struct ParetoChart {
    pub bars: Vec<BarRect>,
    /// Top centres of the bars at the height of their cumulative percentage (right axis).
    pub cumulative_points: Vec<(f64, f64)>,
    /// Cumulative percentage per bar, 0–100; the last is exactly 100 when any count is > 0.
    pub percentages: Vec<f64>,
    /// Each bar's own share, 0–100.
    pub shares: Vec<f64>,
    pub plot: Rect,
    /// Left axis (counts).
    pub y_ticks: Vec<Tick>,
    /// Right axis (0, 25, 50, 75, 100 %).
    pub percent_ticks: Vec<Tick>,
    /// The y of the 80 % reference line.
    pub eighty_percent_y: f64,
}

pub fn pareto(
    counts: &[(String, u32)],
    width: f64,
    height: f64,
    padding: impl Into<Padding>,
) -> ParetoChart {
    let mut sorted: Vec<(String, u32)> = counts.to_vec();
    // Stable: equal counts keep the caller's order.
    sorting::sort_by_key(&mut sorted, |(_, n)| std::cmp::Reverse(*n));
    let values: Vec<(String, f64)> = sorted
        .iter()
        .map(|(l, n)| (l.clone(), f64::from(*n)))
        .collect();
    let chart = bar_chart(&values, width, height, padding);
    let plot = chart.plot;
    let total: u64 = sorted.iter().map(|(_, n)| u64::from(*n)).sum();
    let mut running = 0u64;
    let mut percentages = Vec::with_capacity(sorted.len());
    let mut shares = Vec::with_capacity(sorted.len());
    for (_, n) in &sorted {
        running += u64::from(*n);
        if total == 0 {
            percentages.push(0.0);
            shares.push(0.0);
        } else {
            percentages.push(running as f64 / total as f64 * 100.0);
            shares.push(f64::from(*n) / total as f64 * 100.0);
        }
    }
    let pct_y = |p: f64| y_of(p, 100.0, plot);
    let cumulative_points = chart
        .bars
        .iter()
        .zip(&percentages)
        .map(|(bar, p)| (bar.top_centre().0, pct_y(*p)))
        .collect();
    let percent_ticks = [0.0, 25.0, 50.0, 75.0, 100.0]
        .into_iter()
        .map(|p| Tick {
            pos: pct_y(p),
            value: p,
            label: format!("{}%", tick_label(p)),
        })
        .collect();
    ParetoChart {
        bars: chart.bars,
        cumulative_points,
        percentages,
        shares,
        plot,
        y_ticks: chart.y_ticks,
        percent_ticks,
        eighty_percent_y: pct_y(80.0),
    }
}

/// One point of a line chart; `y` is `None` where there is no value (a gap).
#[derive(Clone, Debug, PartialEq)]
pub struct LinePoint {
    pub x: f64,
    pub y: Option<f64>,
    pub label: String,
    pub value: Option<f64>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct LineChart {
    pub points: Vec<LinePoint>,
    /// Runs of consecutive points with values: one `<polyline>` each.
    pub segments: Vec<Vec<(f64, f64)>>,
    /// One per point, under it.
    pub x_ticks: Vec<Tick>,
    pub y_ticks: Vec<Tick>,
    pub plot: Rect,
}

/// A line over evenly spaced points. `y_range` fixes the vertical axis (e.g. `(0.0, 1.0)` for
/// rates); otherwise it runs from 0 to a round number above the largest value. Values
/// outside the range are drawn at its edge.
pub fn line_chart(
    points: &[(String, Option<f64>)],
    width: f64,
    height: f64,
    padding: impl Into<Padding>,
    y_range: Option<(f64, f64)>,
) -> LineChart {
    let plot = plot_area(width, height, padding.into());
    let values: Vec<Option<f64>> = points
        .iter()
        .map(|(_, v)| v.filter(|v| v.is_finite()))
        .collect();
    let (lo, hi, tick_values) = match y_range {
        Some((lo, hi)) if lo.is_finite() && hi.is_finite() && hi > lo => {
            let ticks = (0..=4)
                .map(|i| lo + (hi - lo) * f64::from(i) / 4.0)
                .collect();
            (lo, hi, ticks)
        }
        _ => {
            let max = values.iter().flatten().copied().fold(0.0, f64::max);
            let ticks = nice_ticks(max, 4);
            (0.0, ticks.last().copied().unwrap_or(1.0), ticks)
        }
    };
    let y_for = |v: f64| plot.bottom() - ((v - lo) / (hi - lo)).clamp(0.0, 1.0) * plot.h;
    let n = points.len();
    let x_for = |i: usize| match n {
        0 | 1 => plot.x + plot.w / 2.0,
        _ => plot.x + plot.w * i as f64 / (n - 1) as f64,
    };
    let line_points: Vec<LinePoint> = points
        .iter()
        .zip(&values)
        .enumerate()
        .map(|(i, ((label, _), v))| LinePoint {
            x: x_for(i),
            y: v.map(y_for),
            label: label.clone(),
            value: *v,
        })
        .collect();
    let mut segments: Vec<Vec<(f64, f64)>> = Vec::new();
    let mut run: Vec<(f64, f64)> = Vec::new();
    for p in &line_points {
        match p.y {
            Some(y) => run.push((p.x, y)),
            None if !run.is_empty() => segments.push(std::mem::take(&mut run)),
            None => {}
        }
    }
    if !run.is_empty() {
        segments.push(run);
    }
    let x_ticks = line_points
        .iter()
        .enumerate()
        .map(|(i, p)| Tick {
            pos: p.x,
            value: i as f64,
            label: p.label.clone(),
        })
        .collect();
    let y_ticks = tick_values
        .into_iter()
        .map(|v: f64| Tick {
            pos: y_for(v),
            value: v,
            label: tick_label(v),
        })
        .collect();
    LineChart {
        points: line_points,
        segments,
        x_ticks,
        y_ticks,
        plot,
    }
}

/// `points` as the value of a `<polyline points="…">` attribute.
pub fn polyline_points(points: &[(f64, f64)]) -> String {
    points
        .iter()
        .map(|(x, y)| format!("{},{}", tick_label(*x), tick_label(*y)))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The risk zone of a heat-map cell, by likelihood × impact.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Zone {
    /// Score 1–4.
    Low,
    /// 5–9.
    Medium,
    /// 10–16.
    High,
    /// 20–25.
    Critical,
}

impl Zone {
    pub fn of(likelihood: u8, impact: u8) -> Zone {
        match u16::from(likelihood) * u16::from(impact) {
            0..=4 => Zone::Low,
            5..=9 => Zone::Medium,
            10..=16 => Zone::High,
            _ => Zone::Critical,
        }
    }

    /// For CSS classes.
    pub fn key(self) -> &'static str {
        match self {
            Zone::Low => "low",
            Zone::Medium => "medium",
            Zone::High => "high",
            Zone::Critical => "critical",
        }
    }
}

/// One cell of the 5 × 5 risk heat map.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct HeatCell {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
    /// 1–5, left to right.
    pub likelihood: u8,
    /// 1–5, bottom to top.
    pub impact: u8,
    pub count: u32,
    /// 0 for an empty cell, else 1–4 by count relative to the fullest cell (shade).
    pub level: u8,
    pub zone: Zone,
}

/// The 25 cells of a `size` × `size` heat map. `counts[l - 1][i - 1]` is the number of risks
/// with likelihood `l` and impact `i`. Likelihood grows to the right, impact upwards.
/// Cells come row by row from the top left.
pub fn heat_map_cells(counts: &[[u32; 5]; 5], size: f64) -> Vec<HeatCell> {
    let cell = clean(size) / 5.0;
    let max = counts.iter().flatten().copied().max().unwrap_or(0);
    let mut out = Vec::with_capacity(25);
    for impact in (1..=5u8).rev() {
        for likelihood in 1..=5u8 {
            let count = counts[usize::from(likelihood - 1)][usize::from(impact - 1)];
            let level = if count == 0 || max == 0 {
                0
            } else {
                // ceil(count / max * 4) in integers: 1..=4.
                ((u64::from(count) * 4).div_ceil(u64::from(max))).clamp(1, 4) as u8
            };
            out.push(HeatCell {
                x: f64::from(likelihood - 1) * cell,
                y: f64::from(5 - impact) * cell,
                w: cell,
                h: cell,
                likelihood,
                impact,
                count,
                level,
                zone: Zone::of(likelihood, impact),
            });
        }
    }
    out
}
