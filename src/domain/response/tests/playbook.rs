use std::collections::HashSet;

use super::*;

#[test]
fn a_system_outage_keeps_every_seat_busy() {
    let steps = playbook(FailureKind::SystemOutage, &[]);
    let role_of = |key: &str| {
        steps
            .iter()
            .find(|s| s.key == key)
            .map(|s| s.role)
            .expect("step present")
    };
    assert_eq!(role_of("outage_ask_window"), Role::Pm);
    assert_eq!(role_of("outage_prepare_rest"), Role::Executor1);
    assert_eq!(role_of("outage_hold_queue"), Role::Logistics);
    assert_eq!(role_of("outage_submit_after"), Role::Pm);
    let roles: HashSet<Role> = steps.iter().map(|s| s.role).collect();
    for seat in [Role::Pm, Role::Executor1, Role::Executor2, Role::Logistics] {
        assert!(roles.contains(&seat), "{seat:?} has nothing to do");
    }
    assert!(steps[0].text.zh.contains("窗口") && steps[0].text.en.contains("window"));
}

#[test]
fn each_kind_has_its_own_steps_with_unique_keys_in_both_languages() {
    let mut first_keys = HashSet::new();
    for kind in FailureKind::ALL {
        let steps = playbook(kind, &[]);
        assert!(steps.len() >= 3, "{kind:?}");
        assert!(
            first_keys.insert(steps[0].key.clone()),
            "{kind:?} reuses a key"
        );
        let keys: HashSet<&str> = steps.iter().map(|s| s.key.as_str()).collect();
        assert_eq!(keys.len(), steps.len());
        for s in &steps {
            assert!(!s.text.zh.is_empty() && !s.text.en.is_empty(), "{}", s.key);
            assert_eq!(s.source, StepSource::Kind(kind));
        }
    }
    assert!(playbook(FailureKind::MaterialDefect, &[])
        .iter()
        .any(|s| s.role == Role::Client));
    assert!(playbook(FailureKind::AgencyError, &[])
        .iter()
        .any(|s| s.key == "agency_redo"));
}

#[test]
fn linked_paths_add_their_steps_once_and_unknown_keys_add_nothing() {
    let keys: Vec<String> = [
        "remote_video_verification",
        "power_of_attorney",
        "licence_first",
        "no_such_path",
        "power_of_attorney",
    ]
    .map(String::from)
    .to_vec();
    let base = playbook(FailureKind::BankThirdParty, &[]);
    let steps = playbook(FailureKind::BankThirdParty, &keys);
    assert_eq!(steps.len(), base.len() + 5);
    assert_eq!(&steps[..base.len()], &base[..]);
    let from_paths: Vec<&str> = steps[base.len()..].iter().map(|s| s.key.as_str()).collect();
    assert_eq!(
        from_paths,
        [
            "path_video_ask",
            "path_video_client",
            "path_poa_draft",
            "path_poa_sign",
            "path_licence_first"
        ]
    );
    assert_eq!(
        steps[base.len()].source,
        StepSource::Path("remote_video_verification".into())
    );
}

#[test]
fn every_known_path_key_has_steps() {
    for key in KNOWN_PATH_KEYS {
        let steps = playbook(FailureKind::SystemOutage, &[key.to_string()]);
        assert!(
            steps
                .iter()
                .any(|s| s.source == StepSource::Path(key.to_string())),
            "{key}"
        );
    }
}

#[test]
fn playbook_steps_go_to_the_people_in_each_seat_once() {
    let case = tax_case();
    let f = stamp_duty(&case);
    let now = found() + chrono::Duration::minutes(10);
    let templates = playbook(FailureKind::SystemOutage, &["backup_bank".to_string()]);
    let with = f.add_playbook_steps(&templates, &case, now).expect("added");
    assert_eq!(with.steps.len(), templates.len());
    let ids: Vec<u32> = with.steps.iter().map(|s| s.id).collect();
    assert_eq!(ids, (1..=templates.len() as u32).collect::<Vec<_>>());
    let name = |key: &str| {
        with.steps
            .iter()
            .find(|s| s.template_key.as_deref() == Some(key))
            .map(|s| s.assignee.clone())
            .expect("present")
    };
    assert_eq!(name("outage_ask_window"), "张敏");
    assert_eq!(name("outage_prepare_rest"), "刘洋");
    assert_eq!(name("outage_check_warnings"), "陈静");
    assert_eq!(name("outage_hold_queue"), "赵磊");
    let again = with
        .add_playbook_steps(&templates, &case, now)
        .expect("same");
    assert_eq!(
        again, with,
        "adding the same playbook twice changes nothing"
    );
    let client_step = with
        .add_step("补缴印花税 500 元", Role::Client, &case, now)
        .expect("added");
    let last = client_step.steps.last().expect("a step");
    assert_eq!(last.assignee, "李总");
    assert_eq!(last.id, templates.len() as u32 + 1);
    assert_eq!(last.text.get(Lang::En), "补缴印花税 500 元");
}

#[test]
fn every_path_the_plan_can_link_has_steps() {
    // The plan stores `PathKey::key()`; the failure desk must know each of them.
    for path in crate::domain::plan::PathKey::ALL {
        let key = path.key().to_string();
        let steps = playbook(FailureKind::MaterialDefect, std::slice::from_ref(&key));
        assert!(
            steps
                .iter()
                .any(|s| s.source == StepSource::Path(key.clone())),
            "{key}"
        );
    }
}
