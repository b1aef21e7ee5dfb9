//! Every change to a precheck's materials, as data ([`Edit`]) applied by one pure function.
//!
//! Each applied edit appends to the audit trail and, when signatures stand, reopens review
//! (see `signoff.rs`). An edit that changes nothing returns the precheck unchanged (same
//! revision, no audit entry), so a reducer can skip the render.

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

use super::audit::{AuditEntry, AuditWhat};
use super::error::PrecheckError;
use super::materials::{
    trim, CustomMaterial, Material, MaterialItem, MaterialStatus, MAX_ITEMS, MAX_MATERIALS,
    MAX_TITLE_CHARS, MAX_VALUE_CHARS,
};
use super::{CheckAnswer, Precheck, Presence};
use crate::domain::catalog::{FieldKind, L10n};

/// Longest note on the legal representative's presence.
const MAX_NOTE_CHARS: usize = 500;
/// Longest pitfall key accepted in an answer.
const MAX_PITFALL_KEY: usize = 100;
/// Edits of one field by one person within this window merge into one audit entry.
const MERGE_WINDOW_SECS: i64 = 120;

/// A change to the precheck. Materials are addressed by key, items by position.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Edit {
    /// Sets one value. Typing into a material that is still Missing marks it Have: the clerk
    /// is reading the document, so it is in hand.
    SetField {
        material: String,
        item: usize,
        field: FieldKind,
        value: String,
    },
    /// Adds an item (prefilled with the company name and credit code) to a repeated material.
    AddItem {
        material: String,
    },
    RemoveItem {
        material: String,
        item: usize,
    },
    SetStatus {
        material: String,
        status: MaterialStatus,
    },
    AddCustom(CustomMaterial),
    /// Only custom materials can be removed.
    RemoveCustom {
        material: String,
    },
    SetLegalRep {
        presence: Presence,
        note: String,
    },
    /// Records (or withdraws, with `None`) the answer to a pitfall of the service.
    AnswerCheck {
        pitfall: String,
        answer: Option<CheckAnswer>,
    },
}

impl Precheck {
    /// Applies an edit by `who` at `now`.
    pub fn apply(
        &self,
        edit: &Edit,
        who: &str,
        now: DateTime<Utc>,
    ) -> Result<Precheck, PrecheckError> {
        self.ensure_active()?;
        let who = trim(who);
        let mut next = self.clone();
        let changes = next.change(edit)?;
        if changes.is_empty() {
            return Ok(self.clone());
        }
        let locked = next.is_locked();
        for what in changes {
            next.record(what, who, now, !locked);
        }
        if locked {
            next.reopen(who, now);
        }
        next.meta.touch(now);
        Ok(next)
    }

    pub fn set_field(
        &self,
        material: &str,
        item: usize,
        field: FieldKind,
        value: &str,
        who: &str,
        now: DateTime<Utc>,
    ) -> Result<Precheck, PrecheckError> {
        let edit = Edit::SetField {
            material: material.to_owned(),
            item,
            field,
            value: value.to_owned(),
        };
        self.apply(&edit, who, now)
    }

    pub fn add_item(
        &self,
        material: &str,
        who: &str,
        now: DateTime<Utc>,
    ) -> Result<Precheck, PrecheckError> {
        let edit = Edit::AddItem {
            material: material.to_owned(),
        };
        self.apply(&edit, who, now)
    }

    pub fn remove_item(
        &self,
        material: &str,
        item: usize,
        who: &str,
        now: DateTime<Utc>,
    ) -> Result<Precheck, PrecheckError> {
        let edit = Edit::RemoveItem {
            material: material.to_owned(),
            item,
        };
        self.apply(&edit, who, now)
    }

    pub fn set_status(
        &self,
        material: &str,
        status: MaterialStatus,
        who: &str,
        now: DateTime<Utc>,
    ) -> Result<Precheck, PrecheckError> {
        let edit = Edit::SetStatus {
            material: material.to_owned(),
            status,
        };
        self.apply(&edit, who, now)
    }

    /// Adds a custom material; returns the new precheck and the new material's key.
    pub fn add_custom_material(
        &self,
        custom: &CustomMaterial,
        who: &str,
        now: DateTime<Utc>,
    ) -> Result<(Precheck, String), PrecheckError> {
        let next = self.apply(&Edit::AddCustom(custom.clone()), who, now)?;
        let key = next
            .materials
            .last()
            .map(|m| m.key.clone())
            .unwrap_or_default();
        Ok((next, key))
    }

    pub fn remove_custom_material(
        &self,
        material: &str,
        who: &str,
        now: DateTime<Utc>,
    ) -> Result<Precheck, PrecheckError> {
        let edit = Edit::RemoveCustom {
            material: material.to_owned(),
        };
        self.apply(&edit, who, now)
    }

