//! 材料预审 The precheck area: a case's 预审 wizard tab (service and deadline, materials,
//! findings, feasibility, sign-off) and the area page listing every case's precheck state.

mod area;
mod audit_view;
mod checks_view;
mod custom_form;
mod feasibility_view;
mod field_input;
mod findings_view;
mod legal_rep_view;
mod materials_view;
mod print_report;
mod service_step;
mod signoff_view;
mod tab;

use std::rc::Rc;

use uuid::Uuid;

use crate::domain::case::Case;
use crate::domain::plan::{TimelineBasis, Warning};
use crate::domain::precheck::{case_feasibility, Feasibility, Precheck, PrecheckError};
use crate::ui::platform;
use crate::ui::store::AppContext;

pub use area::PrecheckArea;
pub use audit_view::AuditView;
pub use checks_view::ChecksView;
pub use custom_form::CustomForm;
pub use feasibility_view::FeasibilityView;
pub use findings_view::FindingsView;
pub use legal_rep_view::LegalRepView;
pub use materials_view::MaterialsView;
pub use print_report::PrintReport;

/// The warnings of the library, as the feasibility counts them.
pub fn library_warnings(ctx: &AppContext) -> Vec<Warning> {
    ctx.data.all::<Warning>().map(|w| (**w).clone()).collect()
}

/// The precheck's feasibility of a case, as the plan and the case page show it: `None` when
/// the case has no precheck yet.
pub fn feasibility_of(ctx: &AppContext, case: &Case) -> Option<Result<Feasibility, PrecheckError>> {
    let precheck = precheck_of(ctx, case.meta.id)?;
    let service = case.service_key.as_deref().and_then(|k| ctx.catalog.get(k));
    Some(case_feasibility(
        &precheck,
        case,
        service,
        &library_warnings(ctx),
        &ctx.calendar,
        platform::today(),
    ))
}

/// The basis of the plan's decide-by dates: the precheck's feasibility when there is one.
pub fn timeline_basis(ctx: &AppContext, case: &Case) -> TimelineBasis {
    match feasibility_of(ctx, case) {
        Some(Ok(f)) => TimelineBasis::from_feasibility(&f),
        _ => TimelineBasis::RiskEstimates,
    }
}
pub use service_step::ServiceStep;
pub use signoff_view::SignoffView;
pub use tab::CasePrecheckTab;

/// The live precheck of a case.
pub fn precheck_of(ctx: &AppContext, case_id: Uuid) -> Option<Rc<Precheck>> {
    ctx.data
        .all::<Precheck>()
        .filter(|p| p.case_id == case_id && !p.meta.deleted)
        .max_by_key(|p| p.meta.updated_at)
        .cloned()
}

pub use crate::ui::platform::print_page;

/// A test id, prefixed `report-` inside the printed report so it never doubles one on screen.
pub(crate) fn tid(in_report: bool, id: &str) -> String {
    if in_report {
        format!("report-{id}")
    } else {
        id.to_owned()
    }
}
