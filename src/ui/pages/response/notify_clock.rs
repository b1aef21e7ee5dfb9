//! The notification clock face: time left (ticking), time over (red, with the words), or the
//! time the notification took once it is logged; the promise it measures is said beside it.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::response::{clock, ClockState, Failure};
use crate::i18n::{pick, t, Lang, RespK};
use crate::ui::pages::response::shared::use_ticking_clock;
use crate::ui::store::use_lang;

#[derive(Properties, PartialEq)]
pub struct NotifyClockProps {
    pub failure: Rc<Failure>,
    /// The small form used in lists (one line, no caption).
    #[prop_or_default]
    pub compact: bool,
}

#[component]
pub fn NotifyClock(props: &NotifyClockProps) -> Html {
    let lang = use_lang();
    let f = &props.failure;
    let ticking = f.is_open() && f.notification.is_none();
    let now = use_ticking_clock(ticking).now;
    let state = clock(f, now);
    let (label, face) = match state {
        ClockState::Running { .. } => (t(lang, RespK::ClockLeft), state.face()),
        ClockState::Overdue { .. } => (
            t(lang, RespK::ClockHour),
            format!("{} {}", t(lang, RespK::ClockOverdue), state.face()),
        ),
        ClockState::StoppedInTime { .. } | ClockState::StoppedLate { .. } => {
            (t(lang, RespK::ClockTook), state.face())
        }
    };
    let class = classes!(
        "notify-clock",
        format!("clock-{}", state.key()),
        state.is_missed().then_some("missed"),
        props.compact.then_some("compact"),
    );
    html! {
        <div {class} role="timer" data-testid="notify-clock" data-state={state.key()}>
            <span class="clock-label">{ label }</span>
            <span class="clock-face" data-testid="clock-face">{ face }</span>
            if !props.compact {
                <span class="clock-caption" data-testid="clock-caption">{ state.caption(f.notify_window(), lang) }</span>
                <span class="clock-promise sub" data-testid="clock-promise">{ promise_text(f.notify_within_hours, lang) }</span>
            }
        </div>
    }
}

/// The promise the clock measures, said beside it.
fn promise_text(hours: u32, lang: Lang) -> String {
    pick(
        lang,
        format!("承诺：发现后 {hours} 小时内告知客户"),
        format!(
            "Promise: tell the client within {hours} hour{} of finding it",
            if hours == 1 { "" } else { "s" }
        ),
    )
}
