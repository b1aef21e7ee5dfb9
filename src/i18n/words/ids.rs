//! `ids` errors and field labels in words: exhaustive matches over the domain's typed
//! values, chosen at render time in the current language.

use chrono::Datelike;

use crate::domain::ids::*;
use crate::domain::lang::Lang;

impl CreditCodeError {
    /// A message for staff, in the UI language.
    pub fn message(&self, lang: Lang) -> String {
        use CreditCodeError as E;
        match (self, lang) {
            (E::Empty, Lang::Zh) => "请填写统一社会信用代码。".into(),
            (E::Empty, Lang::En) => "Enter the unified social credit code.".into(),
            (E::WrongLength { len }, Lang::Zh) => {
                format!("统一社会信用代码应为 18 位，现在是 {len} 位。")
            }
            (E::WrongLength { len }, Lang::En) => format!(
                "A unified social credit code has 18 characters; this one has {len}."
            ),
            (E::IllegalChar { position, ch }, Lang::Zh) if is_excluded_letter(*ch) => format!(
                "第 {position} 位是字母“{ch}”。信用代码不使用 I、O、S、V、Z（易与 1、0、5、U、2 混淆），请核对原件，通常应是相似的数字或字母。"
            ),
            (E::IllegalChar { position, ch }, Lang::En) if is_excluded_letter(*ch) => format!(
                "Position {position} is the letter '{ch}'. Credit codes never use I, O, S, V or Z (they look like 1, 0, 5, U, 2); check the original document."
            ),
            (E::IllegalChar { position, ch }, Lang::Zh) => format!(
                "第 {position} 位不符合要求：{}。信用代码只含数字和大写字母（不含 I、O、S、V、Z）。",
                describe_char(*ch, Lang::Zh)
            ),
            (E::IllegalChar { position, ch }, Lang::En) => format!(
                "Position {position}: {}. A credit code has only digits and capital letters (no I, O, S, V, Z).",
                describe_char(*ch, Lang::En)
            ),
            (E::WrongCheck { expected, found }, Lang::Zh) => format!(
                "校验位不符：按前 17 位计算，第 18 位应为“{expected}”，实际是“{found}”。很可能有一位抄错了，请对照营业执照逐位核对。"
            ),
            (E::WrongCheck { expected, found }, Lang::En) => format!(
                "Check character mismatch: the first 17 characters require '{expected}' at position 18, but it is '{found}'. A character was probably copied wrongly; compare with the business licence one by one."
            ),
        }
    }
}

impl IdCardError {
    /// A message for staff, in the UI language.
    pub fn message(&self, lang: Lang) -> String {
        use IdCardError as E;
        match (self, lang) {
            (E::Empty, Lang::Zh) => "请填写身份证号码。".into(),
            (E::Empty, Lang::En) => "Enter the ID number.".into(),
            (E::WrongLength { len: 15 }, Lang::Zh) => {
                "这是 15 位的旧版身份证号码，请提供现行的 18 位号码。".into()
            }
            (E::WrongLength { len: 15 }, Lang::En) => {
                "This is an old 15-digit ID number; ask for the current 18-character number."
                    .into()
            }
            (E::WrongLength { len }, Lang::Zh) => {
                format!("身份证号码应为 18 位，现在是 {len} 位。")
            }
            (E::WrongLength { len }, Lang::En) => {
                format!("An ID number has 18 characters; this one has {len}.")
            }
            (E::NotDigits { position, ch }, Lang::Zh) => format!(
                "第 {position} 位不符合要求：{}。前 17 位必须是数字，第 18 位是数字或 X。",
                describe_char(*ch, Lang::Zh)
            ),
            (E::NotDigits { position, ch }, Lang::En) => format!(
                "Position {position}: {}. The first 17 characters are digits; the 18th is a digit or X.",
                describe_char(*ch, Lang::En)
            ),
            (E::BadBirthDate { text }, Lang::Zh) => match parse_yyyymmdd(text) {
                Some(date) if date.year() < ID_CARD_MIN_BIRTH_YEAR => {
                    format!("第 7–14 位的出生日期 {text} 早于 {ID_CARD_MIN_BIRTH_YEAR} 年，请核对。")
                }
                _ => format!("第 7–14 位的出生日期 {text} 不是有效日期，请核对。"),
            },
            (E::BadBirthDate { text }, Lang::En) => match parse_yyyymmdd(text) {
                Some(date) if date.year() < ID_CARD_MIN_BIRTH_YEAR => format!(
                    "The birth date {text} (positions 7–14) is before {ID_CARD_MIN_BIRTH_YEAR}; check the number."
                ),
                _ => format!(
                    "The birth date {text} (positions 7–14) is not a real date; check the number."
                ),
            },
            (E::FutureBirthDate { birth, today }, Lang::Zh) => {
                format!("出生日期 {birth} 晚于今天（{today}），号码有误。")
            }
            (E::FutureBirthDate { birth, today }, Lang::En) => {
                format!("The birth date {birth} is after today ({today}); the number is wrong.")
            }
            (E::WrongCheck { expected, found }, Lang::Zh) => format!(
                "校验位不符：按前 17 位计算，第 18 位应为“{expected}”，实际是“{found}”。很可能有一位抄错了，请对照证件逐位核对。"
            ),
            (E::WrongCheck { expected, found }, Lang::En) => format!(
                "Check character mismatch: the first 17 digits require '{expected}' at position 18, but it is '{found}'. A digit was probably copied wrongly; compare with the ID card."
            ),
        }
    }
}

