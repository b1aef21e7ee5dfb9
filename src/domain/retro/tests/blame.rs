use proptest::prelude::*;

use super::*;

#[test]
fn chinese_blame_is_flagged() {
    for (answer, phrase, target) in [
        ("经办人疏忽", "经办人疏忽", BlameTarget::Person),
        ("因为客户没给材料", "客户没给材料", BlameTarget::Client),
        (
            "客户 没给 材料，所以晚了",
            "客户没给材料",
            BlameTarget::Client,
        ),
        ("业务员太粗心了", "粗心", BlameTarget::Person),
        ("做事马虎", "马虎", BlameTarget::Person),
        ("提交前没注意名称差异", "没注意", BlameTarget::Person),
        ("小王忘了带公章", "忘了", BlameTarget::Person),
    ] {
        let flag = blame_flag(answer).unwrap_or_else(|| panic!("{answer} not flagged"));
        assert_eq!(flag.phrase, phrase, "{answer}");
        assert_eq!(flag.target, target, "{answer}");
    }
}

#[test]
fn english_blame_is_flagged_whatever_the_case_width_or_apostrophe() {
    for (answer, target) in [
        ("He was careless.", BlameTarget::Person),
        ("HUMAN ERROR", BlameTarget::Person),
        ("Someone forgot to check the seal page", BlameTarget::Person),
        ("The client didn't send the contract", BlameTarget::Client),
        ("The client didn’t send the contract", BlameTarget::Client),
        ("the   client   did not   send it", BlameTarget::Client),
        ("Ｈｅ　ｗａｓ　ｃａｒｅｌｅｓｓ", BlameTarget::Person),
        ("It was the client's fault", BlameTarget::Client),
    ] {
        let flag = blame_flag(answer).unwrap_or_else(|| panic!("{answer} not flagged"));
        assert_eq!(flag.target, target, "{answer}");
    }
}

#[test]
fn systemic_answers_pass_in_both_languages() {
    for answer in [
        "业务员不熟悉《国民经济行业分类》，提交前没有对照标准表述的环节",
        "材料清单里没有专利权人名称这一项，预审也不比对",
        "系统升级的通知没有进入风险预警库",
        "The checklist has no line for the patent holder's name",
        "Nobody had trained the clerk on the industry classification",
        "There is no step that compares the scope with the standard wording",
        "A carefully designed form would have caught it",
        "",
    ] {
        assert_eq!(blame_flag(answer), None, "{answer}");
    }
}

#[test]
fn a_negated_phrase_does_not_count_but_the_next_clause_does() {
    assert_eq!(blame_flag("不是因为经办人疏忽，而是没有核对环节"), None);
    assert_eq!(blame_flag("并非粗心"), None);
    assert_eq!(blame_flag("It was not because he was careless"), None);
    assert_eq!(
        blame_flag("He wasn't careless; the form is confusing"),
        None
    );
    assert!(blame_flag("经办人疏忽，不是系统问题").is_some());
    assert!(blame_flag("Not the system, but he was careless").is_some());
}

#[test]
fn a_chain_needs_two_levels_and_must_not_end_at_a_person() {
    let w = |a: &str| Why::new("为什么？", a);
    let empty = check_chain(&[]);
    assert!(!empty.complete && empty.too_short && !empty.needs_deeper);

    let one = check_chain(&[w("经营范围表述不规范")]);
    assert!(one.too_short && !one.complete);

    let stopped = check_chain(&[w("经营范围表述不规范"), w("经办人疏忽")]);
    assert!(!stopped.complete && stopped.needs_deeper && !stopped.too_short);
    assert_eq!(stopped.flagged_levels, vec![1]);

    let dug = check_chain(&[
        w("经营范围表述不规范"),
        w("经办人疏忽"),
        w("业务员不熟悉行业分类，也没有规范表述手册可查"),
    ]);
    assert!(dug.complete && !dug.needs_deeper);
    assert_eq!(dug.flagged_levels, vec![1], "the flag stays visible");
    assert_eq!(dug.levels, 3);

    // A blank level being typed does not count, nor hide the flag above it.
    let typing = check_chain(&[w("经营范围表述不规范"), w("经办人疏忽"), w("  ")]);
    assert!(typing.needs_deeper && !typing.complete);
}

