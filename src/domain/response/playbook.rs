//! The remedy playbook: the fast-remedy steps for a kind of failure, with every seat of the case
//! team busy, plus the steps of any alternative paths the plan linked to the risk.
//!
//! The step texts are written to make sense both as an instruction to the team and as a line in
//! the client's progress report ("next: ask the bank for remote video verification").
//! Path keys are plain strings shared with the contingency plan (`PathKey::key()`; the older
//! spellings in [`KNOWN_PATH_KEYS`] are accepted too); unknown keys are ignored.

use super::types::{FailureKind, Role};
use crate::domain::catalog::L10n;

/// Where a template comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StepSource {
    Kind(FailureKind),
    /// An alternative path linked in the contingency plan.
    Path(String),
}

/// A step the playbook proposes; [`super::Failure::add_playbook_steps`] turns it into a
/// [`super::RemedyStep`] assigned to a person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StepTemplate {
    /// Unique across the playbook, so adding the same playbook twice adds nothing new.
    pub key: String,
    pub text: L10n,
    pub role: Role,
    pub source: StepSource,
}

/// Alternative-path keys the playbook knows steps for.
pub const KNOWN_PATH_KEYS: &[&str] = &[
    "electronic_first",
    "supplementary_documents",
    "online_instead_of_offline",
    "accept_missing_later",
    "parallel_processing",
    "backup_bank",
    "remote_video_verification",
    "power_of_attorney",
    "licence_first",
    "priority_review",
];

type Row = (&'static str, Role, &'static str, &'static str);

fn kind_rows(kind: FailureKind) -> &'static [Row] {
    use Role::*;
    match kind {
        FailureKind::SystemOutage => &[
            (
                "outage_ask_window",
                Pm,
                "向窗口确认系统预计何时恢复",
                "Ask the window when the system will be back",
            ),
            (
                "outage_prepare_rest",
                Executor1,
                "先把不依赖该系统的其余材料和手续全部备齐",
                "Get every other material and step ready that does not need the system",
            ),
            (
                "outage_hold_queue",
                Logistics,
                "到办事大厅取号占位，随时可以递交",
                "Hold a place in the queue at the service hall",
            ),
            (
                "outage_check_warnings",
                Executor2,
                "查看是否有其他在办案件受同一故障影响，并登记到风险预警库",
                "Check other open cases hit by the same outage and log it in the warning library",
            ),
            (
                "outage_submit_after",
                Pm,
                "盯住系统恢复，恢复后一小时内完成递交",
                "Watch for recovery and submit within the hour after it",
            ),
        ],
        FailureKind::MaterialDefect => &[
            (
                "material_list_fix",
                Executor1,
                "列出需要更正的材料和具体差异，发给客户确认",
                "Send the client the exact list of what must be corrected",
            ),
            (
                "material_client_fix",
                Client,
                "提供更正后的材料（或盖章、签字）",
                "Provide the corrected material (or the missing seal or signature)",
            ),
            (
                "material_supplementary",
                Executor2,
                "寻找能证明同一事实的补充材料",
                "Look for supplementary documents that prove the same facts",
            ),
            (
                "material_ask_department",
                Pm,
                "询问部门能否先电子版预审或容缺受理",
                "Ask the department about electronic pre-review or accepting the item later",
            ),
            (
                "material_track_delivery",
                Logistics,
                "跟踪材料寄送进度，到件当天送交",
                "Track the delivery of the material and hand it in the day it arrives",
            ),
        ],
        FailureKind::DepartmentRejection => &[
            (
                "rejection_get_reasons",
                Pm,
                "取得书面驳回理由，直接联系部门负责人确认补正要求",
                "Get the written reasons and confirm with the department head what must change",
            ),
            (
                "rejection_fix_forms",
                Executor1,
                "按驳回理由修改表格和材料",
                "Correct the forms and materials as the reasons require",
            ),
            (
                "rejection_explanation",
                Executor2,
                "准备情况说明和授权书，随时可补交",
                "Prepare a written explanation and an authorisation letter, ready to hand in",
            ),
            (
                "rejection_resubmit",
                Logistics,
                "安排重新递交（取号、交通、时间）",
                "Arrange the resubmission (queue number, transport, time)",
            ),
        ],
        FailureKind::PolicyChange => &[
            (
                "policy_confirm",
                Pm,
                "向部门确认新规定的内容和生效日期",
                "Confirm the new rule and its effective date with the department",
            ),
            (
                "policy_diff",
                Executor1,
                "列出新规定下需要补充或修改的材料",
                "List what the materials need under the new rule",
            ),
            (
                "policy_client_sign",
                Client,
                "按新要求补签或补充材料",
                "Sign or supply what the new rule requires",
            ),
            (
                "policy_other_cases",
                Executor2,
                "检查其他在办案件是否受影响，登记到风险预警库",
                "Check other open cases for the same change and log it in the warning library",
            ),
        ],
        FailureKind::ClientDelay => &[
            (
                "delay_last_date",
                Pm,
                "告诉客户材料最晚到达的日期，以及超过后的影响",
                "Tell the client the last day the materials can arrive and what happens after it",
            ),
            (
                "delay_missing_list",
                Executor1,
                "把缺少的材料逐项列清楚发给客户",
                "Send the client an itemised list of what is missing",
            ),
            (
                "delay_client_deliver",
                Client,
                "按清单提供材料",
                "Provide the materials on the list",
            ),
            (
                "delay_pickup",
                Logistics,
                "安排上门取件或同城快递",
                "Arrange a pickup or same-day courier",
            ),
        ],
        FailureKind::AgencyError => &[
            (
                "agency_own_it",
                Pm,
                "向客户说明是我方失误并致歉，告知补救安排",
                "Tell the client it is our mistake, apologise and explain the fix",
            ),
            (
                "agency_redo",
                Executor1,
                "免费重新办理出错的环节",
                "Redo the faulty part free of charge",
            ),
            (
                "agency_second_check",
                Executor2,
                "重新递交前按三级审核再核一遍",
                "Run the three-level review again before resubmitting",
            ),
            (
                "agency_compensation",
                Pm,
                "拟定补偿方案并报批",
                "Draft the compensation and get it approved",
            ),
        ],
        FailureKind::BankThirdParty => &[
            (
                "bank_call_manager",
                Pm,
                "联系客户经理问清具体原因和补救办法",
                "Call the account manager for the exact reason and the way out",
            ),
            (
                "bank_plan_b",
                Executor1,
                "准备备用方案所需材料",
                "Prepare the materials for the fallback",
            ),
            (
                "bank_book_slot",
                Logistics,
                "预约办理时间并安排交通",
                "Book an appointment and the transport",
            ),
            (
                "bank_client_available",
                Client,
                "确认法定代表人可配合的时间",
                "Confirm when the legal representative is available",
            ),
        ],
    }
}

