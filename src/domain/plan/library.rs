//! The built-in alternative paths (替代方案) as data. Costs are the working days the switch
//! itself usually takes; a plan can override them with what the local office really needs.

use super::paths::{Party, PathKey, PathPattern};
use crate::domain::catalog::{L10n, Source};

fn l(zh: &str, en: &str) -> L10n {
    L10n::new(zh, en)
}

pub(super) fn pattern(key: PathKey) -> PathPattern {
    use Party::*;
    use PathKey as P;
    let make = |name: L10n,
                when_applies: L10n,
                needs: Vec<L10n>,
                cost_working_days: u32,
                who_must_agree: Vec<Party>,
                source: Source| PathPattern {
        key,
        name,
        when_applies,
        needs,
        cost_working_days,
        who_must_agree,
        source,
    };
    match key {
        P::ElectronicForPaper => make(
            l("电子版先行，纸质件后补", "Electronic first, paper later"),
            l(
                "纸质原件来不及送到，但部门愿意先用电子版预审。",
                "The paper originals cannot arrive in time, but the department will pre-review scans.",
            ),
            vec![
                l("清晰完整的扫描件或电子证照", "Clear, complete scans or electronic certificates"),
                l(
                    "部门同意先预审、后补纸质件",
                    "The department's agreement to review now and take paper later",
                ),
                l("写明纸质件补交日期", "A stated date for handing in the paper"),
            ],
            1,
            vec![Department],
            Source::Article,
        ),
        P::SupplementaryForCore => make(
            l("补充材料替代核心材料", "Supplementary instead of core documents"),
            l(
                "某份核心材料有缺陷或重做太慢，但其他材料能证明同一事实。",
                "A core document is defective or too slow to redo, but other documents prove the same fact.",
            ),
            vec![
                l(
                    "能证明同一事实的补充材料（如工程验收单、业主证明函）",
                    "Documents proving the same fact (an acceptance certificate, an owner's letter)",
                ),
                l("部门认可这些补充材料", "The department's acceptance of them"),
            ],
            2,
            vec![Department, Client],
            Source::Article,
        ),
        P::OnlineForOffline => make(
            l("网上办理替代线下办理", "Online instead of in person"),
            l(
                "大厅限流、排队太长或线下暂停，而该事项可以网上办。",
                "The hall is throttled, queues are too long or in-person service is paused, and the item can be done online.",
            ),
            vec![
                l(
                    "网上办理账号或电子营业执照",
                    "An online account or the electronic business licence",
                ),
                l(
                    "法定代表人或经办人完成实名认证、电子签名",
                    "Real-name verification and e-signature by the legal representative or the agent",
                ),
                l("全套电子版材料", "A full set of electronic documents"),
            ],
            1,
            vec![Client, LegalRep],
            Source::Article,
        ),
        P::AcceptMissingLater => make(
            l("容缺受理", "Accept now, supply later (容缺受理)"),
            l(
                "缺的是次要材料，且该事项在部门的容缺受理范围内。",
                "What is missing is a secondary item, and the item is on the department's accept-now-supply-later list.",
            ),
            vec![
                l("主要材料齐全", "All main documents complete"),
                l("客户签署的补交承诺书", "The client's signed undertaking to supply the rest"),
                l("明确的补交期限", "A firm date for the missing item"),
            ],
            0,
            vec![Department, Client],
            Source::Article,
        ),
        P::ParallelProcessing => make(
            l("并联办理", "Parallel processing (并联办理)"),
            l(
                "几个环节互不依赖，可以同时向不同部门申请。",
                "Several steps do not depend on each other and can be filed with different departments at once.",
            ),
            vec![
                l("每个环节的材料分别备齐", "A complete set of materials for each step"),
                l(
                    "各部门接受并联办理或信息共享",
                    "The departments accept parallel filing or share information",
                ),
                l("足够人手同时跑几个部门", "Enough people to cover several departments at once"),
            ],
            0,
            vec![Department],
            Source::Article,
        ),
        P::BackupBank => make(
            l("备用银行", "Backup bank"),
            l(
                "首选银行拒绝开户或审核太慢。",
                "The first bank refuses the account or reviews too slowly.",
            ),
            vec![
                l(
                    "事先问清开户条件的备用银行",
                    "A backup bank whose conditions were checked in advance",
                ),
                l("另备一套开户材料", "A second set of account-opening documents"),
                l(
                    "法定代表人能到场或可远程核验",
                    "The legal representative can attend or be verified remotely",
                ),
            ],
            2,
            vec![Client, Bank],
            Source::Article,
        ),
        P::RemoteVideoVerification => make(
            l("远程视频核验", "Remote video verification"),
            l(
                "银行或部门要求法定代表人本人到场，而他在外地或国外。",
                "The bank or department wants the legal representative in person, and he is away or abroad.",
            ),
            vec![
                l(
                    "银行或部门同意视频核验",
                    "The bank's or department's agreement to verify by video",
                ),
                l(
                    "法定代表人带有效证件按约定时间在线",
                    "The legal representative online at the agreed time with a valid ID",
                ),
                l("稳定的网络和设备", "A stable connection and device"),
            ],
            1,
            vec![Bank, LegalRep],
            Source::Article,
        ),
        P::PowerOfAttorney => make(
            l("授权委托书", "Power of attorney"),
            l(
                "法定代表人无法亲自办理，而该环节允许委托他人。",
                "The legal representative cannot act in person, and the step allows an agent.",
            ),
            vec![
                l(
                    "法定代表人签字的授权委托书（境外签署的可能需要公证认证）",
                    "A power of attorney signed by the legal representative (one signed abroad may need notarisation)",
                ),
                l("受托人身份证件", "The agent's ID"),
            ],
            1,
            vec![LegalRep, Department],
            Source::Article,
        ),
        P::LicenceFirstBankLater => make(
            l("先发营业执照，后补开户回执", "Licence first, bank receipt later"),
            l(
                "营业执照急用，而银行开户回执一时拿不到。",
                "The business licence is needed urgently and the bank receipt cannot be had in time.",
            ),
            vec![
                l("登记机关同意先核发执照", "The registry's agreement to issue the licence first"),
                l("补交开户回执的承诺和期限", "An undertaking and a date for the bank receipt"),
            ],
            1,
            vec![Department],
            Source::Article,
        ),
        P::PriorityReview => make(
            l("情况说明＋申请优先审核", "Priority review with a statement of circumstances"),
            l(
                "材料已经改好或齐全，但按正常排队来不及。",
                "The materials are corrected or complete, but the normal queue is too slow.",
            ),
            vec![
                l(
                    "加盖公章的情况说明（紧急原因和时间要求）",
                    "A sealed statement of circumstances (why it is urgent, by when)",
                ),
                l("法定代表人授权书", "The legal representative's authorisation"),
                l("改正后的全套材料", "The corrected set of materials"),
            ],
            0,
            vec![Department],
            Source::Article,
        ),
    }
}
