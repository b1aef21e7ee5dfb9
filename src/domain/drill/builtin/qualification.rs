//! Construction qualification upgrades: the missing seal page, and the pre-review that
//! prevented a failure (documented cases 5 and 16).

use super::{choice, end, inject, l, scenario, step, Build, ChoiceExt, Fx, InjectExt, Scenario};
use crate::domain::drill::scenario::{Condition, Ending, Goal, Rank, Role};

/// Case 5: a track-record contract lacks the client's counterparty seal page.
pub(super) fn qualification_seal_page() -> Scenario {
    scenario(
        "drill_qualification_seal_page",
        5,
        "construction_qualification_upgrade",
        Role::Executor,
        2,
        60,
        l("少了一页盖章页:资质升级赶投标", "One seal page short: a qualification upgrade before a tender"),
        l(
            "你们承诺 7 个工作日内为一家建筑企业办完资质升级,好赶上月底的投标。第 2 天,你在整理业绩材料时发现一份项目合同没有甲方盖章页,重新盖章要 5 天。你是执行专员。",
            "You promised a construction company its qualification upgrade within 7 working days, in time for a month-end tender. On day 2, compiling the track record, you find a project contract without the counterparty's seal page; getting it sealed again takes 5 days. You are the executor.",
        ),
    )
    .hard(7, 0, l("承诺 7 个工作日办结,赶月底投标", "Promised in 7 working days, for the month-end tender"))
    .goals(&[Goal::ForeseeMaterialsRisk, Goal::UseAlternativePath, Goal::Responsibility])
    .init(1, 0, 0, false)
    .facts(&[
        ("seal_missing", "一份业绩合同缺甲方盖章页,重新盖章要 5 天", "A track-record contract lacks the counterparty's seal page; re-sealing takes 5 days"),
        ("e_prereview", "住建部门可以先收电子版材料预审,纸质版补齐后再归档", "The housing and construction department can pre-review electronic copies and file the paper later"),
        ("substitutes", "工程验收单和业主证明函可以作为补充业绩材料", "Acceptance certificates and the owner's letter can support the track record"),
    ])
    .steps(vec![
        step("s_find", Goal::ForeseeMaterialsRisk, 60, 2, l(
            "你在装订业绩材料时发现:一份项目合同没有甲方盖章页。",
            "Binding the track-record materials, you notice a project contract with no counterparty seal page.",
        ), vec![
            choice(Rank::Best, "s_plan", 45, l(
                "立刻拍照记录,报告项目经理并请他马上告知客户,同时把其余合同的盖章页全部再查一遍",
                "Photograph it, report to the project manager and ask him to tell the client now, and recheck every other contract's seal pages",
            ), l(
                "第一时间上报并告知客户,再顺手排查同类问题,把损失控制在最小。",
                "Escalating and informing the client at once, then checking for the same flaw elsewhere, keeps the damage small.",
            )).detect().notify().learn("seal_missing").s(5, 10, 0, 3, 5),
            choice(Rank::Acceptable, "s_plan", 90, l(
                "自己先联系客户要盖章页,办好了再告诉项目经理",
                "Ask the client for the seal page yourself and tell the project manager once it is sorted",
            ), l(
                "行动很快,但越过了项目经理,团队没法统一安排替代方案。",
                "Quick, but it bypasses the project manager, so the team cannot plan alternatives together.",
            )).detect().notify().learn("seal_missing").s(0, 5, 0, 3, -3),
            choice(Rank::Poor, "s_rejected", 10, l(
                "缺一页应该影响不大,先装订提交",
                "One page shouldn't matter; bind it and submit",
            ), l(
                "核心材料“差不多”就会被退回,而且退回时时间更紧。",
                "\"Nearly complete\" key documents get sent back, and by then time is even shorter.",
            )).slack(-2).s(0, -8, 0, -5, -3),
            choice(Rank::Harmful, "s_rejected", 20, l(
                "找一页别的合同的盖章页凑进去",
                "Slip in a seal page from another contract",
            ), l(
                "拼凑盖章页就是造假,一旦发现,资质申请会被否决,客户还可能被记入不良记录。",
                "A borrowed seal page is forgery: if found, the application is refused and the client may be blacklisted.",
            )).slack(-2).s(0, -10, 0, -5, -10),
        ]),
        step("s_rejected", Goal::NotifyWithinHour, 60, 1, l(
            "第 4 天,住建部门退回了材料:业绩合同缺甲方盖章页。",
            "Day 4: the department sends the file back because a contract lacks the counterparty's seal page.",
        ), vec![
            choice(Rank::Best, "s_plan", 30, l(
                "马上和项目经理一起打给客户:退回原因、补救办法和新的时间表",
                "Call the client at once with the project manager: why it was returned, the remedy and the new timetable",
            ), l(
                "出了问题立刻当面说清,客户才会继续信任你们的补救。",
                "Explaining straight away keeps the client's trust in your remedy.",
            )).detect().notify().learn("seal_missing").s(5, 0, 3, 3, 5),
            choice(Rank::Poor, "s_plan", 240, l(
                "先自己想办法补,等有把握了再告诉客户",
                "Try to patch it yourself and tell the client once you are sure",
            ), l(
                "客户被蒙在鼓里,你也少了客户这个最能帮忙的人。",
                "The client is kept in the dark, and you lose the one person who could help most.",
            )).detect().learn("seal_missing").s(-3, 0, 0, 0, -3),
        ]),
        step("s_plan", Goal::UseAlternativePath, 90, 2, l(
            "重新盖章要 5 天,照原计划一定超时。怎么办?",
            "Re-sealing takes 5 days, so the original plan will overrun. What now?",
        ), vec![
            choice(Rank::Best, "s_client", 180, l(
                "问住建部门能否先交电子版预审、纸质版补齐后再归档;同时协助客户整理工程验收单、业主证明函作为补充业绩材料",
                "Ask the department whether electronic copies can be pre-reviewed with the paper filed later, and help the client gather acceptance certificates and the owner's letter as supporting evidence",
            ), l(
                "电子版先行、补充材料顶上:找到功能等效的路径,不死磕一个流程。",
                "Electronic first, supporting evidence to fill the gap: a route that does the same job instead of fighting one process.",
            )).learn("e_prereview").learn("substitutes").notify().s(3, 3, 0, 10, 3),
            choice(Rank::Acceptable, "s_client", 60, l(
                "催客户尽快找甲方补章,其余材料先备好等着",
                "Press the client to get the counterparty's seal quickly and have the rest ready",
            ), l(
                "能补上,但只有一条路,5 天的等待一天也省不下来。",
                "It will work, but on one track only: not a day of the five is saved.",
            )).slack(-2).s(0, 3, 0, 4, 0),
            choice(Rank::Poor, "end_bad", 20, l(
                "告诉客户这次资质办不下来了,等下次吧",
                "Tell the client the upgrade cannot be done this time",
            ), l(
                "还有替代路径就放弃,等于把客户的投标机会拱手让掉。",
                "Giving up while alternatives exist throws away the client's tender.",
            )).mood(-3).s(0, 0, -3, -8, -3),
        ]),
        step("s_client", Goal::Responsibility, 60, 1, l(
            "证书终于要下来了,但比承诺的 7 个工作日晚。客户问起延误的原因。",
            "The certificate is nearly through, but later than the promised 7 working days. The client asks why.",
        ), vec![
            choice(Rank::Best, "end_good", 30, l(
                "如实说明延误的原因和各方责任,感谢客户配合找甲方补章;主动提出下次资质业务先做材料预审",
                "Explain the delay and each side's share honestly, thank the client for chasing the seal, and offer a pre-review of materials before the next qualification job",
            ), l(
                "责任讲清、态度诚恳,再给出改进,客户会记住你们的专业。",
                "Clear responsibility, sincerity and an improvement offered: the client remembers your professionalism.",
            )).mood(2).s(0, 0, 5, 5, 8),
            choice(Rank::Poor, "end_mixed", 10, l(
                "强调延误都是客户的合同不全造成的,和你们无关",
                "Insist the delay was entirely the client's incomplete contract and nothing to do with you",
            ), l(
                "就算主要责任在客户,当面指责也只会伤害合作。",
                "Even when the fault is mainly the client's, blaming them to their face damages the relationship.",
            )).mood(-3).s(0, 0, -5, 0, -5),
        ]),
        end("end_good", Ending::Good, l(
            "第 8 天拿到资质证书,比承诺晚 1 天,客户赶上了月底投标:“能赶上就谢天谢地了。”",
            "The certificate arrives on day 8, one day late, and the client makes the tender: \"Making it at all is a relief.\"",
        )),
        end("end_mixed", Ending::Mixed, l(
            "证书拿到了,投标也赶上了,但客户对被指责很不满,之后的业务转给了别家。",
            "The certificate arrives and the tender is made, but the client resents being blamed and takes later work elsewhere.",
        )),
        end("end_bad", Ending::Bad, l(
            "资质升级没能在投标前完成,客户错过了月底的投标。",
            "The upgrade is not done in time and the client misses the month-end tender.",
        )),
    ])
    .injects(vec![
        inject(60, l(
            "客户打来电话问资质材料交上去没有。",
            "The client calls to ask whether the qualification file has been submitted.",
        ))
        .when(Condition::ClientNotNotified)
        .mood(-1),
        inject(200, l(
            "住建部门通知:本周五下午系统维护,暂停受理。",
            "The department announces system maintenance on Friday afternoon; no filings will be accepted.",
        ))
        .chance(50)
        .slack(-1),
    ])
}

