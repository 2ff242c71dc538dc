//! Reads the statements `data/collection.txt` names (folders of `data/statements/`, see
//! `docs/adding-a-statement.md`) with the core, validates it against its source texts and the
//! gazetteer (`data/places.csv`), and compiles it in as Rust statics (`OUT_DIR/dataset.rs`):
//! the wasm then holds no parser, no validation and no data-error screen. An invalid
//! statement fails the build with every problem, its file, line and column, in Spanish and
//! English: the report `cargo xtask check` prints.

use std::path::Path;

use corredor_core::data::codegen::{collection_source, listing_source};
use corredor_core::data::series::{Listing, Statement};
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
    // `CORREDOR_DATA` names another data folder: the benchmark's synthetic collection of 50
    // statements (`cargo xtask bench`), never shipped.
    println!("cargo:rerun-if-env-changed=CORREDOR_DATA");
    let data = std::env::var("CORREDOR_DATA").unwrap_or_else(|_| "data".to_owned());
    let root = Path::new(&data);
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed={data}/collection.txt");
    println!("cargo:rerun-if-changed={data}/places.csv");
    let gazetteer = gazetteer(root).unwrap_or_else(|problem| fail(&[problem]));
    let folders = shown_statements(root).unwrap_or_else(|problems| fail(&problems));
    for folder in &folders {
        println!("cargo:rerun-if-changed={}", folder.path);
        for (name, _) in &folder.files {
            println!("cargo:rerun-if-changed={}/{name}", folder.path);
        }
    }
    // The map's positions of the places' points, computed here so the wasm links no
    // trigonometry.
    let region = corredor_core::geo::embedded_region()
        .unwrap_or_else(|error| panic!("the map geometry: {error:?}"));
    let mut statements = Vec::new();
    let mut problems = Vec::new();
    for folder in &folders {
        match folder.with(|files| load(as_gazetteer(&gazetteer), files)) {
            Ok(mut data) => {
                corredor_core::geo::features::project_points(&mut data, &region);
                statements.push(Statement {
                    id: folder.name().to_owned().into(),
                    data,
                });
            }
            Err(found) => problems.extend(found),
        }
    }
    if !problems.is_empty() || statements.is_empty() {
        fail(&problems);
    }
    let out_dir = std::env::var("OUT_DIR").unwrap_or_else(|error| panic!("OUT_DIR: {error}"));
    let listing: Vec<Listing> = statements.iter().map(Listing::of).collect();
    let target = Path::new(&out_dir).join("listing.rs");
    std::fs::write(&target, listing_source(&listing))
        .unwrap_or_else(|error| panic!("{}: {error}", target.display()));
    // The release wasm compiles no statement in: each written page carries its own
    // statement's packed data, and the other statements' are read from their files when a
    // comparison asks for them (`data::pack`), so the wasm does not grow with the collection.
    // Natively (the pages written at build time, the tests) and in a development build (one
    // page, no written data) every statement is compiled in.
    println!("cargo::rustc-check-cfg=cfg(data_from_page)");
    let release_wasm = std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32")
        && std::env::var("PROFILE").as_deref() == Ok("release");
    let compiled = if release_wasm {
        println!("cargo:rustc-cfg=data_from_page");
        String::new()
    } else {
        collection_source(&statements)
    };
    let target = Path::new(&out_dir).join("dataset.rs");
    std::fs::write(&target, compiled)
        .unwrap_or_else(|error| panic!("{}: {error}", target.display()));
    // Each statement's corrections log, for the log pages written at build time (the wasm
    // never reads them), in the collection's order.
    let logs: Vec<String> = folders
        .iter()
        .map(|folder| {
            log_json(&folder.with(|files| read(as_gazetteer(&gazetteer), files).corrections))
        })
        .collect();
    let target = Path::new(&out_dir).join("corrections.json");
    std::fs::write(&target, format!("[{}]", logs.join(",")))
        .unwrap_or_else(|error| panic!("{}: {error}", target.display()));
}
