//! The case's 应对 tab: raise a failure, or work the open ones; closed ones below (first, when
//! nothing is open: after a failure is closed, how it ended is what people come to read; a new
//! failure is one button away); the whole timeline at the end.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::plan::Plan;
use crate::domain::response::Failure;
use crate::i18n::{t, RespK};
use crate::ui::pages::response::case_timeline::CaseTimeline;
use crate::ui::pages::response::closed_failure::ClosedFailure;
use crate::ui::pages::response::failure_desk::FailureDesk;
use crate::ui::pages::response::raise_form::RaiseForm;
use crate::ui::pages::response::shared::{
    case_failures, case_plan, compensation_terms, linked_paths,
};
use crate::ui::store::{use_case, use_lang, use_records_of_case};

#[derive(Properties, PartialEq)]
pub struct CaseResponseTabProps {
    pub case_id: AttrValue,
}

/// The case's response tab.
#[component]
pub fn CaseResponseTab(props: &CaseResponseTabProps) -> Html {
    let lang = use_lang();
    let raising = use_state(|| false);
    let case = use_case(&props.case_id);
    let case_id = case.as_ref().map(|c| c.meta.id);
    let failures = case_failures(&use_records_of_case::<Failure>(case_id));
    let plan = case_plan(&use_records_of_case::<Plan>(case_id));
    // The tab page shows "case not found" itself.
    let Some(case) = case else {
        return Html::default();
    };
    let all: Rc<Vec<Failure>> = Rc::new(failures.iter().map(|f| f.as_ref().clone()).collect());
    let (open, closed): (Vec<_>, Vec<_>) = failures.into_iter().partition(|f| f.is_open());
    let linked = Rc::new(linked_paths(plan.as_deref()));
    let terms = compensation_terms(plan.as_deref());
    let toggle = {
        let raising = raising.clone();
        Callback::from(move |_: MouseEvent| raising.set(!*raising))
    };
    let done = {
        let raising = raising.clone();
        Callback::from(move |()| raising.set(false))
    };
    let closed_section = |closed: &[Rc<Failure>]| -> Html {
        if closed.is_empty() {
            return Html::default();
        }
        html! {
            <section data-testid="closed-failures">
                <h2>{ t(lang, RespK::ClosedTitle) }</h2>
                { for closed.iter().map(|f| html! {
                    <ClosedFailure key={f.meta.id.to_string()} case={case.clone()} failure={f.clone()} />
                }) }
            </section>
        }
    };
    // A finished case (办结, 已补救) cannot fail any more: the status graph has no way back.
    let can_raise = !case.meta.deleted && !case.status.is_closed();
    html! {
        <div class="response-tab" data-testid="response-tab">
            if case.meta.deleted {
                <p class="banner warn" data-testid="archived-note">{ t(lang, RespK::CaseArchived) }</p>
            }
            if open.is_empty() && !can_raise && !case.meta.deleted {
                <p class="banner ok" data-testid="case-finished">{ t(lang, RespK::CaseFinished) }</p>
            }
            if open.is_empty() && closed.is_empty() && can_raise {
                <p class="lead" data-testid="no-open-failure">{ t(lang, RespK::RaiseLead) }</p>
                <RaiseForm case={case.clone()} />
            }
            { for open.iter().map(|f| html! {
                <FailureDesk key={f.meta.id.to_string()} case={case.clone()} failure={f.clone()}
                    all={all.clone()} linked={linked.clone()} {terms} />
            }) }
            if open.is_empty() { { closed_section(&closed) } }
            if can_raise && !(open.is_empty() && closed.is_empty()) {
                <div class="actions">
                    <button type="button" onclick={toggle} aria-expanded={raising.to_string()}
                        data-testid="raise-another">{ t(lang, RespK::RaiseAnother) }</button>
                </div>
                if *raising {
                    <RaiseForm case={case.clone()} on_done={done} />
                }
            }
            if !open.is_empty() { { closed_section(&closed) } }
            <CaseTimeline case={case.clone()} {all} />
        </div>
    }
}
