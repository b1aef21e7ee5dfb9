//! The case's 预案 tab: every part of the plan on one page, in the order the team works through
//! it, and printable as a whole.

use yew::prelude::*;

use super::risk_form::RiskFormOpen;
use super::shared::{print_page, use_plan_of};
use super::{
    CaseWarnings, ClausesSection, CommsSection, Contacts, DecideTimeline, HeatMapView,
    PathsSection, PlanToc, Premortem, RiskRegister, StartPlan, TeamTasks,
};
use crate::i18n::{pick, t, PlanK};
use crate::ui::store::{use_case, use_lang, use_record_editor};

#[derive(Properties, PartialEq)]
pub struct CasePlanTabProps {
    pub case_id: AttrValue,
}

/// The case's plan tab.
#[component]
pub fn CasePlanTab(props: &CasePlanTabProps) -> Html {
    let lang = use_lang();
    let form = use_state(|| None::<RiskFormOpen>);
    let seq = use_mut_ref(|| 0u32);
    let case = use_case(&props.case_id);
    let plan = use_plan_of(case.as_ref().map(|c| c.meta.id));
    // The same handle for the life of the tab (per plan): rows memoised on it are not
    // re-rendered by edits elsewhere, and their edits apply to the latest plan.
    let editor = use_record_editor(plan.as_ref().map(|p| p.meta.id));
    let Some(case) = case else {
        return Html::default();
    };
    let plan = match plan {
        Some(plan) if !plan.meta.deleted => plan,
        archived => return html! { <StartPlan {case} {archived} /> },
    };
    // Every opening of the risk form gets a new key, so the form starts from its draft.
    let on_open = {
        let form = form.clone();
        Callback::from(move |mut open: RiskFormOpen| {
            let mut n = seq.borrow_mut();
            *n = n.wrapping_add(1);
            open.seq = *n;
            form.set(Some(open));
        })
    };
    let on_close = {
        let form = form.clone();
        Callback::from(move |_: ()| form.set(None))
    };
    let stats = plan.stats();
    let summary = pick(
        lang,
        format!(
            "原因 {} 条已采纳、{} 条待定；风险 {} 项，其中极高 {}、高 {}；{} 项还没有替代路径。",
            stats.causes_accepted,
            stats.causes_suggested,
            stats.risks,
            stats.risks_critical,
            stats.risks_high,
            stats.risks_without_path
        ),
        format!(
            "{} causes accepted, {} suggested; {} risks, {} critical and {} high; {} without an alternative path.",
            stats.causes_accepted,
            stats.causes_suggested,
            stats.risks,
            stats.risks_critical,
            stats.risks_high,
            stats.risks_without_path
        ),
    );
    let form_open = (*form).clone();
    html! {
        <div class="plan" data-testid="plan-tab">
            <div class="plan-head">
                <h2 class="print-only">{ t(lang, PlanK::PlanTitle) }</h2>
                <p data-testid="plan-summary">{ summary }</p>
                <div class="actions no-print">
                    <button type="button" data-testid="plan-print" onclick={Callback::from(|_: MouseEvent| print_page())}>
                        { t(lang, PlanK::PrintPlan) }</button>
                </div>
            </div>
            <PlanToc />
            <CaseWarnings case={case.clone()} />
            <Premortem plan={plan.clone()} case={case.clone()} on_risk={on_open.clone()} />
            <RiskRegister plan={plan.clone()} case={case.clone()} form={form_open} {on_open} {on_close} />
            <HeatMapView plan={plan.clone()} />
            <PathsSection plan={plan.clone()} />
            <DecideTimeline plan={plan.clone()} case={case.clone()} />
            <TeamTasks plan={plan.clone()} case={case.clone()} editor={editor.clone()} />
            <Contacts plan={plan.clone()} />
            <ClausesSection plan={plan.clone()} case={case.clone()} editor={editor.clone()} />
            <CommsSection {plan} {case} {editor} />
        </div>
    }
}
