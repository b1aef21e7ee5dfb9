//! Labelled form fields. Each emits `(key, value)` so a form builds one callback for all of
//! its fields; errors show under the field and are tied to it for screen readers.

use yew::prelude::*;

/// The `value` of the `<input>`, `<textarea>` or `<select>` an event came from (the one helper
/// every form uses; an `InputEvent` is passed as `&e` too).
pub fn event_value(e: &Event) -> String {
    e.target()
        .and_then(|t| js_sys::Reflect::get(&t, &"value".into()).ok())
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}

/// Common props of a labelled field keyed by `T` (a form's field enum).
#[derive(Properties, PartialEq)]
pub struct TextFieldProps<T: Copy + PartialEq + 'static> {
    pub field: T,
    pub label: AttrValue,
    pub value: AttrValue,
    pub on_change: Callback<(T, String)>,
    pub testid: AttrValue,
    #[prop_or(AttrValue::Static("text"))]
    pub kind: AttrValue,
    #[prop_or_default]
    pub required: bool,
    #[prop_or_default]
    pub error: Option<AttrValue>,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or_default]
    pub inputmode: Option<AttrValue>,
}

fn error_line(id: &str, error: &Option<AttrValue>) -> Html {
    match error {
        Some(msg) => html! { <p class="field-error" id={id.to_string()}>{ msg.clone() }</p> },
        None => Html::default(),
    }
}

#[component]
pub fn TextField<T: Copy + PartialEq + 'static>(props: &TextFieldProps<T>) -> Html {
    let id = format!("f-{}", props.testid);
    let err_id = format!("{id}-err");
    let oninput = {
        let (field, cb) = (props.field, props.on_change.clone());
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            cb.emit((field, input.value()));
        })
    };
    html! {
        <div class={classes!("field", props.error.is_some().then_some("invalid"))}>
            <label for={id.clone()}>
                { props.label.clone() }
                if props.required { <span class="req" aria-hidden="true">{ " *" }</span> }
            </label>
            <input {id} type={props.kind.clone()} value={props.value.clone()} {oninput}
                required={props.required} inputmode={props.inputmode.clone()}
                aria-invalid={props.error.is_some().then_some("true")}
                aria-describedby={props.error.is_some().then(|| err_id.clone())}
                data-testid={props.testid.clone()} />
            if let Some(hint) = &props.hint { <p class="hint">{ hint.clone() }</p> }
            { error_line(&err_id, &props.error) }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct TextAreaProps<T: Copy + PartialEq + 'static> {
    pub field: T,
    pub label: AttrValue,
    pub value: AttrValue,
    pub on_change: Callback<(T, String)>,
    pub testid: AttrValue,
    #[prop_or_default]
    pub error: Option<AttrValue>,
}

#[component]
pub fn TextArea<T: Copy + PartialEq + 'static>(props: &TextAreaProps<T>) -> Html {
    let id = format!("f-{}", props.testid);
    let oninput = {
        let (field, cb) = (props.field, props.on_change.clone());
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
            cb.emit((field, input.value()));
        })
    };
    html! {
        <div class={classes!("field", "wide", props.error.is_some().then_some("invalid"))}>
            <label for={id.clone()}>{ props.label.clone() }</label>
            <textarea {id} value={props.value.clone()} {oninput} rows="3"
                data-testid={props.testid.clone()} />
            { error_line(&format!("f-{}-err", props.testid), &props.error) }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct SelectFieldProps<T: Copy + PartialEq + 'static> {
    pub field: T,
    pub label: AttrValue,
    /// `(value, label)` pairs.
    pub options: Vec<(AttrValue, AttrValue)>,
    pub value: AttrValue,
    pub on_change: Callback<(T, String)>,
    pub testid: AttrValue,
}

#[component]
pub fn SelectField<T: Copy + PartialEq + 'static>(props: &SelectFieldProps<T>) -> Html {
    let id = format!("f-{}", props.testid);
    let onchange = {
        let (field, cb) = (props.field, props.on_change.clone());
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            cb.emit((field, select.value()));
        })
    };
    html! {
        <div class="field">
            <label for={id.clone()}>{ props.label.clone() }</label>
            <select {id} {onchange} data-testid={props.testid.clone()}>
            { for props.options.iter().map(|(value, label)| html! {
                <option key={value.to_string()} value={value.clone()}
                    selected={*value == props.value}>{ label.clone() }</option>
            }) }
            </select>
        </div>
    }
}
