//! Checkboxes for the alternative paths a risk links, each with its cost for this case.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::plan::{PathKey, Plan};
use crate::i18n::{pick, t, PlanK};
use crate::ui::store::use_lang;

#[derive(Properties, PartialEq)]
pub struct PathPickerProps {
    pub plan: Rc<Plan>,
    pub selected: Vec<PathKey>,
    pub on_toggle: Callback<PathKey>,
}

#[component]
pub fn PathPicker(props: &PathPickerProps) -> Html {
    let lang = use_lang();
    html! {
        <fieldset class="path-picker" data-testid="path-picker">
            <legend>{ t(lang, PlanK::LinkedPaths) }</legend>
            { for PathKey::ALL.iter().map(|path| {
                let path = *path;
                let id = format!("path-{}", path.key());
                let cost = props.plan.path_cost(path);
                let onchange = props.on_toggle.reform(move |_: Event| path);
                html! {
                    <label key={path.key()} class="check" for={id.clone()}>
                        <input type="checkbox" id={id.clone()} data-testid={id}
                            checked={props.selected.contains(&path)} {onchange} />
                        <span>{ path.name(lang) }
                            <span class="sub">{ pick(lang, format!("切换需 {cost} 个工作日"), format!("switching takes {cost} working day(s)")) }</span>
                        </span>
                    </label>
                }
            }) }
        </fieldset>
    }
}
