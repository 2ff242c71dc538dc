//! The size table printed after every release build, and the first-load budget gate.
//!
//! Bytes are deterministic for a given build, so unlike a timing the budget can fail CI.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::run::repo_root;

/// The budget file, at the repository root.
pub const BUDGET_FILE: &str = "size-budget.toml";

/// The budget key for the first load.
const FIRST_LOAD_KEY: &str = "first_load_brotli_bytes";
/// The budget key for the map geometry.
const GEOMETRY_KEY: &str = "geometry_brotli_bytes";
/// The map geometry asset, relative to the repository root.
const GEOMETRY_ASSET: &str = "data/geo/region.json";

/// Files of `dist/` that opening the page does not fetch: downloads (on a reader's request),
/// install icons, the host-side embed script (other pages fetch it), "Download image"'s
/// script (loaded on the first click), the headers file,
/// the style sheet that only a browser without JavaScript loads, and the map images written at
/// build time, and the pages and files of the collection's other statements (fetched when a
/// reader opens one; the site's root opens the first). The service worker precaches them in
/// the background after the first load.
const NOT_FIRST_LOAD: &[&str] = &[
    "downloads/",
    "statements/",
    "icons/",
    "embed.js",
    "picture.js",
    // "Download image"'s composer, loaded by picture.js on the first click.
    "picture_composer",
    "_headers",
    "nojs.css",
    "images/",
    // The tables of the other language, fetched on a switch (`state::pages::tables_file`).
    "tables-",
    // The details' bodies of the other language, likewise (`state::pages::details_file`).
    "details-",
    // The footer of the other language, likewise (`state::pages::footer_file`).
    "footer-",
];

/// One file's sizes.
struct FileSize {
    path: String,
    raw: usize,
    gzip: usize,
    brotli: usize,
    first_load: bool,
}

/// Prints the table for `dist` and fails if the first-load brotli total exceeds the budget.
pub fn report_and_check(dist: &Path) -> Result<(), String> {
    let sizes = measure(dist)?;
    print_table(&sizes);
    let budget = read_budget(FIRST_LOAD_KEY)?;
    let first_load: usize = sizes
        .iter()
        .filter(|f| f.first_load)
        .map(|f| f.brotli)
        .sum();
    if first_load > budget {
        return Err(format!(
            "first load is {first_load} bytes brotli, over the budget of {budget} in {BUDGET_FILE}"
        ));
    }
    println!(
        "first load: {first_load} bytes brotli, within the budget of {budget} ({BUDGET_FILE})"
    );
    check_geometry()
}

/// What a build costs a reader, in brotli bytes: the first load (as the budget counts it), the
/// wasm, and what the service worker precaches (each file as it is stored: raw bytes), for the
/// benchmark's comparison of two collections.
pub struct BuildBytes {
    pub first_load: usize,
    pub wasm: usize,
    pub precache_raw: usize,
    pub precache_files: usize,
}

/// [`BuildBytes`] of `dist`. Only what the first load may count is compressed: a collection
/// of 50 statements is 170 MB of pages and pictures, which brotli at its best would take
/// minutes over.
pub fn build_bytes(dist: &Path) -> Result<BuildBytes, String> {
    let sizes = measure_compressing(dist, |file| file.first_load)?;
    let precache = crate::post_build::precache_list(dist)?;
    Ok(BuildBytes {
        first_load: sizes
            .iter()
            .filter(|f| f.first_load)
            .map(|f| f.brotli)
            .sum(),
        wasm: sizes
            .iter()
            .filter(|f| f.path.ends_with(".wasm"))
            .map(|f| f.brotli)
            .sum(),
        precache_raw: sizes
            .iter()
            .filter(|file| precache.contains(&file.path))
            .map(|file| file.raw)
            .sum(),
        precache_files: precache.len(),
    })
}

/// The map's geometry asset on its own: embedded in the wasm, so it also counts above.
fn check_geometry() -> Result<(), String> {
    let budget = read_budget(GEOMETRY_KEY)?;
    let path = repo_root().join(GEOMETRY_ASSET);
    let bytes =
        std::fs::read(&path).map_err(|error| format!("cannot read {}: {error}", path.display()))?;
    let compressed = brotli_len(&bytes);
    if compressed > budget {
        return Err(format!(
            "{GEOMETRY_ASSET} is {compressed} bytes brotli, over the budget of {budget} in {BUDGET_FILE}"
        ));
    }
    println!("geometry: {compressed} bytes brotli, within the budget of {budget} ({BUDGET_FILE})");
    Ok(())
}

fn measure(dist: &Path) -> Result<Vec<FileSize>, String> {
    measure_compressing(dist, |_| true)
}

/// Every file of `dist` with its sizes; compressed only where `compress` says so (zero
/// otherwise), as compressing a large build whole takes minutes.
fn measure_compressing(
    dist: &Path,
    compress: impl Fn(&FileSize) -> bool,
) -> Result<Vec<FileSize>, String> {
    let mut files = Vec::new();
    collect_files(dist, &mut files)
        .map_err(|error| format!("cannot list {}: {error} (build first)", dist.display()))?;
    if files.is_empty() {
        return Err(format!("{} is empty: build first", dist.display()));
    }
    files.sort();
    files
        .into_iter()
        .map(|path| {
            let relative = path
                .strip_prefix(dist)
                .unwrap_or(&path)
                .to_string_lossy()
                .replace('\\', "/");
            let raw = std::fs::metadata(&path)
                .map_err(|error| format!("cannot read {}: {error}", path.display()))?
                .len() as usize;
            let mut file = FileSize {
                first_load: !NOT_FIRST_LOAD
                    .iter()
                    .any(|prefix| relative.starts_with(prefix)),
                path: relative,
                raw,
                gzip: 0,
                brotli: 0,
            };
            if compress(&file) {
                let bytes = std::fs::read(&path)
                    .map_err(|error| format!("cannot read {}: {error}", path.display()))?;
                file.gzip = gzip_len(&bytes);
                file.brotli = brotli_len(&bytes);
            }
            Ok(file)
        })
        .collect::<Result<Vec<FileSize>, String>>()
        .map(only_the_largest_page)
}

