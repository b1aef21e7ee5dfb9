//! 案件 The case register: filter, sort and open expedited cases.

use std::rc::Rc;

use chrono::NaiveDate;
use yew::prelude::*;

use crate::domain::case::{Case, CaseFilter, CaseSort, Status, StatusFilter};
use crate::i18n::{days_left_text, status_label, t, working_days_text, Lang, K};
use crate::ui::components::{use_row_limit, MoreRows, StatusBadge};
use crate::ui::platform;
use crate::ui::route::{href, Route};
use crate::ui::state::{Load, SameRc};
use crate::ui::store::{use_calendar, use_lang, use_load, use_table};

#[component]
pub fn CaseListPage() -> Html {
    let lang = use_lang();
    let load = use_load();
    let cases = use_table::<Case>();
    let filter = use_state(CaseFilter::default);
    let today = platform::today();
    // Filtering 2,000 cases is cheap; redoing it on renders that change neither the cases nor
    // the filter is not: memoised on the filter and the table's identity.
    let shown = use_memo(
        ((*filter).clone(), SameRc(cases), today),
        |(f, cases, today)| {
            let cases = &cases.0;
            let ids: Vec<_> = f
                .apply(cases.values().map(|c| c.as_ref()), *today)
                .into_iter()
                .map(|c| c.meta.id)
                .collect();
            ids.iter()
                .filter_map(|id| cases.get(id).cloned())
                .collect::<Vec<Rc<Case>>>()
        },
    );

    let set = |update: fn(&mut CaseFilter, String)| {
        let filter = filter.clone();
        Callback::from(move |value: String| {
            let mut next = (*filter).clone();
            update(&mut next, value);
            filter.set(next);
        })
    };
    let on_status = set(|f, v| {
        f.status = match v.as_str() {
            "all" => StatusFilter::All,
            "archived" => StatusFilter::Archived,
            key => Status::from_key(key).map_or(StatusFilter::Open, StatusFilter::Only),
        }
    });
    let on_text = set(|f, v| f.text = v);
    let on_due = set(|f, v| f.due_within_days = v.parse().ok());
    let on_sort = set(|f, v| {
        f.sort = match v.as_str() {
            "newest" => CaseSort::Newest,
            "company" => CaseSort::Company,
            _ => CaseSort::Deadline,
        }
    });

    html! {
        <section class="page" data-testid="page-cases">
            <div class="page-head">
                <h1>{ t(lang, K::CasesTitle) }</h1>
                <a class="button primary" href={href(&Route::NewCase)}
                    data-testid="new-case">{ t(lang, K::NewCase) }</a>
            </div>
            <FilterBar {lang} filter={(*filter).clone()} {on_status} {on_text} {on_due} {on_sort} />
            if load == Load::Loading {
                <p class="muted" data-testid="cases-loading">{ t(lang, K::Loading) }</p>
            } else {
                <CaseTable cases={shown} {today} />
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct FilterBarProps {
    lang: Lang,
    filter: CaseFilter,
    on_status: Callback<String>,
    on_text: Callback<String>,
    on_due: Callback<String>,
    on_sort: Callback<String>,
}

fn select_value(cb: &Callback<String>) -> Callback<Event> {
    cb.reform(|e: Event| crate::ui::components::event_value(&e))
}

#[component]
fn FilterBar(props: &FilterBarProps) -> Html {
    let lang = props.lang;
    let status_value = match props.filter.status {
        StatusFilter::Open => "open",
        StatusFilter::All => "all",
        StatusFilter::Archived => "archived",
        StatusFilter::Only(s) => s.key(),
    };
    let oninput = props.on_text.reform(|e: InputEvent| {
        e.target_unchecked_into::<web_sys::HtmlInputElement>()
            .value()
    });
    let due = props
        .filter
        .due_within_days
        .map(|d| d.to_string())
        .unwrap_or_default();
    html! {
        <div class="filter-bar" role="search">
            <label>{ t(lang, K::FilterStatus) }
                <select data-testid="filter-status" onchange={select_value(&props.on_status)}>
                    <option value="open" selected={status_value == "open"}>{ t(lang, K::FilterOpen) }</option>
                    <option value="all" selected={status_value == "all"}>{ t(lang, K::FilterAll) }</option>
                    { for Status::ALL.iter().map(|s| html! {
                        <option key={s.key()} value={s.key()} selected={status_value == s.key()}>
                            { t(lang, status_label(*s)) }</option>
                    }) }
                    <option value="archived" selected={status_value == "archived"}>{ t(lang, K::FilterArchived) }</option>
                </select>
            </label>
            <label>{ t(lang, K::FilterDue) }
                <select data-testid="filter-due" onchange={select_value(&props.on_due)}>
                    <option value="" selected={due.is_empty()}>{ t(lang, K::FilterAnyDate) }</option>
                    { for [3, 7, 14, 30].iter().map(|d| html! {
                        <option key={*d} value={d.to_string()} selected={due == d.to_string()}>
                            { crate::i18n::within_days(*d, lang) }</option>
                    }) }
                </select>
            </label>
            <label>{ t(lang, K::SortBy) }
                <select data-testid="sort" onchange={select_value(&props.on_sort)}>
                    <option value="deadline" selected={props.filter.sort == CaseSort::Deadline}>{ t(lang, K::SortDeadline) }</option>
                    <option value="newest" selected={props.filter.sort == CaseSort::Newest}>{ t(lang, K::SortNewest) }</option>
                    <option value="company" selected={props.filter.sort == CaseSort::Company}>{ t(lang, K::SortCompany) }</option>
                </select>
            </label>
            <label class="grow">{ t(lang, K::Search) }
                <input type="search" data-testid="filter-text" value={props.filter.text.clone()}
                    placeholder={t(lang, K::SearchPlaceholder)} {oninput} />
            </label>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct CaseTableProps {
    pub cases: Rc<Vec<Rc<Case>>>,
    pub today: NaiveDate,
}

/// The list of cases as a table (cards on narrow screens, by CSS), 25 rows at a time.
#[component]
pub fn CaseTable(props: &CaseTableProps) -> Html {
    let lang = use_lang();
    let calendar = use_calendar();
    let limit = use_row_limit();
    if props.cases.is_empty() {
        return html! { <p class="empty" data-testid="cases-empty">{ t(lang, K::NoCases) }</p> };
    }
    let total = props.cases.len();
    let showing = total.min(*limit);
    html! {
        <>
        <table class="case-table" data-testid="case-table">
            <thead><tr>
                <th scope="col">{ t(lang, K::ColCompany) }</th>
                <th scope="col">{ t(lang, K::ColService) }</th>
                <th scope="col">{ t(lang, K::ColStatus) }</th>
                <th scope="col">{ t(lang, K::ColHardDate) }</th>
                <th scope="col">{ t(lang, K::ColDaysLeft) }</th>
                <th scope="col">{ t(lang, K::ColPm) }</th>
            </tr></thead>
            <tbody>
            { for props.cases.iter().take(showing).map(|c| {
                let left = c.days_left(props.today);
                let urgent = !c.status.is_closed() && left <= 3;
                html! {
                <tr key={c.meta.id.to_string()} data-testid="case-row" data-id={c.meta.id.to_string()} class={classes!(urgent.then_some("urgent"))}>
                    <td data-label={t(lang, K::ColCompany)}>
                        <a href={href(&Route::CaseDetail { id: c.meta.id.to_string() })}
                            data-testid="case-link">{ c.client.company_name.clone() }</a>
                    </td>
                    <td data-label={t(lang, K::ColService)}>{ c.service_name.clone() }</td>
                    <td data-label={t(lang, K::ColStatus)}><StatusBadge status={c.status} /></td>
                    <td data-label={t(lang, K::ColHardDate)}>{ c.hard_date.to_string() }</td>
                    <td data-label={t(lang, K::ColDaysLeft)} data-testid="days-left">
                        if c.status.is_closed() { { t(lang, K::Closed) } } else {
                            { days_left_text(left, lang) }
                            <span class="sub">{ working_days_text(c.schedule(&calendar, props.today).working_days_left, lang) }</span>
                            <crate::ui::pages::plan::WarningFlag case_id={c.meta.id.to_string()} />
                            <crate::ui::pages::response::FailureFlag case_id={c.meta.id.to_string()} />
                        }
                        <crate::ui::pages::SyncConflictFlag case_id={c.meta.id} />
                    </td>
                    <td data-label={t(lang, K::ColPm)}>{ c.team.pm.clone() }</td>
                </tr>
            }}) }
            </tbody>
        </table>
        <MoreRows {limit} {total} testid="cases" />
        </>
    }
}
