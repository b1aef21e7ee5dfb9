//! The library's sub-navigation: one tab per screen, the current one marked.

use yew::prelude::*;

use crate::i18n::{t, LibK};
use crate::ui::route::{href, Route};
use crate::ui::store::use_lang;

/// The library screens, in tab order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LibTab {
    Home,
    Workdays,
    Ids,
    Catalog,
    Holidays,
    Rules,
}

impl LibTab {
    pub const ALL: [LibTab; 6] = [
        LibTab::Home,
        LibTab::Workdays,
        LibTab::Ids,
        LibTab::Catalog,
        LibTab::Holidays,
        LibTab::Rules,
    ];

    pub fn route(self) -> Route {
        match self {
            LibTab::Home => Route::Library,
            LibTab::Workdays => Route::LibWorkdays,
            LibTab::Ids => Route::LibIds,
            LibTab::Catalog => Route::LibCatalog,
            LibTab::Holidays => Route::LibHolidays,
            LibTab::Rules => Route::LibRules,
        }
    }

    pub fn label(self) -> LibK {
        match self {
            LibTab::Home => LibK::TabOverview,
            LibTab::Workdays => LibK::TabWorkdays,
            LibTab::Ids => LibK::TabIds,
            LibTab::Catalog => LibK::TabCatalog,
            LibTab::Holidays => LibK::TabHolidays,
            LibTab::Rules => LibK::TabRules,
        }
    }

    /// The tab's name in test ids: `lib-tab-<slug>`, `lib-card-<slug>`.
    pub fn slug(self) -> &'static str {
        match self {
            LibTab::Home => "home",
            LibTab::Workdays => "workdays",
            LibTab::Ids => "ids",
            LibTab::Catalog => "catalog",
            LibTab::Holidays => "holidays",
            LibTab::Rules => "rules",
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct LibraryTabsProps {
    pub current: LibTab,
}

#[component]
pub fn LibraryTabs(props: &LibraryTabsProps) -> Html {
    let lang = use_lang();
    html! {
        <nav class="lib-tabs" aria-label={t(lang, LibK::LibraryNav)} data-testid="lib-tabs">
            <ul>
            { for LibTab::ALL.iter().map(|tab| {
                let here = *tab == props.current;
                html! {
                    <li key={tab.slug()}>
                        <a href={href(&tab.route())} data-testid={format!("lib-tab-{}", tab.slug())}
                            class={classes!(here.then_some("current"))}
                            aria-current={here.then_some("page")}>
                            { t(lang, tab.label()) }
                        </a>
                    </li>
                }
            }) }
            </ul>
        </nav>
    }
}
