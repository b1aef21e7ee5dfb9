//! Step 2: the legal representative's presence and the checks to answer by hand, then every
//! material with its status and its fields as inputs (repeated materials as a list of items
//! with add/remove; custom materials can be removed), and the form to add a custom material.
//! An item with a problem is marked on the item itself; "only with problems" hides the rest;
//! the filled-in items of a repeated material fold to one line each (six patents stay short).

use std::collections::HashSet;
use std::rc::Rc;

use yew::prelude::*;

use super::field_input::field;
use super::{ChecksView, CustomForm, LegalRepView};
use crate::domain::precheck::{Edit, Finding, Material, MaterialStatus, Precheck};
use crate::i18n::{pick, t, Lang, PreK};
use crate::ui::store::use_lang;

#[derive(Properties, PartialEq)]
pub struct MaterialsViewProps {
    pub precheck: Rc<Precheck>,
    pub findings: Rc<Vec<Finding>>,
    pub on_edit: Callback<Edit>,
    /// Personal ID numbers shown in full and editable.
    #[prop_or_default]
    pub reveal: bool,
}

#[component]
pub fn MaterialsView(props: &MaterialsViewProps) -> Html {
    let lang = use_lang();
    let p = &props.precheck;
    let only_problems = use_state(|| false);
    let issues_of = |m: &Material| {
        props
            .findings
            .iter()
            .filter(|f| f.touches(&m.key, None))
            .count()
    };
    let with_problems = p.materials.iter().filter(|m| issues_of(m) > 0).count();
    let on_only = {
        let only_problems = only_problems.clone();
        Callback::from(move |_: Event| only_problems.set(!*only_problems))
    };
    html! {
        <>
            <LegalRepView presence={p.legal_rep} note={p.legal_rep_note.clone()} on_edit={props.on_edit.clone()} />
            <ChecksView precheck={p.clone()} on_edit={props.on_edit.clone()} />
            <label class="check no-print">
                <input type="checkbox" data-testid="only-problems" checked={*only_problems} onchange={on_only} />
                { pick(lang, format!("只看有问题的材料（{with_problems}）"), format!("Only materials with problems ({with_problems})")) }
            </label>
            <ul class="precheck-materials">
                { for p.materials.iter().filter(|m| !*only_problems || issues_of(m) > 0).map(|m| html! {
                    <MaterialCard key={m.key.clone()} material={m.clone()}
                        issues={issues_of(m)}
                        item_issues={item_issues(&props.findings, m)}
                        on_edit={props.on_edit.clone()} {lang} reveal={props.reveal} />
                }) }
            </ul>
            <CustomForm on_edit={props.on_edit.clone()} />
        </>
    }
}

/// Findings per item of `m`, for the items a finding names exactly.
fn item_issues(findings: &[Finding], m: &Material) -> Vec<usize> {
    (0..m.items.len())
        .map(|i| {
            findings
                .iter()
                .filter(|f| {
                    f.materials
                        .iter()
                        .any(|r| r.key == m.key && r.item == Some(i))
                })
                .count()
        })
        .collect()
}

#[derive(Properties, PartialEq)]
struct MaterialCardProps {
    material: Material,
    issues: usize,
    item_issues: Vec<usize>,
    on_edit: Callback<Edit>,
    lang: Lang,
    reveal: bool,
}

/// One material. A component of its own with plain props (no context), so typing into one
/// material re-renders that card only: the others' props are unchanged and Yew skips them.
#[component]
fn MaterialCard(props: &MaterialCardProps) -> Html {
    // Items already worked on when the card first shows start folded; items added later or
    // still blank stay open, and nothing folds under the user's fingers while typing.
    let folded = {
        let m = &props.material;
        use_state(move || -> HashSet<u32> {
            if !m.repeated || m.items.len() < 2 {
                return HashSet::new();
            }
            m.items
                .iter()
                .filter(|it| m.fields.iter().any(|f| !it.value(*f).trim().is_empty()))
                .map(|it| it.id)
                .collect()
        })
    };
    material(
        &props.material,
        props.issues,
        &props.item_issues,
        &folded,
        &props.on_edit,
        props.lang,
        props.reveal,
    )
}

