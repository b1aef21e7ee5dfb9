//! Foreign-invested set-up, bank account and customs filing (documented cases 3, 11 and 12).

use super::{choice, end, inject, l, scenario, step, Build, ChoiceExt, Fx, InjectExt, Scenario};
use crate::domain::drill::scenario::{Condition, Ending, Goal, Rank, Role};

/// Case 3: the bank needs the legal representative in person; he is abroad.
pub(super) fn foreign_setup_legal_rep_abroad() -> Scenario {
    scenario(
        "drill_foreign_setup_legal_rep_abroad",
        3,
        "foreign_invested_setup",
        Role::Pm,
        3,
        65,
        l("法人在国外:外资公司三天设立", "Legal representative abroad: a foreign-invested company in three days"),
        l(
            "一家外资企业要在 3 天内完成设立,第 4 天上午签一笔海外融资协议,对方要求看到营业执照和对公账户。第 2 天办理银行开户时,银行告知对公开户必须法定代表人本人到场,而法人正在国外出差,一周内回不来。你是项目经理。",
            "A foreign-invested company must be set up within 3 days: on the morning of day 4 it signs an overseas financing agreement, and the investor wants to see the business licence and the corporate account. On day 2 the bank says the legal representative must open the account in person, and he is abroad on business for at least a week. You are the project manager.",
        ),
    )
    .hard(2, 0, l("第 4 天上午签署融资协议", "Financing signing on the morning of day 4"))
    .goals(&[Goal::UseAlternativePath, Goal::NotifyWithinHour, Goal::Remedy])
    .init(0, 0, 0, true)
    .facts(&[
        ("rep_abroad", "法定代表人在国外,一周内无法回国", "The legal representative is abroad for at least a week"),
        ("video_possible", "银行同意申请远程视频核验,需总行审批", "The bank will consider remote video verification, subject to head-office approval"),
        ("licence_first", "市场监管部门可先核发营业执照,开户回执后补", "The regulator can issue the licence first and take the bank receipt later"),
    ])
    .know(&["rep_abroad"])
    .steps(vec![
        step("s_bank", Goal::NotifyWithinHour, 60, 2, l(
            "银行柜台刚说完:法人不到场不能开户。离融资签约还有不到两天。你先做什么?",
            "The bank counter has just said: no account without the legal representative in person. The signing is less than two days away. What do you do first?",
        ), vec![
            choice(Rank::Best, "s_paths", 20, l(
                "马上打电话给客户:说明卡在哪里、会影响签约的哪一步,并告诉他你接下来两小时内要去争取的两条路",
                "Call the client at once: where it is stuck, which part of the signing it threatens, and the two routes you will pursue in the next two hours",
            ), l(
                "问题出现后马上让客户知情,并且带着下一步,客户才能同步准备法人那边的配合。",
                "Telling the client at once, with next steps, lets them line up the legal representative's side in parallel.",
            )).notify().mood(1).s(5, 0, 5, 0, 5),
            choice(Rank::Acceptable, "s_paths", 150, l(
                "先自己跑几家银行问清楚有没有别的办法,有眉目了再告诉客户",
                "Visit a few banks first to see whether any has another way, and tell the client once you have something",
            ), l(
                "打听替代办法是对的,但客户两个多小时后才知道,已经超过一小时原则。",
                "Looking for alternatives is right, but the client hears of it over two hours later: past the one-hour rule.",
            )).notify().s(0, 0, 0, 4, 2),
            choice(Rank::Poor, "s_paths", 10, l(
                "请客户让法人尽快订机票回国",
                "Ask the client to have the legal representative fly back as soon as possible",
            ), l(
                "既不现实也没有解释原因和方案,只是把难题推回给客户。",
                "Unrealistic, with no explanation or plan: it just hands the problem back to the client.",
            )).mood(-2).s(-2, 0, -3, -3, -3),
        ]),
        step("s_paths", Goal::UseAlternativePath, 90, 2, l(
            "团队聚在一起。法人回不来,开户这条路要换个走法。你怎么安排?",
            "The team is together. The legal representative cannot come back, so the account needs another route. How do you organise it?",
        ), vec![
            choice(Rank::Best, "s_regulator", 90, l(
                "同时推进两条线:执行专员联系银行争取远程视频核验,后勤协助客户准备法人授权委托书并办理公证认证;你去和市场监管部门沟通能否先发照、后补开户回执",
                "Run both lines at once: an executor asks the bank for remote video verification, logistics helps the client with a notarised power of attorney, and you ask the regulator whether the licence can come first and the bank receipt later",
            ), l(
                "替代方案并联推进,任何一条走通都能保住签约;分工到人,没有人闲着等消息。",
                "Alternatives pursued in parallel: either one saves the signing, and everyone has a task instead of waiting.",
            )).learn("video_possible").s(3, 0, 0, 10, 5),
            choice(Rank::Acceptable, "s_regulator", 120, l(
                "先集中全力申请远程视频核验,等银行答复再考虑其他办法",
                "Put everything into remote video verification first and think of other routes once the bank answers",
            ), l(
                "方向对,但把所有希望押在一条线上,银行审批一拖就没有退路。",
                "The right direction, but with every hope on one line, a slow bank approval leaves no way out.",
            )).learn("video_possible").s(0, 0, 0, 5, 2),
            choice(Rank::Poor, "s_regulator", 60, l(
                "等法人回国再开户,先把其他材料准备好",
                "Wait for the legal representative to return and prepare the other papers meanwhile",
            ), l(
                "等待等于放弃签约期限;流程卡点要靠替代路径打通,不是靠等。",
                "Waiting means giving up the signing date; a blocked step is opened with an alternative route, not by waiting.",
            )).slack(-3).s(-3, 0, 0, -5, 0),
        ]),
        step("s_regulator", Goal::UseAlternativePath, 60, 1, l(
            "市场监管部门的窗口表示:材料齐全的话,营业执照可以先发,开户回执后补。银行的视频核验还在等总行审批。第 3 天一早,你怎么做?",
            "The regulator's window says the licence can be issued first if everything else is complete, with the bank receipt to follow. The bank's video check still awaits head-office approval. Early on day 3, what do you do?",
        ), vec![
            choice(Rank::Best, "s_client", 240, l(
                "当天上午拿下营业执照,同时把授权委托书和视频核验申请材料一并交给银行,并给客户发书面进度",
                "Collect the licence that morning, hand the bank the power of attorney with the video-check application, and send the client a written update",
            ), l(
                "先拿到能拿到的成果,同时不放松另一条线;书面进度让客户能提前告知投资方。",
                "Secure what can be secured now without dropping the other line; a written update lets the client brief the investor early.",
            )).learn("licence_first").mood(2).s(3, 3, 2, 10, 3),
            choice(Rank::Poor, "s_client", 240, l(
                "坚持等银行开户完成后再一起领执照,免得材料分两次交",
                "Insist on collecting the licence only when the account is open, so the papers go in once",
            ), l(
                "为了省一次跑腿放弃了“先发照”的机会,签约前可能什么成果都拿不出来。",
                "Saving one trip throws away the licence-first route, and may leave nothing to show at the signing.",
            )).slack(-1).s(-2, 0, 0, -5, 0),
            choice(Rank::Harmful, "s_client", 60, l(
                "让客户找个员工冒充法人去银行视频核验",
                "Have an employee pose as the legal representative for the bank's video check",
            ), l(
                "冒名核验是严重违规,可能让客户承担法律责任,绝不能为了速度越线。",
                "Impersonation is a serious violation that can expose the client to legal liability; speed never justifies it.",
            )).s(0, -10, 0, -5, -5),
        ]),
        step("s_client", Goal::Remedy, 60, 1, l(
            "第 3 天下午。营业执照在手,银行视频核验排在第 4 天一早,开户回执可能要签约后才到。客户问:投资方那边怎么交代?",
            "Day 3, afternoon. The licence is in hand; the video check is booked for early on day 4, so the account receipt may arrive after the signing. The client asks how to explain this to the investor.",
        ), vec![
            choice(Rank::Best, "end_good", 60, l(
                "帮客户起草一份给投资方的说明:执照已下、开户已受理并附银行预约证明和时间表,约定回执到后立即补送",
                "Draft a note for the investor with the client: licence issued, account application accepted with the bank's booking proof and a timetable, receipt to follow at once",
            ), l(
                "用可核实的材料替客户兜底,把“差一步”讲清楚,签约得以按时进行。",
                "Verifiable documents back the client up and explain the one missing step, so the signing goes ahead on time.",
            )).mood(2).s(2, 3, 3, 10, 5),
            choice(Rank::Poor, "end_mixed", 20, l(
                "告诉客户这是银行的规定,你们也没办法,让他自己跟投资方解释",
                "Tell the client it is the bank's rule, nothing can be done, and leave the explaining to him",
            ), l(
                "推给第三方、让客户独自面对投资方,损失的是客户对你的信任。",
                "Blaming a third party and leaving the client alone with the investor costs you the client's trust.",
            )).mood(-3).s(0, 0, -5, -3, -5),
        ]),
        end("end_good", Ending::Good, l(
            "第 4 天上午,客户带着营业执照和银行受理证明签下融资协议,开户回执当天下午补到。",
            "On the morning of day 4 the client signs with the licence and the bank's acceptance proof; the account receipt follows that afternoon.",
        )),
        end("end_mixed", Ending::Mixed, l(
            "签约推迟了两天,投资方同意等待,但客户对这次服务颇有微词。",
            "The signing slips by two days; the investor agrees to wait, but the client is unhappy with the service.",
        )),
    ])
    .injects(vec![
        inject(45, l(
            "客户打来电话:“听说银行那边出问题了?怎么没人跟我说?”",
            "The client calls: \"I hear there is a problem at the bank? Why did nobody tell me?\"",
        )).when(Condition::ClientNotNotified).mood(-3),
        inject(300, l(
            "银行回复:总行同意远程视频核验,但要法人护照的公证认证件。",
            "The bank replies: head office approves remote video verification, but needs a notarised copy of the legal representative's passport.",
        )).learn("video_possible").chance(70),
    ])
}

