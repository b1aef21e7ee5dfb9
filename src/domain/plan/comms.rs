//! The client communication plan: the promise (notice within an hour of a likely failure, a
//! daily progress report while fixing), who is told, and message templates filled with the
//! case's facts. Placeholders are `{name}` with `name` in `[a-z0-9_]`; a placeholder without a
//! value stays in the text as written, so a gap is visible before a message goes out.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::clauses::date_text;
use super::error::{check, Problem, ProblemKind};
use super::{check_text, Plan, PlanError, PlanField, MAX_LINE, MAX_TEXT};
use crate::domain::case::Case;
use crate::domain::catalog::L10n;
use crate::domain::lang::Lang;

/// Longest accepted notice period, in hours.
pub const MAX_NOTIFY_HOURS: u32 = 24;

/// Every placeholder the templates understand: name, zh help, en help. The first group comes
/// from the case, the next two from the plan; the rest are typed in when sending.
pub const PLACEHOLDERS: &[(&str, &str, &str)] = &[
    ("company", "客户企业名称", "Client company"),
    ("service", "服务事项", "Service"),
    ("hard_date", "客户的最后期限", "The client's hard date"),
    ("start_date", "开始日期", "Start date"),
    ("promised_days", "承诺工作日数", "Promised working days"),
    ("pm", "项目经理", "Project manager"),
    ("executor1", "执行专员一", "Executor 1"),
    ("executor2", "执行专员二", "Executor 2"),
    ("logistics", "后勤支持", "Logistics"),
    ("contact", "客户联系人", "Client contact"),
    ("legal_rep", "法定代表人", "Legal representative"),
    ("report_time", "每日报告时间", "Daily report time"),
    ("notify_hours", "告知时限(小时)", "Notice period (hours)"),
    ("today", "今天的日期", "Today's date"),
    ("cause", "出了什么问题", "What went wrong"),
    ("amount", "涉及金额", "Amount involved"),
    ("next_step", "下一步", "Next step"),
    ("new_date", "预计完成日期", "Expected date"),
    ("done_today", "今天完成的事", "Done today"),
    ("plan_tomorrow", "明天的安排", "Plan for tomorrow"),
    ("result", "处理结果", "Outcome"),
    ("materials_due", "材料截止日期", "Materials due date"),
    ("missing_items", "还缺的材料", "Items still missing"),
    ("warning", "预警内容", "The warning"),
    ("warning_dates", "预警日期", "Warning dates"),
    ("days_lost", "损失的工作日", "Working days lost"),
];

/// The built-in messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MessageKind {
    /// Within the notice period of seeing a likely failure.
    LikelyFailure,
    DailyProgress,
    Resolved,
    MaterialsReminder,
    /// A policy-risk warning told ahead.
    PolicyWarning,
}

impl MessageKind {
    pub const ALL: [MessageKind; 5] = [
        MessageKind::LikelyFailure,
        MessageKind::DailyProgress,
        MessageKind::Resolved,
        MessageKind::MaterialsReminder,
        MessageKind::PolicyWarning,
    ];

