//! Import a backup: read and validate the file, show what it would change, let the user pick
//! restore / merge / add-as-copies (and settle merge conflicts), then write it in one
//! transaction. Until "apply", nothing stored is touched.

use std::collections::BTreeMap;
use std::rc::Rc;

use uuid::Uuid;
use yew::prelude::*;

use crate::domain::backup::{
    altered_histories, is_encrypted, parse_backup, parse_encrypted, AlteredHistory, Dataset,
    Envelope, History, ImportError, ImportMode, Limits, Lost, Preview, Scope, SealedParts, Side,
};
use crate::domain::case::Case;
use crate::domain::kinds::Tables;
use crate::i18n::{
    describe_storage_error, import_done_text, kind_label, path_words, pick, storage_error_details,
    t, value_words, Lang, K,
};
use crate::storage::StorageError;
use crate::ui::crypto::{decrypt, CryptoError};
use crate::ui::platform;
use crate::ui::state::SameRc;
use crate::ui::store::{use_lang, use_select_by, use_store, use_table, Store};
use crate::ui::sync::{apply_import, safety_copy, After};

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

/// Why an import stopped, kept as a typed value and put in words at render time (so a
/// switch of language re-words it).
#[derive(Clone, PartialEq)]
enum Failure {
    Import(ImportError),
    Storage(StorageError),
    WrongPassphrase,
    CryptoUnavailable,
}

impl Failure {
    fn message(&self, lang: Lang) -> String {
        match self {
            Failure::Import(e) => e.message(lang),
            Failure::Storage(e) => describe_storage_error(e, lang),
            Failure::WrongPassphrase => t(lang, K::WrongPassphrase).to_string(),
            Failure::CryptoUnavailable => t(lang, K::CryptoUnavailable).to_string(),
        }
    }

    fn details(&self) -> Option<String> {
        match self {
            Failure::Import(e) => e.details(),
            Failure::Storage(e) => storage_error_details(e),
            _ => None,
        }
    }
}

/// What a long import is doing.
#[derive(Clone, Copy, PartialEq)]
enum Step {
    /// Downloading the safety copy of the data as it was (restore only).
    SafetyCopy,
    /// Working out the merge.
    Merging,
    Writing {
        written: usize,
        total: usize,
    },
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
    /// Applying: the buttons are disabled until it ends.
    Applying(Step),
    Failed(Failure),
    Done {
        written: usize,
    },
}

/// Records written per slice of a long import: small enough that a slice's work stays well
/// under a frame budget of 200 ms on a tablet, large enough not to wait on the disk often.
const IMPORT_SLICE: usize = 500;

