//! The wording of the generated contract clauses, in Chinese and English.

use super::clauses::{yuan_text, ClauseKey};
use crate::domain::lang::Lang;

/// The case facts a clause is written from, already formatted for the language.
pub(super) struct Facts {
    pub(super) lang: Lang,
    pub(super) company: String,
    pub(super) agency: String,
    pub(super) service: String,
    pub(super) due: String,
    pub(super) submit_by: String,
    pub(super) hard: String,
    pub(super) promised: u32,
    pub(super) within: u32,
    pub(super) contact: String,
    pub(super) legal_rep: String,
    pub(super) pm: String,
    pub(super) fee: Option<u64>,
    pub(super) cap: Option<u64>,
    pub(super) hours: u32,
}

impl Facts {
    pub(super) fn body(&self, key: ClauseKey) -> String {
        let Facts {
            company,
            agency,
            service,
            due,
            submit_by,
            hard,
            promised,
            within,
            ..
        } = self;
        match (key, self.lang) {
            (ClauseKey::ClientMaterials, Lang::Zh) => format!(
                "甲方（{company}）应于{due}前向{agency}提供办理“{service}”所需的全部材料，并保证材料真实、完整、有效，各材料上的名称、编号、日期前后一致。材料清单以乙方书面提供的为准。"
            ),
            (ClauseKey::ClientMaterials, Lang::En) => format!(
                "The Client ({company}) shall give {agency} every document needed for “{service}” by {due}, and warrants that the documents are authentic, complete and valid, with names, numbers and dates consistent across them. The checklist is the one the Agency provides in writing."
            ),
            (ClauseKey::ClientCooperation, Lang::Zh) => {
                let contact = if self.contact.is_empty() {
                    "指定一名联系人".to_string()
                } else {
                    format!(
                        "指定{}为联系人",
                        self.contact
                    )
                };
                let rep = if self.legal_rep.is_empty() {
                    "法定代表人".to_string()
                } else {
                    format!(
                        "法定代表人{}",
                        self.legal_rep
                    )
                };
                format!(
                    "甲方应{contact}，在乙方提出补充或确认要求后当日答复；需要{rep}本人到场、签字或视频核验的，甲方应按约定时间安排。"
                )
            }
            (ClauseKey::ClientCooperation, Lang::En) => {
                let contact = if self.contact.is_empty() {
                    "name a contact person".to_string()
                } else {
                    format!(
                        "name {} as its contact person",
                        self.contact
                    )
                };
                let rep = if self.legal_rep.is_empty() {
                    "the legal representative".to_string()
                } else {
                    format!(
                        "the legal representative, {},",
                        self.legal_rep
                    )
                };
                format!(
                    "The Client shall {contact} and answer the Agency's requests for documents or confirmation on the same day. Where {rep} must appear in person, sign or be verified by video, the Client shall arrange it at the agreed time."
                )
            }
            (ClauseKey::AgencySubmission, Lang::Zh) => format!(
                "{agency}应在收到齐全材料后{within}个工作日内完成提交（按上述材料日期，不晚于{submit_by}），并自材料齐全之日起{promised}个工作日内办结，以满足甲方{hard}的时间要求。"
            ),
            (ClauseKey::AgencySubmission, Lang::En) => format!(
                "{} shall submit within {within} working day(s) of receiving complete materials (with the materials date above, by {submit_by} at the latest), and complete the service within {promised} working days of complete materials, so as to meet the Client's date of {hard}.",
                capitalize(agency)
            ),
            (ClauseKey::AgencyFollowUp, Lang::Zh) => {
                let pm = if self.pm.is_empty() {
                    String::new()
                } else {
                    format!(
                        "本案项目经理为{}。",
                        self.pm
                    )
                };
                format!(
                    "{agency}负责全程跟进办理进度、解读适用的政策要求，并提前告知已知的外部风险（如系统升级、节假日、重大会议、大厅限流）。{pm}"
                )
            }
            (ClauseKey::AgencyFollowUp, Lang::En) => {
                let pm = if self.pm.is_empty() {
                    String::new()
                } else {
                    format!(
                        " The project manager for this case is {}.",
                        self.pm
                    )
                };
                format!(
                    "{} shall follow the case through every step, explain the policy requirements that apply, and warn the Client in advance of known outside risks (system upgrades, holidays, major meetings, hall throttling).{pm}",
                    capitalize(agency)
                )
            }
            (ClauseKey::ClientLate, Lang::Zh) => format!(
                "甲方未在{due}前交齐材料，或因材料不真实、不完整被退回或导致失败的，乙方不承担逾期责任，办理期限自材料齐全之日起重新计算。"
            ),
            (ClauseKey::ClientLate, Lang::En) => format!(
                "If the Client has not delivered complete materials by {due}, or if documents that are not authentic or complete are returned or cause a failure, the Agency is released from the deadline, and the period restarts from the day the materials are complete."
            ),
            (ClauseKey::AgencyError, Lang::Zh) => {
                let fee = self
                    .fee
                    .map_or_else(String::new, |f| format!("（{}）", yuan_text(f, Lang::Zh)));
                let cap = self.cap.map_or_else(
                    || "甲方已支付的服务费用总额".to_string(),
                    |c| yuan_text(c, Lang::Zh),
                );
                format!(
                    "因{agency}内部流程失误导致加急失败的，乙方免费重新办理，免收加急费{fee}，并赔偿甲方因此产生的直接损失，赔偿总额以{cap}为限。"
                )
            }
            (ClauseKey::AgencyError, Lang::En) => {
                let fee = self
                    .fee
                    .map_or_else(String::new, |f| format!(" ({})", yuan_text(f, Lang::En)));
                let cap = self.cap.map_or_else(
                    || "the total service fees the Client has paid".to_string(),
                    |c| yuan_text(c, Lang::En),
                );
                format!(
                    "If the expedited service fails through an error in {agency}'s own process, the Agency shall redo it free of charge, waive the expedite fee{fee}, and cover the Client's direct losses up to {cap} in total."
                )
            }
            (ClauseKey::ExternalEvents, Lang::Zh) => String::from(
                "因部门系统升级或故障、重大会议、大厅限流、政策调整等双方无法控制的原因造成延误的，双方均不承担违约责任；乙方应及时告知甲方并启动替代方案，办理期限相应顺延。法定节假日和调休事先可知，约定期限已按工作日计入，不属于上述原因。",
            ),
            (ClauseKey::ExternalEvents, Lang::En) => String::from(
                "Neither party is liable for delays caused by events beyond both parties' control, such as a department's system upgrade or outage, major meetings, hall throttling or policy changes. The Agency shall tell the Client promptly and start an alternative path, and the period is extended accordingly. Public holidays and make-up working days are known in advance and already counted in the agreed working days; they are not such an event.",
            ),
            (ClauseKey::Communication, Lang::Zh) => format!(
                "乙方一旦发现可能无法按期完成，应在{}小时内主动告知甲方，说明原因、涉及金额、下一步安排和预计时间；问题解决前，每天（含周末和节假日）发送一次进度报告。",
                self.hours
            ),
            (ClauseKey::Communication, Lang::En) => format!(
                "As soon as the Agency sees that the date may be missed, it shall tell the Client within {} hour(s), unprompted, with the cause, any amount involved, the next step and the expected dates, and shall send a progress report every day (weekends and holidays included) until the problem is solved.",
                self.hours
            ),
        }
    }
}

fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
