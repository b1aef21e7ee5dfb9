//! "Turn into training": one button makes a draft drill scenario from the case (facts, the
//! failure, the right and the wrong moves, the lessons) and puts it in the drill library.
//! A second press replaces the draft made from this retrospective.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::case::Case;
use crate::domain::drill::{from_drill_draft, ScenarioRecord};
use crate::domain::record::Meta;
use crate::domain::response::Failure;
use crate::domain::retro::{to_drill_draft, Retro};
use crate::i18n::{t, RetroK};
use crate::ui::platform;
use crate::ui::route::{href, Route};
use crate::ui::state::use_app;
use crate::ui::sync;

#[derive(Properties, PartialEq)]
pub struct DrillButtonProps {
    pub retro: Rc<Retro>,
    pub case: Rc<Case>,
    pub failures: Rc<Vec<Failure>>,
}

#[component]
pub fn DrillButton(props: &DrillButtonProps) -> Html {
    let ctx = use_app();
    let lang = ctx.lang;
    let key = format!("retro_{}", props.retro.meta.id.simple());
    let existing = ctx
        .data
        .all::<ScenarioRecord>()
        .find(|s| !s.meta.deleted && s.scenario.key == key)
        .cloned();
    let on_click = {
        let (ctx, retro, case, failures) = (
            ctx.clone(),
            props.retro.clone(),
            props.case.clone(),
            props.failures.clone(),
        );
        let existing = existing.clone();
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
            sync::save(&ctx, record);
        })
    };
    html! {
        <section class="retro-section no-print" aria-labelledby="retro-drill-title">
            <h3 id="retro-drill-title">{ t(lang, RetroK::DrillTitle) }</h3>
            <p class="hint">{ t(lang, RetroK::DrillHint) }</p>
            <div class="actions">
                <button type="button" onclick={on_click} data-testid="retro-to-drill">
                    { t(lang, if existing.is_some() { RetroK::DrillRemake } else { RetroK::DrillMake }) }</button>
            </div>
            <div aria-live="polite">
                if let Some(s) = &existing {
                    <p class="banner ok" data-testid="drill-made">
                        { t(lang, RetroK::DrillMade) }{ " " }
                        <a href={href(&Route::Drill)} data-testid="drill-link"
                            data-key={s.scenario.key.clone()}>{ s.scenario.title.get(lang).to_owned() }</a>
                    </p>
                }
            </div>
        </section>
    }
}