    pub fn title(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (MessageKind::LikelyFailure, Lang::Zh) => "可能失败的告知",
            (MessageKind::LikelyFailure, Lang::En) => "Notice of a likely failure",
            (MessageKind::DailyProgress, Lang::Zh) => "每日进度报告",
            (MessageKind::DailyProgress, Lang::En) => "Daily progress report",
            (MessageKind::Resolved, Lang::Zh) => "问题解决通知",
            (MessageKind::Resolved, Lang::En) => "Problem solved",
            (MessageKind::MaterialsReminder, Lang::Zh) => "材料提醒",
            (MessageKind::MaterialsReminder, Lang::En) => "Materials reminder",
            (MessageKind::PolicyWarning, Lang::Zh) => "政策风险提前提醒",
            (MessageKind::PolicyWarning, Lang::En) => "Advance notice of a policy risk",
        }
    }

    /// The built-in template.
    pub fn template(self) -> L10n {
        let (zh, en) = match self {
            MessageKind::LikelyFailure => (
                "{contact}您好，我是负责{company}“{service}”事项的项目经理{pm}。刚刚得知：{cause}。涉及金额：{amount}。我们接下来会{next_step}，预计{new_date}前有结果。我们知道{hard_date}对您有多重要，会一直盯着，每天{report_time}前向您汇报进展。",
                "Hello {contact}, this is {pm}, project manager for {company}'s “{service}”. We have just learned that {cause}. Amount involved: {amount}. Our next step: {next_step}; we expect a result by {new_date}. We know how much {hard_date} matters to you; we are staying on it and will report to you every day by {report_time}.",
            ),
            MessageKind::DailyProgress => (
                "{contact}您好，“{service}”{today}进展：今天完成——{done_today}；明天安排——{plan_tomorrow}；预计完成日期：{new_date}。有任何疑问请随时找我，{pm}。",
                "Hello {contact}, progress on “{service}” for {today}. Done today: {done_today}. Tomorrow: {plan_tomorrow}. Expected completion: {new_date}. Call me any time with questions. {pm}",
            ),
            MessageKind::Resolved => (
                "{contact}您好，“{service}”的问题已经解决：{result}。感谢您这几天的耐心配合，之后有需要请随时联系我，{pm}。",
                "Hello {contact}, the problem with “{service}” is solved: {result}. Thank you for your patience these past days; call me whenever you need anything. {pm}",
            ),
            MessageKind::MaterialsReminder => (
                "{contact}您好，为了在{hard_date}前办好“{service}”，请于{materials_due}前把清单上的材料全部交给我们，名称、编号、日期请与营业执照一致。目前还缺：{missing_items}。",
                "Hello {contact}, to finish “{service}” before {hard_date}, please hand us every item on the checklist by {materials_due}, with names, numbers and dates exactly as on the business licence. Still missing: {missing_items}.",
            ),
            MessageKind::PolicyWarning => (
                "{contact}您好，提前提醒：{warning}（{warning_dates}），可能影响“{service}”的进度，预计少{days_lost}个工作日。我们建议{next_step}，您看是否可行？",
                "Hello {contact}, an early warning: {warning} ({warning_dates}) may affect “{service}” and cost about {days_lost} working day(s). We suggest {next_step}. Does that work for you?",
            ),
        };
        L10n::new(zh, en)
    }
}

/// A template written by hand, replacing the built-in one in one language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TemplateOverride {
    pub kind: MessageKind,
    pub lang: Lang,
    pub body: String,
}

/// The plan's communication settings.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CommsSettings {
    pub notify_within_hours: u32,
    pub daily_report: bool,
    /// `HH:MM`, the time the daily report goes out by.
    pub report_time: String,
    /// Who is told; empty: the case's client contact.
    #[serde(default)]
    pub contact_person: String,
    #[serde(default)]
    pub contact_phone: String,
    /// How (phone, WeChat…), free text.
    #[serde(default)]
    pub channel: String,
    #[serde(default)]
    pub overrides: Vec<TemplateOverride>,
}

impl Default for CommsSettings {
    fn default() -> Self {
        CommsSettings {
            notify_within_hours: 1,
            daily_report: true,
            report_time: "18:00".to_string(),
            contact_person: String::new(),
            contact_phone: String::new(),
            channel: String::new(),
            overrides: Vec::new(),
        }
    }
}

