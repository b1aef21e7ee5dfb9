//! A case status as a labelled badge (text, not colour alone, carries the meaning).

use yew::prelude::*;

use crate::domain::case::Status;
use crate::i18n::{status_label, t};
use crate::ui::store::use_lang;

#[derive(Properties, PartialEq)]
pub struct StatusBadgeProps {
    pub status: Status,
}

#[component]
pub fn StatusBadge(props: &StatusBadgeProps) -> Html {
    let lang = use_lang();
    let class = format!("badge status-{}", props.status.key());
    html! {
        <span {class} data-testid="status-badge">{ t(lang, status_label(props.status)) }</span>
    }
}
