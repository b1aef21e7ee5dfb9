//! The Yew user interface: the app shell, routes, state, shared components and one page per
//! screen. Pages read state from context, call domain functions and dispatch actions; only
//! `state.rs` talks to `storage`.

mod app;
pub mod components;
pub mod content;
pub mod crypto;
pub mod lazy;
pub mod pages;
pub mod platform;
pub mod route;
pub mod state;
pub mod store;
pub mod sync;
pub mod team;

pub use app::App;
