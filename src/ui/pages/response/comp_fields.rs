//! The compensation form's own fields: responsibility, decision, approver and note.

use yew::prelude::*;

use crate::domain::response::{CompensationOption, Decision, Party};
use crate::i18n::{t, RespK};
use crate::ui::components::{SelectField, TextField};
use crate::ui::pages::response::comp_draft::CompDraft;
use crate::ui::store::use_lang;

/// Where a validation message belongs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Spot {
    Row(CompensationOption),
    Approver,
    Note,
    Form,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Edit {
    Party(Party),
    Decision(Decision),
    Approver(String),
    Note(String),
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum F {
    Party,
    Decision,
    Approver,
    Note,
}

#[derive(Properties, PartialEq)]
pub struct CompFieldsProps {
    pub draft: CompDraft,
    pub on_edit: Callback<Edit>,
    pub approver_error: Option<AttrValue>,
    pub note_error: Option<AttrValue>,
    /// Nobody on our side is at fault: anything offered is goodwill.
    pub goodwill: bool,
}

#[component]
pub fn CompFields(props: &CompFieldsProps) -> Html {
    let lang = use_lang();
    let d = &props.draft;
    let on_change = props
        .on_edit
        .reform(|(field, value): (F, String)| match field {
            F::Party => Edit::Party(Party::from_key(&value).unwrap_or(Party::Shared)),
            F::Decision => Edit::Decision(Decision::from_key(&value).unwrap_or(Decision::Proposed)),
            F::Approver => Edit::Approver(value),
            F::Note => Edit::Note(value),
        });
    let parties: Vec<(AttrValue, AttrValue)> = Party::ALL
        .iter()
        .map(|p| (AttrValue::from(p.key()), AttrValue::from(p.label(lang))))
        .collect();
    let decisions: Vec<(AttrValue, AttrValue)> = Decision::ALL
        .iter()
        .map(|d| (AttrValue::from(d.key()), AttrValue::from(d.label(lang))))
        .collect();
    html! {
        <fieldset><legend>{ t(lang, RespK::CompTitle) }</legend>
            <SelectField<F> field={F::Party} label={t(lang, RespK::CompParty)} options={parties}
                value={d.party.key()} on_change={on_change.clone()} testid="comp-party" />
            <SelectField<F> field={F::Decision} label={t(lang, RespK::CompDecision)} options={decisions}
                value={d.decision.key()} on_change={on_change.clone()} testid="comp-decision" />
            <TextField<F> field={F::Approver} label={t(lang, RespK::CompApprover)} value={d.approver.clone()}
                on_change={on_change.clone()} testid="comp-approver" error={props.approver_error.clone()}
                required={d.decision != Decision::Proposed} />
            <TextField<F> field={F::Note} label={t(lang, RespK::CompNote)} value={d.note.clone()}
                on_change={on_change} testid="comp-note" error={props.note_error.clone()} />
            <p class="hint wide" data-testid="comp-hint">{ t(lang, if props.goodwill { RespK::CompGoodwill } else if d.party == Party::Agency { RespK::CompAgencyRule } else { RespK::CompSharedRule }) }</p>
        </fieldset>
    }
}
