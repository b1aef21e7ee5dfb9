//! Browser tests of the case list components, rendered from cases read out of IndexedDB.
#![cfg(target_arch = "wasm32")]

mod common;

use common::{at, case, date, db_name, pin_today};
use expedite_guard::domain::backup::Dataset;
use expedite_guard::domain::case::{Case, Status};
use expedite_guard::i18n::Lang;
use expedite_guard::storage::Repository;
use expedite_guard::ui::pages::CaseListPage;
use expedite_guard::ui::state::AppState;
use expedite_guard::ui::store::Store;
use wasm_bindgen_test::*;
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

#[derive(Properties, PartialEq)]
struct HarnessProps {
    lang: Lang,
    cases: Vec<Case>,
}

/// Provides an already-loaded state to the page under test.
#[component]
fn Harness(props: &HarnessProps) -> Html {
    let state = {
        let (lang, cases) = (props.lang, props.cases.clone());
        use_memo((), move |_| {
            Store::new(AppState::ready(
                lang,
                None,
                Dataset {
                    cases,
                    ..Dataset::default()
                },
            ))
        })
    };
    html! {
        <ContextProvider<Store> context={(*state).clone()}>
            <ContextProvider<Lang> context={props.lang}>
                <CaseListPage />
            </ContextProvider<Lang>>
        </ContextProvider<Store>>
    }
}

fn root() -> web_sys::Element {
    pin_today();
    let doc = gloo::utils::document();
    let div = doc.create_element("div").expect("div");
    doc.body()
        .expect("body")
        .append_child(&div)
        .expect("append");
    div
}

fn texts(root: &web_sys::Element, selector: &str) -> Vec<String> {
    let list = root.query_selector_all(selector).expect("selector");
    (0..list.length())
        .filter_map(|i| list.get(i))
        .map(|n| n.text_content().unwrap_or_default())
        .collect()
}

async fn stored_cases(test: &str) -> Vec<Case> {
    let repo = Repository::open(&db_name(test)).await.expect("open");
    let done = case("丙公司", date("2027-01-10"), 3)
        .transition(Status::Precheck, at(10))
        .and_then(|c| c.transition(Status::InProgress, at(11)))
        .and_then(|c| c.transition(Status::Submitted, at(12)))
        .and_then(|c| c.transition(Status::Done, at(13)))
        .expect("legal path");
    for c in [
        case("甲公司", date("2027-03-01"), 1),
        case("乙公司", date("2027-02-01"), 2),
        done,
    ] {
        repo.put(&c).await.expect("put");
    }
    repo.all::<Case>().await.expect("list")
}

#[wasm_bindgen_test]
async fn renders_open_cases_from_the_store_by_deadline() {
    let cases = stored_cases("render").await;
    let root = root();
    yew::Renderer::<Harness>::with_root_and_props(
        root.clone(),
        HarnessProps {
            lang: Lang::Zh,
            cases,
        },
    )
    .render();
    yew::scheduler::flush().await;

    // The finished case is hidden by the default "open" filter; the rest sort by hard date.
    assert_eq!(
        texts(&root, "[data-testid=case-link]"),
        vec!["乙公司".to_string(), "甲公司".to_string()]
    );
    assert_eq!(
        texts(&root, "[data-testid=status-badge]"),
        vec!["接案", "接案"]
    );
    // Days left count from the pinned today (2026-12-01): 62 and 90 calendar days.
    let left = texts(&root, "[data-testid=days-left]");
    assert!(left[0].contains("62"), "{left:?}");
    assert!(left[1].contains("90"), "{left:?}");
    assert_eq!(
        texts(&root, "th").first().map(String::as_str),
        Some("客户企业")
    );
}

#[wasm_bindgen_test]
async fn renders_in_english_and_shows_an_empty_state() {
    let root = root();
    yew::Renderer::<Harness>::with_root_and_props(
        root.clone(),
        HarnessProps {
            lang: Lang::En,
            cases: Vec::new(),
        },
    )
    .render();
    yew::scheduler::flush().await;
    assert_eq!(
        texts(&root, "[data-testid=cases-empty]"),
        vec!["No cases match."]
    );
    assert_eq!(texts(&root, "h1"), vec!["Case register"]);
}
