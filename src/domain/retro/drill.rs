//! "Turn into training": a draft drill scenario made from a retrospected case, as plain data
//! for the drill editor (which turns it into a scenario graph).
//!
//! Training material travels further than case files, so the client's name, contact, legal
//! representative and phone are replaced by a neutral word wherever they appear.

use crate::domain::sorting;
use chrono::NaiveDate;
use uuid::Uuid;

use super::blame::blame_flag;
use super::category::CauseCategory;
use super::record::Retro;
use crate::domain::case::{Case, UrgencyKind};
use crate::domain::lang::Lang;
use crate::domain::response::{clock, format_duration, ClockState, Failure, FailureKind};

/// The draft handed to the drill editor.
#[derive(Clone, Debug, PartialEq)]
pub struct DrillDraft {
    pub title: String,
    pub service_key: Option<String>,
    pub service: String,
    pub urgency: UrgencyKind,
    pub hard_date: NaiveDate,
    pub promised_working_days: u32,
    /// The situation at the start, client anonymised.
    pub facts: Vec<String>,
    /// What went wrong, as the trainee will meet it.
    pub failure: String,
    pub failure_kind: Option<FailureKind>,
    pub amount_cents: Option<u64>,
    /// What the team did well, including remedy steps that were done.
    pub right_moves: Vec<String>,
    /// What went wrong in the handling.
    pub wrong_moves: Vec<String>,
    /// The root cause and the action items: what the drill should teach.
    pub lessons: Vec<String>,
    pub categories: Vec<CauseCategory>,
    pub source_case_id: Uuid,
    pub source_retro_id: Uuid,
}

/// Builds the draft in `lang` (the retrospective's own text stays as it was typed).
pub fn to_drill_draft(
    retro: &Retro,
    case: &Case,
    failure: Option<&Failure>,
    lang: Lang,
) -> DrillDraft {
    let scrub = |text: &str| scrub(text, case, lang);
    let zh = lang == Lang::Zh;
    let service = case.service_name.trim().to_owned();
    let title = match failure {
        Some(f) if zh => format!("{service}：{}", f.kind.label(lang)),
        Some(f) => format!("{service}: {}", f.kind.label(lang)),
        None if zh => format!("{service}：复盘案例"),
        None => format!("{service}: case study"),
    };
    let mut facts = vec![
        if zh {
            format!("客户（名称已隐去）委托加急办理{service}。")
        } else {
            format!("A client (name withheld) asks for an expedited {service}.")
        },
        if zh {
            format!(
                "承诺 {} 个工作日办结，客户的硬期限是 {}。",
                case.promised_working_days, case.hard_date
            )
        } else {
            format!(
                "The promise is {} working days; the client's hard date is {}.",
                case.promised_working_days, case.hard_date
            )
        },
    ];
    let note = scrub(case.urgency_note.trim());
    if !note.is_empty() {
        facts.push(if zh {
            format!("背景：{note}")
        } else {
            format!("Background: {note}")
        });
    }
    let failure_text = failure
        .map(|f| scrub(&f.what_happened))
        .or_else(|| retro.went_wrong.first().map(|w| scrub(w)))
        .unwrap_or_default();

    let mut right_moves: Vec<String> = retro.went_well.iter().map(|t| scrub(t)).collect();
    let mut wrong_moves: Vec<String> = retro.went_wrong.iter().map(|t| scrub(t)).collect();
    if let Some(f) = failure {
        right_moves.extend(
            f.steps
                .iter()
                .filter(|s| s.is_done())
                .map(|s| scrub(s.text.get(lang))),
        );
        match clock(f, f.discovered_at) {
            ClockState::StoppedInTime { took } => right_moves.push(if zh {
                format!("{}内主动通知了客户", format_duration(took, lang))
            } else {
                format!("Told the client within {}", format_duration(took, lang))
            }),
            ClockState::StoppedLate { took } => wrong_moves.push(if zh {
                format!("{}后才通知客户，超过了一小时", format_duration(took, lang))
            } else {
                format!("Told the client only after {}", format_duration(took, lang))
            }),
            ClockState::Running { .. } | ClockState::Overdue { .. } => wrong_moves.push(if zh {
                "没有记录通知客户".to_owned()
            } else {
                "The client notification was never logged".to_owned()
            }),
        }
    }

    let mut lessons = Vec::new();
    // The deepest answer that does not stop at a person is the root cause to teach.
    if let Some(root) = retro
        .whys
        .iter()
        .rev()
        .find(|w| !w.answer.trim().is_empty() && blame_flag(&w.answer).is_none())
    {
        lessons.push(if zh {
            format!("根本原因：{}", scrub(&root.answer))
        } else {
            format!("Root cause: {}", scrub(&root.answer))
        });
    }
    lessons.extend(retro.actions.iter().map(|a| scrub(&a.text)));
    let mut categories: Vec<CauseCategory> = retro.factors.iter().map(|f| f.category).collect();
    sorting::sort(&mut categories);
    categories.dedup();

    DrillDraft {
        title,
        service_key: case.service_key.clone(),
        service,
        urgency: case.urgency,
        hard_date: case.hard_date,
        promised_working_days: case.promised_working_days,
        facts,
        failure: failure_text,
        failure_kind: failure.map(|f| f.kind),
        amount_cents: failure.and_then(|f| f.amount_cents),
        right_moves,
        wrong_moves,
        lessons,
        categories,
        source_case_id: case.meta.id,
        source_retro_id: retro.meta.id,
    }
}

/// Replaces the client's identifying details with a neutral word.
fn scrub(text: &str, case: &Case, lang: Lang) -> String {
    let neutral = match lang {
        Lang::Zh => "客户",
        Lang::En => "the client",
    };
    let mut secrets: Vec<&str> = [
        case.client.company_name.as_str(),
        case.client.contact_name.as_str(),
        case.client.legal_rep.as_str(),
        case.client.contact_phone.as_str(),
        case.client.credit_code.as_str(),
    ]
    .into_iter()
    .map(str::trim)
    // One-character names would blank out ordinary words.
    .filter(|s| s.chars().count() >= 2)
    .collect();
    // Longest first, so a company name is replaced before the person's name inside it.
    sorting::sort_by_key(&mut secrets, |s| std::cmp::Reverse(s.chars().count()));
    secrets
        .into_iter()
        .fold(text.trim().to_owned(), |acc, s| acc.replace(s, neutral))
}
