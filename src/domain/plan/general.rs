//! General pre-mortem causes, drawn from documented expedited cases (system upgrades,
//! holidays, major meetings, hall throttling, a legal representative abroad, a refusing bank,
//! late materials) and from ordinary team life. Each says when it applies to a service, so a
//! cause the service's own catalog pitfalls already cover is not proposed twice.

use super::causes::CauseCategory;
use super::paths::PathKey;
use crate::domain::catalog::{L10n, ServiceType, Source};

/// One general cause and the service test that decides whether it is proposed.
pub(super) struct General {
    pub(super) key: &'static str,
    pub(super) category: CauseCategory,
    pub(super) source: Source,
    pub(super) text: L10n,
    pub(super) early_sign: L10n,
    pub(super) mitigation: L10n,
    pub(super) paths: &'static [PathKey],
    pub(super) likelihood: u8,
    pub(super) impact: u8,
    pub(super) applies: fn(&ServiceType) -> bool,
}

fn always(_: &ServiceType) -> bool {
    true
}

fn has_rule(service: &ServiceType, rules: &[&str]) -> bool {
    service
        .pitfalls
        .iter()
        .any(|p| p.rule.as_deref().is_some_and(|r| rules.contains(&r)))
}

fn involves_bank(service: &ServiceType) -> bool {
    service
        .departments
        .iter()
        .any(|d| d.zh.contains("银行") || d.en.to_lowercase().contains("bank"))
}

fn l(zh: &str, en: &str) -> L10n {
    L10n::new(zh, en)
}

