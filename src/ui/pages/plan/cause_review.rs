//! The review phase of the pre-mortem: template suggestions to accept, edit or reject,
//! duplicates merged, every live cause grouped by category.

use std::rc::Rc;

use yew::prelude::*;

use super::risk_form::RiskFormOpen;
use super::shared::{commit, error_banner, use_plan_editor};
use super::CauseItem;
use crate::domain::case::Case;
use crate::domain::plan::{suggest_causes, Plan, PlanError};
use crate::i18n::{pick, t, PlanK};
use crate::ui::platform;
use crate::ui::store::{use_catalog, use_lang};

#[derive(Properties, PartialEq)]
pub struct CauseReviewProps {
    pub plan: Rc<Plan>,
    pub case: Rc<Case>,
    pub on_risk: Callback<RiskFormOpen>,
}

#[component]
pub fn CauseReview(props: &CauseReviewProps) -> Html {
    let lang = use_lang();
    let editor = use_plan_editor(&props.plan);
    let error = use_state(|| None::<PlanError>);
    let merged = use_state(|| None::<usize>);
    let catalog = use_catalog();
    let plan = &props.plan;
    let service = props
        .case
        .service_key
        .as_deref()
        .and_then(|k| catalog.get(k));
    let suggestions = Rc::new(suggest_causes(service));
    let pending = plan.pending_suggestions(&suggestions).len();

    let on_suggest = {
        let (editor, error, suggestions) = (editor.clone(), error.clone(), suggestions.clone());
        Callback::from(move |_: MouseEvent| {
            error.set(commit(&editor, |p| {
                p.add_suggestions(&suggestions, platform::now())
                    .map(|(p, _)| p)
            }));
        })
    };
    let on_merge = {
        let (editor, error, merged) = (editor.clone(), error.clone(), merged.clone());
        Callback::from(move |_: MouseEvent| {
            let mut count = 0;
            let result = commit(&editor, |p| {
                p.merge_duplicates(platform::now()).map(|(next, report)| {
                    count = report.merged_count();
                    next
                })
            });
            if result.is_none() {
                merged.set(Some(count));
            }
            error.set(result);
        })
    };
    html! {
        <div class="cause-review" data-testid="cause-review">
            <div class="actions no-print">
                <button type="button" data-testid="suggest-causes" onclick={on_suggest} disabled={pending == 0}>
                    { pick(lang, format!("从模板加入常见原因（{pending} 条）"), format!("Add usual causes from the template ({pending})")) }
                </button>
                <button type="button" data-testid="merge-duplicates" onclick={on_merge}>{ t(lang, PlanK::MergeDuplicates) }</button>
                <span role="status" aria-live="polite" data-testid="merge-result">
                    { match *merged {
                        None => String::new(),
                        Some(0) => t(lang, PlanK::NoDuplicates).to_string(),
                        Some(n) => pick(lang, format!("合并了 {n} 条重复原因。"), format!("{n} duplicate cause(s) merged.")),
                    } }
                </span>
            </div>
            { error_banner(&error) }
            <div class="cause-groups">
            { for plan.causes_by_category().into_iter().map(|group| html! {
                <div key={group.category.key()} class="cause-group" data-testid={format!("cause-group-{}", group.category.key())}>
                    <h3>{ group.category.label(lang) }<span class="count">{ format!(" ({})", group.causes.len()) }</span></h3>
                    if group.causes.is_empty() {
                        <p class="muted">{ "—" }</p>
                    } else {
                        <ul class="cause-list">
                            { for group.causes.iter().map(|c| html! {
                                <CauseItem key={c.id.0} plan={plan.clone()} cause_id={c.id} review=true on_risk={props.on_risk.clone()} />
                            }) }
                        </ul>
                    }
                </div>
            }) }
            </div>
        </div>
    }
}