#[component]
pub fn ImportPanel() -> Html {
    let lang = use_lang();
    let store = use_store();
    // For the names in the restore warning; the data itself is read from the store when a
    // file is read or applied.
    let cases = use_table::<Case>();
    let stage = use_state(|| Stage::Idle);
    let mode = use_state(|| ImportMode::Merge);
    let choices = use_state(BTreeMap::<Uuid, Side>::new);
    // What a restore would lose, once the person asked to restore (then it asks to confirm).
    let confirming = use_state(|| None::<Rc<Vec<Lost>>>);
    // Set from the first click of "apply" until the import ends: a second click (before the
    // disabled button is even painted) starts nothing.
    let busy = use_mut_ref(|| false);

    let on_file = {
        let (store, stage, choices, confirming) = (
            store.clone(),
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
            let (store, stage) = (store.clone(), stage.clone());
            choices.set(BTreeMap::new());
            confirming.set(None);
            stage.set(Stage::Reading);
            wasm_bindgen_futures::spawn_local(async move {
                stage.set(read(&store, file).await);
            });
        })
    };
    let on_mode = |m: ImportMode| {
        let (mode, confirming) = (mode.clone(), confirming.clone());
        Callback::from(move |_: Event| {
            mode.set(m);
            confirming.set(None);
        })
    };
    let on_apply = {
        let (store, stage, mode, choices, confirming, busy) = (
            store.clone(),
            stage.clone(),
            mode.clone(),
            choices.clone(),
            confirming.clone(),
            busy.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let Stage::Ready { file, .. } = (*stage).clone() else {
                return;
            };
            if *busy.borrow() {
                return;
            }
            if *mode == ImportMode::Restore {
                if file.scope != Scope::All {
                    return;
                }
                if confirming.is_none() {
                    confirming.set(Some(Rc::new(
                        store.state().dataset().restore_losses(&file.data),
                    )));
                    return;
                }
            }
            *busy.borrow_mut() = true;
            let (store, stage, mode, choices, busy) = (
                store.clone(),
                stage.clone(),
                *mode,
                (*choices).clone(),
                busy.clone(),
            );
            wasm_bindgen_futures::spawn_local(async move {
                let end = apply(&store, &file, mode, &choices, &stage).await;
                stage.set(end);
                *busy.borrow_mut() = false;
            });
        })
    };
    let applying = matches!(*stage, Stage::Applying(_));

    html! {
        <div class="import-panel" data-testid="import-panel">
            <div class="field">
                <label for="import-file">{ t(lang, K::ChooseBackupFile) }</label>
                <input id="import-file" type="file" accept=".json,application/json"
                    onchange={on_file} disabled={applying} data-testid="import-file" />
            </div>
            <div aria-live="polite">
            { match &*stage {
                Stage::Idle => Html::default(),
                Stage::Reading => html! { <p class="muted">{ t(lang, K::Reading) }</p> },
                Stage::Locked(parts) => html! { <Unlock parts={parts.clone()} stage={stage.clone()} /> },
                Stage::Failed(failure) => html! {
                    <div class="banner error" role="alert" data-testid="import-error">
                        <p data-testid="import-error-message">{ failure.message(lang) }</p>
                        if let Some(details) = failure.details() {
                            <details data-testid="import-error-details">
                                <summary>{ pick(lang, "技术细节".into(), "Technical details".into()) }</summary>
                                <code>{ details }</code>
                            </details>
                        }
                    </div>
                },
                Stage::Done { written } => html! {
                    <p class="banner ok" role="status" data-testid="import-done">{ import_done_text(*written, lang) }</p>
                },
                Stage::Applying(step) => progress_view(lang, *step),
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
                            if file.scope == Scope::All {
                                { mode_option(lang, ImportMode::Restore, *mode, on_mode(ImportMode::Restore)) }
                            } else {
                                <p class="muted" data-testid="restore-not-offered">{ pick(lang,
                                    "这是单个案件的导出文件，只能合并或作为副本添加；“恢复”会清除本机其他全部数据，所以不提供。".into(),
                                    "This file holds one case: it can be merged or added as copies. Restore would wipe everything else here, so it is not offered.".into()) }</p>
                            }
                        </fieldset>
                        if *mode == ImportMode::Merge {
                            <ConflictList file={file.clone()} choices={choices.clone()} />
                        }
                        if let Some(lost) = &*confirming {
                            <div class="banner warn" role="alert" data-testid="restore-warning">
                                { restore_warning(lang, preview, lost, &cases) }</div>
                        }
                        <div class="actions">
                            <button type="button" class="primary" onclick={on_apply.clone()} data-testid="import-apply">
                                { t(lang, if confirming.is_some() { K::ConfirmRestore } else { K::ApplyImport }) }</button>
                        </div>
                    </>
                },
            } }
            </div>
        </div>
    }
}

async fn read(store: &Store, file: web_sys::File) -> Stage {
    let limits = Limits::default();
    let size = file.size() as usize;
    if size > limits.max_bytes {
        return Stage::Failed(Failure::Import(ImportError::TooLarge {
            bytes: size,
            max: limits.max_bytes,
        }));
    }
    let text = match platform::read_file_text(&file).await {
        Ok(text) => text,
        Err(e) => return Stage::Failed(Failure::Import(e)),
    };
    if is_encrypted(&text) {
        return match parse_encrypted(&text) {
            Ok(parts) => Stage::Locked(Rc::new(parts)),
            Err(e) => Stage::Failed(Failure::Import(e)),
        };
    }
    parsed(store, &text)
}

/// Validates a plain backup's text and previews what it would change here (the data as it
/// is now).
fn parsed(store: &Store, text: &str) -> Stage {
    match parse_backup(text, Limits::default()) {
        Ok(envelope) => {
            let preview = store.state().dataset().preview(&envelope.data);
            let altered = altered_histories(&envelope.data);
            Stage::Ready {
                file: Rc::new(envelope),
                preview,
                altered,
            }
        }
        Err(e) => Stage::Failed(Failure::Import(e)),
    }
}

