//! The page around the service editor: a blank new service, a copy of any service as the
//! starting point of a custom one, or an edit of a stored custom one.

use yew::prelude::*;

use super::fmt::custom_record;
use super::material_rows::free_key;
use super::service_editor::ServiceEditor;
use super::tabs::{LibTab, LibraryTabs};
use crate::domain::catalog::{Catalog, L10n, MaterialSpec, ServiceType, Source, MAX_KEY_LEN};
use crate::domain::library::CustomService;
use crate::i18n::{t, Lang, LibK, K};
use crate::ui::state::Load;
use crate::ui::store::{use_catalog, use_lang, use_load, use_table};

/// What the editor starts from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FormMode {
    New,
    /// A new custom service pre-filled from the service with this key.
    Copy(String),
    /// The stored custom service with this key.
    Edit(String),
}

#[derive(Properties, PartialEq)]
pub struct ServiceFormPageProps {
    pub mode: FormMode,
}

#[component]
pub fn ServiceFormPage(props: &ServiceFormPageProps) -> Html {
    let lang = use_lang();
    let load = use_load();
    let catalog = use_catalog();
    let custom = use_table::<CustomService>();
    if load == Load::Loading {
        return html! { <p class="muted">{ t(lang, K::Loading) }</p> };
    }
    let (title, start, record) = match &props.mode {
        FormMode::New => (LibK::NewService, Some(blank()), None),
        FormMode::Copy(key) => (
            LibK::CopyService,
            catalog.get(key).map(|s| copy_of(s, &catalog)),
            None,
        ),
        FormMode::Edit(key) => {
            let record = custom_record(&custom, key);
            (
                LibK::EditService,
                record.as_ref().map(|r| r.service.clone()),
                record,
            )
        }
    };
    html! {
        <section class="page" data-testid="page-lib-service-form">
            <LibraryTabs current={LibTab::Catalog} />
            <h1>{ t(lang, title) }</h1>
            <p class="lead">{ t(lang, LibK::ServiceFormLead) }</p>
            if let Some(start) = start {
                <ServiceEditor {start} {record} />
            } else {
                <p class="empty" data-testid="service-missing">{ t(lang, LibK::ServiceMissing) }</p>
            }
        </section>
    }
}

/// A new service: one department and one required material to fill in.
fn blank() -> ServiceType {
    ServiceType {
        key: String::new(),
        name: L10n::default(),
        departments: vec![L10n::default()],
        typical_working_days: 0,
        materials: vec![MaterialSpec::new("m1", L10n::default())],
        pitfalls: Vec::new(),
        legal_rep_in_person: false,
        builtin: false,
        source: Source::Practice,
    }
}

/// A custom copy of `service` under a free key, marked as a local version in its name.
fn copy_of(service: &ServiceType, catalog: &Catalog) -> ServiceType {
    let base: String = service.key.chars().take(MAX_KEY_LEN - 8).collect();
    let taken: Vec<&str> = catalog.services.iter().map(|s| s.key.as_str()).collect();
    let key = free_key(&format!("{base}_local"), taken.iter().copied());
    let mut copy = service.clone();
    copy.key = key;
    copy.builtin = false;
    copy.name.zh = format!("{}（{}）", service.name.zh, t(Lang::Zh, LibK::LocalVersion));
    if !copy.name.en.is_empty() {
        copy.name.en = format!("{} ({})", service.name.en, t(Lang::En, LibK::LocalVersion));
    }
    copy
}
