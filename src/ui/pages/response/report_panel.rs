//! The daily progress report: one tap makes today's from the timeline, staff add a note, copy
//! it, and mark it sent. The history lists every report and the days one was missed.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::case::Case;
use crate::domain::response::{
    format_date, make_report, missed_report_days, overdue_report, timeline, Channel, Failure,
    ProgressReport,
};
use crate::i18n::{pick, t, Localized, RespK};
use crate::ui::pages::response::desk_note::DeskNote;
use crate::ui::pages::response::report_history::ReportHistory;
use crate::ui::pages::response::shared::{copy_text, local_clock};
use crate::ui::store::{use_calendar, use_lang, use_record_editor};

#[derive(Properties, PartialEq)]
pub struct ReportPanelProps {
    pub case: Rc<Case>,
    pub failure: Rc<Failure>,
    /// Every failure of the case (the timeline is built from all of them).
    pub all: Rc<Vec<Failure>>,
}

#[component]
pub fn ReportPanel(props: &ReportPanelProps) -> Html {
    let lang = use_lang();
    let calendar = use_calendar();
    let f = &props.failure;
    let editor = use_record_editor::<Failure>(Some(f.meta.id));
    let draft = use_state(|| None::<ProgressReport>);
    let channel = use_state(|| Channel::WeChat);
    let message = use_state(|| None::<DeskNote>);
    let clock = local_clock();
    let on_make = {
        let (calendar, f, case, all) = (
            calendar.clone(),
            f.clone(),
            props.case.clone(),
            props.all.clone(),
        );
        let (draft, message) = (draft.clone(), message.clone());
        Callback::from(move |_: MouseEvent| {
            let clock = local_clock();
            let events = timeline(&case, &all, &[], crate::i18n::event_text);
            match make_report(&f, &case, &events, &clock, &calendar) {
                Ok(report) => {
                    message.set(None);
                    draft.set(Some(report));
                }
                Err(e) => message.set(Some(DeskNote::Refused(e))),
            }
        })
    };
    let on_note = {
        let draft = draft.clone();
        Callback::from(move |e: InputEvent| {
            let area: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
            if let Some(mut r) = (*draft).clone() {
                r.note = area.value();
                draft.set(Some(r));
            }
        })
    };
    let on_channel = {
        let channel = channel.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            channel.set(Channel::from_key(&select.value()).unwrap_or(Channel::WeChat));
        })
    };
    let text = draft.as_ref().map(|r| r.text(&props.case, lang));
    let on_copy = {
        let (text, message) = (text.clone().unwrap_or_default(), message.clone());
        Callback::from(move |_: MouseEvent| {
            let message = message.clone();
            copy_text(
                text.clone(),
                Callback::from(move |ok: bool| {
                    message.set(Some(DeskNote::Say(if ok {
                        RespK::Copied
                    } else {
                        RespK::CopyFailed
                    })))
                }),
            );
        })
    };
    let on_send = {
        let (draft, channel, message) = (draft.clone(), channel.clone(), message.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(report) = (*draft).clone() else {
                return;
            };
            let now = local_clock().now;
            match editor.apply(|f| f.log_report(&report, *channel, now)) {
                Ok(()) => {
                    draft.set(None);
                    message.set(Some(DeskNote::Say(RespK::ReportSentNote)));
                }
                Err(e) => message.set(Some(DeskNote::Refused(e))),
            }
        })
    };
    let today = clock.today();
    let sent_today = f.report_on(today).is_some();
    let missed = missed_report_days(f, &clock);
    let open = f.is_open();
    html! {
        <div class="report-panel" data-testid="report-panel">
            if overdue_report(f, &clock) {
                <p class="banner error" role="status" data-testid="report-overdue">
                    { pick(lang, format!("{}的进度报告还没有发出。", format_date(today, lang)),
                        format!("The progress report for {} has not been sent.", format_date(today, lang))) }</p>
            }
            if !missed.is_empty() {
                <p class="banner warn" data-testid="report-missed">{ pick(lang,
                    format!("漏发的日子：{}", join_days(&missed, lang, "、")),
                    format!("Days without a report: {}", join_days(&missed, lang, ", "))) }</p>
            }
            if open {
                <button type="button" class="primary big" onclick={on_make} data-testid="make-report">
                    { t(lang, if sent_today { RespK::ReportRemake } else { RespK::ReportMake }) }</button>
            }
            if let (Some(report), Some(text)) = (&*draft, text) {
                <div class="report-draft" data-testid="report-draft">
                    <pre class="message" data-testid="report-text">{ text }</pre>
                    <label for="report-note" class="block-label">{ t(lang, RespK::ReportNote) }</label>
                    <textarea id="report-note" rows="2" value={report.note.clone()} oninput={on_note}
                        data-testid="report-note" />
                    <div class="row-fields">
                        <div class="field">
                            <label for="report-channel">{ t(lang, RespK::NotifyChannel) }</label>
                            <select id="report-channel" onchange={on_channel} data-testid="report-channel">
                                { for Channel::ALL.iter().map(|c| html! {
                                    <option key={c.key()} value={c.key()} selected={*c == *channel}>{ c.label(lang) }</option>
                                }) }
                            </select>
                        </div>
                    </div>
                    <div class="actions">
                        <button type="button" onclick={on_copy} data-testid="report-copy">{ t(lang, RespK::CopyText) }</button>
                        <button type="button" class="primary big" onclick={on_send} data-testid="report-send">
                            { t(lang, RespK::ReportSend) }</button>
                    </div>
                </div>
            }
            <p aria-live="polite" data-testid="report-message">{ message.as_ref().map(|m| m.message(lang)).unwrap_or_default() }</p>
            <ReportHistory case={props.case.clone()} failure={f.clone()} />
        </div>
    }
}

fn join_days(days: &[chrono::NaiveDate], lang: crate::i18n::Lang, sep: &str) -> String {
    days.iter()
        .map(|d| format_date(*d, lang))
        .collect::<Vec<_>>()
        .join(sep)
}
