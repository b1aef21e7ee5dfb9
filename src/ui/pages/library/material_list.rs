//! The materials of a service, each with its flags written out in words (not colour) and the
//! fields the precheck compares across documents.

use yew::prelude::*;

use crate::domain::catalog::MaterialSpec;
use crate::i18n::{pick, t, LibK};
use crate::ui::store::use_lang;

#[derive(Properties, PartialEq)]
pub struct MaterialListProps {
    pub materials: Vec<MaterialSpec>,
}

#[component]
pub fn MaterialList(props: &MaterialListProps) -> Html {
    let lang = use_lang();
    if props.materials.is_empty() {
        return html! { <p class="muted">{ t(lang, LibK::NoMaterials) }</p> };
    }
    html! {
        <ul class="lib-spec-list" data-testid="materials">
        { for props.materials.iter().map(|m| {
            let flags = [
                (m.repeated, LibK::FlagRepeated, "flag-repeated"),
                (m.seal_page_required, LibK::FlagSeal, "flag-seal"),
                (m.signature_required, LibK::FlagSignature, "flag-signature"),
                (m.accept_missing_later, LibK::FlagAcceptLater, "flag-accept-later"),
                (m.parallel_ok, LibK::FlagParallel, "flag-parallel"),
            ];
            let fields: Vec<&str> = m.fields.iter().map(|f| f.label(lang)).collect();
            html! {
                <li key={m.key.clone()} class="lib-spec" data-testid="material-item">
                    <div class="lib-spec-head">
                        <strong data-testid="material-name">{ m.name.get(lang).to_string() }</strong>
                        <span class={classes!("lib-tag", m.required.then_some("lib-tag-strong"))} data-testid="material-required">
                            { t(lang, if m.required { LibK::Required } else { LibK::Optional }) }</span>
                        { for flags.iter().filter(|f| f.0).map(|(_, label, id)| html! {
                            <span class="lib-tag" data-testid={*id}>{ t(lang, *label) }</span>
                        }) }
                    </div>
                    if !fields.is_empty() {
                        <p class="sub">{ t(lang, LibK::KeyFields) }{ " " }
                            { fields.join(pick(lang, "、".into(), ", ".into()).as_str()) }</p>
                    }
                    if let Some(note) = &m.note {
                        <p class="sub">{ note.get(lang).to_string() }</p>
                    }
                </li>
            }
        }) }
        </ul>
    }
}
