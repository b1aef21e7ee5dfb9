//! Certifications and licences: high-tech enterprise certification and the food business
//! licence (documented cases 2 and 8).

use super::{choice, end, inject, l, scenario, step, Build, ChoiceExt, Fx, InjectExt, Scenario};
use crate::domain::drill::scenario::{Condition, Ending, Goal, Rank, Role};

/// Case 2: two patents name the holder differently from the licence.
pub(super) fn high_tech_patent_name() -> Scenario {
    scenario(
        "drill_high_tech_patent_name",
        2,
        "high_tech_certification",
        Role::Executor,
        2,
        60,
        l("差两个字:高新认定的专利权人名称", "Two characters apart: patent holder names in a high-tech application"),
        l(
            "一家科技企业加急申报高新技术企业认定,本批次 20 个工作日后截止。客户交来 6 项专利证书。你是执行专员,负责材料初核。",
            "A technology company is applying in a hurry for high-tech enterprise certification; this batch closes in 20 working days. The client has handed in six patent certificates. You are the executor doing the first check of the materials.",
        ),
    )
    .hard(20, 0, l("本批次申报截止", "This batch's application deadline"))
    .goals(&[Goal::ForeseeMaterialsRisk, Goal::NotifyWithinHour, Goal::UseAlternativePath, Goal::Responsibility])
    .init(1, 5, 800_000, false)
    .facts(&[
        ("name_mismatch", "有 2 项专利的专利权人写的是“…有限公司”,营业执照上是“…有限责任公司”", "Two patents name the holder as \"… Co., Ltd.\" while the licence says \"… Limited Liability Company\""),
        ("rule_exact", "认定办法要求知识产权的权利人与申请企业完全一致", "The certification rules require the IP holder to be exactly the applicant"),
        ("change_15_days", "专利权人名称变更大约需要 15 个工作日", "Changing the holder's name on a patent takes about 15 working days"),
    ])
    .steps(vec![
        step("s_check", Goal::ForeseeMaterialsRisk, 90, 2, l(
            "你在核对专利证书:有两项专利的权利人写着“某某科技有限公司”,营业执照上是“某某科技有限责任公司”。客户说:“就差两个字,没关系吧?”",
            "Checking the patents, you see two whose holder reads \"X Technology Co., Ltd.\" while the licence says \"X Technology Limited Liability Company\". The client says: \"It's two characters, surely that's fine?\"",
        ), vec![
            choice(Rank::Best, "s_options", 60, l(
                "逐字比对后记录差异,告诉客户规定要求完全一致,并马上报主管复核、查清变更要多久",
                "Record the difference after a character-by-character check, tell the client the rules demand an exact match, and report it at once for the supervisor's check and the time a change takes",
            ), l(
                "材料合规是零容错:当场发现、当场说清、当场上报,给补救留足时间。",
                "Materials compliance has zero tolerance: found, explained and escalated on the spot, leaving time for the fix.",
            )).detect().notify().learn("name_mismatch").learn("rule_exact").s(3, 10, 2, 3, 3),
            choice(Rank::Acceptable, "s_options", 240, l(
                "记下差异,等所有材料核完后再一起报给主管",
                "Note the difference and report it with everything else once the whole check is done",
            ), l(
                "发现了问题,但晚报了半天;对一个要 15 个工作日的变更来说,每一天都很宝贵。",
                "The problem is found but reported half a day late; with a 15-day fix, every day counts.",
            )).detect().learn("name_mismatch").s(0, 5, 0, 0, 2),
            choice(Rank::Poor, "s_late", 10, l(
                "听客户的,差两个字应该问题不大,继续往下核",
                "Take the client's word that two characters don't matter and carry on",
            ), l(
                "“差不多”正是材料被退回最常见的原因。",
                "\"Close enough\" is the most common reason materials are sent back.",
            )).slack(-5).s(0, -5, 0, -3, -3),
            choice(Rank::Harmful, "s_late", 30, l(
                "用修图软件把证书上的名称改成一致",
                "Edit the name on the certificates with image software so they match",
            ), l(
                "篡改证书是造假,会让客户失去认定资格并承担法律责任。",
                "Altering certificates is forgery: the client loses eligibility and faces legal liability.",
            )).slack(-5).s(0, -10, 0, -5, -10),
        ]),
        step("s_late", Goal::NotifyWithinHour, 60, 1, l(
            "一周后,主管复核时发现这两项专利的权利人名称与执照不一致。离截止只剩 13 个工作日。",
            "A week later the supervisor's check finds that the two patents' holder name differs from the licence. 13 working days remain.",
        ), vec![
            choice(Rank::Best, "s_options", 30, l(
                "当天告诉客户实情:哪里不一致、为什么必须一致、变更要多久、本批次可能赶不上,以及有哪些选择",
                "Tell the client the same day: what differs, why it must match, how long a change takes, that this batch may be lost, and what the options are",
            ), l(
                "坏消息越早说越主动,客户才有时间做决定。",
                "The sooner bad news is told, the more room the client has to decide.",
            )).detect().notify().learn("name_mismatch").s(5, 0, 5, 3, 5),
            choice(Rank::Poor, "s_options", 480, l(
                "先不告诉客户,看看能不能想办法赶上",
                "Keep it from the client for now and see whether it can still be made",
            ), l(
                "瞒着客户只会让后面的坏消息更难开口。",
                "Hiding it only makes the bad news harder to break later.",
            )).detect().learn("name_mismatch").s(-5, 0, -3, 0, -5),
        ]),
        step("s_options", Goal::UseAlternativePath, 90, 2, l(
            "变更专利权人名称大约需要 15 个工作日。怎么办?",
            "Changing the patent holder's name takes about 15 working days. What now?",
        ), vec![
            choice(Rank::Best, "s_client", 120, l(
                "马上协助客户申请名称变更;同时核算其余 4 项专利是否仍够条件,够就本批次先报,不够就约定下一批次,把两种方案的影响讲给客户",
                "Start the name change with the client at once, and check whether the other four patents still qualify: if so apply in this batch, if not plan the next one, and explain both options to the client",
            ), l(
                "一边补救、一边找替代路径,让客户在清楚影响的前提下做选择。",
                "Fixing while looking for another route lets the client choose with the consequences in view.",
            )).learn("change_15_days").notify().s(3, 5, 3, 10, 5),
            choice(Rank::Acceptable, "s_client", 60, l(
                "提交名称变更,等下一批次再申报",
                "File the name change and wait for the next batch",
            ), l(
                "稳妥,但没有核算本批次还有没有机会。",
                "Safe, but nobody checks whether this batch is still possible.",
            )).learn("change_15_days").notify().s(0, 5, 0, 5, 3),
            choice(Rank::Poor, "s_client", 30, l(
                "照原样提交,碰碰运气",
                "Submit as is and hope for the best",
            ), l(
                "明知不符还提交,大概率被驳回,还白白占用了一次申报机会。",
                "Submitting what you know does not match will almost surely fail and wastes an application.",
            )).s(0, -8, 0, -5, -3),
        ]),
        step("s_client", Goal::Responsibility, 60, 1, l(
            "客户有些沮丧:“早知道这样,当初你们就该提醒我。”你怎么回应?",
            "The client is downcast: \"If only you'd warned me at the start.\" How do you respond?",
        ), vec![
            choice(Rank::Best, "end_good", 30, l(
                "承认接单时就该做名称核对,讲清今后的三级审核安排,并承诺名称变更和下一次申报免费跟进到底",
                "Admit the names should have been checked at intake, explain the three-level review from now on, and commit to following the name change and the next application through free of charge",
            ), l(
                "认下自己的那一份,再用实在的承诺把客户留下。",
                "Own your part, then keep the client with a concrete commitment.",
            )).mood(2).s(0, 3, 5, 5, 10),
            choice(Rank::Poor, "end_bad", 10, l(
                "“专利证书是你们自己的材料,名称不一致是你们的问题。”",
                "\"The certificates are your documents; the mismatch is your problem.\"",
            ), l(
                "合同上的边界没错,但机构有解读政策的责任,这样说只会把客户推走。",
                "The contract boundary is real, but policy advice is the agency's job; saying this drives the client away.",
            )).mood(-3).s(0, 0, -5, 0, -8),
            choice(Rank::Acceptable, "end_mixed", 20, l(
                "“合同写明材料由客户负责,不过我们会尽力帮您跟进变更。”",
                "\"Under the contract the materials are yours, but we'll do our best to help with the change.\"",
            ), l(
                "说法不算错,但没有承认自己一方本可以做得更好。",
                "Not wrong, but it never admits your side could have done better.",
            )).s(0, 0, 0, 3, 3),
        ]),
        end("end_good", Ending::Good, l(
            "名称变更完成后,客户在下一批次顺利通过认定,还把知识产权业务也交给了你们。",
            "After the name change the client passes certification in the next batch and hands you its IP work as well.",
        )),
        end("end_mixed", Ending::Mixed, l(
            "客户错过了本批次,下一批次才通过,对这次服务不冷不热。",
            "The client misses this batch, passes in the next, and is lukewarm about the service.",
        )),
        end("end_bad", Ending::Bad, l(
            "客户错过了本批次,也不再找你们,转而投诉到了你们主管那里。",
            "The client misses the batch, stops using you, and complains to your manager.",
        )),
    ])
    .injects(vec![inject(300, l(
        "客户财务打来电话:研发费用专项审计报告要下周才能出具。",
        "The client's finance manager calls: the special audit of R&D spending will only be ready next week.",
    ))
    .chance(60)
    .slack(-1)])
}

