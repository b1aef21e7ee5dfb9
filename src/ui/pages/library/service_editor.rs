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
use crate::domain::library::CustomService;
use crate::domain::record::Meta;
use crate::i18n::{t, K};
use crate::ui::platform;
use crate::ui::route::{href, Route};
use crate::ui::state::{use_app, AppContext};
use crate::ui::sync::save;

#[derive(Properties, PartialEq)]
pub struct ServiceEditorProps {
    pub start: ServiceType,
    /// The stored record when editing; its key cannot change (cases refer to it).
    pub record: Option<Rc<CustomService>>,
}

#[component]
pub fn ServiceEditor(props: &ServiceEditorProps) -> Html {
    let ctx = use_app();
    let lang = ctx.lang;
    let navigator = use_navigator();
    let draft = use_state(|| props.start.clone());
    let error = use_state(|| None::<CatalogError>);
    let editing = props.record.is_some();

    let on_basics = updater(&draft, |s, next| *s = next);
    let on_departments = updater(&draft, |s, list| s.departments = list);
    let on_materials = updater(&draft, |s, list| s.materials = list);
    let on_pitfalls = updater(&draft, |s, list| s.pitfalls = list);
    let onsubmit = {
        let (ctx, draft, error, record) = (
            ctx.clone(),
            draft.clone(),
            error.clone(),
            props.record.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let mut service = (*draft).clone();
            service.key = service.key.trim().to_string();
            service.builtin = false;
            match store(&ctx, service, record.as_deref()) {
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

    html! {
        <form class="lib-service-form" {onsubmit} novalidate=true data-testid="service-form">
            if let Some(e) = &*error {
                <p class="banner error" role="alert" data-testid="service-form-error">{ e.message(lang) }</p>
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
/// custom service already uses, so a case's service key keeps meaning one thing.
fn store(
    ctx: &AppContext,
    service: ServiceType,
    record: Option<&CustomService>,
) -> Result<String, CatalogError> {
    let key = service.key.clone();
    if Catalog::is_builtin_key(&key) {
        return Err(CatalogError::BuiltinKey { service: key });
    }
    let clash = custom_record(&ctx.data, &key)
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
    save(ctx, next);
    Ok(key)
}
