//! The communication settings: notice period, daily report and its time, who is told and how.

use std::rc::Rc;

use yew::prelude::*;

use super::shared::{commit, field_error, form_error, use_plan_editor, use_text_fields};
use crate::domain::plan::{Plan, PlanError, PlanField, Problem, ProblemKind, MAX_NOTIFY_HOURS};
use crate::i18n::{t, PlanK};
use crate::ui::components::TextField;
use crate::ui::platform;
use crate::ui::store::use_lang;

#[derive(Clone, Copy, PartialEq)]
enum F {
    Hours,
    Time,
    Person,
    Phone,
    Channel,
}

#[derive(Properties, PartialEq)]
pub struct CommsSettingsFormProps {
    pub plan: Rc<Plan>,
}

#[component]
pub fn CommsSettingsForm(props: &CommsSettingsFormProps) -> Html {
    let lang = use_lang();
    let editor = use_plan_editor(&props.plan);
    let s = &props.plan.comms;
    let form = {
        let s = s.clone();
        use_text_fields(
            [
                s.notify_within_hours.to_string(),
                s.report_time,
                s.contact_person,
                s.contact_phone,
                s.channel,
            ],
            |f: F| f as usize,
        )
    };
    let (fields, saved, on_change) = (
        form.values.clone(),
        form.saved.clone(),
        form.on_change.clone(),
    );
    let daily = {
        let d = s.daily_report;
        use_state(move || d)
    };
    let error = use_state(|| None::<PlanError>);
    let onsubmit = {
        let (editor, form, daily, error) =
            (editor.clone(), form.clone(), daily.clone(), error.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(values) = form.prepare_save() else {
                return;
            };
            let [hours, time, person, phone, channel] = values.clone();
            let err = commit(&editor, |plan| {
                let mut settings = plan.comms.clone();
                settings.daily_report = *daily;
                settings.report_time = time.trim().to_string();
                settings.contact_person = person.trim().to_string();
                settings.contact_phone = phone.trim().to_string();
                settings.channel = channel.trim().to_string();
                match hours.trim().parse::<u32>() {
                    Ok(h) => {
                        settings.notify_within_hours = h;
                        plan.set_comms_settings(settings, platform::now())
                    }
                    Err(_) => Err(PlanError::Invalid(vec![Problem::new(
                        PlanField::NotifyWithinHours,
                        ProblemKind::OutOfRange {
                            min: 1,
                            max: u64::from(MAX_NOTIFY_HOURS),
                        },
                    )])),
                }
            });
            if err.is_none() {
                form.saved_as(&values);
            } else {
                form.saved.set(false);
            }
            error.set(err);
        })
    };
    let field = |f: F, label: PlanK, pf: PlanField, testid: &'static str, kind: &'static str| {
        html! {
            <TextField<F> field={f} {kind} label={t(lang, label)} value={fields[f as usize].clone()} on_change={on_change.clone()}
                {testid} error={field_error(&error, pf, lang)} />
        }
    };
    html! {
        <form class="comms-settings no-print" {onsubmit} novalidate=true data-testid="comms-settings">
            <fieldset>
                <legend>{ t(lang, PlanK::CommsSettings) }</legend>
                { field(F::Hours, PlanK::NotifyHours, PlanField::NotifyWithinHours, "comms-hours", "number") }
                <label class="check">
                    <input type="checkbox" data-testid="comms-daily" checked={*daily}
                        onchange={let d = daily.clone(); Callback::from(move |_: Event| d.set(!*d))} />
                    <span>{ t(lang, PlanK::DailyReport) }</span>
                </label>
                { field(F::Time, PlanK::ReportTime, PlanField::ReportTime, "comms-time", "time") }
                { field(F::Person, PlanK::ClientContact, PlanField::ContactPerson, "comms-person", "text") }
                { field(F::Phone, PlanK::Phone, PlanField::ContactPhone, "comms-phone", "tel") }
                { field(F::Channel, PlanK::Channel, PlanField::Channel, "comms-channel", "text") }
            </fieldset>
            { form_error(&error) }
            { form.conflict_notice([
                PlanField::NotifyWithinHours.label(lang),
                PlanField::ReportTime.label(lang),
                PlanField::ContactPerson.label(lang),
                PlanField::ContactPhone.label(lang),
                PlanField::Channel.label(lang),
            ], lang) }
            <div class="actions">
                <button type="submit" data-testid="comms-save">{ t(lang, PlanK::ApplySettings) }</button>
                <span role="status" aria-live="polite">{ if *saved { t(lang, PlanK::Saved) } else { "" } }</span>
            </div>
        </form>
    }
}
