//! `retro` values in words (statuses, categories, roles): exhaustive matches over the
//! domain's enums, chosen at render time in the current language.

use crate::domain::lang::Lang;
use crate::domain::retro::*;

impl LinkKind {
    pub fn label(self, lang: Lang) -> &'static str {
        let (zh, en) = match self {
            LinkKind::CatalogRule => ("资料库规则", "Catalog rule"),
            LinkKind::ChecklistItem => ("材料清单项", "Checklist item"),
            LinkKind::Warning => ("风险预警", "Warning"),
            LinkKind::TrainingScenario => ("演练场景", "Training scenario"),
        };
        match lang {
            Lang::Zh => zh,
            Lang::En => en,
        }
    }
}

impl ActionStatus {
    pub fn label(&self, lang: Lang) -> &'static str {
        let (zh, en) = match self {
            ActionStatus::Open => ("进行中", "Open"),
            ActionStatus::Done { .. } => ("已完成", "Done"),
            ActionStatus::NotDoing { .. } => ("不做", "Not doing"),
        };
        match lang {
            Lang::Zh => zh,
            Lang::En => en,
        }
    }
}

impl CauseCategory {
    pub fn label(self, lang: Lang) -> &'static str {
        let (zh, en) = match self {
            CauseCategory::Materials => ("材料", "Materials"),
            CauseCategory::Process => ("流程", "Process"),
            CauseCategory::External => ("外部", "External"),
            CauseCategory::Communication => ("沟通", "Communication"),
            CauseCategory::StaffingTraining => ("人员与培训", "Staffing and training"),
        };
        match lang {
            Lang::Zh => zh,
            Lang::En => en,
        }
    }
}
