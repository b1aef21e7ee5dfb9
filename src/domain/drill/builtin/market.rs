//! Market-regulator work: business-scope change, articles change, company registration
//! (documented cases 1, 7 and 15).

use super::{choice, end, inject, l, scenario, step, Build, ChoiceExt, Fx, InjectExt, Scenario};
use crate::domain::drill::scenario::{Condition, Ending, Goal, Rank, Role};

/// Case 1: the regulator's system upgrade pauses all expedited work before a tender.
pub(super) fn scope_change_outage() -> Scenario {
    scenario(
        "drill_scope_change_outage",
        1,
        "scope_change",
        Role::Pm,
        1,
        60,
        l("系统升级:投标前的经营范围变更", "System upgrade: a scope change before the tender"),
        l(
            "一家医疗器械研发企业要参加省级招标,必须先把新业务加进经营范围。团队当天备齐了材料,第二天一早你到市场监管局,窗口却说系统临时升级,所有加急业务暂停。离投标截止还有 3 个工作日。你是项目经理。",
            "A medical-device R&D company is bidding in a provincial tender and must first add the new business to its registered scope. The team prepared everything in a day; next morning at the market regulator the window says the system is being upgraded and all expedited work is paused. The bid closes in 3 working days. You are the project manager.",
        ),
    )
    .hard(3, 0, l("3 个工作日后投标截止", "Bid closes in 3 working days"))
    .goals(&[Goal::NotifyWithinHour, Goal::Empathy, Goal::UseAlternativePath])
    .init(0, 1, 2_000_000, true)
    .facts(&[
        ("upgrade_duration", "窗口说这次升级预计持续两天", "The window says the upgrade should take about two days"),
        ("online_channel", "网上政务服务平台的全程电子化通道这次没有停", "The online all-electronic channel of the government service platform is still running"),
        ("tender_rule", "招标代理确认:资格审查可以先交变更受理回执,开标前补交新执照", "The tender agent confirms a change-acceptance receipt is enough for the qualification check, with the new licence due before the bids open"),
    ])
    .steps(vec![
        step("s_hall", Goal::NotifyWithinHour, 60, 2, l(
            "上午 9 点,市场监管局大厅。窗口说系统临时升级,所有加急业务暂停,恢复时间未定。你先做什么?",
            "9 a.m. at the market regulator's hall. The window says the system is being upgraded, all expedited work is paused, and nobody knows until when. What do you do first?",
        ), vec![
            choice(Rank::Best, "s_options", 30, l(
                "先向窗口问清升级大概多久、还有没有其他通道,然后马上给客户打电话讲明情况和你接下来的安排",
                "Ask the window how long the upgrade should take and whether another channel is open, then call the client at once with the situation and your next steps",
            ), l(
                "带着信息和安排去告知,既在一小时内,又让客户知道你已经在想办法。",
                "Calling with facts and a plan keeps within the hour and shows the client you are already working on it.",
            )).notify().learn("upgrade_duration").s(5, 0, 3, 3, 5),
            choice(Rank::Acceptable, "s_options", 10, l(
                "立刻打电话告诉客户系统升级、业务暂停,让他先别着急",
                "Call the client straight away: the system is down and work is paused, please don't worry",
            ), l(
                "告知很及时,但只有坏消息、没有任何信息和方案,客户挂了电话只会更焦虑。",
                "Prompt, but only bad news, with no facts and no plan: the client hangs up more anxious than before.",
            )).notify().s(5, 0, 1, 0, 2),
            choice(Rank::Poor, "s_options", 120, l(
                "在大厅等着,看系统什么时候恢复再说",
                "Wait in the hall and see when the system comes back",
            ), l(
                "干等既不解决问题,也没让客户知情,一上午就这样过去了。",
                "Waiting solves nothing and leaves the client in the dark; the whole morning slips away.",
            )).s(-5, 0, 0, -3, -3),
        ]),
        step("s_calm", Goal::Empathy, 45, 1, l(
            "客户打来电话,声音发颤:“这标要是赶不上,今年就白干了!”",
            "The client calls, his voice shaking: \"If we miss this tender, the whole year is wasted!\"",
        ), vec![
            choice(Rank::Best, "s_options", 10, l(
                "“我特别理解,这个标对您太重要了。系统在升级,我已经在找别的通道,半小时内给您具体方案。”",
                "\"I completely understand how much this tender matters. The system is being upgraded; I'm already looking for another route and will have a concrete plan for you within half an hour.\"",
            ), l(
                "先接住情绪,再给出时间承诺,客户的慌乱被稳住了。",
                "Taking in his fear first, then promising a time, steadies the client.",
            )).notify().mood(3).s(0, 0, 10, 0, 3),
            choice(Rank::Poor, "s_options", 10, l(
                "“系统升级是政府的事,我们也没办法。”",
                "\"The upgrade is the government's business; there's nothing we can do.\"",
            ), l(
                "推给外部原因等于告诉客户“别指望我们”,这正是客户最怕听到的话。",
                "Blaming outside causes tells the client not to count on you, exactly what he fears most.",
            )).mood(-3).s(0, 0, -5, 0, -5),
        ]),
        step("s_options", Goal::UseAlternativePath, 90, 2, l(
            "升级大概要两天,投标截止只剩三个工作日。你怎么安排?",
            "The upgrade should take about two days and the bid closes in three working days. How do you proceed?",
        ), vec![
            choice(Rank::Best, "s_report", 120, l(
                "让执行专员改走网上政务服务平台的全程电子化通道提交变更;你联系招标代理,确认能否先用变更受理回执参加资格审查",
                "Have an executor file the change through the online all-electronic channel, and ask the tender agent whether a change-acceptance receipt will do for the qualification check",
            ), l(
                "线上替代线下,再把招标方的规则问清,两条线都在为客户抢时间。",
                "Online instead of in person, plus the tender's own rules checked: both lines buy the client time.",
            )).learn("online_channel").learn("tender_rule").s(3, 3, 0, 10, 3),
            choice(Rank::Acceptable, "s_queue", 30, l(
                "安排后勤明天一早到大厅排队,系统一恢复就第一个办",
                "Have logistics queue at the hall first thing tomorrow to be first when the system returns",
            ), l(
                "占位是对的,但只押在线下一条路,系统一延期就没有退路。",
                "Holding a place helps, but it bets everything on the hall; if the upgrade overruns, there is no way out.",
            )).slack(-1).s(0, 0, 0, 4, 2),
            choice(Rank::Poor, "s_queue", 20, l(
                "等系统恢复通知,先去忙别的客户",
                "Wait for the all-clear and deal with other clients meanwhile",
            ), l(
                "把主动权交给了系统公告,三天的余量就这样被动地耗掉。",
                "It hands control to the system notice and lets the three days drain away.",
            )).slack(-2).s(-3, 0, 0, -5, -3),
            choice(Rank::Harmful, "s_queue", 10, l(
                "建议客户在投标文件里先写上新的经营范围,反正执照很快会变更好",
                "Suggest the client already states the new scope in the bid, since the licence will change soon anyway",
            ), l(
                "投标文件与执照不符属于虚假陈述,一旦被查实,客户可能被取消资格甚至列入黑名单。",
                "A bid that contradicts the licence is a false statement; if discovered, the client can be disqualified or blacklisted.",
            )).s(0, -10, 0, -3, -5),
        ]),
        step("s_report", Goal::Remedy, 60, 1, l(
            "变更已在网上提交,预计明天出结果。客户很焦虑,隔一会儿就来问进展。你怎么跟进?",
            "The change has been filed online and should be decided tomorrow. The client is anxious and keeps asking for news. How do you follow up?",
        ), vec![
            choice(Rank::Best, "end_good", 30, l(
                "每天固定两次给客户发进度:做了什么、卡在哪里、下一步和预计时间,并把招标代理的答复一起转给他",
                "Send the client an update twice a day: what was done, what is stuck, the next step and the expected time, with the tender agent's answer attached",
            ), l(
                "透明的进度让客户看得见你在做事,不用一遍遍追问。",
                "Visible progress shows the client the work being done, so he no longer has to chase.",
            )).mood(2).s(2, 0, 5, 8, 3),
            choice(Rank::Poor, "end_mixed", 10, l(
                "等结果出来再一起告诉客户",
                "Tell the client once the result is out",
            ), l(
                "沉默期越长,客户越会怀疑“是不是没人管了”。",
                "The longer the silence, the more the client suspects nobody is handling it.",
            )).mood(-2).s(-2, 0, -3, 0, 0),
        ]),
        step("s_queue", Goal::Remedy, 60, 1, l(
            "第二天下午系统才恢复,大厅排起了长队,你们排在第 40 号,离截止只剩一天。",
            "The system only comes back the next afternoon. The hall is packed and you are number 40, with one day left before the deadline.",
        ), vec![
            choice(Rank::Best, "end_mixed", 120, l(
                "向窗口出示招标文件和截止时间,申请加急受理;同时把排队情况和预计时间告诉客户",
                "Show the window the tender documents and deadline and ask for expedited acceptance; tell the client where you stand and when to expect the result",
            ), l(
                "用书面依据申请加急,同时让客户知情,是落后之后能做的最好补救。",
                "Asking for priority with written grounds while keeping the client informed is the best remedy once behind.",
            )).notify().s(2, 0, 2, 5, 2),
            choice(Rank::Poor, "end_bad", 240, l(
                "老老实实排队等叫号",
                "Queue and wait for the number to be called",
            ), l(
                "按部就班在这里意味着放弃最后的机会。",
                "Business as usual here means giving up the last chance.",
            )).s(-3, 0, 0, -3, 0),
        ]),
        end("end_good", Ending::Good, l(
            "第二天变更通过,客户按时递交了标书,后来还把公司其他证照业务也交给了你们。",
            "The change is approved the next day and the client bids on time, later handing you its other licence work as well.",
        )),
        end("end_mixed", Ending::Mixed, l(
            "新执照在截止前几个小时才拿到,标书是熬夜赶出来的。客户赶上了,却吓出一身冷汗。",
            "The new licence arrives hours before the deadline and the bid is finished overnight. The client makes it, badly shaken.",
        )),
        end("end_bad", Ending::Bad, l(
            "变更没能在截止前完成,客户错过了这次投标。",
            "The change is not done before the deadline and the client misses the tender.",
        )),
    ])
    .injects(vec![
        inject(45, l(
            "客户打来电话,声音发颤:“这标要是赶不上,今年就白干了!”",
            "The client calls, his voice shaking: \"If we miss this tender, the whole year is wasted!\"",
        )).when(Condition::ClientNotNotified).mood(-3).goto("s_calm"),
        inject(150, l(
            "窗口贴出通知:升级可能延长到后天上午。",
            "A notice at the window: the upgrade may run on until the morning after next.",
        )).chance(50).slack(-1),
    ])
}

