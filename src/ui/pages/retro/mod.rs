//! 复盘 The retrospective: the case's 复盘 tab (outcome and timeline, reflections, the five
//! whys with the blame guard, cause categories, the pre-mortem hit, action items, "turn into
//! training", print), the area page with statistics across cases, and the overdue action
//! items the home screen shows.

mod action_draft;
mod action_form;
mod action_row;
mod action_status;
mod actions;
mod area;
mod drill_button;
mod factors;
mod notes;
mod notify_chart;
mod on_time_chart;
mod outcome;
mod overdue;
mod pareto_chart;
mod premortem;
mod premortem_chart;
mod reflections;
mod shared;
mod svg;
mod tab;
mod whys;

pub use area::RetroArea;
pub use overdue::{OverdueActions, OverdueActionsProps};
pub use tab::{CaseRetroTab, CaseRetroTabProps};
