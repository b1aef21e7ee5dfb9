//! `drill` values in words (statuses, categories, roles): exhaustive matches over the
//! domain's enums, chosen at render time in the current language.

use crate::domain::drill::graph_issue::{TextField, ValueField};
use crate::domain::drill::*;
use crate::domain::lang::{pick_str as tr, Lang};

impl TextField {
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            TextField::Title => tr(lang, "标题", "title"),
            TextField::Briefing => tr(lang, "背景介绍", "briefing"),
            TextField::Situation => tr(lang, "情境描述", "situation"),
            TextField::ChoiceText => tr(lang, "选项文字", "choice text"),
            TextField::Feedback => tr(lang, "点评", "feedback"),
            TextField::InjectText => tr(lang, "事件文字", "inject text"),
            TextField::FactText => tr(lang, "信息文字", "fact text"),
            TextField::HardDateLabel => tr(lang, "硬期限说明", "hard-date label"),
        }
    }
}

impl ValueField {
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            ValueField::Difficulty => tr(lang, "难度", "difficulty"),
            ValueField::PassMark => tr(lang, "及格线", "pass mark"),
            ValueField::CostMinutes => tr(lang, "耗时(模拟分钟)", "cost in sim minutes"),
            ValueField::Mood => tr(lang, "客户情绪", "client mood"),
            ValueField::SlackDays => tr(lang, "余量天数", "days of slack"),
            ValueField::Money => tr(lang, "涉及金额", "money at stake"),
            ValueField::Score => tr(lang, "得分", "score"),
            ValueField::InjectMinute => tr(lang, "发生时间(模拟分钟)", "sim minute"),
            ValueField::Chance => tr(lang, "发生概率", "chance"),
            ValueField::HardDate => tr(lang, "硬期限", "hard date"),
        }
    }
}

impl Role {
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Role::Pm => tr(lang, "项目经理", "Project manager"),
            Role::Executor => tr(lang, "执行专员", "Executor"),
            Role::Logistics => tr(lang, "后勤支持", "Logistics"),
        }
    }
}

impl Goal {
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Goal::ForeseeMaterialsRisk => tr(lang, "预判材料风险", "Foresee materials risk"),
            Goal::UseAlternativePath => tr(lang, "启用替代方案", "Use an alternative path"),
            Goal::NotifyWithinHour => tr(lang, "一小时内告知客户", "Notify within the hour"),
            Goal::Empathy => tr(lang, "共情沟通", "Empathy"),
            Goal::Responsibility => tr(lang, "责任清晰", "Clear responsibility"),
            Goal::Remedy => tr(lang, "补救措施", "Remedy"),
            Goal::Retrospective => tr(lang, "复盘优化", "Retrospective"),
        }
    }
}

impl Rank {
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Rank::Best => tr(lang, "最佳", "Best"),
            Rank::Acceptable => tr(lang, "可接受", "Acceptable"),
            Rank::Poor => tr(lang, "欠妥", "Poor"),
            Rank::Harmful => tr(lang, "有害", "Harmful"),
        }
    }
}

impl Ending {
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Ending::Good => tr(lang, "圆满解决", "Resolved"),
            Ending::Mixed => tr(lang, "部分挽回", "Partly saved"),
            Ending::Bad => tr(lang, "未能挽回", "Lost"),
        }
    }
}

impl Dimension {
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Dimension::Speed => tr(lang, "响应速度", "Speed"),
            Dimension::Compliance => tr(lang, "合规", "Compliance"),
            Dimension::Empathy => tr(lang, "共情沟通", "Empathy"),
            Dimension::RemedyQuality => tr(lang, "补救质量", "Remedy quality"),
            Dimension::ResponsibilityClarity => tr(lang, "责任清晰", "Responsibility clarity"),
        }
    }
}
