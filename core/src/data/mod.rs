//! The joint statement as structured data: types, dates, validation and exports.
//!
//! Plain Rust, no Leptos: everything here is tested natively. The dataset and both source
//! texts are embedded in the build; [`load_embedded`] parses and validates them once.

pub mod codegen;
pub mod date;
pub mod error;
pub mod export;
pub mod json_path;
pub mod model;
pub mod timeline;
pub mod validate;

pub use date::{Day, YearMonth};
pub use error::{Problem, ValidationError};
pub use model::*;
pub use validate::{load, SourceTexts};

/// `data/dataset.json`, embedded at compile time.
pub const DATASET_JSON: &str = include_str!("../../../data/dataset.json");
/// The Spanish original of the joint statement, byte-identical to the shared seed.
pub const SOURCE_ES: &str = include_str!("../../../data/source/press-release-2024-01-23.es.txt");
/// The project's unofficial English translation of the whole statement.
pub const SOURCE_EN: &str = include_str!("../../../data/source/press-release-2024-01-23.en.txt");

/// The embedded source texts every quote is checked against.
pub const EMBEDDED_SOURCES: SourceTexts<'static> = SourceTexts {
    es: SOURCE_ES,
    en: SOURCE_EN,
};

/// Parses and validates the embedded dataset.
pub fn load_embedded() -> Result<Dataset, Vec<ValidationError>> {
    load(DATASET_JSON, &EMBEDDED_SOURCES)
}
