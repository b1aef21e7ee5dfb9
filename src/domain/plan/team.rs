//! The case team's playbook (who does what when a kind of risk fires) and the contact list of
//! the departments involved. The default playbook follows the article's line-up: one PM, two
//! executors, one logistics person; the PM goes straight to the department head on process
//! problems, executors handle materials and liaison, logistics handles transport and queues.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::causes::{CauseCategory, MAX_CAUSE};
use super::error::{check, Problem};
use super::{
    check_l10n, check_text, revise, ContactId, ItemKind, Plan, PlanError, PlanField, TaskId,
    MAX_ITEMS, MAX_LINE, MAX_TEXT,
};
use crate::domain::case::{Case, Team};
use crate::domain::catalog::{L10n, ServiceType};
use crate::domain::lang::Lang;

/// A role on the case team.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Pm,
    Executor1,
    Executor2,
    Logistics,
}

impl Role {
    pub const ALL: [Role; 4] = [Role::Pm, Role::Executor1, Role::Executor2, Role::Logistics];

    pub fn key(self) -> &'static str {
        match self {
            Role::Pm => "pm",
            Role::Executor1 => "executor1",
            Role::Executor2 => "executor2",
            Role::Logistics => "logistics",
        }
    }

    pub fn from_key(key: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.key() == key)
    }

    /// The person in this role on the case (may be empty when not yet assigned).
    pub fn person(self, team: &Team) -> &str {
        match self {
            Role::Pm => &team.pm,
            Role::Executor1 => &team.executors[0],
            Role::Executor2 => &team.executors[1],
            Role::Logistics => &team.logistics,
        }
    }
}

/// One line of the playbook: when a risk of `category` fires, `role` does `text`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Task {
    pub id: TaskId,
    pub category: CauseCategory,
    pub role: Role,
    pub text: L10n,
}

/// A task with the person's name filled in from the case team.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assignment {
    pub task: TaskId,
    pub role: Role,
    /// Empty when the case has nobody in the role yet; the UI should say "unassigned".
    pub person: String,
    pub text: String,
}

/// Who does what when a risk of `category` fires on this case, in playbook order.
pub fn assignments(
    plan: &Plan,
    case: &Case,
    category: CauseCategory,
    lang: Lang,
) -> Vec<Assignment> {
    plan.tasks_for(category)
        .into_iter()
        .map(|task| Assignment {
            task: task.id,
            role: task.role,
            person: task.role.person(&case.team).trim().to_string(),
            text: task.text.get(lang).to_string(),
        })
        .collect()
}

/// A person to call at a department.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Contact {
    pub id: ContactId,
    pub department: L10n,
    pub name: String,
    pub phone: String,
    pub note: String,
}

/// The contact form.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ContactDraft {
    pub department: L10n,
    pub name: String,
    pub phone: String,
    pub note: String,
}

impl ContactDraft {
    pub fn from_contact(contact: &Contact) -> ContactDraft {
        ContactDraft {
            department: contact.department.clone(),
            name: contact.name.clone(),
            phone: contact.phone.clone(),
            note: contact.note.clone(),
        }
    }

    /// Every problem of the form at once.
    pub fn problems(&self) -> Vec<Problem> {
        let mut problems = Vec::new();
        check_l10n(
            &mut problems,
            PlanField::ContactDepartment,
            &self.department,
            true,
            MAX_LINE,
        );
        check_text(
            &mut problems,
            PlanField::ContactName,
            &self.name,
            false,
            MAX_LINE,
        );
        check_text(
            &mut problems,
            PlanField::ContactPhone,
            &self.phone,
            false,
            MAX_LINE,
        );
        check_text(
            &mut problems,
            PlanField::ContactNote,
            &self.note,
            false,
            MAX_TEXT,
        );
        problems
    }

    fn into_contact(self, id: ContactId) -> Result<Contact, PlanError> {
        check(self.problems())?;
        Ok(Contact {
            id,
            department: L10n::new(self.department.zh.trim(), self.department.en.trim()),
            name: self.name.trim().to_string(),
            phone: self.phone.trim().to_string(),
            note: self.note.trim().to_string(),
        })
    }
}

