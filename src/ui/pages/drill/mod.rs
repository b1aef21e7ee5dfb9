//! 演练 The drill simulator area. `/drill` is the scenario library; `/drill/<rest>` holds the
//! sub-pages: `run/<key>`, `facilitator/<key>`, `debrief/<run-id>`, `edit/<key>`, `progress`.
//!
//! Drafts from retrospectives ("turn into training") are saved by the retro UI as
//! [`crate::domain::drill::ScenarioRecord`]s via `from_drill_draft`; they appear in the library as
//! custom scenarios and open in the editor (`edit/<key>`).

mod choice_edit;
mod debrief;
mod delete;
mod details_edit;
mod editor;
mod facilitator;
mod fields;
mod gauges;
mod initial_edit;
mod inject_edit;
mod keys;
mod library;
mod pack;
mod progress;
mod run;
mod score_bars;
mod shared;
mod step_edit;

use yew::prelude::*;

use crate::i18n::{t, DrillK, K};
use crate::ui::components::ErrorView;
use crate::ui::content::{use_builtin_scenarios, Content, ContentError};
use crate::ui::state::Load;
use crate::ui::store::{use_lang, use_load};

#[derive(Properties, PartialEq)]
pub struct DrillAreaProps {
    /// The rest of the address after `/drill/` (empty on the area's front page).
    #[prop_or_default]
    pub rest: AttrValue,
}

#[component]
pub fn DrillArea(props: &DrillAreaProps) -> Html {
    let lang = use_lang();
    let load = use_load();
    let (builtins, retry) = use_builtin_scenarios();
    if load == Load::Loading {
        return html! { <p class="muted">{ t(lang, DrillK::Loading) }</p> };
    }
    let builtins = match builtins {
        Content::Ready(builtins) => shared::Builtins(builtins),
        Content::Loading => {
            return html! { <p class="muted" data-testid="content-loading">{ t(lang, DrillK::Loading) }</p> };
        }
        Content::Failed(error) => {
            return html! {
                <section class="page">
                    <ErrorView<ContentError> error={Some(error)} testid="content-failed" />
                    <button type="button" data-testid="content-retry" onclick={retry.reform(|_: MouseEvent| ())}>
                        { t(lang, K::AreaRetry) }
                    </button>
                </section>
            };
        }
    };
    let rest = props.rest.trim_matches('/');
    let (head, arg) = rest.split_once('/').unwrap_or((rest, ""));
    let arg = AttrValue::from(arg.to_owned());
    let page = match head {
        "run" => {
            html! { <run::RunPage key={format!("run-{arg}")} scenario_key={arg.clone()} facilitator={false} /> }
        }
        "facilitator" => {
            html! { <run::RunPage key={format!("fac-{arg}")} scenario_key={arg.clone()} facilitator={true} /> }
        }
        "debrief" => html! { <debrief::DebriefPage run_id={arg} /> },
        "edit" => html! { <editor::EditorPage key={arg.to_string()} scenario_key={arg.clone()} /> },
        "progress" => html! { <progress::ProgressPage /> },
        _ => html! { <library::LibraryPage /> },
    };
    html! {
        <ContextProvider<shared::Builtins> context={builtins}>{ page }</ContextProvider<shared::Builtins>>
    }
}
