//! `catalog` errors and field labels in words: exhaustive matches over the domain's typed
//! values, chosen at render time in the current language.

use crate::domain::catalog::error::short;
use crate::domain::catalog::*;
use crate::domain::lang::Lang;

impl KeyError {
    pub fn message(&self, lang: Lang) -> String {
        match (lang, self) {
            (Lang::Zh, KeyError::Empty) => "为空".to_owned(),
            (Lang::Zh, KeyError::TooLong { len }) => {
                format!("长度为 {len} 个字符,超过上限 {MAX_KEY_LEN}")
            }
            (Lang::Zh, KeyError::InvalidChar { ch }) => {
                format!("含有字符 {ch:?},只能使用小写字母 a-z、数字 0-9 和下划线 _")
            }
            (Lang::En, _) => self.to_string(),
        }
    }
}

impl CatalogError {
    /// A message for the editor in `lang`. User-typed keys are shortened so that a pasted
    /// paragraph does not flood the screen.
    pub fn message(&self, lang: Lang) -> String {
        if lang == Lang::En {
            // The English Display already shortens keys.
            return self.to_string();
        }
        use CatalogError as E;
        match self {
            E::InvalidServiceKey { key, problem } => {
                format!("服务编码「{}」{}", short(key), problem.message(lang))
            }
            E::MissingName { service } => format!("服务「{}」缺少中文名称", short(service)),
            E::MissingDepartment { service } => {
                format!("服务「{}」未填写办理部门", short(service))
            }
            E::EmptyDepartmentName { service, index } => {
                format!(
                    "服务「{}」的第 {} 个办理部门缺少中文名称",
                    short(service),
                    index + 1
                )
            }
            E::WorkingDaysOutOfRange { service, days } => format!(
                "服务「{}」的常规办理时长 {days} 个工作日不在 1 至 {MAX_WORKING_DAYS} 之间",
                short(service)
            ),
            E::MissingRequiredMaterial { service } => {
                format!("服务「{}」至少要有一项必交材料", short(service))
            }
            E::InvalidMaterialKey {
                service,
                key,
                problem,
            } => format!(
                "服务「{}」的材料编码「{}」{}",
                short(service),
                short(key),
                problem.message(lang)
            ),
            E::MissingMaterialName { service, material } => format!(
                "服务「{}」的材料「{}」缺少中文名称",
                short(service),
                short(material)
            ),
            E::DuplicateMaterial { service, material } => format!(
                "服务「{}」的材料编码「{}」重复出现",
                short(service),
                short(material)
            ),
            E::DuplicateField {
                service,
                material,
                field,
            } => format!(
                "服务「{}」的材料「{}」重复列出了字段「{}」",
                short(service),
                short(material),
                field.label(lang)
            ),
            E::InvalidPitfallKey {
                service,
                key,
                problem,
            } => format!(
                "服务「{}」的风险点编码「{}」{}",
                short(service),
                short(key),
                problem.message(lang)
            ),
            E::DuplicatePitfall { service, pitfall } => format!(
                "服务「{}」的风险点编码「{}」重复出现",
                short(service),
                short(pitfall)
            ),
            E::MissingPitfallText { service, pitfall } => format!(
                "服务「{}」的风险点「{}」缺少中文说明",
                short(service),
                short(pitfall)
            ),
            E::MissingPitfallFix { service, pitfall } => format!(
                "服务「{}」的风险点「{}」缺少中文补救办法",
                short(service),
                short(pitfall)
            ),
            E::FixDaysOutOfRange {
                service,
                pitfall,
                days,
            } => format!(
                "服务「{}」的风险点「{}」补救时长 {days} 个工作日超过上限 {MAX_WORKING_DAYS}",
                short(service),
                short(pitfall)
            ),
            E::UnknownRule {
                service,
                pitfall,
                rule,
            } => format!(
                "服务「{}」的风险点「{}」引用了不存在的预审规则「{}」",
                short(service),
                short(pitfall),
                short(rule)
            ),
            E::BuiltinKey { service } => {
                format!("编码「{}」已被内置服务使用,请换一个编码", short(service))
            }
            E::BuiltinReadOnly { service } => {
                format!("服务「{}」是内置服务,不能修改或删除", short(service))
            }
            E::NotFound { service } => format!("目录中没有服务「{}」", short(service)),
            E::DuplicateService { service } => {
                format!("服务编码「{}」被多个服务重复使用", short(service))
            }
        }
    }
}
