//! 失败应对 The failure desk: the case's 应对 tab (raise a failure, the one-hour clock, the
//! notification, the remedy, daily reports, compensation, close, the timeline), the area page
//! across cases, and the alerts panel the home screen shows.

mod alerts_panel;
mod area;
mod case_tab;
mod case_timeline;
mod close_panel;
mod closed_failure;
mod comp_draft;
mod comp_fields;
mod comp_row;
mod compensation_panel;
mod desk_note;
mod draft_box;
mod estimate_form;
mod failure_desk;
mod failure_flag;
mod next_step;
mod notify_clock;
mod notify_form;
mod raise_form;
mod report_history;
mod report_panel;
mod shared;
mod step_row;
mod steps_panel;

pub use alerts_panel::AlertsPanel;
pub use area::ResponseArea;
pub use case_tab::{CaseResponseTab, CaseResponseTabProps};
pub use failure_flag::FailureFlag;