/// Case 7: the client's articles do not meet the rules in force; the agency waives its fee.
pub(super) fn articles_outdated() -> Scenario {
    scenario(
        "drill_articles_outdated",
        7,
        "articles_change",
        Role::Pm,
        2,
        60,
        l("章程过时:加急变更被退回", "Outdated articles: an expedited change sent back"),
        l(
            "一家公司加急办理变更,下周要和投资方签约。市场监管部门退回了申请:公司章程里的出资期限条款不符合现行规定。合同约定客户对材料负责,机构对流程跟进和政策解读负责。你是项目经理。",
            "A company is making an expedited change before signing with an investor next week. The regulator sends it back: the capital-contribution clause in the articles does not meet the rules now in force. The contract makes the client answer for the materials and the agency for follow-up and policy advice. You are the project manager.",
        ),
    )
    .hard(5, 0, l("下周签约前完成变更", "Change done before next week's signing"))
    .goals(&[Goal::Responsibility, Goal::NotifyWithinHour, Goal::Remedy, Goal::Retrospective])
    .init(0, 1, 0, true)
    .facts(&[
        ("articles_old", "退回原因:章程的出资期限条款不符合现行规定", "Reason: the articles' capital-contribution clause does not meet the rules in force"),
        ("contract_terms", "合同约定:客户对材料的真实合规负责,机构对流程跟进和政策解读负责", "Contract: the client answers for true and compliant materials, the agency for follow-up and policy advice"),
        ("advice_missed", "接单时我们没有提醒客户章程要按新规修改", "When taking the case we did not warn the client that the articles needed updating"),
    ])
    .steps(vec![
        step("s_refused", Goal::NotifyWithinHour, 60, 2, l(
            "市场监管部门退回了变更申请:章程的出资期限条款不符合现行规定。",
            "The regulator sends the change back: the articles' capital-contribution clause does not meet the rules in force.",
        ), vec![
            choice(Rank::Best, "s_blame", 30, l(
                "一小时内打给客户:退回原因、要改哪一条、修改和重新提交大约需要几天",
                "Call the client within the hour: why it was sent back, which clause to change, and roughly how many days the fix and resubmission take",
            ), l(
                "原因、做法、时间三样都有,客户能立刻判断对签约的影响。",
                "Cause, fix and timing together let the client judge the effect on the signing at once.",
            )).notify().learn("articles_old").s(5, 3, 3, 3, 3),
            choice(Rank::Acceptable, "s_blame", 180, l(
                "先把新规研究透,下午再告诉客户",
                "Study the new rules thoroughly first and tell the client in the afternoon",
            ), l(
                "准备充分是好事,但客户三个小时后才知道,错过了一小时原则。",
                "Being prepared is good, but the client hears of it three hours later, past the one-hour rule.",
            )).notify().learn("articles_old").s(0, 3, 0, 3, 0),
            choice(Rank::Poor, "s_blame", 10, l(
                "等客户来问再说",
                "Wait until the client asks",
            ), l(
                "让客户自己发现问题,信任会在那一刻跌到冰点。",
                "Letting the client find out alone sends trust to freezing point.",
            )).s(-5, 0, -3, 0, -3),
        ]),
        step("s_blame", Goal::Responsibility, 90, 2, l(
            "客户质问:“你们是专业机构,为什么没提前看出章程有问题?”",
            "The client demands: \"You're the professionals. Why didn't you spot the problem with the articles beforehand?\"",
        ), vec![
            choice(Rank::Best, "s_fix", 30, l(
                "对照合同把边界说清:章程内容由客户负责,但政策解读是我们的责任,接单时没提醒新规是我们的疏漏;这次加急费不收,免费帮您修改章程重新办理",
                "Go through the contract: the articles are the client's, but policy advice is ours, and not flagging the new rule was our lapse; we waive the expedite fee and fix the articles free of charge",
            ), l(
                "责任分清不是为了甩锅:认下自己那一份,用实在的补偿留住客户。",
                "Clear boundaries are not for shifting blame: owning your share, with real compensation, keeps the client.",
            )).learn("contract_terms").learn("advice_missed").mood(3).s(0, 3, 5, 5, 10),
            choice(Rank::Acceptable, "s_fix", 20, l(
                "承认有疏漏,答应尽快重新办理,对费用避而不谈",
                "Admit the lapse and promise a quick redo, but avoid the question of fees",
            ), l(
                "态度对了,但没有兑现到行动上,客户心里仍有疙瘩。",
                "The right attitude without a concrete gesture leaves the client uneasy.",
            )).s(0, 0, 2, 3, 3),
            choice(Rank::Poor, "s_fix", 10, l(
                "拿出合同:“材料是您提供的,责任在您。”",
                "Produce the contract: \"You supplied the materials, so it's on you.\"",
            ), l(
                "只讲对自己有利的条款,回避了政策解读的责任,客户只会觉得你在推卸。",
                "Quoting only the clauses that suit you, and skipping your duty of policy advice, reads as shirking.",
            )).learn("contract_terms").mood(-4).s(0, 0, -5, 0, -5),
            choice(Rank::Harmful, "s_fix", 20, l(
                "要求客户先签一份“自愿放弃追究责任”的确认书再继续办",
                "Make the client sign a waiver of any claims before you continue",
            ), l(
                "趁客户着急逼签免责文件,既不合规也不厚道,会直接毁掉合作关系。",
                "Forcing a waiver while the client is under pressure is neither proper nor decent, and ends the relationship.",
            )).mood(-3).s(0, -10, -3, 0, -10),
        ]),
        step("s_fix", Goal::Remedy, 90, 1, l(
            "章程要修改,还需要全体股东重新签字,下周就要签约。",
            "The articles must be amended and re-signed by every shareholder, with the signing next week.",
        ), vec![
            choice(Rank::Best, "s_retro", 240, l(
                "法务当天出修改稿,执行专员协调股东签字(异地股东邮寄并视频确认),后勤安排递送;每天给客户发进度",
                "Legal drafts the amendment today, an executor gathers the signatures (post and video confirmation for shareholders elsewhere), logistics runs the couriers, and the client gets a daily update",
            ), l(
                "分工到人、并行推进,再用每日进度让客户安心。",
                "Tasks assigned to people and run in parallel, with daily updates to reassure the client.",
            )).mood(2).s(3, 3, 3, 10, 3),
            choice(Rank::Poor, "end_bad", 30, l(
                "把新规发给客户,让他们自己改好再送来",
                "Send the client the new rules and let them amend and send it back",
            ), l(
                "把本该由你解读和推动的工作丢回给客户,时间和信任都搭进去了。",
                "Handing back work you should lead costs both time and trust.",
            )).slack(-3).s(-2, 0, -3, -5, -3),
        ]),
        step("s_retro", Goal::Retrospective, 60, 1, l(
            "变更重新提交了。主管让你说说:以后怎么避免同样的事?",
            "The change has been resubmitted. Your supervisor asks how to stop this happening again.",
        ), vec![
            choice(Rank::Best, "end_good", 30, l(
                "把“章程是否符合现行规定”加进接单初核清单,并在政策风险预警库里记下这次新规",
                "Add \"articles meet the rules in force\" to the intake checklist and log the new rule in the policy-risk warning library",
            ), l(
                "往下深挖一层:问题出在接单时没有核对,所以改的是流程,而不是提醒某个人。",
                "One layer deeper: the gap was at intake, so the fix is a process change, not a reminder to someone.",
            )).s(0, 5, 0, 3, 5),
            choice(Rank::Poor, "end_mixed", 10, l(
                "这次是客户的章程太旧,下次让客户自己注意",
                "The client's articles were just old; tell clients to watch out next time",
            ), l(
                "把原因停在表面,流程没有任何改变,同样的事还会再来。",
                "Stopping at the surface changes nothing, so it will happen again.",
            )).s(0, 0, 0, 0, -5),
        ]),
        end("end_good", Ending::Good, l(
            "变更在签约前两天办结。虽然少赚了加急费,客户却把另外两家公司的业务也交给了你们。",
            "The change is done two days before the signing. The fee is lost, but the client hands you the work of two more companies.",
        )),
        end("end_mixed", Ending::Mixed, l(
            "变更按时办完了,可客户之后再没找过你们。",
            "The change is done on time, but the client never comes back.",
        )),
        end("end_bad", Ending::Bad, l(
            "客户自己改章程拖了一周,错过了签约,还在网上给了差评。",
            "Amending the articles themselves takes the client a week; they miss the signing and post a bad review.",
        )),
    ])
    .injects(vec![
        inject(90, l(
            "客户在系统里看到“已退回”,打电话来质问怎么回事。",
            "The client sees \"returned\" in the online system and calls demanding to know why.",
        )).when(Condition::ClientNotNotified).mood(-3),
        inject(300, l(
            "一位股东在外地出差,签字要晚一天。",
            "One shareholder is travelling; the signature will be a day late.",
        )).chance(50).slack(-1),
    ])
}

