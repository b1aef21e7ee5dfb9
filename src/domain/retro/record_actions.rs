//! Changes to a retrospective's action items: add, edit, set the status, remove.

use chrono::{DateTime, NaiveDate, Utc};

use super::action_input::{check_status, ActionInput};
use super::actions::{ActionItem, ActionStatus};
use super::error::{RetroError, RetroField};
use super::record::{Retro, MAX_ITEMS};
use crate::domain::calendar::Calendar;

impl Retro {
    /// Adds an action item due `input.working_days` working days after `today`.
    pub fn add_action(
        &self,
        input: &ActionInput,
        today: NaiveDate,
        calendar: &Calendar,
        now: DateTime<Utc>,
    ) -> Result<Retro, RetroError> {
        if self.actions.len() >= MAX_ITEMS {
            return Err(RetroError::TooMany {
                field: RetroField::ActionText,
                max: MAX_ITEMS,
            });
        }
        let id = self
            .actions
            .iter()
            .map(|a| a.id)
            .max()
            .map_or(1, |m| m.saturating_add(1));
        let item = input.build(id, today, calendar)?;
        self.change(now, |r| {
            r.actions.push(item);
            Ok(())
        })
    }

    /// Rewrites an action item; its deadline is counted again from `today`, its status kept.
    pub fn edit_action(
        &self,
        id: u32,
        input: &ActionInput,
        today: NaiveDate,
        calendar: &Calendar,
        now: DateTime<Utc>,
    ) -> Result<Retro, RetroError> {
        let mut item = input.build(id, today, calendar)?;
        self.change(now, |r| {
            let slot = r.action_mut(id)?;
            item.status = slot.status.clone();
            *slot = item;
            Ok(())
        })
    }

    /// Marks an action item open, done or not doing (the last needs a reason).
    pub fn set_action_status(
        &self,
        id: u32,
        status: &ActionStatus,
        now: DateTime<Utc>,
    ) -> Result<Retro, RetroError> {
        let status = check_status(status)?;
        self.change(now, |r| {
            r.action_mut(id)?.status = status;
            Ok(())
        })
    }

    /// The action item with this id, to change in place.
    fn action_mut(&mut self, id: u32) -> Result<&mut ActionItem, RetroError> {
        self.actions
            .iter_mut()
            .find(|a| a.id == id)
            .ok_or(RetroError::UnknownAction(id))
    }

    pub fn remove_action(&self, id: u32, now: DateTime<Utc>) -> Result<Retro, RetroError> {
        self.change(now, |r| {
            let before = r.actions.len();
            r.actions.retain(|a| a.id != id);
            if r.actions.len() == before {
                return Err(RetroError::UnknownAction(id));
            }
            Ok(())
        })
    }
}
