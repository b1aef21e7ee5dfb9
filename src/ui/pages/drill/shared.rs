//! Helpers shared by the drill screens: the library in force, routes inside the area, the
//! session's trainee name and the random seed.

use std::collections::BTreeMap;
use std::rc::Rc;

use crate::domain::drill::{effective_scenarios, Scenario, ScenarioRecord, SkippedScenario};
use uuid::Uuid;
use yew::prelude::*;

use crate::ui::route::{href, Route};
use crate::ui::state::SameRc;
use crate::ui::store::use_table;

/// The built-in scenarios, provided by `DrillArea` once their file is here
/// (`ui::content::use_builtin_scenarios`).
#[derive(Clone, Debug)]
pub struct Builtins(pub Rc<Vec<Scenario>>);

impl PartialEq for Builtins {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// The built-in scenarios of the area (none outside `DrillArea`).
#[hook]
pub fn use_builtins() -> Rc<Vec<Scenario>> {
    use_context::<Builtins>().map(|b| b.0).unwrap_or_default()
}

/// The library in force: built-ins then live custom scenarios, and the ones left out.
pub struct Library {
    pub all: Vec<Scenario>,
    pub skipped: Vec<SkippedScenario>,
}

/// The library in force, from the built-ins and the stored custom scenarios.
pub fn library(builtins: &[Scenario], custom: &BTreeMap<Uuid, Rc<ScenarioRecord>>) -> Library {
    let (all, skipped) = effective_scenarios(builtins, custom.values().map(|r| r.as_ref()));
    Library { all, skipped }
}

/// The library in force, built once per change of the built-ins or of the custom scenarios
/// (a re-render for anything else, such as the run screen's clock, reuses it).
#[hook]
pub fn use_library() -> Rc<Library> {
    let builtins = use_builtins();
    let custom = use_table::<ScenarioRecord>();
    use_memo((SameRc(builtins), SameRc(custom)), |(builtins, custom)| {
        library(&builtins.0, &custom.0)
    })
}

/// The live stored record of a custom scenario (also one that fails the check).
pub fn custom_record(
    custom: &BTreeMap<Uuid, Rc<ScenarioRecord>>,
    key: &str,
) -> Option<ScenarioRecord> {
    custom
        .values()
        .find(|r| !r.meta.deleted && r.scenario.key == key)
        .map(|r| r.as_ref().clone())
}

/// The route of a sub-page of the drill area (`run/<key>`, `debrief/<id>`, …).
pub fn sub(rest: impl Into<String>) -> Route {
    Route::DrillSub { rest: rest.into() }
}

/// The `href` of a sub-page.
pub fn sub_href(rest: impl Into<String>) -> String {
    href(&sub(rest))
}

const TRAINEE_KEY: &str = "eg.drill.trainee";

fn session() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok()?
}

/// The trainee name remembered for this session.
pub fn trainee() -> String {
    session()
        .and_then(|s| s.get_item(TRAINEE_KEY).ok().flatten())
        .unwrap_or_default()
}

/// Remembers the trainee name for this session.
pub fn set_trainee(name: &str) {
    if let Some(s) = session() {
        let _ = s.set_item(TRAINEE_KEY, name);
    }
}

/// Eight random bytes from `crypto.getRandomValues` (zeros if the API is missing).
pub fn random_bytes() -> [u8; 8] {
    let mut bytes = [0u8; 8];
    if let Some(crypto) = web_sys::window().and_then(|w| w.crypto().ok()) {
        let _ = crypto.get_random_values_with_u8_array(&mut bytes);
    }
    bytes
}

/// A fresh key for a trainer's scenario.
pub fn fresh_key(prefix: &str) -> String {
    let id = crate::ui::platform::fresh_id().simple().to_string();
    format!("{prefix}_{}", &id[id.len() - 10..])
}

/// Whole seconds for a duration in milliseconds, as `m:ss`.
pub fn mm_ss(ms: u64) -> String {
    let secs = ms / 1000;
    format!("{}:{:02}", secs / 60, secs % 60)
}

pub use crate::ui::platform::copy_text;
