//! Structural checks on a [`ServiceType`], shared by custom-service editing and storage loads.
//!
//! Checks run in a fixed order (service key, name, departments, duration, materials, pitfalls)
//! and stop at the first problem, so the editor can point at one field at a time.

use std::collections::HashSet;

use super::{CatalogError, KeyError, MaterialSpec, Pitfall, ServiceType, KNOWN_RULES};

/// Longest accepted key, in characters. Keys end up in stored cases and URLs; 64 is plenty for
/// a readable slug.
pub const MAX_KEY_LEN: usize = 64;

/// Upper bound for typical and fix durations: one calendar year is far beyond any service the
/// agency runs, so a larger number is a typing error.
pub const MAX_WORKING_DAYS: u32 = 365;

/// Checks a slug: non-empty, only `a-z`, `0-9` and `_`, at most [`MAX_KEY_LEN`] characters.
pub(super) fn key(key: &str) -> Result<(), KeyError> {
    if key.is_empty() {
        return Err(KeyError::Empty);
    }
    if let Some(ch) = key
        .chars()
        .find(|c| !(c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '_'))
    {
        return Err(KeyError::InvalidChar { ch });
    }
    // All characters are ASCII here, so the byte length is the character count.
    if key.len() > MAX_KEY_LEN {
        return Err(KeyError::TooLong { len: key.len() });
    }
    Ok(())
}

pub(super) fn service(s: &ServiceType) -> Result<(), CatalogError> {
    key(&s.key).map_err(|problem| CatalogError::InvalidServiceKey {
        key: s.key.clone(),
        problem,
    })?;
    let service = || s.key.clone();

    if is_blank(&s.name.zh) {
        return Err(CatalogError::MissingName { service: service() });
    }
    if s.departments.is_empty() {
        return Err(CatalogError::MissingDepartment { service: service() });
    }
    if let Some(index) = s.departments.iter().position(|d| is_blank(&d.zh)) {
        return Err(CatalogError::EmptyDepartmentName {
            service: service(),
            index,
        });
    }
    if !(1..=MAX_WORKING_DAYS).contains(&s.typical_working_days) {
        return Err(CatalogError::WorkingDaysOutOfRange {
            service: service(),
            days: s.typical_working_days,
        });
    }

    let mut material_keys = HashSet::new();
    for material in &s.materials {
        check_material(&s.key, material)?;
        if !material_keys.insert(material.key.as_str()) {
            return Err(CatalogError::DuplicateMaterial {
                service: service(),
                material: material.key.clone(),
            });
        }
    }
    // A service with nothing required gives the precheck nothing to check.
    if !s.materials.iter().any(|m| m.required) {
        return Err(CatalogError::MissingRequiredMaterial { service: service() });
    }

    let mut pitfall_keys = HashSet::new();
    for pitfall in &s.pitfalls {
        check_pitfall(&s.key, pitfall)?;
        if !pitfall_keys.insert(pitfall.key.as_str()) {
            return Err(CatalogError::DuplicatePitfall {
                service: service(),
                pitfall: pitfall.key.clone(),
            });
        }
    }
    Ok(())
}

fn check_material(service: &str, m: &MaterialSpec) -> Result<(), CatalogError> {
    key(&m.key).map_err(|problem| CatalogError::InvalidMaterialKey {
        service: service.to_owned(),
        key: m.key.clone(),
        problem,
    })?;
    if is_blank(&m.name.zh) {
        return Err(CatalogError::MissingMaterialName {
            service: service.to_owned(),
            material: m.key.clone(),
        });
    }
    let mut fields = HashSet::new();
    if let Some(&field) = m.fields.iter().find(|f| !fields.insert(**f)) {
        return Err(CatalogError::DuplicateField {
            service: service.to_owned(),
            material: m.key.clone(),
            field,
        });
    }
    Ok(())
}

fn check_pitfall(service: &str, p: &Pitfall) -> Result<(), CatalogError> {
    key(&p.key).map_err(|problem| CatalogError::InvalidPitfallKey {
        service: service.to_owned(),
        key: p.key.clone(),
        problem,
    })?;
    if is_blank(&p.text.zh) {
        return Err(CatalogError::MissingPitfallText {
            service: service.to_owned(),
            pitfall: p.key.clone(),
        });
    }
    // A pitfall without a fix teaches nothing; the fix is the point of the catalog.
    if is_blank(&p.fix.zh) {
        return Err(CatalogError::MissingPitfallFix {
            service: service.to_owned(),
            pitfall: p.key.clone(),
        });
    }
    if p.fix_working_days > MAX_WORKING_DAYS {
        return Err(CatalogError::FixDaysOutOfRange {
            service: service.to_owned(),
            pitfall: p.key.clone(),
            days: p.fix_working_days,
        });
    }
    if let Some(rule) = &p.rule {
        if !KNOWN_RULES.contains(&rule.as_str()) {
            return Err(CatalogError::UnknownRule {
                service: service.to_owned(),
                pitfall: p.key.clone(),
                rule: rule.clone(),
            });
        }
    }
    Ok(())
}

fn is_blank(text: &str) -> bool {
    text.trim().is_empty()
}
