//! One material in the service editor: names, the flags (required, repeated, seal page,
//! signatures, 容缺受理, 并联办理), the key fields and a note.

use yew::prelude::*;

use crate::domain::catalog::{FieldKind, L10n, MaterialSpec};
use crate::i18n::{t, LibK};
use crate::ui::store::use_lang;

#[derive(Properties, PartialEq)]
pub struct MaterialRowProps {
    pub index: usize,
    pub material: MaterialSpec,
    /// `(index, Some(new value))` for an edit, `(index, None)` to remove the row.
    pub on_change: Callback<(usize, Option<MaterialSpec>)>,
}

/// A change a checkbox makes to the material.
type Apply = Box<dyn Fn(&mut MaterialSpec, bool)>;

#[derive(Clone, Copy)]
enum Flag {
    Required,
    Repeated,
    Seal,
    Signature,
    AcceptLater,
    Parallel,
}

fn set_flag(m: &mut MaterialSpec, flag: Flag, on: bool) {
    match flag {
        Flag::Required => m.required = on,
        Flag::Repeated => m.repeated = on,
        Flag::AcceptLater => m.accept_missing_later = on,
        Flag::Parallel => m.parallel_ok = on,
        // A required seal page or signature is also a field the precheck records.
        Flag::Seal => {
            m.seal_page_required = on;
            set_field(m, FieldKind::SealPagePresent, on);
        }
        Flag::Signature => {
            m.signature_required = on;
            set_field(m, FieldKind::SignaturePresent, on);
        }
    }
}

fn set_field(m: &mut MaterialSpec, field: FieldKind, on: bool) {
    m.fields.retain(|f| *f != field);
    if on {
        m.fields.push(field);
    }
}

/// Sets the Chinese note; an empty note (in both languages) is no note.
fn set_note(m: &mut MaterialSpec, zh: String) {
    let en = m.note.take().map(|n| n.en).unwrap_or_default();
    m.note = (!zh.trim().is_empty() || !en.trim().is_empty()).then(|| L10n::new(zh, en));
}

#[component]
pub fn MaterialRow(props: &MaterialRowProps) -> Html {
    let lang = use_lang();
    let i = props.index;
    let m = &props.material;
    let update = |f: fn(&mut MaterialSpec, String)| {
        let (m, cb) = (props.material.clone(), props.on_change.clone());
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let mut next = m.clone();
            f(&mut next, input.value());
            cb.emit((i, Some(next)));
        })
    };
    let toggle = |apply: Apply| {
        let (m, cb) = (props.material.clone(), props.on_change.clone());
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let mut next = m.clone();
            apply(&mut next, input.checked());
            cb.emit((i, Some(next)));
        })
    };
    let check = |flag: Flag, on: bool, label: LibK, testid: &'static str| {
        let id = format!("mat-{i}-{testid}");
        html! {
            <label class="lib-check" for={id.clone()}>
                <input {id} type="checkbox" checked={on} data-testid={testid}
                    onchange={toggle(Box::new(move |m, v| set_flag(m, flag, v)))} />
                { t(lang, label) }
            </label>
        }
    };
    let remove = {
        let cb = props.on_change.clone();
        Callback::from(move |_: MouseEvent| cb.emit((i, None)))
    };
    let note = m.note.as_ref().map(|n| n.zh.clone()).unwrap_or_default();
    html! {
        <div class="lib-row" data-testid="material-row">
            <p class="lib-row-key">{ t(lang, LibK::ItemKey) }{ " " }<code>{ m.key.clone() }</code></p>
            <div class="field">
                <label for={format!("mat-{i}-zh")}>{ t(lang, LibK::MaterialNameZh) }</label>
                <input id={format!("mat-{i}-zh")} type="text" value={m.name.zh.clone()}
                    oninput={update(|m, v| m.name.zh = v)} data-testid="mat-name-zh" />
            </div>
            <div class="field">
                <label for={format!("mat-{i}-en")}>{ t(lang, LibK::NameEn) }</label>
                <input id={format!("mat-{i}-en")} type="text" value={m.name.en.clone()}
                    oninput={update(|m, v| m.name.en = v)} data-testid="mat-name-en" />
            </div>
            <div class="lib-checks">
                { check(Flag::Required, m.required, LibK::Required, "mat-required") }
                { check(Flag::Repeated, m.repeated, LibK::FlagRepeated, "mat-repeated") }
                { check(Flag::Seal, m.seal_page_required, LibK::FlagSeal, "mat-seal") }
                { check(Flag::Signature, m.signature_required, LibK::FlagSignature, "mat-signature") }
                { check(Flag::AcceptLater, m.accept_missing_later, LibK::FlagAcceptLater, "mat-accept-later") }
                { check(Flag::Parallel, m.parallel_ok, LibK::FlagParallel, "mat-parallel") }
            </div>
            <details class="lib-fields-picker">
                <summary data-testid="mat-fields">{ t(lang, LibK::KeyFields) }{ format!(" ({})", m.fields.len()) }</summary>
                <div class="lib-checks">
                { for FieldKind::ALL.iter().map(|&f| {
                    let id = format!("mat-{i}-field-{f:?}");
                    html! {
                        <label class="lib-check" for={id.clone()} key={format!("{f:?}")}>
                            <input {id} type="checkbox" checked={m.fields.contains(&f)}
                                data-testid={format!("mat-field-{f:?}")}
                                onchange={toggle(Box::new(move |m, v| set_field(m, f, v)))} />
                            { f.label(lang) }
                        </label>
                    }
                }) }
                </div>
            </details>
            <div class="field wide">
                <label for={format!("mat-{i}-note")}>{ t(lang, LibK::MaterialNote) }</label>
                <input id={format!("mat-{i}-note")} type="text" value={note}
                    oninput={update(set_note)}
                    data-testid="mat-note" />
            </div>
            <button type="button" class="lib-remove" onclick={remove} data-testid="mat-remove">
                { t(lang, LibK::RemoveMaterial) }</button>
        </div>
    }
}
