//! The few facts the UI takes from the browser: the time, today's local date, randomness and
//! the remembered language. Everything else receives these as values.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use uuid::Uuid;
use wasm_bindgen::JsCast;

use crate::domain::record::new_id;
use crate::i18n::Lang;

const LANG_KEY: &str = "expedite-guard.lang";

thread_local! {
    /// A pinned instant (milliseconds since the epoch) that replaces the browser's clock: set by
    /// browser tests through [`pin_clock`], so nothing they assert depends on the real date.
    static PINNED_MS: std::cell::Cell<Option<f64>> = const { std::cell::Cell::new(None) };
}

/// Pins the clock at `at` (`None`: the browser's clock again). For tests: the app never calls it.
pub fn pin_clock(at: Option<DateTime<Utc>>) {
    PINNED_MS.with(|p| p.set(at.map(|t| t.timestamp_millis() as f64)));
}

fn now_millis() -> f64 {
    PINNED_MS
        .with(|p| p.get())
        .unwrap_or_else(js_sys::Date::now)
}

/// The current instant.
pub fn now() -> DateTime<Utc> {
    DateTime::<Utc>::from_timestamp_millis(now_millis() as i64).unwrap_or_default()
}

/// Today in the device's own time zone (deadlines are local dates).
pub fn today() -> NaiveDate {
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(now_millis()));
    NaiveDate::from_ymd_opt(d.get_full_year() as i32, d.get_month() + 1, d.get_date())
        .unwrap_or_default()
}

/// Formats an instant in the device's local time, minutes precision.
pub fn local_time(at: DateTime<Utc>) -> String {
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(
        at.timestamp_millis() as f64
    ));
    format!(
        "{:04}-{:02}-{:02} {:02}:{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date(),
        d.get_hours(),
        d.get_minutes()
    )
}

/// A fresh UUID v7 from the clock and the browser's CSPRNG.
pub fn fresh_id() -> Uuid {
    let mut random = [0u8; 10];
    let filled = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .and_then(|c| c.get_random_values_with_u8_array(&mut random).ok())
        .is_some();
    if !filled {
        // No WebCrypto: fall back to Math.random, still unique enough with the timestamp.
        for b in random.iter_mut() {
            *b = (js_sys::Math::random() * 256.0) as u8;
        }
    }
    new_id(now(), random)
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

const WHO_KEY: &str = "expedite-guard.who";

/// The name this device last worked as (the precheck's 操作人), if any.
pub fn stored_who() -> Option<String> {
    local_storage()
        .and_then(|s| s.get_item(WHO_KEY).ok().flatten())
        .filter(|w| !w.trim().is_empty())
}

/// Remembers who works on this device, so the next precheck does not reset to the default.
pub fn remember_who(who: &str) {
    if let Some(s) = local_storage() {
        // A full or disabled localStorage only loses the preference, never data.
        let _ = s.set_item(WHO_KEY, who);
    }
}

/// The language chosen last time, or Chinese.
pub fn stored_lang() -> Lang {
    local_storage()
        .and_then(|s| s.get_item(LANG_KEY).ok().flatten())
        .map(|tag| Lang::from_tag(&tag))
        .unwrap_or_default()
}

/// Remembers the language and sets `<html lang>` so screen readers and fonts follow it.
pub fn apply_lang(lang: Lang) {
    if let Some(s) = local_storage() {
        // A full or disabled localStorage only loses the preference, never data.
        let _ = s.set_item(LANG_KEY, lang.tag());
    }
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", lang.tag());
    }
}

/// Marks the moment the first screen shows its data: a performance mark `app-ready` (read by
/// the benchmark harness) and `data-app-ready` on `<html>` (read by the end-to-end tests, whose
/// fake clock also fakes `performance`).
pub fn mark_ready() {
    if let Some(perf) = web_sys::window().and_then(|w| w.performance()) {
        let _ = perf.mark("app-ready");
    }
    mark_root("data-app-ready");
}

/// Sets a `true` attribute on `<html>`: a mark tests and benchmarks wait for.
pub fn mark_root(attribute: &str) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute(attribute, "true");
    }
}

/// An instant as the device's local date and time (for file names).
pub fn local_naive(at: DateTime<Utc>) -> NaiveDateTime {
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(
        at.timestamp_millis() as f64
    ));
    NaiveDate::from_ymd_opt(d.get_full_year() as i32, d.get_month() + 1, d.get_date())
        .and_then(|day| day.and_hms_opt(d.get_hours(), d.get_minutes(), d.get_seconds()))
        .unwrap_or_default()
}

/// Offers `text` as a file download.
pub fn download(name: &str, text: &str, mime: &str) {
    // The text's UTF-8 bytes go to the Blob as they are: no JS string (and no UTF-16 round
    // trip) for a file of several megabytes.
    download_parts(
        name,
        &js_sys::Array::of1(&js_sys::Uint8Array::from(text.as_bytes())),
        mime,
    );
}

