//! Entry point: mounts the app. Everything else lives in the library crate.

#[cfg(target_arch = "wasm32")]
fn main() {
    expedite_guard::ui::platform::register_service_worker();
    yew::Renderer::<expedite_guard::ui::App>::new().render();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("加急护航 runs in the browser: build it with ./scripts/serve");
}
