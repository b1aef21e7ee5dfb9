//! The 材料预审 precheck screens' message catalogue. Each entry: key => Chinese, English.

messages! { PreK;
Title => "材料预审", "Material precheck";
Who => "操作人", "Working as";
DefaultWho => "业务员", "Clerk";
StepService => "① 业务与时限", "① Service and deadline";
StepMaterials => "② 材料", "② Materials";
StepFindings => "③ 问题", "③ Findings";
StepFeasibility => "④ 可行性", "④ Feasibility";
StepSignoff => "⑤ 签核", "⑤ Sign-off";
Steps => "预审步骤", "Precheck steps";
Prev => "上一步", "Back";
Next => "下一步", "Next";
Print => "打印预审报告", "Print the report";
Service => "业务", "Service";
HardDate => "硬性截止日", "Hard date";
Promised => "承诺工作日", "Promised working days";
DaysLeft => "距截止剩余工作日", "Working days left";
PromiseMisses => "承诺工期超过截止日", "The promise runs past the hard date";
Start => "开始预审", "Start the precheck";
StartLead => "按本业务的材料清单开始预审:逐份录入材料上的信息,系统自动比对并给出问题和工期。", "Start from this service's checklist: enter what each document says; the check compares them and gives findings and the schedule.";
Status => "状态", "Status";
Item => "第 {} 份", "Item {}";
AddItem => "添加一份", "Add an item";
RemoveItem => "删除这份", "Remove this item";
Unset => "未核实", "Not checked";
Yes => "有", "Yes";
No => "无", "No";
NoFindings => "未发现问题。", "No findings.";
Materials => "涉及材料", "Materials";
Fields => "涉及字段", "Fields";
Basis => "依据", "Basis";
Fix => "处理办法", "Fix";
FixDuration => "处理工期", "Fix time";
Diff => "名称差异", "Name difference";
Feasible => "可以按期完成", "Can be done on time";
Infeasible => "无法按期完成", "Cannot be done on time";
CriticalPath => "关键路径", "Critical path";
LatestStart => "最晚开始", "Latest start";
Critical => "关键", "critical";
ServiceItself => "业务办理", "The service itself";
SignName => "签核人", "Signer";
SignComment => "意见", "Comment";
SignOverride => "放行理由(存在阻断问题时必填)", "Override reason (required with blockers)";
Sign => "签核", "Sign";
SignedBy => "已签", "Signed";
NotSigned => "未签", "Not signed";
Stale => "已失效", "Stale";
MustSignAgain => "材料有改动,需重新签核:", "Materials changed; must sign again: ";
AllSigned => "三级签核已完成。", "All three levels have signed.";
Summary => "阻断 {b} · 警示 {w} · 提示 {n}", "Blockers {b} · warnings {w} · notes {n}";
NotStarted => "未开始", "Not started";
NoCases => "还没有案件。", "No cases yet.";
Case => "案件", "Case";
Findings => "问题", "Findings";
Signed => "签核", "Sign-off";
}

#[cfg(test)]
mod tests {
    use super::PreK;
    use crate::i18n::Msg;

    #[test]
    fn every_precheck_message_has_both_texts() {
        for key in PreK::ALL {
            assert!(!key.zh().trim().is_empty(), "{key:?} has no Chinese text");
            assert!(!key.en().trim().is_empty(), "{key:?} has no English text");
        }
    }
}
