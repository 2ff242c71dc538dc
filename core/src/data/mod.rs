//! The statements as structured data: the folder format newsrooms write (`statement`), the
//! app's model, dates, validation and exports.
//!
//! Plain Rust, no Leptos: everything here is tested natively. The build compiles the shown
//! statement in; [`load_embedded`] reads and validates the embedded folder for the tests.

pub mod codegen;
pub mod date;
pub mod error;
pub mod export;
pub mod json_path;
pub mod model;
pub mod pack;
pub mod series;
pub mod statement;
pub mod timeline;
pub mod validate;

pub use date::{Day, YearMonth};
pub use error::{Problem, ValidationError};
pub use model::*;
pub use validate::{load, SourceTexts};

/// The dataset as readers download it (`public/downloads/corredor-dataset.json`, the model
/// written as JSON; a test keeps it equal to the model): the input of the JSON loader's tests.
pub const DATASET_JSON: &str = include_str!("../../../public/downloads/corredor-dataset.json");
/// The Spanish original of the joint statement, byte-identical to the shared seed.
pub const SOURCE_ES: &str = include_str!("../../../data/statements/2024-01-23/source.es.txt");
/// The project's unofficial English translation of the whole statement.
pub const SOURCE_EN: &str = include_str!("../../../data/statements/2024-01-23/source.en.txt");

/// The gazetteer, `data/places.csv`, embedded.
pub const EMBEDDED_GAZETTEER: statement::Gazetteer<'static> = statement::Gazetteer {
    path: "data/places.csv",
    bytes: include_bytes!("../../../data/places.csv"),
};

/// The 23 January statement's folder, embedded.
pub const EMBEDDED_FOLDER: statement::Folder<'static> = statement::Folder {
    path: "data/statements/2024-01-23",
    files: &[
        (
            "statement.txt",
            include_bytes!("../../../data/statements/2024-01-23/statement.txt"),
        ),
        (
            "figures.csv",
            include_bytes!("../../../data/statements/2024-01-23/figures.csv"),
        ),
        (
            "events.csv",
            include_bytes!("../../../data/statements/2024-01-23/events.csv"),
        ),
        (
            "claims.csv",
            include_bytes!("../../../data/statements/2024-01-23/claims.csv"),
        ),
        (
            "context.csv",
            include_bytes!("../../../data/statements/2024-01-23/context.csv"),
        ),
        (
            "corrections.csv",
            include_bytes!("../../../data/statements/2024-01-23/corrections.csv"),
        ),
        ("source.es.txt", SOURCE_ES.as_bytes()),
        ("source.en.txt", SOURCE_EN.as_bytes()),
    ],
};

/// The embedded source texts every quote is checked against.
pub const EMBEDDED_SOURCES: SourceTexts<'static> = SourceTexts {
    es: SOURCE_ES,
    en: SOURCE_EN,
};

/// Reads and validates the embedded statement folder, as the build does.
pub fn load_embedded() -> Result<Dataset, Vec<statement::Located>> {
    statement::load(EMBEDDED_GAZETTEER, EMBEDDED_FOLDER)
}

/// The follow-up's folder (`data/statements/2024-01-26-follow-up`), embedded: the second
/// statement of the collection, for the tests of what the series compares.
pub const EMBEDDED_FOLLOW_UP: statement::Folder<'static> = statement::Folder {
    path: "data/statements/2024-01-26-follow-up",
    files: &[
        (
            "statement.txt",
            include_bytes!("../../../data/statements/2024-01-26-follow-up/statement.txt"),
        ),
        (
            "figures.csv",
            include_bytes!("../../../data/statements/2024-01-26-follow-up/figures.csv"),
        ),
    ],
};

/// Reads and validates the embedded follow-up, as the build does.
pub fn load_follow_up() -> Result<Dataset, Vec<statement::Located>> {
    statement::load(EMBEDDED_GAZETTEER, EMBEDDED_FOLLOW_UP)
}
