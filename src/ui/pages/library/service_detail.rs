//! One service type: departments, typical duration, materials and pitfalls, with where each
//! fact comes from. Custom services can be edited and archived; any service can be copied into
//! a new custom one.

use yew::prelude::*;
use yew_router::prelude::*;

use super::fmt::custom_record;
use super::material_list::MaterialList;
use super::pitfall_list::PitfallList;
use super::tabs::{LibTab, LibraryTabs};
use crate::domain::library::CustomService;
use crate::i18n::{pick, t, LibK, K};
use crate::ui::platform;
use crate::ui::route::{href, Route};
use crate::ui::state::Load;
use crate::ui::store::{use_catalog, use_lang, use_load, use_store, use_table};
use crate::ui::sync::save;

#[derive(Properties, PartialEq)]
pub struct ServiceDetailPageProps {
    pub service_key: AttrValue,
}

#[component]
pub fn ServiceDetailPage(props: &ServiceDetailPageProps) -> Html {
    let lang = use_lang();
    let load = use_load();
    let store = use_store();
    let catalog = use_catalog();
    let custom = use_table::<CustomService>();
    let navigator = use_navigator();
    if load == Load::Loading {
        return html! { <p class="muted">{ t(lang, K::Loading) }</p> };
    }
    let Some(service) = catalog.get(&props.service_key).cloned() else {
        return html! {
            <section class="page" data-testid="page-lib-service">
                <LibraryTabs current={LibTab::Catalog} />
                <p class="empty" data-testid="service-missing">{ t(lang, LibK::ServiceMissing) }</p>
            </section>
        };
    };
    let record = custom_record(&custom, &service.key);
    let on_archive = {
        let record = record.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(record) = &record {
                let mut next = (**record).clone();
                next.meta.deleted = true;
                next.meta.touch(platform::now());
                save(&store, next);
                if let Some(nav) = &navigator {
                    nav.push(&Route::LibCatalog);
                }
            }
        })
    };
    let key = service.key.clone();
    let departments: Vec<&str> = service.departments.iter().map(|d| d.get(lang)).collect();
    let sep = pick(lang, "、".into(), ", ".into());
    let days = |n: u32| pick(lang, format!("{n} 个工作日"), format!("{n} working days"));

    html! {
        <section class="page" data-testid="page-lib-service">
            <LibraryTabs current={LibTab::Catalog} />
            <div class="page-head">
                <h1 data-testid="service-title">{ service.name.get(lang).to_string() }</h1>
                <span class={classes!("badge", (!service.builtin).then_some("lib-custom"))} data-testid="service-origin">
                    { t(lang, if service.builtin { LibK::Builtin } else { LibK::Custom }) }</span>
            </div>
            <dl class="facts">
                <div class="fact"><dt>{ t(lang, LibK::ServiceKey) }</dt>
                    <dd><code data-testid="service-key">{ key.clone() }</code></dd></div>
                <div class="fact"><dt>{ t(lang, LibK::Departments) }</dt>
                    <dd data-testid="service-departments">{ departments.join(&sep) }</dd></div>
                <div class="fact"><dt>{ t(lang, LibK::TypicalDays) }</dt>
                    <dd data-testid="service-days">{ days(service.typical_working_days) }</dd></div>
                <div class="fact"><dt>{ t(lang, LibK::WorstCaseDays) }</dt>
                    <dd data-testid="service-worst-days">{ days(service.worst_case_working_days()) }</dd></div>
                <div class="fact"><dt>{ t(lang, LibK::LegalRepInPerson) }</dt>
                    <dd>{ t(lang, if service.legal_rep_in_person { LibK::Yes } else { LibK::No }) }</dd></div>
                <div class="fact"><dt>{ t(lang, LibK::FactSource) }</dt>
                    <dd data-testid="service-source">{ service.source.label(lang) }
                        if let Some(hint) = service.source.local_check_hint(lang) {
                            <span class="lib-local-check" data-testid="local-check">{ format!("⚠ {hint}") }</span>
                        }
                    </dd></div>
            </dl>
            <div class="actions">
                if record.is_some() {
                    <a class="button" href={href(&Route::LibServiceEdit { key: key.clone() })}
                        data-testid="edit-service">{ t(lang, LibK::EditService) }</a>
                    <button type="button" onclick={on_archive} data-testid="archive-service">
                        { t(lang, LibK::ArchiveService) }</button>
                }
                <a class="button" href={href(&Route::LibServiceCopy { key: key.clone() })}
                    data-testid="copy-service">{ t(lang, LibK::CopyService) }</a>
            </div>
            if service.builtin {
                <p class="hint">{ t(lang, LibK::BuiltinReadOnlyNote) }</p>
            }
            <h2>{ t(lang, LibK::Materials) }</h2>
            <MaterialList materials={service.materials.clone()} />
            <h2>{ t(lang, LibK::Pitfalls) }</h2>
            <PitfallList pitfalls={service.pitfalls.clone()} />
        </section>
    }
}