impl Plan {
    /// Playbook tasks for a category, in order.
    pub fn tasks_for(&self, category: CauseCategory) -> Vec<&Task> {
        self.tasks
            .iter()
            .filter(|t| t.category == category)
            .collect()
    }

    pub fn add_task(
        &self,
        category: CauseCategory,
        role: Role,
        text: &str,
        now: DateTime<Utc>,
    ) -> Result<(Plan, TaskId), PlanError> {
        let mut problems = Vec::new();
        check_text(&mut problems, PlanField::TaskText, text, true, MAX_CAUSE);
        check(problems)?;
        if self.tasks.len() >= MAX_ITEMS {
            return Err(PlanError::TooMany {
                kind: ItemKind::Task,
                max: MAX_ITEMS,
            });
        }
        let mut id = TaskId(0);
        let plan = self.change(now, |plan| {
            id = TaskId(plan.alloc());
            plan.tasks.push(Task {
                id,
                category,
                role,
                text: super::user_text(text),
            });
            Ok(())
        })?;
        Ok((plan, id))
    }

    /// Changes a task's role and text (as typed in `lang`).
    pub fn edit_task(
        &self,
        id: TaskId,
        role: Role,
        lang: Lang,
        text: &str,
        now: DateTime<Utc>,
    ) -> Result<Plan, PlanError> {
        let mut problems = Vec::new();
        check_text(&mut problems, PlanField::TaskText, text, true, MAX_CAUSE);
        check(problems)?;
        self.change(now, |plan| {
            let task = plan.task_mut(id)?;
            task.role = role;
            task.text = revise(&task.text, lang, text);
            Ok(())
        })
    }

    pub fn remove_task(&self, id: TaskId, now: DateTime<Utc>) -> Result<Plan, PlanError> {
        self.change(now, |plan| {
            plan.task_mut(id)?;
            plan.tasks.retain(|t| t.id != id);
            Ok(())
        })
    }

    /// Replaces the playbook with the default one (new ids).
    pub fn reset_playbook(&self, now: DateTime<Utc>) -> Result<Plan, PlanError> {
        self.change(now, |plan| {
            plan.tasks.clear();
            plan.tasks = default_tasks(plan);
            Ok(())
        })
    }

    pub fn contact(&self, id: ContactId) -> Option<&Contact> {
        self.contacts.iter().find(|c| c.id == id)
    }

    pub fn add_contact(
        &self,
        draft: ContactDraft,
        now: DateTime<Utc>,
    ) -> Result<(Plan, ContactId), PlanError> {
        if self.contacts.len() >= MAX_ITEMS {
            return Err(PlanError::TooMany {
                kind: ItemKind::Contact,
                max: MAX_ITEMS,
            });
        }
        let mut id = ContactId(0);
        let plan = self.change(now, |plan| {
            id = ContactId(plan.alloc());
            plan.contacts.push(draft.into_contact(id)?);
            Ok(())
        })?;
        Ok((plan, id))
    }

    pub fn update_contact(
        &self,
        id: ContactId,
        draft: ContactDraft,
        now: DateTime<Utc>,
    ) -> Result<Plan, PlanError> {
        self.change(now, |plan| {
            let contact = draft.into_contact(id)?;
            let slot =
                plan.contacts
                    .iter_mut()
                    .find(|c| c.id == id)
                    .ok_or(PlanError::NotFound {
                        kind: ItemKind::Contact,
                        id: id.0,
                    })?;
            *slot = contact;
            Ok(())
        })
    }

    pub fn remove_contact(&self, id: ContactId, now: DateTime<Utc>) -> Result<Plan, PlanError> {
        self.change(now, |plan| {
            if plan.contact(id).is_none() {
                return Err(PlanError::NotFound {
                    kind: ItemKind::Contact,
                    id: id.0,
                });
            }
            plan.contacts.retain(|c| c.id != id);
            Ok(())
        })
    }

    fn task_mut(&mut self, id: TaskId) -> Result<&mut Task, PlanError> {
        self.tasks
            .iter_mut()
            .find(|t| t.id == id)
            .ok_or(PlanError::NotFound {
                kind: ItemKind::Task,
                id: id.0,
            })
    }
}

