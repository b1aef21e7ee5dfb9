//! A closed failure, read-only: outcome, how fast the client was told, the remedy and the
//! reports, the compensation.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::case::Case;
use crate::domain::response::Failure;
use crate::i18n::{pick, t, RespK};
use crate::ui::pages::response::notify_clock::NotifyClock;
use crate::ui::pages::response::report_history::ReportHistory;
use crate::ui::pages::response::shared::{local_clock, when};
use crate::ui::pages::response::step_row::StepRow;
use crate::ui::store::use_lang;

#[derive(Properties, PartialEq)]
pub struct ClosedFailureProps {
    pub case: Rc<Case>,
    pub failure: Rc<Failure>,
}

#[component]
pub fn ClosedFailure(props: &ClosedFailureProps) -> Html {
    let lang = use_lang();
    let f = &props.failure;
    let clock = local_clock();
    let outcome = f
        .closed
        .as_ref()
        .map(|c| format!("{} · {}", c.outcome.label(lang), when(&clock, c.at)))
        .unwrap_or_default();
    let done = f.steps.iter().filter(|s| s.is_done()).count();
    html! {
        <article class="failure-card closed" data-testid="failure-closed" data-failure-id={f.meta.id.to_string()}>
            <h3>
                <span class="badge status-recovered" data-testid="failure-outcome">{ outcome }</span>{ " " }
                { format!("{}：{}", f.kind.label(lang), f.what_happened) }
            </h3>
            <NotifyClock failure={f.clone()} compact=true />
            <p>{ pick(lang,
                format!("补救步骤完成 {done} / {}，进度报告 {} 份。", f.steps.len(), f.reports.len()),
                format!("{done} of {} remedy steps done, {} progress reports.", f.steps.len(), f.reports.len())) }</p>
            if let Some(c) = &f.compensation {
                <p>{ format!("{}（{}）：{}", t(lang, RespK::CompShort), c.decision.label(lang), c.summary(lang)) }</p>
            }
            if let Some(note) = f.closed.as_ref().map(|c| c.note.clone()).filter(|n| !n.is_empty()) {
                <p class="muted">{ note }</p>
            }
            <details>
                <summary>{ t(lang, RespK::ShowDetails) }</summary>
                <ol class="steps">
                    { for f.steps.iter().map(|s| html! {
                        <StepRow key={s.id} step={Rc::new(s.clone())} open=false on_change={Callback::noop()} />
                    }) }
                </ol>
                <ReportHistory case={props.case.clone()} failure={f.clone()} />
            </details>
        </article>
    }
}
