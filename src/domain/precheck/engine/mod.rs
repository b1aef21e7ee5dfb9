//! The rule engine: [`run`] reads a precheck against its case, service and calendar and
//! returns every finding, blockers first. Each rule family is a small pure function in its
//! own file; they share a [`Ctx`] that knows the references and builds findings with the
//! right fix (the service's catalog pitfall when it has one, the rule's default otherwise).
//!
//! Work is linear in the number of items: references are looked up once, comparisons are
//! against a single reference value, and name diffs are only computed for values that differ.

use crate::domain::sorting;
use std::collections::HashSet;

use chrono::NaiveDate;

use super::findings::{Detail, Finding, MaterialRef, PitfallRef};
use super::materials::{Material, MaterialStatus};
use super::rules::RuleId;
use super::Precheck;
use crate::domain::calendar::Calendar;
use crate::domain::case::Case;
use crate::domain::catalog::{FieldKind, Pitfall, ServiceType, Severity};
use crate::domain::ids::NameComparison;

mod completeness;
mod consistency;
mod dates;
mod digits;
mod service;

/// Runs every rule. `service` is the catalog service of the case (`None` for a free-text
/// service: the service-specific rules then have nothing to go on). `today` decides expiry
/// and which fiscal years are "the last full ones".
pub fn run(
    precheck: &Precheck,
    case: &Case,
    service: Option<&ServiceType>,
    cal: &Calendar,
    today: NaiveDate,
) -> Vec<Finding> {
    let promised_done = cal
        .add_working_days(today, case.promised_working_days)
        .map(|a| a.value)
        .unwrap_or(case.hard_date);
    let mut ctx = Ctx {
        pc: precheck,
        case,
        service,
        cal,
        today,
        needed_until: promised_done.max(case.hard_date),
        out: Vec::new(),
    };
    consistency::check(&mut ctx);
    digits::check(&mut ctx);
    dates::check(&mut ctx);
    completeness::check(&mut ctx);
    service::check(&mut ctx);
    let mut out = ctx.out;
    replacement_days(&mut out);
    // Stable: within a severity, findings stay in checklist order.
    sorting::sort_by_key(&mut out, |f| f.severity);
    out
}

/// A material marked "to be replaced" because of problems the rules also found on its items
/// (a missing seal page, a wrong name) is replaced by fixing those: the item findings carry
/// the fix and its duration, and counting the replacement again would double the time.
fn replacement_days(out: &mut [Finding]) {
    let fixed_in_items: HashSet<&str> = out
        .iter()
        .filter(|f| {
            f.rule != RuleId::MaterialNotReady
                && f.severity != Severity::Note
                && f.fix_working_days > 0
        })
        .flat_map(|f| f.materials.iter().map(|m| m.key.as_str()))
        .collect();
    let covered: Vec<usize> = out
        .iter()
        .enumerate()
        .filter(|(_, f)| {
            matches!(
                f.detail,
                Detail::NotReady {
                    status: MaterialStatus::ToReplace,
                    ..
                }
            ) && f
                .materials
                .iter()
                .any(|m| fixed_in_items.contains(m.key.as_str()))
        })
        .map(|(i, _)| i)
        .collect();
    for i in covered {
        if let Some(f) = out.get_mut(i) {
            f.fix_working_days = 0;
        }
    }
}

pub(super) struct Ctx<'a> {
    pub pc: &'a Precheck,
    pub case: &'a Case,
    pub service: Option<&'a ServiceType>,
    pub cal: &'a Calendar,
    pub today: NaiveDate,
    /// The later of the hard date and the promised completion: documents must stay valid and
    /// leases must run at least until then.
    pub needed_until: NaiveDate,
    pub out: Vec<Finding>,
}

