use proptest::prelude::*;

use crate::domain::chart::*;

fn finite(v: f64) -> bool {
    v.is_finite()
}

fn labelled(values: &[u32]) -> Vec<(String, u32)> {
    values
        .iter()
        .enumerate()
        .map(|(i, v)| (format!("c{i}"), *v))
        .collect()
}

#[test]
fn bars_fill_the_plot_from_the_baseline() {
    let chart = bar_chart(
        &[("a".into(), 10.0), ("b".into(), 5.0), ("c".into(), 0.0)],
        300.0,
        200.0,
        20.0,
    );
    assert_eq!(
        chart.plot,
        Rect {
            x: 20.0,
            y: 20.0,
            w: 260.0,
            h: 160.0
        }
    );
    assert_eq!(chart.axis_max, 10.0);
    let [a, b, c] = &chart.bars[..] else {
        panic!("three bars")
    };
    assert_eq!((a.y, a.h), (20.0, 160.0));
    assert_eq!((b.y, b.h), (100.0, 80.0));
    assert_eq!((c.y, c.h), (180.0, 0.0));
    assert!(a.x >= 20.0 && c.x + c.w <= 280.0 + 1e-9);
    assert!(a.x + a.w < b.x, "gaps between bars");
    let labels: Vec<&str> = chart.y_ticks.iter().map(|t| t.label.as_str()).collect();
    assert_eq!(labels, ["0", "2", "4", "6", "8", "10"]);
    assert_eq!(chart.y_ticks[0].pos, 180.0);
}

#[test]
fn pareto_sorts_accumulates_and_reaches_one_hundred() {
    let chart = pareto(&labelled(&[1, 3, 2, 0]), 400.0, 200.0, Padding::all(20.0));
    let order: Vec<&str> = chart.bars.iter().map(|b| b.label.as_str()).collect();
    assert_eq!(order, ["c1", "c2", "c0", "c3"]);
    assert_eq!(chart.percentages.len(), 4);
    assert_eq!(chart.percentages[0], 50.0);
    assert!((chart.percentages[1] - 500.0 / 6.0).abs() < 1e-9);
    assert_eq!(&chart.percentages[2..], [100.0, 100.0]);
    assert_eq!(chart.shares[0], 50.0);
    assert_eq!(chart.percentages.last(), Some(&100.0));
    // The line starts at the first bar's centre and ends at the top of the plot.
    assert_eq!(chart.cumulative_points[0].0, chart.bars[0].top_centre().0);
    assert_eq!(chart.cumulative_points[0].1, 20.0 + 160.0 * 0.5);
    assert_eq!(chart.cumulative_points.last().map(|p| p.1), Some(20.0));
    assert_eq!(chart.eighty_percent_y, 20.0 + 160.0 * 0.2);
    assert_eq!(
        chart.percent_ticks.last().map(|t| t.label.as_str()),
        Some("100%")
    );
}

#[test]
fn empty_and_zero_data_give_numbers_not_nan() {
    let empty = pareto(&[], 300.0, 200.0, 10.0);
    assert!(empty.bars.is_empty() && empty.percentages.is_empty());
    assert!(empty.cumulative_points.is_empty());
    assert!(empty.y_ticks.iter().all(|t| finite(t.pos)));
    let zeros = pareto(&labelled(&[0, 0]), 300.0, 200.0, 10.0);
    assert_eq!(zeros.percentages, [0.0, 0.0]);
    assert!(zeros.bars.iter().all(|b| b.h == 0.0 && finite(b.y)));
    let nothing = bar_chart(&[], 0.0, 0.0, 50.0);
    assert_eq!(nothing.plot.w, 0.0);
    let weird = bar_chart(
        &[
            ("nan".into(), f64::NAN),
            ("neg".into(), -3.0),
            ("inf".into(), f64::INFINITY),
        ],
        f64::NAN,
        -5.0,
        f64::INFINITY,
    );
    for b in &weird.bars {
        assert!(
            finite(b.x) && finite(b.y) && finite(b.w) && finite(b.h),
            "{b:?}"
        );
        assert_eq!(b.value, 0.0);
    }
    let line = line_chart(&[], 100.0, 100.0, 10.0, None);
    assert!(line.points.is_empty() && line.segments.is_empty());
}

