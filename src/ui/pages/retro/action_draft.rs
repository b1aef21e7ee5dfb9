//! The action-item form's draft: what is typed, filled from an item when editing, and turned
//! into domain input.

use chrono::NaiveDate;

use crate::domain::retro::{ActionInput, ActionItem, Link, LinkKind};

#[derive(Clone, PartialEq, Default)]
pub struct Draft {
    pub text: String,
    pub owner: String,
    pub days: String,
    pub due: String,
    pub link_kind: String,
    pub link_target: String,
}

impl Draft {
    pub fn of(item: Option<&ActionItem>) -> Draft {
        let Some(i) = item else {
            return Draft {
                days: "5".into(),
                ..Draft::default()
            };
        };
        let link = i.links.first();
        Draft {
            text: i.text.clone(),
            owner: i.owner.clone(),
            days: i.working_days.max(1).to_string(),
            due: i.due.to_string(),
            link_kind: link.map(|l| l.kind.key().to_owned()).unwrap_or_default(),
            link_target: link.map(|l| l.target.clone()).unwrap_or_default(),
        }
    }

    pub fn due_on(&self) -> Option<NaiveDate> {
        NaiveDate::parse_from_str(self.due.trim(), "%Y-%m-%d").ok()
    }

    /// The form as domain input; links after the first (not editable here) are kept.
    pub fn input(&self, item: Option<&ActionItem>) -> ActionInput {
        let mut links = match LinkKind::from_key(&self.link_kind) {
            Some(kind) if !self.link_target.trim().is_empty() => vec![Link {
                kind,
                target: self.link_target.clone(),
            }],
            _ => Vec::new(),
        };
        links.extend(item.iter().flat_map(|i| i.links.iter().skip(1).cloned()));
        ActionInput {
            text: self.text.clone(),
            owner: self.owner.clone(),
            working_days: self.days.trim().parse().unwrap_or(0),
            due_on: self.due_on(),
            links,
        }
    }
}
