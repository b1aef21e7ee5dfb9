//! Tax and social-insurance work: a tax-system upgrade, an agency error in social insurance,
//! and a tax change that failed for missing materials (documented cases 4, 13 and 14).

use super::{choice, end, inject, l, scenario, step, Build, ChoiceExt, Fx, InjectExt, Scenario};
use crate::domain::drill::scenario::{Condition, Ending, Goal, Rank, Role};

/// Case 4: a three-day tax-system upgrade announced; the warning library and early notice.
pub(super) fn tax_system_upgrade() -> Scenario {
    scenario(
        "drill_tax_system_upgrade",
        4,
        "tax_change",
        Role::Pm,
        1,
        60,
        l("三天停办:税务系统升级公告", "Three days closed: a tax-system upgrade notice"),
        l(
            "周一上午,你在维护机构的政策风险预警库时看到当地税务局公告:周三到周五系统升级,暂停办理一切涉税业务。你手上有 5 个本周要办的加急税务变更,其中一家下周一要投标。你是项目经理。",
            "Monday morning, maintaining the agency's policy-risk warning library, you see the local tax bureau's notice: the system will be upgraded Wednesday to Friday and all tax business is suspended. You have five expedited tax changes due this week; one client bids in a tender next Monday. You are the project manager.",
        ),
    )
    .hard(5, 0, l("下周一客户投标", "A client's tender next Monday"))
    .goals(&[Goal::NotifyWithinHour, Goal::Remedy, Goal::Responsibility])
    .init(0, 2, 0, false)
    .facts(&[
        ("upgrade_notice", "税务局公告:周三到周五系统升级,暂停一切涉税业务", "Tax bureau notice: system upgrade Wednesday to Friday, all tax business suspended"),
        ("tuesday_window", "周二下班前提交的申请可以在升级前办结", "Applications filed by Tuesday evening can be completed before the upgrade"),
    ])
    .steps(vec![
        step("s_notice", Goal::NotifyWithinHour, 60, 2, l(
            "公告写明:周三到周五系统升级,暂停办理一切涉税业务。你手上有 5 个本周要办的加急变更。",
            "The notice says the system is down Wednesday to Friday for all tax business. You have five expedited changes due this week.",
        ), vec![
            choice(Rank::Best, "s_rush", 60, l(
                "马上把公告录入预警库,逐个打电话告诉 5 个客户会受什么影响,约好今明两天抢在升级前提交",
                "Log the notice in the warning library at once and call each of the five clients about the impact, agreeing to file today or tomorrow before the upgrade",
            ), l(
                "提前预警、逐个沟通,把“不可抗力”变成可以安排的事。",
                "Early warning and a call to each client turn an act of God into something you can plan around.",
            )).detect().notify().learn("upgrade_notice").s(5, 3, 3, 5, 3),
            choice(Rank::Acceptable, "s_rush", 300, l(
                "录入预警库,下午统一给客户群发一条通知",
                "Log it in the library and send all clients one group message in the afternoon",
            ), l(
                "信息传到了,但晚了半天,群发也看不出每家受什么影响。",
                "The news gets out, half a day late, and a group message does not say what it means for each client.",
            )).detect().notify().learn("upgrade_notice").s(0, 3, 0, 3, 2),
            choice(Rank::Poor, "s_wednesday", 10, l(
                "公告先放着,等周三真停了再说",
                "Leave the notice for now and see on Wednesday",
            ), l(
                "看到了风险却不处理,预警库就成了摆设。",
                "A risk seen and ignored turns the warning library into decoration.",
            )).s(-3, 0, 0, -5, -3),
        ]),
        step("s_rush", Goal::Remedy, 90, 2, l(
            "周一下午。5 家客户中有 3 家材料齐全,2 家还缺材料,其中一家下周一要投标。怎么安排?",
            "Monday afternoon. Three clients have everything; two are missing papers, one of them the client with Monday's tender. What is the plan?",
        ), vec![
            choice(Rank::Best, "s_tuesday", 240, l(
                "材料齐的 3 家今天就提交;缺材料的 2 家由执行专员上门收取,后勤明早去大厅排队,确保周二办完,投标那家优先",
                "File the three complete cases today; executors collect the missing papers from the other two in person and logistics queues tomorrow morning so all finish Tuesday, the tender client first",
            ), l(
                "按轻重缓急分工,把有限的窗口期用足。",
                "Work split by urgency makes full use of the short window.",
            )).learn("tuesday_window").s(3, 3, 0, 10, 5),
            choice(Rank::Acceptable, "s_tuesday", 120, l(
                "先把材料齐的 3 家提交,缺材料的等升级结束再说",
                "File the three complete ones and leave the other two until after the upgrade",
            ), l(
                "能办的办了,但投标那家被留在了风险里。",
                "What can be done is done, but the tender client is left exposed.",
            )).s(0, 3, 0, 4, 2),
            choice(Rank::Poor, "s_wednesday", 30, l(
                "按原计划的节奏办,升级期间的延误就跟客户说是不可抗力",
                "Keep to the original pace and call any delay during the upgrade force majeure",
            ), l(
                "预先知道的停办不是不可抗力,这样说等于推卸责任。",
                "An outage announced in advance is not force majeure; calling it that is dodging responsibility.",
            )).s(-3, 0, -2, -5, -5),
        ]),
        step("s_tuesday", Goal::Responsibility, 60, 1, l(
            "周二下午,投标那家客户还差一份股东会决议,客户说今天签不出来。",
            "Tuesday afternoon: the tender client still lacks a shareholders' resolution and says it cannot be signed today.",
        ), vec![
            choice(Rank::Best, "end_good", 120, l(
                "说明按约定材料要今天提供,否则只能等升级后办理,影响双方先讲清楚;同时把决议模板和签字说明发过去,争取今晚签好",
                "Explain that under the agreement the papers are needed today or the case waits until after the upgrade, with the consequences clear to both sides, and send a resolution template and signing guide to get it signed tonight",
            ), l(
                "边界讲清楚,同时尽力帮客户做到,责任清晰又有温度。",
                "Clear boundaries plus real help: responsibility with warmth.",
            )).mood(1).s(0, 3, 3, 5, 10),
            choice(Rank::Poor, "end_mixed", 10, l(
                "“那就只能等了,到时候赶不上投标可别怪我们。”",
                "\"Then we'll have to wait. Don't blame us if you miss the tender.\"",
            ), l(
                "一句话把责任和客户都推开了,却没帮上任何忙。",
                "One sentence pushes away both the responsibility and the client, and helps with nothing.",
            )).mood(-3).s(0, 0, -5, -3, -5),
            choice(Rank::Acceptable, "end_mixed", 30, l(
                "答应客户“我们想办法”,但没说清需要什么、什么时候要",
                "Promise the client \"we'll find a way\" without saying what is needed or by when",
            ), l(
                "态度好,但模糊的承诺会在截止时变成纠纷。",
                "A kind tone, but a vague promise becomes a dispute at the deadline.",
            )).s(0, 0, 2, 2, 0),
        ]),
        step("s_wednesday", Goal::NotifyWithinHour, 60, 2, l(
            "周三早上系统真的停了,两个客户同时打来电话问为什么办不了。",
            "Wednesday morning the system is down, and two clients call at once asking why nothing can be filed.",
        ), vec![
            choice(Rank::Best, "end_mixed", 30, l(
                "承认你们周一就看到了公告却没及时通知,向客户道歉,说明升级后第一时间办理的安排,帮投标那家准备情况说明",
                "Admit you saw the notice on Monday and did not pass it on, apologise, set out the plan to file first thing after the upgrade, and help the tender client with a statement of circumstances",
            ), l(
                "晚了,但诚实认错、给出安排,还能挽回一部分信任。",
                "Late, but owning the mistake with a plan wins back some trust.",
            )).detect().notify().s(0, 0, 3, 3, 8),
            choice(Rank::Harmful, "end_bad", 10, l(
                "说这是税务局临时决定的,谁也预料不到",
                "Say the bureau decided it overnight and nobody could have known",
            ), l(
                "公告早就挂出来了,谎言一查就穿,信任也就没了。",
                "The notice was public for days; the lie is easily exposed, and trust goes with it.",
            )).detect().s(0, -3, -3, 0, -10),
            choice(Rank::Poor, "end_bad", 10, l(
                "让客户自己去问税务局",
                "Tell the clients to ask the tax bureau themselves",
            ), l(
                "把客户推给第三方,是最让人寒心的回应。",
                "Sending clients to a third party is the coldest answer of all.",
            )).detect().mood(-2).s(0, 0, -5, 0, -5),
        ]),
        end("end_good", Ending::Good, l(
            "升级前 5 家全部办结,投标那家周二晚上拿到了变更结果。客户说:“幸亏你们提前打了招呼。”",
            "All five are done before the upgrade, the tender client on Tuesday evening. \"Good thing you warned us early,\" says the client.",
        )),
        end("end_mixed", Ending::Mixed, l(
            "有的变更拖到了下周,投标那家只能带着情况说明去资格审查,有惊无险。",
            "Some changes slip to next week; the tender client goes to the qualification check with a statement of circumstances and just gets through.",
        )),
        end("end_bad", Ending::Bad, l(
            "两家的变更拖到了下周,其中一家错过了投标,质问为什么没人提前提醒。",
            "Two changes slip to next week; one client misses its tender and demands to know why nobody warned them.",
        )),
    ])
    .injects(vec![
        inject(120, l(
            "税务局补充通知:升级可能延长一天。",
            "The bureau adds: the upgrade may run one day longer.",
        ))
        .chance(40)
        .when(Condition::FailureKnown)
        .slack(-1),
        inject(20, l(
            "一位客户在新闻里看到系统升级的消息,打电话来问会不会受影响。",
            "A client sees the upgrade in the news and calls to ask whether they are affected.",
        ))
        .when(Condition::ClientNotNotified)
        .mood(-2),
    ])
}

