//! A case's failure alerts in one line for the case list: a running (or missed) one-hour
//! clock and an overdue daily report. Shown as of the last render; the home screen and the
//! failure desk tick.

use uuid::Uuid;
use yew::prelude::*;

use crate::domain::response::{clock, overdue_report, LocalClock};
use crate::i18n::pick;
use crate::ui::platform;
use crate::ui::store::{same_rows, use_lang, use_select_by, OpenFailures};

#[derive(Properties, PartialEq)]
pub struct FailureFlagProps {
    pub case_id: AttrValue,
}

#[component]
pub fn FailureFlag(props: &FailureFlagProps) -> Html {
    let lang = use_lang();
    // This case's open failures only: the row re-renders when they change, not on every edit.
    let id = Uuid::parse_str(&props.case_id).ok();
    let mine = use_select_by(
        move |v| {
            id.and_then(|id| v.index::<OpenFailures>().0.get(&id).cloned())
                .unwrap_or_default()
        },
        same_rows,
    );
    let now = platform::now();
    let local = LocalClock::from_js_offset(now, js_sys::Date::new_0().get_timezone_offset() as i32);
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
