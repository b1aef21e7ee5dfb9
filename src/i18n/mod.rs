//! Interface language and every UI string. zh-CN is the source language; each message is
//! declared once with both texts, so a missing translation is a compile error (the `messages!`
//! macro will not accept an entry with one text).
//! This module is pure Rust so native tests can check the catalogue.

/// Declares a message enum: `messages! { Name; Key => "中文", "English"; ... }`. An entry with
/// one text does not match the pattern, so a missing translation is a compile error.
macro_rules! messages {
    ($name:ident; $($key:ident => $zh:literal, $en:literal;)*) => {
        /// A message key. Every key has a Chinese and an English text.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $name { $($key),* }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$key),*];
        }

        impl $crate::i18n::Msg for $name {
            fn zh(self) -> &'static str {
                match self { $($name::$key => $zh),* }
            }

            fn en(self) -> &'static str {
                match self { $($name::$key => $en),* }
            }
        }
    };
}

mod describe;
mod drill;
mod library;
mod messages;
mod plan;
mod precheck;
mod response;
mod retro;
mod sync;
mod words;

pub use describe::*;
pub use drill::DrillK;
pub use library::LibK;
pub use messages::K;
pub use plan::PlanK;
pub use precheck::PreK;
pub use response::RespK;
pub use retro::RetroK;
pub use sync::SyncK;

/// A message with a Chinese and an English text.
pub trait Msg: Copy {
    fn zh(self) -> &'static str;
    fn en(self) -> &'static str;
}

pub use crate::domain::lang::{pick, L10n, Lang};

/// An error that can say what went wrong, in either language. Components keep the typed
/// error and word it when they render (`ui::components::ErrorView`), so a message follows a
/// language switch.
pub trait Localized {
    fn message(&self, lang: Lang) -> String;
}

/// Implements [`Localized`] for types whose inherent `message(&self, Lang)` words them.
macro_rules! localized {
    ($($ty:ty),* $(,)?) => {
        $( impl Localized for $ty {
            fn message(&self, lang: Lang) -> String {
                <$ty>::message(self, lang)
            }
        } )*
    };
}

localized!(
    crate::domain::backup::ImportError,
    crate::domain::calendar::CalendarError,
    crate::domain::catalog::CatalogError,
    crate::domain::catalog::KeyError,
    crate::domain::drill::DrillError,
    crate::domain::drill::EditError,
    crate::domain::drill::PackError,
    crate::domain::ids::CreditCodeError,
    crate::domain::ids::IdCardError,
    crate::domain::plan::PlanError,
    crate::domain::precheck::PrecheckError,
    crate::domain::response::ResponseError,
    crate::domain::retro::RetroError,
);

impl Localized for crate::domain::error::DomainError {
    fn message(&self, lang: Lang) -> String {
        describe_domain_error(self, lang)
    }
}

#[cfg(target_arch = "wasm32")]
impl Localized for crate::storage::StorageError {
    fn message(&self, lang: Lang) -> String {
        describe_storage_error(self, lang)
    }
}

#[cfg(target_arch = "wasm32")]
impl Localized for crate::ui::team::SyncError {
    fn message(&self, lang: Lang) -> String {
        use crate::ui::team::SyncError as E;
        match self {
            E::Unreachable | E::Aborted => t(lang, SyncK::ErrUnreachable).to_string(),
            E::NotCouch => t(lang, SyncK::ErrNotCouch).to_string(),
            E::BadCredentials => t(lang, SyncK::ErrBadCredentials).to_string(),
            E::SignIn => t(lang, SyncK::ErrSignIn).to_string(),
            E::Forbidden => t(lang, SyncK::ErrForbidden).to_string(),
            E::NoDatabase => t(lang, SyncK::ErrNoDatabase).to_string(),
            E::Server(code) => t(lang, SyncK::ErrServer).replace("{code}", &code.to_string()),
            E::BadAnswer => t(lang, SyncK::ErrBadAnswer).to_string(),
            E::BadUrl => t(lang, SyncK::ErrBadUrl).to_string(),
            E::AlteredHistory(key) => format!("{} {key}", t(lang, SyncK::ErrAltered)),
            E::Storage(e) => format!(
                "{} {}",
                t(lang, SyncK::ErrStorage),
                describe_storage_error(e, lang)
            ),
            E::CodeUnavailable => t(lang, K::AreaLoadFailed).to_string(),
        }
    }
}

/// A problem with one field of a form, in the words every form shares.
#[derive(Clone, Copy)]
pub(crate) enum FieldProblem {
    Required,
    TooLong(usize),
    TooMany(usize),
}

/// "请填写“发生了什么”。" and the like: `label` names the field in each language.
pub(crate) fn field_problem(
    problem: FieldProblem,
    label: impl Fn(Lang) -> &'static str,
    lang: Lang,
) -> String {
    let (zh, en) = (label(Lang::Zh), label(Lang::En));
    match problem {
        FieldProblem::Required => pick(
            lang,
            format!("请填写“{zh}”。"),
            format!("{en} is required."),
        ),
        FieldProblem::TooLong(max) => pick(
            lang,
            format!("“{zh}”最多 {max} 个字，请删减。"),
            format!("{en} is too long: at most {max} characters."),
        ),
        FieldProblem::TooMany(max) => pick(
            lang,
            format!("“{zh}”最多 {max} 条。"),
            format!("At most {max} entries for {en}."),
        ),
    }
}

/// Looks up a message in a language.
pub fn t(lang: Lang, key: impl Msg) -> &'static str {
    match lang {
        Lang::Zh => key.zh(),
        Lang::En => key.en(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_has_both_texts() {
        for key in K::ALL {
            assert!(!key.zh().trim().is_empty(), "{key:?} has no Chinese text");
            assert!(!key.en().trim().is_empty(), "{key:?} has no English text");
        }
    }

    #[test]
    fn lang_round_trips_through_its_tag() {
        for lang in [Lang::Zh, Lang::En] {
            assert_eq!(Lang::from_tag(lang.tag()), lang);
            assert_eq!(lang.other().other(), lang);
        }
        assert_eq!(Lang::from_tag("garbage"), Lang::Zh);
    }
}
