//! `calendar` errors and field labels in words: exhaustive matches over the domain's typed
//! values, chosen at render time in the current language.

use crate::domain::calendar::*;
use crate::domain::lang::Lang;

impl CalendarError {
    /// A message for staff, in the UI language.
    pub fn message(&self, lang: Lang) -> String {
        use CalendarError as E;
        match (self, lang) {
            (E::Json { line, column, detail }, Lang::Zh) => format!(
                "假期数据无法读取（第 {line} 行第 {column} 列）：{detail}。\
                 请使用 holiday-cn 格式：包含 year、papers、days，days 每一项有 name、date（YYYY-MM-DD）和 isOffDay。"
            ),
            (E::Json { line, column, detail }, Lang::En) => format!(
                "The holiday data cannot be read (line {line}, column {column}): {detail}. \
                 Use the holiday-cn format: year, papers and days, where each day has name, date (YYYY-MM-DD) and isOffDay."
            ),
            (E::YearOutOfRange { year }, Lang::Zh) => format!(
                "年份 {year} 不在支持范围内（{MIN_DATA_YEAR}–{MAX_DATA_YEAR}）。"
            ),
            (E::YearOutOfRange { year }, Lang::En) => format!(
                "Year {year} is outside the supported range ({MIN_DATA_YEAR}–{MAX_DATA_YEAR})."
            ),
            (E::NoDays { year }, Lang::Zh) => {
                format!("{year} 年的假期数据没有列出任何日期，导入后会把整年误当作已覆盖。")
            }
            (E::NoDays { year }, Lang::En) => format!(
                "The {year} holiday data lists no days; importing it would wrongly mark the whole year as covered."
            ),
            (E::TooManyEntries { count, max }, Lang::Zh) => {
                format!("数据列出了 {count} 天，超过一个年份文件可能的最大值 {max}。")
            }
            (E::TooManyEntries { count, max }, Lang::En) => {
                format!("The data lists {count} days, more than a year file can hold ({max}).")
            }
            (E::EmptyName { entry }, Lang::Zh) => format!("第 {entry} 条缺少节日名称。"),
            (E::EmptyName { entry }, Lang::En) => format!("Entry {entry} has no holiday name."),
            (E::DateOutsideYear { entry, date, year }, Lang::Zh) => format!(
                "第 {entry} 条的日期 {date} 不在 {year} 年内，也不是紧邻 {year} 年同名假期的相邻年份日期。"
            ),
            (E::DateOutsideYear { entry, date, year }, Lang::En) => format!(
                "Entry {entry}: {date} is not in {year} and not next to a holiday of the same name in {year}."
            ),
            (E::DuplicateDate { entry, first_entry, date }, Lang::Zh) => {
                format!("第 {entry} 条的日期 {date} 与第 {first_entry} 条重复。")
            }
            (E::DuplicateDate { entry, first_entry, date }, Lang::En) => {
                format!("Entry {entry}: {date} is already listed in entry {first_entry}.")
            }
            (E::TooManyWorkingDays { requested, max }, Lang::Zh) => {
                format!("要求顺延 {requested} 个工作日，最多支持 {max} 个。")
            }
            (E::TooManyWorkingDays { requested, max }, Lang::En) => {
                format!("{requested} working days requested; at most {max} are supported.")
            }
            (E::SpanTooLong { days, max }, Lang::Zh) => {
                format!("日期跨度 {days} 天过长，最多支持 {max} 天。")
            }
            (E::SpanTooLong { days, max }, Lang::En) => {
                format!("The date span of {days} days is too long; at most {max} days are supported.")
            }
            (E::DateOverflow { from }, Lang::Zh) => {
                format!("从 {from} 起算的结果超出了可表示的日期范围。")
            }
            (E::DateOverflow { from }, Lang::En) => {
                format!("Counting from {from} goes beyond the last date that can be represented.")
            }
            (E::NoWorkingDayFound { from, searched_days }, Lang::Zh) => format!(
                "{from} 之后 {searched_days} 天内找不到工作日，请检查导入的假期数据是否把整段时间都标成了休息日。"
            ),
            (E::NoWorkingDayFound { from, searched_days }, Lang::En) => format!(
                "No working day within {searched_days} days after {from}; check whether the imported holiday data marks the whole period as days off."
            ),
        }
    }
}
