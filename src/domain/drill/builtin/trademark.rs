//! Trademark: a refusal, the review, and daily progress reports (documented case 10).

use super::{choice, end, inject, l, scenario, step, Build, ChoiceExt, Fx, InjectExt, Scenario};
use crate::domain::drill::scenario::{Condition, Ending, Goal, Rank, Role};

/// Case 10: a refused trademark goes to review; the client must see progress.
pub(super) fn trademark_rejection_review() -> Scenario {
    scenario(
        "drill_trademark_rejection_review",
        10,
        "trademark_rejection_review",
        Role::Executor,
        2,
        60,
        l("商标被驳回:复审期间的每日进度", "Trademark refused: daily progress during the review"),
        l(
            "客户的新品牌加急申请商标注册,新品即将上市。今天收到了商标驳回通知书。驳回复审要在收到通知后 15 天内提出,需要大量证据材料。你是执行专员。",
            "A client's new brand was filed for expedited trademark registration ahead of a product launch. Today the refusal notice arrives. A review must be requested within 15 days of receiving it and needs a lot of evidence. You are the executor.",
        ),
    )
    .hard(15, 0, l("驳回复审申请期限", "Deadline to request the review"))
    .goals(&[Goal::NotifyWithinHour, Goal::Empathy, Goal::Remedy, Goal::ForeseeMaterialsRisk])
    .init(0, 3, 0, true)
    .facts(&[
        ("similar_mark", "驳回理由:与一件在先注册的商标近似", "Grounds: similar to an earlier registered mark"),
        ("evidence", "复审需要使用证据:销售合同、发票、宣传材料、获奖证明", "The review needs evidence of use: sales contracts, invoices, marketing material, awards"),
        ("non_use", "在先商标可能连续三年没有使用,可以考虑申请撤销", "The earlier mark may not have been used for three years; a non-use cancellation is worth considering"),
    ])
    .steps(vec![
        step("s_notice", Goal::NotifyWithinHour, 60, 2, l(
            "收到商标驳回通知书:与一件在先商标近似。",
            "The refusal notice arrives: too similar to an earlier mark.",
        ), vec![
            choice(Rank::Best, "s_plan", 45, l(
                "当天就告诉客户:驳回理由、复审的期限和把握、需要他准备哪些证据,以及接下来的时间表",
                "Tell the client the same day: the grounds, the review deadline and chances, what evidence to prepare, and the timetable",
            ), l(
                "带着期限、方案和清单去沟通,客户马上能配合。",
                "Calling with the deadline, the plan and the list lets the client help at once.",
            )).notify().learn("similar_mark").s(5, 3, 3, 5, 3),
            choice(Rank::Acceptable, "s_plan", 1_440, l(
                "先请商标代理人分析把握有多大,第二天再告诉客户",
                "Have a trademark attorney assess the chances first and tell the client the next day",
            ), l(
                "分析有价值,但客户隔了一天才知道,早就超过了一小时。",
                "The analysis helps, but the client hears a day later, far past the hour.",
            )).notify().learn("similar_mark").s(0, 3, 0, 3, 0),
            choice(Rank::Poor, "s_plan", 10, l(
                "客户没问就先不说,反正还有 15 天",
                "Say nothing until the client asks; there are 15 days",
            ), l(
                "15 天听着长,证据收集却很耗时,沉默只会挤掉准备时间。",
                "Fifteen days sounds long, but gathering evidence is slow; silence eats the time.",
            )).learn("similar_mark").s(-5, 0, -3, 0, -5),
        ]),
        step("s_plan", Goal::Remedy, 90, 2, l(
            "决定提起驳回复审。证据要从客户的销售、宣传和获奖材料里找。",
            "You will request a review. The evidence must come from the client's sales, marketing and awards.",
        ), vec![
            choice(Rank::Best, "s_quiet", 120, l(
                "列出证据清单并分工:执行专员整理销售合同和发票,后勤去客户那里取宣传和获奖材料原件;约定每天给客户发一份进度报告",
                "Draw up the evidence list and split it: an executor sorts contracts and invoices, logistics collects marketing and award originals from the client, and the client gets a daily progress report",
            ), l(
                "分工到人,每日报告让客户看得见进展。",
                "Work split by person, and a daily report that lets the client see progress.",
            )).learn("evidence").s(3, 5, 3, 10, 5),
            choice(Rank::Acceptable, "s_quiet", 30, l(
                "把证据清单发给客户,请他一周内准备好",
                "Send the client the evidence list and ask for it within a week",
            ), l(
                "清单给了,但整理和核对全压在客户身上,进度也看不见。",
                "The list is sent, but gathering and checking fall on the client and nobody sees progress.",
            )).learn("evidence").slack(-2).s(0, 3, 0, 4, 2),
            choice(Rank::Poor, "s_quiet", 30, l(
                "先提交复审申请,证据以后再说",
                "File the review request now and sort out evidence later",
            ), l(
                "没有证据支撑的复审很难成功,后补还可能错过期限。",
                "A review without evidence rarely succeeds, and evidence added later may miss the deadline.",
            )).s(0, -5, 0, -5, 0),
        ]),
        step("s_quiet", Goal::Empathy, 60, 1, l(
            "一周过去,复审材料还在整理。客户发来消息:“你们是不是不管我了?”",
            "A week on, the review file is still being assembled. The client messages: \"Have you forgotten about me?\"",
        ), vec![
            choice(Rank::Best, "s_submit", 30, l(
                "马上回电话,讲清这一周收集了哪些证据、联系了谁、预计哪天提交,并把每日进度报告固定下来",
                "Call back at once with the evidence gathered this week, who was contacted and when it will be filed, and make the daily report a fixture",
            ), l(
                "透明化让客户看见你们在为他忙,焦虑自然就消了。",
                "Transparency shows the client you are busy on his behalf, and the worry fades.",
            )).mood(3).s(3, 0, 8, 3, 3),
            choice(Rank::Poor, "s_submit", 5, l(
                "回一句“在办了,别担心”",
                "Reply \"We're on it, don't worry\"",
            ), l(
                "一句空话挡不住担心,客户只会更不放心。",
                "An empty phrase stops no worry; the client trusts you less.",
            )).mood(-2).s(0, 0, -3, 0, -2),
        ]),
        step("s_submit", Goal::ForeseeMaterialsRisk, 60, 1, l(
            "提交前,你发现一份销售合同上的公司名称是客户改名前的旧名称。",
            "Before filing, you notice that one sales contract carries the client's name from before it was changed.",
        ), vec![
            choice(Rank::Best, "end_good", 60, l(
                "附上名称变更证明,在证据说明里写清前后名称的关系",
                "Attach the proof of the name change and explain the old and new names in the evidence statement",
            ), l(
                "名称不一致就用证明把它接上,证据链才完整。",
                "A name mismatch is bridged with proof, which keeps the chain of evidence whole.",
            )).s(0, 10, 0, 5, 0),
            choice(Rank::Poor, "end_mixed", 10, l(
                "原样提交,审查员应该看得懂",
                "Submit it as is; the examiner will understand",
            ), l(
                "不能指望审查员替你补证据,关联不明的证据可能不被采信。",
                "You cannot expect the examiner to fill the gap; evidence with an unclear link may be discounted.",
            )).s(0, -5, 0, -3, 0),
            choice(Rank::Harmful, "end_bad", 20, l(
                "把合同上的旧名称改成新名称再扫描",
                "Change the old name on the contract to the new one and rescan it",
            ), l(
                "篡改证据是严重违规,可能让复审失败,还会损害客户的信誉。",
                "Altering evidence is a serious violation that can sink the review and damage the client's reputation.",
            )).s(0, -10, 0, -5, -10),
        ]),
        end("end_good", Ending::Good, l(
            "复审材料按期提交,证据完整。几个月后复审决定下来,商标获准注册。客户说每天的进度报告让他很踏实。",
            "The review is filed on time with complete evidence. Months later the decision comes: the mark is registered. The client says the daily reports kept him calm.",
        )),
        end("end_mixed", Ending::Mixed, l(
            "复审提交了,但有一份证据被认为关联不明,结果还在等待,客户有些没底。",
            "The review is filed, but one piece of evidence is judged unclear; the result is pending and the client is uneasy.",
        )),
        end("end_bad", Ending::Bad, l(
            "篡改的证据被发现,复审被驳回,客户的信誉也受到了影响。",
            "The altered evidence is discovered, the review is refused, and the client's reputation suffers.",
        )),
    ])
    .injects(vec![
        inject(60, l(
            "客户的市场部打来电话:新品包装已经印上了商标,问注册什么时候能下来。",
            "The client's marketing team calls: the new packaging already carries the mark; when will it be registered?",
        ))
        .when(Condition::ClientNotNotified)
        .mood(-2)
        .money(100_000),
        inject(150, l(
            "商标代理人提醒:在先商标可能三年没有使用,可以考虑申请撤销。",
            "The trademark attorney points out that the earlier mark may be unused for three years; a cancellation could be requested.",
        ))
        .chance(50)
        .learn("non_use"),
    ])
}
