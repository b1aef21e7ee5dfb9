//! The drill area's front page: the trainee's name, every scenario in force with its facts,
//! and the ways to start, facilitate, copy or edit one; scenario packs below.

use std::collections::BTreeSet;

use yew::prelude::*;
use yew_router::prelude::*;

use super::delete::DeleteScenario;
use super::pack::PackPanel;
use super::shared::{fresh_key, set_trainee, sub, sub_href, trainee, use_library};
use crate::domain::catalog::Catalog;
use crate::domain::drill::{new_blank, Role, Scenario, ScenarioRecord};
use crate::domain::record::Meta;
use crate::i18n::{t, DrillK, Lang};
use crate::ui::platform;
use crate::ui::store::{use_catalog, use_lang, use_store, Store};
use crate::ui::sync;

fn save_new(store: &Store, scenario: Scenario) {
    sync::save(
        store,
        ScenarioRecord {
            meta: Meta::new(platform::fresh_id(), platform::now()),
            scenario,
        },
    );
}

fn row(
    lang: Lang,
    catalog: &Catalog,
    s: &Scenario,
    checked: bool,
    on_toggle: Callback<String>,
    on_copy: Callback<String>,
) -> Html {
    let key = s.key.clone();
    let goals = s
        .learning_goals
        .iter()
        .map(|g| g.label(lang))
        .collect::<Vec<_>>()
        .join("、");
    let toggle = {
        let (k, cb) = (key.clone(), on_toggle);
        Callback::from(move |_: Event| cb.emit(k.clone()))
    };
    let copy = {
        let (k, cb) = (key.clone(), on_copy);
        Callback::from(move |_: MouseEvent| cb.emit(k.clone()))
    };
    let check_id = format!("drill-sel-{key}");
    html! {
        <li key={key.clone()} class="drill-card" data-testid="drill-scenario" data-key={key.clone()}>
            <div class="drill-card-head">
                <input type="checkbox" id={check_id.clone()} checked={checked} onchange={toggle}
                    data-testid={format!("drill-select-{key}")} class="no-print" />
                <label for={check_id}><strong data-testid="drill-scenario-title">{ s.title.get(lang).to_owned() }</strong></label>
                <span class="badge">{ t(lang, if s.builtin { DrillK::Builtin } else { DrillK::Custom }) }</span>
            </div>
            <dl class="drill-facts">
                <dt>{ t(lang, DrillK::Difficulty) }</dt><dd>{ format!("{} / 3", s.difficulty) }</dd>
                <dt>{ t(lang, DrillK::Role) }</dt><dd>{ s.role.label(lang) }</dd>
                <dt>{ t(lang, DrillK::Service) }</dt><dd data-testid="drill-scenario-service">{
                    // The service's name, not its internal key ("scope_change").
                    catalog.get(&s.service_key).map_or_else(|| s.service_key.clone(), |st| st.name.get(lang).to_owned())
                }</dd>
                <dt>{ t(lang, DrillK::HardDate) }</dt><dd>{ s.hard_date.label.get(lang).to_owned() }</dd>
                <dt>{ t(lang, DrillK::Goals) }</dt><dd>{ goals }</dd>
            </dl>
            <div class="actions">
                <a class="button primary" href={sub_href(format!("run/{key}"))} data-testid={format!("drill-start-{key}")}>{ t(lang, DrillK::Start) }</a>
                <a class="button" href={sub_href(format!("facilitator/{key}"))} data-testid={format!("drill-facilitate-{key}")}>{ t(lang, DrillK::Facilitate) }</a>
                if !s.builtin {
                    <a class="button" href={sub_href(format!("edit/{key}"))} data-testid={format!("drill-edit-{key}")}>{ t(lang, DrillK::Edit) }</a>
                }
                <button type="button" onclick={copy} data-testid={format!("drill-copy-{key}")}>{ t(lang, DrillK::CustomCopy) }</button>
                if !s.builtin {
                    <DeleteScenario scenario_key={key.clone()} title={s.title.get(lang).to_owned()} />
                }
            </div>
        </li>
    }
}

