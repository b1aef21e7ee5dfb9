//! One module per screen.

mod case_detail;
mod case_form;
mod case_list;
mod case_tabs;
mod coming_soon;
mod data;
pub mod drill;
mod encrypted_export;
mod erase_panel;
mod home;
mod import_panel;
pub mod library;
mod not_found;
pub mod plan;
pub mod precheck;
pub mod response;
pub mod retro;
mod team_sync;

pub use case_detail::CaseDetailPage;
pub use case_form::CaseFormPage;
pub use case_list::{CaseListPage, CaseTable};
pub use case_tabs::{CaseTab, CaseTabPage, CaseTabs};
pub use coming_soon::{Area, ComingSoon};
pub use data::DataPage;
pub use encrypted_export::EncryptedExport;
pub use erase_panel::ErasePanel;
pub use home::HomePage;
pub use import_panel::ImportPanel;
pub use not_found::NotFound;
pub use team_sync::{ProfilePanel, SyncConflictFlag, TeamSyncPanel};
