//! Import one year of holiday data (holiday-cn JSON): read the file, validate it, preview what
//! it holds, then store it. Nothing is stored when the file is refused.

use std::rc::Rc;

use yew::prelude::*;

use super::fmt::stored_year;
use crate::domain::calendar::{parse_holiday_year, HolidayYear};
use crate::domain::library::import_year;
use crate::i18n::{pick, t, Lang, LibK};
use crate::ui::platform;
use crate::ui::store::use_app;
use crate::ui::sync::save;

/// A holiday-cn year file is a few kilobytes; anything far larger is not one.
const MAX_FILE_BYTES: f64 = 256.0 * 1024.0;

#[derive(Clone, PartialEq)]
enum Stage {
    Idle,
    Reading,
    Ready(Rc<HolidayYear>),
    Failed(String),
    Done(i32),
}

#[component]
pub fn YearImport() -> Html {
    let ctx = use_app();
    let lang = ctx.lang;
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
                stage.set(read(file, lang).await);
            });
        })
    };
    let on_save = {
        let (ctx, stage) = (ctx.clone(), stage.clone());
        Callback::from(move |_: MouseEvent| {
            let Stage::Ready(data) = &*stage else { return };
            let existing = stored_year(&ctx.data, data.year);
            let record = import_year(
                existing.as_deref(),
                (**data).clone(),
                platform::fresh_id(),
                platform::now(),
            );
            save(&ctx.store, record);
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
        Stage::Failed(msg) => {
            html! { <p class="banner error" role="alert" data-testid="year-error">{ msg.clone() }</p> }
        }
        Stage::Done(year) => html! {
            <p class="banner ok" role="status" data-testid="year-done">
                { pick(lang, format!("已导入 {year} 年的假期安排，工作日计算已按新数据进行。"),
                    format!("The {year} holiday schedule is imported; working days now use it.")) }</p>
        },
        Stage::Ready(data) => {
            let off = data.days.iter().filter(|d| d.is_off_day).count();
            let makeup = data.days.len() - off;
            let replaces = ctx.calendar.covers(data.year);
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

async fn read(file: web_sys::File, lang: Lang) -> Stage {
    if file.size() > MAX_FILE_BYTES {
        return Stage::Failed(t(lang, LibK::ErrYearFileTooLarge).to_string());
    }
    let text = match platform::read_file_text(&file).await {
        Ok(text) => text,
        Err(crate::domain::backup::ImportError::Unreadable) => {
            return Stage::Failed(t(lang, LibK::ErrFileUnreadable).to_string())
        }
        Err(e) => return Stage::Failed(e.message(lang)),
    };
    match parse_holiday_year(&text) {
        Ok(data) => Stage::Ready(Rc::new(data)),
        Err(e) => Stage::Failed(e.message(lang)),
    }
}
