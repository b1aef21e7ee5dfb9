//! The warnings from the 政策风险预警库 that fall inside this case's window, with the working
//! days each one costs.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::case::Case;
use crate::domain::plan::{overlapping, warning_concerns_service, Warning};
use crate::i18n::{pick, t, uncovered_years_text, PlanK};
use crate::ui::pages::precheck::library_warnings;
use crate::ui::route::{href, Route};
use crate::ui::store::{use_calendar, use_catalog, use_lang, use_table};

#[derive(Properties, PartialEq)]
pub struct CaseWarningsProps {
    pub case: Rc<Case>,
}

#[component]
pub fn CaseWarnings(props: &CaseWarningsProps) -> Html {
    let lang = use_lang();
    let (calendar, catalog) = (use_calendar(), use_catalog());
    let warnings: Vec<Warning> = library_warnings(&use_table::<Warning>());
    let hits = overlapping(&warnings, &props.case, &calendar);
    let service = props
        .case
        .service_key
        .as_deref()
        .and_then(|k| catalog.get(k));
    html! {
        <section class="plan-section" data-testid="case-warnings" aria-labelledby="cw-h">
            <h2 id="cw-h">{ t(lang, PlanK::CaseWarningsTitle) }</h2>
            if hits.is_empty() {
                <p class="muted" data-testid="case-warnings-none">{ t(lang, PlanK::NoOverlap) }</p>
            } else {
                <ul class="warning-hits">
                { for hits.iter().filter_map(|h| warnings.iter().find(|w| w.meta.id == h.warning).map(|w| (h, w))).map(|(h, w)| {
                    let lost = if h.days_unknown {
                        t(lang, PlanK::DaysUnknown).to_string()
                    } else if h.extra_materials {
                        t(lang, PlanK::ExtraMaterialsHit).to_string()
                    } else {
                        pick(lang, format!("少 {} 个工作日（重叠期内共 {} 个工作日）", h.working_days_lost, h.working_days_in_overlap),
                            format!("{} working day(s) lost ({} working day(s) in the overlap)", h.working_days_lost, h.working_days_in_overlap))
                    };
                    let elsewhere = service.is_some_and(|s| !warning_concerns_service(w, s));
                    html! {
                        <li key={w.meta.id.to_string()} class="warning-hit" data-testid="case-warning">
                            <strong>{ "⚠ " }{ w.title.clone() }</strong>
                            { " " }<span class="tag">{ h.effect.label(lang) }</span>
                            if elsewhere { { " " }<span class="tag muted">{ t(lang, PlanK::OtherDepartment) }</span> }
                            <div>{ pick(lang, format!("重叠 {} 至 {}", h.overlap_start, h.overlap_end), format!("Overlap {} to {}", h.overlap_start, h.overlap_end)) }
                                { " · " }<span data-testid="warning-days-lost">{ lost }</span></div>
                            <div class="sub">{ [w.region.as_str(), w.department.as_str(), w.source.as_str()].iter().filter(|s| !s.is_empty()).copied().collect::<Vec<_>>().join(" · ") }</div>
                            if !w.note.is_empty() { <div class="sub">{ w.note.clone() }</div> }
                            if !h.uncovered_years.is_empty() { <div class="sub">{ uncovered_years_text(&h.uncovered_years, lang) }</div> }
                        </li>
                    }
                }) }
                </ul>
            }
            <p class="no-print"><a href={href(&Route::WarningLibrary)} data-testid="to-warning-library">{ t(lang, PlanK::OpenWarningLibrary) }</a></p>
        </section>
    }
}