/// Case 15: a registration rejected for non-standard scope wording; the retrospective.
pub(super) fn registration_scope_wording() -> Scenario {
    scenario(
        "drill_registration_scope_wording",
        15,
        "company_registration",
        Role::Pm,
        2,
        60,
        l("经营范围不规范:注册被驳回之后", "Non-standard scope wording: after the rejection"),
        l(
            "一家新公司加急注册,客户下周开张。申请被驳回:经营范围表述不规范。经办的是入职不久的业务员。你既要补救这一单,也要主持复盘。",
            "A new company is being registered in a hurry to open next week. The application is rejected: the business-scope wording is not standard. The clerk on the case is new. You must rescue this case and run the retrospective.",
        ),
    )
    .hard(5, 0, l("下周一开张", "Opening next Monday"))
    .goals(&[Goal::Retrospective, Goal::ForeseeMaterialsRisk, Goal::NotifyWithinHour])
    .init(0, 2, 0, true)
    .facts(&[
        ("scope_nonstandard", "驳回原因:经营范围表述不规范", "Reason: the business-scope wording is not standard"),
        ("root_cause", "经办业务员不熟悉《国民经济行业分类》,客户描述含糊,提交前又没有核对", "The clerk did not know the national industry classification, the client's description was vague, and nothing was checked before filing"),
    ])
    .know(&["scope_nonstandard"])
    .steps(vec![
        step("s_rejected", Goal::NotifyWithinHour, 60, 2, l(
            "公司注册被驳回:经营范围表述不规范。客户原定下周一开张。",
            "The registration is rejected for non-standard scope wording. The client plans to open next Monday.",
        ), vec![
            choice(Rank::Best, "s_retro", 40, l(
                "一小时内告诉客户原因,今天就按规范表述改好重新提交,预计两天办结",
                "Tell the client the reason within the hour; the wording is fixed and refiled today, about two days to approval",
            ), l(
                "及时、具体、有时间表,开张计划不受影响,客户也不会慌。",
                "Prompt, specific and dated: the opening is safe and the client stays calm.",
            )).notify().s(5, 3, 3, 5, 3),
            choice(Rank::Acceptable, "s_retro", 180, l(
                "先改好重新提交,再告诉客户",
                "Fix and refile first, then tell the client",
            ), l(
                "补救做了,但告知晚了两个多小时。",
                "The fix is done, but the client is told over two hours late.",
            )).notify().s(0, 3, 0, 5, 0),
            choice(Rank::Poor, "s_retro", 10, l(
                "让经办业务员自己处理,你不过问",
                "Leave it to the clerk and stay out of it",
            ), l(
                "新人独自面对退件,客户没人通知,同样的错误还可能再犯一次。",
                "A new clerk left alone with a rejection, a client nobody informs, and the same mistake likely again.",
            )).s(-3, 0, 0, -3, -5),
        ]),
        step("s_retro", Goal::Retrospective, 90, 2, l(
            "重新提交后,你主持复盘会。经办的新业务员很紧张。",
            "After the refiling you run the retrospective. The new clerk is nervous.",
        ), vec![
            choice(Rank::Best, "s_action", 60, l(
                "先说明复盘不追责;再问“为什么不规范”“为什么没发现”,挖到业务员不熟悉行业分类、提交前没有核对这一层",
                "Say first that the meeting assigns no blame; then ask why the wording was off and why nobody caught it, down to the unfamiliar classification and the missing check before filing",
            ), l(
                "不追责,大家才说真话;多问一层“为什么”,才找得到能改的根因。",
                "No blame means honest answers; one more \"why\" finds the cause you can actually fix.",
            )).learn("root_cause").s(0, 3, 3, 0, 10),
            choice(Rank::Acceptable, "s_action", 20, l(
                "直接把结论定为“经营范围写错了,下次注意”",
                "Conclude \"the scope was wrong; be careful next time\"",
            ), l(
                "结论没错,但停在表面,流程和能力都没有改变。",
                "Not wrong, but it stops at the surface and changes neither process nor skills.",
            )).s(0, 0, 0, 0, 2),
            choice(Rank::Poor, "s_action", 20, l(
                "当众批评业务员粗心,扣绩效",
                "Criticise the clerk in front of everyone and dock their bonus",
            ), l(
                "追责让人以后不敢暴露问题,复盘就失去了意义。",
                "Blame teaches people to hide problems, and the retrospective loses its point.",
            )).s(0, 0, -5, 0, -5),
        ]),
        step("s_action", Goal::Retrospective, 60, 1, l(
            "复盘要落到行动上。你定下什么?",
            "A retrospective needs actions. What do you decide?",
        ), vec![
            choice(Rank::Best, "end_good", 60, l(
                "请市场监管部门的专家来讲一次经营范围填写,编一本规范表述手册,并在初核清单里加上“经营范围对照规范表述”",
                "Invite an expert from the regulator to teach scope wording, compile a handbook of standard wordings, and add \"scope checked against standard wording\" to the first-check list",
            ), l(
                "培训、工具、流程三管齐下,把一次教训变成全队的能力。",
                "Training, a tool and a process change together turn one lesson into the whole team's skill.",
            )).s(0, 8, 0, 5, 5),
            choice(Rank::Poor, "end_mixed", 10, l(
                "发个通知提醒大家注意经营范围",
                "Send a memo reminding everyone to mind the scope wording",
            ), l(
                "一纸通知改变不了能力和流程,问题很快会重演。",
                "A memo changes neither skills nor process; the problem will soon repeat.",
            )).s(0, 0, 0, 0, -2),
        ]),
        end("end_good", Ending::Good, l(
            "两天后注册办结,客户按时开张。此后半年,团队再没出现同类驳回。",
            "Registration is approved two days later and the client opens on time. No similar rejection happens in the next six months.",
        )),
        end("end_mixed", Ending::Mixed, l(
            "这一单补救成功,但三个月后另一位业务员又因同样的原因被驳回。",
            "This case is saved, but three months later another clerk is rejected for the same reason.",
        )),
    ])
    .injects(vec![
        inject(50, l(
            "客户打来电话问营业执照什么时候能拿到,说装修已经完工了。",
            "The client calls to ask when the licence will come; the fit-out is finished.",
        )).when(Condition::ClientNotNotified).mood(-2),
        inject(200, l(
            "经办业务员私下找你,说他其实一开始就拿不准那几条经营范围该怎么写。",
            "The clerk tells you privately that he was never sure how to word those scope items.",
        )).chance(50).learn("root_cause"),
    ])
}
