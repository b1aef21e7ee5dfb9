//! 首页 The home screen: what needs attention now.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::case::{CaseFilter, Status, StatusFilter};
use crate::i18n::{status_label, t, K};
use crate::ui::pages::CaseTable;
use crate::ui::platform;
use crate::ui::route::{href, Route};
use crate::ui::state::Load;
use crate::ui::store::use_app;

#[component]
pub fn HomePage() -> Html {
    let ctx = use_app();
    let lang = ctx.lang;
    let today = platform::today();
    if ctx.load == Load::Loading {
        return html! { <p class="muted">{ t(lang, K::Loading) }</p> };
    }
    let live = || ctx.data.cases.values().filter(|c| !c.meta.deleted);
    let count = |s: Status| live().filter(|c| c.status == s).count();
    let due_soon = CaseFilter {
        status: StatusFilter::Open,
        due_within_days: Some(7),
        ..CaseFilter::default()
    };
    let soon: Vec<_> = due_soon
        .apply(ctx.data.cases.values().map(|c| c.as_ref()), today)
        .into_iter()
        .filter_map(|c| ctx.data.cases.get(&c.meta.id).map(Rc::clone))
        .collect();

    html! {
        <section class="page" data-testid="page-home">
            <div class="page-head">
                <h1>{ t(lang, K::HomeTitle) }</h1>
                <a class="button primary" href={href(&Route::NewCase)} data-testid="home-new-case">
                    { t(lang, K::NewCase) }</a>
            </div>
            <p class="lead">{ t(lang, K::HomeLead) }</p>
            if backup_due(&ctx) {
                <div class="banner warn" role="status" data-testid="backup-reminder">
                    <p>{ t(lang, K::BackupReminder) }</p>
                    <a class="button" href={href(&Route::Data)}>{ t(lang, K::ExportAll) }</a>
                </div>
            }
            <crate::ui::pages::response::AlertsPanel hide_when_empty=true />
            <crate::ui::pages::retro::OverdueActions hide_when_empty=true />
            <ul class="tiles" data-testid="status-counts">
                { for Status::ALL.iter().map(|s| html! {
                    <li key={s.key()} class={format!("tile status-{}", s.key())}
                        data-testid={format!("count-{}", s.key())}>
                        <span class="tile-num">{ count(*s) }</span>
                        <span class="tile-label">{ t(lang, status_label(*s)) }</span>
                    </li>
                }) }
            </ul>
            <h2>{ t(lang, K::DueThisWeek) }</h2>
            <CaseTable cases={Rc::new(soon)} {today} />
        </section>
    }
}

/// True when there is data and no export within the reminder interval.
fn backup_due(ctx: &crate::ui::store::AppContext) -> bool {
    if ctx.data.cases.is_empty() {
        return false;
    }
    let limit = chrono::Duration::days(i64::from(ctx.health.reminder_days));
    let oldest_unexported = ctx.data.cases.values().map(|c| c.meta.created_at).min();
    match (ctx.health.last_export, oldest_unexported) {
        (Some(last), _) => platform::now() - last > limit,
        // Never exported: remind once the oldest record is older than the interval.
        (None, Some(first)) => platform::now() - first > limit,
        (None, None) => false,
    }
}
