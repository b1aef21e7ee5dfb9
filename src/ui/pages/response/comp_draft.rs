//! The compensation form's state and its way to and from the domain: pre-filled from a stored
//! decision or the suggestion, turned into a [`CompensationInput`], refusals placed by field.

use crate::domain::response::ResponseField as RF;
use crate::domain::response::{
    parse_yuan, suggest_compensation, CompensationInput, CompensationItem,
    CompensationOption as Opt, CompensationTerms, Decision, Failure, Party, ResponseError,
};
use crate::ui::pages::response::comp_fields::Spot;
use crate::ui::pages::response::comp_row::CompRowState;

/// The whole form's state.
#[derive(Clone, Debug, PartialEq)]
pub struct CompDraft {
    pub party: Party,
    pub rows: Vec<(Opt, CompRowState)>,
    pub decision: Decision,
    pub approver: String,
    pub note: String,
}

pub fn initial(f: &Failure, terms: &CompensationTerms) -> CompDraft {
    let (party, items, decision, approver, note) = match &f.compensation {
        Some(c) => (
            c.party,
            c.items.clone(),
            c.decision,
            c.approved_by.clone(),
            c.note.clone(),
        ),
        None => {
            let s = suggest_compensation(f, terms);
            (s.party, s.items, s.decision, s.approved_by, s.note)
        }
    };
    let rows = Opt::ALL
        .iter()
        .map(|o| {
            let item = items.iter().find(|i| i.option == *o);
            let state = CompRowState {
                on: item.is_some(),
                amount: item.map(|i| yuan_text(i.amount_cents)).unwrap_or_default(),
                description: item.map(|i| i.description.clone()).unwrap_or_default(),
            };
            (*o, state)
        })
        .collect();
    CompDraft {
        party,
        rows,
        decision,
        approver,
        note,
    }
}

fn yuan_text(cents: u64) -> String {
    match (cents / 100, cents % 100) {
        (0, 0) => String::new(),
        (y, 0) => y.to_string(),
        (y, f) => format!("{y}.{f:02}"),
    }
}

pub fn to_input(d: &CompDraft) -> Result<CompensationInput, (Spot, ResponseError)> {
    let mut items = Vec::new();
    for (o, row) in d.rows.iter().filter(|(_, r)| r.on) {
        let cents = parse_yuan(&row.amount).map_err(|e| (Spot::Row(*o), e))?;
        items.push(CompensationItem {
            option: *o,
            amount_cents: cents.unwrap_or(0),
            description: row.description.clone(),
        });
    }
    Ok(CompensationInput {
        party: d.party,
        items,
        decision: d.decision,
        approved_by: d.approver.clone(),
        note: d.note.clone(),
    })
}

/// Where a refusal is shown.
pub fn spot(e: &ResponseError) -> Spot {
    use ResponseError as E;
    match e {
        E::MissingRequired(o) | E::DuplicateOption(o) | E::ZeroAmount(o) => Spot::Row(*o),
        E::OverCap { option, .. } => Spot::Row(*option),
        E::Required(RF::FollowUpDescription)
        | E::TooLong {
            field: RF::FollowUpDescription,
            ..
        } => Spot::Row(Opt::FreeFollowUp),
        E::Required(RF::ApprovedBy)
        | E::TooLong {
            field: RF::ApprovedBy,
            ..
        } => Spot::Approver,
        E::TooLong {
            field: RF::Note, ..
        } => Spot::Note,
        _ => Spot::Form,
    }
}
