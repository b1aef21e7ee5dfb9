//! One field of a material item as the right input for its kind (text, date, yes/no, long
//! text, count, money), with personal ID numbers masked until revealed.

use yew::prelude::*;

use crate::domain::catalog::FieldKind;
use crate::domain::ids::{compact_credit_code, credit_code_had_inner_blanks, mask_id};
use crate::domain::precheck::{Edit, InputKind, Material, FLAG_NO, FLAG_YES};
use crate::i18n::{pick, t, Lang, PreK};

/// One value of one item as an input. A personal ID number is shown masked and read-only until
/// the user reveals ID numbers (`reveal`); only then can it be seen in full and edited.
pub(super) fn field(
    m: &Material,
    item: usize,
    kind: FieldKind,
    value: &str,
    on_edit: &Callback<Edit>,
    lang: Lang,
    reveal: bool,
) -> Html {
    let id = format!("field-{}-{item}-{kind:?}", m.key);
    if m.is_personal_id(kind) && !reveal {
        let hint = format!("{id}-hint");
        return html! {
            <div class="field masked-field" key={format!("{kind:?}")}>
                <label for={id.clone()}>{ m.field_label(kind, lang) }</label>
                <input id={id.clone()} data-testid={id} type="text" readonly=true
                    value={mask_id(value)} aria-describedby={hint.clone()} />
                <small id={hint} class="hint">{ t(lang, PreK::MaskedHint) }</small>
            </div>
        };
    }
    let emit = {
        let (material, cb) = (m.key.clone(), on_edit.clone());
        move |value: String| {
            cb.emit(Edit::SetField {
                material: material.clone(),
                item,
                field: kind,
                value,
            })
        }
    };
    let on_input = {
        let emit = emit.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            emit(input.value());
        })
    };
    let control = match InputKind::of(kind) {
        InputKind::YesNo => {
            let on_change = Callback::from(move |e: Event| {
                let sel: web_sys::HtmlSelectElement = e.target_unchecked_into();
                emit(sel.value());
            });
            let opts = [
                ("", PreK::Unset),
                (FLAG_YES, PreK::Yes),
                (FLAG_NO, PreK::No),
            ];
            html! {
                <select id={id.clone()} data-testid={id.clone()} onchange={on_change}>
                    { for opts.iter().map(|(v, k)| html! {
                        <option value={*v} selected={value == *v}>{ t(lang, *k) }</option>
                    }) }
                </select>
            }
        }
        InputKind::LongText => {
            let on_text = Callback::from(move |e: InputEvent| {
                let area: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
                emit(area.value());
            });
            html! { <textarea id={id.clone()} data-testid={id.clone()} value={value.to_owned()} oninput={on_text} /> }
        }
        k => {
            let mode = match k {
                InputKind::Count | InputKind::Money => "decimal",
                _ => "text",
            };
            let hint = (k == InputKind::Date).then_some("YYYY-MM-DD");
            html! { <input id={id.clone()} data-testid={id.clone()} type="text" inputmode={mode}
            placeholder={hint} value={value.to_owned()} oninput={on_input} /> }
        }
    };
    // A code pasted in groups is checked without its blanks: say so under the field.
    let compacted = (kind == FieldKind::CreditCode && credit_code_had_inner_blanks(value))
        .then(|| compact_credit_code(value));
    html! {
        <div class="field" key={format!("{kind:?}")}>
            <label for={id.clone()}>{ m.field_label(kind, lang) }</label>
            { control }
            if let Some(code) = compacted {
                <small class="hint" data-testid={format!("{id}-compacted")}>{ pick(
                    lang,
                    format!("已去掉空格，按 {code} 核对"),
                    format!("Blanks removed: checked as {code}"),
                ) }</small>
            }
        </div>
    }
}
