//! 工作日计算器: forward (start + N working days) and reverse (working days until a date),
//! both on the calendar in force (built-in years plus imported ones).

use yew::prelude::*;

use super::add_days::AddDays;
use super::count_days::CountDays;
use super::tabs::{LibTab, LibraryTabs};
use crate::i18n::{t, LibK};
use crate::ui::store::use_lang;

#[component]
pub fn WorkdaysPage() -> Html {
    let lang = use_lang();
    html! {
        <section class="page" data-testid="page-lib-workdays">
            <LibraryTabs current={LibTab::Workdays} />
            <h1>{ t(lang, LibK::TabWorkdays) }</h1>
            <p class="lead">{ t(lang, LibK::WorkdaysLead) }</p>
            <AddDays />
            <CountDays />
        </section>
    }
}
