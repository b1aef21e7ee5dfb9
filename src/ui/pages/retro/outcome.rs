//! Where the retrospective starts: the outcome against the hard date and the case timeline
//! (from the failure desk), key events marked with a word.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::case::Case;
use crate::domain::response::{format_date, timeline, Failure};
use crate::domain::retro::Retro;
use crate::i18n::{pick, t, RetroK};
use crate::ui::platform;
use crate::ui::store::use_lang;

#[derive(Properties, PartialEq)]
pub struct OutcomeViewProps {
    pub case: Rc<Case>,
    pub retro: Rc<Retro>,
    pub failures: Rc<Vec<Failure>>,
}

#[component]
pub fn OutcomeView(props: &OutcomeViewProps) -> Html {
    let lang = use_lang();
    let o = &props.retro.outcome;
    let entries = timeline(&props.case, &props.failures, &[], crate::i18n::event_text);
    let verdict = match (o.finished_on, o.met_hard_date) {
        (Some(_), true) => ("met", t(lang, RetroK::Met).to_owned()),
        (_, _) if o.missed_by_working_days > 0 => (
            "missed",
            pick(
                lang,
                format!("错过 {} 个工作日", o.missed_by_working_days),
                format!("Missed by {} working day(s)", o.missed_by_working_days),
            ),
        ),
        (Some(_), false) => ("missed", t(lang, RetroK::MissedDayOff).to_owned()),
        (None, _) => ("open", t(lang, RetroK::NotFinished).to_owned()),
    };
    html! {
        <section class="retro-section" aria-labelledby="retro-outcome-title">
            <h3 id="retro-outcome-title">{ t(lang, RetroK::OutcomeTitle) }</h3>
            <p data-testid="retro-outcome">{ o.summary(lang) }</p>
            <dl class="facts">
                <div class="fact"><dt>{ t(lang, RetroK::HardDate) }</dt>
                    <dd>{ format_date(o.hard_date, lang) }</dd></div>
                <div class="fact"><dt>{ t(lang, RetroK::FinishedOn) }</dt>
                    <dd>{ o.finished_on.map_or_else(|| "—".to_owned(), |d| format_date(d, lang)) }</dd></div>
                <div class="fact"><dt>{ t(lang, RetroK::Verdict) }</dt>
                    <dd class={format!("verdict-{}", verdict.0)} data-testid="retro-verdict"
                        data-verdict={verdict.0}>{ verdict.1 }</dd></div>
            </dl>
            <h4>{ t(lang, RetroK::TimelineTitle) }</h4>
            <ol class="timeline" data-testid="retro-timeline">
                { for entries.iter().enumerate().map(|(i, e)| html! {
                    <li key={i} class={classes!(e.key.then_some("key"))} data-testid="retro-tl-entry"
                        data-key={e.key.to_string()}>
                        <time>{ platform::local_time(e.at) }</time>{ " " }
                        if e.key { <span class="key-mark">{ t(lang, RetroK::KeyEvent) }</span>{ " " } }
                        <span>{ e.text(lang).to_owned() }</span>
                    </li>
                }) }
            </ol>
        </section>
    }
}
