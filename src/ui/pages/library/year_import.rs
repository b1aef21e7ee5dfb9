//! Import one year of holiday data (holiday-cn JSON): read the file, validate it, preview what
//! it holds, then store it. Nothing is stored when the file is refused.

use std::rc::Rc;

use yew::prelude::*;

use super::fmt::stored_year;
use crate::domain::backup::ImportError;
use crate::domain::calendar::{parse_holiday_year, CalendarError, HolidayYear};
use crate::domain::kinds::Kind;
use crate::domain::library::{import_year, StoredHolidayYear};
use crate::i18n::{pick, t, Lang, LibK, Localized};
use crate::ui::components::ErrorView;
use crate::ui::platform;
use crate::ui::store::{use_calendar, use_lang, use_store};
use crate::ui::sync::save;

/// A holiday-cn year file is a few kilobytes; anything far larger is not one.
const MAX_FILE_BYTES: f64 = 256.0 * 1024.0;

/// Why a year file was refused: kept typed, worded when shown.
#[derive(Clone, PartialEq)]
enum YearError {
    TooLarge,
    Unreadable,
    Read(ImportError),
    Data(CalendarError),
}

impl Localized for YearError {
    fn message(&self, lang: Lang) -> String {
        match self {
            YearError::TooLarge => t(lang, LibK::ErrYearFileTooLarge).to_string(),
            YearError::Unreadable => t(lang, LibK::ErrFileUnreadable).to_string(),
            YearError::Read(e) => e.message(lang),
            YearError::Data(e) => e.message(lang),
        }
    }
}

#[derive(Clone, PartialEq)]
enum Stage {
    Idle,
    Reading,
    Ready(Rc<HolidayYear>),
    Failed(YearError),
    Done(i32),
}

#[component]
pub fn YearImport() -> Html {
    let lang = use_lang();
    let store = use_store();
    let calendar = use_calendar();
    let stage = use_state(|| Stage::Idle);
    let on_file = {
        let stage = stage.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            // Cleared so choosing the same file again still fires `change`.
            input.set_value("");
            let stage = stage.clone();
            stage.set(Stage::Reading);
            wasm_bindgen_futures::spawn_local(async move {
                stage.set(read(file).await);
            });
        })
    };
    let on_save = {
        let stage = stage.clone();
        Callback::from(move |_: MouseEvent| {
            let Stage::Ready(data) = &*stage else { return };
            let existing = stored_year(StoredHolidayYear::table(&store.state().data), data.year);
            let record = import_year(
                existing.as_deref(),
                (**data).clone(),
                platform::fresh_id(),
                platform::now(),
            );
            save(&store, record);
            stage.set(Stage::Done(data.year));
        })
    };
    let on_cancel = {
        let stage = stage.clone();
        Callback::from(move |_: MouseEvent| stage.set(Stage::Idle))
    };
    let body = match &*stage {
        Stage::Idle => Html::default(),
        Stage::Reading => html! { <p class="muted">{ t(lang, LibK::ReadingFile) }</p> },
        Stage::Failed(e) => {
            html! { <ErrorView<YearError> error={Some(e.clone())} testid="year-error" /> }
        }
        Stage::Done(year) => html! {
            <p class="banner ok" role="status" data-testid="year-done">
                { pick(lang, format!("已导入 {year} 年的假期安排，工作日计算已按新数据进行。"),
                    format!("The {year} holiday schedule is imported; working days now use it.")) }</p>
        },
        Stage::Ready(data) => {
            let off = data.days.iter().filter(|d| d.is_off_day).count();
            let makeup = data.days.len() - off;
            let replaces = calendar.covers(data.year);
            html! {
                <div class="lib-preview lib-box" data-testid="year-preview">
                    <h3>{ t(lang, LibK::PreviewTitle) }</h3>
                    <dl class="facts">
                        <div class="fact"><dt>{ t(lang, LibK::Year) }</dt><dd data-testid="preview-year">{ data.year.to_string() }</dd></div>
                        <div class="fact"><dt>{ t(lang, LibK::OffDays) }</dt><dd data-testid="preview-off">{ off.to_string() }</dd></div>
                        <div class="fact"><dt>{ t(lang, LibK::MakeUpDays) }</dt><dd data-testid="preview-makeup">{ makeup.to_string() }</dd></div>
                        <div class="fact"><dt>{ t(lang, LibK::Papers) }</dt><dd>{ data.papers.join("；") }</dd></div>
                    </dl>
                    if replaces {
                        <p class="banner warn" data-testid="preview-replaces">{ pick(lang,
                            format!("本机已有 {} 年的数据，保存后将以此文件为准。", data.year),
                            format!("This device already has {} data; saving replaces it with this file.", data.year)) }</p>
                    }
                    <div class="actions">
                        <button type="button" class="primary" onclick={on_save} data-testid="save-year">{ t(lang, LibK::SaveYear) }</button>
                        <button type="button" onclick={on_cancel} data-testid="cancel-year">{ t(lang, LibK::CancelImport) }</button>
                    </div>
                </div>
            }
        }
    };
    html! {
        <div class="lib-box" data-testid="year-import">
            <h2>{ t(lang, LibK::ImportYearTitle) }</h2>
            <p class="hint">{ t(lang, LibK::ImportYearHint) }</p>
            <div class="field narrow">
                <label for="year-file">{ t(lang, LibK::ChooseYearFile) }</label>
                <input id="year-file" type="file" accept=".json,application/json" onchange={on_file} data-testid="year-file" />
            </div>
            <div aria-live="polite">{ body }</div>
        </div>
    }
}

async fn read(file: web_sys::File) -> Stage {
    if file.size() > MAX_FILE_BYTES {
        return Stage::Failed(YearError::TooLarge);
    }
    let text = match platform::read_file_text(&file).await {
        Ok(text) => text,
        Err(ImportError::Unreadable) => return Stage::Failed(YearError::Unreadable),
        Err(e) => return Stage::Failed(YearError::Read(e)),
    };
    match parse_holiday_year(&text) {
        Ok(data) => Stage::Ready(Rc::new(data)),
        Err(e) => Stage::Failed(YearError::Data(e)),
    }
}