#[test]
fn the_next_question_digs_deeper_after_blame() {
    let whys = vec![Why::new("为什么被退回？", "经营范围表述不规范。")];
    assert_eq!(
        next_question(&whys, "申请被退回", Lang::Zh),
        "为什么“经营范围表述不规范”？"
    );
    assert_eq!(
        next_question(&[], "申请被退回", Lang::En),
        "Why: “申请被退回”?"
    );
    let stopped = vec![Why::new("为什么不规范？", "经办人疏忽")];
    let q = next_question(&stopped, "", Lang::Zh);
    assert!(q.contains("流程、工具、培训，还是信息"), "{q}");
    let client = vec![Why::new("Why late?", "The client didn't send the contract")];
    assert!(next_question(&client, "", Lang::En).contains("Why did our process not catch it"));
    let flag = blame_flag("human error").expect("flagged");
    assert!(flag
        .prompt(Lang::En)
        .contains("the process, a tool, training, or information"));
}

#[test]
fn every_phrase_flags_itself() {
    for phrase in BLAME_PHRASES {
        let flag = blame_flag(phrase.text).unwrap_or_else(|| panic!("{}", phrase.text));
        assert_eq!(flag.target, phrase.target, "{}", phrase.text);
    }
}

proptest! {
    #[test]
    fn the_guard_never_panics(text in "\\PC{0,80}") {
        let _ = blame_flag(&text);
        let _ = check_chain(&[Why::new("?", text.clone())]);
        let _ = next_question(&[Why::new("?", text.clone())], &text, Lang::Zh);
    }

    #[test]
    fn surrounding_text_does_not_hide_a_phrase(prefix in "[a-z ]{0,12}", index in 0usize..BLAME_PHRASES.len()) {
        let phrase = BLAME_PHRASES[index];
        let text = format!("{prefix}. {}", phrase.text);
        prop_assert!(blame_flag(&text).is_some(), "{}", text);
    }
}

#[test]
fn an_answer_that_names_a_person_stops_at_a_person() {
    for (answer, name) in [
        ("刘洋接案时没有核对", "刘洋"),
        ("是陈静的错", "陈静"),
        ("因为王小明没有复核专利证书", "王小明"),
        ("小李漏了盖章页", "小李"),
        ("老张没问清楚客户", "老张"),
        ("业务员赵磊填错了经营范围", "赵磊"),
    ] {
        let flag = blame_flag(answer).unwrap_or_else(|| panic!("{answer} not flagged"));
        assert_eq!(flag.phrase, name, "{answer}");
        assert_eq!(flag.target, BlameTarget::Person, "{answer}");
    }
}

#[test]
fn a_known_name_counts_wherever_it_stands() {
    let team = ["欧阳娜娜", "张敏"];
    let flag = blame_flag_knowing("材料最后是欧阳娜娜拿去的", &team).expect("named");
    assert_eq!(flag.phrase, "欧阳娜娜");
    assert_eq!(
        blame_flag("材料最后是欧阳娜娜拿去的"),
        None,
        "an unknown compound surname"
    );
    // The chain must dig past it.
    let whys = vec![
        Why::new("为什么被退回？", "经营范围表述不规范"),
        Why::new("为什么不规范？", "刘洋接案时没有核对"),
    ];
    let check = check_chain(&whys);
    assert!(check.needs_deeper && !check.complete);
    assert!(next_question(&whys, "", Lang::Zh).contains("停在了某个人身上"));
}

#[test]
fn words_that_start_with_a_surname_are_not_names() {
    for answer in [
        "高新认定时没有提交专利变更证明",
        "方案里没有写备用银行",
        "顾客没有收到通知",
        "严重的是系统没有提醒",
        "周末窗口没有开放",
        "因为江北区税务局系统升级",
        "许可证的经营范围没有更新",
        "程序上没有复核这一步",
    ] {
        assert_eq!(named_person(answer, &[]), None, "{answer}");
    }
}
