//! Pure domain logic: no browser, no UI framework. Everything here is tested natively.

pub mod case;
pub mod error;
pub mod record;
