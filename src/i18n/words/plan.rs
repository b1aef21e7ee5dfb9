//! `plan` errors and field labels in words: exhaustive matches over the domain's typed
//! values, chosen at render time in the current language.

use crate::domain::lang::Lang;
use crate::domain::plan::*;

impl PlanField {
    pub fn label(self, lang: Lang) -> &'static str {
        use PlanField as F;
        let (zh, en) = match self {
            F::CauseText => ("原因", "Cause"),
            F::CauseAuthor => ("提出人", "Author"),
            F::RiskTitle => ("风险", "Risk"),
            F::RiskEarlySign => ("预警信号", "Early warning sign"),
            F::RiskMitigation => ("应对措施", "Mitigation"),
            F::Likelihood => ("可能性", "Likelihood"),
            F::Impact => ("影响", "Impact"),
            F::ResidualLikelihood => ("措施后可能性", "Residual likelihood"),
            F::ResidualImpact => ("措施后影响", "Residual impact"),
            F::RemainingWorkDays => ("切换后剩余工作日", "Work left after switching"),
            F::FromCause => ("来源原因", "Source cause"),
            F::PathCost => ("路径耗时", "Path cost"),
            F::TaskText => ("任务", "Task"),
            F::ContactDepartment => ("部门", "Department"),
            F::ContactName => ("联系人", "Contact name"),
            F::ContactPhone => ("电话", "Phone"),
            F::ContactNote => ("备注", "Note"),
            F::WarningTitle => ("预警标题", "Warning title"),
            F::WarningStart => ("开始日期", "Start date"),
            F::WarningEnd => ("结束日期", "End date"),
            F::WarningRegion => ("地区", "Region"),
            F::WarningDepartment => ("部门", "Department"),
            F::WarningSource => ("信息来源", "Source"),
            F::WarningNote => ("备注", "Note"),
            F::WarningEffect => ("影响方式", "Effect"),
            F::AgencyName => ("服务机构名称", "Agency name"),
            F::MaterialsDue => ("材料截止日期", "Materials due date"),
            F::SubmitWithinDays => ("提交时限(工作日)", "Submission within (working days)"),
            F::ExpediteFee => ("加急费", "Expedite fee"),
            F::CompensationCap => ("赔偿上限", "Compensation cap"),
            F::ClauseBody => ("条款内容", "Clause text"),
            F::NotifyWithinHours => ("告知时限(小时)", "Notify within (hours)"),
            F::ReportTime => ("日报时间", "Daily report time"),
            F::ContactPerson => ("客户联系人", "Client contact"),
            F::Channel => ("沟通渠道", "Channel"),
            F::TemplateBody => ("消息模板", "Message template"),
        };
        match lang {
            Lang::Zh => zh,
            Lang::En => en,
        }
    }
}

impl Problem {
    pub fn message(&self, lang: Lang) -> String {
        let name = self.field.label(lang);
        match (self.kind, lang) {
            (ProblemKind::Required, Lang::Zh) => format!("请填写“{name}”。"),
            (ProblemKind::Required, Lang::En) => format!("{name} is required."),
            (ProblemKind::TooLong { max }, Lang::Zh) => {
                format!("“{name}”最多 {max} 个字，请删减。")
            }
            (ProblemKind::TooLong { max }, Lang::En) => {
                format!("{name} is too long: at most {max} characters.")
            }
            (ProblemKind::OutOfRange { min, max }, Lang::Zh) => {
                format!("“{name}”须在 {min} 到 {max} 之间。")
            }
            (ProblemKind::OutOfRange { min, max }, Lang::En) => {
                format!("{name} must be between {min} and {max}.")
            }
            (ProblemKind::ResidualAboveInherent, Lang::Zh) => {
                "采取措施后的风险分值不应高于措施前，请检查措施后的可能性和影响。".to_string()
            }
            (ProblemKind::ResidualAboveInherent, Lang::En) => {
                "The score after mitigation is higher than before; check the residual likelihood and impact."
                    .to_string()
            }
            (ProblemKind::EndBeforeStart, Lang::Zh) => "结束日期不能早于开始日期。".to_string(),
            (ProblemKind::EndBeforeStart, Lang::En) => {
                "The end date cannot be before the start date.".to_string()
            }
            (ProblemKind::BadDate, Lang::Zh) => {
                format!("“{name}”不是有效日期，请按 年-月-日 选择。")
            }
            (ProblemKind::BadDate, Lang::En) => {
                format!("{name} is not a valid date (use year-month-day).")
            }
            (ProblemKind::BadTime, Lang::Zh) => format!("“{name}”请按 时:分 填写，例如 18:00。"),
            (ProblemKind::BadTime, Lang::En) => {
                format!("{name} must be a time such as 18:00.")
            }
            (ProblemKind::Unknown, Lang::Zh) => format!("“{name}”指向的条目已不存在。"),
            (ProblemKind::Unknown, Lang::En) => format!(
                "{name} points at an item that no longer exists."
            ),
        }
    }
}

impl ItemKind {
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (ItemKind::Cause, Lang::Zh) => "原因",
            (ItemKind::Cause, Lang::En) => "cause",
            (ItemKind::Risk, Lang::Zh) => "风险",
            (ItemKind::Risk, Lang::En) => "risk",
            (ItemKind::Task, Lang::Zh) => "任务",
            (ItemKind::Task, Lang::En) => "task",
            (ItemKind::Contact, Lang::Zh) => "联系人",
            (ItemKind::Contact, Lang::En) => "contact",
        }
    }
}

impl PlanError {
    /// A message for staff, in the UI language.
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (PlanError::Invalid(problems), _) => {
                let sep = if lang == Lang::Zh { "" } else { " " };
                problems
                    .iter()
                    .map(|p| p.message(lang))
                    .collect::<Vec<_>>()
                    .join(sep)
            }
            (PlanError::NotFound { kind, .. }, Lang::Zh) => {
                format!(
                    "找不到这条{}，可能已被删除，请刷新后再试。",
                    kind.label(lang)
                )
            }
            (PlanError::NotFound { kind, .. }, Lang::En) => format!(
                "That {} no longer exists; it may have been deleted. Refresh and try again.",
                kind.label(lang)
            ),
            (PlanError::TooMany { kind, max }, Lang::Zh) => {
                format!(
                    "每份预案最多 {max} 条{}，请先合并或删除一些。",
                    kind.label(lang)
                )
            }
            (PlanError::TooMany { kind, max }, Lang::En) => format!(
                "A plan holds at most {max} {} items; merge or delete some first.",
                kind.label(lang)
            ),
            (PlanError::BadMerge, Lang::Zh) => {
                "不能把原因合并到它自己或一条已被合并的原因里。".to_string()
            }
            (PlanError::BadMerge, Lang::En) => {
                "A cause cannot be merged into itself or into a cause that was merged away."
                    .to_string()
            }
            (PlanError::Archived, Lang::Zh) => "预案已归档，请先恢复。".to_string(),
            (PlanError::Archived, Lang::En) => {
                "The plan is archived; restore it first.".to_string()
            }
            (PlanError::Calendar(e), _) => e.message(lang),
        }
    }
}
