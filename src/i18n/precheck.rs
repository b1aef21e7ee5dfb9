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
LegalRep => "法定代表人能否到场", "Legal representative in person";
LegalRepPresence => "到场情况", "Can attend";
LegalRepNote => "说明(原因、何时能到)", "Note (why, until when)";
Checks => "需人工核实的事项", "Checks to confirm by hand";
CheckHint => "系统无法从材料中看出这些问题,请逐项核实后作答。", "The fields cannot show these; check each and answer.";
CustomAdd => "添加自定义材料", "Add a custom material";
CustomTitle => "材料名称", "Material name";
CustomRequired => "必需材料", "Required";
CustomRepeated => "多份(按列表录入)", "Several items (a list)";
CustomSeal => "需要盖章页", "Needs a seal page";
CustomSignature => "需要签字", "Needs signatures";
CustomFields => "要录入的字段", "Fields to enter";
CustomSubmit => "添加这份材料", "Add the material";
CustomCancel => "收起", "Close";
CustomRemove => "删除这份自定义材料", "Remove this custom material";
CustomBadge => "自定义", "custom";
Reveal => "显示证件号", "Reveal ID numbers";
Hide => "隐藏证件号", "Hide ID numbers";
MaskedHint => "证件号已隐藏;点“显示证件号”后可查看和修改。", "ID number hidden; press “Reveal ID numbers” to see or edit it.";
Audit => "审计记录", "Audit trail";
AuditTime => "时间", "Time";
AuditWho => "操作人", "Person";
AuditWhat => "内容", "Change";
AuditCount => "共 {} 条,最新在前", "{} entries, newest first";
ChainIntact => "✓ 审计链完整", "✓ Audit chain intact";
ChainBroken => "⚠ 审计链不完整:自第 {} 条起记录与哈希链不符,可能被改动过。", "⚠ Audit chain broken: from entry {} on the records do not match the hash chain; they may have been altered.";
Report => "预审报告", "Precheck report";
Signatures => "签核记录", "Signatures";
Level => "级别", "Level";
OverrideReason => "放行理由", "Override reason";
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
