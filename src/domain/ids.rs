//! Identifier checks and cross-document name comparison for material review (材料合规).
//!
//! This module owns:
//! - the 统一社会信用代码 unified social credit code check (GB 32100-2015),
//! - the 居民身份证号码 resident ID number check (GB 11643-1999),
//! - masking of ID and phone numbers for lists and printouts,
//! - the character-level comparison of company names across documents, which tells staff not
//!   only that two names differ but how (company-form suffix, bracket width, traditional
//!   characters, …), because the review rule is zero tolerance: only an exact match passes.
//!
//! Every function accepts any string, multi-byte text included, and never panics.

use crate::domain::sorting;
use chrono::{Datelike, NaiveDate};
use thiserror::Error;

use crate::domain::lang::Lang;

// ---------------------------------------------------------------------------------------------
// Shared helpers
// ---------------------------------------------------------------------------------------------

/// Characters stripped from both ends before checking: whitespace (U+3000 ideographic space
/// included) and the invisible marks that come along when numbers are pasted from documents.
fn is_trim_char(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{FEFF}')
}

/// Full-width forms of ASCII (U+FF01–U+FF5E), e.g. `１`, `Ａ`, `（`.
fn is_full_width_ascii(c: char) -> bool {
    ('\u{FF01}'..='\u{FF5E}').contains(&c)
}

/// The half-width equivalent of a full-width ASCII form.
fn half_width(c: char) -> char {
    if is_full_width_ascii(c) {
        char::from_u32(u32::from(c) - 0xFEE0).unwrap_or(c)
    } else {
        c
    }
}

/// Explains why a character is not allowed, for the messages of both checks.
pub(crate) fn describe_char(ch: char, lang: Lang) -> String {
    match lang {
        Lang::Zh if is_full_width_ascii(ch) => format!(
            "“{ch}”是全角字符，请切换到半角输入（应为“{}”）",
            half_width(ch)
        ),
        Lang::En if is_full_width_ascii(ch) => format!(
            "'{ch}' is a full-width character; switch the keyboard to half-width ('{}')",
            half_width(ch)
        ),
        Lang::Zh if ch.is_whitespace() => "中间有空格，请删除".to_string(),
        Lang::En if ch.is_whitespace() => "there is a space inside the number; remove it".into(),
        Lang::Zh if ch.is_control() => format!("有不可见字符（U+{:04X}）", u32::from(ch)),
        Lang::En if ch.is_control() => format!("invisible character U+{:04X}", u32::from(ch)),
        Lang::Zh => format!("“{ch}”不是允许的字符"),
        Lang::En => format!("'{ch}' is not an allowed character"),
    }
}

// ---------------------------------------------------------------------------------------------
// 统一社会信用代码 (GB 32100-2015)
// ---------------------------------------------------------------------------------------------

/// The 31 characters of a credit code, in value order (0–30). I, O, S, V and Z are left out
/// because they are easily mistaken for 1, 0, 5, U and 2.
pub const CREDIT_CODE_CHARSET: &str = "0123456789ABCDEFGHJKLMNPQRTUWXY";
/// Length of a credit code.
pub const CREDIT_CODE_LEN: usize = 18;
const CREDIT_CODE_WEIGHTS: [u32; 17] = [
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28,
];

/// A credit code that passed the check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CreditCodeOk {
    /// The code as it should be written: trimmed and in upper case.
    pub normalized: String,
    /// True when the input had surrounding spaces or lower-case letters; the UI should offer to
    /// replace the field with `normalized`.
    pub was_normalized: bool,
}

/// Why a credit code is not valid. Positions are 1-based character positions.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum CreditCodeError {
    #[error("the credit code is empty")]
    Empty,
    #[error("the credit code has {len} characters; it must have 18")]
    WrongLength { len: usize },
    #[error("character {ch:?} at position {position} is not allowed in a credit code")]
    IllegalChar { position: usize, ch: char },
    #[error("the check character should be {expected}, found {found}")]
    WrongCheck { expected: char, found: char },
}

/// Letters that are not in the credit-code set (after upper-casing).
pub(crate) fn is_excluded_letter(c: char) -> bool {
    matches!(c, 'I' | 'O' | 'S' | 'V' | 'Z')
}

/// Value (0–30) of a credit-code character, `None` for characters outside the set.
fn credit_code_value(c: char) -> Option<u32> {
    CREDIT_CODE_CHARSET
        .chars()
        .position(|x| x == c)
        .and_then(|p| u32::try_from(p).ok())
}

