//! Compensation: whose responsibility, the options and amounts, the decision and who approved
//! it. Pre-filled from the failure type and the plan's contract terms; the rules' refusals
//! show next to the field they are about.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::response::{
    required_options, CompensationOption as Opt, CompensationTerms, Decision, Failure, Party,
    ResponseError,
};
use crate::i18n::{t, RespK};
use crate::ui::components::ErrorView;
use crate::ui::pages::response::comp_draft::{initial, spot, to_input};
use crate::ui::pages::response::comp_fields::{CompFields, Edit, Spot};
use crate::ui::pages::response::comp_row::{CompRow, RowEdit};
use crate::ui::pages::response::shared::local_clock;
use crate::ui::store::{use_lang, use_record_editor};

#[derive(Properties, PartialEq)]
pub struct CompensationPanelProps {
    pub failure: Rc<Failure>,
    pub terms: CompensationTerms,
}

#[component]
pub fn CompensationPanel(props: &CompensationPanelProps) -> Html {
    let lang = use_lang();
    let f = &props.failure;
    let editor = use_record_editor::<Failure>(Some(f.meta.id));
    let draft = {
        let (f, terms) = (f.clone(), props.terms);
        use_state(move || initial(&f, &terms))
    };
    let error = use_state(|| None::<(Spot, ResponseError)>);
    let on_row = {
        let draft = draft.clone();
        Callback::from(move |(o, edit): (Opt, RowEdit)| {
            let mut next = (*draft).clone();
            if let Some((_, row)) = next.rows.iter_mut().find(|(opt, _)| *opt == o) {
                match edit {
                    RowEdit::On(on) => row.on = on,
                    RowEdit::Amount(a) => row.amount = a,
                    RowEdit::Description(d) => row.description = d,
                }
            }
            draft.set(next);
        })
    };
    let on_edit = {
        let draft = draft.clone();
        Callback::from(move |edit: Edit| {
            let mut next = (*draft).clone();
            match edit {
                Edit::Party(p) => {
                    next.party = p;
                    // What the contract promises for this party is ticked at once.
                    for (o, row) in next.rows.iter_mut() {
                        if required_options(p).contains(o) {
                            row.on = true;
                        }
                    }
                }
                Edit::Decision(d) => next.decision = d,
                Edit::Approver(a) => next.approver = a,
                Edit::Note(n) => next.note = n,
            }
            draft.set(next);
        })
    };
    let onsubmit = {
        let (terms, draft, error) = (props.terms, draft.clone(), error.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let now = local_clock().now;
            let result = to_input(&draft)
                .and_then(|input| input.validate(&terms, now).map_err(|e| (spot(&e), e)))
                .and_then(|c| {
                    editor
                        .apply(|f| f.with_compensation(c, now))
                        .map_err(|e| (Spot::Form, e))
                });
            match result {
                Ok(()) => error.set(None),
                Err(refusal) => error.set(Some(refusal)),
            }
        })
    };
    // Worded here, when shown, in the language of the moment.
    let err = |s: Spot| match &*error {
        Some((at, e)) if *at == s => Some(AttrValue::from(e.message(lang))),
        _ => None,
    };
    let form_error = (*error)
        .clone()
        .filter(|(at, _)| *at == Spot::Form)
        .map(|(_, e)| e);
    let required = required_options(draft.party);
    html! {
        <form class="comp-form" {onsubmit} novalidate=true data-testid="comp-form">
            if let Some(c) = &f.compensation {
                <p class="banner ok" data-testid="comp-summary">
                    { format!("{}：{}", c.decision.label(lang), c.summary(lang)) }
                    if !c.approved_by.is_empty() { { format!(" · {} {}", t(lang, RespK::CompApprover), c.approved_by) } }
                </p>
                if let Some(flag) = c.cap_flag(lang) {
                    <p class={classes!("banner", if c.decision == Decision::Approved { "ok" } else { "warn" })}
                        data-testid="comp-over-cap">{ flag }</p>
                }
            }
            <CompFields draft={(*draft).clone()} on_edit={on_edit} approver_error={err(Spot::Approver)}
                note_error={err(Spot::Note)} goodwill={matches!(draft.party, Party::Client | Party::ThirdParty)} />
            <fieldset class="comp-options"><legend>{ t(lang, RespK::CompOptions) }</legend>
                { for draft.rows.iter().map(|(o, row)| html! {
                    <CompRow key={o.key()} option={*o} state={row.clone()} required={required.contains(o)}
                        error={err(Spot::Row(*o))} on_edit={on_row.clone()} />
                }) }
            </fieldset>
            <div aria-live="polite">
                <ErrorView<ResponseError> error={form_error} testid="comp-error" />
            </div>
            <button type="submit" class="primary big" data-testid="comp-save">{ t(lang, RespK::CompSave) }</button>
        </form>
    }
}
