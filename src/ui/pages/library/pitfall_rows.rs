//! The pitfalls of a custom service: one editable row each, added and removed with buttons.
//! New rows get a free key (`p1`, `p2`, …).

use yew::prelude::*;

use super::material_rows::free_key;
use super::pitfall_row::PitfallRow;
use crate::domain::catalog::{L10n, Pitfall, Severity, Source};
use crate::i18n::{t, LibK};
use crate::ui::store::use_lang;

#[derive(Properties, PartialEq)]
pub struct PitfallRowsProps {
    pub pitfalls: Vec<Pitfall>,
    pub on_change: Callback<Vec<Pitfall>>,
}

#[component]
pub fn PitfallRows(props: &PitfallRowsProps) -> Html {
    let lang = use_lang();
    let on_row = {
        let (list, cb) = (props.pitfalls.clone(), props.on_change.clone());
        Callback::from(move |(i, row): (usize, Option<Pitfall>)| {
            let mut next = list.clone();
            match row {
                Some(p) if i < next.len() => next[i] = p,
                None if i < next.len() => {
                    next.remove(i);
                }
                _ => return,
            }
            cb.emit(next);
        })
    };
    let add = {
        let (list, cb) = (props.pitfalls.clone(), props.on_change.clone());
        Callback::from(move |_: MouseEvent| {
            let mut next = list.clone();
            let key = free_key("p", list.iter().map(|p| p.key.as_str()));
            next.push(Pitfall::new(
                key,
                Severity::Warning,
                Source::Practice,
                L10n::default(),
                L10n::default(),
                0,
            ));
            cb.emit(next);
        })
    };
    html! {
        <fieldset class="lib-rows" data-testid="pitfall-rows">
            <legend>{ t(lang, LibK::Pitfalls) }</legend>
            if props.pitfalls.is_empty() {
                <p class="muted">{ t(lang, LibK::NoPitfalls) }</p>
            }
            { for props.pitfalls.iter().enumerate().map(|(i, p)| html! {
                <PitfallRow key={p.key.clone()} index={i} pitfall={p.clone()} on_change={on_row.clone()} />
            }) }
            <button type="button" onclick={add} data-testid="pit-add">{ t(lang, LibK::AddPitfall) }</button>
        </fieldset>
    }
}