fn material(
    m: &Material,
    issues: usize,
    item_issues: &[usize],
    folded: &HashSet<u32>,
    on_edit: &Callback<Edit>,
    lang: Lang,
    reveal: bool,
) -> Html {
    let key = m.key.clone();
    let on_status = {
        let (key, cb) = (key.clone(), on_edit.clone());
        Callback::from(move |e: Event| {
            let sel: web_sys::HtmlSelectElement = e.target_unchecked_into();
            if let Some(status) = MaterialStatus::from_key(&sel.value()) {
                cb.emit(Edit::SetStatus {
                    material: key.clone(),
                    status,
                });
            }
        })
    };
    let on_add = {
        let (key, cb) = (key.clone(), on_edit.clone());
        Callback::from(move |_: MouseEvent| {
            cb.emit(Edit::AddItem {
                material: key.clone(),
            })
        })
    };
    let on_remove_custom = {
        let (key, cb) = (key.clone(), on_edit.clone());
        Callback::from(move |_: MouseEvent| {
            cb.emit(Edit::RemoveCustom {
                material: key.clone(),
            })
        })
    };
    let status_id = format!("status-{key}");
    html! {
        <li class="precheck-material" data-testid={format!("material-{key}")}>
            <h4>{ m.title.get(lang) }
                if m.is_custom() {
                    <span class="badge">{ format!(" · {}", t(lang, PreK::CustomBadge)) }</span>
                }
                if issues > 0 {
                    <span class="badge" data-testid={format!("material-issues-{key}")}>
                        { pick(lang, format!(" · {issues} 个问题"), format!(" · {issues} finding(s)")) }</span>
                }
            </h4>
            <label class="field" for={status_id.clone()}>
                <span>{ t(lang, PreK::Status) }</span>
                <select id={status_id} data-testid={format!("status-{key}")} onchange={on_status}>
                    { for MaterialStatus::ALL.iter().map(|s| html! {
                        <option value={s.key()} selected={*s == m.status}>{ s.label(lang) }</option>
                    }) }
                </select>
            </label>
            <ol class="precheck-items">
                { for m.items.iter().enumerate().map(|(i, item)| {
                    let on_remove = {
                        let (key, cb) = (key.clone(), on_edit.clone());
                        Callback::from(move |_: MouseEvent| cb.emit(Edit::RemoveItem { material: key.clone(), item: i }))
                    };
                    let n = item_issues.get(i).copied().unwrap_or(0);
                    let mark = (n > 0).then(|| html! {
                        <span class="badge warn" data-testid={format!("item-issues-{key}-{i}")}>
                            { pick(lang, format!("⚠ {n} 个问题"), format!("⚠ {n} problem(s)")) }</span>
                    });
                    let fields = html! {
                        <>
                            { for m.fields.iter().map(|f| field(m, i, *f, item.value(*f), on_edit, lang, reveal)) }
                            if m.repeated && m.items.len() > 1 {
                                <button type="button" class="no-print" data-testid={format!("remove-item-{key}-{i}")} onclick={on_remove}>
                                    { t(lang, PreK::RemoveItem) }</button>
                            }
                        </>
                    };
                    let head = t(lang, PreK::Item).replace("{}", &(i + 1).to_string());
                    html! {
                        <li key={item.id} class={classes!((n > 0).then_some("has-issue"))}
                            data-testid={format!("item-{key}-{i}")} data-issues={n.to_string()}>
                            if m.repeated && m.items.len() > 1 {
                                <details open={n > 0 || !folded.contains(&item.id)} data-testid={format!("item-fold-{key}-{i}")}>
                                    <summary class="item-head">
                                        { head }
                                        { m.fields.first().map(|f| item.value(*f)).filter(|v| !v.trim().is_empty())
                                            .map(|v| format!(" · {v}")).unwrap_or_default() }
                                        { " " }{ mark }
                                    </summary>
                                    { fields }
                                </details>
                            } else {
                                if m.repeated {
                                    <p class="item-head">{ head }{ " " }{ mark.clone() }</p>
                                } else if n > 0 {
                                    <p class="item-head">{ mark.clone() }</p>
                                }
                                { fields }
                            }
                        </li>
                    }
                }) }
            </ol>
            if m.repeated {
                <button type="button" class="no-print" data-testid={format!("add-item-{key}")} onclick={on_add}>
                    { t(lang, PreK::AddItem) }</button>
            }
            if m.is_custom() {
                <button type="button" class="no-print danger" data-testid={format!("remove-custom-{key}")}
                    onclick={on_remove_custom}>{ t(lang, PreK::CustomRemove) }</button>
            }
        </li>
    }
}
