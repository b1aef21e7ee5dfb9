//! What the retrospective components share: the device clock, the case's retrospective,
//! failures and plan risks, the pre-mortem judgement and saving a changed retrospective.

use crate::domain::sorting;
use std::rc::Rc;

use uuid::Uuid;
use yew::prelude::*;

use crate::domain::plan::Plan;
use crate::domain::response::{Failure, LocalClock};
use crate::domain::retro::{premortem_hit_for, CauseCategory, Retro, RetroError};
use crate::i18n::Lang;
use crate::ui::platform;
use crate::ui::route::{href, Route};
use crate::ui::store::{ByCase, RecordEditor, Store};
use crate::ui::sync;

/// The device's clock now: the instant and the browser's time zone.
pub fn local_clock() -> LocalClock {
    let offset = js_sys::Date::new_0().get_timezone_offset() as i32;
    LocalClock::from_js_offset(platform::now(), offset)
}

/// The case's retrospective (the newest live one), from the case's retrospectives.
pub fn retro_of(retros: &[Rc<Retro>]) -> Option<Rc<Retro>> {
    retros
        .iter()
        .filter(|r| !r.meta.deleted)
        .max_by_key(|r| r.meta.updated_at)
        .cloned()
}

/// The case's failures (archived ones left out), oldest first, from the case's failures.
pub fn failures_of(failures: &[Rc<Failure>]) -> Vec<Failure> {
    let mut out: Vec<Failure> = failures
        .iter()
        .filter(|f| !f.meta.deleted)
        .map(|f| f.as_ref().clone())
        .collect();
    sorting::sort_by_key(&mut out, |f| (f.discovered_at, f.meta.id));
    out
}