/// Decrypts a locked file with the passphrase, then reads it like a plain one.
async fn unlock(store: &Store, parts: &SealedParts, pass: &str) -> Stage {
    match decrypt(parts, pass).await {
        Ok(text) => parsed(store, &text),
        Err(CryptoError::WrongPassphrase) => Stage::Failed(Failure::WrongPassphrase),
        Err(_) => Stage::Failed(Failure::CryptoUnavailable),
    }
}

/// Applies the import, showing each step in `stage`: exactly one safety copy (of the data as
/// it was) before a restore, then the write in slices with its progress. Returns the end.
async fn apply(
    store: &Store,
    file: &Envelope,
    mode: ImportMode,
    choices: &BTreeMap<Uuid, Side>,
    stage: &UseStateHandle<Stage>,
) -> Stage {
    let (data, replace, after) = match mode {
        ImportMode::Restore => {
            stage.set(Stage::Applying(Step::SafetyCopy));
            platform::after_next_paint().await;
            safety_copy(store.clone()).await;
            // What is stored afterwards is exactly the written data.
            (file.data.clone(), true, After::Written)
        }
        ImportMode::Merge => {
            stage.set(Stage::Applying(Step::Merging));
            platform::after_next_paint().await;
            // The data as it is now, after the paint.
            let state = store.state();
            let ours = state.dataset();
            let merged = ours.merge(&file.data, choices).merged;
            // What really changes, plus this tab's edits not stored yet (so that the data
            // shown afterwards is all stored).
            let changes = ours.changes_in(&merged);
            let unsaved = state.unsaved.keys();
            let changes = if unsaved.is_empty() {
                changes
            } else {
                let mut changes = Tables::from_dataset(changes);
                let merged = Tables::from_dataset(merged.clone());
                for (kind, id) in unsaved {
                    if let Some(record) = merged.find(kind, id) {
                        changes.put(record);
                    }
                }
                changes.to_dataset()
            };
            if changes.len() == merged.len() {
                // Everything changes (a first merge onto an empty device): write the merged
                // data itself rather than a second copy of it.
                (merged, false, After::Written)
            } else {
                (changes, false, After::Known(merged))
            }
        }
        // Copies are few and small: the stored data is read back afterwards.
        ImportMode::AddCopies => (
            file.data.as_copies(platform::fresh_id, platform::now()),
            false,
            After::ReadBack,
        ),
    };
    let written = data.len();
    let total = written;
    stage.set(Stage::Applying(Step::Writing { written: 0, total }));
    platform::after_next_paint().await;
    let progress = {
        let stage = stage.clone();
        move |written: usize, total: usize| {
            stage.set(Stage::Applying(Step::Writing { written, total }))
        }
    };
    match apply_import(store, data, replace, after, IMPORT_SLICE, progress).await {
        Ok(()) => Stage::Done { written },
        Err(e) => Stage::Failed(Failure::Storage(e)),
    }
}

