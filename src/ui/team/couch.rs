//! The few HTTP calls team sync makes to a CouchDB-compatible server, over the browser's
//! `fetch`: JSON in and out, the session cookie sent along (or a basic-auth header kept in
//! memory only), and every failure named as a [`SyncError`].

use serde_json::Value;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortSignal, Headers, Request, RequestCredentials, RequestInit, Response};

use super::SyncError;

/// One database on one server.
#[derive(Clone, Debug, PartialEq)]
pub struct Couch {
    /// The database's absolute URL, without a trailing slash.
    pub db: String,
    /// `Basic …` when the user chose a password on each request (never stored).
    basic: Option<String>,
}

/// An answer: the HTTP status and the JSON body (`Null` when the body is not JSON).
pub struct Answer {
    pub status: u16,
    pub body: Value,
    pub json: bool,
}

impl Couch {
    /// The database at `url` (absolute, or a path on this site such as `/couch/team`).
    pub fn new(url: &str, basic: Option<(&str, &str)>) -> Result<Couch, SyncError> {
        let url = url.trim();
        let base = web_sys::window()
            .and_then(|w| w.location().href().ok())
            .unwrap_or_default();
        if url.is_empty()
            || !(url.starts_with("http://") || url.starts_with("https://") || url.starts_with('/'))
        {
            return Err(SyncError::BadUrl);
        }
        let parsed = web_sys::Url::new_with_base(url, &base).map_err(|_| SyncError::BadUrl)?;
        if !matches!(parsed.protocol().as_str(), "http:" | "https:")
            || parsed.pathname().trim_matches('/').is_empty()
        {
            return Err(SyncError::BadUrl);
        }
        let db = format!(
            "{}{}",
            parsed.origin(),
            parsed.pathname().trim_end_matches('/')
        );
        let basic = basic.map(|(user, password)| {
            use base64::Engine;
            let token =
                base64::engine::general_purpose::STANDARD.encode(format!("{user}:{password}"));
            format!("Basic {token}")
        });
        Ok(Couch { db, basic })
    }

    /// The server's root (the database URL without its last segment).
    pub fn root(&self) -> String {
        match self.db.rsplit_once('/') {
            Some((root, _)) => root.to_owned(),
            None => self.db.clone(),
        }
    }

    /// The URL of `path` inside the database (`_changes?…`, a document id already encoded).
    pub fn at(&self, path: &str) -> String {
        format!("{}/{}", self.db, path)
    }

    /// One request. Network failures are `Unreachable` (or `Aborted` when `signal` fired);
    /// HTTP errors come back as answers for the caller to name.
    pub async fn call(
        &self,
        method: &str,
        url: &str,
        body: Option<&Value>,
        signal: Option<&AbortSignal>,
    ) -> Result<Answer, SyncError> {
        let init = RequestInit::new();
        init.set_method(method);
        init.set_credentials(RequestCredentials::Include);
        let headers = Headers::new().map_err(|_| SyncError::Unreachable)?;
        let _ = headers.set("Accept", "application/json");
        if let Some(basic) = &self.basic {
            let _ = headers.set("Authorization", basic);
        }
        if let Some(body) = body {
            let _ = headers.set("Content-Type", "application/json");
            init.set_body(&JsValue::from_str(&body.to_string()));
        }
        init.set_headers(&headers);
        if let Some(signal) = signal {
            init.set_signal(Some(signal));
        }
        let request = Request::new_with_str_and_init(url, &init).map_err(|_| SyncError::BadUrl)?;
        let window = web_sys::window().ok_or(SyncError::Unreachable)?;
        // A failed fetch or body read: cut short on purpose, or the server out of reach.
        let failed = |_| {
            if signal.is_some_and(AbortSignal::aborted) {
                SyncError::Aborted
            } else {
                SyncError::Unreachable
            }
        };
        let response = JsFuture::from(window.fetch_with_request(&request))
            .await
            .map_err(failed)?;
        let response: Response = response.dyn_into().map_err(|_| SyncError::Unreachable)?;
        let text = match response.text() {
            Ok(promise) => JsFuture::from(promise).await.map_err(failed)?,
            Err(_) => JsValue::from_str(""),
        };
        let text = text.as_string().unwrap_or_default();
        let parsed = serde_json::from_str::<Value>(&text);
        Ok(Answer {
            status: response.status(),
            json: parsed.is_ok(),
            body: parsed.unwrap_or(Value::Null),
        })
    }

    /// A call whose answer must be a success with a JSON body; anything else is named.
    pub async fn json(
        &self,
        method: &str,
        url: &str,
        body: Option<&Value>,
        signal: Option<&AbortSignal>,
    ) -> Result<Value, SyncError> {
        let answer = self.call(method, url, body, signal).await?;
        ok_json(answer)
    }
}

/// A successful JSON answer, or the error its status names.
pub fn ok_json(answer: Answer) -> Result<Value, SyncError> {
    match answer.status {
        200..=299 if answer.json => Ok(answer.body),
        200..=299 => Err(SyncError::NotCouch),
        401 => Err(SyncError::SignIn),
        // A reverse proxy whose server does not answer.
        502..=504 => Err(SyncError::Unreachable),
        403 => Err(SyncError::Forbidden),
        404 if answer.json => Err(SyncError::NoDatabase),
        404 => Err(SyncError::NotCouch),
        500..=599 => Err(SyncError::Server(answer.status)),
        _ if !answer.json => Err(SyncError::NotCouch),
        _ => Err(SyncError::BadAnswer),
    }
}

/// `encodeURIComponent`, for document ids and sequences in URLs.
pub fn encode(part: &str) -> String {
    js_sys::encode_uri_component(part).into()
}