fn path_rows(key: &str) -> &'static [Row] {
    use Role::*;
    match key {
        "electronic_first" | "electronic_for_paper" => &[
            (
                "path_electronic_submit",
                Executor1,
                "先提交电子版材料预审，纸质版随后补齐",
                "Submit electronic copies for pre-review; paper follows",
            ),
            (
                "path_electronic_paper",
                Logistics,
                "纸质材料到齐后送交归档",
                "Deliver the paper originals for filing once complete",
            ),
        ],
        "supplementary_documents" | "supplementary_for_core" => &[(
            "path_supplementary",
            Executor2,
            "整理补充证明材料（如验收单、业主证明函）",
            "Gather supplementary evidence (e.g. acceptance certificate, owner's letter)",
        )],
        "online_instead_of_offline" | "online_for_offline" => &[(
            "path_online",
            Executor1,
            "改为网上办理并跟踪审核进度",
            "Switch to the online service and track the review",
        )],
        "accept_missing_later" => &[
            (
                "path_accept_later_ask",
                Pm,
                "确认能否容缺受理（先受理、后补件）",
                "Confirm the department will accept now and take the missing item later",
            ),
            (
                "path_accept_later_letter",
                Executor1,
                "准备补件承诺书",
                "Prepare the written promise to supply the item",
            ),
        ],
        "parallel_processing" => &[(
            "path_parallel",
            Pm,
            "把可以并联办理的环节同时启动",
            "Start the steps that can run in parallel at the same time",
        )],
        "backup_bank" => &[
            (
                "path_backup_bank_prepare",
                Executor2,
                "准备备用银行的开户材料",
                "Prepare the account application at the backup bank",
            ),
            (
                "path_backup_bank_book",
                Logistics,
                "预约备用银行的办理时间",
                "Book a slot at the backup bank",
            ),
        ],
        "remote_video_verification" => &[
            (
                "path_video_ask",
                Pm,
                "向银行申请法定代表人远程视频核验",
                "Ask the bank for remote video verification of the legal representative",
            ),
            (
                "path_video_client",
                Client,
                "安排法定代表人按约定时间视频核验",
                "Have the legal representative ready for the video call",
            ),
        ],
        "power_of_attorney" => &[
            (
                "path_poa_draft",
                Executor1,
                "起草法定代表人授权委托书",
                "Draft the power of attorney for the legal representative",
            ),
            (
                "path_poa_sign",
                Client,
                "法定代表人签署授权委托书并寄回",
                "The legal representative signs and returns the power of attorney",
            ),
        ],
        "licence_first" | "licence_first_bank_later" => &[(
            "path_licence_first",
            Pm,
            "与市场监管部门沟通先发营业执照，开户回执后补",
            "Ask the market regulator to issue the licence first and take the bank receipt later",
        )],
        "priority_review" => &[
            (
                "path_priority_note",
                Executor2,
                "准备情况说明，写明紧急原因",
                "Write the explanation of the urgency",
            ),
            (
                "path_priority_ask",
                Pm,
                "向窗口申请优先审核",
                "Ask the window for priority review",
            ),
        ],
        _ => &[],
    }
}

/// The steps for a failure kind, then those of each linked alternative path (in the order
/// given), without duplicates. Unknown path keys add nothing.
pub fn playbook(kind: FailureKind, linked_path_keys: &[String]) -> Vec<StepTemplate> {
    let mut out: Vec<StepTemplate> = kind_rows(kind)
        .iter()
        .map(|row| template(row, StepSource::Kind(kind)))
        .collect();
    for key in linked_path_keys {
        let key = key.trim();
        for row in path_rows(key) {
            if out.iter().all(|t| t.key != row.0) {
                out.push(template(row, StepSource::Path(key.to_owned())));
            }
        }
    }
    out
}

fn template(&(key, role, zh, en): &Row, source: StepSource) -> StepTemplate {
    StepTemplate {
        key: key.to_owned(),
        text: L10n::new(zh, en),
        role,
        source,
    }
}
