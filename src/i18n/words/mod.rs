//! Domain errors and field labels in words (see `crate::i18n::Localized`).

mod backup;
mod calendar;
mod catalog;
mod drill;
mod ids;
mod plan;
mod precheck;
mod response;
mod retro;
