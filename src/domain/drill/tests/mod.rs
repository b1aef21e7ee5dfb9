//! Tests of the drill module, one file per area; `support` holds the shared fixtures.

mod builtin;
mod details;
mod editor;
mod engine;
mod graph;
mod library;
mod pack;
mod progress;
mod scoring;
mod support;
