//! Hello world: one component that renders once and then marks "app-ready", as the real app
//! does after its first screen is rendered with its data (`ui::platform::mark_ready`).

use yew::prelude::*;

#[component]
fn App() -> Html {
    use_effect_with((), |_| {
        if let Some(perf) = web_sys::window().and_then(|w| w.performance()) {
            let _ = perf.mark("app-ready");
        }
    });
    html! {
        <main>
            <h1>{ "你好，Yew" }</h1>
            <p>{ "Hello, world." }</p>
        </main>
    }
}

fn main() {
    yew::Renderer::<App>::new().render();
}
