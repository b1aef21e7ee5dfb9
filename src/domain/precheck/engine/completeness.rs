//! Completeness: materials missing or to be replaced, page counts, seal pages and signatures,
//! key fields left empty, and values that cannot be read.

use super::{Ctx, Draft};
use crate::domain::catalog::{FieldKind, Severity};
use crate::domain::lang::Lang;
use crate::domain::precheck::findings::Detail;
use crate::domain::precheck::materials::{
    DateValue, Flag, InputKind, Material, MaterialItem, MaterialStatus, Number, ID_DOCUMENT_KEYS,
};
use crate::domain::precheck::rules::{RuleId, Text, PERIOD_NEEDS, TAX_OWED_KEYS};
use crate::domain::sorting;

pub(super) fn check(ctx: &mut Ctx) {
    let mut drafts = Vec::new();
    for m in &ctx.pc.materials {
        status(m, &mut drafts);
        if m.status == MaterialStatus::Missing {
            continue;
        }
        let mut empty_items = Vec::new();
        let mut empty_fields: Vec<FieldKind> = Vec::new();
        for (i, item) in m.items.iter().enumerate() {
            unreadable(m, i, item, &mut drafts);
            if m.has_field(FieldKind::PageCount) {
                match item.page_count() {
                    Number::Value(_) => {}
                    n => drafts.push(
                        Draft::new(
                            RuleId::PageCount,
                            Detail::PageCount {
                                unreadable: n == Number::Unreadable,
                            },
                        )
                        .at(m, Some(i))
                        .field(FieldKind::PageCount),
                    ),
                }
            }
            if m.seal_page_required {
                if let Some(d) = presence_flag(m, i, item, FieldKind::SealPagePresent) {
                    drafts.push(d);
                }
            }
            if m.signature_required {
                if let Some(d) = presence_flag(m, i, item, FieldKind::SignaturePresent) {
                    drafts.push(d);
                }
            }
            let empty: Vec<FieldKind> = key_fields(m).filter(|f| item.text(*f).is_none()).collect();
            if !empty.is_empty() {
                empty_items.push(i);
                for f in empty {
                    if !empty_fields.contains(&f) {
                        empty_fields.push(f);
                    }
                }
            }
        }
        if !empty_items.is_empty() {
            let mut d = Draft::new(RuleId::FieldsNotEntered, Detail::FieldsEmpty);
            for i in empty_items {
                d = d.at(m, Some(i));
            }
            sorting::sort(&mut empty_fields);
            d.fields = empty_fields;
            drafts.push(d);
        }
    }
    for d in drafts {
        ctx.emit(d);
    }
}

fn status(m: &Material, drafts: &mut Vec<Draft>) {
    let severity = match (m.status, m.required, m.accept_missing_later) {
        (MaterialStatus::Have, _, _) | (MaterialStatus::Missing, false, _) => return,
        (_, true, false) => Severity::Blocker,
        (_, true, true) | (MaterialStatus::ToReplace, false, _) => Severity::Warning,
    };
    drafts.push(
        Draft::new(
            RuleId::MaterialNotReady,
            Detail::NotReady {
                status: m.status,
                required: m.required,
                accept_later: m.accept_missing_later,
            },
        )
        .severity(severity)
        .at(m, None),
    );
}

/// Seal page or signatures: a blocker when marked missing, a warning while unchecked.
fn presence_flag(m: &Material, i: usize, item: &MaterialItem, field: FieldKind) -> Option<Draft> {
    let flag = item.flag(field);
    let severity = match flag {
        Flag::Yes => return None,
        Flag::No => Severity::Blocker,
        // An unreadable value is reported as such, and counts as not checked.
        Flag::Unset | Flag::Unreadable => Severity::Warning,
    };
    let (rule, detail) = if field == FieldKind::SealPagePresent {
        (RuleId::SealPage, Detail::SealPage { flag })
    } else {
        (RuleId::Signature, Detail::Signature { flag })
    };
    Some(
        Draft::new(rule, detail)
            .severity(severity)
            .at(m, Some(i))
            .field(field),
    )
}

/// Fields the checks compare, which must therefore be entered on a material in hand.
fn key_fields(m: &Material) -> impl Iterator<Item = FieldKind> + '_ {
    let period = m
        .spec_key
        .as_deref()
        .is_some_and(|k| PERIOD_NEEDS.iter().any(|(p, _)| *p == k));
    let tax = m.spec_is(TAX_OWED_KEYS);
    let id_doc = m.spec_is(ID_DOCUMENT_KEYS);
    m.fields.iter().copied().filter(move |f| match f {
        FieldKind::CompanyName
        | FieldKind::CreditCode
        | FieldKind::LegalRepresentative
        | FieldKind::ExpiryDate => true,
        FieldKind::Holder => m.holder_is_company,
        FieldKind::IdNumber => id_doc,
        FieldKind::PeriodStart | FieldKind::PeriodEnd => period,
        FieldKind::Amount => tax,
        _ => false,
    })
}

/// Dates, amounts and yes/no values that cannot be read (page counts have their own rule).
fn unreadable(m: &Material, i: usize, item: &MaterialItem, drafts: &mut Vec<Draft>) {
    for (field, value) in &item.values {
        if !m.has_field(*field) {
            continue;
        }
        let bad = match InputKind::of(*field) {
            InputKind::Date => match item.date(*field) {
                DateValue::Unreadable => true,
                // "Open" (长期) is only meaningful as an end: of validity or of a lease.
                DateValue::Open => !matches!(field, FieldKind::ExpiryDate | FieldKind::PeriodEnd),
                DateValue::Empty | DateValue::Date(_) => false,
            },
            InputKind::YesNo => item.flag(*field) == Flag::Unreadable,
            InputKind::Money => item.amount_fen() == Number::Unreadable,
            InputKind::Count | InputKind::Text | InputKind::LongText => false,
        };
        if bad {
            drafts.push(
                Draft::new(
                    RuleId::FieldUnreadable,
                    Detail::Unreadable {
                        label: Text::new(
                            m.field_label(*field, Lang::Zh),
                            m.field_label(*field, Lang::En),
                        ),
                        value: value.clone(),
                    },
                )
                .at(m, Some(i))
                .field(*field),
            );
        }
    }
}
