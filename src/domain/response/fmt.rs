//! Formatting shared by the drafts, reports and the UI: money, dates and durations.

use chrono::{Datelike, Duration, NaiveDate, Weekday};

use super::error::ResponseError;
use super::types::pick_string;
use crate::domain::lang::Lang;

/// Largest amount accepted from text: ten billion yuan, far above any fee or fine.
const MAX_PARSED_CENTS: u64 = 1_000_000_000_000;

/// "500 元" / "500 yuan"; fen are shown only when there are any ("1,200.50 元").
pub fn format_yuan(cents: u64, lang: Lang) -> String {
    let whole = group_thousands(cents / 100);
    let fen = cents % 100;
    let number = if fen == 0 {
        whole
    } else {
        format!("{whole}.{fen:02}")
    };
    pick_string(lang, format!("{number} 元"), format!("{number} yuan"))
}

fn group_thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Parses an amount typed in yuan: "500", "500.5", "1,200.50", "￥500", "500元", "500 yuan".
/// Blank text is no amount (`Ok(None)`). At most two decimals.
pub fn parse_yuan(text: &str) -> Result<Option<u64>, ResponseError> {
    let cleaned: String = text
        .chars()
        .map(fold_width)
        .filter(|c| !c.is_whitespace() && *c != ',')
        .flat_map(char::to_lowercase)
        .collect();
    let cleaned = cleaned
        .trim_start_matches(['¥', '￥'])
        .trim_start_matches("cny")
        .trim_start_matches("rmb")
        .trim_end_matches('元')
        .trim_end_matches("yuan")
        .trim_end_matches("rmb");
    if cleaned.is_empty() {
        return if text.trim().is_empty() {
            Ok(None)
        } else {
            Err(ResponseError::BadAmount(text.trim().to_owned()))
        };
    }
    let bad = || ResponseError::BadAmount(text.trim().to_owned());
    let (whole, frac) = match cleaned.split_once('.') {
        Some((w, f)) => (w, f),
        None => (cleaned, ""),
    };
    let all_digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
    if (whole.is_empty() && frac.is_empty()) || !all_digits(whole) || !all_digits(frac) {
        return Err(bad());
    }
    if frac.len() > 2 {
        return Err(bad());
    }
    let whole: u64 = if whole.is_empty() {
        0
    } else {
        whole.parse().map_err(|_| ResponseError::AmountTooLarge)?
    };
    let fen: u64 = match frac.len() {
        0 => 0,
        1 => frac.parse::<u64>().map_err(|_| bad())? * 10,
        _ => frac.parse().map_err(|_| bad())?,
    };
    let cents = whole
        .checked_mul(100)
        .and_then(|c| c.checked_add(fen))
        .filter(|c| *c <= MAX_PARSED_CENTS)
        .ok_or(ResponseError::AmountTooLarge)?;
    Ok(Some(cents))
}

/// Full-width digits and punctuation (as typed by a Chinese IME) to their ASCII forms; the
/// ideographic full stop doubles as a decimal point when typed in a number.
fn fold_width(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' => ' ',
        '。' => '.',
        _ => c,
    }
}

/// The short weekday name: "周四" / "Thu" (the app's one weekday table).
pub fn weekday_name(date: NaiveDate, lang: Lang) -> &'static str {
    let (zh, en) = match date.weekday() {
        Weekday::Mon => ("周一", "Mon"),
        Weekday::Tue => ("周二", "Tue"),
        Weekday::Wed => ("周三", "Wed"),
        Weekday::Thu => ("周四", "Thu"),
        Weekday::Fri => ("周五", "Fri"),
        Weekday::Sat => ("周六", "Sat"),
        Weekday::Sun => ("周日", "Sun"),
    };
    match lang {
        Lang::Zh => zh,
        Lang::En => en,
    }
}

/// "3月5日（周四）" / "Thu 5 Mar": what a client reads in a message (the year is obvious there).
pub fn format_date(date: NaiveDate, lang: Lang) -> String {
    let day = weekday_name(date, lang);
    match lang {
        Lang::Zh => format!("{}月{}日（{day}）", date.month(), date.day()),
        Lang::En => format!("{day} {} {}", date.day(), date.format("%b")),
    }
}

/// A countdown for the clock face: "59:59", or "1:05:00" past an hour. Negative durations
/// are shown as their size (the clock state says whether it is over or under).
pub fn format_clock(d: Duration) -> String {
    let secs = d.num_seconds().unsigned_abs();
    let (h, m, s) = (secs / 3600, (secs % 3600) / 60, secs % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m:02}:{s:02}")
    }
}

/// A duration in words, minute precision: "35 分钟", "1 小时 20 分钟", "2 天 3 小时".
pub fn format_duration(d: Duration, lang: Lang) -> String {
    let minutes = d.num_minutes().unsigned_abs();
    let (days, hours, mins) = (minutes / 1440, (minutes % 1440) / 60, minutes % 60);
    let mut zh = Vec::new();
    let mut en = Vec::new();
    if days > 0 {
        zh.push(format!("{days} 天"));
        en.push(format!("{days} d"));
    }
    if hours > 0 {
        zh.push(format!("{hours} 小时"));
        en.push(format!("{hours} h"));
    }
    // Minutes are dropped once the duration is counted in days; nobody reads them there.
    if days == 0 && (mins > 0 || hours == 0) {
        zh.push(format!("{mins} 分钟"));
        en.push(format!("{mins} min"));
    }
    pick_string(lang, zh.join(" "), en.join(" "))
}
