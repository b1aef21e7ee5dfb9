//! Plain-language explanations of findings, in Chinese and English, rendered from [`Detail`].

use super::findings::{difference_label, Detail, Finding};
use super::materials::{Flag, MaterialStatus};
use super::Presence;
use crate::domain::lang::Lang;

pub(super) fn explain(f: &Finding, at: &str, lang: Lang) -> String {
    let zh = lang == Lang::Zh;
    match &f.detail {
        Detail::Mismatch {
            label,
            found,
            reference,
            against,
        } => {
            let kinds = f
                .name_diff
                .as_ref()
                .map(|d| {
                    d.kinds
                        .iter()
                        .map(|k| difference_label(*k, lang))
                        .collect::<Vec<_>>()
                        .join(if zh { "、" } else { ", " })
                })
                .filter(|s| !s.is_empty());
            let found = if found.is_empty() { dash(lang) } else { found.clone() };
            match (zh, kinds) {
                (true, Some(k)) => format!(
                    "{at}上的{}“{found}”与{}上的“{reference}”不一致({k})。要求逐字相同。",
                    label.get(lang),
                    against.label(lang)
                ),
                (true, None) => format!(
                    "{at}上的{}“{found}”与{}上的“{reference}”不一致。要求逐字相同。",
                    label.get(lang),
                    against.label(lang)
                ),
                (false, Some(k)) => format!(
                    "{at}: the {} “{found}” does not match “{reference}” on {} ({k}). They must be identical.",
                    label.get(lang).to_lowercase(),
                    against.label(lang)
                ),
                (false, None) => format!(
                    "{at}: the {} “{found}” does not match “{reference}” on {}. They must be identical.",
                    label.get(lang).to_lowercase(),
                    against.label(lang)
                ),
            }
        }
        Detail::CaseRecord {
            label,
            licence,
            case,
        } => {
            if zh {
                format!(
                    "营业执照上的{}是“{licence}”,案件登记的是“{case}”。以执照为准。",
                    label.get(lang)
                )
            } else {
                format!(
                    "The licence gives the {} as “{licence}”, the case record as “{case}”. The licence is the reference.",
                    label.get(lang).to_lowercase()
                )
            }
        }
        Detail::ScopeDiffers { reference } if zh => format!(
            "{at}上的经营范围与“{}”上的写法不一致。",
            reference.get(lang)
        ),
        Detail::ScopeDiffers { reference } => format!(
            "{at}: the business scope reads differently from the one on “{}”.",
            reference.get(lang)
        ),
        Detail::BadCreditCode { value, error } if zh => {
            format!("{at}上的信用代码“{value}”有误:{}", error.message(lang))
        }
        Detail::BadCreditCode { value, error } => {
            format!("{at}: credit code “{value}” is wrong. {}", error.message(lang))
        }
        Detail::BadIdNumber { masked, error } if zh => {
            format!("{at}上的身份证号 {masked} 有误:{}", error.message(lang))
        }
        Detail::BadIdNumber { masked, error } => {
            format!("{at}: ID number {masked} is wrong. {}", error.message(lang))
        }
        Detail::Expired { expiry, today } => {
            let days = (*today - *expiry).num_days();
            if zh {
                format!("{at}已于 {expiry} 过期(已过 {days} 天),不能再用于办理。")
            } else {
                format!("{at} expired on {expiry} ({days} day(s) ago) and can no longer be used.")
            }
        }
        Detail::ExpiresSoon {
            expiry,
            needed_until,
        } if zh => format!(
            "{at}的有效期到 {expiry},早于办结所需的 {needed_until},办理期间会过期。"
        ),
        Detail::ExpiresSoon {
            expiry,
            needed_until,
        } => format!(
            "{at} is valid until {expiry}, before {needed_until} when the case should be done; it will expire during processing."
        ),
        Detail::IssuedInFuture { issued, today } if zh => {
            format!("{at}的签发日期 {issued} 晚于今天({today}),请核对。")
        }
        Detail::IssuedInFuture { issued, today } => {
            format!("{at}: the issue date {issued} is after today ({today}); check it.")
        }
        Detail::PeriodReversed { start, end } if zh => {
            format!("{at}的期间截止 {end} 早于起始 {start}。")
        }
        Detail::PeriodReversed { start, end } => {
            format!("{at}: the period ends on {end}, before it starts on {start}.")
        }
        Detail::YearsMissing { need, missing } => {
            let years: Vec<String> = missing.iter().map(|y| y.to_string()).collect();
            if zh {
                format!(
                    "{at}须{},缺少 {} 年度。",
                    need.describe(lang),
                    years.join("、")
                )
            } else {
                format!(
                    "{at} must {}; the year(s) {} are not covered.",
                    need.describe(lang),
                    years.join(", ")
                )
            }
        }
        Detail::PeriodTooShort { end, needed_until } => match (zh, end) {
            (true, Some(end)) => {
                format!("{at}的期间到 {end} 截止,早于办结所需的 {needed_until}。")
            }
            (true, None) => format!("{at}没有填写期间截止日,无法确认能覆盖到 {needed_until}。"),
            (false, Some(end)) => format!(
                "{at} runs until {end}, before {needed_until} when the case should be done."
            ),
            (false, None) => {
                format!("{at} has no end date, so it cannot be shown to last until {needed_until}.")
            }
        },
        Detail::PeriodEndsLate { end, hard_date } if zh => format!(
            "{at}的期间到 {end} 才结束,晚于截止日 {hard_date};期满前无法办结,且期间不能缩短。"
        ),
        Detail::PeriodEndsLate { end, hard_date } => format!(
            "{at} runs until {end}, after the hard date {hard_date}; the case cannot close before it ends and it cannot be shortened."
        ),
        Detail::NotReady {
            status,
            required,
            accept_later,
        } => not_ready(at, *status, *required, *accept_later, lang),
        Detail::PageCount { unreadable: false } if zh => {
            format!("{at}没有填写页数,无法确认是否缺页。")
        }
        Detail::PageCount { unreadable: false } => {
            format!("{at} has no page count, so missing pages cannot be ruled out.")
        }
        Detail::PageCount { unreadable: true } if zh => {
            format!("{at}的页数不是有效数字。")
        }
        Detail::PageCount { unreadable: true } => {
            format!("{at}: the page count is not a valid number.")
        }
        Detail::SealPage { flag } => yes_no_missing(at, *flag, true, lang),
        Detail::Signature { flag } => yes_no_missing(at, *flag, false, lang),
        Detail::FieldsEmpty => {
            let labels: Vec<&str> = f.fields.iter().map(|k| k.label(lang)).collect();
            if zh {
                format!("{at}已收到,但{}还没有录入,无法比对。", labels.join("、"))
            } else {
                format!(
                    "{at} is in hand but {} not entered yet, so it cannot be compared.",
                    labels.join(", ")
                )
            }
        }
        Detail::Unreadable { label, value } => {
            let value: String = value.chars().take(40).collect();
            if zh {
                format!("{at}的{}“{value}”无法识别,相关检查已跳过。", label.get(lang))
            } else {
                format!(
                    "{at}: the {} “{value}” cannot be read, so its checks were skipped.",
                    label.get(lang).to_lowercase()
                )
            }
        }
        Detail::LegalRep {
            presence,
            in_person,
            note,
            licence_first,
        } => legal_rep(*presence, *in_person, *licence_first, note, lang),
        Detail::ScopeWording { phrases } => {
            let quoted: Vec<String> = phrases.iter().map(|p| format!("“{p}”")).collect();
            if zh {
                format!(
                    "{at}的经营范围含有{}等不规范说法,很可能被退回。",
                    quoted.join("、")
                )
            } else {
                format!(
                    "{at}: the business scope contains {} — not standard wording; likely to be sent back.",
                    quoted.join(", ")
                )
            }
        }
        Detail::TaxOwed { fen } => {
            let yuan = format!("{}.{:02}", fen / 100, fen % 100);
            if zh {
                format!("{at}记录仍有 {yuan} 元税款未缴,结清前拿不到清税证明。")
            } else {
                format!("{at} records {yuan} yuan of tax still owed; no clearance until it is paid.")
            }
        }
        Detail::PremisesRemarks { words } if zh => format!(
            "{at}的备注提到“{}”,场所可能不符合登记或许可要求,请实地核实。",
            words.join("、")
        ),
        Detail::PremisesRemarks { words } => format!(
            "{at}: the remarks mention “{}”; the premises may not qualify. Inspect the site.",
            words.join(", ")
        ),
        Detail::Pitfall { text, answer: None } if zh => {
            format!("请核实:{}", text.get(lang))
        }
        Detail::Pitfall { text, answer: None } => format!("Please check: {}", text.get(lang)),
        Detail::Pitfall { text, answer: Some(_) } if zh => {
            format!("已核实存在:{}", text.get(lang))
        }
        Detail::Pitfall { text, answer: Some(_) } => {
            format!("Confirmed: {}", text.get(lang))
        }
    }
}

