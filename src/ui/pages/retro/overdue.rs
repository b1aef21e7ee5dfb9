//! Overdue action items across cases, each linking to its case's 复盘 tab. Shown on the 复盘
//! area page and on the home screen.

use yew::prelude::*;

use super::shared::retro_href;
use crate::domain::case::Case;
use crate::domain::response::format_date;
use crate::domain::retro::{overdue_actions, Retro};
use crate::i18n::{pick, t, RetroK};
use crate::ui::platform;
use crate::ui::state::SameRc;
use crate::ui::store::{use_lang, use_table};

#[derive(Properties, PartialEq)]
pub struct OverdueActionsProps {
    /// Show nothing at all when no item is overdue (the home screen).
    #[prop_or_default]
    pub hide_when_empty: bool,
}

#[component]
pub fn OverdueActions(props: &OverdueActionsProps) -> Html {
    let lang = use_lang();
    let cases = use_table::<Case>();
    let all = use_table::<Retro>();
    // The retrospectives of live cases, gathered once per change of either table.
    let retros = use_memo((SameRc(all), SameRc(cases.clone())), |(retros, cases)| {
        retros
            .0
            .values()
            .filter(|r| cases.0.get(&r.case_id).is_some_and(|c| !c.meta.deleted))
            .map(|r| r.as_ref().clone())
            .collect::<Vec<Retro>>()
    });
    let items = overdue_actions(&retros, platform::today());
    if items.is_empty() && props.hide_when_empty {
        return Html::default();
    }
    html! {
        <section class="overdue-actions" aria-labelledby="overdue-actions-title" data-testid="overdue-actions">
            <h2 id="overdue-actions-title">{ t(lang, RetroK::OverdueTitle) }</h2>
            if items.is_empty() {
                <p class="empty" data-testid="overdue-actions-empty">{ t(lang, RetroK::NoOverdue) }</p>
            } else {
                <ul class="alert-list">
                    { for items.iter().map(|o| {
                        let company = cases.get(&o.case_id).map(|c| c.client.company_name.clone()).unwrap_or_default();
                        html! {
                            <li key={format!("{}-{}", o.retro_id, o.item.id)} class="alert" data-testid="overdue-action">
                                <a href={retro_href(o.case_id)} data-testid="overdue-action-link">
                                    <strong>{ o.item.text.clone() }</strong>
                                    <span class="sub">{ pick(lang,
                                        format!("{company} · {} · 截止 {} · 已逾期 {} 天", o.item.owner, format_date(o.item.due, lang), o.days_overdue),
                                        format!("{company} · {} · due {} · {} day(s) overdue", o.item.owner, format_date(o.item.due, lang), o.days_overdue)) }</span>
                                </a>
                            </li>
                        }
                    }) }
                </ul>
            }
        </section>
    }
}
