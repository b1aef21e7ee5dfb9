//! Entry points for `./scripts/bench`, compiled only with the cargo feature `bench` (never in
//! a shipped build). They let the benchmark page drive the app's own storage and backup code
//! from JavaScript, so the figures measure exactly what the app runs: `Repository::write_all`
//! and `load_all`, `Envelope::to_json` and `parse_backup`.
//!
//! The page hands the generated cases over once ([`bench_set_cases`], not timed); the app
//! keeps its data as [`Tables`], so the timed calls start from there as the app does.

use std::cell::RefCell;
use std::rc::Rc;

use uuid::Uuid;
use wasm_bindgen::prelude::*;

use crate::domain::backup::{parse_backup, Dataset, Envelope, Limits, Scope};
use crate::domain::case::Case;
use crate::domain::kinds::Tables;
use crate::storage::Repository;
use crate::ui::platform;

thread_local! {
    static TABLES: RefCell<Tables> = RefCell::new(Tables::default());
    static DATASET: RefCell<Rc<Dataset>> = RefCell::new(Rc::new(Dataset::default()));
    static REPO: RefCell<Option<Repository>> = const { RefCell::new(None) };
}

thread_local! {
    static RENDERS: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// Counts one component render (called from `use_lang`, which nearly every component calls
/// once per render).
pub fn count_render() {
    RENDERS.with(|r| r.set(r.get().wrapping_add(1)));
}

/// Component renders so far, for "renders per keystroke" in the benchmark.
#[wasm_bindgen]
pub fn bench_renders() -> u32 {
    RENDERS.with(|r| r.get())
}

fn err(e: impl std::fmt::Display) -> JsError {
    JsError::new(&e.to_string())
}

fn ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// Decodes cases in their stored shape and keeps them, as a dataset and as the app's tables.
/// Returns how many there are.
#[wasm_bindgen]
pub fn bench_set_cases(cases: JsValue) -> Result<usize, JsError> {
    let text: String = js_sys::JSON::stringify(&cases)
        .map_err(|_| JsError::new("JSON.stringify"))?
        .into();
    let cases: Vec<Case> = crate::domain::json::from_json(&text).map_err(err)?;
    let data = Dataset {
        cases,
        ..Dataset::default()
    };
    let count = data.len();
    TABLES.with(|t| *t.borrow_mut() = Tables::from_dataset(data.clone()));
    DATASET.with(|d| *d.borrow_mut() = Rc::new(data));
    Ok(count)
}

/// How many of the kept cases fail `Case::verify_history` (the generator's hash chains must
/// match the app's, or the data would not be realistic).
#[wasm_bindgen]
pub fn bench_broken_histories() -> usize {
    DATASET.with(|d| {
        d.borrow()
            .cases
            .iter()
            .filter(|c| c.verify_history().is_err())
            .count()
    })
}

/// Opens (creating) the named database through the app's repository.
#[wasm_bindgen]
pub async fn bench_open(db_name: String) -> Result<(), JsError> {
    let repo = Repository::open(&db_name).await.map_err(err)?;
    REPO.with(|r| *r.borrow_mut() = Some(repo));
    Ok(())
}

fn repo() -> Result<Repository, JsError> {
    REPO.with(|r| r.borrow().clone())
        .ok_or_else(|| JsError::new("bench_open first"))
}

/// Saves the kept dataset in one transaction (`write_all`, merge mode: puts over what is there).
#[wasm_bindgen]
pub async fn bench_save() -> Result<(), JsError> {
    let repo = repo()?;
    let data = DATASET.with(|d| d.borrow().clone());
    repo.write_all(&data, false).await.map_err(err)
}

/// Reads everything back into Rust values (`load_all`); returns the number of records.
#[wasm_bindgen]
pub async fn bench_load() -> Result<usize, JsError> {
    let data = repo()?.load_all().await.map_err(err)?;
    Ok(data.len())
}

/// The app's export from memory: tables to dataset, envelope, JSON, handed to JS as UTF-8
/// bytes (as the download hands them to a Blob).
#[wasm_bindgen]
pub fn bench_export() -> Vec<u8> {
    let data = TABLES.with(|t| t.borrow().to_dataset());
    Envelope::new(data, Scope::All, Uuid::nil(), platform::now())
        .to_json()
        .into_bytes()
}

/// The app's import from a file's bytes, as the import screen reads a chosen file: the text
/// (`file_text`), then parse, check, migrate and decode (`parse_backup`); returns the number
/// of records.
#[wasm_bindgen]
pub fn bench_import(bytes: Vec<u8>) -> Result<usize, JsError> {
    let text = crate::domain::backup::file_text(bytes).map_err(err)?;
    let envelope = parse_backup(&text, Limits::default()).map_err(err)?;
    Ok(envelope.data.len())
}

/// The Rust work behind start-up and one keystroke in the case list, step by step, on the kept
/// cases (for the analysis; the rest of those figures is Yew's diff and the DOM): a map of
/// step name to milliseconds.
#[wasm_bindgen]
pub fn bench_steps() -> Result<JsValue, JsError> {
    use crate::domain::calendar::Calendar;
    use crate::domain::case::CaseFilter;
    use crate::domain::catalog::Catalog;
    use crate::i18n::Lang;
    use crate::ui::state::AppState;
    use std::hint::black_box;

    let data = DATASET.with(|d| d.borrow().clone());
    let today = platform::today();
    let mut steps: Vec<(&str, f64)> = Vec::new();
    let mut time = |name: &'static str, f: &mut dyn FnMut()| {
        let t0 = ms();
        f();
        steps.push((name, ms() - t0));
    };
    time("Catalog::builtin", &mut || {
        black_box(Catalog::builtin());
    });
    time("Calendar::builtin", &mut || {
        black_box(Calendar::builtin());
    });
    // The copies are made before the clock starts: only the conversion is timed.
    let mut copy = Some((*data).clone());
    time("Tables::from_dataset", &mut || {
        if let Some(d) = copy.take() {
            black_box(Tables::from_dataset(d));
        }
    });
    let mut copy = Some((*data).clone());
    time("AppState::ready", &mut || {
        if let Some(d) = copy.take() {
            black_box(AppState::ready(Lang::default(), None, d));
        }
    });
    let calendar = Calendar::builtin();
    let open = CaseFilter::default();
    let mut shown = 0;
    time("CaseFilter::apply (open)", &mut || {
        shown = open.apply(data.cases.iter(), today).len();
    });
    let typed = CaseFilter {
        text: "9".into(),
        ..CaseFilter::default()
    };
    time("CaseFilter::apply (text 9)", &mut || {
        black_box(typed.apply(data.cases.iter(), today));
    });
    time("Case::schedule for every open row", &mut || {
        for c in open.apply(data.cases.iter(), today) {
            black_box(c.schedule(&calendar, today));
        }
    });
    steps.push(("open rows", shown as f64));
    let text = crate::domain::json::to_json(&steps).map_err(err)?;
    js_sys::JSON::parse(&text).map_err(|_| JsError::new("JSON.parse"))
}
