//! `drill` errors and field labels in words: exhaustive matches over the domain's typed
//! values, chosen at render time in the current language.

use crate::domain::drill::error::short;
use crate::domain::drill::graph_issue::capitalise;
use crate::domain::drill::scenario::tr;
use crate::domain::drill::*;
use crate::domain::lang::Lang;

impl EditError {
    pub fn message(&self, lang: Lang) -> String {
        if lang == Lang::En {
            return self.to_string();
        }
        match self {
            EditError::BuiltinReadOnly => "内置场景不能修改,请先复制一份再编辑".to_owned(),
            EditError::InvalidKey { key, problem } => {
                format!("编码「{}」{}", short(key), problem.message(lang))
            }
            EditError::UnknownStep { step } => format!("步骤「{}」不存在", short(step)),
            EditError::DuplicateStepId { step } => format!("步骤编号「{}」已被使用", short(step)),
            EditError::EndingHasNoChoices { step } => {
                format!("步骤「{}」是结局,结局不能有选项", short(step))
            }
            EditError::NoSuchChoice { step, index } => {
                format!("步骤「{}」没有第 {} 个选项", short(step), index + 1)
            }
            EditError::NoSuchInject { index } => format!("不存在第 {} 个突发事件", index + 1),
            EditError::NoSuchFact { index } => format!("不存在第 {} 条信息", index + 1),
            EditError::DuplicateFact { key } => format!("信息编码「{}」已被使用", short(key)),
            EditError::TooMany { max } => format!("这里最多只能有 {max} 项"),
        }
    }
}

impl DrillError {
    pub fn message(&self, lang: Lang) -> String {
        if lang == Lang::En {
            return self.to_string();
        }
        match self {
            DrillError::UnknownStep { step } => format!("场景中没有步骤「{}」", short(step)),
            DrillError::NoSuchChoice { step, index } => {
                format!("步骤「{}」没有第 {} 个选项", short(step), index + 1)
            }
            DrillError::Finished => "本次演练已经结束".to_owned(),
            DrillError::NotFinished => "本次演练还没有结束".to_owned(),
            DrillError::UnknownInject { index } => format!("不存在第 {} 个突发事件", index + 1),
            DrillError::InjectAlreadyDelivered { index } => {
                format!("第 {} 个突发事件已经发生过了", index + 1)
            }
            DrillError::ReplayMismatch { index } => format!(
                "第 {} 个决定与场景对不上(场景在演练之后被修改过)",
                index + 1
            ),
            DrillError::WrongScenario { expected, found } => format!(
                "这条记录属于场景「{}」,不是「{}」",
                short(found),
                short(expected)
            ),
        }
    }
}

impl KeyProblem {
    pub fn message(&self, lang: Lang) -> String {
        match (lang, self) {
            (Lang::Zh, KeyProblem::Empty) => "为空".to_owned(),
            (Lang::Zh, KeyProblem::TooLong) => format!("超过 {MAX_KEY_LEN} 个字符"),
            (Lang::Zh, KeyProblem::InvalidChar(c)) => {
                format!("含有字符 {c:?},只能使用小写字母 a-z、数字 0-9 和下划线 _")
            }
            (Lang::En, _) => self.to_string(),
        }
    }
}

