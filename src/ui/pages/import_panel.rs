//! Import a backup: read and validate the file, show what it would change, let the user pick
//! restore / merge / add-as-copies (and settle merge conflicts), then write it in one
//! transaction. Until "apply", nothing stored is touched.

use std::collections::BTreeMap;
use std::rc::Rc;

use uuid::Uuid;
use yew::prelude::*;

use crate::domain::backup::{
    altered_histories, is_encrypted, parse_backup, parse_encrypted, AlteredHistory, Envelope,
    History, ImportError, ImportMode, Limits, Preview, SealedParts, Side,
};
use crate::i18n::{
    describe_storage_error, import_done_text, kind_label, path_words, pick, t, value_words, Lang, K,
};
use crate::ui::crypto::{decrypt, CryptoError};
use crate::ui::platform;
use crate::ui::state::{use_app, use_lang, AppContext};
use crate::ui::sync::{apply_import, export};

fn altered_text(a: &AlteredHistory, lang: Lang) -> String {
    match a.history {
        History::Timeline => pick(
            lang,
            format!("{}：时间线从第 {} 条记录起与签名链不符", a.label, a.event),
            format!("{}: from event {} on, the timeline does not match its hash chain", a.label, a.event),
        ),
        History::PrecheckTrail => pick(
            lang,
            format!("{}：材料预审审计记录从第 {} 条起与签名链不符（签字可能被改动）", a.label, a.event),
            format!("{}: from entry {} on, the precheck audit trail (sign-offs included) does not match its hash chain", a.label, a.event),
        ),
    }
}

#[derive(Clone, PartialEq)]
enum Stage {
    Idle,
    Reading,
    /// An encrypted file: waiting for its passphrase.
    Locked(Rc<SealedParts>),
    Ready {
        file: Rc<Envelope>,
        preview: Preview,
        altered: Vec<AlteredHistory>,
    },
    Failed(String),
    Done(String),
}

#[component]
pub fn ImportPanel() -> Html {
    let ctx = use_app();
    let lang = ctx.lang;
    let stage = use_state(|| Stage::Idle);
    let mode = use_state(|| ImportMode::Merge);
    let choices = use_state(BTreeMap::<Uuid, Side>::new);
    let confirming = use_state(|| false);

    let on_file = {
        let (ctx, stage, choices, confirming) = (
            ctx.clone(),
            stage.clone(),
            choices.clone(),
            confirming.clone(),
        );
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            // Clear the input so choosing the same file again (after a typo in the
            // passphrase, say) fires `change` once more.
            input.set_value("");
            let (ctx, stage) = (ctx.clone(), stage.clone());
            choices.set(BTreeMap::new());
            confirming.set(false);
            stage.set(Stage::Reading);
            wasm_bindgen_futures::spawn_local(async move {
                stage.set(read(&ctx, file).await);
            });
        })
    };
    let on_mode = |m: ImportMode| {
        let (mode, confirming) = (mode.clone(), confirming.clone());
        Callback::from(move |_: Event| {
            mode.set(m);
            confirming.set(false);
        })
    };
    let on_apply = {
        let (ctx, stage, mode, choices, confirming) = (
            ctx.clone(),
            stage.clone(),
            mode.clone(),
            choices.clone(),
            confirming.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let Stage::Ready { file, .. } = (*stage).clone() else {
                return;
            };
            if *mode == ImportMode::Restore && !*confirming {
                confirming.set(true);
                return;
            }
            let (ctx, stage, mode, choices) =
                (ctx.clone(), stage.clone(), *mode, (*choices).clone());
            wasm_bindgen_futures::spawn_local(async move {
                stage.set(apply(&ctx, &file, mode, &choices).await);
            });
        })
    };

    html! {
        <div class="import-panel" data-testid="import-panel">
            <div class="field">
                <label for="import-file">{ t(lang, K::ChooseBackupFile) }</label>
                <input id="import-file" type="file" accept=".json,application/json"
                    onchange={on_file} data-testid="import-file" />
            </div>
            <div aria-live="polite">
            { match &*stage {
                Stage::Idle => Html::default(),
                Stage::Reading => html! { <p class="muted">{ t(lang, K::Reading) }</p> },
                Stage::Locked(parts) => html! { <Unlock parts={parts.clone()} stage={stage.clone()} /> },
                Stage::Failed(msg) => html! {
                    <p class="banner error" role="alert" data-testid="import-error">{ msg.clone() }</p>
                },
                Stage::Done(msg) => html! {
                    <p class="banner ok" role="status" data-testid="import-done">{ msg.clone() }</p>
                },
                Stage::Ready { file, preview, altered } => html! {
                    <>
                        if !altered.is_empty() {
                            <div class="banner error" role="alert" data-testid="import-altered">
                                <p><strong>{ t(lang, K::AlteredTitle) }</strong></p>
                                <ul>{ for altered.iter().map(|a| html! {
                                    <li key={format!("{}-{:?}", a.case_id, a.history)}>{ altered_text(a, lang) }</li>
                                }) }</ul>
                            </div>
                        }
                        <PreviewTable preview={preview.clone()} />
                        <fieldset class="modes" data-testid="import-modes">
                            <legend>{ t(lang, K::ImportModeLegend) }</legend>
                            { mode_option(lang, ImportMode::Merge, *mode, on_mode(ImportMode::Merge)) }
                            { mode_option(lang, ImportMode::AddCopies, *mode, on_mode(ImportMode::AddCopies)) }
                            { mode_option(lang, ImportMode::Restore, *mode, on_mode(ImportMode::Restore)) }
                        </fieldset>
                        if *mode == ImportMode::Merge {
                            <ConflictList file={file.clone()} choices={choices.clone()} />
                        }
                        if *confirming {
                            <p class="banner warn" role="alert" data-testid="restore-warning">
                                { restore_warning(lang, preview) }</p>
                        }
                        <div class="actions">
                            <button type="button" class="primary" onclick={on_apply.clone()} data-testid="import-apply">
                                { t(lang, if *confirming { K::ConfirmRestore } else { K::ApplyImport }) }</button>
                        </div>
                    </>
                },
            } }
            </div>
        </div>
    }
}

