//! Long lists render their first rows at once and more on request, so a screen with years of
//! cases opens as quickly as one with a few (the case list, the precheck and plan areas).

use yew::prelude::*;

use crate::i18n::{pick, t, K};

/// Rows rendered at first and added per "show more".
pub const ROWS: usize = 25;

/// How many rows to render: `ROWS` at first, `ROWS` more each time the footer's button is used.
#[hook]
pub fn use_row_limit() -> UseStateHandle<usize> {
    use_state(|| ROWS)
}

#[derive(Properties, PartialEq)]
pub struct MoreRowsProps {
    /// The row limit from `use_row_limit`.
    pub limit: UseStateHandle<usize>,
    pub total: usize,
    /// Test-id prefix: the footer is `{testid}-count`, its button `{testid}-more`.
    pub testid: AttrValue,
}

/// "显示 25 / 共 2000 条 [再显示 25 条]" under a list.
#[component]
pub fn MoreRows(props: &MoreRowsProps) -> Html {
    let lang = crate::ui::store::use_lang();
    let showing = props.total.min(*props.limit);
    let total = props.total;
    let more = {
        let limit = props.limit.clone();
        Callback::from(move |_: MouseEvent| limit.set(*limit + ROWS))
    };
    html! {
        <p class="muted table-count" data-testid={format!("{}-count", props.testid)} aria-live="polite">
            { pick(lang, format!("显示 {showing} / 共 {total} 条"), format!("Showing {showing} of {total}")) }
            if showing < total {
                { " " }
                <button type="button" data-testid={format!("{}-more", props.testid)} onclick={more}>{ t(lang, K::ShowMore) }</button>
            }
        </p>
    }
}