impl GraphIssue {
    pub fn message(&self, lang: Lang) -> String {
        use GraphIssue as G;
        let zh = lang == Lang::Zh;
        let pick = |z: String, e: String| if zh { z } else { e };
        match self {
            G::InvalidScenarioKey { problem } => pick(
                format!("场景编码{}", problem.message(lang)),
                format!("The scenario key {}", problem.message(lang)),
            ),
            G::InvalidServiceKey { problem } => pick(
                format!("服务编码{}", problem.message(lang)),
                format!("The service key {}", problem.message(lang)),
            ),
            G::NoSteps => tr(lang, "场景还没有任何步骤", "The scenario has no steps").to_owned(),
            G::TooMany { what, count, max } => pick(
                format!("{}数量为 {count},超过上限 {max}", what.label(lang)),
                format!(
                    "{count} {} is more than the limit of {max}",
                    what.label(lang)
                ),
            ),
            G::InvalidStepId { step, problem } => pick(
                format!("步骤编号「{}」{}", short(step), problem.message(lang)),
                format!("Step id `{}` {}", short(step), problem.message(lang)),
            ),
            G::DuplicateStepId { step } => pick(
                format!("步骤编号「{}」重复出现", short(step)),
                format!("Step id `{}` is used more than once", short(step)),
            ),
            G::MissingStart { start } => pick(
                format!("开始步骤「{}」不存在", short(start)),
                format!("The start step `{}` does not exist", short(start)),
            ),
            G::StartIsEnding { start } => pick(
                format!("开始步骤「{}」是结局,演练没有任何决定可做", short(start)),
                format!(
                    "The start step `{}` is an ending, so there is nothing to decide",
                    short(start)
                ),
            ),
            G::NoEnding => tr(
                lang,
                "场景没有任何结局步骤,演练无法结束",
                "The scenario has no ending step, so no run can finish",
            )
            .to_owned(),
            G::Unreachable { step } => pick(
                format!("从开始步骤无法到达步骤「{}」", short(step)),
                format!("Step `{}` cannot be reached from the start", short(step)),
            ),
            G::DeadEnd { step } => pick(
                format!("步骤「{}」既不是结局,也没有任何选项(死胡同)", short(step)),
                format!(
                    "Step `{}` is not an ending and has no choices (a dead end)",
                    short(step)
                ),
            ),
            G::EndingWithChoices { step } => pick(
                format!("结局步骤「{}」带有选项,这些选项不会出现", short(step)),
                format!(
                    "Ending step `{}` has choices; they are never shown",
                    short(step)
                ),
            ),
            G::MissingTarget {
                step,
                choice,
                target,
            } => pick(
                format!(
                    "步骤「{}」的第 {} 个选项指向不存在的步骤「{}」",
                    short(step),
                    choice + 1,
                    short(target)
                ),
                format!(
                    "Choice {} of step `{}` leads to step `{}`, which does not exist",
                    choice + 1,
                    short(step),
                    short(target)
                ),
            ),
            G::InjectMissingTarget { inject, target } => pick(
                format!(
                    "第 {} 个突发事件跳转到不存在的步骤「{}」",
                    inject + 1,
                    short(target)
                ),
                format!(
                    "Inject {} jumps to step `{}`, which does not exist",
                    inject + 1,
                    short(target)
                ),
            ),
            G::InjectGotoEnding { inject, target } => pick(
                format!(
                    "第 {} 个突发事件跳转到结局「{}」;突发事件只能跳到决策步骤",
                    inject + 1,
                    short(target)
                ),
                format!(
                    "Inject {} jumps to ending `{}`; an inject may only jump to a decision step",
                    inject + 1,
                    short(target)
                ),
            ),
            G::CycleWithoutExit { steps } => {
                let list = steps
                    .iter()
                    .map(|s| short(s))
                    .collect::<Vec<_>>()
                    .join(", ");
                pick(
                    format!("步骤 {list} 构成循环,且无法走到任何结局"),
                    format!("Steps {list} form a loop from which no ending can be reached"),
                )
            }
            G::EmptyText { at, field } => pick(
                format!("{}的{}(中文)为空", at.describe(lang), field.label(lang)),
                format!(
                    "The {} of {} is empty (Chinese)",
                    field.label(lang),
                    at.describe(lang)
                ),
            ),
            G::TextTooLong {
                at,
                field,
                chars,
                max,
            } => pick(
                format!(
                    "{}的{}有 {chars} 个字,超过上限 {max}",
                    at.describe(lang),
                    field.label(lang)
                ),
                format!(
                    "The {} of {} has {chars} characters, more than {max}",
                    field.label(lang),
                    at.describe(lang)
                ),
            ),
            G::TimeLimitOutOfRange {
                step,
                secs,
                min,
                max,
            } => pick(
                format!(
                    "步骤「{}」的限时 {secs} 秒不在 {min}–{max} 秒之间",
                    short(step)
                ),
                format!(
                    "Step `{}` has a time limit of {secs} s, outside {min}–{max} s",
                    short(step)
                ),
            ),
            G::DefaultChoiceOutOfRange { step, index } => pick(
                format!(
                    "步骤「{}」的超时默认选项(第 {} 个)不存在",
                    short(step),
                    index + 1
                ),
                format!(
                    "Step `{}`: the default choice on time-out (no. {}) does not exist",
                    short(step),
                    index + 1
                ),
            ),
            G::ValueOutOfRange {
                at,
                field,
                value,
                min,
                max,
            } => pick(
                format!(
                    "{}的{} {value} 不在 {min} 至 {max} 之间",
                    at.describe(lang),
                    field.label(lang)
                ),
                format!(
                    "The {} of {} is {value}, outside {min} to {max}",
                    field.label(lang),
                    at.describe(lang)
                ),
            ),
            G::InvalidFactKey { fact, problem } => pick(
                format!("第 {} 条信息的编码{}", fact + 1, problem.message(lang)),
                format!("The key of fact {} {}", fact + 1, problem.message(lang)),
            ),
            G::DuplicateFact { key } => pick(
                format!("信息编码「{}」重复出现", short(key)),
                format!("Fact key `{}` is used more than once", short(key)),
            ),
            G::UnknownFact { at, key } => pick(
                format!("{}引用了未定义的信息「{}」", at.describe(lang), short(key)),
                format!(
                    "{} refers to fact `{}`, which is not defined",
                    capitalise(&at.describe(lang)),
                    short(key)
                ),
            ),
        }
    }
}

