//! `calendar` values in words (statuses, categories, roles): exhaustive matches over the
//! domain's enums, chosen at render time in the current language.

use crate::domain::calendar::*;
use crate::domain::lang::Lang;

impl DayKind {
    /// Short label for calendars and lists.
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (DayKind::Normal, Lang::Zh) => "工作日",
            (DayKind::Normal, Lang::En) => "Working day",
            (DayKind::Weekend, Lang::Zh) => "周末",
            (DayKind::Weekend, Lang::En) => "Weekend",
            (DayKind::Holiday, Lang::Zh) => "法定节假日",
            (DayKind::Holiday, Lang::En) => "Public holiday",
            (DayKind::MakeUpWorkday, Lang::Zh) => "调休上班",
            (DayKind::MakeUpWorkday, Lang::En) => "Make-up working day",
        }
    }
}
