//! Shared presentational widgets.

mod banner;
mod error_view;
mod fields;
mod lang_toggle;
mod masked;
mod more_rows;
mod nav;
mod status_badge;

pub use banner::ErrorBanner;
pub use error_view::ErrorView;
pub use fields::{event_value, SelectField, TextArea, TextField};
pub use lang_toggle::LangToggle;
pub use masked::{MaskKind, Masked};
pub use more_rows::{use_row_limit, MoreRows, ROWS};
pub use nav::NavBar;
pub use status_badge::StatusBadge;
