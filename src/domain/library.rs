//! Library records staff add themselves: custom service types and imported holiday years.
//! Each wraps the pure value with the stored-record bookkeeping, and the functions here build
//! the effective catalog and calendar from the built-ins plus these records.

use crate::domain::sorting;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::calendar::{Calendar, HolidayYear};
use super::catalog::{Catalog, CatalogError, ServiceType};
use super::record::{Meta, Record};

/// A service type added or edited by staff.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CustomService {
    #[serde(flatten)]
    pub meta: Meta,
    pub service: ServiceType,
}

impl Record for CustomService {
    const KIND: &'static str = "service_types";

    fn meta(&self) -> &Meta {
        &self.meta
    }

    fn meta_mut(&mut self) -> &mut Meta {
        &mut self.meta
    }

    fn label(&self) -> String {
        self.service.name.zh.clone()
    }
}

impl CustomService {
    /// A form's `service`, typed on this version (`self`), merged with `latest`, saved
    /// elsewhere since, by the records' field stamps: what only one side changed is kept;
    /// fields both changed keep the form's value and are listed in `conflicts`.
    pub fn rebase_edit(
        &self,
        latest: &CustomService,
        service: ServiceType,
        now: DateTime<Utc>,
    ) -> crate::domain::revision::Merged<CustomService> {
        let mut mine = self.clone();
        mine.service = service;
        mine.meta.touch(now);
        crate::domain::revision::restamp(Some(self), &mut mine);
        crate::domain::revision::merge_versions(
            &mine,
            latest,
            Some(crate::domain::revision::Side::Ours),
        )
    }
}

/// A year of holiday data imported by staff (holiday-cn format).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StoredHolidayYear {
    #[serde(flatten)]
    pub meta: Meta,
    pub data: HolidayYear,
}

impl Record for StoredHolidayYear {
    const KIND: &'static str = "holiday_years";

    fn meta(&self) -> &Meta {
        &self.meta
    }

    fn meta_mut(&mut self) -> &mut Meta {
        &mut self.meta
    }

    fn label(&self) -> String {
        self.data.year.to_string()
    }
}

/// The catalog in force: built-ins plus every live custom service. Custom services that no
/// longer validate are skipped and reported, never dropped from storage.
pub fn effective_catalog<'a>(
    custom: impl IntoIterator<Item = &'a CustomService>,
) -> (Catalog, Vec<CatalogError>) {
    Catalog::with_custom(
        custom
            .into_iter()
            .filter(|c| !c.meta.deleted)
            .map(|c| c.service.clone()),
    )
}

/// The calendar in force: built-in years, replaced or extended by imported ones (the most
/// recently updated import of a year wins).
pub fn effective_calendar<'a>(years: impl IntoIterator<Item = &'a StoredHolidayYear>) -> Calendar {
    let mut live: Vec<&StoredHolidayYear> = years.into_iter().filter(|y| !y.meta.deleted).collect();
    sorting::sort_by_key(&mut live, |y| y.meta.updated_at);
    let mut calendar = Calendar::builtin();
    for y in live {
        calendar.with_year(y.data.clone());
    }
    calendar
}

/// Stores an imported year: updates the existing record for that year, or makes a new one.
pub fn import_year(
    existing: Option<&StoredHolidayYear>,
    data: HolidayYear,
    id: Uuid,
    now: DateTime<Utc>,
) -> StoredHolidayYear {
    match existing {
        Some(old) => {
            let mut next = old.clone();
            next.data = data;
            next.meta.deleted = false;
            next.meta.touch(now);
            next
        }
        None => StoredHolidayYear {
            meta: Meta::new(id, now),
            data,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::calendar::parse_holiday_year;
    use crate::domain::record::new_id;
    use chrono::{NaiveDate, TimeZone};

    fn at(s: i64) -> DateTime<Utc> {
        Utc.timestamp_opt(1_780_000_000 + s, 0)
            .single()
            .expect("time")
    }

    #[test]
    fn an_imported_year_extends_the_calendar_and_replaces_on_reimport() {
        let json = r#"{"year": 2027, "papers": ["test"], "days": [
            {"name": "元旦", "date": "2027-01-01", "isOffDay": true}
        ]}"#;
        let data = parse_holiday_year(json).expect("valid");
        let stored = import_year(None, data.clone(), new_id(at(0), [1; 10]), at(0));
        let cal = effective_calendar([&stored]);
        let d = NaiveDate::from_ymd_opt(2027, 1, 1).expect("date");
        let answer = cal.is_working_day(d);
        assert!(!answer.value);
        assert!(answer.uncovered_years.is_empty());
        assert!(cal.covered_years().contains(&2027));

        let again = import_year(Some(&stored), data, new_id(at(1), [2; 10]), at(5));
        assert_eq!(again.meta.id, stored.meta.id);
        assert_eq!(again.meta.rev, 2);

        let mut gone = again.clone();
        gone.meta.deleted = true;
        assert!(!effective_calendar([&gone]).covered_years().contains(&2027));
    }

    #[test]
    fn a_service_edit_typed_on_an_older_version_keeps_the_other_pages_changes() {
        let mut service = Catalog::builtin().services[0].clone();
        service.key = "my_local_service".into();
        service.builtin = false;
        let mut base = CustomService {
            meta: Meta::new(new_id(at(0), [3; 10]), at(0)),
            service,
        };
        crate::domain::revision::restamp(None, &mut base);
        // Another page renamed it (zh) and saved.
        let mut latest = base.clone();
        latest.service.name.zh = "对方改的名称".into();
        latest.meta.touch(at(10));
        crate::domain::revision::restamp(Some(&base), &mut latest);
        // This form changed the English name only: both changes are kept, nothing asked.
        let mut mine = base.service.clone();
        mine.name.en = "Mine, in English".into();
        let r = base.rebase_edit(&latest, mine.clone(), at(20));
        assert!(r.conflicts.is_empty(), "{:?}", r.conflicts);
        assert_eq!(r.record.service.name.zh, "对方改的名称");
        assert_eq!(r.record.service.name.en, "Mine, in English");
        // This form changed the Chinese name too: listed, and the form's value kept.
        mine.name.zh = "我改的名称".into();
        let r = base.rebase_edit(&latest, mine, at(20));
        assert_eq!(r.conflicts.len(), 1, "{:?}", r.conflicts);
        assert_eq!(r.record.service.name.zh, "我改的名称");
        assert_eq!(r.record.service.name.en, "Mine, in English");
    }

    #[test]
    fn custom_services_join_the_catalog() {
        let mut service = Catalog::builtin().services[0].clone();
        service.key = "my_local_service".into();
        service.builtin = false;
        let custom = CustomService {
            meta: Meta::new(new_id(at(0), [3; 10]), at(0)),
            service,
        };
        let (catalog, errors) = effective_catalog([&custom]);
        assert!(errors.is_empty());
        assert!(catalog.get("my_local_service").is_some());
    }
}
