//! What the retrospective components share: the device clock, the case's retrospective,
//! failures and plan risks, the pre-mortem judgement and saving a changed retrospective.

use std::rc::Rc;

use uuid::Uuid;
use yew::prelude::*;

use crate::domain::plan::Plan;
use crate::domain::response::{Failure, LocalClock};
use crate::domain::retro::{premortem_hit_for, CauseCategory, Retro, RetroError};
use crate::i18n::Lang;
use crate::ui::platform;
use crate::ui::route::{href, Route};
use crate::ui::state::{AppContext, AppState};
use crate::ui::sync;

/// The device's clock now: the instant and the browser's time zone.
pub fn local_clock() -> LocalClock {
    let offset = js_sys::Date::new_0().get_timezone_offset() as i32;
    LocalClock::from_js_offset(platform::now(), offset)
}

/// The case's retrospective (the newest live one).
pub fn retro_of(state: &AppState, case_id: Uuid) -> Option<Rc<Retro>> {
    state
        .data
        .all::<Retro>()
        .filter(|r| r.case_id == case_id && !r.meta.deleted)
        .max_by_key(|r| r.meta.updated_at)
        .cloned()
}

/// The case's failures (archived ones left out), oldest first.
pub fn failures_of(state: &AppState, case_id: Uuid) -> Vec<Failure> {
    let mut out: Vec<Failure> = state
        .data
        .all::<Failure>()
        .filter(|f| f.case_id == case_id && !f.meta.deleted)
        .map(|f| f.as_ref().clone())
        .collect();
    out.sort_by_key(|f| (f.discovered_at, f.meta.id));
    out
}

/// The risks the case's contingency plan listed, as (text, category); `None` without a plan.
pub fn plan_risks(state: &AppState, case_id: Uuid) -> Option<Vec<(String, CauseCategory)>> {
    let plan = state
        .data
        .all::<Plan>()
        .filter(|p| p.case_id == case_id && !p.meta.deleted)
        .max_by_key(|p| p.meta.updated_at)?;
    Some(
        plan.risks
            .iter()
            .map(|r| {
                let text = format!("{} {} {}", r.title.zh, r.title.en, r.early_sign.zh);
                let cat =
                    CauseCategory::from_key(r.category.key()).unwrap_or(CauseCategory::Process);
                (text, cat)
            })
            .collect(),
    )
}

/// Did the plan list the risk that happened? `None`: no plan or no failure to judge.
pub fn premortem_judgement(state: &AppState, case_id: Uuid) -> Option<bool> {
    let risks = plan_risks(state, case_id)?;
    let failures = failures_of(state, case_id);
    if failures.is_empty() {
        return None;
    }
    Some(failures.iter().any(|f| premortem_hit_for(&risks, f)))
}

/// Saves a changed retrospective (with the pre-mortem judgement brought up to date), or puts
/// the error message in `error`.
pub fn save_retro(
    ctx: &AppContext,
    next: Result<Retro, RetroError>,
    error: &UseStateHandle<Option<String>>,
    lang: Lang,
) -> bool {
    let judged = next.and_then(|r| {
        let hit = premortem_judgement(ctx, r.case_id);
        if r.premortem_hit == hit {
            Ok(r)
        } else {
            r.with_premortem_hit(hit, platform::now())
        }
    });
    match judged {
        Ok(r) => {
            sync::save(ctx, r);
            error.set(None);
            true
        }
        Err(e) => {
            error.set(Some(e.message(lang)));
            false
        }
    }
}

/// The link to a case's 复盘 tab.
pub fn retro_href(case_id: Uuid) -> String {
    href(&Route::CaseRetro {
        id: case_id.to_string(),
    })
}

/// One entry per non-blank line.
pub fn lines(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect()
}

pub use crate::ui::platform::print_page;

/// A percentage with no decimals.
pub fn pct(rate: f64) -> String {
    format!("{:.0}%", rate * 100.0)
}

/// An error line for a section, read out when it appears.
pub fn error_line(error: &Option<String>) -> Html {
    match error {
        Some(msg) => html! {
            <p class="field-error" role="alert" data-testid="retro-error">{ msg.clone() }</p>
        },
        None => Html::default(),
    }
}