impl CommsSettings {
    pub fn problems(&self) -> Vec<Problem> {
        let mut problems = Vec::new();
        if !(1..=MAX_NOTIFY_HOURS).contains(&self.notify_within_hours) {
            problems.push(Problem::new(
                PlanField::NotifyWithinHours,
                ProblemKind::OutOfRange {
                    min: 1,
                    max: u64::from(MAX_NOTIFY_HOURS),
                },
            ));
        }
        if chrono::NaiveTime::parse_from_str(self.report_time.trim(), "%H:%M").is_err() {
            problems.push(Problem::new(PlanField::ReportTime, ProblemKind::BadTime));
        }
        check_text(
            &mut problems,
            PlanField::ContactPerson,
            &self.contact_person,
            false,
            MAX_LINE,
        );
        check_text(
            &mut problems,
            PlanField::ContactPhone,
            &self.contact_phone,
            false,
            MAX_LINE,
        );
        check_text(
            &mut problems,
            PlanField::Channel,
            &self.channel,
            false,
            MAX_LINE,
        );
        for o in &self.overrides {
            check_text(
                &mut problems,
                PlanField::TemplateBody,
                &o.body,
                true,
                MAX_TEXT,
            );
        }
        problems
    }
}

impl Plan {
    /// Replaces the communication settings (template overrides included).
    pub fn set_comms_settings(
        &self,
        settings: CommsSettings,
        now: DateTime<Utc>,
    ) -> Result<Plan, PlanError> {
        check(settings.problems())?;
        self.change(now, |plan| {
            plan.comms = settings;
            Ok(())
        })
    }

    /// Sets a message template in one language by hand (`Some`), or restores the built-in
    /// one (`None` or blank).
    pub fn set_message_template(
        &self,
        kind: MessageKind,
        lang: Lang,
        body: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<Plan, PlanError> {
        self.set_override(
            |plan| &mut plan.comms.overrides,
            PlanField::TemplateBody,
            body,
            now,
            |o| o.kind == kind && o.lang == lang,
            |body| TemplateOverride { kind, lang, body },
        )
    }

    /// The template in use for a message: the plan's own, else the built-in one.
    pub fn message_template(&self, kind: MessageKind, lang: Lang) -> (String, bool) {
        match self
            .comms
            .overrides
            .iter()
            .find(|o| o.kind == kind && o.lang == lang)
        {
            Some(o) => (o.body.clone(), true),
            None => (kind.template().get(lang).to_string(), false),
        }
    }
}

/// One message of the plan, with the case's facts filled in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RenderedMessage {
    pub kind: MessageKind,
    pub title: String,
    /// The template, for the editor.
    pub template: String,
    pub edited: bool,
    /// The template with what is known filled in; the rest stays as `{name}`.
    pub text: String,
    /// Placeholders still open (to type in when sending, or missing from the case).
    pub missing: Vec<String>,
}

/// The communication plan as the tab shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CommsPlan {
    /// The promise, one sentence per line.
    pub promise: Vec<String>,
    /// Who is told (empty when neither the plan nor the case names anyone).
    pub contact_name: String,
    pub contact_phone: String,
    pub channel: String,
    pub messages: Vec<RenderedMessage>,
}