/// A finding under construction; [`Ctx::emit`] completes it with the fix.
pub(super) struct Draft {
    pub rule: RuleId,
    pub severity: Option<Severity>,
    pub materials: Vec<MaterialRef>,
    pub fields: Vec<FieldKind>,
    pub detail: Detail,
    pub name_diff: Option<NameComparison>,
    /// Overrides the fix duration (e.g. a notice period that has to run out).
    pub days: Option<u32>,
}

impl Draft {
    pub fn new(rule: RuleId, detail: Detail) -> Draft {
        Draft {
            rule,
            severity: None,
            materials: Vec::new(),
            fields: Vec::new(),
            detail,
            name_diff: None,
            days: None,
        }
    }

    pub fn severity(mut self, s: Severity) -> Draft {
        self.severity = Some(s);
        self
    }

    pub fn at(mut self, m: &Material, item: Option<usize>) -> Draft {
        self.materials.push(material_ref(m, item));
        self
    }

    pub fn field(mut self, f: FieldKind) -> Draft {
        self.fields.push(f);
        self
    }

    pub fn diff(mut self, d: NameComparison) -> Draft {
        self.name_diff = Some(d);
        self
    }

    pub fn days(mut self, d: u32) -> Draft {
        self.days = Some(d);
        self
    }
}

pub(super) fn material_ref(m: &Material, item: Option<usize>) -> MaterialRef {
    MaterialRef {
        key: m.key.clone(),
        title: m.title.clone(),
        item,
        repeated: m.repeated,
    }
}

impl<'a> Ctx<'a> {
    /// Materials whose values the checks read: in hand or waiting for replacement. A missing
    /// material only carries prefilled values, which prove nothing.
    pub fn collected(&self) -> impl Iterator<Item = &'a Material> + 'a {
        self.pc
            .materials
            .iter()
            .filter(|m| m.status != MaterialStatus::Missing)
    }

    /// The service's first pitfall for a catalog rule.
    pub fn pitfall(&self, catalog_rule: &str) -> Option<&'a Pitfall> {
        let s = self.service?;
        s.pitfalls
            .iter()
            .find(|p| p.rule.as_deref() == Some(catalog_rule))
    }

    /// Completes a draft: severity, fix text and duration from the catalog pitfall for the
    /// rule when the service has one with a real fix, else from the rule library.
    pub fn emit(&mut self, d: Draft) {
        let info = d.rule.info();
        // A missing material's fix is "collect it", whatever the service's pitfalls say about
        // one particular material, so that rule keeps its own text.
        let pitfall = match (info.catalog_rule, d.rule) {
            (_, RuleId::MaterialNotReady) => None,
            (Some(r), _) => self.pitfall(r).filter(|p| p.fix_working_days > 0),
            (None, _) => None,
        };
        let (fix, fix_days, pitfall) = match pitfall {
            Some(p) => (p.fix.clone(), p.fix_working_days, Some(pitfall_ref(p))),
            None => (info.fix.to_l10n(), info.fix_working_days, None),
        };
        self.out.push(Finding {
            rule: d.rule,
            severity: d.severity.unwrap_or(info.severity),
            materials: d.materials,
            fields: d.fields,
            detail: d.detail,
            fix,
            fix_working_days: d.days.unwrap_or(fix_days),
            pitfall,
            name_diff: d.name_diff,
        });
    }

    /// Emits a finding that comes straight from a catalog pitfall (answered checks).
    pub fn emit_pitfall(&mut self, p: &Pitfall, severity: Severity, detail: Detail) {
        self.out.push(Finding {
            rule: RuleId::PitfallCheck,
            severity,
            materials: Vec::new(),
            fields: Vec::new(),
            detail,
            fix: p.fix.clone(),
            fix_working_days: p.fix_working_days,
            pitfall: Some(pitfall_ref(p)),
            name_diff: None,
        });
    }
}

fn pitfall_ref(p: &Pitfall) -> PitfallRef {
    PitfallRef {
        key: p.key.clone(),
        text: p.text.clone(),
        source: p.source,
    }
}
