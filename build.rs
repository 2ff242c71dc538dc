//! Reads the statement `data/collection.txt` names (a folder of `data/statements/`, see
//! `docs/adding-a-statement.md`) with the core, validates it against its source texts and the
//! gazetteer (`data/places.csv`), and compiles it in as Rust statics (`OUT_DIR/dataset.rs`):
//! the wasm then holds no parser, no validation and no data-error screen. An invalid
//! statement fails the build with every problem, its file, line and column, in Spanish and
//! English: the report `cargo xtask check` prints.

use std::path::Path;

use corredor_core::data::codegen::dataset_source;
use corredor_core::data::statement::corrections::log_json;
use corredor_core::data::statement::disk::{as_gazetteer, gazetteer, shown_statements};
use corredor_core::data::statement::{load, read, Located};
use corredor_core::i18n::problems::report_located;
use corredor_core::i18n::Lang;

fn fail(problems: &[Located]) -> ! {
    eprintln!(
        "The statement is not valid; nothing is built from it:\n{}",
        report_located(problems, &Lang::ALL)
    );
    std::process::exit(1);
}

fn main() {
    let root = Path::new("data");
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=data/collection.txt");
    println!("cargo:rerun-if-changed=data/places.csv");
    let gazetteer = gazetteer(root).unwrap_or_else(|problem| fail(&[problem]));
    let folders = shown_statements(root).unwrap_or_else(|problems| fail(&problems));
    for folder in &folders {
        println!("cargo:rerun-if-changed={}", folder.path);
        for (name, _) in &folder.files {
            println!("cargo:rerun-if-changed={}/{name}", folder.path);
        }
    }
    // This version of the app shows one statement: the first the collection names.
    let Some(folder) = folders.first() else {
        fail(&[])
    };
    let mut dataset = folder
        .with(|files| load(as_gazetteer(&gazetteer), files))
        .unwrap_or_else(|problems| fail(&problems));
    // The map's positions of the places' points, computed here so the wasm links no
    // trigonometry.
    let region = corredor_core::geo::embedded_region()
        .unwrap_or_else(|error| panic!("the map geometry: {error:?}"));
    corredor_core::geo::features::project_points(&mut dataset, &region);
    let out_dir = std::env::var("OUT_DIR").unwrap_or_else(|error| panic!("OUT_DIR: {error}"));
    let target = Path::new(&out_dir).join("dataset.rs");
    std::fs::write(&target, dataset_source(&dataset))
        .unwrap_or_else(|error| panic!("{}: {error}", target.display()));
    // The corrections log, for the log page written at build time (the wasm never reads it).
    let log = folder.with(|files| read(as_gazetteer(&gazetteer), files).corrections);
    let target = Path::new(&out_dir).join("corrections.json");
    std::fs::write(&target, log_json(&log))
        .unwrap_or_else(|error| panic!("{}: {error}", target.display()));
}
