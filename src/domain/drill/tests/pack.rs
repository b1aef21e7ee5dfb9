//! Scenario packs: round trip, refusals, and no panic on mangled input.

use proptest::prelude::*;
use serde_json::json;

use super::support::*;
use crate::domain::drill::pack::{MAX_PACK_BYTES, MAX_PACK_SCENARIOS};

fn custom_pack() -> String {
    let edited = customs().customised_copy("my_customs").unwrap();
    export_pack(&[edited, tiny()])
}

#[test]
fn a_pack_round_trips() {
    let edited = customs().customised_copy("my_customs").unwrap();
    let text = export_pack(&[edited.clone(), tiny()]);
    let back = import_pack(&text).unwrap();
    assert_eq!(back, vec![edited, tiny()]);
    assert!(back.iter().all(|s| !s.builtin));
    let pack: ScenarioPack = serde_json::from_str(&text).unwrap();
    assert_eq!(pack.format, PACK_FORMAT);
    assert_eq!(pack.version, PACK_VERSION);
}

#[test]
fn every_customised_builtin_round_trips() {
    let copies: Vec<Scenario> = builtin_scenarios()
        .iter()
        .enumerate()
        .map(|(i, s)| s.customised_copy(&format!("copy_{i}")).unwrap())
        .collect();
    assert_eq!(import_pack(&export_pack(&copies)).unwrap(), copies);
}

fn refused(value: serde_json::Value) -> PackError {
    import_pack(&value.to_string()).unwrap_err()
}

#[test]
fn wrong_files_are_refused_with_clear_errors() {
    let good: serde_json::Value = serde_json::from_str(&custom_pack()).unwrap();
    assert!(matches!(
        import_pack("{not json"),
        Err(PackError::NotJson { .. })
    ));
    assert_eq!(import_pack("[1,2]"), Err(PackError::NotAPack));
    assert_eq!(
        refused(json!({"version": 1, "scenarios": []})),
        PackError::NotAPack
    );
    assert_eq!(
        refused(json!({"format": "expedite-guard-backup", "version": 1, "scenarios": []})),
        PackError::WrongFormat {
            found: "expedite-guard-backup".into()
        }
    );
    let mut newer = good.clone();
    newer["version"] = json!(2);
    assert_eq!(refused(newer), PackError::NewerVersion { found: 2 });
    for bad in [json!(0), json!("1"), json!(-1), json!(1.5)] {
        let mut v = good.clone();
        v["version"] = bad;
        assert_eq!(refused(v), PackError::BadVersion);
    }
    let mut empty = good.clone();
    empty["scenarios"] = json!([]);
    assert_eq!(refused(empty), PackError::Empty);
    let mut malformed = good.clone();
    malformed["scenarios"][0]["steps"] = json!("many");
    assert!(matches!(
        refused(malformed),
        PackError::Malformed { index: 0, .. }
    ));
    let mut builtin = good.clone();
    builtin["scenarios"][0]["key"] = json!("drill_customs_filing_fair");
    assert!(matches!(refused(builtin), PackError::BuiltinKey { .. }));
    let mut twice = good.clone();
    twice["scenarios"][1]["key"] = json!("my_customs");
    assert_eq!(
        refused(twice),
        PackError::DuplicateKey {
            key: "my_customs".into()
        }
    );
    let mut broken = good.clone();
    broken["scenarios"][1]["steps"][0]["choices"][0]["next"] = json!("ghost");
    let err = refused(broken);
    assert!(matches!(&err, PackError::InvalidScenario { key, .. } if key == "tiny"));
    assert!(err.message(Lang::En).contains("ghost"));
    assert!(err.message(Lang::Zh).contains("ghost"));
    let mut many = good;
    many["scenarios"] = json!(vec![json!({}); MAX_PACK_SCENARIOS + 1]);
    assert!(matches!(refused(many), PackError::TooManyScenarios { .. }));
    let huge = format!("{{\"pad\":\"{}\"}}", "x".repeat(MAX_PACK_BYTES));
    assert!(matches!(
        import_pack(&huge),
        Err(PackError::TooLarge { .. })
    ));
}

