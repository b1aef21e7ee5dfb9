//! The library of alternative-path patterns: when each applies, what it needs, who must agree,
//! and its cost in working days, which a plan may set to what the local office really takes.

use std::rc::Rc;

use yew::prelude::*;

use super::shared::{commit, error_banner, use_plan_editor};
use crate::domain::plan::{path_library, Plan, PlanError};
use crate::i18n::{pick, t, PlanK};
use crate::ui::platform;
use crate::ui::store::use_lang;

#[derive(Properties, PartialEq)]
pub struct PathLibraryProps {
    pub plan: Rc<Plan>,
}

#[component]
pub fn PathLibrary(props: &PathLibraryProps) -> Html {
    let lang = use_lang();
    let editor = use_plan_editor(&props.plan);
    let error = use_state(|| None::<PlanError>);
    html! {
        <details class="path-library no-print" data-testid="path-library">
            <summary>{ t(lang, PlanK::PathLibrary) }</summary>
            { error_banner(&error) }
            <ul>
            { for path_library().into_iter().map(|p| {
                let key = p.key;
                let cost = props.plan.path_cost(key);
                let onchange = {
                    let (editor, error) = (editor.clone(), error.clone());
                    Callback::from(move |e: Event| {
                        let raw = e.target_unchecked_into::<web_sys::HtmlInputElement>().value();
                        let days = raw.trim().parse::<u32>().ok();
                        error.set(commit(&editor, |p| p.set_path_cost(key, days, platform::now())));
                    })
                };
                let id = format!("path-cost-{}", key.key());
                html! {
                    <li key={key.key()} class="path-pattern">
                        <strong>{ p.name.get(lang) }</strong>
                        <span class="tag">{ p.source.label(lang) }</span>
                        <p>{ p.when_applies.get(lang) }</p>
                        <p class="sub">{ t(lang, PlanK::PathNeeds) }{ p.needs.iter().map(|n| n.get(lang)).collect::<Vec<_>>().join("；") }</p>
                        <p class="sub">{ t(lang, PlanK::PathAgree) }{ p.who_must_agree.iter().map(|w| w.label(lang)).collect::<Vec<_>>().join("、") }</p>
                        <label for={id.clone()} class="inline-select">
                            { pick(lang, format!("本案切换耗时（工作日，默认 {}）", p.cost_working_days), format!("Cost here (working days, default {})", p.cost_working_days)) }
                            <input id={id.clone()} data-testid={id} type="number" min="0" inputmode="numeric"
                                value={cost.to_string()} {onchange} />
                        </label>
                    </li>
                }
            }) }
            </ul>
        </details>
    }
}
