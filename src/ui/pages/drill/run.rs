//! The run screen: the player's view with a per-decision countdown, number-key shortcuts and,
//! in facilitator mode, the facilitator's panel beside it. A finished run is saved as a
//! [`RunRecord`] and the debrief opens.

use std::rc::Rc;

use gloo::timers::callback::Interval;
use yew::prelude::*;
use yew_router::prelude::*;

use super::facilitator::FacilitatorPanel;
use super::gauges::Gauges;
use super::keys::use_digit_keys;
use super::shared::{random_bytes, sub, sub_href, trainee, use_library};
use crate::domain::drill::{player_view, seed_from_bytes, Run, RunRecord, Scenario};
use crate::domain::record::Meta;
use crate::i18n::{t, DrillK};
use crate::ui::platform;
use crate::ui::state::SameRc;
use crate::ui::store::{use_lang, use_store};
use crate::ui::sync;

#[derive(Properties, PartialEq)]
pub struct RunPageProps {
    pub scenario_key: AttrValue,
    pub facilitator: bool,
}

/// The run and the real time its current decision started.
#[derive(Clone)]
struct Live {
    run: Rc<Run>,
    step_started: f64,
}

/// The same run state (each change makes a new `Rc`): a cheap dependency for callbacks.
impl PartialEq for Live {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.run, &other.run) && self.step_started == other.step_started
    }
}

fn now_ms() -> f64 {
    js_sys::Date::now()
}

