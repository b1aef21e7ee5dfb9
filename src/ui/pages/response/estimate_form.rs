//! The remedy estimate in working days from today, and the dates it gives: what the draft and
//! the daily reports promise the client.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::case::Case;
use crate::domain::response::{expected_dates, format_date, Failure};
use crate::i18n::{pick, t, RespK};
use crate::ui::components::TextField;
use crate::ui::pages::response::shared::local_clock;
use crate::ui::store::use_app;
use crate::ui::sync::save;

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
    let ctx = use_app();
    let lang = ctx.lang;
    let f = &props.failure;
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
    let error = use_state(|| None::<String>);
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
        let (ctx, f, values, error) = (ctx.clone(), f.clone(), values.clone(), error.clone());
        Callback::from(move |_: MouseEvent| {
            let parse = |s: &str| s.trim().parse::<u32>().ok();
            let (Some(r), Some(fin)) = (parse(&values.0), parse(&values.1)) else {
                error.set(Some(t(ctx.lang, RespK::EstimateNumbers).to_owned()));
                return;
            };
            let clock = local_clock();
            match f.with_estimate(clock.today(), r, fin, clock.now) {
                Ok(next) => {
                    error.set(None);
                    save(&ctx.store, next);
                }
                Err(e) => error.set(Some(e.message(ctx.lang))),
            }
        })
    };
    let dates = expected_dates(f, &ctx.calendar);
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
                if let Some(msg) = &*error {
                    <p class="field-error" role="alert" data-testid="estimate-error">{ msg.clone() }</p>
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