fn progress_view(lang: Lang, step: Step) -> Html {
    let (text, value, max) = match step {
        Step::SafetyCopy => (
            pick(
                lang,
                "正在下载当前数据的安全备份…".into(),
                "Downloading a safety copy of the current data…".into(),
            ),
            None,
            None,
        ),
        Step::Merging => (
            pick(
                lang,
                "正在比较并合并…".into(),
                "Comparing and merging…".into(),
            ),
            None,
            None,
        ),
        Step::Writing { written, total } => (
            pick(
                lang,
                format!("正在写入：{written} / {total} 条记录"),
                format!("Writing: {written} of {total} records"),
            ),
            Some(written),
            Some(total.max(1)),
        ),
    };
    html! {
        <div class="import-progress" role="status" aria-live="polite">
            <p data-testid="import-progress">{ text.clone() }</p>
            <progress value={value.map(|v| v.to_string())} max={max.map(|m| m.to_string())} aria-label={text} />
            <p class="muted">{ pick(lang, "写入完成前请不要关闭此页；中途关闭不会留下半份数据。".into(),
                "Keep this page open until it finishes; closing it midway leaves the old data, never half.".into()) }</p>
        </div>
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

/// The restore confirmation: what is lost, named (cases by company), kind by kind.
fn restore_warning(
    lang: Lang,
    p: &Preview,
    lost: &[Lost],
    cases: &BTreeMap<Uuid, Rc<Case>>,
) -> Html {
    const SHOWN: usize = 8;
    let label = |l: &Lost| {
        l.case_id
            .and_then(|id| cases.get(&id))
            .map(|c| c.client.company_name.clone())
            .filter(|name| !name.is_empty())
            .unwrap_or_else(|| l.label.clone())
    };
    let group = |edited: bool| -> Html {
        let items: Vec<&Lost> = lost.iter().filter(|l| l.edited == edited).collect();
        if items.is_empty() {
            return Html::default();
        }
        let mut kinds: Vec<&'static str> = items.iter().map(|l| l.kind).collect();
        kinds.dedup();
        let title = if edited {
            pick(lang, format!("{} 条记录本机改过、文件里是旧的，这些修改会丢失：", items.len()),
                format!("{} record(s) were changed here after the file was made; those changes are lost:", items.len()))
        } else {
            pick(
                lang,
                format!("{} 条记录只在本机，恢复后会消失：", items.len()),
                format!("{} record(s) exist only here and disappear:", items.len()),
            )
        };
        let testid = if edited {
            "restore-lost-edited"
        } else {
            "restore-lost-only-here"
        };
        html! {
            <div data-testid={testid}>
                <p><strong>{ title }</strong></p>
                <ul>
                { for Dataset::KINDS.iter().filter_map(|kind| {
                    let of_kind: Vec<&&Lost> = items.iter().filter(|l| l.kind == *kind).collect();
                    if of_kind.is_empty() {
                        return None;
                    }
                    let names: Vec<String> = of_kind.iter().take(SHOWN).map(|l| label(l)).collect();
                    let more = of_kind.len().saturating_sub(SHOWN);
                    let names = names.join("、");
                    let tail = if more > 0 { pick(lang, format!(" 等 {} 条", of_kind.len()), format!(" and {more} more")) } else { String::new() };
                    Some(html! {
                        <li key={*kind} data-testid="restore-lost-kind">
                            { format!("{}（{}）：{names}{tail}", t(lang, kind_label(kind)), of_kind.len()) }</li>
                    })
                }) }
                </ul>
            </div>
        }
    };
    html! {
        <>
            <p><strong>{ pick(lang,
                format!("确认恢复：本机现有数据将被文件内容整体替换（共 {} 条记录会丢失或被覆盖）。应用前会先自动下载一份当前数据的安全备份。", p.restore_loses()),
                format!("Confirm restore: everything on this device is replaced by the file ({} record(s) lost or overwritten). A safety copy of the current data downloads first.", p.restore_loses())) }</strong></p>
            if lost.is_empty() {
                <p data-testid="restore-lost-none">{ pick(lang, "本机没有文件之外的内容，恢复不会丢失任何修改。".into(),
                    "Nothing here is missing from the file: no edit is lost.".into()) }</p>
            }
            { group(false) }
            { group(true) }
        </>
    }
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

/// Tables compared by identity (see `Tables::same_as`), as a memo key.
struct SameTables(Tables);

impl PartialEq for SameTables {
    fn eq(&self, other: &Self) -> bool {
        self.0.same_as(&other.0)
    }
}

#[derive(Properties, PartialEq)]
struct ConflictListProps {
    file: Rc<Envelope>,
    choices: UseStateHandle<BTreeMap<Uuid, Side>>,
}

/// The merge's conflicts, for a person to settle. The merge runs over every record of every
/// kind, so this reads all the tables: any change of the data can change the conflicts. It
/// runs once per change of the data, the file or the choices, not on every render.
#[component]
fn ConflictList(props: &ConflictListProps) -> Html {
    let lang = use_lang();
    let data = use_select_by(|v| v.data.clone(), |a: &Tables, b: &Tables| a.same_as(b));
    let conflicts = use_memo(
        (
            SameRc(props.file.clone()),
            (*props.choices).clone(),
            SameTables(data.clone()),
        ),
        |(file, choices, data)| data.0.to_dataset().merge(&file.0.data, choices).conflicts,
    );
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
                    .and_then(|id| data.cases.get(&id))
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
    let lang = use_lang();
    let store = use_store();
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
        let (store, pass, parts, stage) = (
            store.clone(),
            pass.clone(),
            props.parts.clone(),
            props.stage.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let (store, pass, parts, stage) =
                (store.clone(), (*pass).clone(), parts.clone(), stage.clone());
            stage.set(Stage::Reading);
            wasm_bindgen_futures::spawn_local(async move {
                stage.set(unlock(&store, &parts, &pass).await);
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
