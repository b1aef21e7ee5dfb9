use chrono::Duration;
use proptest::prelude::*;

use super::*;

#[test]
fn amounts_parse_the_way_staff_type_them() {
    let ok = |s: &str| parse_yuan(s).expect("parses");
    assert_eq!(ok(""), None);
    assert_eq!(ok("   "), None);
    assert_eq!(ok("500"), Some(50_000));
    assert_eq!(ok("500元"), Some(50_000));
    assert_eq!(ok("￥500"), Some(50_000));
    assert_eq!(ok("１，２００．５"), Some(120_050));
    assert_eq!(ok("1,200.50"), Some(120_050));
    assert_eq!(ok("0.5"), Some(50));
    assert_eq!(ok("CNY 2000"), Some(200_000));
    assert_eq!(ok("2000 yuan"), Some(200_000));
    for bad in ["abc", "5.123", "1.2.3", "-5", "元", "."] {
        assert!(
            matches!(parse_yuan(bad), Err(ResponseError::BadAmount(_))),
            "{bad}"
        );
    }
    assert_eq!(
        parse_yuan("99999999999999999999999"),
        Err(ResponseError::AmountTooLarge)
    );
}

#[test]
fn amounts_dates_and_durations_read_naturally() {
    assert_eq!(format_yuan(50_000, Lang::Zh), "500 元");
    assert_eq!(format_yuan(120_050, Lang::En), "1,200.50 yuan");
    assert_eq!(format_yuan(0, Lang::Zh), "0 元");
    assert_eq!(format_date(day(2026, 3, 5), Lang::Zh), "3月5日（周四）");
    assert_eq!(format_date(day(2026, 3, 5), Lang::En), "Thu 5 Mar");
    assert_eq!(format_clock(Duration::seconds(59 * 60 + 59)), "59:59");
    assert_eq!(format_clock(Duration::seconds(3900)), "1:05:00");
    assert_eq!(format_duration(Duration::minutes(35), Lang::Zh), "35 分钟");
    assert_eq!(
        format_duration(Duration::minutes(80), Lang::Zh),
        "1 小时 20 分钟"
    );
    assert_eq!(format_duration(Duration::minutes(60), Lang::En), "1 h");
    assert_eq!(
        format_duration(Duration::minutes(1500), Lang::En),
        "1 d 1 h"
    );
    assert_eq!(format_duration(Duration::zero(), Lang::Zh), "0 分钟");
}

#[test]
fn the_local_clock_follows_the_device_offset() {
    let late_evening = bj(2026, 3, 3, 23, 30, 0);
    assert_eq!(clock_at(late_evening).today(), day(2026, 3, 3));
    // JavaScript reports Beijing as -480; UTC sees the same instant on the 3rd too.
    assert_eq!(
        LocalClock::from_js_offset(late_evening, -480).today(),
        day(2026, 3, 3)
    );
    assert_eq!(
        LocalClock::from_js_offset(late_evening, -540).today(),
        day(2026, 3, 4)
    );
    // Nonsense offsets fall back to Beijing time rather than failing.
    assert_eq!(
        LocalClock::from_js_offset(late_evening, 100_000).today(),
        day(2026, 3, 3)
    );
    assert_eq!(clock_at(late_evening).time_of(late_evening), "23:30");
}

proptest! {
    #[test]
    fn formatted_amounts_parse_back(cents in 0u64..1_000_000_000_000) {
        let text = format_yuan(cents, Lang::Zh);
        prop_assert_eq!(parse_yuan(&text), Ok(Some(cents)));
        let text = format_yuan(cents, Lang::En);
        prop_assert_eq!(parse_yuan(&text), Ok(Some(cents)));
    }

    #[test]
    fn parsing_never_panics(text in "\\PC{0,30}") {
        let _ = parse_yuan(&text);
    }
}
