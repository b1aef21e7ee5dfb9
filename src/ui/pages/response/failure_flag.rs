//! A case's failure alerts in one line for the case list: a running (or missed) one-hour
//! clock and an overdue daily report. Shown as of the last render; the home screen and the
//! failure desk tick.

use yew::prelude::*;

use crate::domain::response::{clock, overdue_report, Failure, LocalClock};
use crate::i18n::pick;
use crate::ui::platform;
use crate::ui::store::use_app;

#[derive(Properties, PartialEq)]
pub struct FailureFlagProps {
    pub case_id: AttrValue,
}

#[component]
pub fn FailureFlag(props: &FailureFlagProps) -> Html {
    let ctx = use_app();
    let lang = ctx.lang;
    let now = platform::now();
    let local = LocalClock::from_js_offset(now, js_sys::Date::new_0().get_timezone_offset() as i32);
    let mine: Vec<&Failure> = ctx
        .data
        .failures
        .values()
        .map(|f| f.as_ref())
        .filter(|f| {
            !f.meta.deleted && f.is_open() && f.case_id.to_string() == props.case_id.as_str()
        })
        .collect();
    if mine.is_empty() {
        return Html::default();
    }
    let clocks: Vec<_> = mine
        .iter()
        .filter(|f| f.notification.is_none())
        .map(|f| (clock(f, now), f.notify_window()))
        .collect();
    let reports_due = mine.iter().any(|f| overdue_report(f, &local));
    html! {
        <span class="sub failure-flag" data-testid="failure-flag">
            { for clocks.iter().map(|(state, window)| html! {
                <span class={classes!("flag", state.is_missed().then_some("missed"))}>
                    { format!("⏱ {} {}", state.face(), state.caption(*window, lang)) }
                </span>
            }) }
            if reports_due {
                <span class="flag missed">{ pick(lang, "⚠ 今日进度报告未发".into(), "⚠ Today's report not sent".into()) }</span>
            }
        </span>
    }
}
