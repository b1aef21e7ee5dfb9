//! 业务目录: every service type in force (built-in and custom), a text filter, the way to add a
//! custom one, and archived custom ones with a restore.

use crate::domain::sorting;
use std::rc::Rc;

use yew::prelude::*;

use super::fmt::{custom_record, text_setter};
use super::tabs::{LibTab, LibraryTabs};
use crate::domain::catalog::{Catalog, CatalogError, ServiceType};
use crate::domain::kinds::Kind;
use crate::domain::library::CustomService;
use crate::i18n::{pick, t, Lang, LibK};
use crate::ui::components::ErrorView;
use crate::ui::platform;
use crate::ui::route::{href, Route};
use crate::ui::state::SameRc;
use crate::ui::store::{use_catalog, use_lang, use_store, use_table, Store};
use crate::ui::sync::save;

#[component]
pub fn CatalogPage() -> Html {
    let lang = use_lang();
    let store = use_store();
    let catalog = use_catalog();
    let custom = use_table::<CustomService>();
    let filter = use_state(String::new);
    let on_filter = text_setter(&filter);
    let error = use_state(|| None::<CatalogError>);
    let needle = filter.trim().to_lowercase();
    let shown: Vec<&ServiceType> = catalog
        .services
        .iter()
        .filter(|s| needle.is_empty() || matches(s, &needle))
        .collect();
    // Once per change of the custom services, not on every keystroke in the filter.
    let archived = use_memo(SameRc(custom), |custom| {
        let mut archived: Vec<Rc<CustomService>> = custom
            .0
            .values()
            .filter(|r| r.meta.deleted)
            .cloned()
            .collect();
        sorting::sort_by(&mut archived, |a, b| a.service.key.cmp(&b.service.key));
        archived
    });
    let on_restore = {
        let error = error.clone();
        Callback::from(move |record: Rc<CustomService>| {
            error.set(restore(&store, &record).err());
        })
    };

    html! {
        <section class="page" data-testid="page-lib-catalog">
            <LibraryTabs current={LibTab::Catalog} />
            <div class="page-head">
                <h1>{ t(lang, LibK::TabCatalog) }</h1>
                <a class="button primary" href={href(&Route::LibServiceNew)}
                    data-testid="new-service">{ t(lang, LibK::NewService) }</a>
            </div>
            <p class="lead">{ t(lang, LibK::CatalogLead) }</p>
            <div class="field narrow">
                <label for="catalog-filter">{ t(lang, LibK::FilterServices) }</label>
                <input id="catalog-filter" type="search" value={(*filter).clone()}
                    oninput={on_filter} data-testid="catalog-filter" />
            </div>
            <ErrorView<CatalogError> error={(*error).clone()} testid="catalog-error" />
            if shown.is_empty() {
                <p class="empty" data-testid="catalog-empty">{ t(lang, LibK::NoServiceMatches) }</p>
            } else {
                <ul class="lib-service-list" data-testid="service-list">
                    { for shown.iter().map(|s| item(s, lang)) }
                </ul>
            }
            if !archived.is_empty() {
                <h2>{ t(lang, LibK::ArchivedServices) }</h2>
                <ul class="lib-service-list lib-archived" data-testid="archived-services">
                { for archived.iter().map(|r| {
                    let cb = on_restore.clone();
                    let rec = r.clone();
                    html! {
                        <li key={r.meta.id.to_string()} class="lib-service-item" data-testid="archived-service">
                            <span>{ r.service.name.get(lang).to_string() }{ " · " }<code>{ r.service.key.clone() }</code></span>
                            <button type="button" data-testid="restore-service"
                                onclick={Callback::from(move |_| cb.emit(rec.clone()))}>
                                { t(lang, LibK::RestoreService) }</button>
                        </li>
                    }
                }) }
                </ul>
            }
        </section>
    }
}

fn matches(s: &ServiceType, needle: &str) -> bool {
    let mut hay = vec![s.key.as_str(), &s.name.zh, &s.name.en];
    hay.extend(
        s.departments
            .iter()
            .flat_map(|d| [d.zh.as_str(), d.en.as_str()]),
    );
    hay.iter().any(|h| h.to_lowercase().contains(needle))
}

fn item(s: &ServiceType, lang: Lang) -> Html {
    let route = Route::LibService { key: s.key.clone() };
    let departments: Vec<&str> = s.departments.iter().map(|d| d.get(lang)).collect();
    let origin = if s.builtin {
        LibK::Builtin
    } else {
        LibK::Custom
    };
    html! {
        <li key={s.key.clone()} class="lib-service-item" data-testid="service-item">
            <a href={href(&route)} data-testid="service-link">{ s.name.get(lang).to_string() }</a>
            <span class={classes!("badge", (!s.builtin).then_some("lib-custom"))}
                data-testid="service-origin">{ t(lang, origin) }</span>
            <span class="sub">
                { departments.join(pick(lang, "、".into(), ", ".into()).as_str()) }
                { pick(lang, format!(" · 常规 {} 个工作日", s.typical_working_days),
                    format!(" · typically {} working days", s.typical_working_days)) }
            </span>
        </li>
    }
}

/// Brings an archived custom service back, unless its key has meanwhile been taken.
/// Reads the custom services as they are now.
fn restore(store: &Store, record: &CustomService) -> Result<(), CatalogError> {
    let key = &record.service.key;
    if Catalog::is_builtin_key(key) {
        return Err(CatalogError::BuiltinKey {
            service: key.clone(),
        });
    }
    if custom_record(CustomService::table(&store.state().data), key).is_some() {
        return Err(CatalogError::DuplicateService {
            service: key.clone(),
        });
    }
    let mut next = record.clone();
    next.meta.deleted = false;
    next.meta.touch(platform::now());
    save(store, next);
    Ok(())
}