/// Case 11: the account opening fails with 5 million yuan of financing waiting.
pub(super) fn bank_account_backup() -> Scenario {
    scenario(
        "drill_bank_account_backup",
        11,
        "bank_account_opening",
        Role::Pm,
        2,
        60,
        l("五百万到不了账:开户失败", "Five million yuan waiting: the account opening fails"),
        l(
            "客户一笔 500 万元的融资款约定本周五打入新开的对公账户。周二下午,银行通知开户审核未通过。客户张总得知后满头大汗。你是项目经理。",
            "A 5,000,000-yuan financing payment is due into the client's new corporate account on Friday. On Tuesday afternoon the bank says the account application has been declined. Mr Zhang, the client, is in a sweat. You are the project manager.",
        ),
    )
    .hard(3, 0, l("周五融资款到账", "Financing paid in on Friday"))
    .goals(&[Goal::Empathy, Goal::UseAlternativePath, Goal::NotifyWithinHour])
    .init(-3, 0, 5_000_000, true)
    .facts(&[
        ("refusal_reason", "拒绝原因:注册地址核实未通过,需补充租赁备案", "Reason: the registered address could not be verified; a lease registration is needed"),
        ("backup_bank", "另一家银行可以在两个工作日内开户", "Another bank can open an account within two working days"),
    ])
    .steps(vec![
        step("s_call", Goal::Empathy, 60, 2, l(
            "张总打来电话,声音发紧:“500 万周五到不了账,公司资金链就断了!”你怎么回应?",
            "Mr Zhang calls, his voice tight: \"If the five million doesn't arrive on Friday, our cash runs dry!\" How do you respond?",
        ), vec![
            choice(Rank::Best, "s_plan", 15, l(
                "“张总,资金到不了账有多急我明白,这事我比您还急。我马上找银行客户经理问清原因,同时联系一家备用银行,今天给您两个方案。”",
                "\"Mr Zhang, I understand how urgent this is; I'm just as worried. I'll get the bank's account manager on the reason right now and line up a backup bank; you'll have two options today.\"",
            ), l(
                "先共情、再给出具体动作和时间,客户知道有人在为他拼。",
                "Empathy first, then concrete actions with times: the client knows someone is fighting for him.",
            )).notify().mood(3).s(5, 0, 10, 3, 3),
            choice(Rank::Acceptable, "s_plan", 15, l(
                "“银行审核没通过,我们正在了解原因,有消息马上告诉您。”",
                "\"The bank declined the application. We're finding out why and will tell you as soon as we know.\"",
            ), l(
                "及时告知了,但没有接住客户的情绪,也没有给出方案和时间。",
                "Timely, but it neither takes in the client's worry nor offers a plan or a time.",
            )).notify().s(3, 0, 2, 0, 2),
            choice(Rank::Poor, "s_plan", 10, l(
                "“这是银行的问题,我们也没办法,只能等银行通知。”",
                "\"It's the bank's problem; there's nothing we can do but wait for them.\"",
            ), l(
                "把责任推给银行等于告诉客户“别指望我们”,客户的焦虑只会加剧。",
                "Blaming the bank tells the client not to count on you, and his anxiety only grows.",
            )).mood(-3).s(0, 0, -8, -3, -5),
        ]),
        step("s_plan", Goal::UseAlternativePath, 90, 1, l(
            "银行客户经理说:拒绝原因是注册地址核实不过,补租赁备案至少要一周。周五只剩三天。怎么办?",
            "The bank's account manager says the address could not be verified; a lease registration takes at least a week. Friday is three days away. What now?",
        ), vec![
            choice(Rank::Best, "s_investor", 120, l(
                "两条线并行:执行专员去办租赁备案继续争取原银行;你联系备用银行,确认两个工作日内能否开户并预约,请客户同步准备材料",
                "Two lines in parallel: an executor pursues the lease registration with the first bank, while you check with a backup bank that it can open within two working days, book it, and have the client prepare the papers",
            ), l(
                "有 B 计划才有底气:备用银行是替代路径,原银行这条线也不放弃。",
                "A plan B gives you room: the backup bank is the alternative route, and the first bank is not dropped.",
            )).learn("refusal_reason").learn("backup_bank").s(3, 3, 0, 10, 3),
            choice(Rank::Poor, "s_investor", 60, l(
                "全力去办租赁备案,等原银行重新审核",
                "Put everything into the lease registration and wait for the first bank to review again",
            ), l(
                "一条路走到黑,一周的备案时间注定赶不上周五。",
                "One road only: a week-long registration cannot make Friday.",
            )).learn("refusal_reason").slack(-3).s(-2, 0, 0, -5, 0),
            choice(Rank::Harmful, "s_investor", 30, l(
                "建议客户先让融资款打到法人的个人账户,以后再转",
                "Suggest the financing be paid into the legal representative's personal account for now",
            ), l(
                "公私账户混用有税务和合规风险,投资协议通常也不允许,这是在给客户埋雷。",
                "Mixing company and personal accounts carries tax and compliance risk and usually breaches the investment terms: a trap for the client.",
            )).s(0, -10, 0, -5, -5),
        ]),
        step("s_investor", Goal::Remedy, 60, 1, l(
            "周四上午,备用银行开户已受理,预计周五上午出账号。投资方要求周五中午前确认收款账户。你怎么做?",
            "Thursday morning: the backup bank has accepted the application and expects to issue the account number on Friday morning. The investor wants the receiving account confirmed by Friday noon. What do you do?",
        ), vec![
            choice(Rank::Best, "end_good", 60, l(
                "今天就把备用银行的受理回单和预计时间发给客户,协助他提前和投资方沟通;周五一早派人在银行等账号",
                "Send the client the backup bank's acceptance slip and timing today, help him brief the investor early, and have someone at the bank first thing Friday for the number",
            ), l(
                "提前沟通让投资方有预期,现场守候把最后一步的风险也压住了。",
                "Briefing early sets the investor's expectations, and being at the bank removes the last risk.",
            )).mood(2).s(3, 0, 3, 10, 3),
            choice(Rank::Poor, "end_mixed", 20, l(
                "等周五账号出来再告诉客户",
                "Tell the client only once the account number exists on Friday",
            ), l(
                "信息滞后,客户来不及和投资方沟通,到账时间被迫推后。",
                "Late information leaves the client no time to brief the investor, so the payment slips.",
            )).mood(-2).s(-3, 0, -2, -3, 0),
        ]),
        end("end_good", Ending::Good, l(
            "周五上午拿到新账号,投资方下午打款,500 万当天到账。张总说:“你们真是把我们的事当自己的事。”",
            "The new account number arrives on Friday morning and the investor pays that afternoon: the five million lands the same day. Mr Zhang: \"You really treat our business as your own.\"",
        )),
        end("end_mixed", Ending::Mixed, l(
            "款项晚到了三天,客户的一笔货款只好延期支付。",
            "The money arrives three days late, and the client has to delay paying a supplier.",
        )),
    ])
    .injects(vec![inject(120, l(
        "张总又打来电话,说投资方在催问账户信息,他快撑不住了。",
        "Mr Zhang calls again: the investor is pressing for the account details and he is at the end of his rope.",
    ))
    .when(Condition::MoodBelow(0))
    .mood(-2)])
}

