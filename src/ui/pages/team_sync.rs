//! 数据 › 团队同步 Team sync: the device profile, the server settings with "Test connection",
//! start / pause / sign out, the status, and the records in conflict with their resolution.
//! The work itself is in `ui::team`.

use std::rc::Rc;

use uuid::Uuid;
use yew::prelude::*;

use crate::domain::profile::{Profile, TeamRole};
use crate::domain::revision::Side;
use crate::i18n::{t, Lang, SyncK};
use crate::ui::components::ErrorView;
use crate::ui::platform;
use crate::ui::state::Action;
use crate::ui::store::{use_lang, use_select, use_select_by, use_store, Store};
use crate::ui::team::{
    self, AuthMode, Phase, SyncError, SyncSettings, SyncStatus, Tested, KEY_PROFILE, KEY_SETTINGS,
};

fn role_label(lang: Lang, role: Option<TeamRole>) -> &'static str {
    t(
        lang,
        match role {
            None => SyncK::RoleNone,
            Some(TeamRole::Clerk) => SyncK::RoleClerk,
            Some(TeamRole::Supervisor) => SyncK::RoleSupervisor,
            Some(TeamRole::Legal) => SyncK::RoleLegal,
            Some(TeamRole::Pm) => SyncK::RolePm,
            Some(TeamRole::Executor) => SyncK::RoleExecutor,
            Some(TeamRole::Logistics) => SyncK::RoleLogistics,
        },
    )
}

fn input_value(e: &Event) -> String {
    let input: web_sys::HtmlInputElement = e.target_unchecked_into();
    input.value()
}

/// The device profile: name and role, saved on change.
#[component]
pub fn ProfilePanel() -> Html {
    let lang = use_lang();
    let store = use_store();
    let health = use_select(|v| v.health.clone());
    let save = {
        let store = store.clone();
        let health = health.clone();
        Callback::from(move |profile: Profile| {
            let (store, mut health) = (store.clone(), health.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let Some(repo) = store.state().repo.clone() else {
                    return;
                };
                if repo.set_setting(KEY_PROFILE, &profile).await.is_ok() {
                    health.profile = profile;
                    store.dispatch(Action::Health(health));
                }
            });
        })
    };
    let on_name = {
        let (save, profile) = (save.clone(), health.profile.clone());
        Callback::from(move |e: Event| {
            save.emit(Profile {
                name: input_value(&e).trim().to_owned(),
                ..profile.clone()
            })
        })
    };
    let on_role = {
        let profile = health.profile.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            save.emit(Profile {
                role: TeamRole::from_key(&select.value()),
                ..profile.clone()
            })
        })
    };
    let role = health.profile.role;
    html! {
        <section class="sync-panel" data-testid="profile-panel">
            <h2>{ t(lang, SyncK::ProfileTitle) }</h2>
            <p class="muted">{ t(lang, SyncK::ProfileLead) }</p>
            <div class="row-fields">
                <div class="field">
                    <label for="profile-name">{ t(lang, SyncK::ProfileName) }</label>
                    <input id="profile-name" value={health.profile.name.clone()} onchange={on_name}
                        autocomplete="name" data-testid="profile-name" />
                </div>
                <div class="field">
                    <label for="profile-role">{ t(lang, SyncK::ProfileRole) }</label>
                    <select id="profile-role" onchange={on_role} data-testid="profile-role">
                        <option value="" selected={role.is_none()}>{ role_label(lang, None) }</option>
                        { for TeamRole::ALL.iter().map(|r| html! {
                            <option value={r.key()} selected={role == Some(*r)}>{ role_label(lang, Some(*r)) }</option>
                        }) }
                    </select>
                </div>
            </div>
        </section>
    }
}

fn phase_label(lang: Lang, phase: Phase) -> &'static str {
    t(
        lang,
        match phase {
            Phase::Off => SyncK::PhaseOff,
            Phase::Paused => SyncK::PhasePaused,
            Phase::Connecting => SyncK::PhaseConnecting,
            Phase::Syncing => SyncK::PhaseSyncing,
            Phase::Idle => SyncK::PhaseIdle,
            Phase::Offline => SyncK::PhaseOffline,
            Phase::Failed => SyncK::PhaseFailed,
        },
    )
}