/// One empty contact per department of the service, for the team to fill in.
pub(super) fn department_contacts(plan: &mut Plan, service: &ServiceType) -> Vec<Contact> {
    service
        .departments
        .iter()
        .take(MAX_ITEMS)
        .map(|department| Contact {
            id: ContactId(plan.alloc()),
            department: department.clone(),
            name: String::new(),
            phone: String::new(),
            note: String::new(),
        })
        .collect()
}

/// The default playbook, with fresh ids.
pub(super) fn default_tasks(plan: &mut Plan) -> Vec<Task> {
    DEFAULT_PLAYBOOK
        .iter()
        .map(|(category, role, zh, en)| Task {
            id: TaskId(plan.alloc()),
            category: *category,
            role: *role,
            text: L10n::new(*zh, *en),
        })
        .collect()
}

/// Category, role, task (zh, en). The first task of a category names the risk's default owner.
const DEFAULT_PLAYBOOK: &[(CauseCategory, Role, &str, &str)] = {
    use CauseCategory::*;
    use Role::*;
    &[
        (
            Materials,
            Executor1,
            "联系客户，说明缺什么、错在哪、最晚何时补齐。",
            "Call the client: what is missing or wrong, and the latest date to fix it.",
        ),
        (
            Materials,
            Logistics,
            "跟踪材料寄送进度，原件一到立即送达。",
            "Track the delivery of the materials and bring the originals over the moment they arrive.",
        ),
        (
            Materials,
            Executor2,
            "准备补充材料或电子版，先交能交的部分。",
            "Prepare supplementary documents or scans and hand in whatever can go first.",
        ),
        (
            Materials,
            Pm,
            "1小时内把情况和补救计划告诉客户。",
            "Tell the client the situation and the remedy plan within one hour.",
        ),
        (
            Process,
            Pm,
            "直接联系部门负责人，说明紧急情况，争取容缺受理、并联办理或优先审核。",
            "Call the department head directly, explain the urgency, and ask for accept-now-supply-later, parallel processing or priority review.",
        ),
        (
            Process,
            Executor1,
            "按替代路径准备材料：情况说明、授权委托书等。",
            "Prepare the materials of the alternative path: statement of circumstances, power of attorney and so on.",
        ),
        (
            Process,
            Executor2,
            "不受影响的环节照常推进，不让整条线停下。",
            "Keep the unaffected steps moving so the whole line does not stop.",
        ),
        (
            Process,
            Logistics,
            "安排交通、预约和现场排队。",
            "Arrange transport, appointments and queuing on site.",
        ),
        (
            External,
            Pm,
            "向窗口熟人确认恢复时间，并告知客户对日期的影响。",
            "Ask a contact at the window when service resumes, and tell the client what it means for the dates.",
        ),
        (
            External,
            Executor1,
            "把其余材料全部备齐，恢复后第一时间提交。",
            "Get every other document ready so the submission goes in the moment service resumes.",
        ),
        (
            External,
            Logistics,
            "恢复前到大厅占位排号，或预约最早的时段。",
            "Hold a place in the hall queue before service resumes, or book the earliest slot.",
        ),
        (
            External,
            Executor2,
            "查能否改走网上渠道或换一个办理点。",
            "Check whether the item can go online or through another service point.",
        ),
        (
            Communication,
            Pm,
            "1小时内主动告知客户：原因、金额、下一步和时间。",
            "Tell the client within one hour, unprompted: the cause, any amount, the next step and the dates.",
        ),
        (
            Communication,
            Executor2,
            "问题解决前每天发一份进度报告。",
            "Send a progress report every day until it is resolved.",
        ),
        (
            Staffing,
            Pm,
            "重新分工，指定替补并当天交接。",
            "Reassign the work, name a stand-in and hand over the same day.",
        ),
        (
            Staffing,
            Executor1,
            "整理进度和材料清单，方便替补接手。",
            "Write down progress and the materials list so the stand-in can take over.",
        ),
    ]
};