impl SkippedScenario {
    pub fn message(&self, lang: Lang) -> String {
        let key = short(&self.key);
        match (&self.reason, lang) {
            (SkipReason::KeyInUse, Lang::Zh) => {
                format!("场景「{key}」的编码已被其他场景使用,暂不显示")
            }
            (SkipReason::KeyInUse, Lang::En) => {
                format!("Scenario `{key}` is hidden: its key is used by another scenario")
            }
            (SkipReason::Invalid(issues), _) => {
                let first = issues.first().map(|i| i.message(lang)).unwrap_or_default();
                match lang {
                    Lang::Zh => format!("场景「{key}」未通过检查,暂不显示:{first}"),
                    Lang::En => format!("Scenario `{key}` is hidden: it fails the check: {first}"),
                }
            }
        }
    }
}

impl PackError {
    /// A message for the import banner; for an invalid scenario it names the first problem.
    pub fn message(&self, lang: Lang) -> String {
        if lang == Lang::En {
            return match self {
                PackError::InvalidScenario { issues, .. } => match issues.first() {
                    Some(first) => format!("{self}, e.g.: {}", first.message(lang)),
                    None => self.to_string(),
                },
                _ => self.to_string(),
            };
        }
        match self {
            PackError::TooLarge { bytes, max } => {
                format!("文件大小 {bytes} 字节,超过上限 {max} 字节")
            }
            PackError::NotJson { line, column } => {
                format!("文件不是有效的 JSON(第 {line} 行第 {column} 列)")
            }
            PackError::NotAPack => "这不是演练场景包文件".to_owned(),
            PackError::WrongFormat { found } => {
                format!("这是「{}」类型的文件,不是演练场景包", short(found))
            }
            PackError::BadVersion => "场景包缺少有效的版本号".to_owned(),
            PackError::NewerVersion { found } => format!(
                "场景包版本为 {found},由更新版本的应用导出(本应用最多支持 {PACK_VERSION}),请先升级应用"
            ),
            PackError::Empty => "场景包里没有任何场景".to_owned(),
            PackError::TooManyScenarios { count, max } => {
                format!("场景包含有 {count} 个场景,一次最多导入 {max} 个")
            }
            PackError::Malformed { index, detail } => {
                format!("第 {} 个场景格式不正确:{}", index + 1, short(detail))
            }
            PackError::BuiltinKey { key } => {
                format!("场景「{}」使用了内置场景的编码,请改名后再导出", short(key))
            }
            PackError::NotBuiltinKey { key } => {
                format!("内置场景文件中的场景「{}」不是内置场景", short(key))
            }
            PackError::DuplicateKey { key } => {
                format!("场景编码「{}」在包中重复出现", short(key))
            }
            PackError::InvalidScenario { key, issues } => {
                let first = issues
                    .first()
                    .map(|i| format!(",例如:{}", i.message(lang)))
                    .unwrap_or_default();
                format!("场景「{}」有 {} 处问题{first}", short(key), issues.len())
            }
        }
    }
}

impl NotifyOutcome {
    pub fn message(self, lang: Lang) -> String {
        match (lang, self) {
            (Lang::Zh, NotifyOutcome::NotApplicable) => "本次演练未出现需要告知客户的失败".into(),
            (Lang::En, NotifyOutcome::NotApplicable) => {
                "No failure to report to the client came up in this run".into()
            }
            (Lang::Zh, NotifyOutcome::InTime { minutes }) => {
                format!("发现问题后 {minutes} 分钟内告知了客户,符合一小时原则")
            }
            (Lang::En, NotifyOutcome::InTime { minutes }) => {
                format!("The client was told {minutes} minutes after the failure became known: within the hour")
            }
            (Lang::Zh, NotifyOutcome::Late { minutes }) => {
                format!("发现问题 {minutes} 分钟后才告知客户,超过了一小时")
            }
            (Lang::En, NotifyOutcome::Late { minutes }) => {
                format!("The client was told only {minutes} minutes after the failure became known: over the hour")
            }
            (Lang::Zh, NotifyOutcome::Pending { minutes_left }) => {
                format!("还剩 {minutes_left} 分钟必须告知客户")
            }
            (Lang::En, NotifyOutcome::Pending { minutes_left }) => {
                format!("{minutes_left} minutes left to tell the client")
            }
            (Lang::Zh, NotifyOutcome::Missed) => "始终没有主动告知客户".into(),
            (Lang::En, NotifyOutcome::Missed) => "The client was never told".into(),
        }
    }
}