/// Case 12: the customs registration form was filled in wrongly; the trade fair is imminent.
pub(super) fn customs_filing_fair() -> Scenario {
    scenario(
        "drill_customs_filing_fair",
        12,
        "customs_filing",
        Role::Pm,
        2,
        60,
        l("展会前夜:海关备案被退回", "The night before the fair: the customs filing is sent back"),
        l(
            "一家外贸企业要参加展会,没有海关备案就不能带货参展。客户明天傍晚必须带着备案回执出发布展。今天下午 6 点,海关发来退回通知。你是这个加急项目的项目经理,手下有两名执行专员和一名后勤。",
            "A trading company is exhibiting at a trade fair and cannot bring goods without a customs filing. The client must leave tomorrow evening with the filing receipt to set up the stand. At 6 p.m. today customs sends the filing back. You are the project manager of this expedited case, with two executors and one logistics colleague.",
        ),
    )
    .hard(1, 0, l("明天傍晚客户带回执出发参展", "Tomorrow evening: the client leaves for the fair with the receipt"))
    .goals(&[Goal::NotifyWithinHour, Goal::Remedy, Goal::ForeseeMaterialsRisk, Goal::Responsibility])
    .init(0, 0, 200_000, true)
    .facts(&[
        ("form_error", "退回原因:报关单位注册信息表上的经营场所地址与营业执照不一致", "Reason: the business address on the customs registration form differs from the business licence"),
        ("old_licence_copy", "客户给的营业执照复印件是地址变更前的旧版", "The licence copy from the client predates its change of address"),
        ("priority_review", "海关窗口同意优先审核,需附情况说明和法人授权书", "The customs window agrees to a priority review with a statement of circumstances and the legal representative's authorisation"),
    ])
    .know(&["form_error"])
    .steps(vec![
        step("s_notice", Goal::NotifyWithinHour, 60, 2, l(
            "下午 6 点,海关单一窗口发来退回通知:报关单位注册信息表上的经营场所地址与营业执照不一致。你现在先做什么?",
            "6 p.m. The customs single window sends the filing back: the business address on the registration form does not match the business licence. What do you do first?",
        ), vec![
            choice(Rank::Best, "s_plan", 20, l(
                "马上给客户打电话:说明退回原因,今晚就改,明早申请优先审核,请他准备好法人授权书",
                "Call the client now: explain why it was sent back, that the form is fixed tonight and a priority review asked for first thing tomorrow, and ask for the legal representative's authorisation",
            ), l(
                "一小时内主动告知,讲清原因、下一步和时间,客户虽然着急,但心里有底。",
                "Telling the client within the hour, with the cause, the next step and the times, keeps them worried but informed.",
            )).notify().mood(2).s(5, 0, 5, 0, 5),
            choice(Rank::Acceptable, "s_plan", 120, l(
                "先把表格改好、核对无误,再给客户回电话",
                "Fix and double-check the form first, then call the client back",
            ), l(
                "改表是对的,但客户两个小时后才知道,超过了一小时原则;先打个电话只要几分钟。",
                "Fixing the form is right, but the client hears of it two hours later, past the one-hour rule; a call first takes minutes.",
            )).notify().s(0, 3, 2, 4, 2),
            choice(Rank::Poor, "s_plan", 5, l(
                "给客户发条微信“备案有点小问题,明天处理”,先下班",
                "Message the client \"small issue with the filing, will handle tomorrow\" and go home",
            ), l(
                "信息含糊,没有原因也没有计划,算不上告知;今晚能用来修改的时间也白白浪费了。",
                "Vague, with no cause and no plan, it does not count as telling the client, and tonight's working time is lost.",
            )).mood(-1).s(-3, 0, -3, -3, -3),
            choice(Rank::Harmful, "s_plan", 10, l(
                "告诉客户是海关系统出了故障,不提表格填错的事",
                "Tell the client the customs system failed and say nothing of the wrong form",
            ), l(
                "把自己的错推给海关,一旦被识破就失去客户的信任;责任不清,后面的补救也无从谈起。",
                "Blaming customs for your own error destroys trust once found out, and with responsibility blurred no remedy can be built on it.",
            )).mood(1).s(0, -5, 0, 0, -10),
        ]),
        step("s_plan", Goal::Remedy, 90, 2, l(
            "两名执行专员和后勤都还在办公室。今晚怎么分工?",
            "Both executors and the logistics colleague are still in the office. How do you split the work tonight?",
        ), vec![
            choice(Rank::Best, "s_night", 180, l(
                "一名执行专员连夜对照营业执照重填信息表,另一名逐项复核;后勤准备《情况说明》和法人授权书;你给海关窗口留言,约明早优先审核",
                "One executor re-fills the form tonight against the licence and the other checks it line by line; logistics prepares the statement of circumstances and the authorisation; you leave the customs window a message asking for a priority review first thing",
            ), l(
                "分工到人、同时推进:改表、复核、备用材料和预约审核一起做,为明天抢出半天。",
                "Everyone has a part and it all runs at once: form, check, supporting papers and the review booking, which wins half a day for tomorrow.",
            )).s(3, 5, 0, 10, 5),
            choice(Rank::Acceptable, "s_night", 120, l(
                "今晚你自己把表改好,明天一早去窗口正常排队提交",
                "Fix the form yourself tonight and queue normally at the window tomorrow",
            ), l(
                "表改好了,但没有人复核、没有备用材料,也没有争取优先审核,明天全凭排队的运气。",
                "The form is fixed, but nobody checks it, there are no supporting papers and no priority review: tomorrow depends on the queue.",
            )).s(0, 3, 0, 6, 3),
            choice(Rank::Poor, "s_morning", 15, l(
                "大家先回家,明天上班后一起改",
                "Everyone goes home; fix it together tomorrow morning",
            ), l(
                "整晚的时间没了,明天改表、提交、审核全挤在一起,几乎赶不上。",
                "The whole night is lost, and tomorrow the fixing, submitting and review all crowd together: barely possible.",
            )).slack(-1).s(-3, 0, 0, -5, -3),
        ]),
        step("s_night", Goal::ForeseeMaterialsRisk, 60, 2, l(
            "深夜,负责复核的执行专员发现:客户发来的营业执照复印件是地址变更前的旧版,和市场监管系统里的新地址对不上。",
            "Late at night the checking executor finds that the licence copy the client sent is the old one, from before the change of address, and does not match the regulator's records.",
        ), vec![
            choice(Rank::Best, "s_morning", 660, l(
                "马上联系客户拍下新版营业执照原件,信息表按新执照填写,并在情况说明里写清地址变更的经过",
                "Ask the client now for a photo of the current licence, fill the form from it, and explain the change of address in the statement of circumstances",
            ), l(
                "核心证照逐字核对是零容错的要求;在提交前把问题挡下,明天就不会第二次被退回。",
                "Key documents are checked word for word, with zero tolerance; stopped before submission, the problem cannot send the filing back a second time.",
            )).learn("old_licence_copy").s(0, 10, 3, 5, 0),
            choice(Rank::Acceptable, "s_morning", 660, l(
                "先按国家企业信用信息公示系统上的新地址填写,明早再请客户补发执照照片",
                "Fill in the new address from the public credit information system now and ask the client for the licence photo in the morning",
            ), l(
                "信息来源可靠,但材料还差一份,明早多一个环节,也多一分风险。",
                "A reliable source, but one document is still missing: one more step and one more risk in the morning.",
            )).learn("old_licence_copy").s(0, 6, 0, 4, 0),
            choice(Rank::Poor, "s_morning", 660, l(
                "太晚了,明早再处理",
                "It is too late; deal with it in the morning",
            ), l(
                "问题发现了却搁到早上,明天还得等客户回复,时间更紧。",
                "Found but left until morning: tomorrow starts by waiting for the client, and time gets tighter.",
            )).slack(-1).s(-2, 0, 0, -4, 0),
            choice(Rank::Harmful, "s_morning", 660, l(
                "按旧复印件的地址填,先交上去再说,窗口未必细看",
                "Use the old address from the copy and submit; the window may not look closely",
            ), l(
                "明知不一致仍然提交,既违反材料合规,又几乎必然再被退回,把客户的展会押在侥幸上。",
                "Submitting what you know is inconsistent breaks materials compliance and will almost surely be sent back again: the client's fair staked on luck.",
            )).s(0, -10, 0, -5, -5),
        ]),
        step("s_morning", Goal::UseAlternativePath, 60, 2, l(
            "次日早上 8 点半,海关窗口开门。工作人员说今天排队的企业多,优先审核要科长同意,还要看补充材料。",
            "8:30 the next morning the customs window opens. The officer says many companies are queuing; a priority review needs the section chief's consent and supporting documents.",
        ), vec![
            choice(Rank::Best, "end_good", 300, l(
                "当场递交改好的信息表、情况说明和法人授权书,说明展会时间,请求转科长优先审核;同时给客户发进度",
                "Hand in the corrected form, the statement and the authorisation on the spot, explain the fair's date and ask for the section chief's priority review; update the client at the same time",
            ), l(
                "备用材料早已备好,“特事特办”有据可依;同步进度让客户安心准备出发。",
                "The supporting papers are ready, so the special request has grounds, and the update lets the client prepare to leave with confidence.",
            )).learn("priority_review").notify().mood(3).s(3, 5, 3, 10, 3),
            choice(Rank::Acceptable, "end_mixed", 480, l(
                "递交改好的表格,按正常顺序排队等审核",
                "Hand in the corrected form and wait in the normal queue",
            ), l(
                "表格没问题,但没用上优先审核的途径,回执到得太晚,客户只好推迟出发。",
                "The form is fine, but without the priority route the receipt comes late and the client has to leave later.",
            )).notify().s(0, 3, 0, 5, 2),
            choice(Rank::Poor, "end_bad", 60, l(
                "在窗口和工作人员争辩:“客户明天就要参展,你们必须马上办!”",
                "Argue at the window: \"Our client exhibits tomorrow, you must do it now!\"",
            ), l(
                "情绪化施压只会让窗口更按规矩办;准备好的说明材料才是请求优先的依据。",
                "Pressure only makes the window stick to the rules; prepared documents are what justify a priority request.",
            )).mood(-1).s(-2, -3, -3, -3, 0),
            choice(Rank::Harmful, "end_bad", 120, l(
                "让客户托海关的熟人“打个招呼”,跳过排队",
                "Ask the client to have an acquaintance at customs \"put in a word\" to skip the queue",
            ), l(
                "托关系插队有合规风险,还可能连累客户;正规的加急途径是书面说明和优先审核申请。",
                "Using connections to jump the queue is a compliance risk that can drag the client in; the proper route is a written statement and a priority request.",
            )).s(0, -10, 0, 0, -5),
        ]),
        end("end_good", Ending::Good, l(
            "下午 2 点拿到海关备案回执。客户当晚开车出发,第二天一早赶上了展会开幕,还专门打电话来道谢。",
            "The customs receipt arrives at 2 p.m. The client drives off that evening, makes the opening the next morning, and calls to say thank you.",
        )),
        end("end_mixed", Ending::Mixed, l(
            "回执傍晚 5 点多才到,客户晚出发了几个小时,总算赶上开幕,但对这次服务有些失望。",
            "The receipt arrives after 5 p.m.; the client leaves hours late and just makes the opening, but is disappointed with the service.",
        )),
        end("end_bad", Ending::Bad, l(
            "当天没能拿到回执,客户错过了展会报到,展位费和意向订单都打了水漂。",
            "No receipt that day: the client misses the fair's check-in, and the stand fee and expected orders are lost.",
        )),
    ])
    .injects(vec![
        inject(60, l(
            "晚上 7 点,客户打来电话:“下午就该有结果了,怎么没人告诉我?”语气很急。",
            "7 p.m. The client calls: \"There should have been a result this afternoon. Why has nobody told me?\" He sounds alarmed.",
        )).when(Condition::ClientNotNotified).mood(-3),
        inject(840, l(
            "早上 8 点,海关单一窗口发布公告:系统维护半小时,线上查询暂停。",
            "8 a.m. The customs single window announces half an hour of maintenance; online status checks are paused.",
        )).chance(50).mood(-1),
    ])
}