fn dash(lang: Lang) -> String {
    match lang {
        Lang::Zh => "(空)".to_owned(),
        Lang::En => "(empty)".to_owned(),
    }
}

fn not_ready(at: &str, status: MaterialStatus, required: bool, later: bool, lang: Lang) -> String {
    let zh = lang == Lang::Zh;
    let state = status.label(lang);
    match (zh, required, later) {
        (true, true, false) => format!("必交材料“{at}”状态为“{state}”,交齐前无法递交。"),
        (true, true, true) => format!(
            "必交材料“{at}”状态为“{state}”;该材料一般可容缺受理、后补,但须问清后补期限。"
        ),
        (true, false, _) => format!("可选材料“{at}”状态为“{state}”,如要使用请先更换。"),
        (false, true, false) => format!(
            "Required material “{at}” is {}; the file cannot go in until it is complete.",
            state.to_lowercase()
        ),
        (false, true, true) => format!(
            "Required material “{at}” is {}; it can usually follow later (容缺受理), but ask for the deadline.",
            state.to_lowercase()
        ),
        (false, false, _) => format!(
            "Optional material “{at}” is {}; replace it before using it.",
            state.to_lowercase()
        ),
    }
}

fn yes_no_missing(at: &str, flag: Flag, seal: bool, lang: Lang) -> String {
    let zh = lang == Lang::Zh;
    match (zh, seal, flag) {
        (true, true, Flag::No) => format!("{at}缺少盖章页,不能作为有效材料。"),
        (true, true, _) => format!("{at}要求盖章页,但还没有核对是否齐全。"),
        (true, false, Flag::No) => format!("{at}缺少应有的签字。"),
        (true, false, _) => format!("{at}要求签字,但还没有核对是否齐全。"),
        (false, true, Flag::No) => {
            format!("{at} lacks its seal page and does not count as valid.")
        }
        (false, true, _) => format!("{at} needs a seal page, but nobody has checked it yet."),
        (false, false, Flag::No) => format!("{at} lacks required signatures."),
        (false, false, _) => format!("{at} needs signatures, but nobody has checked them yet."),
    }
}