/// The check character for the first 17 characters of a credit code.
///
/// Expects normalised input (upper case, no spaces); returns `None` unless `first17` is exactly
/// 17 characters of [`CREDIT_CODE_CHARSET`].
pub fn credit_code_check_char(first17: &str) -> Option<char> {
    let mut sum = 0u32;
    let mut count = 0usize;
    for c in first17.chars() {
        let weight = CREDIT_CODE_WEIGHTS.get(count)?;
        sum += credit_code_value(c)? * weight;
        count += 1;
    }
    if count != CREDIT_CODE_WEIGHTS.len() {
        return None;
    }
    // 31 - (sum mod 31), where 31 itself stands for 0.
    let value = (31 - sum % 31) % 31;
    CREDIT_CODE_CHARSET
        .chars()
        .nth(usize::try_from(value).ok()?)
}

/// A credit code as people paste it ("9111 0108 5513 8508 2Q", a full-width space, a
/// zero-width joiner from a web page) in the one form it is compared in: blanks anywhere
/// removed and letters upper-cased.
pub fn compact_credit_code(input: &str) -> String {
    input
        .chars()
        .filter(|c| !is_trim_char(*c))
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

/// True when [`compact_credit_code`] removed blanks from inside the code (not only around it):
/// the UI says so, since the code on paper is then read differently from what was typed.
pub fn credit_code_had_inner_blanks(input: &str) -> bool {
    input.trim_matches(is_trim_char).chars().any(is_trim_char)
}

/// Checks a unified social credit code.
///
/// Blanks anywhere (including U+3000, and the spaces of a code pasted in groups) are removed and
/// letters are upper-cased first ([`compact_credit_code`]); the result says whether that changed
/// anything. Checks run in order: empty, length (in characters), characters, check character.
pub fn check_credit_code(input: &str) -> Result<CreditCodeOk, CreditCodeError> {
    let normalized = compact_credit_code(input);
    if normalized.is_empty() {
        return Err(CreditCodeError::Empty);
    }
    let chars: Vec<char> = normalized.chars().collect();
    if chars.len() != CREDIT_CODE_LEN {
        return Err(CreditCodeError::WrongLength { len: chars.len() });
    }
    if let Some((i, &ch)) = chars
        .iter()
        .enumerate()
        .find(|(_, c)| credit_code_value(**c).is_none())
    {
        return Err(CreditCodeError::IllegalChar {
            position: i + 1,
            ch,
        });
    }
    let first17: String = chars[..CREDIT_CODE_LEN - 1].iter().collect();
    let found = chars[CREDIT_CODE_LEN - 1];
    // All 18 characters are in the set, so the check character always exists.
    if let Some(expected) = credit_code_check_char(&first17) {
        if expected != found {
            return Err(CreditCodeError::WrongCheck { expected, found });
        }
    }
    Ok(CreditCodeOk {
        was_normalized: normalized != input,
        normalized,
    })
}

// ---------------------------------------------------------------------------------------------
// 居民身份证号码 (GB 11643-1999)
// ---------------------------------------------------------------------------------------------

/// Length of a resident ID number.
pub const ID_CARD_LEN: usize = 18;
const ID_CARD_WEIGHTS: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
/// Check characters indexed by the weighted sum mod 11 (ISO 7064 MOD 11-2).
const ID_CARD_CHECK_CHARS: [char; 11] = ['1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'];
/// Earliest birth year accepted.
pub const ID_CARD_MIN_BIRTH_YEAR: i32 = 1900;

/// An ID number that passed the check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IdCardOk {
    /// Trimmed, with a lower-case `x` check character upper-cased.
    pub normalized: String,
    pub birth_date: NaiveDate,
    pub was_normalized: bool,
}

/// Why an ID number is not valid. Positions are 1-based character positions.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum IdCardError {
    #[error("the ID number is empty")]
    Empty,
    #[error("the ID number has {len} characters; it must have 18")]
    WrongLength { len: usize },
    #[error("character {ch:?} at position {position} should be a digit")]
    NotDigits { position: usize, ch: char },
    #[error("the birth date {text} is not a valid date from {ID_CARD_MIN_BIRTH_YEAR} on")]
    BadBirthDate { text: String },
    #[error("the birth date {birth} is after {today}")]
    FutureBirthDate { birth: NaiveDate, today: NaiveDate },
    #[error("the check character should be {expected}, found {found}")]
    WrongCheck { expected: char, found: char },
}

/// Parses `YYYYMMDD` without panicking on any text.
pub(crate) fn parse_yyyymmdd(text: &str) -> Option<NaiveDate> {
    if text.len() != 8 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let year: i32 = text.get(0..4)?.parse().ok()?;
    let month: u32 = text.get(4..6)?.parse().ok()?;
    let day: u32 = text.get(6..8)?.parse().ok()?;
    NaiveDate::from_ymd_opt(year, month, day)
}

