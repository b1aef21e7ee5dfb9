//! One pitfall in the service editor: what goes wrong, the fix and its cost in working days,
//! severity and where the fact comes from. A linked precheck rule (in copies of built-ins) is
//! kept as it is.

use yew::prelude::*;

use super::fmt::parse_days;
use crate::domain::catalog::{Pitfall, Severity, Source};
use crate::i18n::{t, LibK};
use crate::ui::store::use_lang;

#[derive(Properties, PartialEq)]
pub struct PitfallRowProps {
    pub index: usize,
    pub pitfall: Pitfall,
    /// `(index, Some(new value))` for an edit, `(index, None)` to remove the row.
    pub on_change: Callback<(usize, Option<Pitfall>)>,
}

const SEVERITIES: [(Severity, &str); 3] = [
    (Severity::Blocker, "blocker"),
    (Severity::Warning, "warning"),
    (Severity::Note, "note"),
];
const SOURCES: [(Source, &str); 2] = [(Source::Practice, "practice"), (Source::Article, "article")];

#[component]
pub fn PitfallRow(props: &PitfallRowProps) -> Html {
    let lang = use_lang();
    let i = props.index;
    let p = &props.pitfall;
    let update = |f: fn(&mut Pitfall, String)| {
        let (p, cb) = (props.pitfall.clone(), props.on_change.clone());
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let mut next = p.clone();
            f(&mut next, input.value());
            cb.emit((i, Some(next)));
        })
    };
    let select = |f: fn(&mut Pitfall, &str)| {
        let (p, cb) = (props.pitfall.clone(), props.on_change.clone());
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlSelectElement = e.target_unchecked_into();
            let mut next = p.clone();
            f(&mut next, &input.value());
            cb.emit((i, Some(next)));
        })
    };
    let text = |suffix: &'static str, label: LibK, value: &str, f: fn(&mut Pitfall, String)| {
        let id = format!("pit-{i}-{suffix}");
        html! {
            <div class="field">
                <label for={id.clone()}>{ t(lang, label) }</label>
                <input {id} type="text" value={value.to_string()} oninput={update(f)}
                    data-testid={format!("pit-{suffix}")} />
            </div>
        }
    };
    let remove = {
        let cb = props.on_change.clone();
        Callback::from(move |_: MouseEvent| cb.emit((i, None)))
    };
    let days = if p.fix_working_days == 0 {
        String::new()
    } else {
        p.fix_working_days.to_string()
    };
    html! {
        <div class="lib-row" data-testid="pitfall-row">
            <p class="lib-row-key">{ t(lang, LibK::ItemKey) }{ " " }<code>{ p.key.clone() }</code></p>
            { text("text-zh", LibK::PitfallTextZh, &p.text.zh, |p, v| p.text.zh = v) }
            { text("text-en", LibK::PitfallTextEn, &p.text.en, |p, v| p.text.en = v) }
            { text("fix-zh", LibK::FixZh, &p.fix.zh, |p, v| p.fix.zh = v) }
            { text("fix-en", LibK::FixEn, &p.fix.en, |p, v| p.fix.en = v) }
            <div class="field">
                <label for={format!("pit-{i}-days")}>{ t(lang, LibK::FixDays) }</label>
                <input id={format!("pit-{i}-days")} type="number" inputmode="numeric" min="0" value={days}
                    oninput={update(|p, v| p.fix_working_days = parse_days(&v))} data-testid="pit-days" />
            </div>
            <div class="field">
                <label for={format!("pit-{i}-severity")}>{ t(lang, LibK::Severity) }</label>
                <select id={format!("pit-{i}-severity")} data-testid="pit-severity"
                    onchange={select(|p, v| if let Some((s, _)) = SEVERITIES.iter().find(|s| s.1 == v) { p.severity = *s; })}>
                { for SEVERITIES.iter().map(|(s, key)| html! {
                    <option key={*key} value={*key} selected={*s == p.severity}>{ s.label(lang) }</option>
                }) }
                </select>
            </div>
            <div class="field">
                <label for={format!("pit-{i}-source")}>{ t(lang, LibK::FactSource) }</label>
                <select id={format!("pit-{i}-source")} data-testid="pit-source"
                    onchange={select(|p, v| if let Some((s, _)) = SOURCES.iter().find(|s| s.1 == v) { p.source = *s; })}>
                { for SOURCES.iter().map(|(s, key)| html! {
                    <option key={*key} value={*key} selected={*s == p.source}>{ s.label(lang) }</option>
                }) }
                </select>
            </div>
            <button type="button" class="lib-remove" onclick={remove} data-testid="pit-remove">
                { t(lang, LibK::RemovePitfall) }</button>
        </div>
    }
}
