//! Deleting a trainer's scenario, with a confirmation that names it. The record is kept as a
//! tombstone (`meta.deleted`) so a merge carries the deletion; built-ins offer no delete.

use yew::prelude::*;
use yew_router::prelude::*;

use super::shared::{custom_record, sub};
use crate::domain::drill::ScenarioRecord;
use crate::domain::kinds::Kind;
use crate::i18n::{t, DrillK};
use crate::ui::platform;
use crate::ui::store::{use_lang, use_store};
use crate::ui::sync;

#[derive(Properties, PartialEq)]
pub struct DeleteScenarioProps {
    pub scenario_key: AttrValue,
    pub title: AttrValue,
}

#[component]
pub fn DeleteScenario(props: &DeleteScenarioProps) -> Html {
    let lang = use_lang();
    let store = use_store();
    let nav = use_navigator();
    let asking = use_state(|| false);
    // Keyboard users land on the safe answer when the question appears.
    let cancel_ref = use_node_ref();
    platform::use_focus_on(cancel_ref.clone(), *asking, *asking);
    let key = props.scenario_key.to_string();
    let ask = {
        let asking = asking.clone();
        Callback::from(move |_: MouseEvent| asking.set(true))
    };
    let cancel = {
        let asking = asking.clone();
        Callback::from(move |_: MouseEvent| asking.set(false))
    };
    let confirm = {
        let (store, key, asking) = (store.clone(), key.clone(), asking.clone());
        Callback::from(move |_: MouseEvent| {
            asking.set(false);
            // The record as stored now.
            let state = store.state();
            let Some(record) = custom_record(ScenarioRecord::table(&state.data), &key) else {
                return;
            };
            if let Ok(gone) = record.archive(platform::now()) {
                sync::save(&store, gone);
                if let Some(n) = &nav {
                    n.push(&sub(""));
                }
            }
        })
    };
    if !*asking {
        return html! {
            <button type="button" class="danger" onclick={ask} data-testid={format!("drill-delete-{key}")}>
                { t(lang, DrillK::Delete) }
            </button>
        };
    }
    let question = t(lang, DrillK::DeleteConfirm).replace("{}", &props.title);
    html! {
        <div class="drill-confirm banner warn" role="alertdialog" aria-live="assertive"
            aria-labelledby={format!("drill-del-q-{key}")} data-testid="drill-delete-ask">
            <p id={format!("drill-del-q-{key}")}>{ question }</p>
            <div class="actions">
                <button type="button" class="danger" onclick={confirm} data-testid="drill-delete-confirm">{ t(lang, DrillK::DeleteYes) }</button>
                <button type="button" ref={cancel_ref} onclick={cancel} data-testid="drill-delete-cancel">{ t(lang, DrillK::Cancel) }</button>
            </div>
        </div>
    }
}