/// Checks a resident ID number against its check character and its birth date.
///
/// `today` is a parameter so the check stays pure. Checks run in order: empty, length, digits,
/// birth date, check character.
pub fn check_id_card(input: &str, today: NaiveDate) -> Result<IdCardOk, IdCardError> {
    let normalized: String = input
        .trim_matches(is_trim_char)
        .chars()
        .map(|c| if c == 'x' { 'X' } else { c })
        .collect();
    if normalized.is_empty() {
        return Err(IdCardError::Empty);
    }
    let chars: Vec<char> = normalized.chars().collect();
    if chars.len() != ID_CARD_LEN {
        return Err(IdCardError::WrongLength { len: chars.len() });
    }
    let mut sum = 0u32;
    for (i, &ch) in chars.iter().enumerate() {
        let is_last = i == ID_CARD_LEN - 1;
        let ok = ch.is_ascii_digit() || (is_last && ch == 'X');
        if !ok {
            return Err(IdCardError::NotDigits {
                position: i + 1,
                ch,
            });
        }
        if let (Some(weight), Some(digit)) = (ID_CARD_WEIGHTS.get(i), ch.to_digit(10)) {
            sum += weight * digit;
        }
    }
    let text: String = chars[6..14].iter().collect();
    let birth_date = match parse_yyyymmdd(&text) {
        Some(date) if date.year() >= ID_CARD_MIN_BIRTH_YEAR => date,
        _ => return Err(IdCardError::BadBirthDate { text }),
    };
    if birth_date > today {
        return Err(IdCardError::FutureBirthDate {
            birth: birth_date,
            today,
        });
    }
    let expected = ID_CARD_CHECK_CHARS[(sum % 11) as usize];
    let found = chars[ID_CARD_LEN - 1];
    if expected != found {
        return Err(IdCardError::WrongCheck { expected, found });
    }
    Ok(IdCardOk {
        was_normalized: normalized != input,
        normalized,
        birth_date,
    })
}

/// Masks an ID number for lists: first 6 and last 4 characters kept, the rest `*`.
/// Input shorter than 11 characters is masked completely, so nothing identifying leaks.
pub fn mask_id(id: &str) -> String {
    mask_middle(id, 6, 4)
}

/// Masks a phone number for lists: first 3 and last 4 characters kept (`138****5678`).
/// Input shorter than 8 characters is masked completely.
pub fn mask_phone(phone: &str) -> String {
    mask_middle(phone, 3, 4)
}