#[component]
pub fn RunPage(props: &RunPageProps) -> Html {
    let lang = use_lang();
    let store = use_store();
    let nav = use_navigator();
    // Looked up once per change of the library (not on every tick of the clock).
    let library = use_library();
    let scenario: Option<Rc<Scenario>> = (*use_memo(
        (SameRc(library), props.scenario_key.clone()),
        |(library, key)| {
            library
                .0
                .all
                .iter()
                .find(|s| s.key == key.as_str())
                .cloned()
                .map(Rc::new)
        },
    ))
    .clone();
    let live = {
        let scenario = scenario.clone();
        use_state(move || {
            let s = scenario?;
            let now = now_ms();
            let run = Run::start(&s, seed_from_bytes(random_bytes()), now as i64).ok()?;
            Some(Live {
                run: Rc::new(run),
                step_started: now,
            })
        })
    };
    let tick = use_state(now_ms);
    {
        let tick = tick.clone();
        use_effect_with((), move |_| {
            let iv = Interval::new(1000, move || tick.set(now_ms()));
            move || drop(iv)
        });
    }
    // Applies a decision (`Some(position shown)`) or a time-out (`None`); saves and leaves when
    // done. Choices are shown shuffled: the position maps to the scenario's choice here.
    // The same callback until the run, the scenario or the language changes (not per tick).
    let act = {
        let (store, live_handle, nav) = (store.clone(), live.clone(), nav.clone());
        let deps = ((*live).clone(), scenario.clone().map(SameRc), lang);
        use_callback(
            deps,
            move |choice: Option<usize>, (live, scenario, lang)| {
                let (Some(l), Some(s)) = (live.clone(), scenario.as_ref().map(|s| s.0.clone()))
                else {
                    return;
                };
                let lang = *lang;
                if l.run.is_finished() {
                    return;
                }
                let now = now_ms();
                let elapsed = (now - l.step_started).max(0.0) as u64;
                let next = match choice {
                    Some(shown) => match l.run.choice_order(&s).get(shown) {
                        Some(&i) => l.run.choose(&s, i, elapsed),
                        None => return,
                    },
                    None => l.run.time_out(&s, elapsed),
                };
                let Ok(next) = next else { return };
                if next.is_finished() {
                    let name = trainee();
                    let name = if name.trim().is_empty() {
                        t(lang, DrillK::Anonymous).to_owned()
                    } else {
                        name
                    };
                    let id = platform::fresh_id();
                    if let Ok(record) = RunRecord::new(
                        Meta::new(id, platform::now()),
                        &name,
                        &s,
                        &next,
                        platform::now(),
                    ) {
                        sync::save(&store, record);
                        if let Some(n) = &nav {
                            n.push(&sub(format!("debrief/{id}")));
                        }
                    }
                }
                live_handle.set(Some(Live {
                    run: Rc::new(next),
                    step_started: now,
                }));
            },
        )
    };
    // Number keys 1–9 choose.
    let on_digit = use_callback(act.clone(), |i: usize, act| act.emit(Some(i)));
    use_digit_keys(on_digit);
    // After each decision the new situation takes the focus, so keyboard and screen-reader
    // users continue from what just happened; the next Tab reaches the first choice.
    let situation_ref = use_node_ref();
    let decided = live.as_ref().map_or(0, |l| l.run.decisions.len());
    platform::use_focus_on(situation_ref.clone(), decided, decided > 0);
    let remaining = live.as_ref().and_then(|l| {
        let s = scenario.as_ref()?;
        let limit = l.run.current_step(s)?.time_limit_secs;
        (limit > 0 && !l.run.is_finished()).then(|| {
            let used = ((*tick).max(l.step_started) - l.step_started) / 1000.0;
            (f64::from(limit) - used).ceil().max(0.0) as u32
        })
    });
    {
        let act = act.clone();
        use_effect_with((*tick, remaining), move |(_, rem)| {
            if *rem == Some(0) {
                act.emit(None);
            }
        });
    }
    // An inject fired by hand in facilitator mode.
    let on_run = {
        let live_handle = live.clone();
        use_callback((*live).clone(), move |r: Run, live: &Option<Live>| {
            if let Some(mut cur) = live.clone() {
                cur.run = Rc::new(r);
                live_handle.set(Some(cur));
            }
        })
    };
    let (Some(s), Some(l)) = (scenario, (*live).clone()) else {
        return html! {
            <section class="page" data-testid="page-drill-run">
                <p class="banner error" role="alert">{ t(lang, DrillK::NotFound) }</p>
                <a href={sub_href("")}>{ t(lang, DrillK::Back) }</a>
            </section>
        };
    };
    let view = player_view(&s, &l.run);
    html! {
        <section class={classes!("page", "drill-run", props.facilitator.then_some("facilitating"))} data-testid="page-drill-run">
            <div class="page-head">
                <h1 data-testid="drill-run-title">{ view.title.get(lang).to_owned() }</h1>
                <span class="badge">{ view.role.label(lang) }</span>
            </div>
            <div class="drill-run-grid">
                <div class="drill-player" data-testid="drill-player">
                    <Gauges view={Rc::new(view.clone())} remaining={remaining} limit={l.run.current_step(&s).map_or(0, |st| st.time_limit_secs)} />
                    if view.finished {
                        <div class="banner ok" aria-live="polite" data-testid="drill-finished">
                            <p><strong>{ t(lang, DrillK::Finished) }</strong>{ " · " }{ view.ending.map(|e| e.label(lang)).unwrap_or_default() }</p>
                            <p>{ view.situation.get(lang).to_owned() }</p>
                        </div>
                    } else {
                        <h2 data-testid="drill-decision-no">{ t(lang, DrillK::Decision).replace("{}", &view.decision_no.to_string()) }</h2>
                        <p class="drill-situation" ref={situation_ref} tabindex="-1" data-testid="drill-situation" data-step={view.step.clone()}>{ view.situation.get(lang).to_owned() }</p>
                        <h3 id="drill-choices-h">{ t(lang, DrillK::Choices) }</h3>
                        <p class="hint">{ t(lang, DrillK::KeyHint) }</p>
                        <ol class="drill-choices" aria-labelledby="drill-choices-h">
                            { for view.choices.iter().zip(&view.choice_ids).enumerate().map(|(i, (c, id))| {
                                let onclick = act.reform(move |_: MouseEvent| Some(i));
                                html! {
                                    <li key={format!("{}-{i}", view.step)}>
                                        <button type="button" class="drill-choice" {onclick} data-testid={format!("drill-choice-{}", i + 1)}
                                            data-choice={id.to_string()}>
                                            <span class="drill-choice-no" aria-hidden="true">{ i + 1 }</span>
                                            { c.get(lang).to_owned() }
                                        </button>
                                    </li>
                                }
                            }) }
                        </ol>
                    }
                </div>
                if props.facilitator {
                    <FacilitatorPanel scenario={s.clone()} run={l.run.clone()} {on_run} />
                }
            </div>
            <p class="no-print"><a href={sub_href("")} data-testid="drill-back">{ t(lang, DrillK::Back) }</a></p>
        </section>
    }
}