fn legal_rep(
    presence: Presence,
    in_person: bool,
    licence_first: bool,
    note: &str,
    lang: Lang,
) -> String {
    let zh = lang == Lang::Zh;
    let note = match (note.is_empty(), zh) {
        (true, _) => String::new(),
        (false, true) => format!("(说明:{note})"),
        (false, false) => format!(" (note: {note})"),
    };
    match (zh, presence, in_person) {
        (true, Presence::Unavailable, true) if licence_first => format!(
            "本业务有环节要求法定代表人本人到场,但其标记为无法到场{note}。不能等他回来再想办法:远程视频核验、授权委托书、先发执照后补开户回执,三条路同时问。"
        ),
        (true, Presence::Unavailable, true) => format!(
            "本业务有环节要求法定代表人本人到场,但其标记为无法到场{note}。不能等他回来再想办法:远程视频核验和授权委托书,两条路同时问。"
        ),
        (true, Presence::Unavailable, false) => format!(
            "法定代表人无法到场{note};本业务的实名认证等环节可能卡住,请先问清当地接受的认证方式。"
        ),
        (true, _, _) => "本业务有环节要求法定代表人本人到场,请尽早确认其行程。".to_owned(),
        (false, Presence::Unavailable, true) if licence_first => format!(
            "A step of this service needs the legal representative in person, but he or she is marked unable to come{note}. Do not wait for a return: ask about remote video verification, a power of attorney, and licence first with the bank receipt later, all at once."
        ),
        (false, Presence::Unavailable, true) => format!(
            "A step of this service needs the legal representative in person, but he or she is marked unable to come{note}. Do not wait for a return: ask about remote video verification and a power of attorney, both at once."
        ),
        (false, Presence::Unavailable, false) => format!(
            "The legal representative cannot attend{note}; a real-name check in this service may stall, so ask which verification route is accepted locally."
        ),
        (false, _, _) => {
            "A step of this service needs the legal representative in person; confirm his or her schedule early.".to_owned()
        }
    }
}
