//! The second half of the blame guard: answers that name a person ("刘洋接案时没有核对",
//! "是陈静的错", "小王没问"). A chain that stops at a name stops at a person, whatever words
//! follow; the guard asks what let it happen.
//!
//! A name is recognised two ways:
//! - a name the app knows (the case's team, device profiles), anywhere in the answer;
//! - the shape of a Chinese name in the subject of a clause (at its start, or after 是 / 怪 /
//!   因为 / 由于 / 被 / 让 / a role such as 业务员): a common surname and one or two given-name
//!   characters, or 小 / 老 + surname; and the clause says something went wrong (没 / 未 / 忘 /
//!   漏 / 错 / 疏忽 / 的责任 …).
//!
//! Common words that begin with a surname character (高新, 方案, 顾客, 严重 …) are not names.

/// The most common Chinese surnames, minus those that are everyday words on their own here.
const SURNAMES: &str = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘\
                        于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江\
                        尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严";

/// Characters that never stand in a given name here: they are grammar or the verbs of a
/// clause, so "王没" or "高的" are not names.
const NOT_IN_GIVEN_NAME: &str = "的了是在有没未不也都就还又把被给让和与及或但而因为所以时候前后里上下中已将\
                                 会要能可应该需接交提办填核看写拿带忘漏错说做去来到对等个们这那些局部厅所处";

/// Everyday words that start with a surname character.
const NOT_NAMES: &[&str] = &[
    "高新", "高企", "高层", "高管", "高度", "高于", "高峰", "方案", "方面", "方式", "方法", "方向",
    "方便", "周末", "周期", "周边", "周围", "周一", "周二", "周三", "周四", "周五", "周六", "周日",
    "马上", "马虎", "金额", "金融", "金税", "许可", "许多", "程序", "程度", "范围", "范本", "范例",
    "江苏", "江西", "苏州", "白天", "余额", "余下", "余款", "任何", "任务", "任职", "任期", "于是",
    "曾经", "杜绝", "毛病", "毛利", "严格", "严重", "顾客", "顾问", "顾及", "董事", "钱款", "万一",
    "万元", "陆续", "段落", "雷同", "黎明", "夏天", "夏季", "龙头", "石头", "田间", "张贴", "陈述",
    "陈旧", "何况", "何时", "胡乱", "罗列", "林业", "林地", "钟点", "钟头", "时间", "黄金", "史上",
];

/// Words before a name in subject position (besides the start of a clause).
const BEFORE_NAME: &[&str] = &[
    "是",
    "怪",
    "因为",
    "由于",
    "被",
    "让",
    "叫",
    "同事",
    "经办人",
    "业务员",
    "执行专员",
    "专员",
    "项目经理",
    "主管",
    "法务",
    "后勤",
];

/// Words that say the person did something wrong, looked for in the rest of the clause.
const WENT_WRONG: &[&str] = &[
    "没",
    "未",
    "忘",
    "漏",
    "错",
    "疏忽",
    "粗心",
    "大意",
    "失误",
    "不仔细",
    "不认真",
    "不小心",
    "的责任",
    "的问题",
    "负责",
];

/// Ends a clause.
const CLAUSE_END: &str = ",.;:!?，。；：！？、";

/// The first name in `answer` that the chain stops at: a known name used anywhere, or a
/// name-shaped subject of a clause that says something went wrong.
pub fn named_person(answer: &str, known: &[&str]) -> Option<String> {
    let compact: String = answer.chars().filter(|c| !c.is_whitespace()).collect();
    if let Some(name) = known
        .iter()
        .map(|n| n.trim())
        .filter(|n| n.chars().count() >= 2)
        .find(|n| compact.contains(n))
    {
        return Some(name.to_owned());
    }
    compact
        .split(|c| CLAUSE_END.contains(c))
        .find_map(name_in_clause)
}

fn name_in_clause(clause: &str) -> Option<String> {
    let chars: Vec<char> = clause.chars().collect();
    // Every position where a subject may start: the clause start, and after a lead-in word.
    let mut starts = vec![0];
    for lead in BEFORE_NAME {
        let lead: Vec<char> = lead.chars().collect();
        starts.extend(
            (0..chars.len().saturating_sub(lead.len()))
                .filter(|&i| chars[i..i + lead.len()] == lead[..])
                .map(|i| i + lead.len()),
        );
    }
    starts.into_iter().find_map(|s| name_at(&chars, s))
}

/// A name starting at `s` whose clause goes on to say something went wrong.
fn name_at(chars: &[char], s: usize) -> Option<String> {
    let first = *chars.get(s)?;
    // 小王 / 老李: a nickname is always a person.
    let len = if matches!(first, '小' | '老') && chars.get(s + 1).is_some_and(|c| is_surname(*c))
    {
        2
    } else if is_surname(first) {
        let given = chars[s + 1..]
            .iter()
            .take(2)
            .take_while(|c| is_given_name_char(**c))
            .count();
        if given == 0 {
            return None;
        }
        1 + given
    } else {
        return None;
    };
    let name: String = chars[s..s + len].iter().collect();
    if NOT_NAMES
        .iter()
        .any(|w| name.starts_with(w) || w.starts_with(&name))
    {
        return None;
    }
    let rest: String = chars[s + len..].iter().collect();
    WENT_WRONG.iter().any(|w| rest.contains(w)).then_some(name)
}

fn is_surname(c: char) -> bool {
    SURNAMES.contains(c)
}

fn is_given_name_char(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c) && !NOT_IN_GIVEN_NAME.contains(c)
}