/// A reader opens one page: each language has its own `index.html` (written at build time),
/// so the first load counts the largest of them, not their sum.
fn only_the_largest_page(mut sizes: Vec<FileSize>) -> Vec<FileSize> {
    let is_page = |file: &FileSize| file.path == "index.html" || file.path.ends_with("/index.html");
    let largest = sizes
        .iter()
        .enumerate()
        .filter(|(_, file)| is_page(file))
        .max_by_key(|(_, file)| file.brotli)
        .map(|(index, _)| index);
    for (index, file) in sizes.iter_mut().enumerate() {
        if is_page(file) && Some(index) != largest {
            file.first_load = false;
        }
    }
    sizes
}

/// Every file below `dir`, at any depth, appended to `into`.
pub(crate) fn collect_files(dir: &Path, into: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            collect_files(&path, into)?;
        } else {
            into.push(path);
        }
    }
    Ok(())
}

fn print_table(sizes: &[FileSize]) {
    println!("\n| file | raw | gzip | brotli | first load |");
    println!("|---|---:|---:|---:|:---:|");
    for file in sizes {
        println!(
            "| {} | {} | {} | {} | {} |",
            file.path,
            file.raw,
            file.gzip,
            file.brotli,
            if file.first_load { "yes" } else { "no" }
        );
    }
    let total = |pick: fn(&FileSize) -> usize, first_only: bool| -> usize {
        sizes
            .iter()
            .filter(|f| !first_only || f.first_load)
            .map(pick)
            .sum()
    };
    println!(
        "| **total** | {} | {} | {} | |",
        total(|f| f.raw, false),
        total(|f| f.gzip, false),
        total(|f| f.brotli, false)
    );
    println!(
        "| **first load** | {} | {} | {} | |\n",
        total(|f| f.raw, true),
        total(|f| f.gzip, true),
        total(|f| f.brotli, true)
    );
}

/// Gzip at level 9, as a static host would precompress.
pub fn gzip_len(bytes: &[u8]) -> usize {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    // Writing into a Vec cannot fail.
    let _ = encoder.write_all(bytes);
    encoder.finish().map(|out| out.len()).unwrap_or(bytes.len())
}

/// Brotli at quality 11, as a static host would precompress.
pub fn brotli_len(bytes: &[u8]) -> usize {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        lgwin: 22,
        ..Default::default()
    };
    match brotli::BrotliCompress(&mut &bytes[..], &mut out, &params) {
        Ok(_) => out.len(),
        Err(_) => bytes.len(),
    }
}

/// The budget in bytes, from `key = N` in [`BUDGET_FILE`].
fn read_budget(key: &str) -> Result<usize, String> {
    let path = repo_root().join(BUDGET_FILE);
    let text = std::fs::read_to_string(&path)
        .map_err(|error| format!("cannot read {}: {error}", path.display()))?;
    parse_budget(&text, key)
        .ok_or_else(|| format!("{BUDGET_FILE} must contain a line `{key} = <whole number>`"))
}

fn parse_budget(text: &str, key: &str) -> Option<usize> {
    text.lines()
        .filter_map(|line| line.split('#').next())
        .filter_map(|line| line.split_once('='))
        .find(|(name, _)| name.trim() == key)
        .and_then(|(_, value)| value.trim().replace('_', "").parse().ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_load_counts_one_page_the_largest() {
        let file = |path: &str, brotli: usize| FileSize {
            path: path.to_owned(),
            raw: brotli,
            gzip: brotli,
            brotli,
            first_load: true,
        };
        let sizes = only_the_largest_page(vec![
            file("index.html", 10),
            file("en/index.html", 12),
            file("app.wasm", 100),
        ]);
        let counted: Vec<&str> = sizes
            .iter()
            .filter(|f| f.first_load)
            .map(|f| f.path.as_str())
            .collect();
        assert_eq!(counted, vec!["en/index.html", "app.wasm"]);
    }

    #[test]
    fn reads_the_budget_line_and_ignores_comments() {
        let text = "# first_load_brotli_bytes = 1\nfirst_load_brotli_bytes = 250_000 # KB\n";
        assert_eq!(parse_budget(text, FIRST_LOAD_KEY), Some(250_000));
        assert_eq!(parse_budget("other = 3", FIRST_LOAD_KEY), None);
        assert_eq!(
            parse_budget("first_load_brotli_bytes = lots", FIRST_LOAD_KEY),
            None
        );
    }

    #[test]
    fn the_committed_budget_parses() {
        assert!(read_budget(FIRST_LOAD_KEY).is_ok_and(|bytes| bytes > 0));
        assert!(read_budget(GEOMETRY_KEY).is_ok_and(|bytes| bytes <= 40_000));
    }

    #[test]
    fn compression_shrinks_repetitive_text() {
        let text = "corredor ".repeat(1000);
        assert!(brotli_len(text.as_bytes()) < text.len() / 10);
        assert!(gzip_len(text.as_bytes()) < text.len() / 10);
    }
}
