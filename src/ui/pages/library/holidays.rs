//! 假期年份: which years the working-day calendar knows, whether each is built in or
//! imported, and the import of a new year's file.

use std::rc::Rc;

use yew::prelude::*;

use super::tabs::{LibTab, LibraryTabs};
use super::year_import::YearImport;
use crate::domain::calendar::Calendar;
use crate::domain::library::StoredHolidayYear;
use crate::i18n::{pick, t, LibK};
use crate::ui::platform;
use crate::ui::store::{use_calendar, use_lang, use_store, use_table};
use crate::ui::sync::save;

#[component]
pub fn HolidaysPage() -> Html {
    let lang = use_lang();
    let store = use_store();
    let calendar = use_calendar();
    let stored_years = use_table::<StoredHolidayYear>();
    let builtin = use_memo((), |_| Calendar::builtin().covered_years());
    let imported: Vec<Rc<StoredHolidayYear>> = stored_years
        .values()
        .filter(|r| !r.meta.deleted)
        .cloned()
        .collect();
    let on_remove = Callback::from(move |record: Rc<StoredHolidayYear>| {
        let mut next = (*record).clone();
        next.meta.deleted = true;
        next.meta.touch(platform::now());
        save(&store, next);
    });
    let rows = calendar.covered_years().into_iter().map(|year| {
        let stored = imported.iter().filter(|r| r.data.year == year).max_by_key(|r| r.meta.updated_at);
        let origin = match (stored.is_some(), builtin.contains(&year)) {
            (true, true) => LibK::OriginImportedOverBuiltin,
            (true, false) => LibK::OriginImported,
            _ => LibK::OriginBuiltin,
        };
        let data = calendar.year(year);
        let off = data.map_or(0, |d| d.days.iter().filter(|x| x.is_off_day).count());
        let makeup = data.map_or(0, |d| d.days.iter().filter(|x| !x.is_off_day).count());
        let papers = data.map(|d| d.papers.join("；")).unwrap_or_default();
        let remove = stored.cloned().map(|r| {
            let cb = on_remove.clone();
            Callback::from(move |_: MouseEvent| cb.emit(r.clone()))
        });
        html! {
            <tr key={year} data-testid={format!("year-{year}")}>
                <td data-label={t(lang, LibK::Year)}><strong>{ year.to_string() }</strong></td>
                <td data-label={t(lang, LibK::Origin)} data-testid="year-origin">{ t(lang, origin) }</td>
                <td data-label={t(lang, LibK::OffDays)}>{ off.to_string() }</td>
                <td data-label={t(lang, LibK::MakeUpDays)}>{ makeup.to_string() }</td>
                <td data-label={t(lang, LibK::Papers)} class="lib-papers">{ papers }</td>
                <td>
                    if let Some(onclick) = remove {
                        <button type="button" {onclick} data-testid="remove-year"
                            aria-label={pick(lang, format!("撤销 {year} 年的导入"), format!("Remove the {year} import"))}>
                            { t(lang, LibK::RemoveImport) }</button>
                    }
                </td>
            </tr>
        }
    });
    html! {
        <section class="page" data-testid="page-lib-holidays">
            <LibraryTabs current={LibTab::Holidays} />
            <h1>{ t(lang, LibK::TabHolidays) }</h1>
            <p class="lead">{ t(lang, LibK::HolidaysLead) }</p>
            <table class="case-table lib-years" data-testid="years-table">
                <thead><tr>
                    <th>{ t(lang, LibK::Year) }</th><th>{ t(lang, LibK::Origin) }</th>
                    <th>{ t(lang, LibK::OffDays) }</th><th>{ t(lang, LibK::MakeUpDays) }</th>
                    <th>{ t(lang, LibK::Papers) }</th><th><span class="lib-sr-only">{ t(lang, LibK::RemoveImport) }</span></th>
                </tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
            <p class="hint">{ t(lang, LibK::UncoveredRule) }</p>
            <YearImport />
        </section>
    }
}
