//! The 5×5 heat map as plain cells; the SVG geometry belongs to the chart code.

use super::risks::{Band, Risk, RISK_SCALE};
use super::RiskId;

/// One cell of the heat map.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HeatCell {
    pub likelihood: u8,
    pub impact: u8,
    pub score: u8,
    pub band: Band,
    /// Risks in the cell, in register order. `risks.len()` is the count to print.
    pub risks: Vec<RiskId>,
}

/// The 5×5 heat map: 25 cells in display order, row by row from likelihood 5 (top) down to 1,
/// each row from impact 1 (left) to 5.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HeatMap {
    /// Whether the cells place risks by their scores after mitigation.
    pub residual: bool,
    pub cells: Vec<HeatCell>,
}

impl HeatMap {
    /// The five rows, top (likelihood 5) first.
    pub fn rows(&self) -> impl Iterator<Item = &[HeatCell]> {
        self.cells.chunks(5)
    }

    pub fn cell(&self, likelihood: u8, impact: u8) -> Option<&HeatCell> {
        let index = cell_index(likelihood, impact)?;
        self.cells.get(index)
    }

    /// The fullest cell's count (for shading relative to it).
    pub fn max_count(&self) -> usize {
        self.cells.iter().map(|c| c.risks.len()).max().unwrap_or(0)
    }

    /// Number of risks placed.
    pub fn total(&self) -> usize {
        self.cells.iter().map(|c| c.risks.len()).sum()
    }
}

fn cell_index(likelihood: u8, impact: u8) -> Option<usize> {
    if RISK_SCALE.contains(&likelihood) && RISK_SCALE.contains(&impact) {
        Some(usize::from(5 - likelihood) * 5 + usize::from(impact - 1))
    } else {
        None
    }
}

/// Places every risk in exactly one cell (values outside 1..=5 are clamped into the grid).
pub fn heat_map(risks: &[Risk], residual: bool) -> HeatMap {
    let mut cells: Vec<HeatCell> = Vec::with_capacity(25);
    for likelihood in RISK_SCALE.rev() {
        for impact in RISK_SCALE {
            let score = likelihood * impact;
            cells.push(HeatCell {
                likelihood,
                impact,
                score,
                band: Band::from_score(score),
                risks: Vec::new(),
            });
        }
    }
    for risk in risks {
        let (likelihood, impact) = risk.cell(residual);
        if let Some(cell) = cell_index(likelihood, impact).and_then(|i| cells.get_mut(i)) {
            cell.risks.push(risk.id);
        }
    }
    HeatMap { residual, cells }
}
