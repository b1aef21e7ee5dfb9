//! Scenario packs: export the ticked (or every custom) scenario as JSON, import a pack file
//! with its validation error shown.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::drill::{export_pack, import_pack, Scenario, ScenarioRecord};
use crate::domain::record::Meta;
use crate::i18n::{t, DrillK};
use crate::ui::platform;
use crate::ui::store::use_app;
use crate::ui::sync;

#[derive(Properties, PartialEq)]
pub struct PackPanelProps {
    /// The ticked scenarios (empty: export every custom scenario).
    pub selected: Rc<Vec<Scenario>>,
}

#[component]
pub fn PackPanel(props: &PackPanelProps) -> Html {
    let ctx = use_app();
    let lang = ctx.lang;
    let result = use_state(|| None::<(bool, String)>);
    let on_export = {
        let (ctx, selected, result) = (ctx.clone(), props.selected.clone(), result.clone());
        Callback::from(move |_: MouseEvent| {
            let mut list: Vec<Scenario> = selected.iter().filter(|s| !s.builtin).cloned().collect();
            if selected.is_empty() {
                list = ctx
                    .data
                    .all::<ScenarioRecord>()
                    .filter(|r| !r.meta.deleted)
                    .map(|r| r.scenario.clone())
                    .collect();
            }
            if list.is_empty() {
                result.set(Some((false, t(lang, DrillK::NothingToExport).to_owned())));
                return;
            }
            let name = format!("drill-pack-{}.json", platform::today());
            platform::download(&name, &export_pack(&list), "application/json");
        })
    };
    let on_file = {
        let (ctx, result) = (ctx.clone(), result.clone());
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            input.set_value("");
            let (ctx, result) = (ctx.clone(), result.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let text = platform::read_file_text(&file).await;
                let text = match text {
                    Ok(text) => text,
                    Err(crate::domain::backup::ImportError::Unreadable) => {
                        result.set(Some((false, t(lang, DrillK::FileUnreadable).to_owned())));
                        return;
                    }
                    Err(e) => {
                        result.set(Some((false, e.message(lang))));
                        return;
                    }
                };
                match import_pack(&text) {
                    Err(e) => result.set(Some((false, e.message(lang)))),
                    Ok(scenarios) => {
                        let n = scenarios.len();
                        for scenario in scenarios {
                            let existing = ctx
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
                            sync::save(&ctx.store, record);
                        }
                        result.set(Some((
                            true,
                            t(lang, DrillK::Imported).replace("{}", &n.to_string()),
                        )));
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
                if let Some((ok, msg)) = &*result {
                    <p class={classes!("banner", if *ok { "ok" } else { "error" })} data-testid="drill-import-result">{ msg.clone() }</p>
                }
            </div>
        </section>
    }
}
