//! Pure domain logic: no browser, no UI framework. Everything here is tested natively.

pub mod audit;
pub mod backup;
pub mod calendar;
pub mod case;
pub mod catalog;
pub mod chart;
pub mod drill;
pub mod error;
pub mod ids;
pub mod json;
pub mod kinds;
pub mod lang;
pub mod library;
pub mod merge3;
pub mod plan;
pub mod precheck;
pub mod profile;
pub mod record;
pub mod replication;
pub mod response;
pub mod retro;
pub mod revision;
pub mod sorting;
