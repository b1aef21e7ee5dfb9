//! Closing a company: deregistration blocked by a tax-system fault, and a tax deregistration
//! refused over unpaid stamp duty (documented cases 6 and 9).

use super::{choice, end, inject, l, scenario, step, Build, ChoiceExt, Fx, InjectExt, Scenario};
use crate::domain::drill::scenario::{Condition, Ending, Goal, Rank, Role};

/// Case 6: the tax system is down, no tax clearance; the team splits the work.
pub(super) fn deregistration_tax_outage() -> Scenario {
    scenario(
        "drill_deregistration_tax_outage",
        6,
        "company_deregistration",
        Role::Pm,
        1,
        60,
        l("税务系统故障:加急注销当天", "Tax system down on deregistration day"),
        l(
            "一家公司加急注销,今天要先拿清税证明,再去市场监管部门办注销登记;客户的境外母公司后天关账。上午 10 点,你和两名执行专员、一名后勤到了税务大厅,系统却出了故障,清税证明开不出来。你是项目经理。",
            "A company is being deregistered in a hurry: today the tax clearance, then the deregistration filing with the market regulator; the client's overseas parent closes its books the day after tomorrow. At 10 a.m. you, two executors and a logistics colleague reach the tax hall, and the system is down: no clearance can be issued. You are the project manager.",
        ),
    )
    .hard(2, 0, l("后天母公司关账", "The parent company closes its books the day after tomorrow"))
    .goals(&[Goal::Responsibility, Goal::NotifyWithinHour, Goal::Remedy])
    .init(0, 1, 0, true)
    .facts(&[
        ("two_hours", "窗口熟人说系统大约两小时后恢复", "A contact at the window says the system should be back in about two hours"),
        ("other_materials", "注销登记的其他材料可以先备齐", "Everything else for the deregistration filing can be prepared in the meantime"),
    ])
    .steps(vec![
        step("s_fault", Goal::NotifyWithinHour, 60, 2, l(
            "上午 10 点,税务大厅系统故障,清税证明开不出来,大厅里的人越来越多。",
            "10 a.m. The tax hall's system is down, no clearance can be issued, and the hall is filling up.",
        ), vec![
            choice(Rank::Best, "s_assign", 25, l(
                "先打给平时联系的窗口人员问清恢复时间,再给客户打电话说明情况和今天的安排",
                "Call your usual contact at the window to learn when it will be back, then call the client with the situation and today's plan",
            ), l(
                "平时维护的沟通渠道在关键时刻派上用场,客户也在一小时内知情。",
                "The contact you keep up pays off when it matters, and the client knows within the hour.",
            )).notify().learn("two_hours").s(5, 0, 3, 5, 3),
            choice(Rank::Acceptable, "s_assign", 60, l(
                "在大厅等着,看公告板有没有新消息",
                "Wait in the hall and watch the notice board",
            ), l(
                "信息全靠等,团队和客户都还不知道要怎么安排。",
                "Information only by waiting: neither the team nor the client knows how to plan.",
            )).s(0, 0, 0, 2, 0),
            choice(Rank::Poor, "s_tomorrow", 10, l(
                "今天办不了了,收工,明天再来",
                "Nothing can be done today; pack up and come back tomorrow",
            ), l(
                "故障可能两小时就恢复,直接收工白白丢掉了一天。",
                "The fault may clear in two hours; going home throws a day away.",
            )).slack(-1).s(-3, 0, 0, -5, -3),
        ]),
        step("s_assign", Goal::Responsibility, 90, 2, l(
            "系统大概一两个小时后恢复。团队四个人都在,怎么分工?",
            "The system should be back in an hour or two. The four of you are here. How do you split the work?",
        ), vec![
            choice(Rank::Best, "s_recovered", 120, l(
                "执行专员回去备齐注销登记的其余材料,后勤留在大厅取号占位,你盯着系统恢复并随时向客户同步",
                "The executors go back and prepare everything else for the filing, logistics holds a number in the hall, and you watch for the system and keep the client posted",
            ), l(
                "责任到人,每个环节都有人盯,等待的两小时也没有浪费。",
                "Each part has an owner, so the two hours of waiting are not wasted.",
            )).notify().learn("other_materials").s(3, 3, 3, 8, 10),
            choice(Rank::Acceptable, "s_recovered", 120, l(
                "大家一起在大厅等系统恢复",
                "Everyone waits in the hall together",
            ), l(
                "人都在,却没有分工,系统恢复后还得从头准备。",
                "Everyone is there but nobody has a task; once the system returns, the preparation starts from zero.",
            )).s(0, 0, 0, 2, 0),
            choice(Rank::Poor, "s_recovered", 120, l(
                "留后勤一个人等,你和执行专员先去忙别的客户",
                "Leave logistics to wait alone while you and the executors see other clients",
            ), l(
                "项目经理离场,现场没人能做决定,“群龙无首”。",
                "With the project manager gone, nobody on site can decide anything.",
            )).s(0, 0, 0, 0, -5),
        ]),
        step("s_recovered", Goal::Remedy, 60, 1, l(
            "中午 12 点,系统恢复,大厅一下子涌进很多人。",
            "Noon. The system is back and the hall floods with people.",
        ), vec![
            choice(Rank::Best, "end_good", 60, l(
                "用后勤占好的号马上办清税,执行专员带着备齐的材料直奔市场监管窗口提交注销",
                "Use the number logistics holds to get the clearance at once while the executors take the prepared file straight to the regulator's window",
            ), l(
                "前面的分工在这一刻兑现:一小时内办完全部手续。",
                "The earlier split pays off: everything done within the hour.",
            )).mood(2).s(3, 0, 0, 10, 3),
            choice(Rank::Poor, "end_mixed", 240, l(
                "重新取号排队",
                "Take a new number and queue",
            ), l(
                "恢复后的高峰里重新排队,一下午就过去了。",
                "Queuing again in the post-outage rush costs the whole afternoon.",
            )).s(-3, 0, 0, -3, 0),
        ]),
        step("s_tomorrow", Goal::NotifyWithinHour, 60, 1, l(
            "第二天一早,客户打来电话质问昨天为什么没办成,后天母公司就要关账。",
            "Early next day the client calls, demanding to know why nothing happened yesterday; the parent closes its books tomorrow.",
        ), vec![
            choice(Rank::Best, "end_mixed", 20, l(
                "道歉,说明昨天的故障和自己安排上的失误,告诉他今天已提前到大厅取号,中午前给结果",
                "Apologise, explain yesterday's fault and your own misjudgement, and say you are already queuing with a number and will have a result by noon",
            ), l(
                "迟来的告知也要诚实完整,把能补的补上。",
                "Late news must still be honest and complete, with what can be saved saved.",
            )).notify().mood(1).s(0, 0, 5, 3, 5),
            choice(Rank::Poor, "end_bad", 10, l(
                "说税务系统出故障谁也没办法",
                "Say nobody can do anything about a tax-system fault",
            ), l(
                "把原因全推给系统,客户只会更确定你们没尽力。",
                "Blaming the system only convinces the client you did not try.",
            )).mood(-3).s(0, 0, -5, 0, -5),
        ]),
        end("end_good", Ending::Good, l(
            "系统恢复后一小时内办完全部手续,客户当天就拿到了注销通知书。",
            "Everything is done within an hour of the recovery and the client has the deregistration notice that day.",
        )),
        end("end_mixed", Ending::Mixed, l(
            "注销晚了一天,母公司的关账勉强赶上。",
            "Deregistration is a day late; the parent's book closing is only just met.",
        )),
        end("end_bad", Ending::Bad, l(
            "注销没能赶在母公司关账前完成,客户很不满意。",
            "Deregistration misses the parent's book closing and the client is very unhappy.",
        )),
    ])
    .injects(vec![
        inject(45, l(
            "客户发来消息:“清税证明拿到了吗?”",
            "The client messages: \"Do we have the tax clearance yet?\"",
        ))
        .when(Condition::ClientNotNotified)
        .mood(-1),
        inject(90, l(
            "大厅广播:系统恢复时间推迟半小时。",
            "Hall announcement: the system will be back half an hour later than expected.",
        ))
        .chance(50)
        .mood(-1),
    ])
}

