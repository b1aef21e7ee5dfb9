//! One warning of the library: dates, where, what it does, where the news came from, and which
//! open cases it overlaps; edit, archive or restore.

use std::rc::Rc;

use uuid::Uuid;
use yew::prelude::*;

use crate::domain::case::Case;
use crate::domain::plan::{overlapping, Warning};
use crate::i18n::{pick, t, PlanK};
use crate::ui::platform;
use crate::ui::route::{href, Route};
use crate::ui::state::SameRc;
use crate::ui::store::{use_calendar, use_lang, use_store, use_table};
use crate::ui::sync::save;

#[derive(Properties, PartialEq)]
pub struct WarningRowProps {
    pub warning: Rc<Warning>,
    pub on_edit: Callback<Uuid>,
}

#[component]
pub fn WarningRow(props: &WarningRowProps) -> Html {
    let lang = use_lang();
    let store = use_store();
    let w = &props.warning;
    let id = w.meta.id;
    // The open cases it overlaps: worked out again only when the warning, the cases or the
    // calendar change.
    let (cases, calendar) = (use_table::<Case>(), use_calendar());
    let affected = use_memo(
        (SameRc(w.clone()), SameRc(cases), SameRc(calendar)),
        |(w, cases, calendar)| {
            let one = [(*w.0).clone()];
            cases
                .0
                .values()
                .filter(|c| !c.meta.deleted && !c.status.is_closed())
                .filter_map(|c| {
                    overlapping(&one, c, &calendar.0)
                        .first()
                        .map(|h| (c.clone(), h.working_days_lost))
                })
                .collect::<Vec<(Rc<Case>, u32)>>()
        },
    );
    let on_archive = {
        let (store, w) = (store.clone(), w.clone());
        Callback::from(move |_: MouseEvent| {
            let now = platform::now();
            save(
                &store,
                if w.meta.deleted {
                    w.restore(now)
                } else {
                    w.archive(now)
                },
            );
        })
    };
    let facts = [w.region.as_str(), w.department.as_str()]
        .iter()
        .filter(|s| !s.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(" · ");
    html! {
        <li class="warning-row" data-testid="warning-row">
            <div class="risk-top">
                <strong data-testid="warning-row-title">{ w.title.clone() }</strong>
                <span class="tag">{ w.effect.label(lang) }</span>
                <span class="badge">{ w.timing(platform::today()).label(lang) }</span>
            </div>
            <p data-testid="warning-row-dates">{ format!("{} – {}", w.start, w.end) }
                if !facts.is_empty() { { " · " }{ facts } }</p>
            if !w.source.is_empty() { <p class="sub">{ t(lang, PlanK::Source) }{ "：" }{ w.source.clone() }</p> }
            if !w.note.is_empty() { <p class="sub">{ w.note.clone() }</p> }
            <p class="sub" data-testid="warning-cases">
                if affected.is_empty() { { t(lang, PlanK::NoCaseAffected) } } else {
                    { pick(lang, format!("影响 {} 个在办案件：", affected.len()), format!("{} open case(s) affected: ", affected.len())) }
                    { for affected.iter().map(|(c, lost)| html! {
                        <a key={c.meta.id.to_string()} class="case-chip" href={href(&Route::CaseDetail { id: c.meta.id.to_string() })}>
                            { pick(lang, format!("{}（少 {lost} 个工作日）", c.client.company_name), format!("{} ({lost} lost)", c.client.company_name)) }</a>
                    }) }
                }
            </p>
            <div class="item-actions">
                if !w.meta.deleted {
                    <button type="button" class="small" data-testid="warning-edit" onclick={props.on_edit.reform(move |_: MouseEvent| id)}>{ t(lang, PlanK::Edit) }</button>
                    <button type="button" class="small danger" data-testid="warning-archive" onclick={on_archive}>{ t(lang, PlanK::Archive) }</button>
                } else {
                    <button type="button" class="small" data-testid="warning-restore" onclick={on_archive}>{ t(lang, PlanK::Restore) }</button>
                }
            </div>
        </li>
    }
}
