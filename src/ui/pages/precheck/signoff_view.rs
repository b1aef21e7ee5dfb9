//! Step 5: 初审 → 复核 → 终审, with override reasons when blockers remain, stale signatures
//! and who must sign again after a change.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::precheck::{
    summarize, Finding, Precheck, PrecheckError, SignLevel, SignRequest,
};
use crate::i18n::{t, PreK};
use crate::ui::components::ErrorView;
use crate::ui::platform;
use crate::ui::store::{use_lang, use_record_editor};

#[derive(Properties, PartialEq)]
pub struct SignoffViewProps {
    pub precheck: Rc<Precheck>,
    pub findings: Rc<Vec<Finding>>,
    pub who: AttrValue,
}

fn input_cb(state: &UseStateHandle<String>) -> Callback<InputEvent> {
    let state = state.clone();
    Callback::from(move |e: InputEvent| {
        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
        state.set(input.value());
    })
}

#[component]
pub fn SignoffView(props: &SignoffViewProps) -> Html {
    let lang = use_lang();
    let profile_name = crate::ui::store::use_profile_name();
    let name = use_state(move || profile_name);
    let comment = use_state(String::new);
    let reason = use_state(String::new);
    let error = use_state(|| None::<PrecheckError>);
    let p = &props.precheck;
    let editor = use_record_editor::<Precheck>(Some(p.meta.id));
    let blockers = summarize(&props.findings).blockers;
    let on_sign = {
        let findings = props.findings.clone();
        let (name, comment, reason, error) =
            (name.clone(), comment.clone(), reason.clone(), error.clone());
        Callback::from(move |_: MouseEvent| {
            let req = SignRequest {
                level: None,
                name: (*name).clone(),
                comment: (*comment).clone(),
                override_reason: (*reason).clone(),
            };
            match editor.apply(|p| p.sign(&req, &findings, platform::now())) {
                Ok(()) => {
                    error.set(None);
                    name.set(String::new());
                    comment.set(String::new());
                    reason.set(String::new());
                }
                Err(e) => error.set(Some(e)),
            }
        })
    };
    let again = p.must_sign_again();
    html! {
        <div class="precheck-signoff" aria-live="polite">
            <ol class="levels">
                { for SignLevel::ALL.iter().map(|l| {
                    let text = match p.signoff(*l) {
                        Some(s) => format!("{} · {} {} · {}{}", l.label(lang), t(lang, PreK::SignedBy), s.name,
                            platform::local_time(s.at),
                            if s.comment.is_empty() { String::new() } else { format!(" · {}", s.comment) }),
                        None => format!("{} · {}", l.label(lang), t(lang, PreK::NotSigned)),
                    };
                    html! { <li key={l.key()} data-testid={format!("signoff-{}", l.key())}
                        data-signed={p.signoff(*l).is_some().to_string()}>{ text }</li> }
                }) }
            </ol>
            if !again.is_empty() {
                <p class="banner warning" data-testid="must-sign-again">{ format!("{}{}", t(lang, PreK::MustSignAgain),
                    again.iter().map(|l| l.label(lang)).collect::<Vec<_>>().join("、")) }</p>
            }
            { for p.stale_signoffs().enumerate().map(|(i, s)| html! {
                <p key={i} class="stale" data-testid="signoff-stale">{ format!("[{}] {} · {} · {}", t(lang, PreK::Stale),
                    s.level.label(lang), s.name, platform::local_time(s.at)) }</p>
            }) }
            if let Some(level) = p.next_level() {
                <fieldset class="sign-form no-print">
                    <legend>{ format!("{} · {} ({})", t(lang, PreK::Sign), level.label(lang), level.role(lang)) }</legend>
                    <label class="field"><span>{ t(lang, PreK::SignName) }</span>
                        <input data-testid="sign-name" value={(*name).clone()} placeholder={props.who.clone()} oninput={input_cb(&name)} /></label>
                    <label class="field"><span>{ t(lang, PreK::SignComment) }</span>
                        <input data-testid="sign-comment" value={(*comment).clone()} oninput={input_cb(&comment)} /></label>
                    if blockers > 0 {
                        <label class="field"><span>{ t(lang, PreK::SignOverride) }</span>
                            <input data-testid="sign-override" value={(*reason).clone()} oninput={input_cb(&reason)} /></label>
                    }
                    <ErrorView<PrecheckError> error={(*error).clone()} testid="sign-error" />
                    <button type="button" class="primary" data-testid="sign-submit" onclick={on_sign}>
                        { format!("{} {}", t(lang, PreK::Sign), level.label(lang)) }</button>
                </fieldset>
            } else {
                <p data-testid="signoff-complete">{ t(lang, PreK::AllSigned) }</p>
            }
        </div>
    }
}