/// Case 13: the agency missed an item; the client is fined 2,000 yuan.
pub(super) fn social_insurance_agency_error() -> Scenario {
    scenario(
        "drill_social_insurance_agency_error",
        13,
        "social_insurance_enrolment",
        Role::Pm,
        2,
        60,
        l("我们的失误:社保增员漏报", "Our mistake: a missed item in social-insurance enrolment"),
        l(
            "一家客户加急为新员工办理社保增员,结果没办成,员工的医药费无法报销。你核查后发现:是你们申报时漏报了一项费用。你是项目经理。",
            "A client's expedited social-insurance enrolment for a new employee failed, and the employee cannot claim medical costs. Checking, you find your team left an item out of the filing. You are the project manager.",
        ),
    )
    .hard(3, 0, l("本月申报期结束", "End of this month's filing period"))
    .goals(&[Goal::Responsibility, Goal::NotifyWithinHour, Goal::Remedy])
    .init(-2, 1, 2_000, true)
    .facts(&[
        ("missed_item", "是我们在申报时漏报了一项社保费用", "Our team left one social-insurance item out of the filing"),
        ("fine", "客户因此被处以 2000 元罚款", "The client has been fined 2,000 yuan as a result"),
    ])
    .know(&["missed_item"])
    .steps(vec![
        step("s_discover", Goal::NotifyWithinHour, 60, 3, l(
            "你确认了:增员失败是我们漏报造成的。客户还不知道原因。",
            "It is confirmed: the enrolment failed because of our omission. The client does not know why yet.",
        ), vec![
            choice(Rank::Best, "s_fine", 30, l(
                "一小时内打给客户:承认是我们的失误,说明影响和补办安排,今天就重新申报",
                "Call the client within the hour: admit our mistake, explain the impact and the plan, and refile today",
            ), l(
                "自己的错自己先说出口,是重建信任的第一步。",
                "Naming your own mistake first is the first step to rebuilding trust.",
            )).notify().s(5, 0, 3, 3, 10),
            choice(Rank::Acceptable, "s_fine", 240, l(
                "先把增员补办好,再告诉客户原因",
                "Redo the enrolment first, then tell the client why",
            ), l(
                "补救做了,但客户几个小时后才知道是我们的问题。",
                "The fix is made, but the client learns hours later that it was our fault.",
            )).notify().s(0, 0, 0, 5, 3),
            choice(Rank::Harmful, "s_fine", 10, l(
                "告诉客户是社保系统出了问题",
                "Tell the client the social-insurance system was at fault",
            ), l(
                "把自己的失误推给系统是欺骗,一旦被发现,合作就到头了。",
                "Blaming the system for your own error is deception; once found out, the relationship is over.",
            )).s(0, -5, 0, 0, -10),
            choice(Rank::Poor, "s_fine", 5, l(
                "等客户问起再说",
                "Say nothing until the client asks",
            ), l(
                "被动等待让客户从员工那里先听到坏消息。",
                "Waiting means the client hears the bad news from the employee first.",
            )).s(-5, 0, -3, 0, -5),
        ]),
        step("s_fine", Goal::Responsibility, 90, 2, l(
            "客户收到 2000 元罚款通知,员工的医药费也还报不了。客户问:这笔钱谁出?",
            "The client receives a 2,000-yuan fine and the employee still cannot claim. The client asks who pays.",
        ), vec![
            choice(Rank::Best, "s_extra", 60, l(
                "按合同约定,我们自身失误造成的直接损失由我们承担:罚款由我们支付,并协助员工补办报销",
                "As the contract says, direct losses from our own mistakes are ours: we pay the fine and help the employee with the claim",
            ), l(
                "责任清晰、兑现承诺,短期的损失换来长期的信任。",
                "Clear responsibility and a promise kept: a short-term cost buys long-term trust.",
            )).learn("fine").money(-2_000).mood(3).s(0, 3, 5, 8, 10),
            choice(Rank::Acceptable, "s_extra", 30, l(
                "提出双方各承担一半",
                "Propose splitting the fine half and half",
            ), l(
                "错在我们,却要客户分担,客户会觉得你们在讨价还价。",
                "The fault is ours, so asking the client to share reads as haggling.",
            )).learn("fine").money(-1_000).mood(-1).s(0, 0, 0, 3, 0),
            choice(Rank::Poor, "end_bad", 10, l(
                "罚款是社保部门开的,我们没法负责",
                "The fine came from the social-insurance office; it is not ours to pay",
            ), l(
                "推卸自己造成的损失,客户只会转身离开。",
                "Refusing a loss you caused sends the client out of the door.",
            )).learn("fine").mood(-4).s(0, 0, -5, -3, -8),
        ]),
        step("s_extra", Goal::Remedy, 60, 1, l(
            "罚款已经处理。怎样让客户相信同样的事不会再发生?",
            "The fine is settled. How do you convince the client it will not happen again?",
        ), vec![
            choice(Rank::Best, "end_good", 60, l(
                "免费为客户做 3 个月社保合规检查,并把这次漏报写进内部复盘,改进申报核对清单",
                "Offer three months of free social-insurance compliance checks, and take the omission into an internal retrospective that improves the filing checklist",
            ), l(
                "补偿之外再给出改进,客户看到的是一家靠得住的机构。",
                "Compensation plus improvement shows the client an agency it can rely on.",
            )).mood(2).s(0, 5, 3, 10, 5),
            choice(Rank::Poor, "end_mixed", 10, l(
                "道个歉就行,钱已经赔了",
                "An apology will do; the money has been paid",
            ), l(
                "只赔钱不改进,客户没有理由相信下次会更好。",
                "Paying without improving gives the client no reason to expect better.",
            )).s(0, 0, 0, -2, 0),
        ]),
        end("end_good", Ending::Good, l(
            "客户说:“虽然出了问题,但你们的态度让我们放心。”之后公司的财税业务全部交给了你们。",
            "The client says: \"Things went wrong, but your attitude reassures us.\" All its finance and tax work comes to you.",
        )),
        end("end_mixed", Ending::Mixed, l(
            "客户没有再追究,但合同到期后没有续约。",
            "The client lets it go, but does not renew the contract.",
        )),
        end("end_bad", Ending::Bad, l(
            "客户投诉到了行业协会,并终止了合作。",
            "The client complains to the industry association and ends the relationship.",
        )),
    ])
    .injects(vec![
        inject(90, l(
            "客户的人事打来电话:员工去医院报销被拒了,问社保是怎么回事。",
            "The client's HR calls: the employee's hospital claim was refused; what is going on with the insurance?",
        ))
        .when(Condition::ClientNotNotified)
        .mood(-3),
        inject(180, l(
            "员工本人也打来电话,情绪很激动。",
            "The employee calls too, very upset.",
        ))
        .chance(50)
        .mood(-1),
    ])
}