/// Downloads a file made of `parts` (strings and byte arrays, joined by the Blob).
pub fn download_parts(name: &str, parts: &js_sys::Array, mime: &str) {
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_u8_array_sequence_and_options(parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    let anchor = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("a").ok())
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok());
    if let Some(a) = anchor {
        a.set_href(&url);
        a.set_download(name);
        a.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Registers the service worker that keeps the app working offline. Skipped where the
/// browser has none (or the page is not served over http(s)).
pub fn register_service_worker() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let navigator = window.navigator();
    let supported = js_sys::Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false);
    let http = window
        .location()
        .protocol()
        .is_ok_and(|p| p == "http:" || p == "https:");
    if supported && http {
        // The promise settles on its own; a failure only means no offline cache this time.
        let _ = navigator.service_worker().register("./sw.js");
    }
}

/// Copies text to the clipboard; `false` when the browser refuses or has no clipboard (an
/// insecure origin, an old browser).
pub async fn copy_text(text: String) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let navigator = window.navigator();
    let available = js_sys::Reflect::get(&navigator, &"clipboard".into())
        .map(|v| !v.is_undefined() && !v.is_null())
        .unwrap_or(false);
    if !available {
        return false;
    }
    let promise = navigator.clipboard().write_text(&text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// Opens the browser's print dialog (each area's print stylesheet lays its report out).
pub fn print_page() {
    if let Some(window) = web_sys::window() {
        // A refused dialog changes nothing on the page; nothing to report.
        let _ = window.print();
    }
}

/// Runs `f` at the start of the next frame, in the browser's rendering step rather than in
/// the task that changed the page: scrolling or measuring there shares the frame's own style
/// and layout work instead of forcing an extra layout inside the click's task.
pub fn on_next_frame(f: impl FnOnce() + 'static) {
    if let Some(window) = web_sys::window() {
        let callback = wasm_bindgen::closure::Closure::once_into_js(f);
        let _ = window.request_animation_frame(wasm_bindgen::JsCast::unchecked_ref(&callback));
    }
}

thread_local! {
    /// Forms holding typed text that is not saved yet, by a key of the form's choosing.
    static DIRTY: std::cell::RefCell<std::collections::BTreeSet<String>> =
        const { std::cell::RefCell::new(std::collections::BTreeSet::new()) };
}

/// Marks a form as holding unsaved text (or not any more).
pub fn set_dirty(key: &str, dirty: bool) {
    DIRTY.with(|d| {
        let mut d = d.borrow_mut();
        if dirty {
            d.insert(key.to_owned());
        } else {
            d.remove(key);
        }
    });
}

/// Whether any form holds unsaved text.
pub fn has_dirty_forms() -> bool {
    DIRTY.with(|d| !d.borrow().is_empty())
}

/// Keeps `key` marked dirty while `dirty` is true and the component is mounted.
#[yew::hook]
pub fn use_dirty_mark(key: String, dirty: bool) {
    yew::use_effect_with((key, dirty), |(key, dirty)| {
        set_dirty(key, *dirty);
        let key = key.clone();
        move || set_dirty(&key, false)
    });
}

/// Asks before the tab is closed or reloaded while `unsaved()` says an edit is only in memory
/// or a form holds unsaved text (the browser shows its own wording). Returns the teardown.
pub fn guard_unload(unsaved: impl Fn() -> bool + 'static) -> impl FnOnce() {
    let handler = wasm_bindgen::closure::Closure::<dyn Fn(web_sys::Event)>::new(
        move |event: web_sys::Event| {
            if unsaved() || has_dirty_forms() {
                event.prevent_default();
                // Older Chromium asks only when `returnValue` is set.
                let _ = js_sys::Reflect::set(&event, &"returnValue".into(), &"".into());
            }
        },
    );
    let window = web_sys::window();
    if let Some(w) = &window {
        let _ = w.add_event_listener_with_callback(
            "beforeunload",
            wasm_bindgen::JsCast::unchecked_ref(handler.as_ref()),
        );
    }
    move || {
        if let Some(w) = window {
            let _ = w.remove_event_listener_with_callback(
                "beforeunload",
                wasm_bindgen::JsCast::unchecked_ref(handler.as_ref()),
            );
        }
        drop(handler);
    }
}

/// Resolves after the next frame has been painted: a long job awaits it after showing what it
/// is about to do, so the message is on screen before the work starts.
pub async fn after_next_paint() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let window = window.clone();
        on_next_frame(move || {
            // The frame's callbacks run before its paint; a task queued here runs after it.
            if window.set_timeout_with_callback(&resolve).is_err() {
                let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
            }
        });
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// A chosen file's text, read as bytes and decoded in Rust (`domain::backup::file_text`): no
/// JavaScript string in between. An error if the browser cannot read the file or its bytes
/// are not text the app reads (see `file_text`).
pub async fn read_file_text(
    file: &web_sys::File,
) -> Result<String, crate::domain::backup::ImportError> {
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| crate::domain::backup::ImportError::Unreadable)?;
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    crate::domain::backup::file_text(bytes)
}

/// Moves the focus to `node` after a render in which `trigger` changed, if `focus`: a question,
/// a form or a new situation that appears takes the keyboard's place.
#[yew::hook]
pub fn use_focus_on<T: PartialEq + 'static>(node: yew::NodeRef, trigger: T, focus: bool) {
    yew::use_effect_with(trigger, move |_| {
        if focus {
            if let Some(el) = node.cast::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        }
    });
}
