//! 责任边界 The contract's responsibility clauses, generated from the case and the plan: what
//! the client owes, what the agency owes, what happens when either misses. Editable, copyable
//! as plain text, and printed with the plan.

use std::rc::Rc;

use yew::prelude::*;

use super::shared::event_value;
use super::{ClauseItem, ClauseSettingsForm, CopyButton};
use crate::domain::case::Case;
use crate::domain::plan::{date_text, generate_clauses, Plan, PlanError};
use crate::i18n::{pick, t, uncovered_years_text, Lang, PlanK};
use crate::ui::components::ErrorView;
use crate::ui::store::RecordEditor;
use crate::ui::store::{use_calendar, use_lang};

#[derive(Properties)]
pub struct ClausesSectionProps {
    pub plan: Rc<Plan>,
    pub case: Rc<Case>,
    pub editor: RecordEditor<Plan>,
}

/// The clauses are made from the plan's contract settings and the case only: a change
/// elsewhere in the plan (a risk added) neither re-renders nor regenerates them.
impl PartialEq for ClausesSectionProps {
    fn eq(&self, other: &Self) -> bool {
        self.plan.clauses == other.plan.clauses
            && self.case == other.case
            && self.editor == other.editor
    }
}

#[component]
pub fn ClausesSection(props: &ClausesSectionProps) -> Html {
    let lang = use_lang();
    let calendar = use_calendar();
    let chosen = use_state(|| None::<Lang>);
    let sheet_lang = chosen.unwrap_or(lang);
    let on_lang = {
        let chosen = chosen.clone();
        Callback::from(move |e: Event| chosen.set(Some(Lang::from_tag(&event_value(&e)))))
    };
    let body = match generate_clauses(&props.plan, &props.case, &calendar, sheet_lang) {
        Err(e) => {
            html! { <ErrorView<PlanError> error={Some(e)} testid="clauses-error" /> }
        }
        Ok(sheet) => html! {
            <>
                <p data-testid="clauses-dates">{ pick(lang,
                    format!("材料截止 {}{}；乙方最晚 {} 提交。", date_text(sheet.materials_due, lang),
                        if sheet.materials_due_computed { "（按承诺工作日从截止日倒推）" } else { "（手动约定）" }, date_text(sheet.submit_by, lang)),
                    format!("Materials due {}{}; the agency submits by {}.", date_text(sheet.materials_due, lang),
                        if sheet.materials_due_computed { " (counted back from the hard date)" } else { " (agreed by hand)" }, date_text(sheet.submit_by, lang))) }</p>
                if sheet.tight {
                    <p class="banner warn" role="status" data-testid="clauses-tight">{ t(lang, PlanK::ClausesTight) }</p>
                }
                if !sheet.uncovered_years.is_empty() {
                    <p class="banner warn" role="status">{ uncovered_years_text(&sheet.uncovered_years, lang) }</p>
                }
                <div class="actions no-print">
                    <CopyButton text={sheet.to_text()} testid="copy-clauses" label={Some(AttrValue::from(t(lang, PlanK::CopyClauses)))} />
                </div>
                <ol class="clause-list" data-testid="clause-list">
                    { for sheet.clauses.iter().enumerate().map(|(i, c)| html! {
                        <ClauseItem key={format!("{:?}-{}", c.key, sheet_lang.tag())} editor={props.editor.clone()} clause={c.clone()} number={i + 1} lang={sheet_lang} />
                    }) }
                </ol>
            </>
        },
    };
    html! {
        <section class="plan-section" data-testid="clauses" aria-labelledby="clauses-h">
            <h2 id="clauses-h">{ t(lang, PlanK::ClausesTitle) }</h2>
            <p class="lead">{ t(lang, PlanK::ClausesLead) }</p>
            <ClauseSettingsForm plan={props.plan.clone()} />
            <label class="inline-select no-print">{ t(lang, PlanK::ClauseLanguage) }
                <select data-testid="clause-lang" onchange={on_lang}>
                    <option value="zh-CN" selected={sheet_lang == Lang::Zh}>{ "中文" }</option>
                    <option value="en" selected={sheet_lang == Lang::En}>{ "English" }</option>
                </select>
            </label>
            { body }
        </section>
    }
}
