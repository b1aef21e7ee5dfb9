//! Check digits of every credit code and of ID numbers on identity documents.

use std::collections::HashMap;

use super::{Ctx, Draft};
use crate::domain::catalog::FieldKind;
use crate::domain::ids::{check_credit_code, check_id_card, mask_id, CreditCodeError};
use crate::domain::precheck::findings::Detail;
use crate::domain::precheck::materials::ID_DOCUMENT_KEYS;
use crate::domain::precheck::rules::RuleId;

pub(super) fn check(ctx: &mut Ctx) {
    let mut drafts = Vec::new();
    // The same code is usually on most documents (it is prefilled): check each once.
    let mut checked: HashMap<&str, Option<CreditCodeError>> = HashMap::new();
    for m in ctx.collected() {
        let id_document = m.spec_is(ID_DOCUMENT_KEYS);
        for (i, item) in m.items.iter().enumerate() {
            if let Some(code) = item.text(FieldKind::CreditCode) {
                let result = checked
                    .entry(code)
                    .or_insert_with(|| check_credit_code(code).err());
                if let Some(error) = result.clone() {
                    drafts.push(
                        Draft::new(
                            RuleId::CreditCodeValid,
                            Detail::BadCreditCode {
                                value: code.to_owned(),
                                error,
                            },
                        )
                        .at(m, Some(i))
                        .field(FieldKind::CreditCode),
                    );
                }
            }
            if let Some(number) = item.text(FieldKind::IdNumber) {
                if looks_like_id_card(number, id_document) {
                    if let Err(error) = check_id_card(number, ctx.today) {
                        drafts.push(
                            Draft::new(
                                RuleId::IdNumberValid,
                                Detail::BadIdNumber {
                                    masked: mask_id(number),
                                    error,
                                },
                            )
                            .at(m, Some(i))
                            .field(FieldKind::IdNumber),
                        );
                    }
                }
            }
        }
    }
    for d in drafts {
        ctx.emit(d);
    }
}

/// Whether a number should be checked as a resident ID number. On identity documents anything
/// made of digits (and X) of about the right length is, so a dropped digit is caught; a
/// passport number has letters and is left alone. Elsewhere (certificate and patent numbers)
/// only the exact 18-character shape is checked.
fn looks_like_id_card(number: &str, id_document: bool) -> bool {
    let len = number.chars().count();
    let digits_and_x = number
        .chars()
        .enumerate()
        .all(|(i, c)| c.is_ascii_digit() || (matches!(c, 'X' | 'x') && i + 1 == len));
    if id_document {
        digits_and_x && (15..=19).contains(&len)
    } else {
        digits_and_x && len == 18
    }
}
