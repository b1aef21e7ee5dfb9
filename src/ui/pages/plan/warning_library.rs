//! 政策风险预警库 The policy-risk warning library (in 资料库): system upgrades, holidays, major
//! meetings, hall throttling, rule changes. Staff add, edit and archive entries; each shows the
//! open cases whose window it overlaps.

use crate::domain::sorting;
use std::rc::Rc;

use uuid::Uuid;
use yew::prelude::*;

use super::{WarningForm, WarningRow};
use crate::domain::plan::{Warning, WarningTiming};
use crate::i18n::{t, PlanK, K};
use crate::ui::platform;
use crate::ui::route::{href, Route};
use crate::ui::state::Load;
use crate::ui::store::{use_lang, use_load, use_table};

/// Which warning the form edits: `Some(None)` a new one.
type Editing = Option<Option<Uuid>>;

#[component]
pub fn WarningLibraryPage() -> Html {
    let lang = use_lang();
    let load = use_load();
    let warnings = use_table::<Warning>();
    let editing = use_state(|| None as Editing);
    let archived = use_state(|| false);
    let today = platform::today();
    let done = {
        let e = editing.clone();
        Callback::from(move |_: ()| e.set(None))
    };
    let on_edit = {
        let e = editing.clone();
        Callback::from(move |id: Uuid| e.set(Some(Some(id))))
    };
    let mut list: Vec<Rc<Warning>> = warnings
        .values()
        .filter(|w| w.meta.deleted == *archived)
        .cloned()
        .collect();
    let rank = |w: &Warning| match w.timing(today) {
        WarningTiming::Active => 0,
        WarningTiming::Upcoming => 1,
        WarningTiming::Past => 2,
    };
    sorting::sort_by(&mut list, |a, b| {
        rank(a).cmp(&rank(b)).then(a.start.cmp(&b.start))
    });
    let editing_one = match *editing {
        Some(Some(id)) => warnings.get(&id).cloned(),
        _ => None,
    };
    html! {
        <section class="page" data-testid="page-warning-library">
            <p class="breadcrumb"><a href={href(&Route::Library)} data-testid="warning-back-library">{ t(lang, K::NavLibrary) }</a>{ " › " }</p>
            <div class="page-head">
                <h1>{ t(lang, PlanK::WarningLibraryTitle) }</h1>
                if editing.is_none() {
                    <button type="button" class="primary" data-testid="warning-add"
                        onclick={let e = editing.clone(); Callback::from(move |_: MouseEvent| e.set(Some(None)))}>{ t(lang, PlanK::AddWarning) }</button>
                }
            </div>
            <p class="lead">{ t(lang, PlanK::WarningLibraryLead) }</p>
            if *editing == Some(None) {
                <WarningForm existing={None::<Rc<Warning>>} on_done={done.clone()} />
            }
            if let Some(w) = editing_one {
                <WarningForm key={w.meta.id.to_string()} existing={Some(w.clone())} on_done={done.clone()} />
            }
            <label class="check no-print">
                <input type="checkbox" data-testid="warning-show-archived" checked={*archived}
                    onchange={let a = archived.clone(); Callback::from(move |_: Event| a.set(!*a))} />
                <span>{ t(lang, PlanK::ShowArchived) }</span>
            </label>
            if load == Load::Loading {
                <p class="muted">{ t(lang, K::Loading) }</p>
            } else if list.is_empty() {
                <p class="empty" data-testid="warnings-empty">{ t(lang, if *archived { PlanK::NoArchivedWarnings } else { PlanK::NoWarnings }) }</p>
            } else {
                <ul class="warning-list" data-testid="warning-list">
                    { for list.into_iter().map(|w| html! {
                        <WarningRow key={w.meta.id.to_string()} warning={w.clone()} on_edit={on_edit.clone()} />
                    }) }
                </ul>
            }
        </section>
    }
}
