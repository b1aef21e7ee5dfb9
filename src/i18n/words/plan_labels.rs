//! `plan` values in words (statuses, categories, roles): exhaustive matches over the
//! domain's enums, chosen at render time in the current language.

use crate::domain::lang::Lang;
use crate::domain::plan::*;

impl CauseCategory {
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (CauseCategory::Materials, Lang::Zh) => "材料",
            (CauseCategory::Materials, Lang::En) => "Materials",
            (CauseCategory::Process, Lang::Zh) => "流程",
            (CauseCategory::Process, Lang::En) => "Process",
            (CauseCategory::External, Lang::Zh) => "外部",
            (CauseCategory::External, Lang::En) => "External",
            (CauseCategory::Communication, Lang::Zh) => "沟通",
            (CauseCategory::Communication, Lang::En) => "Communication",
            (CauseCategory::Staffing, Lang::Zh) => "人员",
            (CauseCategory::Staffing, Lang::En) => "Staffing",
        }
    }
}

impl CauseStatus {
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (CauseStatus::Suggested, Lang::Zh) => "待定",
            (CauseStatus::Suggested, Lang::En) => "Suggested",
            (CauseStatus::Accepted, Lang::Zh) => "采纳",
            (CauseStatus::Accepted, Lang::En) => "Accepted",
            (CauseStatus::Rejected, Lang::Zh) => "不采纳",
            (CauseStatus::Rejected, Lang::En) => "Rejected",
        }
    }
}

impl Party {
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Party::Client, Lang::Zh) => "客户",
            (Party::Client, Lang::En) => "Client",
            (Party::LegalRep, Lang::Zh) => "法定代表人",
            (Party::LegalRep, Lang::En) => "Legal representative",
            (Party::Department, Lang::Zh) => "办理部门",
            (Party::Department, Lang::En) => "Handling department",
            (Party::Bank, Lang::Zh) => "银行",
            (Party::Bank, Lang::En) => "Bank",
        }
    }
}

impl DecideState {
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (DecideState::Passed, Lang::Zh) => "已错过",
            (DecideState::Passed, Lang::En) => "Passed",
            (DecideState::Today, Lang::Zh) => "今天必须决定",
            (DecideState::Today, Lang::En) => "Decide today",
            (DecideState::Upcoming, Lang::Zh) => "未到",
            (DecideState::Upcoming, Lang::En) => "Upcoming",
        }
    }
}

impl Band {
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Band::Low, Lang::Zh) => "低",
            (Band::Low, Lang::En) => "Low",
            (Band::Medium, Lang::Zh) => "中",
            (Band::Medium, Lang::En) => "Medium",
            (Band::High, Lang::Zh) => "高",
            (Band::High, Lang::En) => "High",
            (Band::Critical, Lang::Zh) => "极高",
            (Band::Critical, Lang::En) => "Critical",
        }
    }
}

impl Role {
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Role::Pm, Lang::Zh) => "项目经理",
            (Role::Pm, Lang::En) => "Project manager",
            (Role::Executor1, Lang::Zh) => "执行专员一",
            (Role::Executor1, Lang::En) => "Executor 1",
            (Role::Executor2, Lang::Zh) => "执行专员二",
            (Role::Executor2, Lang::En) => "Executor 2",
            (Role::Logistics, Lang::Zh) => "后勤支持",
            (Role::Logistics, Lang::En) => "Logistics",
        }
    }
}

impl WarningEffect {
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (WarningEffect::Paused, Lang::Zh) => "暂停办理",
            (WarningEffect::Paused, Lang::En) => "Paused",
            (WarningEffect::Slowed, Lang::Zh) => "办理放缓",
            (WarningEffect::Slowed, Lang::En) => "Slowed",
            (WarningEffect::ExtraMaterials, Lang::Zh) => "需补充材料",
            (WarningEffect::ExtraMaterials, Lang::En) => "Extra materials",
        }
    }
}

impl WarningTiming {
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (WarningTiming::Upcoming, Lang::Zh) => "即将开始",
            (WarningTiming::Upcoming, Lang::En) => "Upcoming",
            (WarningTiming::Active, Lang::Zh) => "进行中",
            (WarningTiming::Active, Lang::En) => "In effect",
            (WarningTiming::Past, Lang::Zh) => "已结束",
            (WarningTiming::Past, Lang::En) => "Over",
        }
    }
}