#[test]
fn lines_break_at_gaps_and_respect_a_fixed_range() {
    let chart = line_chart(
        &[
            ("1月".into(), Some(0.5)),
            ("2月".into(), None),
            ("3月".into(), Some(1.0)),
            ("4月".into(), Some(2.0)),
        ],
        320.0,
        120.0,
        Padding {
            top: 10.0,
            right: 10.0,
            bottom: 10.0,
            left: 10.0,
        },
        Some((0.0, 1.0)),
    );
    assert_eq!(chart.points[0].x, 10.0);
    assert_eq!(chart.points[3].x, 310.0);
    assert_eq!(chart.points[0].y, Some(60.0));
    assert_eq!(chart.points[1].y, None);
    assert_eq!(chart.points[3].y, Some(10.0), "clamped to the range");
    assert_eq!(chart.segments.len(), 2);
    assert_eq!(chart.segments[1], vec![(210.0, 10.0), (310.0, 10.0)]);
    assert_eq!(chart.y_ticks.len(), 5);
    assert_eq!(chart.x_ticks[2].label, "3月");
    assert_eq!(polyline_points(&chart.segments[1]), "210,10 310,10");
    let single = line_chart(&[("x".into(), Some(3.0))], 100.0, 100.0, 0.0, None);
    assert_eq!(single.points[0].x, 50.0);
    assert!(single.points[0].y.is_some_and(finite));
}

#[test]
fn the_heat_map_puts_high_impact_on_top_and_shades_by_count() {
    let mut counts = [[0u32; 5]; 5];
    counts[4][4] = 4; // likelihood 5, impact 5
    counts[0][0] = 1; // likelihood 1, impact 1
    counts[2][3] = 2; // likelihood 3, impact 4
    let cells = heat_map_cells(&counts, 250.0);
    assert_eq!(cells.len(), 25);
    let at = |l: u8, i: u8| {
        *cells
            .iter()
            .find(|c| c.likelihood == l && c.impact == i)
            .expect("cell")
    };
    let top_right = at(5, 5);
    assert_eq!((top_right.x, top_right.y, top_right.w), (200.0, 0.0, 50.0));
    assert_eq!(
        (top_right.count, top_right.level, top_right.zone),
        (4, 4, Zone::Critical)
    );
    let bottom_left = at(1, 1);
    assert_eq!((bottom_left.x, bottom_left.y), (0.0, 200.0));
    assert_eq!((bottom_left.level, bottom_left.zone), (1, Zone::Low));
    assert_eq!((at(3, 4).level, at(3, 4).zone), (2, Zone::High));
    assert_eq!(at(2, 3).level, 0);
    assert_eq!(Zone::of(3, 3), Zone::Medium);
    let empty = heat_map_cells(&[[0; 5]; 5], f64::NAN);
    assert!(empty.iter().all(|c| c.level == 0 && c.w == 0.0));
}

#[test]
fn ticks_are_round_numbers() {
    assert_eq!(nice_ticks(0.0, 5), [0.0, 1.0]);
    assert_eq!(nice_ticks(7.0, 5), [0.0, 2.0, 4.0, 6.0, 8.0]);
    assert_eq!(nice_ticks(1.0, 4), [0.0, 0.5, 1.0]);
    assert_eq!(nice_ticks(95.0, 5), [0.0, 20.0, 40.0, 60.0, 80.0, 100.0]);
    assert_eq!(tick_label(0.25), "0.25");
    assert_eq!(tick_label(-0.0001), "0");
    assert_eq!(tick_label(f64::NAN), "0");
}

proptest! {
    #[test]
    fn pareto_is_always_finite_and_ends_at_one_hundred(
        counts in proptest::collection::vec(0u32..1000, 0..12),
        width in -10.0f64..2000.0,
        height in -10.0f64..2000.0,
        pad in -5.0f64..100.0,
    ) {
        let chart = pareto(&labelled(&counts), width, height, pad);
        prop_assert_eq!(chart.bars.len(), counts.len());
        for b in &chart.bars {
            prop_assert!(finite(b.x) && finite(b.y) && finite(b.w) && finite(b.h));
            prop_assert!(b.h >= 0.0 && b.w >= 0.0);
            prop_assert!(b.y + b.h <= chart.plot.bottom() + 1e-6);
        }
        for (x, y) in &chart.cumulative_points {
            prop_assert!(finite(*x) && finite(*y));
        }
        prop_assert!(chart.percentages.windows(2).all(|w| w[0] <= w[1]));
        if counts.iter().any(|c| *c > 0) {
            prop_assert_eq!(chart.percentages.last().copied(), Some(100.0));
        }
        prop_assert!(chart.bars.windows(2).all(|w| w[0].value >= w[1].value));
    }

    #[test]
    fn ticks_cover_the_maximum(max in 0.0f64..1e9, count in 1usize..10) {
        let ticks = nice_ticks(max, count);
        prop_assert!(ticks.len() >= 2 && ticks.len() <= 41);
        prop_assert!(ticks.last().copied().unwrap_or(0.0) >= max);
        prop_assert!(ticks.iter().all(|t| t.is_finite()));
    }
}
