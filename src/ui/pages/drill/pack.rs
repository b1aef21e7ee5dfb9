//! Scenario packs: export the ticked (or every custom) scenario as JSON, import a pack file
//! with its validation error shown.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::backup::ImportError;
use crate::domain::drill::{export_pack, import_pack, PackError, Scenario, ScenarioRecord};
use crate::domain::record::Meta;
use crate::i18n::{t, DrillK, Lang};
use crate::ui::platform;
use crate::ui::store::{use_lang, use_store};
use crate::ui::sync;

#[derive(Properties, PartialEq)]
pub struct PackPanelProps {
    /// The ticked scenarios (empty: export every custom scenario).
    pub selected: Rc<Vec<Scenario>>,
}

/// What the last export or import came to.
#[derive(Clone, PartialEq)]
enum Outcome {
    NothingToExport,
    Unreadable(ImportError),
    Refused(PackError),
    Imported(usize),
}

impl Outcome {
    fn ok(&self) -> bool {
        matches!(self, Outcome::Imported(_))
    }

    fn text(&self, lang: Lang) -> String {
        match self {
            Outcome::NothingToExport => t(lang, DrillK::NothingToExport).to_owned(),
            Outcome::Unreadable(ImportError::Unreadable) => {
                t(lang, DrillK::FileUnreadable).to_owned()
            }
            Outcome::Unreadable(e) => e.message(lang),
            Outcome::Refused(e) => e.message(lang),
            Outcome::Imported(n) => t(lang, DrillK::Imported).replace("{}", &n.to_string()),
        }
    }
}

#[component]
pub fn PackPanel(props: &PackPanelProps) -> Html {
    let lang = use_lang();
    let store = use_store();
    let result = use_state(|| None::<Outcome>);
    let on_export = {
        let (store, selected, result) = (store.clone(), props.selected.clone(), result.clone());
        Callback::from(move |_: MouseEvent| {
            let mut list: Vec<Scenario> = selected.iter().filter(|s| !s.builtin).cloned().collect();
            if selected.is_empty() {
                list = store
                    .state()
                    .data
                    .all::<ScenarioRecord>()
                    .filter(|r| !r.meta.deleted)
                    .map(|r| r.scenario.clone())
                    .collect();
            }
            if list.is_empty() {
                result.set(Some(Outcome::NothingToExport));
                return;
            }
            let name = format!("drill-pack-{}.json", platform::today());
            platform::download(&name, &export_pack(&list), "application/json");
        })
    };
    let on_file = {
        let (store, result) = (store.clone(), result.clone());
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            input.set_value("");
            let (store, result) = (store.clone(), result.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let text = match platform::read_file_text(&file).await {
                    Ok(text) => text,
                    Err(e) => {
                        result.set(Some(Outcome::Unreadable(e)));
                        return;
                    }
                };
                match import_pack(&text) {
                    Err(e) => result.set(Some(Outcome::Refused(e))),
                    Ok(scenarios) => {
                        let n = scenarios.len();
                        // The library as it was when the file was read.
                        let state = store.state();
                        for scenario in scenarios {
                            let existing = state
                                .data
                                .all::<ScenarioRecord>()
                                .find(|r| !r.meta.deleted && r.scenario.key == scenario.key)
                                .map(|r| r.as_ref().clone());
                            let record = match existing {
                                Some(mut r) => {
                                    r.scenario = scenario;
                                    r.meta.touch(platform::now());
                                    r
                                }
                                None => ScenarioRecord {
                                    meta: Meta::new(platform::fresh_id(), platform::now()),
                                    scenario,
                                },
                            };
                            sync::save(&store, record);
                        }
                        result.set(Some(Outcome::Imported(n)));
                    }
                }
            });
        })
    };
    html! {
        <section class="drill-packs no-print" aria-labelledby="drill-packs-title">
            <h2 id="drill-packs-title">{ t(lang, DrillK::Packs) }</h2>
            <p class="hint">{ t(lang, DrillK::PacksHint) }</p>
            <div class="actions">
                <button type="button" onclick={on_export} data-testid="drill-export">{ t(lang, DrillK::Export) }</button>
                <label for="drill-import">{ t(lang, DrillK::Import) }</label>
                <input id="drill-import" type="file" accept="application/json,.json"
                    onchange={on_file} data-testid="drill-import" />
            </div>
            <div aria-live="polite">
                if let Some(outcome) = &*result {
                    <p class={classes!("banner", if outcome.ok() { "ok" } else { "error" })} data-testid="drill-import-result">{ outcome.text(lang) }</p>
                }
            </div>
        </section>
    }
}