async fn read(ctx: &AppContext, file: web_sys::File) -> Stage {
    let lang = ctx.lang;
    let limits = Limits::default();
    let size = file.size() as usize;
    if size > limits.max_bytes {
        return Stage::Failed(
            ImportError::TooLarge {
                bytes: size,
                max: limits.max_bytes,
            }
            .message(lang),
        );
    }
    let text = match platform::read_file_text(&file).await {
        Some(text) => text,
        None => return Stage::Failed(t(lang, K::FileUnreadable).to_string()),
    };
    if is_encrypted(&text) {
        return match parse_encrypted(&text) {
            Ok(parts) => Stage::Locked(Rc::new(parts)),
            Err(e) => Stage::Failed(e.message(lang)),
        };
    }
    parsed(ctx, &text)
}

/// Validates a plain backup's text and previews what it would change here.
fn parsed(ctx: &AppContext, text: &str) -> Stage {
    let lang = ctx.lang;
    match parse_backup(text, Limits::default()) {
        Ok(envelope) => {
            let preview = ctx.dataset().preview(&envelope.data);
            let altered = altered_histories(&envelope.data);
            Stage::Ready {
                file: Rc::new(envelope),
                preview,
                altered,
            }
        }
        Err(e) => Stage::Failed(e.message(lang)),
    }
}

/// Decrypts a locked file with the passphrase, then reads it like a plain one.
async fn unlock(ctx: &AppContext, parts: &SealedParts, pass: &str) -> Stage {
    match decrypt(parts, pass).await {
        Ok(text) => parsed(ctx, &text),
        Err(CryptoError::WrongPassphrase) => {
            Stage::Failed(t(ctx.lang, K::WrongPassphrase).to_string())
        }
        Err(_) => Stage::Failed(t(ctx.lang, K::CryptoUnavailable).to_string()),
    }
}

