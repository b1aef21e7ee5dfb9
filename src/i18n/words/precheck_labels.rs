//! `precheck` values in words (statuses, categories, roles): exhaustive matches over the
//! domain's enums, chosen at render time in the current language.

use crate::domain::lang::Lang;
use crate::domain::precheck::*;

impl MaterialRef {
    /// "专利证书 第 3 项" / "Patent certificates, item 3".
    pub fn label(&self, lang: Lang) -> String {
        match (self.item, self.repeated, lang) {
            (Some(i), true, Lang::Zh) => format!("{} 第 {} 项", self.title.get(lang), i + 1),
            (Some(i), true, Lang::En) => format!("{}, item {}", self.title.get(lang), i + 1),
            _ => self.title.get(lang).to_owned(),
        }
    }
}

impl Reference {
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Reference::Licence, Lang::Zh) => "营业执照",
            (Reference::Licence, Lang::En) => "the business licence",
            (Reference::CaseRecord, Lang::Zh) => "案件登记的客户信息",
            (Reference::CaseRecord, Lang::En) => "the client details on the case",
        }
    }
}

impl MaterialStatus {
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (MaterialStatus::Have, Lang::Zh) => "已收齐",
            (MaterialStatus::Have, Lang::En) => "Have",
            (MaterialStatus::Missing, Lang::Zh) => "缺失",
            (MaterialStatus::Missing, Lang::En) => "Missing",
            (MaterialStatus::ToReplace, Lang::Zh) => "待更换",
            (MaterialStatus::ToReplace, Lang::En) => "To be replaced",
        }
    }
}

impl Presence {
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Presence::Unknown, Lang::Zh) => "尚未确认",
            (Presence::Unknown, Lang::En) => "Not confirmed yet",
            (Presence::Available, Lang::Zh) => "可以到场",
            (Presence::Available, Lang::En) => "Can attend in person",
            (Presence::Unavailable, Lang::Zh) => "无法到场",
            (Presence::Unavailable, Lang::En) => "Cannot attend in person",
        }
    }
}

impl CheckAnswer {
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (CheckAnswer::Fine, Lang::Zh) => "已核实,无此问题",
            (CheckAnswer::Fine, Lang::En) => "Checked, not an issue",
            (CheckAnswer::Problem, Lang::Zh) => "已核实,存在此问题",
            (CheckAnswer::Problem, Lang::En) => "Checked, this applies",
        }
    }
}

impl RuleFamily {
    pub fn label(self, lang: Lang) -> &'static str {
        let t = match self {
            RuleFamily::Consistency => Text::new("跨材料一致性", "Consistency across documents"),
            RuleFamily::CheckDigits => Text::new("校验位", "Check digits"),
            RuleFamily::Dates => Text::new("日期与期间", "Dates and periods"),
            RuleFamily::Completeness => Text::new("完整性", "Completeness"),
            RuleFamily::Presence => Text::new("本人到场", "Presence in person"),
            RuleFamily::ServiceSpecific => Text::new("业务专项", "Service-specific"),
        };
        t.get(lang)
    }
}

impl SignLevel {
    /// "初审" / "first check".
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (SignLevel::First, Lang::Zh) => "初审",
            (SignLevel::First, Lang::En) => "first check",
            (SignLevel::Second, Lang::Zh) => "复核",
            (SignLevel::Second, Lang::En) => "second check",
            (SignLevel::Final, Lang::Zh) => "终审",
            (SignLevel::Final, Lang::En) => "final check",
        }
    }
}
