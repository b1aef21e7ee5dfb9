//! Domain errors and field labels in words (see `crate::i18n::Localized`).

mod backup;
mod calendar;
mod calendar_labels;
mod catalog;
mod catalog_labels;
mod drill;
mod drill_labels;
mod ids;
mod plan;
mod plan_labels;
mod precheck;
mod precheck_labels;
mod response;
mod response_labels;
mod retro;
mod retro_labels;
