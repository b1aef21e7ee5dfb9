//! One case: its facts, its stage with the moves allowed from it, and its timeline.

use uuid::Uuid;
use yew::prelude::*;

use crate::domain::case::{Case, CaseEventKind, Status};
use crate::domain::error::DomainError;
use crate::domain::precheck::{Feasibility, PrecheckError};
use crate::i18n::{
    days_left_text, event_text, pick, status_label, t, uncovered_years_text, urgency_label,
    working_days_text, K,
};
use crate::ui::components::{ErrorView, MaskKind, Masked, StatusBadge};
use crate::ui::pages::precheck::use_feasibility;
use crate::ui::pages::{CaseTab, CaseTabs};
use crate::ui::platform;
use crate::ui::route::{href, Route};
use crate::ui::state::Load;
use crate::ui::store::{use_calendar, use_case, use_lang, use_load, use_record_editor, use_store};
use crate::ui::sync::export;

#[derive(Properties, PartialEq)]
pub struct CaseDetailPageProps {
    pub id: AttrValue,
}

#[component]
pub fn CaseDetailPage(props: &CaseDetailPageProps) -> Html {
    let lang = use_lang();
    let load = use_load();
    let store = use_store();
    let case = use_case(&props.id);
    let editor = use_record_editor::<Case>(Uuid::parse_str(&props.id).ok());
    let error = use_state(|| None::<DomainError>);
    if load == Load::Loading {
        return html! { <p class="muted">{ t(lang, K::Loading) }</p> };
    }
    let Some(case) = case else {
        return html! { <p class="empty" data-testid="case-missing">{ t(lang, K::CaseNotFound) }</p> };
    };

    // One handler for every change this page makes: run the domain step on the latest version,
    // then save or explain.
    let apply = {
        let error = error.clone();
        Callback::from(move |step: Step| {
            let now = platform::now();
            let result = editor.apply(|case| match step {
                Step::To(status) => case.transition(status, now),
                Step::Archive => case.archive(now),
                Step::Restore => case.restore(now),
            });
            error.set(result.err());
        })
    };
    let on_export = {
        let id = case.meta.id;
        Callback::from(move |_: MouseEvent| {
            wasm_bindgen_futures::spawn_local(export(store.clone(), Some(id)));
        })
    };
    let edit_href = href(&Route::EditCase {
        id: case.meta.id.to_string(),
    });

    html! {
        <section class="page" data-testid="page-case-detail">
            <div class="page-head">
                <h1 data-testid="case-title">{ case.client.company_name.clone() }</h1>
                <StatusBadge status={case.status} />
                <crate::ui::pages::SyncConflictFlag case_id={case.meta.id} />
            </div>
            <CaseTabs id={props.id.clone()} current={CaseTab::Overview} />
            if case.meta.deleted {
                <p class="banner warn" data-testid="archived-note">{ t(lang, K::ArchivedNote) }</p>
            }
            <ErrorView<DomainError> error={(*error).clone()} testid="case-error" />
            <Facts case={case.clone()} />
            <h2>{ t(lang, K::StatusMoves) }</h2>
            <div class="actions" data-testid="status-actions">
                { for case.status.next().iter().filter(|_| !case.meta.deleted).map(|to| {
                    let apply = apply.clone();
                    let to = *to;
                    if to == Status::Failed {
                        // 失败 only through raising a failure: the clock starts there.
                        let raise = href(&Route::CaseResponse { id: case.meta.id.to_string() });
                        return html! {
                            <a class="button danger" key={to.key()} href={raise} data-testid="to-failed">
                                { t(lang, K::RaiseFailure) }</a>
                        };
                    }
                    html! {
                        <button type="button" key={to.key()} data-testid={format!("to-{}", to.key())}
                            class={classes!((to == Status::Failed).then_some("danger"))}
                            onclick={Callback::from(move |_| apply.emit(Step::To(to)))}>
                            { format!("→ {}", t(lang, status_label(to))) }
                        </button>
                    }
                }) }
            </div>
            <div class="actions">
                if case.meta.deleted {
                    <button type="button" data-testid="restore-case"
                        onclick={apply.reform(|_| Step::Restore)}>{ t(lang, K::Restore) }</button>
                } else {
                    <a class="button" href={edit_href} data-testid="edit-case">{ t(lang, K::Edit) }</a>
                    <button type="button" data-testid="archive-case"
                        onclick={apply.reform(|_| Step::Archive)}>{ t(lang, K::Archive) }</button>
                    <button type="button" data-testid="export-case" onclick={on_export}>
                        { t(lang, K::ExportCase) }</button>
                }
            </div>
            <ScheduleNote case={case.clone()} />
            <crate::ui::pages::plan::WarningFlag case_id={props.id.clone()} detail=true />
            <h2>{ t(lang, K::Timeline) }</h2>
            <ol class="timeline" data-testid="timeline">
                { for case.events.iter().rev().enumerate().map(|(i, ev)| html! {
                    <li key={i} class={classes!(matches!(ev.kind, CaseEventKind::StatusChanged { .. }).then_some("key"))}>
                        <time>{ platform::local_time(ev.at) }</time>{ " " }{ event_text(&ev.kind, lang) }
                    </li>
                }) }
            </ol>
        </section>
    }
}

#[derive(Clone, Copy)]
enum Step {
    To(Status),
    Archive,
    Restore,
}

#[derive(Properties, PartialEq)]
struct FactsProps {
    case: std::rc::Rc<Case>,
}