/// Case 9: tax deregistration refused over 500 yuan of unpaid stamp duty.
pub(super) fn tax_deregistration_stamp_duty() -> Scenario {
    scenario(
        "drill_tax_deregistration_stamp_duty",
        9,
        "tax_deregistration",
        Role::Executor,
        1,
        60,
        l("500 元印花税:税务注销被驳回", "500 yuan of stamp duty: tax deregistration refused"),
        l(
            "你在为李总的公司加急办理税务注销,拿到清税证明后还要去办工商注销。刚刚接到税务局通知:注销申请被驳回。你是执行专员。",
            "You are handling an expedited tax deregistration for Mr Li's company; the business deregistration follows once the tax clearance is issued. The tax bureau has just notified you that the application is refused. You are the executor.",
        ),
    )
    .hard(3, 0, l("三天内拿到清税证明,办工商注销", "Tax clearance within three days for the business deregistration"))
    .goals(&[Goal::NotifyWithinHour, Goal::Remedy, Goal::ForeseeMaterialsRisk])
    .init(0, 1, 500, true)
    .facts(&[
        ("stamp_duty", "驳回原因:有一笔印花税未缴,金额 500 元", "Reason: 500 yuan of stamp duty is unpaid"),
    ])
    .steps(vec![
        step("s_rejected", Goal::NotifyWithinHour, 60, 2, l(
            "税务局通知:注销申请被驳回,原因是有一笔印花税未缴。",
            "The tax bureau says the deregistration is refused because some stamp duty is unpaid.",
        ), vec![
            choice(Rank::Best, "s_pay", 30, l(
                "先查清欠缴的税种、所属期和金额(500 元),再打给李总:原因、金额、补缴材料明天备好、后天能拿到清税证明",
                "Look up the tax, period and amount (500 yuan), then call Mr Li: the reason, the amount, papers ready tomorrow, clearance the day after",
            ), l(
                "一个电话讲清原因、金额、下一步和时间,客户听完就放心了。",
                "One call with cause, amount, next step and dates, and the client is reassured.",
            )).notify().learn("stamp_duty").s(5, 3, 5, 5, 3),
            choice(Rank::Acceptable, "s_pay", 10, l(
                "马上打给李总说被驳回了,原因和金额查清后再说",
                "Call Mr Li at once to say it was refused; details once you have them",
            ), l(
                "够及时,但只有坏消息没有方案,客户要等第二个电话才能安心。",
                "Prompt enough, but bad news without a plan: the client needs a second call to feel safe.",
            )).notify().s(5, 0, 2, 0, 2),
            choice(Rank::Poor, "s_pay", 300, l(
                "先研究怎么补缴,等全部办好了再告诉李总",
                "Work out the payment first and tell Mr Li once it is all done",
            ), l(
                "事情办了,但客户被晾了半天,这正是“等客户问”的做法。",
                "The work gets done, but the client is left hanging for hours.",
            )).learn("stamp_duty").s(-3, 0, 0, 3, 0),
        ]),
        step("s_pay", Goal::Remedy, 60, 1, l(
            "补缴要从李总公司的账户缴款,还要填一份补充申报。",
            "The payment must come from Mr Li's company account, with a supplementary return.",
        ), vec![
            choice(Rank::Best, "s_later", 120, l(
                "今天把补充申报表填好发给李总确认,约好明早缴款,缴完立即重新提交注销",
                "Fill in the supplementary return today for Mr Li to confirm, arrange payment tomorrow morning, and refile the moment it is paid",
            ), l(
                "把客户要做的事压到最少,把时间表排满,清税证明按期到手。",
                "The client's part is kept minimal and the timetable full, so the clearance arrives on schedule.",
            )).money(-500).s(3, 3, 0, 8, 3),
            choice(Rank::Poor, "s_later", 10, l(
                "把补缴要求转给李总,让他的会计自己处理",
                "Forward the request to Mr Li and let his accountant deal with it",
            ), l(
                "把球踢回给客户,补缴拖几天,后面的工商注销也跟着拖。",
                "Kicking it back to the client lets the payment slip, and the business deregistration with it.",
            )).slack(-1).s(0, 0, -2, -5, -3),
            choice(Rank::Harmful, "end_bad", 10, l(
                "建议李总说这笔税不该缴,先拖着看税务局会不会放行",
                "Suggest Mr Li claim the tax is not due and stall to see if the bureau lets it go",
            ), l(
                "拖欠税款只会产生滞纳金,甚至影响纳税信用,还耽误注销。",
                "Stalling on tax only adds late fees, can hurt the tax credit rating, and delays deregistration.",
            )).s(0, -10, 0, -5, -3),
        ]),
        step("s_later", Goal::ForeseeMaterialsRisk, 60, 1, l(
            "清税证明到手了。回头看,这笔印花税其实可以提前发现。",
            "The clearance is in hand. Looking back, the stamp duty could have been found earlier.",
        ), vec![
            choice(Rank::Best, "end_good", 20, l(
                "建议在税务注销的初核清单里加上“逐项查询欠税和漏报”,以后先查清再提交",
                "Propose adding \"check every unpaid tax and missed return\" to the first-check list for tax deregistration, so it is cleared before filing",
            ), l(
                "把这次的教训固化成流程,下一位同事就不会再踩同一个坑。",
                "Turning the lesson into a process keeps the next colleague out of the same hole.",
            )).s(0, 8, 0, 2, 5),
            choice(Rank::Poor, "end_mixed", 5, l(
                "小问题而已,下次注意",
                "A small thing; be careful next time",
            ), l(
                "“下次注意”没有任何机制保证,问题还会再来。",
                "\"Be careful next time\" has nothing behind it; the problem will return.",
            )).s(0, 0, 0, 0, -3),
        ]),
        end("end_good", Ending::Good, l(
            "后天拿到了清税证明,工商注销没有受影响。李总说:“有你们在,出了问题我也不慌。”",
            "The clearance arrives two days later and the business deregistration is on track. Mr Li: \"With you on it, I don't panic when something goes wrong.\"",
        )),
        end("end_mixed", Ending::Mixed, l(
            "注销办完了,但同样的漏查下次还可能发生。",
            "The deregistration is done, but the same oversight could happen again.",
        )),
        end("end_bad", Ending::Bad, l(
            "欠税被加收滞纳金,注销推迟了一周,李总很不满意。",
            "Late fees are added, the deregistration slips a week, and Mr Li is unhappy.",
        )),
    ])
    .injects(vec![
        inject(45, l(
            "李总打来电话:“注销进展怎么样了?”",
            "Mr Li calls: \"How is the deregistration going?\"",
        ))
        .when(Condition::ClientNotNotified)
        .mood(-2),
        inject(200, l(
            "税务局提醒:逾期未缴的税款按日加收滞纳金。",
            "The tax bureau reminds you that late fees accrue daily on unpaid tax.",
        ))
        .chance(50)
        .money(50),
    ])
}