fn mask_middle(input: &str, keep_head: usize, keep_tail: usize) -> String {
    let chars: Vec<char> = input.trim_matches(is_trim_char).chars().collect();
    let n = chars.len();
    // At least one character must be hidden, otherwise the "mask" shows everything.
    if n <= keep_head + keep_tail {
        return "*".repeat(n);
    }
    chars
        .iter()
        .enumerate()
        .map(|(i, &c)| {
            if i < keep_head || i >= n - keep_tail {
                c
            } else {
                '*'
            }
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Company-name comparison
// ---------------------------------------------------------------------------------------------

/// Longest input (in characters) for which the character diff is computed; longer texts are
/// not company names and get a whole-text replacement instead, keeping the work bounded.
pub const MAX_DIFF_CHARS: usize = 500;

/// One run of a character-level diff from the reference name to the other name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DiffOp {
    /// Text present in both.
    Equal(String),
    /// Text only in the other name.
    Insert(String),
    /// Text only in the reference name.
    Delete(String),
}

/// A recognised kind of difference between two company names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Error)]
pub enum DifferenceKind {
    #[error("the company-form suffix differs")]
    CompanyFormSuffix,
    #[error("full-width and half-width brackets differ")]
    BracketWidth,
    #[error("full-width and half-width letters or digits differ")]
    FullWidthChars,
    #[error("spaces differ")]
    Whitespace,
    #[error("traditional and simplified characters differ")]
    TraditionalSimplified,
    #[error("letter case differs")]
    CaseOnly,
    #[error("other characters differ")]
    Other,
}

/// The result of comparing a name on a document with the reference name (usually the one on
/// the business licence).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NameComparison {
    /// Character-for-character identical. The only passing result.
    pub exact: bool,
    /// Runs from `reference` to `other`: `Delete` is only in the reference, `Insert` only in the
    /// other name. Empty when both names are empty.
    pub diff: Vec<DiffOp>,
    /// The kinds of difference found, in [`DifferenceKind`] order; empty when `exact`.
    pub kinds: Vec<DifferenceKind>,
}

/// Compares two company names character for character and classifies the differences.
///
/// Classification: each recognised kind has a normalisation that erases exactly that kind of
/// difference. Both names are normalised with all of them; a kind is reported when leaving its
/// normalisation out makes the names further apart (by edit distance). `Other` is reported when
/// the names still differ after all normalisations.
pub fn compare_names(reference: &str, other: &str) -> NameComparison {
    if reference == other {
        let diff = if reference.is_empty() {
            Vec::new()
        } else {
            vec![DiffOp::Equal(reference.to_string())]
        };
        return NameComparison {
            exact: true,
            diff,
            kinds: Vec::new(),
        };
    }
    let a: Vec<char> = reference.chars().collect();
    let b: Vec<char> = other.chars().collect();
    let bounded = a.len() <= MAX_DIFF_CHARS && b.len() <= MAX_DIFF_CHARS;
    let diff = if bounded {
        char_diff(&a, &b)
    } else {
        let mut ops = Vec::new();
        if !reference.is_empty() {
            ops.push(DiffOp::Delete(reference.to_string()));
        }
        if !other.is_empty() {
            ops.push(DiffOp::Insert(other.to_string()));
        }
        ops
    };
    NameComparison {
        exact: false,
        diff,
        kinds: classify(reference, other, bounded),
    }
}

/// Normalisation steps, applied in this order. Suffixes come last so they are recognised after
/// spaces, widths and traditional characters are evened out.
const STEPS: [DifferenceKind; 6] = [
    DifferenceKind::Whitespace,
    DifferenceKind::BracketWidth,
    DifferenceKind::FullWidthChars,
    DifferenceKind::CaseOnly,
    DifferenceKind::TraditionalSimplified,
    DifferenceKind::CompanyFormSuffix,
];

fn classify(a: &str, b: &str, bounded: bool) -> Vec<DifferenceKind> {
    let all_a = normalize(a, None);
    let all_b = normalize(b, None);
    let mut kinds = Vec::new();
    if bounded {
        let base = edit_distance(&all_a, &all_b);
        for kind in STEPS {
            if edit_distance(&normalize(a, Some(kind)), &normalize(b, Some(kind))) > base {
                kinds.push(kind);
            }
        }
        if base > 0 {
            kinds.push(DifferenceKind::Other);
        }
    } else if all_a == all_b {
        // Too long for distances: only say which steps were needed to make them equal.
        for kind in STEPS {
            if normalize(a, Some(kind)) != normalize(b, Some(kind)) {
                kinds.push(kind);
            }
        }
    } else {
        kinds.push(DifferenceKind::Other);
    }
    sorting::sort(&mut kinds);
    kinds
}

/// Applies every normalisation step except `skip`.
fn normalize(s: &str, skip: Option<DifferenceKind>) -> Vec<char> {
    let on = |k: DifferenceKind| skip != Some(k);
    let mut out: Vec<char> = s
        .chars()
        .filter(|c| !(on(DifferenceKind::Whitespace) && c.is_whitespace()))
        .map(|c| match c {
            '（' if on(DifferenceKind::BracketWidth) => '(',
            '）' if on(DifferenceKind::BracketWidth) => ')',
            // Brackets belong to BracketWidth only, so they are left out here.
            c if on(DifferenceKind::FullWidthChars)
                && is_full_width_ascii(c)
                && !matches!(c, '（' | '）') =>
            {
                half_width(c)
            }
            c => c,
        })
        .map(|c| {
            if on(DifferenceKind::CaseOnly) {
                c.to_ascii_lowercase()
            } else {
                c
            }
        })
        .map(|c| {
            if on(DifferenceKind::TraditionalSimplified) {
                simplify(c)
            } else {
                c
            }
        })
        .collect();
    if on(DifferenceKind::CompanyFormSuffix) {
        out = replace_company_forms(&out);
    }
    out
}

/// Traditional characters common in company names, with their simplified forms.
#[rustfmt::skip]
const TRADITIONAL_SIMPLIFIED: &[(char, char)] = &[
    ('國', '国'), ('際', '际'), ('貿', '贸'), ('務', '务'), ('東', '东'), ('華', '华'),
    ('業', '业'), ('電', '电'), ('廣', '广'), ('財', '财'), ('稅', '税'), ('網', '网'),
    ('發', '发'), ('創', '创'), ('聯', '联'), ('實', '实'), ('資', '资'), ('設', '设'),
    ('計', '计'), ('術', '术'), ('責', '责'), ('開', '开'), ('產', '产'), ('貨', '货'),
    ('團', '团'), ('運', '运'), ('銷', '销'), ('醫', '医'), ('藥', '药'), ('農', '农'),
    ('體', '体'), ('訊', '讯'), ('機', '机'), ('構', '构'), ('興', '兴'), ('動', '动'),
    ('環', '环'), ('區', '区'), ('廠', '厂'), ('諮', '咨'), ('詢', '询'), ('場', '场'),
    ('書', '书'), ('樂', '乐'), ('館', '馆'), ('龍', '龙'), ('門', '门'), ('灣', '湾'),
    ('證', '证'), ('險', '险'), ('銀', '银'), ('匯', '汇'), ('數', '数'), ('據', '据'),
    ('軟', '软'), ('經', '经'), ('營', '营'), ('陽', '阳'), ('車', '车'), ('鐵', '铁'),
    ('紡', '纺'), ('飛', '飞'), ('氣', '气'), ('線', '线'), ('傳', '传'), ('億', '亿'),
    ('萬', '万'), ('達', '达'), ('協', '协'), ('會', '会'), ('裝', '装'), ('飾', '饰'),
    ('與', '与'), ('廈', '厦'), ('蘇', '苏'), ('滬', '沪'),
];

fn simplify(c: char) -> char {
    TRADITIONAL_SIMPLIFIED
        .iter()
        .find(|(t, _)| *t == c)
        .map_or(c, |(_, s)| *s)
}

/// Company-form suffixes treated as variants of one another, longest first so that
/// "股份有限公司" is not read as "股份" + "有限公司".
const COMPANY_FORMS: [&str; 4] = ["股份有限公司", "有限责任公司", "有限公司", "股份公司"];
/// Stand-in for any company form; a private-use character cannot occur in a real name.
const FORM_PLACEHOLDER: char = '\u{E000}';

fn replace_company_forms(chars: &[char]) -> Vec<char> {
    let forms: Vec<Vec<char>> = COMPANY_FORMS.iter().map(|f| f.chars().collect()).collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        match forms.iter().find(|f| chars[i..].starts_with(f)) {
            Some(form) => {
                out.push(FORM_PLACEHOLDER);
                i += form.len();
            }
            None => {
                out.push(chars[i]);
                i += 1;
            }
        }
    }
    out
}

