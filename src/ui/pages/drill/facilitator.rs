//! The facilitator's panel (projector mode): every choice with its rank, cost, next step and
//! feedback, the ideal choice from the best-path search, and the injects, any of which can be
//! fired by hand. The player's screen never shows this.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::drill::{facilitator_view, InjectStatus, Run, Scenario};
use crate::i18n::{t, DrillK};
use crate::ui::store::use_lang;

#[derive(Properties, PartialEq)]
pub struct FacilitatorPanelProps {
    pub scenario: Rc<Scenario>,
    pub run: Rc<Run>,
    /// Receives the run after an inject fired by hand.
    pub on_run: Callback<Run>,
}

#[component]
pub fn FacilitatorPanel(props: &FacilitatorPanelProps) -> Html {
    let lang = use_lang();
    // The best-path search can take milliseconds on big scenarios: once per run state.
    let fv = {
        let scenario = props.scenario.clone();
        use_memo(props.run.clone(), move |run| {
            facilitator_view(&scenario, run)
        })
    };
    let fire = |index: usize| {
        let (s, run, cb) = (
            props.scenario.clone(),
            props.run.clone(),
            props.on_run.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            if let Ok(next) = run.fire_inject(&s, index) {
                cb.emit(next);
            }
        })
    };
    html! {
        <aside class="drill-facilitator no-print" data-testid="drill-facilitator" aria-labelledby="drill-fac-h">
            <h2 id="drill-fac-h">{ t(lang, DrillK::FacilitatorPanel) }</h2>
            <p data-testid="drill-fac-notify"><strong>{ t(lang, DrillK::Notify) }{ "：" }</strong>{ fv.notify.message(lang) }</p>
            if !fv.player.finished {
                <ol class="drill-fac-choices">
                    { for fv.choices.iter().enumerate().map(|(i, c)| {
                        let ideal = fv.ideal_choice == Some(i);
                        html! {
                            <li key={i} class={classes!(ideal.then_some("ideal"))}
                                data-testid={format!("drill-fac-choice-{}", i + 1)} data-rank={c.rank.key()}>
                                <strong>{ c.text.get(lang).to_owned() }</strong>
                                if ideal { <span class="badge ok" data-testid="drill-ideal">{ "★ " }{ t(lang, DrillK::Ideal) }</span> }
                                if c.is_default { <span class="badge">{ t(lang, DrillK::Default) }</span> }
                                <div class="hint">
                                    { t(lang, DrillK::Rank) }{ "：" }{ c.rank.label(lang) }{ " · " }
                                    { t(lang, DrillK::Cost) }{ "：" }{ c.cost_minutes }{ " · " }
                                    { t(lang, DrillK::Next) }{ "：" }{ c.next.clone() }
                                </div>
                                <p>{ c.feedback.get(lang).to_owned() }</p>
                            </li>
                        }
                    }) }
                </ol>
            }
            <h3>{ t(lang, DrillK::Injects) }</h3>
            <ul class="drill-fac-injects">
                { for fv.injects.iter().map(|inj| {
                    let status = match inj.status {
                        InjectStatus::Delivered { .. } => t(lang, DrillK::Delivered),
                        _ => t(lang, DrillK::Pending),
                    };
                    html! {
                        <li key={inj.index} data-testid={format!("drill-inject-{}", inj.index)}>
                            <span>{ inj.text.get(lang).to_owned() }</span>
                            <span class="hint">{ " · " }{ t(lang, DrillK::AtMinute).replace("{}", &inj.at_sim_minute.to_string()) }{ " · " }{ status }</span>
                            if inj.can_fire && !fv.player.finished {
                                <button type="button" onclick={fire(inj.index)} data-testid={format!("drill-fire-{}", inj.index)}>{ t(lang, DrillK::Fire) }</button>
                            }
                        </li>
                    }
                }) }
            </ul>
        </aside>
    }
}
