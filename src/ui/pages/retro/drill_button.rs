//! "Turn into training": one button makes a draft drill scenario from the case (facts, the
//! failure, the right and the wrong moves, the lessons) and puts it in the drill library.
//! Remaking replaces the draft made from this retrospective (and any edits to it), so it asks
//! once more. Either way the user lands
//! on the draft in the drill editor (`/drill/edit/<key>`).

use std::rc::Rc;

use yew::prelude::*;
use yew_router::prelude::use_navigator;

use crate::domain::case::Case;
use crate::domain::drill::{from_drill_draft, ScenarioRecord};
use crate::domain::record::Meta;
use crate::domain::response::Failure;
use crate::domain::retro::{to_drill_draft, Retro};
use crate::i18n::{t, RetroK};
use crate::ui::platform;
use crate::ui::route::{href, Route};
use crate::ui::store::{use_lang, use_store, use_table};
use crate::ui::sync;

#[derive(Properties, PartialEq)]
pub struct DrillButtonProps {
    pub retro: Rc<Retro>,
    pub case: Rc<Case>,
    pub failures: Rc<Vec<Failure>>,
}

#[component]
pub fn DrillButton(props: &DrillButtonProps) -> Html {
    let lang = use_lang();
    let store = use_store();
    let scenarios = use_table::<ScenarioRecord>();
    let key = format!("retro_{}", props.retro.meta.id.simple());
    let nav = use_navigator();
    let editor = Route::DrillSub {
        rest: format!("edit/{key}"),
    };
    let existing = scenarios
        .values()
        .find(|s| !s.meta.deleted && s.scenario.key == key)
        .cloned();
    let asking = use_state(|| false);
    let on_make = {
        let (store, retro, case, failures) = (
            store.clone(),
            props.retro.clone(),
            props.case.clone(),
            props.failures.clone(),
        );
        let (existing, editor, asking) = (existing.clone(), editor.clone(), asking.clone());
        Callback::from(move |_: MouseEvent| {
            let draft = to_drill_draft(&retro, &case, failures.first(), lang);
            let scenario = from_drill_draft(&draft);
            let record = match &existing {
                Some(old) => {
                    let mut r = old.as_ref().clone();
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
            asking.set(false);
            if let Some(nav) = &nav {
                nav.push(&editor);
            }
        })
    };
    let ask = |v: bool| {
        let asking = asking.clone();
        Callback::from(move |_: MouseEvent| asking.set(v))
    };
    html! {
        <section class="retro-section no-print" aria-labelledby="retro-drill-title">
            <h3 id="retro-drill-title">{ t(lang, RetroK::DrillTitle) }</h3>
            <p class="hint">{ t(lang, RetroK::DrillHint) }</p>
            <div class="actions">
                if existing.is_none() {
                    <button type="button" class="primary" onclick={on_make} data-testid="retro-to-drill">
                        { t(lang, RetroK::DrillMake) }</button>
                } else if *asking {
                    <span role="alert" data-testid="drill-remake-ask">{ t(lang, RetroK::DrillRemakeAsk) }</span>
                    <button type="button" class="danger" onclick={on_make} data-testid="drill-remake-confirm">
                        { t(lang, RetroK::DrillRemake) }</button>
                    <button type="button" onclick={ask(false)} data-testid="drill-remake-cancel">{ t(lang, RetroK::Cancel) }</button>
                } else {
                    <button type="button" onclick={ask(true)} data-testid="retro-to-drill">
                        { t(lang, RetroK::DrillRemake) }</button>
                }
            </div>
            <div aria-live="polite">
                if let Some(s) = &existing {
                    <p class="banner ok" data-testid="drill-made">
                        { t(lang, RetroK::DrillMade) }{ " " }
                        <a href={href(&editor)} data-testid="drill-link"
                            data-key={s.scenario.key.clone()}>{ s.scenario.title.get(lang).to_owned() }</a>
                    </p>
                }
            </div>
        </section>
    }
}
