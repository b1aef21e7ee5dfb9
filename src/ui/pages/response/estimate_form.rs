//! The remedy estimate in working days from today, and the dates it gives: what the draft and
//! the daily reports promise the client.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::case::Case;
use crate::domain::response::{expected_dates, format_date, Failure};
use crate::i18n::Localized;
use crate::i18n::{pick, t, RespK};
use crate::ui::components::TextField;
use crate::ui::pages::response::desk_note::DeskNote;
use crate::ui::pages::response::shared::local_clock;
use crate::ui::store::{use_calendar, use_lang, use_record_editor};

#[derive(Clone, Copy, PartialEq, Eq)]
enum F {
    Resubmit,
    Finish,
}

#[derive(Properties, PartialEq)]
pub struct EstimateFormProps {
    pub case: Rc<Case>,
    pub failure: Rc<Failure>,
}

#[component]
pub fn EstimateForm(props: &EstimateFormProps) -> Html {
    let lang = use_lang();
    let calendar = use_calendar();
    let f = &props.failure;
    let editor = use_record_editor::<Failure>(Some(f.meta.id));
    let initial = f
        .estimate
        .map(|e| {
            (
                e.resubmit_working_days.to_string(),
                e.finish_working_days.to_string(),
            )
        })
        .unwrap_or_default();
    let values = use_state(|| initial);
    let error = use_state(|| None::<DeskNote>);
    let on_change = {
        let values = values.clone();
        Callback::from(move |(field, value): (F, String)| {
            let mut next = (*values).clone();
            match field {
                F::Resubmit => next.0 = value,
                F::Finish => next.1 = value,
            }
            values.set(next);
        })
    };
    let on_save = {
        let (values, error) = (values.clone(), error.clone());
        Callback::from(move |_: MouseEvent| {
            let parse = |s: &str| s.trim().parse::<u32>().ok();
            let (Some(r), Some(fin)) = (parse(&values.0), parse(&values.1)) else {
                error.set(Some(DeskNote::Say(RespK::EstimateNumbers)));
                return;
            };
            let clock = local_clock();
            match editor.apply(|f| f.with_estimate(clock.today(), r, fin, clock.now)) {
                Ok(()) => error.set(None),
                Err(e) => error.set(Some(DeskNote::Refused(e))),
            }
        })
    };
    let dates = expected_dates(f, &calendar);
    let summary = match &dates {
        Ok(Some(d)) => Some(pick(
            lang,
            format!(
                "预计 {}重新提交，{}办结。",
                format_date(d.resubmit, lang),
                format_date(d.finish, lang)
            ),
            format!(
                "Resubmit on {}, finish on {}.",
                format_date(d.resubmit, lang),
                format_date(d.finish, lang)
            ),
        )),
        Ok(None) => None,
        Err(e) => Some(e.message(lang)),
    };
    let misses = matches!(&dates, Ok(Some(d)) if d.misses(props.case.hard_date));
    html! {
        <div class="estimate-form">
            <p class="block-label">{ t(lang, RespK::EstimateTitle) }</p>
            <div class="row-fields">
                <TextField<F> field={F::Resubmit} kind="number" label={t(lang, RespK::EstimateResubmit)}
                    value={values.0.clone()} on_change={on_change.clone()} testid="estimate-resubmit"
                    inputmode={Some(AttrValue::from("numeric"))} />
                <TextField<F> field={F::Finish} kind="number" label={t(lang, RespK::EstimateFinish)}
                    value={values.1.clone()} on_change={on_change} testid="estimate-finish"
                    inputmode={Some(AttrValue::from("numeric"))} />
                <button type="button" class="align-end" onclick={on_save} data-testid="estimate-save">
                    { t(lang, RespK::EstimateSave) }</button>
            </div>
            <div aria-live="polite">
                if let Some(e) = &*error {
                    <p class="field-error" role="alert" data-testid="estimate-error">{ e.message(lang) }</p>
                }
                if let Some(text) = summary {
                    <p data-testid="estimate-dates">{ text }</p>
                }
                if misses {
                    <p class="banner warn" data-testid="estimate-misses">{ t(lang, RespK::EstimateMisses) }</p>
                }
            </div>
        </div>
    }
}
