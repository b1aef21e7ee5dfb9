//! 客户沟通 The client communication plan: the promise, who is told, and the message templates
//! with the case's facts (and any overlapping warning) filled in, ready to copy.

use std::collections::BTreeMap;
use std::rc::Rc;

use yew::prelude::*;

use super::{CommsSettingsForm, MessageItem};
use crate::domain::case::Case;
use crate::domain::plan::{comms_plan, date_text, generate_clauses, overlapping, Plan, Warning};
use crate::i18n::{t, PlanK};
use crate::ui::pages::precheck::library_warnings;
use crate::ui::platform;
use crate::ui::store::{use_calendar, use_lang, use_table, RecordEditor};

#[derive(Properties)]
pub struct CommsSectionProps {
    pub plan: Rc<Plan>,
    pub case: Rc<Case>,
    pub editor: RecordEditor<Plan>,
}

/// The messages are made from the plan's communication and contract settings and the case
/// only: a change elsewhere in the plan (a risk added) does not redo them.
impl PartialEq for CommsSectionProps {
    fn eq(&self, other: &Self) -> bool {
        self.plan.comms == other.plan.comms
            && self.plan.clauses == other.plan.clauses
            && self.case == other.case
            && self.editor == other.editor
    }
}

#[component]
pub fn CommsSection(props: &CommsSectionProps) -> Html {
    let lang = use_lang();
    let calendar = use_calendar();
    let warnings: Vec<Warning> = library_warnings(&use_table::<Warning>());
    let (plan, case) = (&props.plan, &props.case);
    let mut extra = BTreeMap::new();
    extra.insert("today".to_string(), date_text(platform::today(), lang));
    if let Ok(sheet) = generate_clauses(plan, case, &calendar, lang) {
        extra.insert(
            "materials_due".to_string(),
            date_text(sheet.materials_due, lang),
        );
    }
    let hits = overlapping(&warnings, case, &calendar);
    if let Some((hit, warning)) = hits.first().and_then(|h| {
        warnings
            .iter()
            .find(|w| w.meta.id == h.warning)
            .map(|w| (h, w))
    }) {
        extra.insert("warning".to_string(), warning.title.clone());
        extra.insert(
            "warning_dates".to_string(),
            format!(
                "{} – {}",
                date_text(warning.start, lang),
                date_text(warning.end, lang)
            ),
        );
        extra.insert("days_lost".to_string(), hit.working_days_lost.to_string());
    }
    let comms = comms_plan(plan, case, lang, &extra);
    let contact = [
        comms.contact_name.as_str(),
        comms.contact_phone.as_str(),
        comms.channel.as_str(),
    ]
    .iter()
    .filter(|s| !s.is_empty())
    .copied()
    .collect::<Vec<_>>()
    .join(" · ");
    html! {
        <section class="plan-section" data-testid="comms" aria-labelledby="comms-h">
            <h2 id="comms-h">{ t(lang, PlanK::CommsTitle) }</h2>
            <h3>{ t(lang, PlanK::Promise) }</h3>
            <ul class="promise" data-testid="comms-promise">
                { for comms.promise.iter().enumerate().map(|(i, line)| html! { <li key={i}>{ line.clone() }</li> }) }
            </ul>
            <p data-testid="comms-contact"><span class="muted">{ t(lang, PlanK::WhoIsTold) }</span>
                { if contact.is_empty() { t(lang, PlanK::NoContactYet).to_string() } else { contact } }</p>
            <CommsSettingsForm plan={plan.clone()} />
            <h3>{ t(lang, PlanK::Messages) }</h3>
            <ul class="message-list" data-testid="message-list">
                { for comms.messages.into_iter().map(|m| html! {
                    <MessageItem key={format!("{:?}", m.kind)} editor={props.editor.clone()} message={m.clone()} />
                }) }
            </ul>
        </section>
    }
}