/// Case 8: premises fail the on-site check; the client storms in.
pub(super) fn food_licence_premises() -> Scenario {
    scenario(
        "drill_food_licence_premises",
        8,
        "food_business_licence",
        Role::Pm,
        1,
        60,
        l("开业在即:食品经营许可被驳回", "Opening day looming: the food licence is refused"),
        l(
            "你们承诺 3 天办下一家餐厅的食品经营许可证,开业日已经定在周六。现场核查没通过:后厨生熟区没分开,也没有洗手池。通知刚到 20 分钟,王总就冲进了办公室。你是项目经理。",
            "You promised a restaurant its food business licence in 3 days, and the opening is set for Saturday. The on-site check fails: raw and cooked areas are not separated and there is no hand-wash sink. Twenty minutes after the notice, Mr Wang storms into your office. You are the project manager.",
        ),
    )
    .hard(3, 0, l("周六开业", "Opening on Saturday"))
    .goals(&[Goal::Empathy, Goal::UseAlternativePath, Goal::Remedy])
    .init(-6, 0, 150_000, true)
    .facts(&[
        ("premises_issue", "核查意见:后厨生熟区没分开,缺少洗手池", "Findings: raw and cooked areas are not separated and there is no hand-wash sink"),
        ("rectify_days", "整改加复查大约需要 5 到 7 天", "Rework and a second inspection take about 5 to 7 days"),
    ])
    .know(&["premises_issue"])
    .steps(vec![
        step("s_storm", Goal::Empathy, 45, 2, l(
            "王总拍着桌子:“你们不是说 3 天就能下来吗?耽误了我开业,你们负责吗?”",
            "Mr Wang bangs the table: \"You said three days! If my opening is ruined, will you take responsibility?\"",
        ), vec![
            choice(Rank::Best, "s_options", 10, l(
                "先递上一杯水:“王总,开业日子都定了,许可证却卡住,换我也着急。我们坐下来,一起想办法把损失降到最低。”",
                "Hand him a glass of water first: \"Mr Wang, the date is set and the licence is stuck; I'd be furious too. Let's sit down and work out how to keep the damage as small as possible.\"",
            ), l(
                "先共情,让客户感到你和他站在一起,情绪缓下来才能谈办法。",
                "Empathy first: once he feels you are on his side and calms down, options can be discussed.",
            )).notify().mood(4).s(3, 0, 10, 0, 3),
            choice(Rank::Acceptable, "s_options", 10, l(
                "“王总,抱歉让您着急了。核查没过是因为后厨布局,我把核查意见给您看看。”",
                "\"Sorry for the worry, Mr Wang. The check failed on the kitchen layout; let me show you the findings.\"",
            ), l(
                "礼貌、直接讲事实,但情绪还没接住就谈细节,客户未必听得进去。",
                "Polite and factual, but going into details before his anger is met means he may not hear them.",
            )).notify().mood(1).s(3, 0, 3, 0, 2),
            choice(Rank::Poor, "s_options", 10, l(
                "“场地是您自己找的,我们只是代办,核查不过我们也没办法。”",
                "\"You chose the premises; we only file the papers. There's nothing we can do about the check.\"",
            ), l(
                "忙着撇清责任,只会让客户觉得你在为自己辩解。",
                "Rushing to disclaim responsibility makes the client feel you are defending yourself.",
            )).mood(-3).s(0, 0, -8, 0, -5),
        ]),
        step("s_options", Goal::UseAlternativePath, 90, 3, l(
            "整改加复查大约要 5 到 7 天,周六开业前肯定拿不到证。",
            "Rework and a second inspection take 5 to 7 days; there will be no licence by Saturday.",
        ), vec![
            choice(Rank::Best, "s_followup", 120, l(
                "和王总一起定方案:今天就请施工队按核查意见整改,你约好复查时间;开业仪式照常办,但拿到许可证前不对外经营,把安排写清楚",
                "Agree a plan with Mr Wang: the builders start the rework today, you book the re-inspection, and the opening ceremony goes ahead without serving customers until the licence arrives, all in writing",
            ), l(
                "既合规又保住了开业的面子,客户看到了明确的路线图。",
                "Compliant, yet the opening keeps its face; the client sees a clear route.",
            )).learn("rectify_days").mood(2).s(3, 5, 3, 10, 3),
            choice(Rank::Acceptable, "s_followup", 30, l(
                "把整改要求发给王总,让他安排施工,整改完通知你约复查",
                "Send Mr Wang the rework list, let him arrange the builders, and book the re-inspection when he says it is done",
            ), l(
                "方向对,但把整改全推给了客户,进度和质量都没人把关。",
                "The right direction, but the rework is left wholly to the client with nobody checking pace or quality.",
            )).learn("rectify_days").s(0, 3, 0, 4, 0),
            choice(Rank::Harmful, "end_bad", 10, l(
                "建议王总先照常开业营业,许可证晚几天补上就行",
                "Suggest Mr Wang opens and trades as planned and gets the licence a few days later",
            ), l(
                "无证经营会被查处罚款,甚至影响以后的许可,这是把客户往坑里推。",
                "Trading without a licence brings fines and can affect future licences: it pushes the client into a pit.",
            )).s(0, -10, 0, -5, -5),
            choice(Rank::Poor, "s_followup", 10, l(
                "告诉王总只能等整改完再说,具体怎么改你们也不太懂",
                "Tell Mr Wang he can only wait for the rework, and you don't really know how it should be done",
            ), l(
                "没有方案、没有时间表,客户只能自己摸索。",
                "No plan and no timetable leaves the client to work it out alone.",
            )).s(0, 0, -2, -5, -3),
        ]),
        step("s_followup", Goal::Remedy, 60, 1, l(
            "整改正在进行。王总每天都担心复查能不能一次通过。",
            "The rework is under way. Mr Wang worries every day whether the re-inspection will pass first time.",
        ), vec![
            choice(Rank::Best, "end_good", 240, l(
                "复查前你带执行专员按核查标准到现场预查一遍,发现问题当场整改;每天给王总发进度",
                "Before the re-inspection, walk the premises with an executor against the inspection standard and fix what you find on the spot; update Mr Wang daily",
            ), l(
                "预查把复查的风险提前消掉,每日进度让客户安心。",
                "A pre-check removes the re-inspection's risk in advance, and daily updates reassure the client.",
            )).mood(2).s(2, 5, 3, 10, 3),
            choice(Rank::Poor, "end_mixed", 60, l(
                "等王总说整改完了再去约复查",
                "Wait for Mr Wang to say the rework is done, then book the re-inspection",
            ), l(
                "被动等待,复查能否通过全凭运气。",
                "Passive waiting leaves the re-inspection to luck.",
            )).s(-2, 0, 0, -3, 0),
        ]),
        end("end_good", Ending::Good, l(
            "复查一次通过,正式营业只推迟了一周。王总后来把几家连锁店的证照都交给了你们。",
            "The re-inspection passes first time and trading starts only a week late. Mr Wang later gives you the licences of his other branches.",
        )),
        end("end_mixed", Ending::Mixed, l(
            "复查第一次没过,又改了一轮,营业推迟了两周,王总很不满意。",
            "The re-inspection fails once, another round of rework follows, trading starts two weeks late, and Mr Wang is unhappy.",
        )),
        end("end_bad", Ending::Bad, l(
            "王总无证营业被执法检查发现,被罚款停业,许可证也因此被推迟。",
            "Mr Wang trades without a licence, is caught by an inspection, fined and closed, and the licence is delayed further.",
        )),
    ])
    .injects(vec![
        inject(0, l(
            "王总的合伙人发来消息:开业请柬已经发出去两百份了。",
            "Mr Wang's partner messages: two hundred opening invitations have already gone out.",
        ))
        .chance(50)
        .money(20_000),
        inject(10, l(
            "王总越说越激动,整层楼都听得见。",
            "Mr Wang grows louder; the whole floor can hear him.",
        ))
        .when(Condition::MoodBelow(-5))
        .mood(-1),
    ])
}
