//! The score by dimension as horizontal bars, each with its numbers as text.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::drill::ScoreCard;
use crate::i18n::{t, DrillK};
use crate::ui::store::use_lang;

#[derive(Properties, PartialEq)]
pub struct ScoreBarsProps {
    pub card: Rc<ScoreCard>,
}

#[component]
pub fn ScoreBars(props: &ScoreBarsProps) -> Html {
    let lang = use_lang();
    let c = &props.card;
    html! {
        <div class="drill-score" data-testid="drill-score">
            <p class="drill-total" aria-live="polite">
                <strong>{ t(lang, DrillK::Total) }{ "：" }</strong>
                <span data-testid="drill-total">{ c.total }</span>
                { " / 100 · " }{ t(lang, DrillK::PassMark) }{ "：" }<span data-testid="drill-pass-mark">{ c.pass_mark }</span>{ " · " }
                <span class={classes!("badge", if c.passed { "ok" } else { "bad" })} data-testid="drill-passed"
                    data-passed={c.passed.to_string()}>
                    { if c.passed { "✔ " } else { "✘ " } }{ t(lang, if c.passed { DrillK::Passed } else { DrillK::Failed }) }
                </span>
            </p>
            <table class="drill-bars">
                <caption class="sr-only">{ t(lang, DrillK::Score) }</caption>
                <thead><tr><th scope="col">{ t(lang, DrillK::Dimension) }</th><th scope="col">{ t(lang, DrillK::Score) }</th><th scope="col">{ t(lang, DrillK::Points) }</th></tr></thead>
                <tbody>
                    { for c.dimensions.iter().map(|d| {
                        let pct = d.percent.map(u32::from);
                        html! {
                            <tr key={d.dimension.key()} data-testid={format!("drill-dim-{}", d.dimension.key())}>
                                <th scope="row">{ d.dimension.label(lang) }</th>
                                <td class="drill-bar-cell">
                                    <svg class="drill-bar drill-bar-svg" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
                                        <rect class="drill-bar-fill" width={pct.unwrap_or(0).to_string()} height="10" />
                                    </svg>
                                    <span>{ pct.map_or_else(|| "—".to_owned(), |p| format!("{p}%")) }</span>
                                </td>
                                <td>{ format!("{} ({}…{})", d.points, d.min, d.max) }</td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
            <p data-testid="drill-notify">{ t(lang, DrillK::Notify) }{ "：" }{ c.notify.message(lang) }</p>
        </div>
    }
}
