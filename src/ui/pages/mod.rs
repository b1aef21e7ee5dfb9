//! One module per screen.

mod case_detail;
mod case_form;
mod case_list;
mod coming_soon;
mod data;
mod home;
mod import_panel;
mod not_found;

pub use case_detail::CaseDetailPage;
pub use case_form::CaseFormPage;
pub use case_list::{CaseListPage, CaseTable};
pub use coming_soon::{Area, ComingSoon};
pub use data::DataPage;
pub use home::HomePage;
pub use import_panel::ImportPanel;
pub use not_found::NotFound;
