//! What the rule engine reports: a [`Finding`] names the rule, the severity, the materials and
//! fields involved, structured details ([`Detail`]) and the fix with its duration. The texts
//! (explanation, basis, fix) are rendered from that data in either language.

use chrono::NaiveDate;

use super::materials::{Flag, MaterialStatus};
use super::rules::{PeriodNeed, RuleId, RuleInfo, Text};
use super::{CheckAnswer, Presence};
use crate::domain::catalog::{FieldKind, L10n, Severity, Source};
use crate::domain::ids::{CreditCodeError, DifferenceKind, IdCardError, NameComparison};
use crate::domain::lang::Lang;

/// A material (and item) a finding is about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MaterialRef {
    pub key: String,
    pub title: L10n,
    /// Position of the item; `None` when the finding is about the material as a whole.
    pub item: Option<usize>,
    /// Whether the material is a list, so the item number is worth showing.
    pub repeated: bool,
}

/// What a comparison was made against.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reference {
    /// The business licence material.
    Licence,
    /// The client details on the case (no licence entered yet).
    CaseRecord,
}

/// The catalog pitfall a finding corresponds to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PitfallRef {
    pub key: String,
    pub text: L10n,
    pub source: Source,
}

/// The facts behind a finding, for rendering and for tests.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Detail {
    /// A value differs from the reference (name, code, legal representative, holder).
    Mismatch {
        label: Text,
        found: String,
        reference: String,
        against: Reference,
    },
    /// The licence differs from the case record.
    CaseRecord {
        label: Text,
        licence: String,
        case: String,
    },
    /// The scope on this material differs from the one on `reference`.
    ScopeDiffers {
        reference: L10n,
    },
    BadCreditCode {
        value: String,
        error: CreditCodeError,
    },
    /// `masked` is the number with its middle hidden.
    BadIdNumber {
        masked: String,
        error: IdCardError,
    },
    Expired {
        expiry: NaiveDate,
        today: NaiveDate,
    },
    ExpiresSoon {
        expiry: NaiveDate,
        needed_until: NaiveDate,
    },
    IssuedInFuture {
        issued: NaiveDate,
        today: NaiveDate,
    },
    PeriodReversed {
        start: NaiveDate,
        end: NaiveDate,
    },
    YearsMissing {
        need: PeriodNeed,
        missing: Vec<i32>,
    },
    /// A lease or permit that ends before the case is done (`end` is `None` when not entered).
    PeriodTooShort {
        end: Option<NaiveDate>,
        needed_until: NaiveDate,
    },
    /// A period that cannot be shortened ends after the hard date.
    PeriodEndsLate {
        end: NaiveDate,
        hard_date: NaiveDate,
    },
    NotReady {
        status: MaterialStatus,
        required: bool,
        accept_later: bool,
    },
    PageCount {
        unreadable: bool,
    },
    SealPage {
        flag: Flag,
    },
    Signature {
        flag: Flag,
    },
    /// The empty fields are in [`Finding::fields`].
    FieldsEmpty,
    Unreadable {
        label: Text,
        value: String,
    },
    LegalRep {
        presence: Presence,
        in_person: bool,
        note: String,
        /// The service can issue the licence first and take the bank receipt later (a set-up
        /// with a bank account); never for a company that already has its licence.
        licence_first: bool,
    },
    ScopeWording {
        phrases: Vec<String>,
    },
    TaxOwed {
        fen: i64,
    },
    PremisesRemarks {
        words: Vec<String>,
    },
    Pitfall {
        text: L10n,
        answer: Option<CheckAnswer>,
    },
}

/// One problem found by the engine.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub rule: RuleId,
    pub severity: Severity,
    /// Materials and items involved, first the one to fix.
    pub materials: Vec<MaterialRef>,
    pub fields: Vec<FieldKind>,
    pub detail: Detail,
    pub fix: L10n,
    pub fix_working_days: u32,
    /// The catalog pitfall whose fix and duration were used, if any.
    pub pitfall: Option<PitfallRef>,
    /// For mismatches: the character diff and the kinds of difference.
    pub name_diff: Option<NameComparison>,
}

