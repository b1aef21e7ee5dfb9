//! Presence of the legal representative and the service-specific rules: business scope
//! wording and consistency, tax still owed, premises red flags, and the catalog pitfalls the
//! clerk answers by hand ([`CONFIRM_RULES`]).

use super::{material_ref, Ctx, Draft};
use crate::domain::catalog::{FieldKind, Severity};
use crate::domain::precheck::findings::Detail;
use crate::domain::precheck::materials::{Material, Number};
use crate::domain::precheck::rules::{
    confirmable_pitfalls, RuleId, NONSTANDARD_SCOPE_PHRASES, PREMISES_KEYS, PREMISES_RED_FLAGS,
    TAX_OWED_KEYS,
};
use crate::domain::precheck::{CheckAnswer, Presence};

/// Materials where the alternatives to appearing in person live (a power of attorney, the
/// bank receipt that may follow the licence).
const ALTERNATIVE_KEYS: &[&str] = &[
    "power_of_attorney",
    "agent_authorization",
    "legal_rep_authorization",
    "bank_account_receipt",
];

pub(super) fn check(ctx: &mut Ctx) {
    presence(ctx);
    scope(ctx);
    let mut drafts = Vec::new();
    for m in ctx.collected() {
        for (i, item) in m.items.iter().enumerate() {
            if m.spec_is(TAX_OWED_KEYS) {
                if let Number::Value(fen) = item.amount_fen() {
                    if fen > 0 {
                        drafts.push(
                            Draft::new(RuleId::UnpaidTax, Detail::TaxOwed { fen })
                                .at(m, Some(i))
                                .field(FieldKind::Amount),
                        );
                    }
                }
            }
            if m.spec_is(PREMISES_KEYS) {
                if let Some(remarks) = item.text(FieldKind::Remarks) {
                    let lower = remarks.to_lowercase();
                    let words: Vec<String> = PREMISES_RED_FLAGS
                        .iter()
                        .filter(|w| lower.contains(*w))
                        .map(|w| (*w).to_owned())
                        .collect();
                    if !words.is_empty() {
                        drafts.push(
                            Draft::new(RuleId::PremisesRemarks, Detail::PremisesRemarks { words })
                                .at(m, Some(i))
                                .field(FieldKind::Remarks),
                        );
                    }
                }
            }
        }
    }
    for d in drafts {
        ctx.emit(d);
    }
    pitfalls(ctx);
}

fn presence(ctx: &mut Ctx) {
    let Some(service) = ctx.service else {
        return;
    };
    let in_person = service.legal_rep_in_person;
    let has_pitfall = ctx.pitfall("legal_rep_presence").is_some();
    let severity = match (ctx.pc.legal_rep, in_person) {
        (Presence::Unavailable, true) => Severity::Blocker,
        (Presence::Unavailable, false) if has_pitfall => Severity::Warning,
        (Presence::Unknown, true) => Severity::Note,
        _ => return,
    };
    let mut d = Draft::new(
        RuleId::LegalRepPresence,
        Detail::LegalRep {
            presence: ctx.pc.legal_rep,
            in_person,
            note: ctx.pc.legal_rep_note.clone(),
            licence_first: service.allows_licence_first(),
        },
    )
    .severity(severity);
    if severity == Severity::Blocker {
        d.materials = ctx
            .pc
            .materials
            .iter()
            .filter(|m| m.spec_is(ALTERNATIVE_KEYS))
            .map(|m| material_ref(m, None))
            .collect();
    }
    ctx.emit(d);
}

/// Scope wording on every item, and the same scope on every document that states one.
fn scope(ctx: &mut Ctx) {
    let mut drafts = Vec::new();
    let mut reference: Option<(String, &Material)> = None;
    for m in ctx.collected() {
        for (i, item) in m.items.iter().enumerate() {
            let Some(text) = item.text(FieldKind::BusinessScope) else {
                continue;
            };
            let phrases = nonstandard_phrases(text);
            if !phrases.is_empty() {
                drafts.push(
                    Draft::new(RuleId::ScopeWording, Detail::ScopeWording { phrases })
                        .at(m, Some(i))
                        .field(FieldKind::BusinessScope),
                );
            }
            let squeezed: String = text.chars().filter(|c| !c.is_whitespace()).collect();
            match &reference {
                None => reference = Some((squeezed, m)),
                Some((r, rm)) if *r != squeezed => drafts.push(
                    Draft::new(
                        RuleId::ScopeConsistent,
                        Detail::ScopeDiffers {
                            reference: rm.title.clone(),
                        },
                    )
                    .at(m, Some(i))
                    .field(FieldKind::BusinessScope),
                ),
                Some(_) => {}
            }
        }
    }
    for d in drafts {
        ctx.emit(d);
    }
}

/// Catch-all phrases in a business scope, in list order; "…等" for an item ending in 等.
pub(crate) fn nonstandard_phrases(scope: &str) -> Vec<String> {
    let lower = scope.to_lowercase();
    let mut found: Vec<String> = NONSTANDARD_SCOPE_PHRASES
        .iter()
        .filter(|p| lower.contains(*p))
        .map(|p| (*p).to_owned())
        .collect();
    let ends_in_deng = lower
        .split(['；', ';', '。', '，', ',', '、', '\n'])
        .any(|part| part.trim().ends_with('等'));
    if ends_in_deng && !found.iter().any(|p| p.contains('等')) {
        found.push("…等".to_owned());
    }
    found
}

/// Pitfalls the fields cannot show: a note until the clerk answers, the pitfall's own
/// severity once confirmed.
fn pitfalls(ctx: &mut Ctx) {
    let Some(service) = ctx.service else {
        return;
    };
    for p in confirmable_pitfalls(service) {
        let answer = ctx.pc.checks.get(&p.key).copied();
        let severity = match answer {
            Some(CheckAnswer::Fine) => continue,
            Some(CheckAnswer::Problem) => p.severity,
            None => Severity::Note,
        };
        ctx.emit_pitfall(
            p,
            severity,
            Detail::Pitfall {
                text: p.text.clone(),
                answer,
            },
        );
    }
}
