//! Adds a material the catalog does not list: its name, whether it is required or a list,
//! seal and signature needs, and the fields to enter (remarks are always added). Folded
//! behind one button until needed: most cases never add one, and the open form was a third
//! of the materials step.

use yew::prelude::*;

use crate::domain::catalog::FieldKind;
use crate::domain::precheck::{CustomMaterial, Edit};
use crate::i18n::{t, PreK};
use crate::ui::platform;
use crate::ui::store::use_lang;

#[derive(Properties, PartialEq)]
pub struct CustomFormProps {
    pub on_edit: Callback<Edit>,
}

/// Fields offered as choices: seal page and signatures have their own boxes, remarks come
/// with every material.
fn choices() -> impl Iterator<Item = FieldKind> {
    FieldKind::ALL.into_iter().filter(|f| {
        !matches!(
            f,
            FieldKind::Remarks | FieldKind::SealPagePresent | FieldKind::SignaturePresent
        )
    })
}

/// A checkbox bound to one flag of the draft.
fn flag(
    draft: &UseStateHandle<CustomMaterial>,
    id: &str,
    label: &str,
    get: fn(&CustomMaterial) -> bool,
    set: fn(&mut CustomMaterial, bool),
) -> Html {
    let on_change = {
        let draft = draft.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let mut next = (*draft).clone();
            set(&mut next, input.checked());
            draft.set(next);
        })
    };
    html! {
        <label class="check" for={id.to_owned()}>
            <input type="checkbox" id={id.to_owned()} data-testid={id.to_owned()}
                checked={get(draft)} onchange={on_change} />
            <span>{ label.to_owned() }</span>
        </label>
    }
}

#[component]
pub fn CustomForm(props: &CustomFormProps) -> Html {
    let lang = use_lang();
    let draft = use_state(CustomMaterial::default);
    let open = use_state(|| false);
    let title = use_node_ref();
    platform::use_focus_on(title.clone(), *open, *open);
    let toggle = |to: bool| {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(to))
    };
    let on_title = {
        let draft = draft.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let mut next = (*draft).clone();
            next.title = input.value();
            draft.set(next);
        })
    };
    let on_submit = {
        let (draft, cb, open) = (draft.clone(), props.on_edit.clone(), open.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let custom = (*draft).clone();
            let filled = !custom.title.trim().is_empty();
            cb.emit(Edit::AddCustom(custom));
            if filled {
                draft.set(CustomMaterial::default());
                open.set(false);
            }
        })
    };
    let field_box = |kind: FieldKind| {
        let id = format!("custom-field-{kind:?}");
        let on_change = {
            let draft = draft.clone();
            Callback::from(move |e: Event| {
                let input: web_sys::HtmlInputElement = e.target_unchecked_into();
                let mut next = (*draft).clone();
                next.fields.retain(|f| *f != kind);
                if input.checked() {
                    next.fields.push(kind);
                }
                draft.set(next);
            })
        };
        html! {
            <label class="check" for={id.clone()} key={id.clone()}>
                <input type="checkbox" id={id.clone()} data-testid={id}
                    checked={draft.fields.contains(&kind)} onchange={on_change} />
                <span>{ kind.label(lang) }</span>
            </label>
        }
    };
    if !*open {
        return html! {
            <div class="precheck-custom no-print actions">
                <button type="button" data-testid="custom-open" aria-expanded="false"
                    onclick={toggle(true)}>{ format!("＋ {}", t(lang, PreK::CustomAdd)) }</button>
            </div>
        };
    }
    html! {
        <form class="precheck-custom no-print" data-testid="custom-form" onsubmit={on_submit}>
            <fieldset>
                <legend>{ t(lang, PreK::CustomAdd) }</legend>
                <label class="field" for="custom-title">
                    <span>{ t(lang, PreK::CustomTitle) }</span>
                    <input id="custom-title" data-testid="custom-title" type="text" ref={title}
                        value={draft.title.clone()} oninput={on_title} />
                </label>
                <div class="checks">
                    { flag(&draft, "custom-required", t(lang, PreK::CustomRequired), |c| c.required, |c, v| c.required = v) }
                    { flag(&draft, "custom-repeated", t(lang, PreK::CustomRepeated), |c| c.repeated, |c, v| c.repeated = v) }
                    { flag(&draft, "custom-seal", t(lang, PreK::CustomSeal), |c| c.seal_page_required, |c, v| c.seal_page_required = v) }
                    { flag(&draft, "custom-signature", t(lang, PreK::CustomSignature), |c| c.signature_required, |c, v| c.signature_required = v) }
                </div>
                <fieldset class="checks">
                    <legend>{ t(lang, PreK::CustomFields) }</legend>
                    { for choices().map(field_box) }
                </fieldset>
                <div class="actions">
                    <button type="submit" class="primary" data-testid="custom-add">{ t(lang, PreK::CustomSubmit) }</button>
                    <button type="button" data-testid="custom-cancel" onclick={toggle(false)}>
                        { t(lang, PreK::CustomCancel) }</button>
                </div>
            </fieldset>
        </form>
    }
}
