//! The message catalogue. Each entry: key => Chinese, English.

macro_rules! messages {
    ($($key:ident => $zh:literal, $en:literal;)*) => {
        /// A message key. Every key has a Chinese and an English text.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum K { $($key),* }

        impl K {
            pub const ALL: &'static [K] = &[$(K::$key),*];

            pub fn zh(self) -> &'static str {
                match self { $(K::$key => $zh),* }
            }

            pub fn en(self) -> &'static str {
                match self { $(K::$key => $en),* }
            }
        }
    };
}

messages! {
AppName => "加急护航", "Expedite Guard";
SkipToContent => "跳到正文", "Skip to content";
SwitchLanguage => "切换语言", "Switch language";
Loading => "正在读取本机数据…", "Reading the data on this device…";
NavHome => "首页", "Home";
NavCases => "案件", "Cases";
NavPrecheck => "材料预审", "Precheck";
NavPlan => "预案工坊", "Contingency plans";
NavResponse => "失败应对", "Failure desk";
NavRetro => "复盘", "Retrospective";
NavDrill => "演练", "Drills";
NavLibrary => "资料库", "Library";
NavData => "数据", "Data";
HomeTitle => "今日关注", "Today";
HomeLead => "加急案件的风险要在开工前看见。先看临近截止的案件，再看各阶段的数量。", "See the risk in an expedited case before work starts. Start with the cases whose hard date is near, then the count at each stage.";
DueThisWeek => "7 天内到期的在办案件", "Open cases due within 7 days";
CasesTitle => "案件登记", "Case register";
NewCase => "新建案件", "New case";
EditCase => "编辑案件", "Edit case";
NoCases => "没有符合条件的案件。", "No cases match.";
CaseNotFound => "找不到这个案件：可能已被删除，或链接有误。", "This case cannot be found: it may have been removed, or the link is wrong.";
FilterStatus => "状态", "Status";
FilterOpen => "在办（未结）", "Open";
FilterAll => "全部", "All";
FilterArchived => "已归档", "Archived";
FilterDue => "截止", "Due";
FilterAnyDate => "不限", "Any time";
SortBy => "排序", "Sort by";
SortDeadline => "截止日期最近", "Nearest hard date";
SortNewest => "最新创建", "Newest";
SortCompany => "客户名称", "Client name";
Search => "搜索", "Search";
SearchPlaceholder => "企业名称、信用代码、业务、人员", "Company, credit code, service, staff";
ColCompany => "客户企业", "Client";
ColService => "业务", "Service";
ColStatus => "状态", "Status";
ColHardDate => "硬性截止日", "Hard date";
ColDaysLeft => "剩余", "Left";
ColPm => "项目经理", "PM";
Closed => "已结束", "Closed";
DueToday => "今天到期", "Due today";
SectionClient => "客户", "Client";
SectionService => "业务与期限", "Service and deadline";
SectionTeam => "案件团队", "Case team";
FieldCompanyName => "企业名称", "Company name";
FieldCreditCode => "统一社会信用代码", "Unified social credit code";
CreditCodeHint => "18 位；接案时未知可先留空。", "18 characters; leave empty if not known at intake.";
FieldLegalRep => "法定代表人", "Legal representative";
FieldContactName => "联系人", "Contact person";
FieldContactPhone => "联系电话", "Contact phone";
FieldServiceName => "业务类型", "Service type";
FieldUrgency => "加急原因", "Reason for urgency";
FieldUrgencyNote => "原因说明", "Details";
FieldHardDate => "硬性截止日", "Hard date";
FieldStartDate => "开始日期", "Start date";
FieldPromisedDays => "承诺工作日", "Promised working days";
FieldPm => "项目经理", "Project manager";
FieldExecutor1 => "执行专员一", "Executor 1";
FieldExecutor2 => "执行专员二", "Executor 2";
FieldLogistics => "后勤支持", "Logistics";
FieldNotes => "备注", "Notes";
UrgencyTender => "投标", "Tender";
UrgencyFinancing => "融资签约", "Financing signing";
UrgencyOpening => "开业", "Opening day";
UrgencyTradeFair => "展会", "Trade fair";
UrgencyBatch => "申报批次", "Application batch";
UrgencyOther => "其他", "Other";
StatusIntake => "接案", "Intake";
StatusPrecheck => "预审", "Precheck";
StatusInProgress => "办理中", "In progress";
StatusSubmitted => "已提交", "Submitted";
StatusDone => "办结", "Done";
StatusFailed => "失败", "Failed";
StatusRecovered => "已补救", "Recovered";
StatusMoves => "推进案件", "Move the case";
Save => "保存", "Save";
Cancel => "取消", "Cancel";
Edit => "编辑", "Edit";
Archive => "归档", "Archive";
Restore => "恢复", "Restore";
ArchivedNote => "此案件已归档：恢复后才能修改。", "This case is archived: restore it to make changes.";
Timeline => "时间线", "Timeline";
EventCreated => "创建案件", "Case created";
EventArchived => "归档", "Archived";
EventRestored => "恢复", "Restored";
FormHasErrors => "表单有需要修改的地方，见各栏下方提示。", "Some fields need attention: see the notes under them.";
ErrHardDateBeforeStart => "硬性截止日早于开始日期，请核对。", "The hard date is before the start date: please check.";
ErrArchived => "案件已归档，请先恢复。", "The case is archived: restore it first.";
ErrNotArchived => "案件未归档。", "The case is not archived.";
LoadFailedTitle => "无法读取本机数据", "The data on this device could not be read";
SaveFailedTitle => "保存失败，修改仍在本页", "Not saved: your change is still on this page";
RetrySave => "重试保存", "Retry saving";
Dismiss => "知道了", "Dismiss";
ErrStorageUnavailable => "浏览器不允许本站存储数据（可能是无痕模式或存储被禁用）。请换用普通窗口。", "The browser does not let this site store data (a private window, or storage is disabled). Use a normal window.";
ErrQuota => "设备存储空间已满。请清理空间，或先导出数据。", "The device's storage is full. Free some space, or export your data first.";
ErrBlocked => "另一个标签页正在使用旧版本，请关闭其他标签页后重试。", "Another tab is using an older version: close other tabs and try again.";
ErrAborted => "浏览器中止了保存。", "The browser aborted the save.";
ErrStorageOther => "存储出错", "Storage error";
ComingSoon => "将在后续版本提供", "Coming in a later version";
SoonPrecheck => "按业务清单逐项核对材料：名称、信用代码、日期交叉一致，校验位，按工作日判断能否按期，并由业务员、主管、法务三级签核。", "Check materials against each service's checklist: names, credit codes and dates consistent across documents, check digits, whether the deadline can be met in working days, and sign-off by clerk, supervisor and legal.";
SoonPlan => "开工前列出最坏情况：风险热力图、带决策时限的替代路径、团队分工、责任条款、政策风险预警与客户沟通计划。", "List the worst cases before work starts: a risk heat map, alternative paths with decide-by times, team roles, responsibility clauses, policy-risk warnings and the client communication plan.";
SoonResponse => "失败时的一小时告知时钟、按失败类型的补救步骤、每日进度报告与补偿方案。", "When it fails: the one-hour client notification clock, remedy steps by failure type, daily progress reports and compensation.";
SoonRetro => "不追责的复盘：追问深一层的原因、改进事项与跨案件统计。", "Blameless retrospectives: dig one layer deeper, action items and statistics across cases.";
SoonDrill => "限时角色扮演演练，让新人在模拟的失败中练习应对。", "Timed role-play drills that let new staff practise on simulated failures.";
SoonLibrary => "业务目录、工作日计算器、信用代码与身份证校验、审核规则、替代路径、政策预警与演练剧本。", "Service catalog, working-day calculator, credit code and ID checks, review rules, alternative paths, warnings and drill scenarios.";
PromiseMissesHardDate => "承诺的办结日晚于硬性截止日：按现在的承诺赶不上，请与客户重新确认或改用更快的路径。", "The promised finish is after the hard date: as promised it cannot be met. Re-agree with the client or switch to a faster path.";
ConflictTitle => "另一个标签页已修改了这条记录", "Another tab changed this record";
ConflictBody => "为避免覆盖对方的修改，这次保存被拒绝。你的修改还在本页。请选择保留哪一版。", "This save was refused so it would not overwrite the other change. Your edit is still on this page: choose which version to keep.";
ConflictTakeStored => "用另一页的版本（放弃我的修改）", "Use the other tab's version (drop my edit)";
ConflictKeepMine => "保留我的修改（覆盖另一版）", "Keep my edit (overwrite the other)";
ExportNow => "立即导出备份", "Export a backup now";
StorageHealth => "存储状态", "Storage health";
RecordsHere => "本机记录数", "Records on this device";
LastExport => "上次导出", "Last export";
NeverExported => "从未导出", "Never";
ChangesSinceExport => "导出后的修改", "Changes since the last export";
Persisted => "持久存储", "Persistent storage";
PersistYes => "已获准：浏览器不会自动清除", "Granted: the browser will not evict it";
PersistNo => "未获准：空间紧张时浏览器可能清除数据，请定期导出", "Not granted: the browser may evict data when space runs low; export regularly";
PersistUnknown => "浏览器未说明", "The browser does not say";
SpaceUsed => "已用空间", "Space used";
RequestPersist => "申请持久存储", "Ask for persistent storage";
ExportAll => "导出全部数据", "Export all data";
ReminderDays => "超过多少天未导出时提醒", "Remind me after this many days without an export";
ImportTitle => "导入备份", "Import a backup";
ChooseBackupFile => "选择备份文件（.json）", "Choose a backup file (.json)";
Reading => "正在读取…", "Reading…";
FileUnreadable => "无法读取这个文件。", "This file could not be read.";
ImportModeLegend => "导入方式", "How to import";
ModeMerge => "合并", "Merge";
ModeMergeHelp => "按编号合并，较新的版本保留；双方同时改过的记录列出由你选择。", "Union by id; the newer version wins; records both sides changed are listed for you to choose.";
ModeCopies => "作为副本添加", "Add as copies";
ModeCopiesHelp => "文件中的每条记录都以新编号加入，不覆盖任何现有记录。", "Every record in the file is added under a new id; nothing here is overwritten.";
ModeRestore => "恢复（整体替换）", "Restore (replace everything)";
ModeRestoreHelp => "用文件内容替换本机全部数据。", "Replace all data on this device with the file.";
ApplyImport => "应用导入", "Apply the import";
ConfirmRestore => "确认替换", "Confirm and replace";
ConflictsTitle => "需要你选择的冲突", "Conflicts to choose";
KeepOurs => "保留本机", "Keep this device's";
TakeTheirs => "采用文件", "Take the file's";
PvKind => "类别", "Kind";
PvInFile => "文件中", "In file";
PvNew => "新增", "New";
PvNewer => "较新", "Newer";
PvOlder => "较旧", "Older";
PvSame => "相同", "Same";
PvConflicts => "冲突", "Conflicts";
PvOnlyHere => "仅本机有", "Only here";
KindCases => "案件", "Cases";
KindOther => "其他记录", "Other records";
ExportCase => "导出此案件", "Export this case";
BackupReminder => "距上次导出备份已超过提醒天数。设备丢失或浏览器清除数据时，只有导出的文件能找回数据。", "It is longer than your reminder interval since the last backup. If the device is lost or the browser clears its data, only an exported file brings it back.";
NotFoundTitle => "没有这个页面", "There is no such page";
BackHome => "返回首页", "Back to the home screen";
}
