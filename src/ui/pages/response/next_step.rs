//! The one obvious next action on a failure, as a big button that takes you to its section.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::response::{next_action, Failure, NextAction};
use crate::i18n::{t, RespK};
use crate::ui::pages::response::shared::{go_to, local_clock};
use crate::ui::store::use_lang;

/// The id of a failure's section on the page (`notify`, `steps`, `report`, `comp`, `close`).
pub fn section_id(section: &str, failure: &Failure) -> String {
    format!("{section}-{}", failure.meta.id)
}

#[derive(Properties, PartialEq)]
pub struct NextStepProps {
    pub failure: Rc<Failure>,
}

#[component]
pub fn NextStep(props: &NextStepProps) -> Html {
    let lang = use_lang();
    let action = next_action(&props.failure, &local_clock());
    let (label, section) = match action {
        NextAction::Notify => (RespK::NextNotify, "notify"),
        NextAction::AddSteps => (RespK::NextAddSteps, "steps"),
        NextAction::SendReport => (RespK::NextReport, "report"),
        NextAction::TickSteps => (RespK::NextTickSteps, "steps"),
        NextAction::Close => (RespK::NextClose, "close"),
        NextAction::Nothing => return Html::default(),
    };
    let target = section_id(section, &props.failure);
    let onclick = Callback::from(move |_: MouseEvent| go_to(&target));
    html! {
        <div class="next-step" data-testid="next-action" data-action={action.key()}>
            <span class="next-label">{ t(lang, RespK::NextLabel) }</span>
            <button type="button" class="primary big" {onclick} data-testid="next-action-go">
                { t(lang, label) }{ " ↓" }</button>
        </div>
    }
}
