//! 资料库 landing page: what each library screen is for, with a live fact from each.

use yew::prelude::*;

use super::tabs::{LibTab, LibraryTabs};
use crate::i18n::{pick, t, LibK, K};
use crate::ui::route::href;
use crate::ui::store::{use_calendar, use_catalog, use_lang};

#[component]
pub fn LibraryPage() -> Html {
    let lang = use_lang();
    let calendar = use_calendar();
    let catalog = use_catalog();
    let years: Vec<String> = calendar
        .covered_years()
        .iter()
        .map(|y| y.to_string())
        .collect();
    let total = catalog.services.len();
    let custom = catalog.custom_services().count();
    let years_fact = pick(
        lang,
        format!("已覆盖年份：{}", years.join("、")),
        format!("Years covered: {}", years.join(", ")),
    );
    let catalog_fact = pick(
        lang,
        format!("共 {total} 项业务，其中自定义 {custom} 项"),
        format!("{total} service types, {custom} of them custom"),
    );
    let cards = [
        (LibTab::Workdays, LibK::CardWorkdays, years_fact.clone()),
        (
            LibTab::Ids,
            LibK::CardIds,
            t(lang, LibK::CardIdsFact).to_string(),
        ),
        (LibTab::Catalog, LibK::CardCatalog, catalog_fact),
        (LibTab::Holidays, LibK::CardHolidays, years_fact),
        (
            LibTab::Rules,
            LibK::CardRules,
            format!(
                "{}{}",
                crate::domain::precheck::rules().len(),
                t(lang, LibK::RuleCount)
            ),
        ),
    ];
    html! {
        <section class="page" data-testid="page-library">
            <LibraryTabs current={LibTab::Home} />
            <h1>{ t(lang, K::NavLibrary) }</h1>
            <p class="lead">{ t(lang, LibK::LibraryLead) }</p>
            <ul class="lib-cards">
            { for cards.into_iter().map(|(tab, what, fact)| html! {
                <li key={tab.slug()} class="lib-card">
                    <a href={href(&tab.route())} data-testid={format!("lib-card-{}", tab.slug())}>
                        <strong>{ t(lang, tab.label()) }</strong>
                        <span>{ t(lang, what) }</span>
                        <span class="muted">{ fact }</span>
                    </a>
                </li>
            }) }
            </ul>
        </section>
    }
}