    pub fn set_legal_rep(
        &self,
        presence: Presence,
        note: &str,
        who: &str,
        now: DateTime<Utc>,
    ) -> Result<Precheck, PrecheckError> {
        let edit = Edit::SetLegalRep {
            presence,
            note: note.to_owned(),
        };
        self.apply(&edit, who, now)
    }

    pub fn answer_check(
        &self,
        pitfall: &str,
        answer: Option<CheckAnswer>,
        who: &str,
        now: DateTime<Utc>,
    ) -> Result<Precheck, PrecheckError> {
        let edit = Edit::AnswerCheck {
            pitfall: pitfall.to_owned(),
            answer,
        };
        self.apply(&edit, who, now)
    }

    /// Applies the edit to `self` in place; returns what changed, empty for a no-op.
    fn change(&mut self, edit: &Edit) -> Result<Vec<AuditWhat>, PrecheckError> {
        match edit {
            Edit::SetField {
                material,
                item,
                field,
                value,
            } => self.change_field(material, *item, *field, value),
            Edit::AddItem { material } => {
                let (company, code) = (
                    self.prefill.company_name.clone(),
                    self.prefill.credit_code.clone(),
                );
                let m = self.material_mut(material)?;
                if !m.repeated {
                    return Err(PrecheckError::NotRepeated {
                        material: material.clone(),
                    });
                }
                if m.items.len() >= MAX_ITEMS {
                    return Err(PrecheckError::TooManyItems {
                        material: material.clone(),
                        max: MAX_ITEMS,
                    });
                }
                let item = m.prefilled_item(m.next_item_id(), &company, &code);
                m.items.push(item);
                Ok(vec![AuditWhat::ItemAdded {
                    material: material.clone(),
                    title: m.title.clone(),
                    item: m.items.len() - 1,
                }])
            }
            Edit::RemoveItem { material, item } => {
                let m = self.material_mut(material)?;
                check_item(m, *item)?;
                if m.items.len() <= 1 {
                    return Err(PrecheckError::LastItem {
                        material: material.clone(),
                    });
                }
                m.items.remove(*item);
                Ok(vec![AuditWhat::ItemRemoved {
                    material: material.clone(),
                    title: m.title.clone(),
                    item: *item,
                }])
            }
            Edit::SetStatus { material, status } => {
                let m = self.material_mut(material)?;
                Ok(set_status(m, *status).into_iter().collect())
            }
            Edit::AddCustom(custom) => self.add_custom(custom),
            Edit::RemoveCustom { material } => {
                let index = self
                    .materials
                    .iter()
                    .position(|m| &m.key == material)
                    .ok_or_else(|| PrecheckError::UnknownMaterial {
                        key: material.clone(),
                    })?;
                if !self.materials[index].is_custom() {
                    return Err(PrecheckError::NotCustom {
                        material: material.clone(),
                    });
                }
                let removed = self.materials.remove(index);
                Ok(vec![AuditWhat::CustomRemoved {
                    material: removed.key,
                    title: removed.title,
                }])
            }
            Edit::SetLegalRep { presence, note } => {
                let note = trim(note);
                if note.chars().count() > MAX_NOTE_CHARS {
                    return Err(PrecheckError::TooLong {
                        what: "note",
                        max: MAX_NOTE_CHARS,
                    });
                }
                if *presence == self.legal_rep && note == self.legal_rep_note {
                    return Ok(Vec::new());
                }
                let from = self.legal_rep;
                self.legal_rep = *presence;
                self.legal_rep_note = note.to_owned();
                Ok(vec![AuditWhat::LegalRepSet {
                    from,
                    to: *presence,
                    note: note.to_owned(),
                }])
            }
            Edit::AnswerCheck { pitfall, answer } => {
                let key = trim(pitfall);
                if key.is_empty() || key.chars().count() > MAX_PITFALL_KEY {
                    return Err(PrecheckError::BadPitfallKey);
                }
                let old = self.checks.get(key).copied();
                if old == *answer {
                    return Ok(Vec::new());
                }
                match answer {
                    Some(a) => self.checks.insert(key.to_owned(), *a),
                    None => self.checks.remove(key),
                };
                Ok(vec![AuditWhat::CheckAnswered {
                    pitfall: key.to_owned(),
                    answer: *answer,
                }])
            }
        }
    }

