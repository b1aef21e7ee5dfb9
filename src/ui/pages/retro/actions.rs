//! Action items: what will change, who owns it, by when (working days via the calendar, or a
//! date). One item at a time can be edited in place.

use std::rc::Rc;

use yew::prelude::*;

use super::action_form::ActionForm;
use super::action_row::ActionRow;
use crate::domain::retro::Retro;
use crate::i18n::{t, RetroK};
use crate::ui::store::{use_lang, RecordEditor};

#[derive(Properties, PartialEq)]
pub struct ActionsPanelProps {
    pub retro: Rc<Retro>,
    /// Saves onto the latest stored retrospective.
    pub editor: RecordEditor<Retro>,
}

#[component]
pub fn ActionsPanel(props: &ActionsPanelProps) -> Html {
    let lang = use_lang();
    let editing = use_state(|| None::<u32>);
    let on_edit = {
        let editing = editing.clone();
        Callback::from(move |id: Option<u32>| editing.set(id))
    };
    html! {
        <section class="retro-section" aria-labelledby="retro-actions-title">
            <h3 id="retro-actions-title">{ t(lang, RetroK::ActionsTitle) }</h3>
            if props.retro.actions.is_empty() {
                <p class="empty" data-testid="actions-empty">{ t(lang, RetroK::NoActions) }</p>
            }
            <ul class="action-list" data-testid="action-items">
                { for props.retro.actions.iter().map(|a| html! {
                    <ActionRow key={a.id} retro={props.retro.clone()} editor={props.editor.clone()} item={a.clone()}
                        editing={*editing == Some(a.id)} on_edit={on_edit.clone()} />
                }) }
            </ul>
            <ActionForm retro={props.retro.clone()} editor={props.editor.clone()} />
        </section>
    }
}