/// Case 16: a pre-review ten days ahead finds three problems in time.
pub(super) fn qualification_prereview() -> Scenario {
    scenario(
        "drill_qualification_prereview",
        16,
        "construction_qualification_upgrade",
        Role::Executor,
        1,
        60,
        l("提前十天的预审", "A pre-review ten days ahead"),
        l(
            "一家建筑企业计划 10 天后正式提交资质升级材料,之后要参加投标。上次有客户因为盖章页被退回,这次由你负责材料。你是执行专员。",
            "A construction company plans to file its qualification upgrade in 10 days and then bid in a tender. Last time a client was sent back over a seal page; this time the materials are yours. You are the executor.",
        ),
    )
    .hard(10, 0, l("10 天后正式提交", "Formal filing in 10 days"))
    .goals(&[Goal::ForeseeMaterialsRisk, Goal::NotifyWithinHour, Goal::Retrospective])
    .init(1, 3, 0, false)
    .facts(&[
        ("three_issues", "预审发现三处问题:一份合同缺盖章页、一名技术负责人职称证书过期、一份业绩证明日期与合同不一致", "The pre-review finds three problems: a contract without a seal page, a technical lead's title certificate expired, and a track-record date that contradicts its contract"),
    ])
    .steps(vec![
        step("s_plan", Goal::ForeseeMaterialsRisk, 60, 2, l(
            "距离正式提交还有 10 天。你打算怎么做?",
            "Formal filing is 10 days away. What is your plan?",
        ), vec![
            choice(Rank::Best, "s_found", 480, l(
                "现在就做材料预审:按清单逐项核对名称、编号、日期和盖章页,再走一遍三级审核",
                "Pre-review now: check names, numbers, dates and seal pages item by item against the list, then run the three-level review",
            ), l(
                "预审前置,把问题留在提交之前,客户有充足时间修改。",
                "A pre-review up front keeps problems before filing and gives the client time to fix them.",
            )).detect().learn("three_issues").s(3, 10, 0, 5, 3),
            choice(Rank::Acceptable, "s_late", 60, l(
                "等客户材料全部到齐,再一次性审核",
                "Wait until every document is in and review them all at once",
            ), l(
                "会审核,但太晚,留给修改的时间所剩无几。",
                "There will be a review, but late, with little time left for fixes.",
            )).s(0, 3, 0, 2, 0),
            choice(Rank::Poor, "s_late", 10, l(
                "客户说材料都齐了,直接按期提交",
                "The client says everything is complete; just file on the date",
            ), l(
                "“客户说齐了”不等于合规,这正是多数退件的起点。",
                "\"The client says it's complete\" is not compliance; most rejections start here.",
            )).s(0, -5, 0, -3, -3),
        ]),
        step("s_found", Goal::NotifyWithinHour, 60, 1, l(
            "预审发现三处问题:一份合同缺盖章页,一名技术负责人的职称证书过期,一份业绩证明的日期和合同对不上。",
            "The pre-review finds three problems: a contract without its seal page, a technical lead's expired title certificate, and a track-record date that contradicts the contract.",
        ), vec![
            choice(Rank::Best, "s_track", 45, l(
                "一小时内把三处问题、各自的改法和所需时间整理成清单发给客户,约定每项的负责人和完成日期",
                "Within the hour send the client a list of the three problems, how to fix each and how long it takes, with an owner and a date for each",
            ), l(
                "问题、办法、期限、责任人一目了然,客户马上能动起来。",
                "Problem, fix, deadline and owner at a glance: the client can act at once.",
            )).notify().s(5, 3, 3, 5, 5),
            choice(Rank::Poor, "s_track", 300, l(
                "先自己想办法,能改的先改,改不了的再告诉客户",
                "Fix what you can yourself and tell the client about the rest later",
            ), l(
                "客户的材料只有客户能改,拖着不说只是在浪费预审换来的时间。",
                "Only the client can fix the client's documents; holding back wastes the time the pre-review bought.",
            )).s(-3, 0, 0, 0, -3),
        ]),
        step("s_track", Goal::Remedy, 60, 1, l(
            "客户在修改材料,离正式提交还有 8 天。",
            "The client is fixing the documents; the filing is 8 days away.",
        ), vec![
            choice(Rank::Best, "end_good", 120, l(
                "每两天跟进一次,改好一处复核一处,提交前再做一次终审",
                "Follow up every two days, recheck each fix as it comes in, and do a final review before filing",
            ), l(
                "逐项闭环,提交时心里有底。",
                "Each item closed out, so the filing goes in with confidence.",
            )).s(2, 5, 2, 8, 3),
            choice(Rank::Poor, "end_mixed", 30, l(
                "等客户说改好了再看",
                "Look again once the client says it is done",
            ), l(
                "没有跟进,改得对不对到提交时才知道。",
                "Without follow-up, nobody knows whether the fixes are right until filing.",
            )).s(-2, 0, 0, -3, 0),
        ]),
        step("s_late", Goal::NotifyWithinHour, 60, 1, l(
            "正式提交前一天,主管复核时发现了三处问题。",
            "The day before filing, the supervisor's check finds three problems.",
        ), vec![
            choice(Rank::Best, "end_mixed", 60, l(
                "马上告诉客户实情和补救方案,能补的当天补,补不了的申请容缺受理或推迟提交",
                "Tell the client at once with a remedy: fix what can be fixed today, and ask for acceptance with items to follow, or file later",
            ), l(
                "发现晚了,但告知及时、方案具体,损失还能控制。",
                "Found late, but told promptly with a concrete plan, the damage stays contained.",
            )).detect().notify().learn("three_issues").s(3, 0, 3, 5, 5),
            choice(Rank::Poor, "end_bad", 10, l(
                "先交上去,被退回再说",
                "File it anyway and deal with any rejection later",
            ), l(
                "明知有问题还提交,退件只会来得更晚、更被动。",
                "Filing known problems only brings a later, worse rejection.",
            )).detect().learn("three_issues").s(0, -5, 0, -5, -3),
        ]),
        end("end_good", Ending::Good, l(
            "材料一次通过,7 天就拿到了资质证书,比原计划早了 3 天。",
            "The file passes first time and the certificate comes in 7 days, 3 days early.",
        )),
        end("end_mixed", Ending::Mixed, l(
            "资质最终办下来了,但比计划晚了几天,投标差点没赶上。",
            "The qualification comes through, a few days late, and the tender is only just made.",
        )),
        end("end_bad", Ending::Bad, l(
            "材料被退回两次,资质没能赶上投标。",
            "The file is sent back twice and the qualification misses the tender.",
        )),
    ])
    .injects(vec![inject(600, l(
        "客户来电:技术负责人下周出差,需要签字的材料要提前安排。",
        "The client calls: the technical lead travels next week, so anything needing his signature must be arranged early.",
    ))
    .when(Condition::FailureKnown)
    .chance(50)
    .slack(-1)])
}
