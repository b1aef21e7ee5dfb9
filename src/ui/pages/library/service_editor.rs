//! The custom-service form: key, names, departments, typical duration, materials and
//! pitfalls. Saving validates with the catalog's own rules and stores a `CustomService`.

use std::rc::Rc;

use yew::prelude::*;
use yew_router::prelude::*;

use super::department_rows::DepartmentRows;
use super::fmt::custom_record;
use super::material_rows::MaterialRows;
use super::pitfall_rows::PitfallRows;
use super::service_basics::ServiceBasics;
use crate::domain::catalog::{Catalog, CatalogError, ServiceType};
use crate::domain::kinds::Kind;
use crate::domain::library::CustomService;
use crate::domain::record::Meta;
use crate::domain::revision::PathDiff;
use crate::i18n::{path_words, pick, t, value_words, K};
use crate::ui::components::ErrorView;
use crate::ui::platform;
use crate::ui::route::{href, Route};
use crate::ui::store::{use_lang, use_store, Store};
use crate::ui::sync::save;

#[derive(Properties, PartialEq)]
pub struct ServiceEditorProps {
    pub start: ServiceType,
    /// The stored record when editing; its key cannot change (cases refer to it).
    pub record: Option<Rc<CustomService>>,
}

#[component]
pub fn ServiceEditor(props: &ServiceEditorProps) -> Html {
    let lang = use_lang();
    let store = use_store();
    let navigator = use_navigator();
    let draft = use_state(|| props.start.clone());
    let error = use_state(|| None::<CatalogError>);
    let editing = props.record.is_some();
    // The version this form was opened on (or last rebased to): a save while the library holds
    // a newer one keeps the other page's changes, and fields both changed are shown first.
    let opened = {
        let record = props.record.clone();
        use_state(move || record)
    };
    let asked = use_state(Vec::<PathDiff>::new);
    platform::use_dirty_mark("service-form".into(), *draft != props.start);

    let on_basics = updater(&draft, |s, next| *s = next);
    let on_departments = updater(&draft, |s, list| s.departments = list);
    let on_materials = updater(&draft, |s, list| s.materials = list);
    let on_pitfalls = updater(&draft, |s, list| s.pitfalls = list);
    let onsubmit = {
        let (store, draft, error, record, opened, asked) = (
            store.clone(),
            draft.clone(),
            error.clone(),
            props.record.clone(),
            opened.clone(),
            asked.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let mut service = (*draft).clone();
            service.key = service.key.trim().to_string();
            service.builtin = false;
            if let (Some(latest), Some(base)) = (&record, &*opened) {
                if latest.meta.rev != base.meta.rev {
                    let rebased = base.rebase_edit(latest, service, platform::now());
                    opened.set(Some(latest.clone()));
                    draft.set(rebased.record.service.clone());
                    if !rebased.conflicts.is_empty() {
                        asked.set(rebased.conflicts);
                        return;
                    }
                    service = rebased.record.service;
                }
            }
            asked.set(Vec::new());
            match validate_and_save(&store, service, record.as_deref()) {
                Ok(key) => {
                    error.set(None);
                    if let Some(nav) = &navigator {
                        nav.push(&Route::LibService { key });
                    }
                }
                Err(e) => error.set(Some(e)),
            }
        })
    };
    let d = &*draft;
    let stale = matches!((&props.record, &*opened), (Some(latest), Some(base)) if latest.meta.rev != base.meta.rev);

    html! {
        <form class="lib-service-form" {onsubmit} novalidate=true data-testid="service-form">
            <ErrorView<CatalogError> error={(*error).clone()} testid="service-form-error" />
            if stale && asked.is_empty() {
                <p class="banner warn" role="status" data-testid="service-stale">{ pick(lang,
                    "这项服务刚在另一个页面被修改。保存时只改你动过的内容，对方的修改会保留。".into(),
                    "This service was just changed on another page. Saving changes only what you edited; their changes are kept.".into()) }</p>
            }
            if !asked.is_empty() {
                <div class="banner warn" role="alert" data-testid="service-conflict">
                    <p><strong>{ pick(lang,
                        "另一个页面刚保存了这项服务，以下内容和你改的不同（表单里保留的是你的）。再点一次“保存”即采用你的：".into(),
                        "Another page just saved this service; these differ from your edit (the form keeps yours). Save again to keep yours:".into()) }</strong></p>
                    <ul>{ for asked.iter().map(|c| html! {
                        <li key={c.path.clone()} data-testid="service-conflict-field">
                            { format!("{}：{}", path_words(&c.path, lang), pick(lang,
                                format!("对方的是 {}", value_words(c.theirs.as_ref(), lang)),
                                format!("theirs is {}", value_words(c.theirs.as_ref(), lang)))) }
                        </li>
                    }) }</ul>
                </div>
            }
            <ServiceBasics service={d.clone()} {editing} on_change={on_basics} />
            <DepartmentRows departments={d.departments.clone()} on_change={on_departments} />
            <MaterialRows materials={d.materials.clone()} on_change={on_materials} />
            <PitfallRows pitfalls={d.pitfalls.clone()} on_change={on_pitfalls} />
            <div class="actions">
                <button type="submit" class="primary" data-testid="save-service">{ t(lang, K::Save) }</button>
                <a class="button" href={href(&Route::LibCatalog)} data-testid="cancel-service">{ t(lang, K::Cancel) }</a>
            </div>
        </form>
    }
}

/// A callback that applies a change to the draft.
fn updater<T: 'static>(
    draft: &UseStateHandle<ServiceType>,
    apply: fn(&mut ServiceType, T),
) -> Callback<T> {
    let draft = draft.clone();
    Callback::from(move |value: T| {
        let mut next = (*draft).clone();
        apply(&mut next, value);
        draft.set(next);
    })
}

/// Validates and saves; returns the key to show. Refuses built-in keys and keys another live
/// custom service already uses (as stored now), so a case's service key keeps meaning one thing.
fn validate_and_save(
    store: &Store,
    service: ServiceType,
    record: Option<&CustomService>,
) -> Result<String, CatalogError> {
    let key = service.key.clone();
    if Catalog::is_builtin_key(&key) {
        return Err(CatalogError::BuiltinKey { service: key });
    }
    let clash = custom_record(CustomService::table(&store.state().data), &key)
        .filter(|other| Some(other.meta.id) != record.map(|r| r.meta.id));
    if clash.is_some() {
        return Err(CatalogError::DuplicateService { service: key });
    }
    Catalog::validate(&service)?;
    let now = platform::now();
    let next = match record {
        Some(old) => {
            let mut next = old.clone();
            next.service = service;
            next.meta.touch(now);
            next
        }
        None => CustomService {
            meta: Meta::new(platform::fresh_id(), now),
            service,
        },
    };
    save(store, next);
    Ok(key)
}
