//! `catalog` values in words (statuses, categories, roles): exhaustive matches over the
//! domain's enums, chosen at render time in the current language.

use crate::domain::catalog::*;
use crate::domain::lang::{pick_str as pick, Lang};

impl FieldKind {
    pub fn label(self, lang: Lang) -> &'static str {
        let (zh, en) = match self {
            FieldKind::CompanyName => ("企业名称", "Company name"),
            FieldKind::CreditCode => ("统一社会信用代码", "Unified social credit code"),
            FieldKind::LegalRepresentative => ("法定代表人", "Legal representative"),
            FieldKind::Holder => ("权利人/持有人", "Holder"),
            FieldKind::IdNumber => ("证件/证书编号", "ID or certificate number"),
            FieldKind::IssueDate => ("签发日期", "Issue date"),
            FieldKind::ExpiryDate => ("有效期至", "Valid until"),
            FieldKind::PeriodStart => ("期间起始", "Period start"),
            FieldKind::PeriodEnd => ("期间截止", "Period end"),
            FieldKind::PageCount => ("页数", "Page count"),
            FieldKind::SealPagePresent => ("盖章页齐全", "Seal page present"),
            FieldKind::SignaturePresent => ("签字齐全", "Signatures present"),
            FieldKind::BusinessScope => ("经营范围", "Business scope"),
            FieldKind::Amount => ("金额", "Amount"),
            FieldKind::Remarks => ("备注", "Remarks"),
        };
        pick(lang, zh, en)
    }
}

impl Severity {
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Severity::Blocker => pick(lang, "阻断", "Blocker"),
            Severity::Warning => pick(lang, "警示", "Warning"),
            Severity::Note => pick(lang, "提示", "Note"),
        }
    }
}

impl Source {
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Source::Article => pick(lang, "实际案例", "Documented case"),
            Source::Practice => pick(lang, "一般做法", "General practice"),
        }
    }
}
