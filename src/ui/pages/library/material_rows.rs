//! The materials of a custom service: one editable row each, added and removed with buttons.
//! New rows get a free key (`m1`, `m2`, …) so staff never have to invent one.

use yew::prelude::*;

use super::material_row::MaterialRow;
use crate::domain::catalog::{L10n, MaterialSpec};
use crate::i18n::{t, LibK};
use crate::ui::store::use_lang;

#[derive(Properties, PartialEq)]
pub struct MaterialRowsProps {
    pub materials: Vec<MaterialSpec>,
    pub on_change: Callback<Vec<MaterialSpec>>,
}

/// A key of the form `{prefix}{n}` not used by any of `taken`.
pub fn free_key<'a>(prefix: &str, taken: impl Iterator<Item = &'a str> + Clone) -> String {
    (1..)
        .map(|n| format!("{prefix}{n}"))
        .find(|k| !taken.clone().any(|t| t == k))
        .unwrap_or_default()
}

#[component]
pub fn MaterialRows(props: &MaterialRowsProps) -> Html {
    let lang = use_lang();
    let on_row = {
        let (list, cb) = (props.materials.clone(), props.on_change.clone());
        Callback::from(move |(i, row): (usize, Option<MaterialSpec>)| {
            let mut next = list.clone();
            match row {
                Some(m) if i < next.len() => next[i] = m,
                None if i < next.len() => {
                    next.remove(i);
                }
                _ => return,
            }
            cb.emit(next);
        })
    };
    let add = {
        let (list, cb) = (props.materials.clone(), props.on_change.clone());
        Callback::from(move |_: MouseEvent| {
            let mut next = list.clone();
            let key = free_key("m", list.iter().map(|m| m.key.as_str()));
            next.push(MaterialSpec::new(key, L10n::default()));
            cb.emit(next);
        })
    };
    html! {
        <fieldset class="lib-rows" data-testid="material-rows">
            <legend>{ t(lang, LibK::Materials) }</legend>
            { for props.materials.iter().enumerate().map(|(i, m)| html! {
                <MaterialRow key={m.key.clone()} index={i} material={m.clone()} on_change={on_row.clone()} />
            }) }
            <button type="button" onclick={add} data-testid="mat-add">{ t(lang, LibK::AddMaterial) }</button>
        </fieldset>
    }
}