impl DifferenceKind {
    /// A plain explanation for staff, in the UI language.
    pub fn message(&self, lang: Lang) -> String {
        use DifferenceKind as K;
        let text = match (self, lang) {
            (K::CompanyFormSuffix, Lang::Zh) => {
                "公司组织形式的写法不同，例如“有限公司”与“有限责任公司”、“股份有限公司”与“股份公司”。\
                 审核要求各份材料上的名称与营业执照逐字一致，只差后缀同样不能通过：\
                 专利证书写“……有限公司”而执照写“……有限责任公司”，就得先办专利权人名称变更，可能因此错过申报批次。"
            }
            (K::CompanyFormSuffix, Lang::En) => {
                "The company-form suffix is written differently, e.g. 有限公司 vs 有限责任公司, or 股份有限公司 vs 股份公司. \
                 Reviewers require every document to match the business licence word for word, and a suffix alone is enough to fail: \
                 patents naming the holder \"…有限公司\" against a licence reading \"…有限责任公司\" need a name change first, which can cost a whole application batch."
            }
            (K::BracketWidth, Lang::Zh) => {
                "括号的全角、半角不同：“（）”与“()”。请按营业执照上的写法统一，通常是全角括号。"
            }
            (K::BracketWidth, Lang::En) => {
                "Full-width brackets （） and half-width brackets () are mixed. Use the form printed on the business licence, usually full-width."
            }
            (K::FullWidthChars, Lang::Zh) => {
                "字母或数字的全角、半角不同（如“ＡＢＣ１”与“ABC1”）。请按营业执照上的写法统一。"
            }
            (K::FullWidthChars, Lang::En) => {
                "Letters or digits are full-width in one name and half-width in the other (ＡＢＣ１ vs ABC1). Follow the business licence."
            }
            (K::Whitespace, Lang::Zh) => {
                "空格不同（包括全角空格）。名称中一般不应有空格，复制粘贴时常会带进来，请删除。"
            }
            (K::Whitespace, Lang::En) => {
                "Spaces differ (full-width spaces included). A company name normally has none; they often come in with copy and paste. Remove them."
            }
            (K::TraditionalSimplified, Lang::Zh) => {
                "繁体字与简体字混用（如“國”与“国”、“貿”与“贸”）。请以营业执照上的简体写法为准。"
            }
            (K::TraditionalSimplified, Lang::En) => {
                "Traditional and simplified characters are mixed (國 vs 国, 貿 vs 贸). Use the simplified form on the business licence."
            }
            (K::CaseOnly, Lang::Zh) => {
                "英文字母大小写不同。请按营业执照上的大小写书写。"
            }
            (K::CaseOnly, Lang::En) => {
                "Latin letters differ in upper/lower case. Write them as on the business licence."
            }
            (K::Other, Lang::Zh) => {
                "还有其他文字不同，请对照营业执照逐字核对，并确认是否是同一家公司。"
            }
            (K::Other, Lang::En) => {
                "Other characters differ. Compare character by character with the business licence, and make sure it is the same company."
            }
        };
        text.to_string()
    }
}