/// What "Test connection" (or a sign-in, or creating the database) last said.
#[derive(Clone, PartialEq)]
enum Outcome {
    Working,
    Ok,
    Missing,
    Created,
    Failed(SyncError),
}

async fn store_settings(store: &Store, settings: &SyncSettings) -> Result<(), SyncError> {
    let repo = store.state().repo.clone().ok_or(SyncError::Storage(
        crate::storage::StorageError::Unavailable,
    ))?;
    repo.set_setting(KEY_SETTINGS, settings).await?;
    team::kick();
    Ok(())
}

/// Settings, actions and status of team sync.
#[component]
pub fn TeamSyncPanel() -> Html {
    let lang = use_lang();
    let store = use_store();
    let settings = use_state(SyncSettings::default);
    let password = use_state(String::new);
    let outcome = use_state(|| None::<Outcome>);
    let status: Rc<SyncStatus> = use_select(|v| v.sync.clone());
    {
        // The stored settings, once.
        let (store, settings) = (store.clone(), settings.clone());
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                if let Some(repo) = store.state().repo.clone() {
                    if let Ok(Some(stored)) = repo.setting::<SyncSettings>(KEY_SETTINGS).await {
                        settings.set(stored);
                    }
                }
            });
        });
    }
    let edit = |change: fn(&mut SyncSettings, String)| {
        let settings = settings.clone();
        Callback::from(move |e: Event| {
            let mut next = (*settings).clone();
            change(&mut next, input_value(&e).trim().to_owned());
            settings.set(next);
        })
    };
    let on_url = edit(|s, v| s.url = v);
    let on_user = edit(|s, v| s.user = v);
    let on_password = {
        let password = password.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            password.set(input.value());
        })
    };
    let on_auth = {
        let settings = settings.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            let mut next = (*settings).clone();
            next.auth = if select.value() == "basic" {
                AuthMode::Basic
            } else {
                AuthMode::Session
            };
            settings.set(next);
        })
    };
    // Test (and with a password, sign in); `start` also stores the settings and starts.
    let connect = |start: bool| {
        let (store, settings, password, outcome) = (
            store.clone(),
            settings.clone(),
            password.clone(),
            outcome.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let (store, settings, password, outcome) = (
                store.clone(),
                settings.clone(),
                password.clone(),
                outcome.clone(),
            );
            outcome.set(Some(Outcome::Working));
            wasm_bindgen_futures::spawn_local(async move {
                let typed = (!password.is_empty()).then(|| (*password).clone());
                let result = team::test_connection(&settings, typed.as_deref()).await;
                if let (Ok(_), AuthMode::Basic, Some(p)) = (&result, settings.auth, &typed) {
                    team::set_basic(Some((settings.user.clone(), p.clone())));
                }
                // The password is not kept past this point (basic auth: in memory only).
                password.set(String::new());
                let shown = match result {
                    Ok(Tested::Ok) if start => {
                        let next = SyncSettings {
                            enabled: true,
                            ..(*settings).clone()
                        };
                        match store_settings(&store, &next).await {
                            Ok(()) => {
                                settings.set(next);
                                Outcome::Ok
                            }
                            Err(e) => Outcome::Failed(e),
                        }
                    }
                    Ok(Tested::Ok) => {
                        let _ = store_settings(
                            &store,
                            &SyncSettings {
                                enabled: false,
                                ..(*settings).clone()
                            },
                        )
                        .await;
                        Outcome::Ok
                    }
                    Ok(Tested::Missing) => Outcome::Missing,
                    Err(e) => Outcome::Failed(e),
                };
                outcome.set(Some(shown));
            });
        })
    };
    let on_test = connect(false);
    let on_sign_in = connect(true);
    let set_enabled = |enabled: bool| {
        let (store, settings, outcome) = (store.clone(), settings.clone(), outcome.clone());
        Callback::from(move |_: MouseEvent| {
            let (store, settings, outcome) = (store.clone(), settings.clone(), outcome.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let next = SyncSettings {
                    enabled,
                    ..(*settings).clone()
                };
                match store_settings(&store, &next).await {
                    Ok(()) => settings.set(next),
                    Err(e) => outcome.set(Some(Outcome::Failed(e))),
                }
            });
        })
    };
    let on_start = set_enabled(true);
    let on_pause = set_enabled(false);
    let on_sign_out = {
        let (store, settings, outcome) = (store.clone(), settings.clone(), outcome.clone());
        Callback::from(move |_: MouseEvent| {
            let (store, settings, outcome) = (store.clone(), settings.clone(), outcome.clone());
            wasm_bindgen_futures::spawn_local(async move {
                team::sign_out(&settings).await;
                let next = SyncSettings {
                    enabled: false,
                    ..(*settings).clone()
                };
                if store_settings(&store, &next).await.is_ok() {
                    settings.set(next);
                }
                outcome.set(None);
            });
        })
    };
    let on_create = {
        let (settings, outcome) = (settings.clone(), outcome.clone());
        Callback::from(move |_: MouseEvent| {
            let (settings, outcome) = (settings.clone(), outcome.clone());
            wasm_bindgen_futures::spawn_local(async move {
                outcome.set(Some(match team::create_database(&settings).await {
                    Ok(()) => Outcome::Created,
                    Err(e) => Outcome::Failed(e),
                }));
            });
        })
    };
    let never = t(lang, SyncK::SyncNever).to_string();
    let unknown = t(lang, SyncK::SyncUnknown).to_string();
    let shown_outcome = match (*outcome).clone() {
        None => Html::default(),
        Some(Outcome::Working) => {
            html! { <p class="muted" role="status" data-testid="sync-outcome">{ t(lang, SyncK::SyncTesting) }</p> }
        }
        Some(Outcome::Ok) => {
            html! { <p class="banner ok" role="status" data-testid="sync-outcome">{ t(lang, SyncK::SyncOk) }</p> }
        }
        Some(Outcome::Created) => {
            html! { <p class="banner ok" role="status" data-testid="sync-outcome">{ t(lang, SyncK::SyncCreated) }</p> }
        }
        Some(Outcome::Missing) => html! {
            <div class="banner warn" role="alert" data-testid="sync-outcome">
                <p>{ t(lang, SyncK::ErrNoDatabase) }</p>
                <button type="button" onclick={on_create} data-testid="sync-create-db">{ t(lang, SyncK::SyncCreateDb) }</button>
            </div>
        },
        Some(Outcome::Failed(e)) => {
            html! { <ErrorView<SyncError> error={Some(e)} testid="sync-outcome" /> }
        }
    };
    html! {
        <section class="sync-panel" data-testid="team-sync">
            <h2>{ t(lang, SyncK::SyncTitle) }</h2>
            <p class="muted">{ t(lang, SyncK::SyncLead) }</p>
            <div class="field">
                <label for="sync-url">{ t(lang, SyncK::SyncUrl) }</label>
                <input id="sync-url" type="url" value={settings.url.clone()} onchange={on_url}
                    placeholder={t(lang, SyncK::SyncUrlHint)} data-testid="sync-url" />
            </div>
            <div class="row-fields">
                <div class="field">
                    <label for="sync-user">{ t(lang, SyncK::SyncUser) }</label>
                    <input id="sync-user" value={settings.user.clone()} onchange={on_user}
                        autocomplete="username" data-testid="sync-user" />
                </div>
                <div class="field">
                    <label for="sync-password">{ t(lang, SyncK::SyncPassword) }</label>
                    <input id="sync-password" type="password" value={(*password).clone()} oninput={on_password}
                        autocomplete="current-password" data-testid="sync-password" />
                </div>
                <div class="field">
                    <label for="sync-auth">{ t(lang, SyncK::SyncAuth) }</label>
                    <select id="sync-auth" onchange={on_auth} data-testid="sync-auth">
                        <option value="session" selected={settings.auth == AuthMode::Session}>{ t(lang, SyncK::SyncAuthSession) }</option>
                        <option value="basic" selected={settings.auth == AuthMode::Basic}>{ t(lang, SyncK::SyncAuthBasic) }</option>
                    </select>
                </div>
            </div>
            <div class="actions">
                <button type="button" onclick={on_test} data-testid="sync-test">{ t(lang, SyncK::SyncTest) }</button>
                <button type="button" class="primary" onclick={on_sign_in} data-testid="sync-sign-in">{ t(lang, SyncK::SyncSignIn) }</button>
                if settings.enabled {
                    <button type="button" onclick={on_pause} data-testid="sync-pause">{ t(lang, SyncK::SyncPause) }</button>
                } else if !settings.url.is_empty() {
                    <button type="button" onclick={on_start} data-testid="sync-start">{ t(lang, SyncK::SyncStart) }</button>
                }
                if !settings.url.is_empty() {
                    <button type="button" onclick={on_sign_out} data-testid="sync-sign-out">{ t(lang, SyncK::SyncSignOut) }</button>
                }
            </div>
            { shown_outcome }
            <dl class="facts" data-testid="sync-status">
                <div class="fact"><dt>{ t(lang, SyncK::SyncStatus) }</dt>
                    <dd data-testid="sync-phase" data-phase={format!("{:?}", status.phase).to_lowercase()}>{ phase_label(lang, status.phase) }</dd></div>
                <div class="fact"><dt>{ t(lang, SyncK::SyncLastOk) }</dt>
                    <dd data-testid="sync-last-ok">{ status.last_ok.map(platform::local_time).unwrap_or(never) }</dd></div>
                <div class="fact"><dt>{ t(lang, SyncK::SyncToPush) }</dt>
                    <dd data-testid="sync-to-push">{ status.to_push.map_or(unknown.clone(), |n| n.to_string()) }</dd></div>
                <div class="fact"><dt>{ t(lang, SyncK::SyncToPull) }</dt>
                    <dd data-testid="sync-to-pull">{ status.to_pull.map_or(unknown, |n| n.to_string()) }</dd></div>
            </dl>
            <ErrorView<SyncError> error={status.error.clone()} testid="sync-error" />
            { for status.refused.iter().map(|key| html! {
                <ErrorView<SyncError> error={Some(SyncError::AlteredHistory(key.clone()))} testid="sync-refused" />
            }) }
            <ConflictList />
        </section>
    }
}

