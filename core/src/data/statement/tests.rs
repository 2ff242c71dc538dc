//! The folder format against the committed statement, each problem the docs promise, and
//! generated inputs that must load or fail with located problems, never panic.

use super::*;
use crate::data::{load as load_json, EMBEDDED_FOLDER, EMBEDDED_GAZETTEER, EMBEDDED_SOURCES};

#[test]
fn the_committed_statement_reads_as_the_dataset_readers_download() {
    let from_folder = load(EMBEDDED_GAZETTEER, EMBEDDED_FOLDER).unwrap_or_else(|problems| {
        panic!(
            "{}",
            crate::i18n::problems::report_located(&problems, &[crate::lang::Lang::En])
        )
    });
    let mut downloaded = load_json(crate::data::DATASET_JSON, &EMBEDDED_SOURCES).unwrap();
    downloaded.source.original_file = from_folder.source.original_file.clone();
    downloaded.source.translation_file = from_folder.source.translation_file.clone();
    assert_eq!(from_folder, downloaded);
}
