//! Before a case has a plan: what the workshop is for, and the button that starts one.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::case::Case;
use crate::domain::plan::Plan;
use crate::i18n::{t, PlanK};
use crate::ui::platform;
use crate::ui::store::{use_lang, use_store};
use crate::ui::sync::save;

#[derive(Properties, PartialEq)]
pub struct StartPlanProps {
    pub case: Rc<Case>,
    /// An archived plan of the case, offered back instead of a fresh one.
    #[prop_or_default]
    pub archived: Option<Rc<Plan>>,
}

#[component]
pub fn StartPlan(props: &StartPlanProps) -> Html {
    let lang = use_lang();
    let store = use_store();
    let on_start = {
        let (store, case) = (store.clone(), props.case.clone());
        Callback::from(move |_: MouseEvent| {
            let catalog = store.state().catalog.clone();
            let service = case.service_key.as_deref().and_then(|k| catalog.get(k));
            let plan = Plan::new(platform::fresh_id(), case.meta.id, service, platform::now());
            save(&store, plan);
        })
    };
    let on_restore = props.archived.clone().map(|plan| {
        let store = store.clone();
        Callback::from(move |_: MouseEvent| save(&store, plan.restore(platform::now())))
    });
    html! {
        <div class="plan-start" data-testid="plan-empty">
            <p class="lead">{ t(lang, PlanK::StartLead) }</p>
            <div class="actions">
                if let Some(onclick) = on_restore {
                    <button type="button" class="primary" data-testid="plan-restore" {onclick}>
                        { t(lang, PlanK::RestorePlan) }</button>
                } else {
                    <button type="button" class="primary" data-testid="plan-start" onclick={on_start}>
                        { t(lang, PlanK::StartPlan) }</button>
                }
            </div>
        </div>
    }
}
