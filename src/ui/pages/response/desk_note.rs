//! What a failure-desk form says back, kept as a value and worded only when it shows (in the
//! language of that moment): a refusal by the rules, an entry the form could not read, or how
//! an action went. The raise and notify forms share their error handling here: the refusal is
//! kept typed and the field it belongs under is worked out at render time.

use chrono::{DateTime, Utc};
use yew::prelude::*;

use crate::domain::response::{LocalClock, ResponseError};
use crate::i18n::{t, Lang, Localized, RespK};
use crate::ui::components::ErrorView;

#[derive(Clone, Debug, PartialEq)]
pub enum DeskNote {
    /// The rules refused the step.
    Refused(ResponseError),
    /// A fixed message: a time or number the form could not read, or how an action went.
    Say(RespK),
}

impl Localized for DeskNote {
    fn message(&self, lang: Lang) -> String {
        match self {
            DeskNote::Refused(e) => e.message(lang),
            DeskNote::Say(k) => t(lang, *k).to_owned(),
        }
    }
}

/// A form's error with the way to place it: under one of the form's fields `F`, or over the
/// form as a whole.
pub struct FormError<F: 'static> {
    error: UseStateHandle<Option<DeskNote>>,
    /// The field a refusal belongs under (`None`: the form as a whole).
    spot: fn(&ResponseError) -> Option<F>,
    /// The form's date-and-time field, where an unreadable time is said.
    time: F,
}

impl<F: Copy> Clone for FormError<F> {
    fn clone(&self) -> Self {
        FormError {
            error: self.error.clone(),
            spot: self.spot,
            time: self.time,
        }
    }
}

/// The error state of a form whose refusals `spot` places and whose time is typed in `time`.
#[hook]
pub fn use_form_error<F: Copy + PartialEq + 'static>(
    spot: fn(&ResponseError) -> Option<F>,
    time: F,
) -> FormError<F> {
    FormError {
        error: use_state(|| None::<DeskNote>),
        spot,
        time,
    }
}

impl<F: Copy + PartialEq + 'static> FormError<F> {
    pub fn clear(&self) {
        self.error.set(None);
    }

    pub fn refuse(&self, e: ResponseError) {
        self.error.set(Some(DeskNote::Refused(e)));
    }

    /// The time typed into a date-and-time field: "now" (`clock.now`) while it is untouched.
    /// An entry that is not a full date and time is refused (`BadTime`) and gives `None`.
    pub fn read_time(&self, clock: &LocalClock, text: Option<&str>) -> Option<DateTime<Utc>> {
        let at = match text {
            None => Some(clock.now),
            Some(text) => clock.parse_input(text),
        };
        if at.is_none() {
            self.error.set(Some(DeskNote::Say(RespK::BadTime)));
        }
        at
    }

    /// Where the error shows: under a field, or (`None`) over the form.
    fn place(&self, note: &DeskNote) -> Option<F> {
        match note {
            DeskNote::Refused(e) => (self.spot)(e),
            DeskNote::Say(_) => Some(self.time),
        }
    }

    /// The message to show under `field`, if the error is about it.
    pub fn under(&self, field: F, lang: Lang) -> Option<AttrValue> {
        let e = (*self.error).as_ref()?;
        (self.place(e) == Some(field)).then(|| AttrValue::from(e.message(lang)))
    }

    /// The error no field owns, as a banner announced politely.
    pub fn banner(&self, testid: &'static str) -> Html {
        let general = (*self.error).clone().filter(|e| self.place(e).is_none());
        html! {
            <div aria-live="polite">
                <ErrorView<DeskNote> error={general} {testid} />
            </div>
        }
    }
}
