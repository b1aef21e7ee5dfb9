//! 首页 The home screen: what needs attention now.

use std::collections::BTreeMap;
use std::rc::Rc;

use uuid::Uuid;
use yew::prelude::*;

use crate::domain::case::{Case, CaseFilter, Status, StatusFilter};
use crate::i18n::{status_label, t, K};
use crate::ui::pages::CaseTable;
use crate::ui::platform;
use crate::ui::route::{href, Route};
use crate::ui::state::{Health, Load, SameRc};
use crate::ui::store::{use_lang, use_load, use_select, use_table};

#[component]
pub fn HomePage() -> Html {
    let lang = use_lang();
    let load = use_load();
    let cases = use_table::<Case>();
    let health = use_select(|v| v.health.clone());
    let today = platform::today();
    // Counted and filtered once per change of the cases (or of the day), not on every render.
    let summary = use_memo((SameRc(cases.clone()), today), |(cases, today)| {
        let cases = &cases.0;
        let live = || cases.values().filter(|c| !c.meta.deleted);
        let counts: Vec<usize> = Status::ALL
            .iter()
            .map(|s| live().filter(|c| c.status == *s).count())
            .collect();
        let due_soon = CaseFilter {
            status: StatusFilter::Open,
            due_within_days: Some(7),
            ..CaseFilter::default()
        };
        let soon: Vec<_> = due_soon
            .apply(cases.values().map(|c| c.as_ref()), *today)
            .into_iter()
            .filter_map(|c| cases.get(&c.meta.id).map(Rc::clone))
            .collect();
        (counts, Rc::new(soon))
    });
    if load == Load::Loading {
        return html! { <p class="muted">{ t(lang, K::Loading) }</p> };
    }
    let (counts, soon) = (&summary.0, summary.1.clone());

    html! {
        <section class="page" data-testid="page-home">
            <div class="page-head">
                <h1>{ t(lang, K::HomeTitle) }</h1>
                <a class="button primary" href={href(&Route::NewCase)} data-testid="home-new-case">
                    { t(lang, K::NewCase) }</a>
            </div>
            <p class="lead">{ t(lang, K::HomeLead) }</p>
            if backup_due(&cases, &health) {
                <div class="banner warn" role="status" data-testid="backup-reminder">
                    <p>{ t(lang, K::BackupReminder) }</p>
                    <a class="button" href={href(&Route::Data)}>{ t(lang, K::ExportAll) }</a>
                </div>
            }
            <crate::ui::pages::response::AlertsPanel hide_when_empty=true />
            <crate::ui::pages::retro::OverdueActions hide_when_empty=true />
            <ul class="tiles" data-testid="status-counts">
                { for Status::ALL.iter().zip(counts).map(|(s, count)| html! {
                    <li key={s.key()} class={format!("tile status-{}", s.key())}
                        data-testid={format!("count-{}", s.key())}>
                        <span class="tile-num">{ *count }</span>
                        <span class="tile-label">{ t(lang, status_label(*s)) }</span>
                    </li>
                }) }
            </ul>
            <h2>{ t(lang, K::DueThisWeek) }</h2>
            <CaseTable cases={soon} {today} />
        </section>
    }
}

/// True when there is data and no export within the reminder interval.
fn backup_due(cases: &BTreeMap<Uuid, Rc<Case>>, health: &Health) -> bool {
    if cases.is_empty() {
        return false;
    }
    let limit = chrono::Duration::days(i64::from(health.reminder_days));
    let oldest_unexported = cases.values().map(|c| c.meta.created_at).min();
    match (health.last_export, oldest_unexported) {
        (Some(last), _) => platform::now() - last > limit,
        // Never exported: remind once the oldest record is older than the interval.
        (None, Some(first)) => platform::now() - first > limit,
        (None, None) => false,
    }
}