async fn apply(
    ctx: &AppContext,
    file: &Envelope,
    mode: ImportMode,
    choices: &BTreeMap<Uuid, Side>,
) -> Stage {
    let lang = ctx.lang;
    let (data, replace) = match mode {
        ImportMode::Restore => {
            // A safety copy of what is here now, before it is replaced.
            export(ctx.clone(), None).await;
            (file.data.clone(), true)
        }
        ImportMode::Merge => {
            // Only what really changes is written and counted.
            let ours = ctx.dataset();
            let merged = ours.merge(&file.data, choices).merged;
            (ours.changes_in(&merged), false)
        }
        ImportMode::AddCopies => (
            file.data.as_copies(platform::fresh_id, platform::now()),
            false,
        ),
    };
    let written = data.len();
    match apply_import(ctx, data, replace).await {
        Ok(()) => Stage::Done(import_done_text(written, lang)),
        Err(e) => Stage::Failed(describe_storage_error(&e, lang)),
    }
}

fn mode_option(
    lang: Lang,
    mode: ImportMode,
    current: ImportMode,
    onchange: Callback<Event>,
) -> Html {
    let (key, label, help) = match mode {
        ImportMode::Merge => ("merge", K::ModeMerge, K::ModeMergeHelp),
        ImportMode::AddCopies => ("copies", K::ModeCopies, K::ModeCopiesHelp),
        ImportMode::Restore => ("restore", K::ModeRestore, K::ModeRestoreHelp),
    };
    let id = format!("mode-{key}");
    html! {
        <div class="radio">
            <input type="radio" name="import-mode" id={id.clone()} checked={mode == current}
                {onchange} data-testid={id.clone()} />
            <label for={id}><strong>{ t(lang, label) }</strong>{ " — " }{ t(lang, help) }</label>
        </div>
    }
}

fn restore_warning(lang: Lang, p: &Preview) -> String {
    pick(
        lang,
        format!("确认恢复：本机现有数据将被文件内容整体替换，其中 {} 条记录会丢失或被覆盖。应用前会先自动下载一份当前数据的备份。", p.restore_loses()),
        format!("Confirm restore: everything on this device is replaced by the file; {} record(s) here will be lost or overwritten. A backup of the current data downloads first.", p.restore_loses()),
    )
}

#[derive(Properties, PartialEq)]
struct PreviewTableProps {
    preview: Preview,
}

#[component]
fn PreviewTable(props: &PreviewTableProps) -> Html {
    let lang = use_lang();
    let headers = [
        K::PvKind,
        K::PvInFile,
        K::PvNew,
        K::PvNewer,
        K::PvOlder,
        K::PvMerged,
        K::PvSame,
        K::PvConflicts,
        K::PvOnlyHere,
    ];
    html! {
        <table class="case-table preview" data-testid="import-preview">
            <thead><tr>{ for headers.iter().map(|h| html! { <th scope="col">{ t(lang, *h) }</th> }) }</tr></thead>
            <tbody>
            { for props.preview.kinds.iter().map(|k| html! {
                <tr key={k.kind} data-testid={format!("preview-{}", k.kind)}>
                    <td>{ t(lang, kind_label(k.kind)) }</td>
                    <td>{ k.in_file }</td><td data-testid="pv-new">{ k.new }</td><td data-testid="pv-newer">{ k.newer }</td>
                    <td>{ k.older }</td><td data-testid="pv-merged">{ k.merged }</td><td>{ k.same }</td><td data-testid="pv-conflicts">{ k.conflicts }</td>
                    <td>{ k.only_here }</td>
                </tr>
            }) }
            </tbody>
        </table>
    }
}

#[derive(Properties, PartialEq)]
struct ConflictListProps {
    file: Rc<Envelope>,
    choices: UseStateHandle<BTreeMap<Uuid, Side>>,
}

