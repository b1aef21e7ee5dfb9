//! 材料预审 The precheck area: a case's 预审 wizard tab (service and deadline, materials,
//! findings, feasibility, sign-off) and the area page listing every case's precheck state.

mod area;
mod feasibility_view;
mod findings_view;
mod materials_view;
mod service_step;
mod signoff_view;
mod tab;

use std::rc::Rc;

use uuid::Uuid;

use crate::domain::precheck::Precheck;
use crate::ui::state::AppContext;

pub use area::PrecheckArea;
pub use feasibility_view::FeasibilityView;
pub use findings_view::FindingsView;
pub use materials_view::MaterialsView;
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

/// Opens the browser's print dialog.
pub fn print_page() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}