    fn change_field(
        &mut self,
        material: &str,
        item: usize,
        field: FieldKind,
        value: &str,
    ) -> Result<Vec<AuditWhat>, PrecheckError> {
        let len = value.chars().count();
        if len > MAX_VALUE_CHARS {
            return Err(PrecheckError::ValueTooLong {
                len,
                max: MAX_VALUE_CHARS,
            });
        }
        let m = self.material_mut(material)?;
        check_item(m, item)?;
        if !m.has_field(field) {
            return Err(PrecheckError::FieldNotOnMaterial {
                material: material.to_owned(),
                field,
            });
        }
        let slot: &mut MaterialItem = &mut m.items[item];
        let old = slot.value(field).to_owned();
        if old == value {
            return Ok(Vec::new());
        }
        if value.is_empty() {
            slot.values.remove(&field);
        } else {
            slot.values.insert(field, value.to_owned());
        }
        let mut changes = vec![AuditWhat::FieldSet {
            material: material.to_owned(),
            title: m.title.clone(),
            item,
            field,
            old,
            new: value.to_owned(),
        }];
        if m.status == MaterialStatus::Missing && !trim(value).is_empty() {
            changes.extend(set_status(m, MaterialStatus::Have));
        }
        Ok(changes)
    }

    fn add_custom(&mut self, custom: &CustomMaterial) -> Result<Vec<AuditWhat>, PrecheckError> {
        let title = trim(&custom.title);
        if title.is_empty() {
            return Err(PrecheckError::EmptyTitle);
        }
        if title.chars().count() > MAX_TITLE_CHARS {
            return Err(PrecheckError::TooLong {
                what: "title",
                max: MAX_TITLE_CHARS,
            });
        }
        if self.materials.len() >= MAX_MATERIALS {
            return Err(PrecheckError::TooManyMaterials { max: MAX_MATERIALS });
        }
        let mut fields: Vec<FieldKind> = Vec::new();
        let wanted = custom
            .fields
            .iter()
            .copied()
            .chain(
                custom
                    .seal_page_required
                    .then_some(FieldKind::SealPagePresent),
            )
            .chain(
                custom
                    .signature_required
                    .then_some(FieldKind::SignaturePresent),
            )
            .chain(std::iter::once(FieldKind::Remarks));
        for f in wanted {
            if !fields.contains(&f) {
                fields.push(f);
            }
        }
        // Remarks always last, as on catalog materials.
        fields.retain(|f| *f != FieldKind::Remarks);
        fields.push(FieldKind::Remarks);
        let key = (1..)
            .map(|n: u32| format!("custom_{n}"))
            .find(|k| self.material(k).is_none())
            .unwrap_or_default();
        // Titles are entered in one language; the same text serves both.
        let title = L10n::new(title, title);
        let mut material = Material {
            key: key.clone(),
            spec_key: None,
            title: title.clone(),
            required: custom.required,
            repeated: custom.repeated,
            holder_is_company: custom.holder_is_company && fields.contains(&FieldKind::Holder),
            fields,
            seal_page_required: custom.seal_page_required,
            signature_required: custom.signature_required,
            accept_missing_later: false,
            note: None,
            status: MaterialStatus::Missing,
            items: Vec::new(),
        };
        let first =
            material.prefilled_item(0, &self.prefill.company_name, &self.prefill.credit_code);
        material.items.push(first);
        self.materials.push(material);
        Ok(vec![AuditWhat::CustomAdded {
            material: key,
            title,
        }])
    }

    fn material_mut(&mut self, key: &str) -> Result<&mut Material, PrecheckError> {
        self.materials
            .iter_mut()
            .find(|m| m.key == key)
            .ok_or_else(|| PrecheckError::UnknownMaterial {
                key: key.to_owned(),
            })
    }

    /// Appends an audit entry, merging a quick succession of edits to the same field.
    fn record(&mut self, what: AuditWhat, who: &str, now: DateTime<Utc>, may_merge: bool) {
        if may_merge {
            if let (
                Some(AuditEntry {
                    at,
                    who: last_who,
                    what:
                        AuditWhat::FieldSet {
                            material: m0,
                            item: i0,
                            field: f0,
                            new: last_new,
                            ..
                        },
                    ..
                }),
                AuditWhat::FieldSet {
                    material,
                    item,
                    field,
                    new,
                    ..
                },
            ) = (self.audit.last_mut(), &what)
            {
                let recent = now >= *at && now - *at <= Duration::seconds(MERGE_WINDOW_SECS);
                if recent && last_who == who && m0 == material && i0 == item && f0 == field {
                    last_new.clone_from(new);
                    *at = now;
                    self.rehash_last_audit();
                    return;
                }
            }
        }
        self.push_audit(now, who, what);
    }
}

fn check_item(m: &Material, item: usize) -> Result<(), PrecheckError> {
    if item < m.items.len() {
        Ok(())
    } else {
        Err(PrecheckError::ItemOutOfRange {
            material: m.key.clone(),
            item,
            len: m.items.len(),
        })
    }
}

fn set_status(m: &mut Material, status: MaterialStatus) -> Option<AuditWhat> {
    if m.status == status {
        return None;
    }
    let from = m.status;
    m.status = status;
    Some(AuditWhat::StatusSet {
        material: m.key.clone(),
        title: m.title.clone(),
        from,
        to: status,
    })
}
