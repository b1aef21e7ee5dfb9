//! `response` values in words (statuses, categories, roles): exhaustive matches over the
//! domain's enums, chosen at render time in the current language.

use crate::domain::lang::{pick_str as pick_static, Lang};
use crate::domain::response::*;

impl Party {
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Party::Client => pick_static(lang, "客户方", "The client"),
            Party::Agency => pick_static(lang, "我方", "Our agency"),
            Party::ThirdParty => pick_static(lang, "第三方（部门、银行等）", "A third party"),
            Party::Shared => pick_static(lang, "双方均有", "Shared"),
        }
    }
}

impl CompensationOption {
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            CompensationOption::WaiveExpediteFee => {
                pick_static(lang, "免收加急费", "Waive the expedite fee")
            }
            CompensationOption::FreeRedo => {
                pick_static(lang, "免费重新办理", "Redo free of charge")
            }
            CompensationOption::CoverDirectLoss => {
                pick_static(lang, "承担直接损失", "Cover direct losses")
            }
            CompensationOption::FreeFollowUp => {
                pick_static(lang, "免费后续服务", "Free follow-up service")
            }
        }
    }
}

impl Decision {
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Decision::Proposed => pick_static(lang, "待批准", "Proposed"),
            Decision::Approved => pick_static(lang, "已批准", "Approved"),
            Decision::Declined => pick_static(lang, "不予补偿", "Declined"),
        }
    }
}

impl FailureKind {
    pub fn label(self, lang: Lang) -> &'static str {
        let (zh, en) = match self {
            FailureKind::MaterialDefect => ("材料问题", "Material defect"),
            FailureKind::DepartmentRejection => ("部门驳回", "Rejected by the department"),
            FailureKind::SystemOutage => ("系统故障或升级", "System outage or upgrade"),
            FailureKind::PolicyChange => ("政策调整", "Policy change"),
            FailureKind::ClientDelay => ("客户方延误", "Delay on the client's side"),
            FailureKind::AgencyError => ("我方失误", "Our own mistake"),
            FailureKind::BankThirdParty => ("银行或其他第三方", "Bank or other third party"),
        };
        pick_static(lang, zh, en)
    }
}

impl Channel {
    pub fn label(self, lang: Lang) -> &'static str {
        let (zh, en) = match self {
            Channel::Phone => ("电话", "Phone"),
            Channel::WeChat => ("微信", "WeChat"),
            Channel::InPerson => ("当面", "In person"),
            Channel::Email => ("邮件", "Email"),
            Channel::Sms => ("短信", "SMS"),
        };
        pick_static(lang, zh, en)
    }
}

impl Role {
    pub fn label(self, lang: Lang) -> &'static str {
        let (zh, en) = match self {
            Role::Pm => ("项目经理", "Project manager"),
            Role::Executor1 => ("执行专员一", "Executor 1"),
            Role::Executor2 => ("执行专员二", "Executor 2"),
            Role::Logistics => ("后勤支持", "Logistics"),
            Role::Client => ("客户", "Client"),
        };
        pick_static(lang, zh, en)
    }
}

impl Outcome {
    pub fn label(self, lang: Lang) -> &'static str {
        let (zh, en) = match self {
            Outcome::Recovered => ("已补救", "Recovered"),
            Outcome::Resumed => ("已解决，继续办理", "Fixed, work resumed"),
            Outcome::Lost => ("未能挽回", "Could not be saved"),
            Outcome::Withdrawn => ("客户撤回", "Withdrawn by the client"),
        };
        pick_static(lang, zh, en)
    }
}