/// Case 14: a first expedited tax change failed for missing materials; the next job passes.
pub(super) fn tax_change_materials() -> Scenario {
    scenario(
        "drill_tax_change_materials",
        14,
        "tax_change",
        Role::Executor,
        1,
        60,
        l("第一次就失败:材料不齐的税务变更", "Failing the first time: a tax change with missing papers"),
        l(
            "一位新客户第一次找你们加急办理税务变更,因为材料不齐被退回了,客户很失望。下个月,他还打算找人做一次加急审计。你是执行专员。",
            "A new client's first expedited tax change with you was sent back for missing papers, and the client is disappointed. Next month he plans an expedited audit. You are the executor.",
        ),
    )
    .hard(3, 0, l("三天内完成变更", "Change completed within three days"))
    .goals(&[Goal::Responsibility, Goal::Remedy, Goal::ForeseeMaterialsRisk])
    .init(-3, 1, 0, true)
    .facts(&[
        ("missing_docs", "缺少股东会决议和新任财务负责人的身份证明", "The shareholders' resolution and the new finance officer's ID are missing"),
        ("audit_next", "客户下个月要做一次加急审计", "The client needs an expedited audit next month"),
    ])
    .steps(vec![
        step("s_failed", Goal::Responsibility, 60, 2, l(
            "税务变更因材料不齐被退回。客户很失望:“第一次找你们就这样?”",
            "The tax change comes back for missing papers. The client is disappointed: \"This is how our first job with you goes?\"",
        ), vec![
            choice(Rank::Best, "s_redo", 30, l(
                "主动承担:材料清单是我们给的,没有逐项核对是我们的问题;免费帮客户整理材料,三天内办完",
                "Take it on: the checklist was ours and we did not check it item by item; we sort out the papers free of charge and finish within three days",
            ), l(
                "把失败接过来,用行动和时间表回应客户的失望。",
                "Owning the failure answers the client's disappointment with action and a timetable.",
            )).notify().learn("missing_docs").mood(3).s(5, 0, 5, 5, 10),
            choice(Rank::Acceptable, "s_redo", 30, l(
                "解释材料是客户提供的,但答应帮忙补齐",
                "Explain the papers were the client's to supply, but offer to help complete them",
            ), l(
                "帮忙是对的,但先讲责任在客户,第一次合作就留下了疙瘩。",
                "Helping is right, but starting with whose fault it was leaves a bad taste on a first job.",
            )).notify().learn("missing_docs").s(5, 0, 0, 3, 3),
            choice(Rank::Poor, "s_redo", 10, l(
                "把缺的材料清单发过去,请客户补齐再来",
                "Send over the list of what is missing and ask the client to come back when complete",
            ), l(
                "公事公办,客户感受到的只有冷淡。",
                "Strictly by the book: all the client feels is coldness.",
            )).learn("missing_docs").mood(-2).s(0, 0, -3, -3, -5),
        ]),
        step("s_redo", Goal::Remedy, 90, 1, l(
            "还缺股东会决议和新任财务负责人的身份证明,要三天内办完。",
            "The shareholders' resolution and the new finance officer's ID are still missing, and the job must be done in three days.",
        ), vec![
            choice(Rank::Best, "s_audit", 240, l(
                "当天把决议模板和签字说明发给客户,执行专员上门取件,逐项核对后一次提交",
                "Send a resolution template and signing guide today, collect the papers in person, check each item and file once",
            ), l(
                "替客户把路铺平,一次提交成功,三天内办完。",
                "Smoothing the client's path gets it through in one filing, within three days.",
            )).learn("audit_next").s(3, 5, 0, 10, 3),
            choice(Rank::Poor, "s_audit", 60, l(
                "等客户把材料寄过来再说",
                "Wait for the client to post the papers",
            ), l(
                "等待让本可以三天办完的事拖成了一周。",
                "Waiting turns a three-day job into a week.",
            )).learn("audit_next").slack(-2).s(-2, 0, 0, -5, 0),
        ]),
        step("s_audit", Goal::ForeseeMaterialsRisk, 60, 1, l(
            "变更办完了。下个月,客户又找你们做一次加急审计。",
            "The change is done. Next month the client comes back for an expedited audit.",
        ), vec![
            choice(Rank::Best, "end_good", 120, l(
                "这次先做材料预审:提前列清单、逐项核对,把问题解决在提交之前",
                "Pre-review the materials this time: a list in advance, each item checked, problems solved before filing",
            ), l(
                "吸取上次的教训,预审前置让这一单一次通过。",
                "Learning from last time, a pre-review gets this job through first time.",
            )).s(0, 10, 0, 5, 3),
            choice(Rank::Poor, "end_mixed", 30, l(
                "按常规流程办,有问题再补",
                "Follow the usual process and patch problems as they come",
            ), l(
                "同样的坑踩两次,客户的耐心就用完了。",
                "Falling into the same hole twice exhausts the client's patience.",
            )).s(0, -3, 0, -3, 0),
        ]),
        end("end_good", Ending::Good, l(
            "审计一次通过。客户说:“第一次没办好,但你们的态度让我放心,以后都找你们。”",
            "The audit passes first time. The client: \"The first job went wrong, but your attitude won me over; you'll get everything from now on.\"",
        )),
        end("end_mixed", Ending::Mixed, l(
            "审计又因为材料来回补了两次,客户开始考虑换一家机构。",
            "The audit also bounces twice for papers, and the client starts looking at other agencies.",
        )),
    ])
    .injects(vec![inject(60, l(
        "客户的新任财务负责人正在休假,身份证明要晚一天才能拿到。",
        "The client's new finance officer is on leave; the ID will come a day late.",
    ))
    .when(Condition::FactKnown("missing_docs".into()))
    .chance(60)
    .slack(-1)])
}
