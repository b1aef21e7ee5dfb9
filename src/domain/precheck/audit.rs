//! The precheck's audit trail: who changed which value of which document when, and every
//! signature and reopening. Entries are appended, never edited, except that repeated edits of
//! one field by one person within a short time are merged (see `edit.rs`), so that typing does
//! not bury the trail.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::materials::MaterialStatus;
use super::signoff::SignLevel;
use super::{CheckAnswer, Presence};
use crate::domain::catalog::{FieldKind, L10n, ServiceType};
use crate::domain::ids::mask_id;
use crate::domain::lang::Lang;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEntry {
    pub at: DateTime<Utc>,
    /// The person who made the change, as the app knows them ("" when unknown).
    pub who: String,
    pub what: AuditWhat,
    /// SHA-256 over the previous entry's hash and this entry's `at`, `who` and `what` (see
    /// [`crate::domain::audit`] and `chain.rs`); "" on entries written before the trail was
    /// chained.
    #[serde(default)]
    pub hash: String,
}

impl AuditEntry {
    /// As [`AuditEntry::message`], with ID numbers in full when `reveal` (the user asked).
    pub fn message_with(&self, lang: Lang, reveal: bool) -> String {
        self.what.message_in(lang, reveal, None)
    }

    /// As [`AuditEntry::message_with`], naming the service and its pitfalls as the catalog
    /// does rather than by key.
    pub fn message_in(&self, lang: Lang, reveal: bool, service: Option<&ServiceType>) -> String {
        self.what.message_in(lang, reveal, service)
    }
}

/// What happened. Material titles are stored as they were, so the trail still reads right
/// after a custom material is renamed or removed. Item numbers are 0-based (shown 1-based).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum AuditWhat {
    Started {
        service_key: Option<String>,
    },
    FieldSet {
        material: String,
        title: L10n,
        item: usize,
        field: FieldKind,
        old: String,
        new: String,
    },
    ItemAdded {
        material: String,
        title: L10n,
        item: usize,
    },
    ItemRemoved {
        material: String,
        title: L10n,
        item: usize,
    },
    StatusSet {
        material: String,
        title: L10n,
        from: MaterialStatus,
        to: MaterialStatus,
    },
    CustomAdded {
        material: String,
        title: L10n,
    },
    CustomRemoved {
        material: String,
        title: L10n,
    },
    LegalRepSet {
        from: Presence,
        to: Presence,
        note: String,
    },
    CheckAnswered {
        pitfall: String,
        answer: Option<CheckAnswer>,
    },
    Signed {
        level: SignLevel,
        name: String,
        override_reason: Option<String>,
    },
    /// Materials changed after signatures: these levels must sign again.
    ReviewReopened {
        levels: Vec<SignLevel>,
    },
}

impl AuditWhat {
    pub fn message_with(&self, lang: Lang, reveal: bool) -> String {
        self.message_in(lang, reveal, None)
    }

