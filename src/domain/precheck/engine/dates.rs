//! Dates: expired documents, documents that expire before the case is done, issue dates in
//! the future, reversed periods, and periods that do not cover what the material must cover
//! ([`PERIOD_NEEDS`]).

use crate::domain::sorting;
use chrono::{Datelike, NaiveDate};

use super::{Ctx, Draft};
use crate::domain::catalog::FieldKind;
use crate::domain::precheck::findings::Detail;
use crate::domain::precheck::materials::{DateValue, Material};
use crate::domain::precheck::rules::{PeriodNeed, RuleId, PERIOD_NEEDS};

pub(super) fn check(ctx: &mut Ctx) {
    let mut drafts = Vec::new();
    for m in ctx.collected() {
        for (i, item) in m.items.iter().enumerate() {
            if let DateValue::Date(expiry) = item.date(FieldKind::ExpiryDate) {
                if expiry < ctx.today {
                    drafts.push(
                        Draft::new(
                            RuleId::DocumentExpired,
                            Detail::Expired {
                                expiry,
                                today: ctx.today,
                            },
                        )
                        .at(m, Some(i))
                        .field(FieldKind::ExpiryDate),
                    );
                } else if expiry < ctx.needed_until {
                    drafts.push(
                        Draft::new(
                            RuleId::ExpiresBeforeDeadline,
                            Detail::ExpiresSoon {
                                expiry,
                                needed_until: ctx.needed_until,
                            },
                        )
                        .at(m, Some(i))
                        .field(FieldKind::ExpiryDate),
                    );
                }
            }
            if let DateValue::Date(issued) = item.date(FieldKind::IssueDate) {
                if issued > ctx.today {
                    drafts.push(
                        Draft::new(
                            RuleId::IssueDateFuture,
                            Detail::IssuedInFuture {
                                issued,
                                today: ctx.today,
                            },
                        )
                        .at(m, Some(i))
                        .field(FieldKind::IssueDate),
                    );
                }
            }
            if let (DateValue::Date(start), DateValue::Date(end)) = (
                item.date(FieldKind::PeriodStart),
                item.date(FieldKind::PeriodEnd),
            ) {
                if end < start {
                    drafts.push(
                        Draft::new(
                            RuleId::PeriodReversed,
                            Detail::PeriodReversed { start, end },
                        )
                        .at(m, Some(i))
                        .field(FieldKind::PeriodStart)
                        .field(FieldKind::PeriodEnd),
                    );
                }
            }
        }
        if let Some(need) = period_need(m) {
            period(ctx, m, need, &mut drafts);
        }
    }
    for d in drafts {
        ctx.emit(d);
    }
}

fn period_need(m: &Material) -> Option<PeriodNeed> {
    let key = m.spec_key.as_deref()?;
    PERIOD_NEEDS
        .iter()
        .find(|(k, _)| *k == key)
        .map(|(_, need)| *need)
}

fn period(ctx: &Ctx, m: &Material, need: PeriodNeed, drafts: &mut Vec<Draft>) {
    match need {
        PeriodNeed::LastFullYears(n) => {
            // Items are taken together: one audit per year is the usual shape.
            let mut spans: Vec<(NaiveDate, NaiveDate)> = m
                .items
                .iter()
                .filter_map(|item| {
                    match (
                        item.date(FieldKind::PeriodStart),
                        item.date(FieldKind::PeriodEnd),
                    ) {
                        (DateValue::Date(s), DateValue::Date(e)) if s <= e => Some((s, e)),
                        _ => None,
                    }
                })
                .collect();
            if spans.is_empty() {
                // Nothing entered: the "fields not entered" note covers it.
                return;
            }
            sorting::sort(&mut spans);
            let merged = merge(spans);
            let last = ctx.today.year() - 1;
            let missing: Vec<i32> = (last - i32::from(n) + 1..=last)
                .filter(|y| !covers_year(&merged, *y))
                .collect();
            if !missing.is_empty() {
                drafts.push(
                    Draft::new(RuleId::PeriodCovers, Detail::YearsMissing { need, missing })
                        .at(m, None)
                        .field(FieldKind::PeriodStart)
                        .field(FieldKind::PeriodEnd),
                );
            }
        }
        PeriodNeed::ThroughCompletion => {
            for (i, item) in m.items.iter().enumerate() {
                if let DateValue::Date(end) = item.date(FieldKind::PeriodEnd) {
                    if end < ctx.needed_until {
                        drafts.push(
                            Draft::new(
                                RuleId::PeriodCovers,
                                Detail::PeriodTooShort {
                                    end: Some(end),
                                    needed_until: ctx.needed_until,
                                },
                            )
                            .at(m, Some(i))
                            .field(FieldKind::PeriodEnd),
                        );
                    }
                }
            }
        }
        PeriodNeed::EndsByHardDate => {
            for (i, item) in m.items.iter().enumerate() {
                if let DateValue::Date(end) = item.date(FieldKind::PeriodEnd) {
                    if end > ctx.case.hard_date {
                        // Nothing shortens the period: the "fix" is waiting for it to run out.
                        let wait = ctx
                            .cal
                            .working_days_between(ctx.today, end)
                            .map(|a| u32::try_from(a.value.max(0)).unwrap_or(u32::MAX))
                            .unwrap_or(0);
                        drafts.push(
                            Draft::new(
                                RuleId::PeriodCovers,
                                Detail::PeriodEndsLate {
                                    end,
                                    hard_date: ctx.case.hard_date,
                                },
                            )
                            .at(m, Some(i))
                            .field(FieldKind::PeriodEnd)
                            .days(wait),
                        );
                    }
                }
            }
        }
    }
}

/// Merges sorted spans that overlap or touch (one ends the day before the next starts).
fn merge(spans: Vec<(NaiveDate, NaiveDate)>) -> Vec<(NaiveDate, NaiveDate)> {
    let mut out: Vec<(NaiveDate, NaiveDate)> = Vec::with_capacity(spans.len());
    for (s, e) in spans {
        match out.last_mut() {
            Some((_, last_end)) if last_end.succ_opt().is_none_or(|next| s <= next) => {
                if e > *last_end {
                    *last_end = e;
                }
            }
            _ => out.push((s, e)),
        }
    }
    out
}

fn covers_year(merged: &[(NaiveDate, NaiveDate)], year: i32) -> bool {
    let (Some(first), Some(last)) = (
        NaiveDate::from_ymd_opt(year, 1, 1),
        NaiveDate::from_ymd_opt(year, 12, 31),
    ) else {
        return false;
    };
    merged.iter().any(|(s, e)| *s <= first && *e >= last)
}
