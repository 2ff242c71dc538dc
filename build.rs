//! Validates `data/dataset.json` against the statement with the core, at build time, and
//! compiles it in as Rust statics (`OUT_DIR/dataset.rs`): the wasm then holds no JSON parser,
//! no validation and no data-error screen. An invalid dataset fails the build with every
//! problem, its JSON path and its message in Spanish and English, as `data::load` reports it.

use corredor_core::data::{codegen::dataset_source, load, SourceTexts};
use corredor_core::i18n::problems::report;

fn main() {
    let read = |path: &str| {
        println!("cargo:rerun-if-changed={path}");
        std::fs::read_to_string(path).unwrap_or_else(|error| panic!("{path}: {error}"))
    };
    let json = read("data/dataset.json");
    let es = read("data/source/press-release-2024-01-23.es.txt");
    let en = read("data/source/press-release-2024-01-23.en.txt");
    println!("cargo:rerun-if-changed=build.rs");
    let dataset = match load(&json, &SourceTexts { es: &es, en: &en }) {
        Ok(dataset) => dataset,
        Err(problems) => {
            eprintln!(
                "data/dataset.json is not valid; nothing is built from it:\n{}",
                report(&problems)
            );
            std::process::exit(1);
        }
    };
    let out_dir = std::env::var("OUT_DIR").unwrap_or_else(|error| panic!("OUT_DIR: {error}"));
    let target = std::path::Path::new(&out_dir).join("dataset.rs");
    std::fs::write(&target, dataset_source(&dataset))
        .unwrap_or_else(|error| panic!("{}: {error}", target.display()));
}
