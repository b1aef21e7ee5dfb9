//! The debrief of a stored run: score by dimension, the path taken beside the best path, each
//! decision's feedback and the better choice, the time taken. Printable.

use std::rc::Rc;

use uuid::Uuid;
use yew::prelude::*;

use super::score_bars::ScoreBars;
use super::shared::{copy_text, mm_ss, sub_href, use_library};
use crate::domain::drill::{debrief, Debrief, RunRecord};
use crate::i18n::{t, DrillK, Lang};
use crate::ui::store::{use_lang, use_record};

#[derive(Properties, PartialEq)]
pub struct DebriefPageProps {
    pub run_id: AttrValue,
}

fn taken(lang: Lang, d: &Debrief) -> Html {
    html! {
        <ol class="drill-path" data-testid="drill-path-taken">
            { for d.taken.iter().enumerate().map(|(i, s)| html! {
                <li key={i} class={classes!("drill-path-step", s.on_best_path.then_some("on-best"))}
                    data-testid="drill-taken-step" data-rank={s.rank.key()} data-timed-out={s.timed_out.to_string()}>
                    <p class="hint">{ s.situation.get(lang).to_owned() }</p>
                    <p><strong>{ s.text.get(lang).to_owned() }</strong>{ " · " }{ s.rank.label(lang) }
                        { " · " }{ mm_ss(s.real_ms) }</p>
                    if s.timed_out { <p class="badge bad" data-testid="drill-timed-out">{ t(lang, DrillK::TimedOut) }</p> }
                    <p>{ t(lang, DrillK::Feedback) }{ "：" }{ s.feedback.get(lang).to_owned() }</p>
                    if let Some(b) = &s.better {
                        <p class="drill-better" data-testid="drill-better">{ t(lang, DrillK::Better) }{ "：" }
                            <strong>{ b.text.get(lang).to_owned() }</strong>{ " — " }{ b.feedback.get(lang).to_owned() }</p>
                    }
                    if let Some(g) = s.goal {
                        <p class="hint">{ t(lang, DrillK::Principle) }{ "：" }{ g.principle(lang) }</p>
                    }
                </li>
            }) }
        </ol>
    }
}

#[component]
pub fn DebriefPage(props: &DebriefPageProps) -> Html {
    let lang = use_lang();
    let record = use_record::<RunRecord>(Uuid::parse_str(&props.run_id).ok());
    let library = use_library();
    let scenario = record.as_ref().and_then(|r| {
        library
            .all
            .iter()
            .find(|s| s.key == r.scenario_key)
            .cloned()
    });
    // The best-path search behind the debrief runs once per stored run.
    let copied = use_state(|| None::<bool>);
    let report = use_memo((record.clone(), scenario.clone()), |(record, scenario)| {
        let (r, s) = (record.as_ref()?, scenario.as_ref()?);
        let run = r.replay(s).ok()?;
        Some(Rc::new(debrief(s, &run)))
    });
    let Some(d) = (*report).clone() else {
        return html! {
            <section class="page" data-testid="page-drill-debrief">
                <p class="banner error" role="alert">{ t(lang, DrillK::NotFound) }</p>
                <a href={sub_href("")}>{ t(lang, DrillK::Back) }</a>
            </section>
        };
    };
    let trainee = record
        .as_ref()
        .map(|r| r.trainee.clone())
        .unwrap_or_default();
    let on_copy = {
        let (copied, text) = (copied.clone(), d.to_text(lang));
        Callback::from(move |_: MouseEvent| {
            let (copied, text) = (copied.clone(), text.clone());
            wasm_bindgen_futures::spawn_local(async move {
                copied.set(Some(copy_text(text).await));
            });
        })
    };
    let on_print = Callback::from(|_: MouseEvent| crate::ui::platform::print_page());
    html! {
        <section class="page drill-debrief printable" data-testid="page-drill-debrief">
            <div class="page-head">
                <h1>{ t(lang, DrillK::Debrief) }{ " · " }{ d.title.get(lang).to_owned() }</h1>
            </div>
            <p>{ t(lang, DrillK::Trainee) }{ "：" }<strong data-testid="drill-debrief-trainee">{ trainee }</strong>
                { " · " }{ d.role.label(lang) }{ " · " }{ t(lang, DrillK::TimeTaken) }{ "：" }
                <span data-testid="drill-time-taken">{ mm_ss(d.real_ms_total) }</span></p>
            <p data-testid="drill-ending">{ t(lang, DrillK::Ending) }{ "：" }{ d.ending.map(|e| e.label(lang)).unwrap_or_default() }
                { " — " }{ d.ending_text.get(lang).to_owned() }</p>
            <ScoreBars card={Rc::new(d.score.clone())} />
            if let Some(w) = d.weakest {
                <p data-testid="drill-weakest">{ t(lang, DrillK::Weakest) }{ "：" }<strong>{ w.label(lang) }</strong></p>
            }
            <div class="drill-paths">
                <div>
                    <h2>{ t(lang, DrillK::PathTaken) }</h2>
                    { taken(lang, &d) }
                </div>
                <div>
                    <h2>{ t(lang, DrillK::BestPath) }</h2>
                    <ol class="drill-path" data-testid="drill-best-path">
                        { for d.best_path.iter().enumerate().map(|(i, p)| html! {
                            <li key={i}><p class="hint">{ p.situation.get(lang).to_owned() }</p>
                                <p><strong>{ p.text.get(lang).to_owned() }</strong>{ " · " }{ p.rank.label(lang) }</p></li>
                        }) }
                    </ol>
                    <p>{ t(lang, DrillK::Ending) }{ "：" }{ d.best_ending.map(|e| e.label(lang)).unwrap_or_default() }</p>
                </div>
            </div>
            <div class="actions no-print">
                <button type="button" onclick={on_print} data-testid="drill-print">{ t(lang, DrillK::Print) }</button>
                <button type="button" onclick={on_copy} data-testid="drill-copy-text">{ t(lang, DrillK::CopyText) }</button>
                <a class="button" href={sub_href("progress")} data-testid="drill-to-progress">{ t(lang, DrillK::Progress) }</a>
                <a class="button" href={sub_href("")} data-testid="drill-back">{ t(lang, DrillK::Back) }</a>
            </div>
            <div class="no-print" aria-live="polite">
                if let Some(ok) = *copied {
                    <p class={classes!("banner", if ok { "ok" } else { "error" })} data-testid="drill-copy-result" data-ok={ok.to_string()}>
                        { t(lang, if ok { DrillK::Copied } else { DrillK::CopyFailed }) }</p>
                }
            </div>
        </section>
    }
}