#[component]
fn ConflictList(props: &ConflictListProps) -> Html {
    let ctx = use_app();
    let lang = ctx.lang;
    let conflicts = ctx
        .dataset()
        .merge(&props.file.data, &props.choices)
        .conflicts;
    if conflicts.is_empty() {
        return Html::default();
    }
    html! {
        <div class="conflicts" data-testid="import-conflicts">
            <h3>{ t(lang, K::ConflictsTitle) }</h3>
            <ul>
            { for conflicts.iter().map(|c| {
                let chosen = props.choices.get(&c.id).copied().unwrap_or(c.default_side);
                let pick_side = |side: Side| {
                    let (choices, id) = (props.choices.clone(), c.id);
                    Callback::from(move |_: Event| {
                        let mut next = (*choices).clone();
                        next.insert(id, side);
                        choices.set(next);
                    })
                };
                let name = format!("conflict-{}", c.id);
                let company = c
                    .case_id
                    .and_then(|id| ctx.case(&id.to_string()))
                    .map(|case| case.client.company_name.clone())
                    .unwrap_or_else(|| c.ours_label.clone());
                let ours_at = platform::local_time(c.ours_updated);
                let theirs_at = platform::local_time(c.theirs_updated);
                html! {
                    <li key={c.id.to_string()} data-testid="conflict-item">
                        <p><strong data-testid="conflict-company">{ company }</strong>{ " · " }{ t(lang, kind_label(c.kind)) }</p>
                        <table class="conflict-fields">
                            <thead><tr>
                                <th scope="col">{ pick(lang, "两边都改过的内容".into(), "Changed on both sides".into()) }</th>
                                <th scope="col">{ pick(lang, format!("本机（{ours_at}）"), format!("This device ({ours_at})")) }</th>
                                <th scope="col">{ pick(lang, format!("文件（{theirs_at}）"), format!("The file ({theirs_at})")) }</th>
                            </tr></thead>
                            <tbody>
                            { for c.fields.iter().map(|f| html! {
                                <tr key={f.path.clone()} data-testid="conflict-field">
                                    <th scope="row">{ path_words(&f.path, lang) }</th>
                                    <td data-testid="conflict-ours">{ value_words(f.ours.as_ref(), lang) }</td>
                                    <td data-testid="conflict-theirs">{ value_words(f.theirs.as_ref(), lang) }</td>
                                </tr>
                            }) }
                            </tbody>
                        </table>
                        <p class="muted">{ pick(lang, "只有一边改过的内容已自动合并；时间线和审计记录两边的条目都保留。".into(),
                            "What only one side changed is merged; both sides' timeline and audit entries are kept.".into()) }</p>
                        <div class="radio"><input type="radio" name={name.clone()} id={format!("{name}-ours")}
                            checked={chosen == Side::Ours} onchange={pick_side(Side::Ours)} data-testid="conflict-keep-ours" />
                            <label for={format!("{name}-ours")}>{ t(lang, K::KeepOurs) }</label></div>
                        <div class="radio"><input type="radio" name={name.clone()} id={format!("{name}-theirs")}
                            checked={chosen == Side::Theirs} onchange={pick_side(Side::Theirs)} data-testid="conflict-take-theirs" />
                            <label for={format!("{name}-theirs")}>{ t(lang, K::TakeTheirs) }</label></div>
                    </li>
                }
            }) }
            </ul>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct UnlockProps {
    parts: Rc<SealedParts>,
    stage: UseStateHandle<Stage>,
}

/// Asks for the passphrase of an encrypted file.
#[component]
fn Unlock(props: &UnlockProps) -> Html {
    let ctx = use_app();
    let lang = ctx.lang;
    let pass = use_state(String::new);
    let oninput = {
        let pass = pass.clone();
        Callback::from(move |e: InputEvent| {
            pass.set(
                e.target_unchecked_into::<web_sys::HtmlInputElement>()
                    .value(),
            )
        })
    };
    let onsubmit = {
        let (ctx, pass, parts, stage) = (
            ctx.clone(),
            pass.clone(),
            props.parts.clone(),
            props.stage.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let (ctx, pass, parts, stage) =
                (ctx.clone(), (*pass).clone(), parts.clone(), stage.clone());
            stage.set(Stage::Reading);
            wasm_bindgen_futures::spawn_local(async move {
                stage.set(unlock(&ctx, &parts, &pass).await);
            });
        })
    };
    html! {
        <form class="unlock" {onsubmit} data-testid="import-unlock">
            <p>{ t(lang, K::EncryptedFileHelp) }</p>
            <div class="field narrow">
                <label for="import-pass">{ t(lang, K::Passphrase) }</label>
                <input id="import-pass" type="password" autocomplete="off" value={(*pass).clone()} {oninput}
                    data-testid="import-passphrase" />
            </div>
            <button type="submit" class="primary" data-testid="import-decrypt">{ t(lang, K::Decrypt) }</button>
        </form>
    }
}
