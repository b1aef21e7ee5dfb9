//! Failure-desk errors in words (`crate::domain::response::ResponseError`).

use crate::domain::lang::{pick, Lang};
use crate::domain::response::{ResponseError, ResponseField};

use crate::i18n::{describe_domain_error, field_problem, FieldProblem};

impl ResponseField {
    pub fn label(self, lang: Lang) -> &'static str {
        let (zh, en) = match self {
            ResponseField::WhatHappened => ("发生了什么", "What happened"),
            ResponseField::ToWhom => ("通知对象", "Who was told"),
            ResponseField::WhatWasSaid => ("沟通内容", "What was said"),
            ResponseField::StepText => ("补救步骤", "Remedy step"),
            ResponseField::ApprovedBy => ("批准人", "Approved by"),
            ResponseField::FollowUpDescription => ("后续服务内容", "Follow-up service"),
            ResponseField::Note => ("备注", "Note"),
        };
        match lang {
            Lang::Zh => zh,
            Lang::En => en,
        }
    }
}

impl ResponseError {
    /// A message for staff, in the UI language.
    pub fn message(&self, lang: Lang) -> String {
        use ResponseError as E;
        let yuan = |fen: u64| crate::domain::response::format_yuan(fen, lang);
        match self {
            E::Required(f) => field_problem(FieldProblem::Required, |l| f.label(l), lang),
            E::TooLong { field, max } => {
                field_problem(FieldProblem::TooLong(*max), |l| field.label(l), lang)
            }
            E::BadAmount(text) => pick(
                lang,
                format!("“{text}”不是有效金额，请输入元，例如 500 或 1,200.50。"),
                format!("“{text}” is not an amount; enter yuan, e.g. 500 or 1,200.50."),
            ),
            E::AmountTooLarge => pick(
                lang,
                "金额过大，请核对。".into(),
                "The amount is too large; please check it.".into(),
            ),
            E::FutureTime => pick(
                lang,
                "时间不能晚于现在，请核对设备时间或所填时间。".into(),
                "The time cannot be later than now; check the entry or the device clock.".into(),
            ),
            E::NotifiedBeforeDiscovery => pick(
                lang,
                "通知时间早于发现失败的时间，请核对。".into(),
                "The client cannot have been told before the failure was found; check the times."
                    .into(),
            ),
            E::EstimateOrder { resubmit, finish } => pick(
                lang,
                format!("预计办结（{finish} 个工作日）不能早于重新提交（{resubmit} 个工作日）。"),
                format!(
                    "Finishing ({finish} working days) cannot come before resubmitting ({resubmit})."
                ),
            ),
            E::EstimateTooLong { max } => pick(
                lang,
                format!("预计时间最多 {max} 个工作日。"),
                format!("Estimates are limited to {max} working days."),
            ),
            E::Calendar(err) => err.message(lang),
            E::Closed => pick(
                lang,
                "这条失败记录已结束处理；如需修改，请先重新打开。".into(),
                "This failure is closed; reopen it to make changes.".into(),
            ),
            E::NotClosed => pick(
                lang,
                "这条失败记录尚未结束。".into(),
                "This failure is still open.".into(),
            ),
            E::Archived => pick(
                lang,
                "这条记录已归档，请先恢复。".into(),
                "This record is archived; restore it first.".into(),
            ),
            E::NotNotified => pick(
                lang,
                "还没有记录通知客户，不能结束处理。请先记录何时、以何种方式告知了谁。".into(),
                "The client notification has not been logged; record when, how and whom you told before closing."
                    .into(),
            ),
            E::UnknownStep(id) => pick(
                lang,
                format!("找不到第 {id} 号补救步骤，可能已被删除。"),
                format!("Remedy step {id} no longer exists."),
            ),
            E::CaseMismatch => pick(
                lang,
                "这条失败记录不属于当前案件。".into(),
                "This failure belongs to another case.".into(),
            ),
            E::Case(err) => describe_domain_error(err, lang),
            E::MissingRequired(option) => pick(
                lang,
                format!(
                    "责任在我方时，补偿方案至少要包含“{}”。",
                    option.label(Lang::Zh)
                ),
                format!(
                    "When the fault is ours, the plan must include “{}”.",
                    option.label(Lang::En)
                ),
            ),
            E::DuplicateOption(option) => pick(
                lang,
                format!("“{}”重复出现了。", option.label(Lang::Zh)),
                format!("“{}” is listed twice.", option.label(Lang::En)),
            ),
            E::ZeroAmount(option) => pick(
                lang,
                format!("请填写“{}”的金额。", option.label(Lang::Zh)),
                format!("Enter the amount for “{}”.", option.label(Lang::En)),
            ),
            E::OverCap {
                option,
                amount,
                cap,
            } => pick(
                lang,
                format!(
                    "“{}”{} 超过了约定上限 {}。",
                    option.label(Lang::Zh),
                    yuan(*amount),
                    yuan(*cap)
                ),
                format!(
                    "“{}” of {} is above the agreed cap of {}.",
                    option.label(Lang::En),
                    yuan(*amount),
                    yuan(*cap)
                ),
            ),
        }
    }
}