#[component]
pub fn LibraryPage() -> Html {
    let lang = use_lang();
    let store = use_store();
    let catalog = use_catalog();
    let nav = use_navigator();
    let profile_name = crate::ui::store::use_profile_name();
    let name = use_state(move || {
        if profile_name.is_empty() {
            trainee()
        } else {
            profile_name
        }
    });
    let selected = use_state(BTreeSet::<String>::new);
    let library = use_library();
    let (all, skipped) = (&library.all, &library.skipped);
    let on_name = {
        let name = name.clone();
        Callback::from(move |e: InputEvent| {
            let v = e
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .value();
            set_trainee(&v);
            name.set(v);
        })
    };
    let on_toggle = {
        let selected = selected.clone();
        Callback::from(move |k: String| {
            let mut s = (*selected).clone();
            if !s.remove(&k) {
                s.insert(k);
            }
            selected.set(s);
        })
    };
    let on_copy = {
        let (store, nav, library) = (store.clone(), nav.clone(), library.clone());
        Callback::from(move |k: String| {
            let Some(src) = library.all.iter().find(|s| s.key == k) else {
                return;
            };
            let key = fresh_key("custom");
            if let Ok(mut copy) = src.customised_copy(&key) {
                copy.title.zh = format!("{}（副本）", copy.title.zh);
                if !copy.title.en.is_empty() {
                    copy.title.en = format!("{} (copy)", copy.title.en);
                }
                save_new(&store, copy);
                if let Some(n) = &nav {
                    n.push(&sub(format!("edit/{key}")));
                }
            }
        })
    };
    let on_blank = {
        let (store, nav) = (store.clone(), nav.clone());
        Callback::from(move |_: MouseEvent| {
            let key = fresh_key("custom");
            let title = t(lang, DrillK::NewBlank);
            save_new(&store, new_blank(&key, title, "custom", Role::Pm));
            if let Some(n) = &nav {
                n.push(&sub(format!("edit/{key}")));
            }
        })
    };
    let picked: Vec<_> = all
        .iter()
        .filter(|s| selected.contains(&s.key))
        .cloned()
        .collect();
    html! {
        <section class="page" data-testid="page-drill">
            <div class="page-head"><h1>{ t(lang, DrillK::AreaTitle) }</h1></div>
            <p class="lead">{ t(lang, DrillK::AreaLead) }</p>
            <div class="field drill-trainee">
                <label for="drill-trainee">{ t(lang, DrillK::Trainee) }</label>
                <input id="drill-trainee" value={(*name).clone()} oninput={on_name} data-testid="drill-trainee" />
                <p class="hint">{ t(lang, DrillK::TraineeHint) }</p>
            </div>
            <div class="actions">
                <a class="button" href={sub_href("progress")} data-testid="drill-progress-link">{ t(lang, DrillK::Progress) }</a>
                <button type="button" onclick={on_blank} data-testid="drill-new-blank">{ t(lang, DrillK::NewBlank) }</button>
            </div>
            <h2>{ t(lang, DrillK::Library) }</h2>
            <p class="hint">{ t(lang, DrillK::DraftsNote) }</p>
            if !skipped.is_empty() {
                <div class="banner warn" data-testid="drill-skipped">
                    <p>{ t(lang, DrillK::Skipped) }</p>
                    <ul>{ for skipped.iter().map(|s| html! {
                        <li key={s.key.clone()}>
                            <a href={sub_href(format!("edit/{}", s.key))}>{ s.message(lang) }</a>
                        </li>
                    }) }</ul>
                </div>
            }
            <ul class="drill-list" data-testid="drill-library">
                { for all.iter().map(|s| row(lang, &catalog, s, selected.contains(&s.key), on_toggle.clone(), on_copy.clone())) }
            </ul>
            <PackPanel selected={std::rc::Rc::new(picked)} />
        </section>
    }
}
