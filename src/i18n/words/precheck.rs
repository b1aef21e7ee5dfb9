//! `precheck` errors and field labels in words: exhaustive matches over the domain's typed
//! values, chosen at render time in the current language.

use crate::domain::lang::Lang;
use crate::domain::precheck::*;

impl AuditEntry {
    /// One line for the trail: what happened (time and person are separate columns).
    pub fn message(&self, lang: Lang) -> String {
        self.what.message(lang)
    }
}

impl AuditWhat {
    /// The trail's line, ID numbers masked.
    pub fn message(&self, lang: Lang) -> String {
        self.message_with(lang, false)
    }
}

impl PrecheckError {
    pub fn message(&self, lang: Lang) -> String {
        use PrecheckError as E;
        let zh = lang == Lang::Zh;
        match self {
            E::Archived if zh => "该预审已归档,请先恢复再修改。".into(),
            E::Archived => "This precheck is archived; restore it before changing it.".into(),
            E::UnknownMaterial { .. } if zh => "找不到这份材料,可能已被删除,请刷新后再试。".into(),
            E::UnknownMaterial { .. } => {
                "That material is no longer in the checklist; it may have been removed. Reload and try again.".into()
            }
            E::ItemOutOfRange { item, len, .. } if zh => {
                format!("这份材料只有 {len} 项,没有第 {} 项。", item + 1)
            }
            E::ItemOutOfRange { item, len, .. } => {
                format!("This material has {len} item(s); there is no item {}.", item + 1)
            }
            E::FieldNotOnMaterial { field, .. } if zh => {
                format!("这份材料不记录“{}”。", field.label(lang))
            }
            E::FieldNotOnMaterial { field, .. } => {
                format!("This material does not record “{}”.", field.label(lang))
            }
            E::ValueTooLong { len, max } if zh => {
                format!("内容有 {len} 个字符,超过上限 {max},请精简。")
            }
            E::ValueTooLong { len, max } => {
                format!("The text has {len} characters, more than the {max} allowed; shorten it.")
            }
            E::NotRepeated { .. } if zh => "这份材料只有一份,不能再添加。".into(),
            E::NotRepeated { .. } => "This material is a single document; no more can be added.".into(),
            E::LastItem { .. } if zh => {
                "至少要保留一项;没有这份材料时,请把状态设为“缺失”。".into()
            }
            E::LastItem { .. } => {
                "At least one item must stay; if the material is not available, set its status to Missing.".into()
            }
            E::TooManyItems { max, .. } if zh => format!("一份材料最多 {max} 项。"),
            E::TooManyItems { max, .. } => format!("A material holds at most {max} items."),
            E::TooManyMaterials { max } if zh => format!("一次预审最多 {max} 份材料。"),
            E::TooManyMaterials { max } => format!("A precheck holds at most {max} materials."),
            E::NotCustom { .. } if zh => {
                "服务目录中的材料不能删除;不需要时请保留为“缺失”(可选材料不影响预审)。".into()
            }
            E::NotCustom { .. } => {
                "Catalog materials cannot be removed; leave an unneeded one as Missing (optional materials do not count against the precheck).".into()
            }
            E::EmptyTitle if zh => "请填写材料名称。".into(),
            E::EmptyTitle => "Enter a name for the material.".into(),
            E::TooLong { what, max } if zh => {
                let what = match *what {
                    "name" => "姓名",
                    "comment" => "意见或理由",
                    "title" => "材料名称",
                    "note" => "说明",
                    _ => "内容",
                };
                format!("{what}过长,最多 {max} 个字符。")
            }
            E::TooLong { what, max } => format!("The {what} is too long; at most {max} characters."),
            E::BadPitfallKey if zh => "核实事项无效。".into(),
            E::BadPitfallKey => "That check item is not valid.".into(),
            E::EmptySignerName if zh => "请填写签署人姓名。".into(),
            E::EmptySignerName => "Enter the signer's name.".into(),
            E::WrongOrder { expected, got } if zh => format!(
                "请按 初审 → 复核 → 终审 的顺序签署:现在应由{}签{},还不能签{}。",
                expected.role(lang),
                expected.label(lang),
                got.label(lang)
            ),
            E::WrongOrder { expected, got } => format!(
                "Sign in order (first check → second check → final check): the {} is due now, by the {}; the {} cannot sign yet.",
                expected.label(lang),
                expected.role(lang),
                got.label(lang)
            ),
            E::AlreadySigned { level } if zh => format!("{}已签署,无需重复签署。", level.label(lang)),
            E::AlreadySigned { level } => format!("The {} is already signed.", level.label(lang)),
            E::OverrideRequired { blockers } if zh => format!(
                "还有 {blockers} 个阻断问题未解决。要继续签署,请写明放行理由(例如已与客户确认容缺受理),否则请先修正。"
            ),
            E::OverrideRequired { blockers } => format!(
                "{blockers} blocker(s) are still open. To sign anyway, record the reason for letting them through (for example, the department agreed to accept the item later); otherwise fix them first."
            ),
            E::SameSigner { name, level } if zh => format!(
                "{name} 已签署{},三级审核须由不同的人完成。",
                level.label(lang)
            ),
            E::SameSigner { name, level } => format!(
                "{name} already signed the {}; the three checks must be done by different people.",
                level.label(lang)
            ),
            E::Calendar(e) => e.message(lang),
        }
    }
}
