//! 风险登记册 The risk register: every risk as a card, highest score after mitigation first,
//! with the form to add or edit one.

use std::rc::Rc;

use yew::prelude::*;

use super::risk_form::RiskFormOpen;
use super::{RiskCard, RiskForm};
use crate::domain::case::Case;
use crate::domain::plan::{Plan, RiskDraft};
use crate::i18n::{t, PlanK};
use crate::ui::platform;
use crate::ui::store::use_lang;

#[derive(Properties, PartialEq)]
pub struct RiskRegisterProps {
    pub plan: Rc<Plan>,
    pub case: Rc<Case>,
    pub form: Option<RiskFormOpen>,
    pub on_open: Callback<RiskFormOpen>,
    pub on_close: Callback<()>,
}

#[component]
pub fn RiskRegister(props: &RiskRegisterProps) -> Html {
    let lang = use_lang();
    let section = use_node_ref();
    // Bring the form into view when it opens (it may open from the pre-mortem above).
    {
        let section = section.clone();
        let seq = props.form.as_ref().map(|f| f.seq);
        use_effect_with(seq, move |seq| {
            if seq.is_some() {
                if let Some(el) = section.cast::<web_sys::Element>() {
                    platform::on_next_frame(move || el.scroll_into_view());
                }
            }
        });
    }
    let on_add = props
        .on_open
        .reform(|_: MouseEvent| RiskFormOpen::new(None, RiskDraft::default()));
    let risks = props.plan.risks_by_score();
    html! {
        <section class="plan-section" data-testid="risk-register" aria-labelledby="risk-h" ref={section}>
            <div class="section-head">
                <h2 id="risk-h">{ t(lang, PlanK::RiskRegisterTitle) }</h2>
                if props.form.is_none() {
                    <button type="button" class="primary no-print" data-testid="risk-add" onclick={on_add}>
                        { t(lang, PlanK::AddRisk) }</button>
                }
            </div>
            if let Some(open) = props.form.clone() {
                <RiskForm key={open.seq} plan={props.plan.clone()} case={props.case.clone()} open={open.clone()}
                    on_close={props.on_close.clone()} />
            }
            if risks.is_empty() {
                <p class="empty" data-testid="risks-empty">{ t(lang, PlanK::NoRisks) }</p>
            } else {
                <ul class="risk-list" data-testid="risk-list">
                    { for risks.iter().map(|r| html! {
                        <RiskCard key={r.id.0} plan={props.plan.clone()} case={props.case.clone()}
                            risk_id={r.id} on_edit={props.on_open.clone()} />
                    }) }
                </ul>
            }
        </section>
    }
}
