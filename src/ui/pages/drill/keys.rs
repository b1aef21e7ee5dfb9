//! The run screen's number-key shortcuts: 1–9 pick a choice, except while typing in a field
//! or with a modifier held.

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Calls `on` with the 0-based index of a number key pressed anywhere on the page. The
/// listener is registered again when `on` changes, so pass a stable callback (`use_callback`).
#[hook]
pub fn use_digit_keys(on: Callback<usize>) {
    use_effect_with(on, move |on| {
        let on = on.clone();
        let doc = gloo::utils::document();
        let opts = EventListenerOptions::enable_prevent_default();
        let listener = EventListener::new_with_options(&doc, "keydown", opts, move |e| {
            let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() else {
                return;
            };
            if e.ctrl_key() || e.alt_key() || e.meta_key() {
                return;
            }
            let in_field = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
                .is_some_and(|el| {
                    matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                });
            if in_field {
                return;
            }
            if let Some(d) = e
                .key()
                .parse::<usize>()
                .ok()
                .filter(|d| (1..=9).contains(d))
            {
                e.prevent_default();
                on.emit(d - 1);
            }
        });
        move || drop(listener)
    });
}
