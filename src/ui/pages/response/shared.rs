//! What the failure-desk components share: the device clock, the failures and plan of a case,
//! a ticking "now", copying to the clipboard and scrolling to a section.

use crate::domain::sorting;
use std::collections::BTreeMap;
use std::rc::Rc;

use chrono::{DateTime, Utc};
use gloo::timers::callback::Interval;
use uuid::Uuid;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::domain::plan::Plan;
use crate::domain::response::{CompensationTerms, Failure, LocalClock};
use crate::ui::platform;
use crate::ui::route::{href, Route};

/// The device's clock now: the instant and the browser's time zone.
pub fn local_clock() -> LocalClock {
    let offset = js_sys::Date::new_0().get_timezone_offset() as i32;
    LocalClock::from_js_offset(platform::now(), offset)
}

/// Re-renders the calling component every second while `active`; the interval is dropped
/// (cleared) when `active` turns false or the component unmounts. Returns the clock now.
#[hook]
pub fn use_ticking_clock(active: bool) -> LocalClock {
    let update = use_force_update();
    use_effect_with(active, move |active| {
        let interval = active.then(|| Interval::new(1_000, move || update.force_update()));
        move || drop(interval)
    });
    local_clock()
}

/// The case's failures (archived ones left out), oldest first, from the case's records.
pub fn case_failures(failures: &[Rc<Failure>]) -> Vec<Rc<Failure>> {
    let mut out: Vec<Rc<Failure>> = failures
        .iter()
        .filter(|f| !f.meta.deleted)
        .cloned()
        .collect();
    sorting::sort_by_key(&mut out, |f| (f.discovered_at, f.meta.id));
    out
}

/// Every failure held that is not archived (for the clocks across cases).
pub fn live_failures(failures: &BTreeMap<Uuid, Rc<Failure>>) -> Vec<Failure> {
    failures
        .values()
        .filter(|f| !f.meta.deleted)
        .map(|f| f.as_ref().clone())
        .collect()
}

/// The live plan among a case's plans (the one edited last); archived plans do not count.
pub fn case_plan(plans: &[Rc<Plan>]) -> Option<Rc<Plan>> {
    plans
        .iter()
        .filter(|p| !p.meta.deleted)
        .max_by_key(|p| p.meta.updated_at)
        .cloned()
}

/// The alternative paths the case's plan linked to its risks, each once, in plan order.
pub fn linked_paths(plan: Option<&Plan>) -> Vec<String> {
    let mut keys: Vec<String> = Vec::new();
    if let Some(plan) = plan {
        for path in plan.risks.iter().flat_map(|r| r.linked_paths.iter()) {
            let key = path.key().to_owned();
            if !keys.contains(&key) {
                keys.push(key);
            }
        }
    }
    keys
}

/// The contract's money terms from the plan's clauses (unknown when there is no plan).
pub fn compensation_terms(plan: Option<&Plan>) -> CompensationTerms {
    let clauses = plan.map(|p| p.clauses.clone());
    let cents = |yuan: Option<u64>| yuan.map(|y| y.saturating_mul(100));
    CompensationTerms {
        expedite_fee_cents: cents(clauses.as_ref().and_then(|c| c.expedite_fee_yuan)),
        direct_loss_cap_cents: cents(clauses.as_ref().and_then(|c| c.compensation_cap_yuan)),
    }
}

/// The link to a case's 应对 tab.
pub fn response_href(case_id: Uuid) -> String {
    href(&Route::CaseResponse {
        id: case_id.to_string(),
    })
}

/// Local "HH:MM", or "M月D日 HH:MM" when not today.
pub fn when(clock: &LocalClock, at: DateTime<Utc>) -> String {
    let day = clock.day_of(at);
    if day == clock.today() {
        clock.time_of(at)
    } else {
        format!("{} {}", day.format("%m-%d"), clock.time_of(at))
    }
}

/// Copies `text` to the clipboard; `done` hears whether it worked (no clipboard, no
/// permission: false, so the page can say "select and copy by hand").
pub fn copy_text(text: String, done: Callback<bool>) {
    wasm_bindgen_futures::spawn_local(async move {
        done.emit(crate::ui::platform::copy_text(text).await);
    });
}

/// Brings a section into view and moves the focus there (the "next action" button).
pub fn go_to(section_id: &str) {
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(section_id));
    if let Some(el) = element {
        el.scroll_into_view();
        if let Ok(html) = el.dyn_into::<web_sys::HtmlElement>() {
            let _ = html.focus();
        }
    }
}
