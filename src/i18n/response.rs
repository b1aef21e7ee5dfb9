//! The 失败应对 failure desk's message catalogue. Each entry: key => Chinese, English.

messages! { RespK;
Loading => "正在读取本机数据…", "Reading the data on this device…";
AreaTitle => "失败应对", "Failure desk";
AreaLead => "加急案件出了问题：在对客户承诺的时限内（默认一小时）告诉客户，全员分头补救，每天报进度（含周末和节假日），公平地谈补偿。这里列出所有正在计时的通知时钟和今天还没发的进度报告。", "When an expedited case fails: tell the client within the promised window (an hour by default), put every role on the remedy, report every day (weekends and holidays included), settle compensation fairly. Every running notification clock and every report still due today is listed here.";
OpenFailures => "正在处理的失败", "Failures being handled";
NoOpenFailures => "目前没有正在处理的失败。", "No failure is being handled right now.";
AlertsTitle => "需要马上处理", "Needs action now";
AlertsClocks => "告知客户时钟", "Client notification clocks";
AlertsNoClock => "没有正在计时的时钟：所有失败都已通知客户。", "No clock is running: every client has been told.";
AlertsReports => "今天未发的进度报告", "Progress reports due today";
AlertsNoReport => "今天的进度报告都已发出。", "Every report due today has been sent.";
AlertsReportDue => "今天的进度报告还没发", "Today's report has not been sent";
CaseFinished => "这个案件已经结束（办结或已补救），不能再登记失败。", "This case is finished (done or recovered); no new failure can be raised.";
CompShort => "补偿", "Compensation";
CaseArchived => "这个案件已归档，不能登记新的失败。", "This case is archived; no new failure can be raised.";
RaiseLead => "发现这个案件可能办不成了？马上登记：告知客户的时钟从发现时间开始计时（时限按预案中对客户的承诺，默认一小时），案件状态转为“失败”。", "Does this case look like failing? Raise it now: the client notification clock starts at the time it was found (the window is what the plan promises the client, one hour by default), and the case moves to Failed.";
RaiseTitle => "登记失败", "Raise a failure";
RaiseSubmit => "登记失败并开始计时", "Raise it and start the clock";
RaiseAnother => "登记另一项失败", "Raise another failure";
FailureKindLabel => "失败类型", "Type of failure";
WhatHappenedLabel => "发生了什么", "What happened";
AmountLabel => "涉及金额（元）", "Amount involved (yuan)";
AmountHint => "例如补缴的税款、罚款；没有可不填。", "A tax to pay, a fine; leave empty if none.";
DiscoveredLabel => "发现时间", "Found at";
DiscoveredHint => "默认为现在；告知时钟从这里开始。", "Now unless changed; the notification clock starts here.";
BadTime => "请填写完整的日期和时间。", "Enter a full date and time.";
ClockLeft => "距告知时限还剩", "Left to tell the client";
ClockHour => "告知客户时限", "Client notification window";
ClockOverdue => "已超时", "Overdue";
ClockTook => "通知用时", "Client told after";
NextLabel => "下一步", "Next";
NextNotify => "通知客户", "Tell the client";
NextAddSteps => "安排补救步骤", "Set up the remedy steps";
NextTickSteps => "完成补救步骤", "Work through the remedy steps";
NextReport => "发今天的进度报告", "Send today's progress report";
NextClose => "结束处理", "Close the failure";
SectionNotify => "① 通知客户", "① Tell the client";
SectionSteps => "② 补救步骤", "② Remedy steps";
SectionReport => "③ 每日进度报告（每天一次，含周末和节假日，与合同条款一致）", "③ Daily progress report (every day, weekends and holidays included, as the contract clause says)";
SectionComp => "④ 补偿", "④ Compensation";
SectionClose => "⑤ 结束处理", "⑤ Close";
NotifiedAt => "已通知客户：", "Client told:";
EstimateTitle => "预计时间（从今天起的工作日数）", "Estimate (working days from today)";
EstimateResubmit => "几个工作日后重新提交", "Resubmit in (working days)";
EstimateFinish => "几个工作日后办结", "Finish in (working days)";
EstimateSave => "设定预计时间", "Set the estimate";
EstimateNumbers => "请填写两个整数工作日数（0 表示今天）。", "Enter two whole numbers of working days (0 = today).";
EstimateMisses => "按这个预计，办结会晚于客户的硬性截止日。", "With this estimate the case finishes after the client's hard date.";
DraftLabel => "给客户的通知（草稿）", "Message to the client (draft)";
DraftHint => "先共情，再用大白话讲原因、金额、我们在做什么和预计日期。可直接修改后复制发送。", "Empathy first, then the cause in plain words, the amount, what we are doing and the dates. Edit it, then copy and send.";
DraftReset => "恢复自动草稿", "Back to the generated draft";
CopyText => "复制全文", "Copy the text";
Copied => "已复制，可以粘贴到微信或短信。", "Copied: paste it into WeChat or a text message.";
CopyFailed => "无法自动复制：请长按文字全选后手动复制。", "Could not copy automatically: select the text and copy it by hand.";
NotifyLogTitle => "记录已通知客户（停止计时）", "Log the notification (stops the clock)";
NotifyChannel => "方式", "How";
NotifyToWhom => "通知了谁", "Who was told";
NotifySaid => "说了什么", "What was said";
NotifyAt => "通知时间", "Told at";
NotifyAtHint => "默认为现在；事后补记可改为实际时间。", "Now unless changed; when logging later, enter the real time.";
NotifyLog => "已通知客户，停止计时", "Client told: stop the clock";
PlaybookAllAdded => "应对手册的步骤都已加入", "Every playbook step is in";
CustomStep => "自定义步骤", "Your own step";
StepRole => "负责岗位", "Seat";
AddStep => "加入步骤", "Add the step";
Unassigned => "（未填写人员）", "(nobody named)";
StepTick => "完成", "Done";
StepDone => "完成于", "done";
StepUndo => "撤销", "Undo";
StepOpen => "未完成", "Not done";
ReportMake => "一键生成今天的进度报告", "Make today's progress report";
ReportRemake => "重新生成今天的报告（会替换已发的）", "Make today's report again (replaces the one sent)";
ReportNote => "补充说明（可选）", "Note to add (optional)";
ReportSend => "标记为已发送", "Mark as sent";
ReportSentNote => "已记录：今天的进度报告已发出。", "Logged: today's progress report is sent.";
ReportHistory => "已发的进度报告", "Reports sent";
ReportNone => "还没有发过进度报告。", "No report sent yet.";
ReportSentAt => "发送于", "sent";
ReportNotSent => "未发送", "not sent";
ReportShow => "查看内容", "Show the text";
CompTitle => "责任与决定", "Responsibility and decision";
CompParty => "责任方", "Whose responsibility";
CompDecision => "决定", "Decision";
CompApprover => "批准人", "Approved by";
CompNote => "备注", "Note";
CompOptions => "补偿方式", "What we offer";
CompRequired => "合同要求", "Required";
CompAmount => "金额（元）", "Amount (yuan)";
CompDescription => "具体内容", "What exactly";
CompFollowUpExample => "例如：三个月社保合规检查", "e.g. three months of compliance checks";
CompGoodwill => "责任不在我方：这里提供的任何补偿都记为善意补偿。", "The fault is not ours: anything offered here counts as goodwill.";
CompAgencyRule => "责任在我方：至少免费重新办理并免收加急费，直接损失在约定上限内承担。", "The fault is ours: at least a free redo and the expedite fee waived; direct losses covered up to the agreed cap.";
CompSharedRule => "双方均有责任：通常免收加急费，其余视情况商定。", "Shared fault: usually the expedite fee is waived; the rest is agreed case by case.";
CompSave => "保存补偿方案", "Save the compensation";
CloseTitle => "结束这次失败处理", "Close this failure";
CloseOutcome => "结果", "Outcome";
CloseNote => "结果说明（可选）", "Note on the outcome (optional)";
CloseHint => "“已补救”会把案件状态改为已补救；“已解决，继续办理”会回到办理中。", "“Recovered” moves the case to Recovered; “Fixed, work resumed” moves it back to In progress.";
CloseSubmit => "结束处理", "Close the failure";
ClosedTitle => "已结束的失败处理", "Closed failures";
ShowDetails => "查看步骤和报告", "Show steps and reports";
TimelineTitle => "案件时间线", "Case timeline";
TimelineHint => "从建档到结果的每一件事，按时间先后；标有“关键”的是复盘要看的节点。", "Everything from the start to the outcome, oldest first; entries marked “key” are the milestones for the retrospective.";
KeyEvent => "关键", "Key";
}

#[cfg(test)]
mod tests {
    use super::RespK;
    use crate::i18n::Msg;

    #[test]
    fn every_failure_desk_message_has_both_texts() {
        for key in RespK::ALL {
            assert!(!key.zh().trim().is_empty(), "{key:?}");
            assert!(!key.en().trim().is_empty(), "{key:?}");
        }
    }
}