    /// The line with `service`'s name and pitfall texts in place of their keys.
    pub fn message_in(&self, lang: Lang, reveal: bool, service: Option<&ServiceType>) -> String {
        use AuditWhat as W;
        let zh = lang == Lang::Zh;
        match self {
            W::Started { service_key } => match (zh, service_key) {
                (_, Some(k)) if service.is_some_and(|s| &s.key == k) => {
                    let name = service.map_or("", |s| s.name.get(lang));
                    match lang {
                        Lang::Zh => format!("开始预审,按服务“{name}”载入材料清单"),
                        Lang::En => format!("Precheck started with the checklist of “{name}”"),
                    }
                }
                (true, Some(k)) => format!("开始预审,按服务“{k}”载入材料清单"),
                (true, None) => "开始预审(目录中无此服务,仅载入营业执照)".to_owned(),
                (false, Some(k)) => format!("Precheck started with the checklist of “{k}”"),
                (false, None) => {
                    "Precheck started (service not in the catalog; licence only)".to_owned()
                }
            },
            W::FieldSet {
                title,
                item,
                field,
                old,
                new,
                ..
            } => {
                let (old, new) = (
                    shown(*field, old, lang, reveal),
                    shown(*field, new, lang, reveal),
                );
                if zh {
                    format!(
                        "{} 第 {} 项:{} 由 {old} 改为 {new}",
                        title.get(lang),
                        item + 1,
                        field.label(lang)
                    )
                } else {
                    format!(
                        "{} item {}: {} changed from {old} to {new}",
                        title.get(lang),
                        item + 1,
                        field.label(lang)
                    )
                }
            }
            W::ItemAdded { title, item, .. } if zh => {
                format!("{} 新增第 {} 项", title.get(lang), item + 1)
            }
            W::ItemAdded { title, item, .. } => {
                format!("{}: item {} added", title.get(lang), item + 1)
            }
            W::ItemRemoved { title, item, .. } if zh => {
                format!("{} 删除第 {} 项", title.get(lang), item + 1)
            }
            W::ItemRemoved { title, item, .. } => {
                format!("{}: item {} removed", title.get(lang), item + 1)
            }
            W::StatusSet {
                title, from, to, ..
            } => {
                if zh {
                    format!(
                        "{} 状态:{} → {}",
                        title.get(lang),
                        from.label(lang),
                        to.label(lang)
                    )
                } else {
                    format!(
                        "{} status: {} → {}",
                        title.get(lang),
                        from.label(lang),
                        to.label(lang)
                    )
                }
            }
            W::CustomAdded { title, .. } if zh => format!("新增自定义材料“{}”", title.get(lang)),
            W::CustomAdded { title, .. } => format!("Custom material “{}” added", title.get(lang)),
            W::CustomRemoved { title, .. } if zh => {
                format!("删除自定义材料“{}”", title.get(lang))
            }
            W::CustomRemoved { title, .. } => {
                format!("Custom material “{}” removed", title.get(lang))
            }
            W::LegalRepSet { from, to, note } => {
                let note = if note.is_empty() {
                    String::new()
                } else if zh {
                    format!("(说明:{note})")
                } else {
                    format!(" (note: {note})")
                };
                if zh {
                    format!(
                        "法定代表人到场:{} → {}{note}",
                        from.label(lang),
                        to.label(lang)
                    )
                } else {
                    format!(
                        "Legal representative in person: {} → {}{note}",
                        from.label(lang),
                        to.label(lang)
                    )
                }
            }
            W::CheckAnswered { pitfall, answer } => {
                let named = service
                    .and_then(|s| s.pitfalls.iter().find(|p| &p.key == pitfall))
                    .map(|p| p.text.get(lang).to_owned());
                let pitfall = named.as_ref().unwrap_or(pitfall);
                match (zh, answer) {
                    (true, Some(a)) => format!("核实事项“{pitfall}”:{}", a.label(lang)),
                    (true, None) => format!("撤销核实事项“{pitfall}”的结论"),
                    (false, Some(a)) => format!("Check “{pitfall}”: {}", a.label(lang)),
                    (false, None) => format!("Answer to check “{pitfall}” withdrawn"),
                }
            }
            W::Signed {
                level,
                name,
                override_reason,
            } => {
                let base = if zh {
                    format!("{name} 签署{}", level.label(lang))
                } else {
                    format!("{name} signed the {}", level.label(lang))
                };
                match override_reason {
                    Some(r) if zh => format!("{base},带阻断问题放行,理由:{r}"),
                    Some(r) => format!("{base}, overriding blockers: {r}"),
                    None => base,
                }
            }
            W::ReviewReopened { levels } => {
                let names: Vec<&str> = levels.iter().map(|l| l.label(lang)).collect();
                if zh {
                    format!(
                        "签署后材料有改动,审核重新打开;需重新签署:{}",
                        names.join("、")
                    )
                } else {
                    format!(
                        "Materials changed after sign-off; review reopened, to sign again: {}",
                        names.join(", ")
                    )
                }
            }
        }
    }
}

/// A value as the trail shows it: quoted, ID numbers masked, empty as a dash.
fn shown(field: FieldKind, value: &str, lang: Lang, reveal: bool) -> String {
    if value.trim().is_empty() {
        return match lang {
            Lang::Zh => "(空)".to_owned(),
            Lang::En => "(empty)".to_owned(),
        };
    }
    let value = if field == FieldKind::IdNumber && !reveal {
        mask_id(value)
    } else {
        value.chars().take(80).collect()
    };
    format!("“{value}”")
}