#[test]
fn every_error_has_a_message_in_both_languages() {
    let errors = [
        PackError::TooLarge { bytes: 9, max: 1 },
        PackError::NotJson { line: 1, column: 2 },
        PackError::NotAPack,
        PackError::WrongFormat { found: "x".into() },
        PackError::BadVersion,
        PackError::NewerVersion { found: 3 },
        PackError::Empty,
        PackError::TooManyScenarios { count: 9, max: 1 },
        PackError::Malformed {
            index: 0,
            detail: "d".into(),
        },
        PackError::BuiltinKey { key: "k".into() },
        PackError::DuplicateKey { key: "k".into() },
        PackError::InvalidScenario {
            key: "k".into(),
            issues: vec![GraphIssue::NoEnding],
        },
    ];
    for e in errors {
        assert!(!e.message(Lang::Zh).is_empty());
        assert_ne!(e.message(Lang::Zh), e.message(Lang::En));
    }
}

#[test]
fn deeply_nested_input_is_refused_without_overflow() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert!(matches!(import_pack(&deep), Err(PackError::NotJson { .. })));
}

/// Byte-level mutations of a valid pack.
fn mutate(text: &str, edits: &[(usize, u8, u8)]) -> String {
    let mut bytes = text.as_bytes().to_vec();
    for &(pos, kind, byte) in edits {
        if bytes.is_empty() {
            break;
        }
        let i = pos % bytes.len();
        match kind % 3 {
            0 => bytes[i] = byte,
            1 => {
                bytes.remove(i);
            }
            _ => bytes.insert(i, byte),
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

/// Structural mutations: replace one value somewhere in the tree.
fn replace_at(node: &mut serde_json::Value, path: &[usize], with: serde_json::Value) {
    let Some((&p, rest)) = path.split_first() else {
        *node = with;
        return;
    };
    match node {
        serde_json::Value::Object(map) if !map.is_empty() => {
            let key = map.keys().nth(p % map.len()).cloned().unwrap_or_default();
            if let Some(child) = map.get_mut(&key) {
                replace_at(child, rest, with);
            }
        }
        serde_json::Value::Array(items) if !items.is_empty() => {
            let n = items.len();
            replace_at(&mut items[p % n], rest, with);
        }
        _ => *node = with,
    }
}

fn any_json() -> impl Strategy<Value = serde_json::Value> {
    prop_oneof![
        Just(json!(null)),
        any::<bool>().prop_map(|b| json!(b)),
        any::<i64>().prop_map(|n| json!(n)),
        any::<u64>().prop_map(|n| json!(n)),
        ".{0,12}".prop_map(|s| json!(s)),
        Just(json!([])),
        Just(json!({})),
        Just(json!(-1)),
        Just(json!(4_294_967_296u64)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn mangled_bytes_never_panic(edits in prop::collection::vec((any::<usize>(), any::<u8>(), any::<u8>()), 1..6)) {
        let text = mutate(&custom_pack(), &edits);
        if let Ok(scenarios) = import_pack(&text) {
            // Whatever gets through must be playable.
            for s in &scenarios {
                prop_assert!(errors(s).is_empty());
                let run = Run::start(s, 1, 0).unwrap();
                let _ = best_path(s, 1);
                let _ = facilitator_view(s, &run);
            }
        }
    }

    #[test]
    fn mangled_values_never_panic(path in prop::collection::vec(any::<usize>(), 0..8), with in any_json()) {
        let mut value: serde_json::Value = serde_json::from_str(&custom_pack()).unwrap();
        replace_at(&mut value, &path, with);
        if let Ok(scenarios) = import_pack(&value.to_string()) {
            for s in &scenarios {
                prop_assert!(errors(s).is_empty());
                let best = best_path(s, 3);
                if let Some(b) = best {
                    let run = replay(s, 3, &b.run.decisions).unwrap();
                    let _ = debrief(s, &run).to_text(Lang::En);
                }
            }
        }
    }

    #[test]
    fn arbitrary_text_never_panics(text in ".{0,200}") {
        let _ = import_pack(&text);
    }
}