#[component]
fn Facts(props: &FactsProps) -> Html {
    let lang = use_lang();
    let c = &props.case;
    let row = |label: K, value: String, testid: &'static str| {
        html! {
            <div class="fact"><dt>{ t(lang, label) }</dt><dd data-testid={testid}>{ value }</dd></div>
        }
    };
    let dash = |s: &str| {
        if s.is_empty() {
            "—".to_string()
        } else {
            s.to_string()
        }
    };
    html! {
        <dl class="facts" data-testid="case-facts">
            { row(K::FieldServiceName, c.service_name.clone(), "fact-service") }
            { row(K::FieldUrgency, format!("{} {}", t(lang, urgency_label(c.urgency)), c.urgency_note), "fact-urgency") }
            { row(K::FieldHardDate, c.hard_date.to_string(), "fact-hard-date") }
            { row(K::FieldStartDate, c.start_date.to_string(), "fact-start-date") }
            { row(K::FieldPromisedDays, c.promised_working_days.to_string(), "fact-promised") }
            { row(K::FieldCreditCode, dash(&c.client.credit_code), "fact-credit-code") }
            { row(K::FieldLegalRep, dash(&c.client.legal_rep), "fact-legal-rep") }
            <div class="fact"><dt>{ t(lang, K::FieldContactName) }</dt>
                <dd data-testid="fact-contact">{ dash(&c.client.contact_name) }{ " " }
                    <Masked value={c.client.contact_phone.clone()} kind={MaskKind::Phone} testid={Some(AttrValue::from("fact-phone"))} />
                </dd></div>
            { row(K::SectionTeam, team_text(c, lang), "fact-team") }
            if !c.notes.is_empty() { { row(K::FieldNotes, c.notes.clone(), "fact-notes") } }
        </dl>
    }
}

fn team_text(c: &Case, lang: crate::i18n::Lang) -> String {
    let parts = [
        (K::FieldPm, &c.team.pm),
        (K::FieldExecutor1, &c.team.executors[0]),
        (K::FieldExecutor2, &c.team.executors[1]),
        (K::FieldLogistics, &c.team.logistics),
    ];
    parts
        .iter()
        .filter(|(_, name)| !name.is_empty())
        .map(|(k, name)| format!("{}：{}", t(lang, *k), name))
        .collect::<Vec<_>>()
        .join(" · ")
}

/// What the precheck says about the hard date, with the working days policy warnings take.
fn precheck_verdict(
    result: Option<&Result<Feasibility, PrecheckError>>,
    lang: crate::i18n::Lang,
) -> Html {
    let Some(result) = result else {
        return html! {
            <p class="muted" data-testid="header-feasibility" data-feasible="unknown">{ pick(lang,
                "尚未做材料预审：上面的工作日只是日历上的天数，还没算上材料修正。".to_string(),
                "No precheck yet: the working days above are calendar days only, before any fixes.".to_string()) }</p>
        };
    };
    match result {
        Err(e) => html! {
            <p class="banner error" role="alert" data-testid="header-feasibility" data-feasible="error">{ e.message(lang) }</p>
        },
        Ok(f) => {
            let lost = if f.lost_working_days > 0 {
                pick(
                    lang,
                    format!("（已扣除政策预警停办 {} 个）", f.lost_working_days),
                    format!(" ({} lost to policy warnings)", f.lost_working_days),
                )
            } else {
                String::new()
            };
            let verdict = if f.feasible {
                pick(
                    lang,
                    format!("可以按期，余量 {} 个工作日", f.slack_working_days),
                    format!(
                        "the hard date can be met with {} to spare",
                        f.slack_working_days
                    ),
                )
            } else {
                pick(
                    lang,
                    format!("无法按期，差 {} 个工作日", f.shortfall_working_days()),
                    format!(
                        "the hard date cannot be met, {} short",
                        f.shortfall_working_days()
                    ),
                )
            };
            html! {
                <p class={classes!("banner", if f.feasible { "ok" } else { "warn" })} role="status"
                    data-testid="header-feasibility" data-feasible={f.feasible.to_string()}>
                    { pick(lang,
                        format!("按材料预审：需 {} 个工作日，可用 {} 个{lost}——{verdict}。", f.required_working_days, f.available_working_days),
                        format!("By the precheck: {} working days needed, {} available{lost}: {verdict}.", f.required_working_days, f.available_working_days)) }
                </p>
            }
        }
    }
}

#[derive(Properties, PartialEq)]
struct ScheduleNoteProps {
    case: std::rc::Rc<Case>,
}

/// Days left, the promised due date, and plain warnings when the promise or the data is off.
#[component]
fn ScheduleNote(props: &ScheduleNoteProps) -> Html {
    let lang = use_lang();
    let calendar = use_calendar();
    let today = platform::today();
    // The same figures as the precheck's feasibility step and the plan's decide-by dates,
    // worked out once per change of what they read.
    let verdict = use_feasibility(&props.case);
    let c = &props.case;
    let s = c.schedule(&calendar, today);
    let due = s.promised_due.map(|d| d.to_string()).unwrap_or_default();
    html! {
        <div class="schedule" data-testid="case-schedule">
            <p data-testid="detail-days-left">
                { days_left_text(c.days_left(today), lang) }{ " · " }
                { working_days_text(s.working_days_left, lang) }
            </p>
            <p data-testid="promised-due">{ pick(lang,
                format!("按承诺 {} 个工作日，应于 {due} 办结。", c.promised_working_days),
                format!("{} promised working days end on {due}.", c.promised_working_days)) }</p>
            { precheck_verdict(verdict.as_ref(), lang) }
            if s.promise_misses_hard_date {
                <p class="banner warn" role="status" data-testid="promise-warning">{ t(lang, K::PromiseMissesHardDate) }</p>
            }
            if !s.uncovered_years.is_empty() {
                <p class="banner warn" role="status" data-testid="uncovered-years">{ uncovered_years_text(&s.uncovered_years, lang) }</p>
            }
        </div>
    }
}
