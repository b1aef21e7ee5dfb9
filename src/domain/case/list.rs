//! The case register's list: which cases show, in what order.

use crate::domain::sorting;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{Case, Status};

/// Which statuses the list shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StatusFilter {
    /// Every case that is not finished.
    #[default]
    Open,
    All,
    Only(Status),
    /// Archived (tombstoned) cases, to look up or restore.
    Archived,
}

/// The list's sort order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CaseSort {
    /// Nearest hard date first: the order of urgency.
    #[default]
    Deadline,
    /// Most recently created first.
    Newest,
    /// By client company name.
    Company,
}

/// What the user asked the list to show.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseFilter {
    pub status: StatusFilter,
    /// Free text matched against company, service, credit code and team names.
    pub text: String,
    /// Only cases whose hard date falls within this many calendar days from today.
    pub due_within_days: Option<i64>,
    pub sort: CaseSort,
}

impl CaseFilter {
    /// Whether one case passes the filter on `today`.
    pub fn matches(&self, case: &Case, today: NaiveDate) -> bool {
        let status_ok = match self.status {
            StatusFilter::Archived => case.meta.deleted,
            _ if case.meta.deleted => false,
            StatusFilter::Open => !case.status.is_closed(),
            StatusFilter::All => true,
            StatusFilter::Only(s) => case.status == s,
        };
        status_ok
            && self
                .due_within_days
                .is_none_or(|d| case.days_left(today) <= d)
            && self.text_matches(case)
    }

    fn text_matches(&self, case: &Case) -> bool {
        let needle = self.text.trim().to_lowercase();
        if needle.is_empty() {
            return true;
        }
        [
            case.client.company_name.as_str(),
            case.client.credit_code.as_str(),
            case.service_name.as_str(),
            case.team.pm.as_str(),
            case.team.executors[0].as_str(),
            case.team.executors[1].as_str(),
            case.team.logistics.as_str(),
        ]
        .iter()
        .any(|hay| hay.to_lowercase().contains(&needle))
    }

    /// The cases to show, filtered and sorted.
    pub fn apply<'a, I>(&self, cases: I, today: NaiveDate) -> Vec<&'a Case>
    where
        I: IntoIterator<Item = &'a Case>,
    {
        let mut shown: Vec<&Case> = cases
            .into_iter()
            .filter(|c| self.matches(c, today))
            .collect();
        match self.sort {
            CaseSort::Deadline => sorting::sort_by(&mut shown, |a, b| {
                a.hard_date
                    .cmp(&b.hard_date)
                    .then_with(|| a.meta.id.cmp(&b.meta.id))
            }),
            CaseSort::Newest => sorting::sort_by_key(&mut shown, |c| std::cmp::Reverse(c.meta.id)),
            CaseSort::Company => sorting::sort_by(&mut shown, |a, b| {
                a.client
                    .company_name
                    .cmp(&b.client.company_name)
                    .then_with(|| a.meta.id.cmp(&b.meta.id))
            }),
        }
        shown
    }
}
