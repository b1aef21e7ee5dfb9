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

use std::collections::BTreeMap;
use std::rc::Rc;

use uuid::Uuid;
use yew::prelude::*;

use crate::domain::calendar::Calendar;
use crate::domain::case::Case;
use crate::domain::catalog::Catalog;
use crate::domain::plan::{TimelineBasis, Warning};
use crate::domain::precheck::{case_feasibility, Feasibility, Precheck, PrecheckError};
use crate::ui::platform;
use crate::ui::state::SameRc;
use crate::ui::store::{
    use_calendar, use_catalog, use_index, use_records_of_case, use_table, ByCase,
};

pub use area::PrecheckArea;
pub use audit_view::AuditView;
pub use checks_view::ChecksView;
pub use custom_form::CustomForm;
pub use feasibility_view::FeasibilityView;
pub use findings_view::FindingsView;
pub use legal_rep_view::LegalRepView;
pub use materials_view::MaterialsView;
pub use print_report::PrintReport;
pub use service_step::ServiceStep;
pub use signoff_view::SignoffView;
pub use tab::CasePrecheckTab;

/// The warnings of the library (the `Warning` table), as the feasibility counts them.
pub fn library_warnings(warnings: &BTreeMap<Uuid, Rc<Warning>>) -> Vec<Warning> {
    warnings.values().map(|w| (**w).clone()).collect()
}

/// The live precheck among a case's prechecks (as `use_records_of_case` gives them): the one
/// edited last.
pub fn precheck_of(prechecks: &[Rc<Precheck>]) -> Option<Rc<Precheck>> {
    prechecks
        .iter()
        .filter(|p| !p.meta.deleted)
        .max_by_key(|p| p.meta.updated_at)
        .cloned()
}

/// The feasibility of `case` given its live precheck: `None` without one.
pub fn feasibility_with(
    precheck: Option<&Precheck>,
    case: &Case,
    warnings: &BTreeMap<Uuid, Rc<Warning>>,
    catalog: &Catalog,
    calendar: &Calendar,
) -> Option<Result<Feasibility, PrecheckError>> {
    let precheck = precheck?;
    let service = case.service_key.as_deref().and_then(|k| catalog.get(k));
    Some(case_feasibility(
        precheck,
        case,
        service,
        &library_warnings(warnings),
        calendar,
        platform::today(),
    ))
}

/// The basis of the plan's decide-by dates: the precheck's feasibility when there is one.
pub fn basis_of(feasibility: Option<&Result<Feasibility, PrecheckError>>) -> TimelineBasis {
    match feasibility {
        Some(Ok(f)) => TimelineBasis::from_feasibility(f),
        _ => TimelineBasis::RiskEstimates,
    }
}

/// The precheck's feasibility of one case; re-renders only when that case's prechecks, the
/// warning library, the catalog or the calendar change, and computes only then.
#[hook]
pub fn use_feasibility(case: &Rc<Case>) -> Option<Result<Feasibility, PrecheckError>> {
    let prechecks = use_records_of_case::<Precheck>(Some(case.meta.id));
    let warnings = use_table::<Warning>();
    let catalog = use_catalog();
    let calendar = use_calendar();
    let deps = (
        SameRc(case.clone()),
        precheck_of(&prechecks).map(SameRc),
        SameRc(warnings),
        SameRc(catalog),
        SameRc(calendar),
        platform::today(),
    );
    let feasibility = use_memo(deps, |(case, precheck, warnings, catalog, calendar, _)| {
        feasibility_with(
            precheck.as_ref().map(|p| p.0.as_ref()),
            &case.0,
            &warnings.0,
            &catalog.0,
            &calendar.0,
        )
    });
    (*feasibility).clone()
}

/// The basis of one case's decide-by dates (see [`use_feasibility`]).
#[hook]
pub fn use_timeline_basis(case: &Rc<Case>) -> TimelineBasis {
    basis_of(use_feasibility(case).as_ref())
}

/// What the precheck of any case is worked out from, for pages that list cases (hooks cannot
/// run per row): re-renders when any precheck, the warnings, the catalog or the calendar change.
#[derive(Clone)]
pub struct PrecheckInputs {
    pub prechecks: Rc<ByCase<Precheck>>,
    pub warnings: Rc<BTreeMap<Uuid, Rc<Warning>>>,
    pub catalog: Rc<Catalog>,
    pub calendar: Rc<Calendar>,
}

impl PartialEq for PrecheckInputs {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.prechecks, &other.prechecks)
            && Rc::ptr_eq(&self.warnings, &other.warnings)
            && Rc::ptr_eq(&self.catalog, &other.catalog)
            && Rc::ptr_eq(&self.calendar, &other.calendar)
    }
}

impl PrecheckInputs {
    /// The live precheck of a case.
    pub fn precheck(&self, case_id: Uuid) -> Option<Rc<Precheck>> {
        self.prechecks
            .0
            .get(&case_id)
            .and_then(|list| precheck_of(list))
    }

    /// The precheck's feasibility of a case, as the plan and the case page show it: `None`
    /// when the case has no precheck yet.
    pub fn feasibility(&self, case: &Case) -> Option<Result<Feasibility, PrecheckError>> {
        feasibility_with(
            self.precheck(case.meta.id).as_deref(),
            case,
            &self.warnings,
            &self.catalog,
            &self.calendar,
        )
    }

    /// The basis of the case's decide-by dates (see [`basis_of`]).
    pub fn timeline_basis(&self, case: &Case) -> TimelineBasis {
        basis_of(self.feasibility(case).as_ref())
    }
}

/// The [`PrecheckInputs`] of the moment.
#[hook]
pub fn use_precheck_inputs() -> PrecheckInputs {
    PrecheckInputs {
        prechecks: use_index::<ByCase<Precheck>>(),
        warnings: use_table::<Warning>(),
        catalog: use_catalog(),
        calendar: use_calendar(),
    }
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