/// Records in conflict, each with both versions' differing fields and the two choices.
#[component]
fn ConflictList() -> Html {
    let lang = use_lang();
    let store = use_store();
    let list = use_select_by(|v| v.data.with_conflicts(), |a, b| a == b);
    if list.is_empty() {
        return Html::default();
    }
    html! {
        <section data-testid="sync-conflicts">
            <h3>{ t(lang, SyncK::ConflictsTitle) }</h3>
            <p class="muted">{ t(lang, SyncK::ConflictsLead) }</p>
            { for list.iter().map(|(kind, id, _)| html! {
                <ConflictItem key={format!("{kind}:{id}")} kind={*kind} id={*id} store={store.clone()} />
            }) }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct ConflictItemProps {
    kind: &'static str,
    id: Uuid,
    store: Store,
}

fn show(value: &Option<serde_json::Value>) -> String {
    match value {
        None => "—".into(),
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
    }
}

#[component]
fn ConflictItem(props: &ConflictItemProps) -> Html {
    let lang = use_lang();
    let (kind, id) = (props.kind, props.id);
    let record = use_select_by(move |v| v.data.find(kind, id), |a, b| a == b);
    let Some(record) = record else {
        return Html::default();
    };
    let others = record.conflict_versions();
    // The revisions in conflict, as the server names them (shown first).
    let revs = std::iter::once(&record)
        .chain(&others)
        .filter_map(|r| r.meta().revs.first().cloned())
        .collect::<Vec<_>>()
        .join(" ");
    // Fields where the person picked the other version (field-by-field settling).
    let picks = use_state(std::collections::BTreeSet::<String>::new);
    let resolve = |side: Side| {
        let (store, record) = (props.store.clone(), record.clone());
        Callback::from(move |_: MouseEvent| {
            let settled = record.resolve_conflicts(side, platform::now());
            crate::ui::sync::save_any(&store, settled);
        })
    };
    let on_combine = {
        let (store, record, picks) = (props.store.clone(), record.clone(), picks.clone());
        Callback::from(move |_: MouseEvent| {
            let take: Vec<String> = picks.iter().cloned().collect();
            if let Some(settled) = record.combine_conflict(0, &take, platform::now()) {
                crate::ui::sync::save_any(&store, settled);
            }
        })
    };
    let pick = |path: String, other: bool| {
        let picks = picks.clone();
        Callback::from(move |_: Event| {
            let mut next = (*picks).clone();
            if other {
                next.insert(path.clone());
            } else {
                next.remove(&path);
            }
            picks.set(next);
        })
    };
    let single = others.len() == 1;
    html! {
        <article class="sync-conflict" data-testid="sync-conflict" data-kind={kind} data-id={id.to_string()} data-revs={revs}>
            <h4>{ record.label() }</h4>
            { for others.iter().map(|other| html! {
                <table class="diff">
                    <thead><tr>
                        <th>{ t(lang, SyncK::Field) }</th>
                        <th>{ t(lang, SyncK::ShownVersion) }</th>
                        <th>{ t(lang, SyncK::OtherVersion) }</th>
                    </tr></thead>
                    <tbody>
                        { for record.field_diffs(other).iter().map(|d| html! {
                            <tr data-testid="sync-conflict-field" data-path={d.path.clone()}>
                                <td>{ d.path.clone() }</td>
                                <td data-testid="shown-value">
                                    if single {
                                        <label><input type="radio" name={format!("pick-{id}-{}", d.path)}
                                            checked={!picks.contains(&d.path)} onchange={pick(d.path.clone(), false)}
                                            data-testid="pick-shown" />{ " " }{ show(&d.ours) }</label>
                                    } else { { show(&d.ours) } }
                                </td>
                                <td data-testid="other-value">
                                    if single {
                                        <label><input type="radio" name={format!("pick-{id}-{}", d.path)}
                                            checked={picks.contains(&d.path)} onchange={pick(d.path.clone(), true)}
                                            data-testid="pick-other" />{ " " }{ show(&d.theirs) }</label>
                                    } else { { show(&d.theirs) } }
                                </td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            }) }
            <div class="actions">
                <button type="button" onclick={resolve(Side::Ours)} data-testid="keep-shown">{ t(lang, SyncK::KeepShown) }</button>
                <button type="button" onclick={resolve(Side::Theirs)} data-testid="take-other">{ t(lang, SyncK::TakeOther) }</button>
                if single {
                    <button type="button" onclick={on_combine} data-testid="combine-fields">{ t(lang, SyncK::CombineFields) }</button>
                }
            </div>
        </article>
    }
}

#[derive(Properties, PartialEq)]
pub struct SyncConflictFlagProps {
    pub case_id: Uuid,
}

/// A flag on a case whose record (or one of its records) is in a sync conflict; it links to
/// the list where the conflict is settled.
#[component]
pub fn SyncConflictFlag(props: &SyncConflictFlagProps) -> Html {
    let lang = use_lang();
    let case_id = props.case_id;
    let flagged = use_select(move |v| v.conflicted.contains(&case_id));
    if !flagged {
        return Html::default();
    }
    html! {
        <a class="flag sync" href="#/data" data-testid="sync-conflict-flag">{ t(lang, crate::i18n::K::SyncConflictFlag) }</a>
    }
}