/// Counts by severity, for badges.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FindingSummary {
    pub blockers: usize,
    pub warnings: usize,
    pub notes: usize,
}

pub fn summarize(findings: &[Finding]) -> FindingSummary {
    let mut s = FindingSummary::default();
    for f in findings {
        match f.severity {
            Severity::Blocker => s.blockers += 1,
            Severity::Warning => s.warnings += 1,
            Severity::Note => s.notes += 1,
        }
    }
    s
}

impl Finding {
    pub fn info(&self) -> &'static RuleInfo {
        self.rule.info()
    }

    /// Unique among one run's findings, stable across runs: for keyed lists.
    pub fn key(&self) -> String {
        let mut key = self.rule.key().to_owned();
        if let Some(p) = &self.pitfall {
            if self.rule == RuleId::PitfallCheck {
                key.push(':');
                key.push_str(&p.key);
            }
        }
        for m in &self.materials {
            key.push(':');
            key.push_str(&m.key);
            if let Some(i) = m.item {
                key.push_str(&format!("#{i}"));
            }
        }
        for f in &self.fields {
            key.push_str(&format!(":{f:?}"));
        }
        key
    }

    /// Whether the finding is about this material (and item; `None` matches any item), to
    /// badge the materials step.
    pub fn touches(&self, material: &str, item: Option<usize>) -> bool {
        self.materials
            .iter()
            .any(|m| m.key == material && (item.is_none() || m.item.is_none() || m.item == item))
    }

    /// A short headline: the rule's title.
    pub fn title(&self, lang: Lang) -> &'static str {
        self.rule.title(lang)
    }

    /// Where: the materials involved, joined.
    pub fn location(&self, lang: Lang) -> String {
        let sep = if lang == Lang::Zh { "、" } else { "; " };
        self.materials
            .iter()
            .map(|m| m.label(lang))
            .collect::<Vec<_>>()
            .join(sep)
    }

    /// The basis: the rule's, plus the catalog pitfall it matches when there is one.
    pub fn basis(&self, lang: Lang) -> String {
        let rule = self.info().basis.get(lang);
        match &self.pitfall {
            Some(p) if lang == Lang::Zh => {
                format!(
                    "{rule} 已知坑点({}):{}",
                    p.source.label(lang),
                    p.text.get(lang)
                )
            }
            Some(p) => format!(
                "{rule} Known pitfall ({}): {}",
                p.source.label(lang),
                p.text.get(lang)
            ),
            None => rule.to_owned(),
        }
    }

    pub fn fix_text(&self, lang: Lang) -> &str {
        self.fix.get(lang)
    }

    /// "约 15 个工作日" / "about 15 working days"; "无需额外工期" for 0.
    pub fn fix_duration(&self, lang: Lang) -> String {
        match (self.fix_working_days, lang) {
            (0, Lang::Zh) => "不额外占用工期".to_owned(),
            (0, Lang::En) => "no extra working days".to_owned(),
            (d, Lang::Zh) => format!("约 {d} 个工作日"),
            (d, Lang::En) => format!("about {d} working day(s)"),
        }
    }

    /// A plain explanation of what is wrong, naming the document.
    pub fn explanation(&self, lang: Lang) -> String {
        let at = self.location(lang);
        super::findings_text::explain(self, &at, lang)
    }
}

/// A short label for a kind of name difference (the long text is `DifferenceKind::message`).
pub fn difference_label(kind: DifferenceKind, lang: Lang) -> &'static str {
    use DifferenceKind as K;
    let t = match kind {
        K::CompanyFormSuffix => Text::new("公司组织形式写法不同", "company-form suffix differs"),
        K::BracketWidth => Text::new("括号全角半角不同", "bracket width differs"),
        K::FullWidthChars => Text::new("字母数字全角半角不同", "full/half-width letters differ"),
        K::Whitespace => Text::new("空格不同", "spaces differ"),
        K::TraditionalSimplified => Text::new("繁简字不同", "traditional vs simplified"),
        K::CaseOnly => Text::new("大小写不同", "letter case differs"),
        K::Other => Text::new("其他文字不同", "other characters differ"),
    };
    t.get(lang)
}
