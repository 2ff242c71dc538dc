//! Small components the larger ones share, one file per family (as thaw lays out its
//! components): where the same markup would otherwise be written out in several places.

pub mod claim_item;
pub mod disclosure_button;
pub mod event_date;
pub mod inferred_year_note;
pub mod select_button;

pub use claim_item::ClaimItem;
pub use disclosure_button::DisclosureButton;
pub use event_date::EventDate;
pub use inferred_year_note::InferredYearNote;
pub use select_button::SelectButton;