/// Length of the longest common subsequence, in O(len(b)) memory.
fn lcs_len(a: &[char], b: &[char]) -> usize {
    let mut prev = vec![0usize; b.len() + 1];
    let mut cur = vec![0usize; b.len() + 1];
    for &ca in a {
        for (j, &cb) in b.iter().enumerate() {
            cur[j + 1] = if ca == cb {
                prev[j] + 1
            } else {
                cur[j].max(prev[j + 1])
            };
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// Insertions plus deletions needed to turn `a` into `b`.
fn edit_distance(a: &[char], b: &[char]) -> usize {
    a.len() + b.len() - 2 * lcs_len(a, b)
}

/// Character diff by LCS. Callers keep both inputs within [`MAX_DIFF_CHARS`], so the table has at
/// most 501 × 501 cells.
fn char_diff(a: &[char], b: &[char]) -> Vec<DiffOp> {
    let (n, m) = (a.len(), b.len());
    let width = m + 1;
    // table[i * width + j] = LCS length of a[i..] and b[j..].
    let mut table = vec![0u16; (n + 1) * width];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            table[i * width + j] = if a[i] == b[j] {
                table[(i + 1) * width + j + 1] + 1
            } else {
                table[(i + 1) * width + j].max(table[i * width + j + 1])
            };
        }
    }
    let mut ops: Vec<DiffOp> = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < n || j < m {
        if i < n && j < m && a[i] == b[j] {
            push_op(&mut ops, DiffOp::Equal(a[i].to_string()));
            i += 1;
            j += 1;
        } else if i < n && (j == m || table[(i + 1) * width + j] >= table[i * width + j + 1]) {
            // Deletions first, so a replacement reads "old, then new".
            push_op(&mut ops, DiffOp::Delete(a[i].to_string()));
            i += 1;
        } else {
            push_op(&mut ops, DiffOp::Insert(b[j].to_string()));
            j += 1;
        }
    }
    ops
}

/// Appends an op, merging it into the previous run of the same kind.
fn push_op(ops: &mut Vec<DiffOp>, op: DiffOp) {
    match (ops.last_mut(), op) {
        (Some(DiffOp::Equal(run)), DiffOp::Equal(s))
        | (Some(DiffOp::Insert(run)), DiffOp::Insert(s))
        | (Some(DiffOp::Delete(run)), DiffOp::Delete(s)) => run.push_str(&s),
        (_, op) => ops.push(op),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 3, 1).unwrap()
    }

    /// Codes whose check characters were computed independently of this module.
    const VALID_CREDIT_CODES: &[&str] = &[
        "91350100M000100Y43",
        "91110000600037341L",
        "91310000MA1FL1234Q",
        "12100000400000624D",
        "91440300MA5DAB0C1E",
        "521100005000000008",
        "93330100MA2B0AAA0A",
        // Check value 31 -> '0', and the highest value 30 -> 'Y'.
        "91330106MA2AXXP7K0",
        "91330106MA2AXXP7XY",
    ];

    #[test]
    fn valid_credit_codes_pass() {
        for code in VALID_CREDIT_CODES {
            let ok = check_credit_code(code).unwrap();
            assert_eq!(ok.normalized, *code);
            assert!(!ok.was_normalized);
            let (first17, last) = code.split_at(17);
            assert_eq!(credit_code_check_char(first17), last.chars().next());
        }
    }

    #[test]
    fn credit_code_normalisation_is_reported() {
        let ok = check_credit_code("\u{3000} 91350100m000100y43\t").unwrap();
        assert_eq!(ok.normalized, "91350100M000100Y43");
        assert!(ok.was_normalized);
        let ok = check_credit_code("\u{FEFF}91350100M000100Y43").unwrap();
        assert!(ok.was_normalized);
    }

    #[test]
    fn credit_code_errors() {
        assert_eq!(check_credit_code(""), Err(CreditCodeError::Empty));
        assert_eq!(check_credit_code(" \u{3000} "), Err(CreditCodeError::Empty));
        assert_eq!(
            check_credit_code("91350100M000100Y4"),
            Err(CreditCodeError::WrongLength { len: 17 })
        );
        // Counted in characters, not bytes: 18 CJK characters are 54 bytes.
        assert_eq!(
            check_credit_code(&"国".repeat(17)),
            Err(CreditCodeError::WrongLength { len: 17 })
        );
        assert_eq!(
            check_credit_code("91350100MOOO100Y43"),
            Err(CreditCodeError::IllegalChar {
                position: 10,
                ch: 'O'
            })
        );
        assert_eq!(
            check_credit_code("９1350100M000100Y43"),
            Err(CreditCodeError::IllegalChar {
                position: 1,
                ch: '９'
            })
        );
        // A blank is removed wherever it stands, so a character replaced by a blank is a
        // character missing.
        assert_eq!(
            check_credit_code("91350100 000100Y43"),
            Err(CreditCodeError::WrongLength { len: 17 })
        );
        // A code pasted in groups is read without its blanks, and says it was normalised.
        let grouped = check_credit_code("9135 0100 M000 100Y 43").expect("valid once compacted");
        assert_eq!(grouped.normalized, "91350100M000100Y43");
        assert!(grouped.was_normalized);
        assert!(credit_code_had_inner_blanks("9135 0100 M000 100Y 43"));
        assert!(!credit_code_had_inner_blanks(" 91350100M000100Y43\u{3000}"));
        assert_eq!(
            compact_credit_code("9135\u{3000}0100m000\u{200B}100y43"),
            "91350100M000100Y43"
        );
        assert_eq!(
            check_credit_code("91350100M000100Y44"),
            Err(CreditCodeError::WrongCheck {
                expected: '3',
                found: '4'
            })
        );
        // A swapped pair of characters is caught by the check character.
        assert!(matches!(
            check_credit_code("91351000M000100Y43"),
            Err(CreditCodeError::WrongCheck { .. })
        ));
    }

    #[test]
    fn credit_code_messages_explain() {
        let o = CreditCodeError::IllegalChar {
            position: 10,
            ch: 'O',
        };
        assert!(o.message(Lang::Zh).contains("I、O、S、V、Z"));
        assert!(o.message(Lang::En).contains("I, O, S, V or Z"));
        let fw = CreditCodeError::IllegalChar {
            position: 1,
            ch: '９',
        };
        assert!(fw.message(Lang::Zh).contains("全角"));
        assert!(fw.message(Lang::En).contains("full-width"));
        let check = CreditCodeError::WrongCheck {
            expected: '3',
            found: '4',
        };
        assert!(check.message(Lang::Zh).contains('3') && check.message(Lang::Zh).contains('4'));
        for e in [
            CreditCodeError::Empty,
            CreditCodeError::WrongLength { len: 3 },
            CreditCodeError::IllegalChar {
                position: 2,
                ch: '#',
            },
            CreditCodeError::IllegalChar {
                position: 2,
                ch: '\u{0007}',
            },
            check,
        ] {
            assert_ne!(e.message(Lang::Zh), e.message(Lang::En));
        }
    }

    #[test]
    fn check_char_helper_rejects_bad_input() {
        assert_eq!(credit_code_check_char(""), None);
        assert_eq!(credit_code_check_char("91350100M000100Y"), None);
        assert_eq!(credit_code_check_char("91350100M000100Y43"), None);
        assert_eq!(credit_code_check_char("91350100m000100Y4"), None);
        assert_eq!(credit_code_check_char("91350100O000100Y4"), None);
    }

    #[test]
    fn valid_id_numbers_pass() {
        // The worked example of GB 11643-1999, with check character X.
        let ok = check_id_card("11010519491231002X", today()).unwrap();
        assert_eq!(
            ok.birth_date,
            NaiveDate::from_ymd_opt(1949, 12, 31).unwrap()
        );
        assert!(!ok.was_normalized);
        let ok = check_id_card(" 11010519491231002x\u{3000}", today()).unwrap();
        assert_eq!(ok.normalized, "11010519491231002X");
        assert!(ok.was_normalized);
        for id in [
            "440304199001011233",
            "110101200002290018",
            "320106198511110020",
            "110101198001010141",
        ] {
            assert!(check_id_card(id, today()).is_ok(), "{id}");
        }
    }

    #[test]
    fn id_number_errors() {
        let t = today();
        assert_eq!(check_id_card("", t), Err(IdCardError::Empty));
        assert_eq!(
            check_id_card("110105491231002", t),
            Err(IdCardError::WrongLength { len: 15 })
        );
        assert!(IdCardError::WrongLength { len: 15 }
            .message(Lang::Zh)
            .contains("15 位"));
        assert_eq!(
            check_id_card("1101051949123100X2", t),
            Err(IdCardError::NotDigits {
                position: 17,
                ch: 'X'
            })
        );
        assert_eq!(
            check_id_card("１10105194912310023", t),
            Err(IdCardError::NotDigits {
                position: 1,
                ch: '１'
            })
        );
        // 2001 is not a leap year.
        assert_eq!(
            check_id_card("110101200102290010", t),
            Err(IdCardError::BadBirthDate {
                text: "20010229".into()
            })
        );
        assert_eq!(
            check_id_card("110101189912310010", t),
            Err(IdCardError::BadBirthDate {
                text: "18991231".into()
            })
        );
        assert!(IdCardError::BadBirthDate {
            text: "18991231".into()
        }
        .message(Lang::Zh)
        .contains("1900"));
        assert!(matches!(
            check_id_card("110101203001010010", t),
            Err(IdCardError::FutureBirthDate { .. })
        ));
        assert_eq!(
            check_id_card("110105194912310021", t),
            Err(IdCardError::WrongCheck {
                expected: 'X',
                found: '1'
            })
        );
        // Birth date equal to today is allowed.
        let newborn = "110101202603010010";
        let expected = {
            let sum: u32 = newborn
                .chars()
                .take(17)
                .zip(ID_CARD_WEIGHTS)
                .map(|(c, w)| c.to_digit(10).unwrap() * w)
                .sum();
            ID_CARD_CHECK_CHARS[(sum % 11) as usize]
        };
        let fixed = format!("{}{expected}", &newborn[..17]);
        assert!(check_id_card(&fixed, t).is_ok());
    }

    #[test]
    fn id_messages_in_both_languages() {
        for e in [
            IdCardError::Empty,
            IdCardError::WrongLength { len: 17 },
            IdCardError::NotDigits {
                position: 3,
                ch: 'a',
            },
            IdCardError::BadBirthDate {
                text: "国国".into(),
            },
            IdCardError::FutureBirthDate {
                birth: today(),
                today: today(),
            },
            IdCardError::WrongCheck {
                expected: '1',
                found: '2',
            },
        ] {
            assert!(!e.message(Lang::Zh).is_empty());
            assert_ne!(e.message(Lang::Zh), e.message(Lang::En));
        }
    }

    #[test]
    fn masking() {
        assert_eq!(mask_id("11010519491231002X"), "110105********002X");
        assert_eq!(mask_phone("13812345678"), "138****5678");
        assert_eq!(mask_phone(" 13812345678 "), "138****5678");
        assert_eq!(mask_phone("010-12345678"), "010*****5678");
        assert_eq!(mask_phone("1234567"), "*******");
        assert_eq!(mask_id("1234567890"), "**********");
        assert_eq!(mask_id(""), "");
        assert_eq!(mask_id("国国国国国国国国国国国"), "国国国国国国*国国国国");
    }

    fn kinds(a: &str, b: &str) -> Vec<DifferenceKind> {
        compare_names(a, b).kinds
    }

    use DifferenceKind as K;

    #[test]
    fn exact_match_is_the_only_pass() {
        let c = compare_names("厦门某某科技有限公司", "厦门某某科技有限公司");
        assert!(c.exact);
        assert!(c.kinds.is_empty());
        assert_eq!(c.diff, vec![DiffOp::Equal("厦门某某科技有限公司".into())]);
        let c = compare_names("", "");
        assert!(c.exact && c.diff.is_empty());
        assert!(!compare_names("A有限公司", "a有限公司").exact);
    }

    #[test]
    fn the_patent_holder_case() {
        let c = compare_names("厦门某某科技有限责任公司", "厦门某某科技有限公司");
        assert!(!c.exact);
        assert_eq!(c.kinds, vec![K::CompanyFormSuffix]);
        assert_eq!(
            c.diff,
            vec![
                DiffOp::Equal("厦门某某科技有限".into()),
                DiffOp::Delete("责任".into()),
                DiffOp::Equal("公司".into()),
            ]
        );
        assert_eq!(
            kinds("某某股份有限公司", "某某股份公司"),
            vec![K::CompanyFormSuffix]
        );
        // A different form of company is also a suffix difference.
        assert_eq!(
            kinds("某某股份有限公司", "某某有限公司"),
            vec![K::CompanyFormSuffix]
        );
    }

    #[test]
    fn each_kind_is_recognised() {
        assert_eq!(
            kinds("某某（北京）科技有限公司", "某某(北京)科技有限公司"),
            vec![K::BracketWidth]
        );
        assert_eq!(
            kinds("某某科技有限公司", "某某 科技有限公司"),
            vec![K::Whitespace]
        );
        assert_eq!(
            kinds("某某科技有限公司", "某某科技\u{3000}有限公司"),
            vec![K::Whitespace]
        );
        assert_eq!(
            kinds("中华国际贸易有限公司", "中華國際貿易有限公司"),
            vec![K::TraditionalSimplified]
        );
        assert_eq!(
            kinds("ABC科技有限公司", "abc科技有限公司"),
            vec![K::CaseOnly]
        );
        assert_eq!(
            kinds("ABC科技有限公司", "ＡＢＣ科技有限公司"),
            vec![K::FullWidthChars]
        );
        assert_eq!(
            kinds("某某科技有限公司", "某某信息有限公司"),
            vec![K::Other]
        );
    }

    #[test]
    fn kinds_combine() {
        assert_eq!(
            kinds("ABC（厦门）科技有限责任公司", "abc(厦门)科技有限公司"),
            vec![K::CompanyFormSuffix, K::BracketWidth, K::CaseOnly]
        );
        // Traditional characters inside the suffix are seen as both.
        assert_eq!(
            kinds("某某有限公司", "某某有限責任公司"),
            vec![K::CompanyFormSuffix, K::TraditionalSimplified]
        );
        // A real difference plus a cosmetic one: both reported, nothing invented.
        assert_eq!(
            kinds("某某科技有限公司", "某某 信息有限公司"),
            vec![K::Whitespace, K::Other]
        );
    }

    #[test]
    fn long_inputs_fall_back_to_replace() {
        let a = "甲".repeat(MAX_DIFF_CHARS + 1);
        let b = "乙".repeat(3);
        let c = compare_names(&a, &b);
        assert_eq!(c.diff, vec![DiffOp::Delete(a.clone()), DiffOp::Insert(b)]);
        assert_eq!(c.kinds, vec![K::Other]);
        let spaced = format!("{a} ");
        assert_eq!(compare_names(&a, &spaced).kinds, vec![K::Whitespace]);
    }

    #[test]
    fn kind_messages() {
        for k in [
            K::CompanyFormSuffix,
            K::BracketWidth,
            K::FullWidthChars,
            K::Whitespace,
            K::TraditionalSimplified,
            K::CaseOnly,
            K::Other,
        ] {
            assert!(!k.message(Lang::Zh).is_empty());
            assert_ne!(k.message(Lang::Zh), k.message(Lang::En));
        }
        assert!(K::CompanyFormSuffix
            .message(Lang::Zh)
            .contains("有限责任公司"));
    }

    fn rebuild(diff: &[DiffOp]) -> (String, String) {
        let (mut a, mut b) = (String::new(), String::new());
        for op in diff {
            match op {
                DiffOp::Equal(s) => {
                    a.push_str(s);
                    b.push_str(s);
                }
                DiffOp::Delete(s) => a.push_str(s),
                DiffOp::Insert(s) => b.push_str(s),
            }
        }
        (a, b)
    }

    proptest! {
        #[test]
        fn credit_code_never_panics(s in "\\PC*") {
            match check_credit_code(&s) {
                Ok(ok) => prop_assert_eq!(ok.normalized.chars().count(), CREDIT_CODE_LEN),
                Err(e) => {
                    prop_assert!(!e.message(Lang::Zh).is_empty());
                    prop_assert!(!e.message(Lang::En).is_empty());
                }
            }
        }

        #[test]
        fn credit_code_round_trips(first17 in "[0-9A-HJ-NPQRTUWXY]{17}") {
            let check = credit_code_check_char(&first17).unwrap();
            let code = format!("{first17}{check}");
            prop_assert!(check_credit_code(&code).is_ok());
            prop_assert!(check_credit_code(&code.to_lowercase()).unwrap().was_normalized);
        }

        #[test]
        fn id_card_never_panics(s in "\\PC*", digits in "[0-9]{17}[0-9Xx]") {
            for input in [s.as_str(), digits.as_str()] {
                if let Err(e) = check_id_card(input, today()) {
                    prop_assert!(!e.message(Lang::Zh).is_empty());
                    prop_assert!(!e.message(Lang::En).is_empty());
                }
            }
            let _ = mask_id(&s);
            let _ = mask_phone(&s);
        }

        #[test]
        fn names_never_panic_and_diff_rebuilds(a in "\\PC{0,40}", b in "\\PC{0,40}") {
            let c = compare_names(&a, &b);
            prop_assert_eq!(c.exact, a == b);
            prop_assert_eq!(c.exact, c.kinds.is_empty());
            let (ra, rb) = rebuild(&c.diff);
            prop_assert_eq!(ra, a);
            prop_assert_eq!(rb, b);
            for k in &c.kinds {
                prop_assert!(!k.message(Lang::En).is_empty());
            }
        }

        #[test]
        fn similar_names_diff_rebuilds(
            base in "[某科技有限责任公司（）() 　国國AaＡ]{0,30}",
            other in "[某科技有限责任公司（）() 　国國AaＡ]{0,30}",
        ) {
            let c = compare_names(&base, &other);
            let (ra, rb) = rebuild(&c.diff);
            prop_assert_eq!(ra, base);
            prop_assert_eq!(rb, other);
        }
    }
}
