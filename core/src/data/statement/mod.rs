//! A statement as a newsroom writes it: a folder of text files (see
//! `docs/adding-a-statement.md`), and the shared gazetteer of places.
//!
//! ```text
//! data/places.csv                    the gazetteer: one row per place
//! data/collection.txt                which statement the build shows
//! data/statements/<name>/
//!     statement.txt                  metadata, `key: value`
//!     source.es.txt, source.en.txt   the original and the translation
//!     figures.csv                    one row per figure
//!     events.csv, claims.csv, context.csv
//! ```
//!
//! [`check`] reads a folder and returns every problem at once, each with its file, line and
//! column; [`load`] also turns it into the app's [`Dataset`] (what the build compiles in),
//! and says which figures this build's views cannot show yet. Nothing here panics or hangs,
//! whatever the bytes (`tests.rs` runs generated inputs through it).

// A problem carries its words (the closest passage, the nearest ids); it is made once per
// slip and read by a person, so its size is no cost worth boxing it for.
#![allow(clippy::result_large_err)]

pub mod corrections;
pub mod csv;
mod dataset;
#[cfg(not(target_arch = "wasm32"))]
pub mod disk;
pub mod figures;
pub mod metadata;
pub mod nearest;
pub mod read;
pub mod sheet;

use crate::data::error::Problem;
use crate::data::model::Dataset;

pub use read::read;

/// Where in a folder's files: a file, a line and a column (both from 1, columns in
/// characters).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Location {
    /// The file, as the reader named it (e.g. `data/statements/2024-01-23/figures.csv`).
    pub file: String,
    /// The line, from 1.
    pub line: usize,
    /// The column, from 1.
    pub column: usize,
}

impl Location {
    /// A location.
    pub fn new(file: &str, line: usize, column: usize) -> Location {
        Location {
            file: file.to_owned(),
            line,
            column,
        }
    }
}

/// A problem and where it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Located {
    /// Where.
    pub at: Location,
    /// What.
    pub problem: Problem,
}

impl Located {
    /// A problem at `at`.
    pub fn new(at: Location, problem: Problem) -> Located {
        Located { at, problem }
    }
}

/// The file names of a statement's folder.
pub mod files {
    /// The metadata.
    pub const METADATA: &str = "statement.txt";
    /// The figures.
    pub const FIGURES: &str = "figures.csv";
    /// The dated events.
    pub const EVENTS: &str = "events.csv";
    /// What the governments state or commit to.
    pub const CLAIMS: &str = "claims.csv";
    /// Facts from other publications.
    pub const CONTEXT: &str = "context.csv";
    /// The corrections log.
    pub const CORRECTIONS: &str = "corrections.csv";
}

/// A statement's folder as read from disk (or embedded): its path, as problems name it, and
/// its files' names and bytes.
#[derive(Clone, Copy, Debug)]
pub struct Folder<'a> {
    /// The folder's path, e.g. `data/statements/2024-01-23`.
    pub path: &'a str,
    /// Each file's name and bytes.
    pub files: &'a [(&'a str, &'a [u8])],
}

impl<'a> Folder<'a> {
    /// The bytes of file `name`.
    pub fn file(&self, name: &str) -> Option<&'a [u8]> {
        self.files
            .iter()
            .find(|(file, _)| *file == name)
            .map(|(_, bytes)| *bytes)
    }

    /// How problems name file `name`.
    pub fn label(&self, name: &str) -> String {
        if self.path.is_empty() {
            name.to_owned()
        } else {
            format!("{}/{name}", self.path)
        }
    }
}

/// The shared gazetteer: its path, as problems name it, and its bytes.
#[derive(Clone, Copy, Debug)]
pub struct Gazetteer<'a> {
    /// E.g. `data/places.csv`.
    pub path: &'a str,
    /// The table.
    pub bytes: &'a [u8],
}

/// Every problem of the folder, as a statement of this beat: its files, its figures and its
/// rules of evidence. Empty when it is valid. Says nothing of whether this build's views can
/// show it (see [`load`]).
pub fn check(gazetteer: Gazetteer, folder: Folder) -> Vec<Located> {
    read(gazetteer, folder).problems
}

/// The folder as the app's dataset, or every problem: those of [`check`], then the figures
/// this build's views cannot show yet.
pub fn load(gazetteer: Gazetteer, folder: Folder) -> Result<Dataset, Vec<Located>> {
    let reading = read(gazetteer, folder);
    match (reading.problems.is_empty(), reading.dataset) {
        (true, Some(dataset)) if reading.not_shown.is_empty() => Ok(dataset),
        _ => {
            let mut problems = reading.problems;
            problems.extend(reading.not_shown);
            Err(problems)
        }
    }
}

/// The embedded 23 January folder, read: its figures as the folder gives them.
pub fn read_embedded() -> read::Reading {
    read(
        crate::data::EMBEDDED_GAZETTEER,
        crate::data::EMBEDDED_FOLDER,
    )
}

/// An id: lower-case ASCII letters, digits and inner hyphens, at most 64 characters.
pub fn is_id(text: &str) -> bool {
    !text.is_empty()
        && text.len() <= 64
        && !text.starts_with('-')
        && !text.ends_with('-')
        && text
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// `collection.txt`: the folder names of the statements a build shows, one per line (`#`
/// starts a comment), each with its line.
pub fn collection(file: &str, text: &str) -> Result<Vec<(usize, String)>, Vec<Located>> {
    let mut names = Vec::new();
    let mut problems = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let name = line.trim();
        if name.is_empty() || name.starts_with('#') {
            continue;
        }
        if is_id(name) {
            names.push((index + 1, name.to_owned()));
        } else {
            problems.push(Located::new(
                Location::new(file, index + 1, 1),
                Problem::UnknownStatement {
                    name: sheet::shorten(name),
                },
            ));
        }
    }
    if names.is_empty() && problems.is_empty() {
        problems.push(Located::new(
            Location::new(file, 1, 1),
            Problem::UnknownStatement {
                name: String::new(),
            },
        ));
    }
    if problems.is_empty() {
        Ok(names)
    } else {
        Err(problems)
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod fuzz;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
