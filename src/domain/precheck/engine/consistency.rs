//! Cross-document consistency: company name, credit code, legal representative and company
//! holders against the business licence (or, while no licence is in hand, the case record),
//! and the licence against the case record.

use super::{Ctx, Draft};
use crate::domain::catalog::FieldKind;
use crate::domain::ids::{compact_credit_code, compare_names};
use crate::domain::precheck::findings::{Detail, Reference};
use crate::domain::precheck::materials::{
    trim, Material, MaterialStatus, REGISTERED_TO_COMPANY_KEYS,
};
use crate::domain::precheck::rules::{RuleId, Text};

/// The reference values, each with where it came from.
struct Refs {
    company: Option<(String, Reference)>,
    code: Option<(String, Reference)>,
    rep: Option<(String, Reference)>,
}

pub(super) fn check(ctx: &mut Ctx) {
    let refs = references(ctx);
    case_record(ctx);
    let mut drafts = Vec::new();
    for m in ctx.collected().filter(|m| !m.is_licence()) {
        let company_is_holder = m.spec_is(REGISTERED_TO_COMPANY_KEYS);
        for (i, item) in m.items.iter().enumerate() {
            if let (Some(found), Some((reference, against))) =
                (item.text(FieldKind::CompanyName), &refs.company)
            {
                let rule = if company_is_holder {
                    RuleId::HolderNameMatch
                } else {
                    RuleId::CompanyNameMatch
                };
                drafts.extend(compare(
                    m,
                    i,
                    FieldKind::CompanyName,
                    rule,
                    found,
                    reference,
                    *against,
                ));
            }
            if m.holder_is_company {
                if let (Some(found), Some((reference, against))) =
                    (item.text(FieldKind::Holder), &refs.company)
                {
                    drafts.extend(compare(
                        m,
                        i,
                        FieldKind::Holder,
                        RuleId::HolderNameMatch,
                        found,
                        reference,
                        *against,
                    ));
                }
            }
            if let (Some(found), Some((reference, against))) =
                (item.text(FieldKind::CreditCode), &refs.code)
            {
                if compact_credit_code(found) != *reference {
                    drafts.push(
                        Draft::new(
                            RuleId::CreditCodeMatch,
                            mismatch(m, FieldKind::CreditCode, found, reference, *against),
                        )
                        .at(m, Some(i))
                        .field(FieldKind::CreditCode)
                        .diff(compare_names(reference, found)),
                    );
                }
            }
            if let (Some(found), Some((reference, against))) =
                (item.text(FieldKind::LegalRepresentative), &refs.rep)
            {
                drafts.extend(compare(
                    m,
                    i,
                    FieldKind::LegalRepresentative,
                    RuleId::LegalRepMatch,
                    found,
                    reference,
                    *against,
                ));
            }
        }
    }
    for d in drafts {
        ctx.emit(d);
    }
}

/// A finding when `found` differs from `reference`, with the classified diff.
fn compare(
    m: &Material,
    item: usize,
    field: FieldKind,
    rule: RuleId,
    found: &str,
    reference: &str,
    against: Reference,
) -> Option<Draft> {
    if found == reference {
        return None;
    }
    Some(
        Draft::new(rule, mismatch(m, field, found, reference, against))
            .at(m, Some(item))
            .field(field)
            .diff(compare_names(reference, found)),
    )
}

fn mismatch(
    m: &Material,
    field: FieldKind,
    found: &str,
    reference: &str,
    against: Reference,
) -> Detail {
    Detail::Mismatch {
        label: field_text(m, field),
        found: found.to_owned(),
        reference: reference.to_owned(),
        against,
    }
}

/// The material-specific field label in both languages.
fn field_text(m: &Material, field: FieldKind) -> Text {
    use crate::domain::lang::Lang;
    Text::new(
        m.field_label(field, Lang::Zh),
        m.field_label(field, Lang::En),
    )
}

/// The licence when it is in hand, else the case record; field by field, so a licence with
/// an empty field still lets the others be compared.
fn references(ctx: &Ctx) -> Refs {
    let licence = ctx
        .pc
        .licence()
        .filter(|l| l.status != MaterialStatus::Missing)
        .and_then(|l| l.items.first());
    let client = &ctx.case.client;
    let pick = |kind: FieldKind, case_value: &str| -> Option<(String, Reference)> {
        if let Some(v) = licence.and_then(|item| item.text(kind)) {
            return Some((v.to_owned(), Reference::Licence));
        }
        let v = trim(case_value);
        (!v.is_empty()).then(|| (v.to_owned(), Reference::CaseRecord))
    };
    Refs {
        company: pick(FieldKind::CompanyName, &client.company_name),
        code: pick(FieldKind::CreditCode, &client.credit_code)
            .map(|(v, r)| (compact_credit_code(&v), r)),
        rep: pick(FieldKind::LegalRepresentative, &client.legal_rep),
    }
}

/// The licence against the case record: a slip in the case spreads through every prefill.
fn case_record(ctx: &mut Ctx) {
    let Some(licence) = ctx
        .pc
        .licence()
        .filter(|l| l.status != MaterialStatus::Missing)
    else {
        return;
    };
    let Some(item) = licence.items.first() else {
        return;
    };
    let client = &ctx.case.client;
    let pairs = [
        (FieldKind::CompanyName, client.company_name.as_str()),
        (FieldKind::CreditCode, client.credit_code.as_str()),
        (FieldKind::LegalRepresentative, client.legal_rep.as_str()),
    ];
    let mut drafts = Vec::new();
    for (kind, case_value) in pairs {
        let case_value = trim(case_value);
        let Some(on_licence) = item.text(kind) else {
            continue;
        };
        let same = if kind == FieldKind::CreditCode {
            compact_credit_code(on_licence) == compact_credit_code(case_value)
        } else {
            on_licence == case_value
        };
        if case_value.is_empty() || same {
            continue;
        }
        drafts.push(
            Draft::new(
                RuleId::CaseRecordMatch,
                Detail::CaseRecord {
                    label: field_text(licence, kind),
                    licence: on_licence.to_owned(),
                    case: case_value.to_owned(),
                },
            )
            .at(licence, Some(0))
            .field(kind)
            .diff(compare_names(on_licence, case_value)),
        );
    }
    for d in drafts {
        ctx.emit(d);
    }
}
