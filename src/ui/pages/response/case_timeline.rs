//! The case's whole timeline, oldest first: created, moves, failures, notifications, remedy
//! steps, reports, compensation, outcome. Key events are marked with a word, not only bold.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::case::Case;
use crate::domain::response::{timeline, Failure};
use crate::i18n::{t, RespK};
use crate::ui::platform;
use crate::ui::store::use_lang;

#[derive(Properties, PartialEq)]
pub struct CaseTimelineProps {
    pub case: Rc<Case>,
    pub all: Rc<Vec<Failure>>,
}

#[component]
pub fn CaseTimeline(props: &CaseTimelineProps) -> Html {
    let lang = use_lang();
    let entries = timeline(&props.case, &props.all, &[], crate::i18n::event_text);
    html! {
        <section class="desk-section" aria-labelledby="timeline-title">
            <h2 id="timeline-title">{ t(lang, RespK::TimelineTitle) }</h2>
            <p class="hint">{ t(lang, RespK::TimelineHint) }</p>
            <ol class="timeline response-timeline" data-testid="response-timeline">
                { for entries.iter().enumerate().map(|(i, e)| html! {
                    <li key={i} class={classes!(e.key.then_some("key"), format!("tl-{}", e.kind.key()))}
                        data-testid="tl-entry" data-kind={e.kind.key().to_owned()} data-key={e.key.to_string()}>
                        <time>{ platform::local_time(e.at) }</time>{ " " }
                        if e.key { <span class="key-mark">{ t(lang, RespK::KeyEvent) }</span>{ " " } }
                        <span class="tl-text">{ e.text(lang).to_owned() }</span>
                    </li>
                }) }
            </ol>
        </section>
    }
}
