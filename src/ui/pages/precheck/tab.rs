//! The case's 预审 tab: the five-step wizard over the case's precheck.

use std::rc::Rc;

use yew::prelude::*;

use super::{
    precheck_of, print_page, AuditView, FeasibilityView, FindingsView, MaterialsView, PrintReport,
    ServiceStep, SignoffView,
};
use crate::domain::precheck::{run, Edit, Precheck, PrecheckError};
use crate::i18n::{t, PreK};
use crate::ui::components::ErrorView;
use crate::ui::platform;
use crate::ui::state::SameRc;
use crate::ui::store::{
    use_calendar, use_case, use_catalog, use_lang, use_record_editor, use_records_of_case,
};

#[derive(Properties, PartialEq)]
pub struct CasePrecheckTabProps {
    pub case_id: AttrValue,
}

const STEPS: [PreK; 5] = [
    PreK::StepService,
    PreK::StepMaterials,
    PreK::StepFindings,
    PreK::StepFeasibility,
    PreK::StepSignoff,
];

/// The case's precheck tab.
#[component]
pub fn CasePrecheckTab(props: &CasePrecheckTabProps) -> Html {
    let lang = use_lang();
    let step = use_state(|| 0usize);
    // Remembered per device: the person working on this tablet, not reset to the default.
    let profile_name = crate::ui::store::use_profile_name();
    let who = use_state(move || {
        Some(profile_name)
            .filter(|n| !n.is_empty())
            .or_else(platform::stored_who)
            .unwrap_or_else(|| t(lang, PreK::DefaultWho).to_owned())
    });
    // The person as typed last, read when an edit arrives (the callback below never changes).
    let who_now = {
        let first = (*who).clone();
        use_mut_ref(move || first)
    };
    let error = use_state(|| None::<PrecheckError>);
    // Personal ID numbers stay masked until asked for, and again after leaving the tab.
    let reveal = use_state(|| false);
    let case = use_case(&props.case_id);
    let precheck = precheck_of(&use_records_of_case::<Precheck>(
        case.as_ref().map(|c| c.meta.id),
    ));
    let catalog = use_catalog();
    let calendar = use_calendar();
    // Edits apply to the latest stored precheck. The callback only changes with the precheck
    // itself (not its versions), so the material cards (memoised on their props) do not all
    // re-render on every keystroke.
    let editor = use_record_editor::<Precheck>(precheck.as_ref().map(|p| p.meta.id));
    let on_edit = {
        let (who_now, error) = (who_now.clone(), error.clone());
        use_callback(editor, move |edit: Edit, editor| {
            let who = who_now.borrow().clone();
            match editor.apply(|p| p.apply(&edit, &who, platform::now())) {
                Ok(()) => error.set(None),
                Err(e) => error.set(Some(e)),
            }
        })
    };
    // The findings only change with their inputs: moving between steps, or any change
    // elsewhere in the app, neither runs the checks again nor re-renders the views (and the
    // print report) that take them.
    let findings = use_memo(
        (
            case.clone(),
            precheck.clone(),
            SameRc(catalog),
            SameRc(calendar),
            platform::today(),
        ),
        |(case, precheck, catalog, calendar, today)| {
            let (case, precheck) = (case.as_ref()?, precheck.as_ref()?);
            let service = case.service_key.as_deref().and_then(|k| catalog.0.get(k));
            Some(Rc::new(run(precheck, case, service, &calendar.0, *today)))
        },
    );
    let findings = (*findings).clone();
    let Some(case) = case else {
        return Html::default();
    };
    let on_who = {
        let who = who.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            platform::remember_who(&input.value());
            *who_now.borrow_mut() = input.value();
            who.set(input.value());
        })
    };
    let go = |to: usize| {
        let step = step.clone();
        Callback::from(move |_: MouseEvent| step.set(to))
    };
    let on_reveal = {
        let reveal = reveal.clone();
        Callback::from(move |_: MouseEvent| reveal.set(!*reveal))
    };
    let current = if precheck.is_none() { 0 } else { *step };
    let body = match (&precheck, &findings, current) {
        (Some(p), Some(f), 1) => html! {
            <MaterialsView precheck={p.clone()} findings={f.clone()} on_edit={on_edit.clone()} reveal={*reveal} />
        },
        (Some(p), Some(f), 2) => {
            html! { <FindingsView findings={f.clone()} precheck={Some(p.clone())} /> }
        }
        (Some(_), Some(f), 3) => {
            html! { <FeasibilityView case={case.clone()} findings={f.clone()} /> }
        }
        (Some(p), Some(f), 4) => html! {
            <>
                <SignoffView precheck={p.clone()} findings={f.clone()} who={(*who).clone()} />
                <AuditView precheck={p.clone()} reveal={*reveal} />
            </>
        },
        _ => html! { <ServiceStep case={case.clone()} started={precheck.is_some()} /> },
    };
    html! {
        <div class="precheck" data-testid="precheck-tab">
            <h2 class="print-only">{ t(lang, PreK::Title) }</h2>
            <div class="precheck-head no-print">
                <label class="field">
                    <span>{ t(lang, PreK::Who) }</span>
                    <input data-testid="precheck-who" value={(*who).clone()} oninput={on_who} />
                </label>
                <button type="button" data-testid="precheck-print" onclick={Callback::from(|_: MouseEvent| print_page())}>
                    { t(lang, PreK::Print) }</button>
                <button type="button" data-testid="precheck-reveal" aria-pressed={reveal.to_string()} onclick={on_reveal}>
                    { t(lang, if *reveal { PreK::Hide } else { PreK::Reveal }) }</button>
            </div>
            if precheck.is_some() {
                <nav class="precheck-steps no-print" aria-label={t(lang, PreK::Steps)}>
                    { for STEPS.iter().enumerate().map(|(i, k)| html! {
                        <button type="button" key={i} data-testid={format!("precheck-step-{i}")}
                            aria-current={(i == current).then_some("step")} onclick={go(i)}>
                            { t(lang, *k) }</button>
                    }) }
                </nav>
            }
            <ErrorView<PrecheckError> error={(*error).clone()} testid="precheck-error" />
            <section class="precheck-step no-print" data-testid={format!("precheck-body-{current}")}>
                <h3>{ t(lang, STEPS[current]) }</h3>
                { body }
            </section>
            if let (Some(p), Some(f)) = (&precheck, &findings) {
                <PrintReport case={case.clone()} precheck={p.clone()} findings={f.clone()} />
            }
            if precheck.is_some() {
                <div class="actions no-print">
                    if current > 0 {
                        <button type="button" data-testid="precheck-prev" onclick={go(current - 1)}>
                            { t(lang, PreK::Prev) }</button>
                    }
                    if current < 4 {
                        <button type="button" class="primary" data-testid="precheck-next" onclick={go(current + 1)}>
                            { t(lang, PreK::Next) }</button>
                    }
                </div>
            }
        </div>
    }
}