pub(super) fn general() -> Vec<General> {
    use CauseCategory::*;
    use PathKey as P;
    use Source::{Article, Practice};
    vec![
        General {
            key: "system_upgrade",
            category: External,
            source: Article,
            text: l(
                "办理部门的系统临时升级或出故障，加急业务暂停受理。",
                "The department's system is upgraded or breaks down at short notice, and expedited items are suspended.",
            ),
            early_sign: l(
                "部门官网、公众号或窗口贴出维护通知；预警库里有该部门的预警。",
                "A maintenance notice appears on the department's website, official account or window; the warning library lists the department.",
            ),
            mitigation: l(
                "开工前查预警库并提前告知客户；能网上办的改走网上渠道；恢复前备齐其余材料，恢复后第一时间提交。",
                "Check the warning library before starting and tell the client early; move what can go online; have everything else ready and submit the moment the system is back.",
            ),
            paths: &[P::OnlineForOffline, P::PriorityReview],
            likelihood: 2,
            impact: 4,
            applies: |s| !has_rule(s, &["system_outage_warning"]),
        },
        General {
            key: "holiday",
            category: External,
            source: Article,
            text: l(
                "办理期间赶上法定节假日或调休，能用的工作日比预想的少。",
                "A public holiday or a make-up schedule falls inside the window, leaving fewer working days than planned.",
            ),
            early_sign: l(
                "工作日倒计时跨过节假日；节前窗口排队明显变长。",
                "The working-day countdown crosses a holiday; queues grow before the break.",
            ),
            mitigation: l(
                "按工作日日历重新排期，关键材料节前提交，与客户商量提前启动。",
                "Re-plan with the working-day calendar, hand in the key items before the break, and agree with the client to start earlier.",
            ),
            paths: &[P::ParallelProcessing],
            likelihood: 3,
            impact: 3,
            applies: always,
        },
        General {
            key: "major_meeting",
            category: External,
            source: Article,
            text: l(
                "重大会议或活动期间，政务大厅线下业务放缓甚至暂停。",
                "During a major meeting or event, the service hall slows down or stops in-person business.",
            ),
            early_sign: l(
                "官方公布会议或活动日程；窗口提示近期只接待预约。",
                "An official schedule for the meeting or event is published; the window says it only sees booked visitors.",
            ),
            mitigation: l(
                "估算线下会耽误几天，尽量改为网上办理，必要时和客户商量提前启动。",
                "Estimate the in-person delay, move work online where possible, and if needed agree an earlier start with the client.",
            ),
            paths: &[P::OnlineForOffline],
            likelihood: 2,
            impact: 3,
            applies: always,
        },
        General {
            key: "hall_throttling",
            category: External,
            source: Article,
            text: l(
                "政务大厅限流，预约号很快约满，当天排不上。",
                "The service hall limits visitors; booking slots run out and the team is not seen that day.",
            ),
            early_sign: l(
                "预约系统连续几天显示约满；现场排队超过半天。",
                "The booking system shows no free slots for days; queues on site take more than half a day.",
            ),
            mitigation: l(
                "提前预约多个时段，后勤支持早到排队，同时准备好网上办理渠道。",
                "Book several slots ahead, send logistics early to queue, and keep the online channel ready.",
            ),
            paths: &[P::OnlineForOffline],
            likelihood: 3,
            impact: 3,
            applies: always,
        },
        General {
            key: "policy_change",
            category: External,
            source: Practice,
            text: l(
                "办理期间政策或材料要求调整，已经准备好的材料不再适用。",
                "Policy or the list of required materials changes mid-case, and what was prepared no longer fits.",
            ),
            early_sign: l(
                "部门发布新规或征求意见稿；窗口开始要求新的材料。",
                "The department publishes new rules or a draft; the window starts asking for new documents.",
            ),
            mitigation: l(
                "开工前核对最新要求；出现调整时马上向窗口确认过渡安排，并告知客户对时间的影响。",
                "Check the latest requirements before starting; when rules change, ask the window about transition terms and tell the client what it does to the dates.",
            ),
            paths: &[P::SupplementaryForCore],
            likelihood: 1,
            impact: 4,
            applies: always,
        },
        General {
            key: "legal_rep_abroad",
            category: Process,
            source: Article,
            text: l(
                "某个环节（如银行开户）要求法定代表人本人到场，但他在外地或国外，赶不回来。",
                "A step (a bank account, say) needs the legal representative in person, but he is away or abroad and cannot come back in time.",
            ),
            early_sign: l(
                "接案时说不清法定代表人的行程，客户提到“他这周出差”。",
                "Nobody can say where the legal representative will be; the client mentions a trip this week.",
            ),
            mitigation: l(
                "接案当天确认法定代表人行程；请银行评估远程视频核验，准备授权委托书，并与登记机关商量先发照、后补开户回执。",
                "Confirm the legal representative's whereabouts on day one; ask the bank about remote video verification, prepare a power of attorney, and ask the registry to issue the licence first and take the bank receipt later.",
            ),
            paths: &[P::RemoteVideoVerification, P::PowerOfAttorney, P::LicenceFirstBankLater],
            likelihood: 3,
            impact: 5,
            applies: |s| s.legal_rep_in_person && !has_rule(s, &["legal_rep_presence"]),
        },
        General {
            key: "bank_refuses",
            category: Process,
            source: Article,
            text: l(
                "银行不予开户或审核迟迟不过，款项无法按时到账。",
                "The bank refuses the account, or its review drags on, so the money cannot arrive in time.",
            ),
            early_sign: l(
                "客户经理要求补充说明或上门核实；审核超过约定时间仍无结果。",
                "The account manager asks for more explanation or a site visit; the review runs past the agreed time.",
            ),
            mitigation: l(
                "马上联系客户经理问清原因、争取加急；同时联系一家备用银行并行准备。",
                "Call the account manager at once to learn why and push for speed; at the same time prepare a backup bank in parallel.",
            ),
            paths: &[P::BackupBank, P::LicenceFirstBankLater],
            likelihood: 2,
            impact: 5,
            applies: |s| involves_bank(s) && s.pitfall("opening_refused").is_none(),
        },
        General {
            key: "client_late_materials",
            category: Materials,
            source: Article,
            text: l(
                "客户没在约定日期前交齐材料，或交来的材料需要返工。",
                "The client does not hand in complete materials by the agreed date, or what arrives has to be redone.",
            ),
            early_sign: l(
                "材料清单发出一天后客户仍未回复，或说“还在找”。",
                "A day after the checklist went out the client has not replied, or says they are still looking.",
            ),
            mitigation: l(
                "合同写明材料截止日；每天对照清单跟进；可以容缺受理的，先交其余材料。",
                "Put the materials deadline in the contract; chase the checklist daily; where the department accepts missing items later, hand in the rest first.",
            ),
            paths: &[P::AcceptMissingLater, P::ElectronicForPaper],
            likelihood: 3,
            impact: 4,
            applies: always,
        },
        General {
            key: "courier_delay",
            category: Materials,
            source: Practice,
            text: l(
                "原件要从外地或境外寄来，快递延误。",
                "Originals must come by courier from another city or from abroad, and the delivery is late.",
            ),
            early_sign: l(
                "快递单号迟迟没有揽收记录，或停在中转站不动。",
                "The tracking number shows no pick-up, or the parcel sits at a hub.",
            ),
            mitigation: l(
                "后勤支持每天跟踪单号；先用电子版预审，原件到了再归档。",
                "Logistics tracks the parcel daily; use scans for the pre-review and file the originals when they arrive.",
            ),
            paths: &[P::ElectronicForPaper],
            likelihood: 2,
            impact: 3,
            applies: always,
        },
        General {
            key: "names_mismatch",
            category: Materials,
            source: Article,
            text: l(
                "材料之间的名称、编号或日期对不上（比如“有限公司”和“有限责任公司”）。",
                "Names, numbers or dates differ between documents (for example 有限公司 against 有限责任公司).",
            ),
            early_sign: l(
                "逐字比对时发现差异；客户认为“差一两个字没关系”。",
                "A character-by-character comparison finds a difference; the client thinks a character or two does not matter.",
            ),
            mitigation: l(
                "执行三级审核，以营业执照为准逐字比对；需要变更的证书立即启动变更。",
                "Run the three-level review against the business licence, character by character; start any certificate change at once.",
            ),
            paths: &[P::SupplementaryForCore],
            likelihood: 3,
            impact: 4,
            applies: |s| !has_rule(s, &["holder_name_match", "licence_fields_match"]),
        },
        General {
            key: "client_unreachable",
            category: Communication,
            source: Practice,
            text: l(
                "需要客户拍板或补签字时联系不上人。",
                "When a decision or a signature is needed, nobody at the client can be reached.",
            ),
            early_sign: l(
                "客户只留了一个联系人；消息半天没有回复。",
                "The client gave a single contact; messages go unanswered for half a day.",
            ),
            mitigation: l(
                "接案时约定主联系人、备用联系人和回复时限，关键节点提前约好时间。",
                "Agree a main and a backup contact and a reply time at intake, and book the key moments in advance.",
            ),
            paths: &[],
            likelihood: 2,
            impact: 3,
            applies: always,
        },
        General {
            key: "expectation_gap",
            category: Communication,
            source: Article,
            text: l(
                "客户把“加急”当成无条件保证，没意识到自己的材料和配合同样决定成败。",
                "The client takes 'expedited' as an unconditional guarantee and does not see that their own materials and answers decide the outcome too.",
            ),
            early_sign: l(
                "客户不在意材料截止日；合同里没有写清双方责任。",
                "The client shrugs at the materials deadline; the contract does not set out who answers for what.",
            ),
            mitigation: l(
                "签约时讲清责任边界并写进合同；把材料截止日和风险提示书面发给客户。",
                "Explain the responsibility boundaries at signing and put them in the contract; send the materials deadline and the risks in writing.",
            ),
            paths: &[],
            likelihood: 3,
            impact: 3,
            applies: always,
        },
        General {
            key: "key_person_unavailable",
            category: Staffing,
            source: Practice,
            text: l(
                "项目经理或执行专员临时请假、生病或被抽调，关键环节没人盯。",
                "The PM or an executor is suddenly on leave, ill or pulled onto another case, and a key step has nobody on it.",
            ),
            early_sign: l(
                "同一人同时负责多个加急案件；排期里没有替补。",
                "One person carries several expedited cases; the schedule has no stand-in.",
            ),
            mitigation: l(
                "每个角色指定替补，进度和材料放在共享位置，当天完成交接。",
                "Name a stand-in for every role, keep progress and files where the team can reach them, and hand over the same day.",
            ),
            paths: &[],
            likelihood: 2,
            impact: 4,
            applies: always,
        },
        General {
            key: "unfamiliar_staff",
            category: Staffing,
            source: Article,
            text: l(
                "经办人对这类事项不熟（比如经营范围的规范表述），材料一再被退回。",
                "The person handling it does not know this kind of filing well (standard business-scope wording, say), and it keeps coming back.",
            ),
            early_sign: l(
                "预审查出的问题多；经办人需要反复请教别人。",
                "The precheck finds many problems; the handler keeps asking others for help.",
            ),
            mitigation: l(
                "由熟悉该事项的同事复核；使用规范表述手册和清单；安排模拟演练。",
                "Have a colleague who knows the item review it; use the standard-wording manual and the checklist; schedule a drill.",
            ),
            paths: &[],
            likelihood: 2,
            impact: 3,
            applies: always,
        },
    ]
}