/// Builds the communication plan of a case. `extra` fills the placeholders typed in when
/// sending (cause, amount, next step…); it also overrides case values.
pub fn comms_plan(
    plan: &Plan,
    case: &Case,
    lang: Lang,
    extra: &BTreeMap<String, String>,
) -> CommsPlan {
    let settings = &plan.comms;
    let contact_name = first_filled(&settings.contact_person, &case.client.contact_name);
    let contact_phone = first_filled(&settings.contact_phone, &case.client.contact_phone);
    let mut values = extra.clone();
    values
        .entry("report_time".into())
        .or_insert_with(|| settings.report_time.trim().to_string());
    values
        .entry("notify_hours".into())
        .or_insert_with(|| settings.notify_within_hours.to_string());
    values
        .entry("contact".into())
        .or_insert_with(|| contact_name.clone());
    let pm = case.team.pm.trim();
    let hours = settings.notify_within_hours;
    let who = match (pm.is_empty(), lang) {
        (true, Lang::Zh) => "项目经理".to_string(),
        (false, Lang::Zh) => format!("项目经理{pm}"),
        (true, Lang::En) => "the project manager".to_string(),
        (false, Lang::En) => format!("the project manager, {pm},"),
    };
    let whom = match (contact_name.is_empty(), lang) {
        (true, Lang::Zh) => "客户".to_string(),
        (true, Lang::En) => "the client".to_string(),
        (false, _) => contact_name.clone(),
    };
    let mut promise = vec![match lang {
        Lang::Zh => format!(
            "一旦发现可能无法按期完成，{who}在{hours}小时内主动告知{whom}，讲清原因、涉及金额、下一步和时间。"
        ),
        Lang::En => format!(
            "As soon as the date looks at risk, {who} tells {whom} within {hours} hour(s), unprompted: the cause, any amount, the next step and the dates."
        ),
    }];
    if settings.daily_report {
        promise.push(match lang {
            Lang::Zh => format!(
                "问题解决前，每天{}前发送一份进度报告：做了什么、明天做什么、预计何时完成。",
                settings.report_time.trim()
            ),
            Lang::En => format!(
                "Until it is solved, a progress report goes out every day by {}: what was done, what comes next, and when it should be finished.",
                settings.report_time.trim()
            ),
        });
    }
    let messages = MessageKind::ALL
        .into_iter()
        .map(|kind| {
            let (template, edited) = plan.message_template(kind, lang);
            let text = render_template(&template, case, &values, lang);
            let missing = placeholders(&text);
            RenderedMessage {
                kind,
                title: kind.title(lang).to_string(),
                template,
                edited,
                text,
                missing,
            }
        })
        .collect();
    CommsPlan {
        promise,
        contact_name,
        contact_phone,
        channel: settings.channel.trim().to_string(),
        messages,
    }
}

fn first_filled(a: &str, b: &str) -> String {
    if a.trim().is_empty() {
        b.trim().to_string()
    } else {
        a.trim().to_string()
    }
}

/// Fills `{name}` placeholders from `extra` first, then from the case. Dates are written for
/// `lang`. Unknown placeholders and those whose value is empty are left as written; braces
/// that do not form a placeholder are kept as text.
pub fn render_template(
    template: &str,
    case: &Case,
    extra: &BTreeMap<String, String>,
    lang: Lang,
) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}').map(|close| &after[..close]) {
            Some(name) if is_name(name) => {
                match value(name, case, extra, lang).filter(|v| !v.trim().is_empty()) {
                    Some(v) => out.push_str(v.trim()),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = &after[name.len() + 1..];
            }
            _ => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The placeholders in a text, each once, in order of appearance.
pub fn placeholders(text: &str) -> Vec<String> {
    let mut found: Vec<String> = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        match after.find('}').map(|close| &after[..close]) {
            Some(name) if is_name(name) => {
                if !found.iter().any(|f| f == name) {
                    found.push(name.to_string());
                }
                rest = &after[name.len() + 1..];
            }
            _ => rest = after,
        }
    }
    found
}

/// The placeholders `render_template` would leave open.
pub fn missing_placeholders(
    template: &str,
    case: &Case,
    extra: &BTreeMap<String, String>,
    lang: Lang,
) -> Vec<String> {
    placeholders(&render_template(template, case, extra, lang))
}

fn is_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 40
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

fn value(name: &str, case: &Case, extra: &BTreeMap<String, String>, lang: Lang) -> Option<String> {
    if let Some(v) = extra.get(name) {
        return Some(v.clone());
    }
    let v = match name {
        "company" => case.client.company_name.clone(),
        "service" => case.service_name.clone(),
        "hard_date" => date_text(case.hard_date, lang),
        "start_date" => date_text(case.start_date, lang),
        "promised_days" => case.promised_working_days.to_string(),
        "pm" => case.team.pm.clone(),
        "executor1" => case.team.executors[0].clone(),
        "executor2" => case.team.executors[1].clone(),
        "logistics" => case.team.logistics.clone(),
        "contact" => case.client.contact_name.clone(),
        "legal_rep" => case.client.legal_rep.clone(),
        _ => return None,
    };
    Some(v)
}
