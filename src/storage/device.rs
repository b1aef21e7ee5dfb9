//! What the browser says about this device's storage: whether it is persistent (safe from
//! eviction), how much is used and how much the site may use.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Space used and allowed, in bytes, and whether the browser promised not to evict it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StorageEstimate {
    pub usage: Option<f64>,
    pub quota: Option<f64>,
    pub persisted: Option<bool>,
}

fn manager() -> Option<web_sys::StorageManager> {
    let navigator = web_sys::window()?.navigator();
    // Older browsers have no StorageManager: check before calling into it.
    let has = js_sys::Reflect::has(&navigator, &"storage".into()).unwrap_or(false);
    has.then(|| navigator.storage())
}

async fn promise_value(
    p: Result<js_sys::Promise, wasm_bindgen::JsValue>,
) -> Option<wasm_bindgen::JsValue> {
    JsFuture::from(p.ok()?).await.ok()
}

/// Asks the browser to keep this site's data even under storage pressure. `None` when the
/// browser cannot say.
pub async fn request_persist() -> Option<bool> {
    promise_value(manager()?.persist()).await?.as_bool()
}

pub async fn estimate() -> StorageEstimate {
    let Some(m) = manager() else {
        return StorageEstimate::default();
    };
    let persisted = promise_value(m.persisted()).await.and_then(|v| v.as_bool());
    let mut out = StorageEstimate {
        persisted,
        ..StorageEstimate::default()
    };
    if let Some(v) = promise_value(m.estimate()).await {
        // A StorageEstimate is a plain dictionary object, not a class instance: `dyn_into`
        // (an `instanceof` test) always refused it, and the screen showed "—".
        if v.is_object() {
            let est: web_sys::StorageEstimate = v.unchecked_into();
            out.usage = est.get_usage();
            out.quota = est.get_quota();
        }
    }
    out
}
