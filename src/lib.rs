//! 加急护航 Expedite Guard: a browser toolkit for agencies that sell expedited registration,
//! tax and licensing services, to foresee failures and handle them well.
//!
//! `domain` and `i18n` are pure Rust and build everywhere; `storage` and `ui` need a browser
//! and are compiled for `wasm32` only, which keeps the domain honest: it cannot reach them.

pub mod domain;
pub mod i18n;

#[cfg(all(target_arch = "wasm32", feature = "bench"))]
pub mod bench;
#[cfg(target_arch = "wasm32")]
pub mod storage;
#[cfg(target_arch = "wasm32")]
pub mod ui;
