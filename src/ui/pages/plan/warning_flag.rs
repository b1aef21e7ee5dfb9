//! The small flag on the case list and the case overview: a warning from the library overlaps
//! this case's window, with the working days it may cost. Nothing shows when none overlaps.

use yew::prelude::*;

use crate::domain::plan::{overlapping, Warning, WarningHit};
use crate::i18n::{t, Lang, PlanK};
use crate::ui::route::{href, Route};
use crate::ui::state::SameRc;
use crate::ui::store::{use_calendar, use_case, use_lang, use_table};

#[derive(Properties, PartialEq)]
pub struct WarningFlagProps {
    pub case_id: AttrValue,
    /// Name the warnings and link to the case's plan (the overview); the list keeps it short.
    #[prop_or_default]
    pub detail: bool,
}

#[component]
pub fn WarningFlag(props: &WarningFlagProps) -> Html {
    let lang = use_lang();
    let case = use_case(&props.case_id);
    let (warnings, calendar) = (use_table::<Warning>(), use_calendar());
    // Worked out again only when this case, the warnings or the calendar change: the case
    // list shows one flag per row.
    let found = use_memo(
        (case.clone().map(SameRc), SameRc(warnings), SameRc(calendar)),
        |(case, warnings, calendar)| {
            let case = case.as_ref()?;
            let live: Vec<Warning> = warnings
                .0
                .values()
                .filter(|w| !w.meta.deleted)
                .map(|w| (**w).clone())
                .collect();
            let hits = overlapping(&live, &case.0, &calendar.0);
            (!hits.is_empty()).then_some((hits, live))
        },
    );
    let (Some(case), Some((hits, warnings))) = (case, found.as_ref()) else {
        return Html::default();
    };
    let text = flag_text(hits, lang);
    let titles: Vec<String> = hits
        .iter()
        .filter_map(|h| warnings.iter().find(|w| w.meta.id == h.warning))
        .map(|w| format!("{}（{} – {}）", w.title, w.start, w.end))
        .collect();
    html! {
        <span class={classes!("warning-flag", props.detail.then_some("detail"))} data-testid="warning-flag" role="note"
            title={titles.join("\n")}>
            <span aria-hidden="true">{ "⚠ " }</span>{ text }
            if props.detail {
                <span class="sub">{ titles.join("；") }{ " · " }
                    <a href={href(&Route::CasePlan { id: case.meta.id.to_string() })} data-testid="warning-flag-plan">
                        { t(lang, PlanK::SeePlan) }</a></span>
            }
        </span>
    }
}

/// "政策预警：少 2 个工作日", or for several warnings the sum as an upper bound (they may share days).
fn flag_text(hits: &[WarningHit], lang: Lang) -> String {
    let lost: u32 = hits.iter().map(|h| h.working_days_lost).sum();
    let extra = hits.iter().any(|h| h.extra_materials);
    let tail = match (lost, extra, lang) {
        (0, true, Lang::Zh) => "需补充材料".to_string(),
        (0, true, Lang::En) => "extra materials needed".to_string(),
        (n, _, Lang::Zh) if hits.len() > 1 => format!("最多少 {n} 个工作日"),
        (n, _, Lang::En) if hits.len() > 1 => format!("up to {n} working day(s) lost"),
        (n, _, Lang::Zh) => format!("少 {n} 个工作日"),
        (n, _, Lang::En) => format!("{n} working day(s) lost"),
    };
    match (hits.len(), lang) {
        (1, Lang::Zh) => format!("政策预警：{tail}"),
        (1, Lang::En) => format!("Policy warning: {tail}"),
        (k, Lang::Zh) => format!("政策预警 {k} 条：{tail}"),
        (k, Lang::En) => format!("{k} policy warnings: {tail}"),
    }
}