/// The risks the case's contingency plan listed, as (text, category); `None` without a plan.
/// From the case's plans.
pub fn plan_risks(plans: &[Rc<Plan>]) -> Option<Vec<(String, CauseCategory)>> {
    let plan = plans
        .iter()
        .filter(|p| !p.meta.deleted)
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

/// Did the plan list the risk that happened? `None`: no plan or no failure to judge. From the
/// case's plans and failures.
pub fn premortem_judgement(plans: &[Rc<Plan>], failures: &[Rc<Failure>]) -> Option<bool> {
    let risks = plan_risks(plans)?;
    let failures = failures_of(failures);
    if failures.is_empty() {
        return None;
    }
    Some(failures.iter().any(|f| premortem_hit_for(&risks, f)))
}

/// The retrospective with the pre-mortem judgement brought up to date, from the case's plan
/// and failures as stored now.
fn judged(store: &Store, r: Retro) -> Result<Retro, RetroError> {
    let state = store.state();
    let plans = store.index::<ByCase<Plan>>(&state);
    let failures = store.index::<ByCase<Failure>>(&state);
    let hit = premortem_judgement(
        plans
            .0
            .get(&r.case_id)
            .map(Vec::as_slice)
            .unwrap_or_default(),
        failures
            .0
            .get(&r.case_id)
            .map(Vec::as_slice)
            .unwrap_or_default(),
    );
    if r.premortem_hit == hit {
        Ok(r)
    } else {
        r.with_premortem_hit(hit, platform::now())
    }
}

/// Applies `step` to the latest stored retrospective and saves the result (with the
/// pre-mortem judgement brought up to date), or keeps the error in `error`. Whether it saved.
pub fn save_retro(
    editor: &RecordEditor<Retro>,
    error: &UseStateHandle<Option<RetroError>>,
    step: impl FnOnce(&Retro) -> Result<Retro, RetroError>,
) -> bool {
    let store = editor.store().clone();
    let result = editor.apply(|r| step(r).and_then(|next| judged(&store, next)));
    let saved = result.is_ok();
    error.set(result.err());
    saved
}

/// Saves a case's first retrospective (with the pre-mortem judgement), or keeps the error in
/// `error`. Whether it saved.
pub fn start_retro(
    store: &Store,
    first: Result<Retro, RetroError>,
    error: &UseStateHandle<Option<RetroError>>,
) -> bool {
    match first.and_then(|r| judged(store, r)) {
        Ok(r) => {
            sync::save(store, r);
            error.set(None);
            true
        }
        Err(e) => {
            error.set(Some(e));
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

/// An error line for a section, read out when it appears, worded now in `lang`.
pub fn error_line(error: &Option<RetroError>, lang: Lang) -> Html {
    match error {
        Some(e) => html! {
            <p class="field-error" role="alert" data-testid="retro-error">{ e.message(lang) }</p>
        },
        None => Html::default(),
    }
}

/// A retrospective section's text being edited: what is typed (`draft`), the stored value it
/// was typed on (`base`) and the stored value now. Nothing typed is lost: the section saves
/// when the focus leaves it, closing the tab asks first while text is unsaved, and a change
/// saved elsewhere (another tab) is taken over when nothing was typed here, or shown side by
/// side when both changed it, never overwritten unseen.
pub struct SectionDraft<V: Clone + PartialEq + 'static> {
    pub draft: UseStateHandle<V>,
    base: UseStateHandle<V>,
    pub stored: V,
}

impl<V: Clone + PartialEq + 'static> Clone for SectionDraft<V> {
    fn clone(&self) -> Self {
        SectionDraft {
            draft: self.draft.clone(),
            base: self.base.clone(),
            stored: self.stored.clone(),
        }
    }
}

impl<V: Clone + PartialEq + 'static> SectionDraft<V> {
    /// Typed and not saved.
    pub fn dirty(&self) -> bool {
        *self.draft != self.stored
    }
    /// Saved elsewhere while typed here, both different: the person must choose.
    pub fn stale(&self) -> bool {
        *self.base != self.stored && *self.draft != *self.base && *self.draft != self.stored
    }
    pub fn set(&self, value: V) {
        self.draft.set(value);
    }
    /// Saves what is typed with `save` (which returns whether it saved), unless another
    /// tab's version must be settled first; nothing typed counts as saved. The value saved
    /// becomes the base the next edit is typed on.
    pub fn save_with(&self, saved: &UseStateHandle<bool>, save: impl FnOnce(&V) -> bool) {
        if self.stale() {
            return;
        }
        if !self.dirty() {
            saved.set(true);
            return;
        }
        let value = (*self.draft).clone();
        if save(&value) {
            self.base.set(value);
            saved.set(true);
        }
    }
    pub fn take_theirs(&self) {
        self.draft.set(self.stored.clone());
        self.base.set(self.stored.clone());
    }
    pub fn keep_mine(&self) {
        self.base.set(self.stored.clone());
    }
}

#[yew::hook]
pub fn use_section_draft<V: Clone + PartialEq + 'static>(key: &str, stored: V) -> SectionDraft<V> {
    let draft = {
        let stored = stored.clone();
        use_state(move || stored)
    };
    let base = {
        let stored = stored.clone();
        use_state(move || stored)
    };
    {
        let (draft, base) = (draft.clone(), base.clone());
        use_effect_with(stored.clone(), move |stored| {
            // Nothing typed since the base (or what is typed is now stored): follow the store.
            if *draft == *base || *draft == *stored {
                if *draft != *stored {
                    draft.set(stored.clone());
                }
                if *base != *stored {
                    base.set(stored.clone());
                }
            }
        });
    }
    platform::use_dirty_mark(key.to_owned(), *draft != stored);
    SectionDraft {
        draft,
        base,
        stored,
    }
}

/// The notice of a section changed elsewhere while typed here: their text, and the choice.
pub fn stale_notice<V: Clone + PartialEq + 'static>(
    section: &SectionDraft<V>,
    theirs: String,
    lang: Lang,
) -> Html {
    if !section.stale() {
        return Html::default();
    }
    let take = {
        let s = section.clone();
        Callback::from(move |_: MouseEvent| s.take_theirs())
    };
    let keep = {
        let s = section.clone();
        Callback::from(move |_: MouseEvent| s.keep_mine())
    };
    html! {
        <div class="banner warn" role="alert" data-testid="retro-stale">
            <p>{ crate::i18n::pick(lang,
                "另一个页面刚保存了这一部分，与你正在输入的内容不同。对方保存的是：".into(),
                "Another page just saved this section, differently from what you are typing. It saved:".into()) }</p>
            <blockquote data-testid="retro-stale-theirs">{ theirs }</blockquote>
            <div class="actions">
                <button type="button" onclick={take} data-testid="retro-stale-take-theirs">
                    { crate::i18n::pick(lang, "用对方的（放弃我的输入）".into(), "Use theirs (drop my typing)".into()) }</button>
                <button type="button" class="primary" onclick={keep} data-testid="retro-stale-keep-mine">
                    { crate::i18n::pick(lang, "保留我的，再保存".into(), "Keep mine, then save".into()) }</button>
            </div>
        </div>
    }
}
