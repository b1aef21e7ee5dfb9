//! The case's 复盘 tab: start from the outcome, then reflections, the five whys with the blame
//! guard, cause categories, the pre-mortem hit, action items, training and print.

use std::rc::Rc;

use yew::prelude::*;

use super::actions::ActionsPanel;
use super::drill_button::DrillButton;
use super::factors::FactorsEditor;
use super::notes::NotesForm;
use super::outcome::OutcomeView;
use super::premortem::PremortemView;
use super::reflections::ReflectionsForm;
use super::shared::{error_line, failures_of, local_clock, print_page, retro_of, save_retro};
use super::whys::WhysEditor;
use crate::domain::retro::{case_outcome, Retro};
use crate::i18n::{t, RetroK};
use crate::ui::platform;
use crate::ui::store::use_app;

#[derive(Properties, PartialEq)]
pub struct CaseRetroTabProps {
    pub case_id: AttrValue,
}

/// The case's retro tab.
#[component]
pub fn CaseRetroTab(props: &CaseRetroTabProps) -> Html {
    let ctx = use_app();
    let lang = ctx.lang;
    let error = use_state(|| None::<String>);
    let Some(case) = ctx.case(&props.case_id) else {
        return Html::default();
    };
    let clock = local_clock();
    let failures = Rc::new(failures_of(&ctx, case.meta.id));
    let outcome = case_outcome(&case, &failures, &ctx.calendar, &clock);
    let Some(retro) = retro_of(&ctx, case.meta.id) else {
        let on_start = {
            let (ctx, case, error) = (ctx.clone(), case.clone(), error.clone());
            let outcome = outcome.clone();
            Callback::from(move |_: MouseEvent| {
                let next = outcome
                    .clone()
                    .and_then(|o| Retro::start(&case, o, platform::fresh_id(), platform::now()));
                save_retro(&ctx, next, &error, lang);
            })
        };
        return html! {
            <div class="retro-tab" data-testid="retro-tab">
                <p class="lead">{ t(lang, RetroK::StartLead) }</p>
                if let Ok(o) = &outcome {
                    <p data-testid="retro-outcome-preview">{ o.summary(lang) }</p>
                }
                if !case.meta.deleted {
                    <div class="actions">
                        <button type="button" class="primary" onclick={on_start}
                            data-testid="retro-start">{ t(lang, RetroK::Start) }</button>
                    </div>
                }
                { error_line(&error) }
            </div>
        };
    };
    // Refresh the stored outcome when the case moved on since.
    let stale = outcome.as_ref().is_ok_and(|o| *o != retro.outcome);
    let on_refresh = {
        let (ctx, retro, error) = (ctx.clone(), retro.clone(), error.clone());
        let outcome = outcome.clone();
        Callback::from(move |_: MouseEvent| {
            let next = outcome
                .clone()
                .and_then(|o| retro.with_outcome(o, platform::now()));
            save_retro(&ctx, next, &error, lang);
        })
    };
    let check = retro.check_knowing(&case.team.names());
    html! {
        <div class="retro-tab retro-report" data-testid="retro-tab">
            <div class="page-head">
                <h2>{ t(lang, RetroK::ReportTitle) }</h2>
                <div class="actions no-print">
                    <button type="button" onclick={Callback::from(|_: MouseEvent| print_page())}
                        data-testid="retro-print">{ t(lang, RetroK::Print) }</button>
                </div>
            </div>
            <p class={classes!("banner", if check.ready { "ok" } else { "warn" })} role="status"
                data-testid="retro-ready" data-ready={check.ready.to_string()}>
                { t(lang, if check.ready { RetroK::Ready } else { RetroK::NotReady }) }
            </p>
            if stale {
                <p class="banner warn no-print" data-testid="retro-outcome-stale">
                    { t(lang, RetroK::OutcomeStale) }{ " " }
                    <button type="button" onclick={on_refresh} data-testid="retro-outcome-refresh">
                        { t(lang, RetroK::Refresh) }</button>
                </p>
            }
            { error_line(&error) }
            <OutcomeView case={case.clone()} retro={retro.clone()} failures={failures.clone()} />
            <ReflectionsForm retro={retro.clone()} />
            <WhysEditor retro={retro.clone()} failures={failures.clone()} case={case.clone()} />
            <FactorsEditor retro={retro.clone()} />
            <PremortemView retro={retro.clone()} />
            <ActionsPanel retro={retro.clone()} />
            <NotesForm retro={retro.clone()} />
            <DrillButton retro={retro.clone()} case={case.clone()} failures={failures.clone()} />
        </div>
    }
}
