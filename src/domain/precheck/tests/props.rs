//! Properties: the engine and the schedule never panic on arbitrary values, finding keys are
//! unique, and any real change after signing leaves no standing signature.

use proptest::prelude::*;

use super::*;
use crate::domain::catalog::BUILTIN_KEYS;
use crate::domain::lang::Lang;

/// Values that stress the readers: dates, near-dates, codes, huge numbers, odd Unicode.
fn value() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[0-9]{4}[-/.年][0-9]{1,2}[-/.月][0-9]{1,2}日?",
        "[0-9A-Z]{17,19}",
        "[0-9xX]{14,20}",
        "-?[0-9,]{0,20}(\\.[0-9]{0,3})?",
        Just("长期".to_owned()),
        Just(OTHER_FORM.to_owned()),
        Just("一切等等".to_owned()),
        Just("\u{3000}\u{202e}（）".to_owned()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn the_engine_never_panics(
        service_ix in 0..BUILTIN_KEYS.len(),
        edits in proptest::collection::vec((0usize..20, 0usize..3, 0usize..15, value()), 0..40),
        today_offset in -4000i64..4000,
        presence in 0usize..3,
    ) {
        let mut fx = clean(BUILTIN_KEYS[service_ix], "2026-06-30", 3);
        for (m, item, f, v) in edits {
            let key = fx.pc.materials[m % fx.pc.materials.len()].key.clone();
            let field = FieldKind::ALL[f];
            if item > 0 {
                // Repeated materials may grow; single ones refuse, which is fine.
                if let Ok(pc) = fx.pc.add_item(&key, "p", at(5)) {
                    fx.pc = pc;
                }
            }
            let item = item.min(fx.pc.material(&key).map_or(1, |m| m.items.len()) - 1);
            if let Ok(pc) = fx.pc.set_field(&key, item, field, &v, "p", at(6)) {
                fx.pc = pc;
            }
        }
        fx = fx.presence(Presence::ALL[presence]);
        let today = today() + chrono::Duration::days(today_offset);
        let findings = run(&fx.pc, &fx.case, Some(&fx.service), &cal(), today);
        let mut keys: Vec<String> = findings.iter().map(Finding::key).collect();
        let n = keys.len();
        keys.sort();
        keys.dedup();
        prop_assert_eq!(keys.len(), n);
        for f in &findings {
            for lang in [Lang::Zh, Lang::En] {
                prop_assert!(!f.explanation(lang).is_empty());
                prop_assert!(!f.basis(lang).is_empty());
                prop_assert!(!f.fix_text(lang).is_empty());
            }
        }
        if let Ok(plan) = feasibility(&findings, &fx.case, &cal(), today) {
            prop_assert_eq!(plan.feasible, plan.slack_working_days >= 0);
            let cal = cal();
            let hard = fx.case.hard_date;
            for s in &plan.steps {
                // Starting on the latest start leaves exactly the needed working days.
                prop_assert!(s.latest_start <= hard);
                prop_assert!(cal.is_working_day(s.latest_start).value);
                let left = cal.working_days_between(s.latest_start, hard).expect("span").value;
                prop_assert_eq!(left, i64::from(s.latest_start_working_days_before));
                prop_assert!(s.earliest_start <= s.earliest_finish);
            }
            let finish = cal.add_working_days(today, plan.required_working_days).expect("add").value;
            prop_assert_eq!(plan.finish(), finish);
            let _ = plan.summary(Lang::Zh);
        }
    }

    #[test]
    fn any_change_after_signing_reopens_review(
        f in 0usize..15,
        v in value(),
    ) {
        let fx = clean("high_tech_certification", "2026-06-30", 3);
        let findings = fx.run();
        let mut pc = fx.pc.clone();
        for name in ["甲", "乙", "丙"] {
            let req = SignRequest { name: name.into(), ..SignRequest::default() };
            pc = pc.sign(&req, &findings, at(50)).expect("sign");
        }
        let field = FieldKind::ALL[f];
        if let Some(m) = pc.materials.iter().find(|m| m.has_field(field)).map(|m| m.key.clone()) {
            if let Ok(next) = pc.set_field(&m, 0, field, &v, "p", at(60)) {
                if next != pc {
                    prop_assert!(!next.is_locked());
                    prop_assert_eq!(next.must_sign_again(), SignLevel::ALL.to_vec());
                } else {
                    prop_assert!(next.is_signed_off());
                }
            }
        }
    }

    #[test]
    fn readers_never_panic(s in any::<String>()) {
        let _ = parse_date_value(&s);
        let _ = parse_flag(&s);
        let _ = parse_amount_fen(&s);
        let _ = parse_count(&s);
    }
}
