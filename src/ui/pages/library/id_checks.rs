//! Checks by hand: a credit code, an ID number, and two company names side by side.

use yew::prelude::*;

use super::credit_code_check::CreditCodeCheck;
use super::id_card_check::IdCardCheck;
use super::name_compare::NameCompare;
use super::tabs::{LibTab, LibraryTabs};
use crate::i18n::{t, LibK};
use crate::ui::store::use_lang;

#[component]
pub fn IdChecksPage() -> Html {
    let lang = use_lang();
    html! {
        <section class="page" data-testid="page-lib-ids">
            <LibraryTabs current={LibTab::Ids} />
            <h1>{ t(lang, LibK::TabIds) }</h1>
            <p class="lead">{ t(lang, LibK::IdsLead) }</p>
            <CreditCodeCheck />
            <IdCardCheck />
            <NameCompare />
        </section>
    }
}
