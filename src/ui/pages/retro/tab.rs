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
use super::shared::{
    error_line, failures_of, local_clock, print_page, retro_of, save_retro, start_retro,
};
use super::whys::WhysEditor;
use crate::domain::response::Failure;
use crate::domain::retro::{case_outcome, Retro, RetroError};
use crate::i18n::{t, RetroK};
use crate::ui::platform;
use crate::ui::store::{
    use_calendar, use_case, use_lang, use_record_editor, use_records_of_case, use_store,
};

#[derive(Properties, PartialEq)]
pub struct CaseRetroTabProps {
    pub case_id: AttrValue,
}

/// The case's retro tab.
#[component]
pub fn CaseRetroTab(props: &CaseRetroTabProps) -> Html {
    let lang = use_lang();
    let store = use_store();
    let calendar = use_calendar();
    let error = use_state(|| None::<RetroError>);
    let case = use_case(&props.case_id);
    let case_id = case.as_ref().map(|c| c.meta.id);
    let retro = retro_of(&use_records_of_case::<Retro>(case_id));
    let failures = use_records_of_case::<Failure>(case_id);
    // One editor for every section: each applies its change to the latest stored version.
    let editor = use_record_editor::<Retro>(retro.as_ref().map(|r| r.meta.id));
    let Some(case) = case else {
        return Html::default();
    };
    let clock = local_clock();
    let failures = Rc::new(failures_of(&failures));
    let outcome = case_outcome(&case, &failures, &calendar, &clock);
    let Some(retro) = retro else {
        let on_start = {
            let (store, case, error) = (store.clone(), case.clone(), error.clone());
            let outcome = outcome.clone();
            Callback::from(move |_: MouseEvent| {
                let next = outcome
                    .clone()
                    .and_then(|o| Retro::start(&case, o, platform::fresh_id(), platform::now()));
                start_retro(&store, next, &error);
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
                { error_line(&error, lang) }
            </div>
        };
    };
    // Refresh the stored outcome when the case moved on since.
    let stale = outcome.as_ref().is_ok_and(|o| *o != retro.outcome);
    let on_refresh = {
        let (editor, error) = (editor.clone(), error.clone());
        let outcome = outcome.clone();
        Callback::from(move |_: MouseEvent| {
            let outcome = outcome.clone();
            save_retro(&editor, &error, |r| {
                outcome.and_then(|o| r.with_outcome(o, platform::now()))
            });
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
            { error_line(&error, lang) }
            <OutcomeView case={case.clone()} retro={retro.clone()} failures={failures.clone()} />
            <ReflectionsForm retro={retro.clone()} editor={editor.clone()} />
            <WhysEditor retro={retro.clone()} failures={failures.clone()} case={case.clone()} editor={editor.clone()} />
            <FactorsEditor retro={retro.clone()} editor={editor.clone()} />
            <PremortemView retro={retro.clone()} />
            <ActionsPanel retro={retro.clone()} editor={editor.clone()} />
            <NotesForm retro={retro.clone()} {editor} />
            <DrillButton retro={retro.clone()} case={case.clone()} failures={failures.clone()} />
        </div>
    }
}
