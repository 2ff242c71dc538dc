//! `cargo xtask check`: every statement folder read and checked as the build reads it, in
//! seconds and without building the wasm; every problem with its file, line and column, in
//! Spanish and English (or one of them, `--lang es|en`). `cargo xtask fuzz`: the loader's
//! generated-input run, a million folders by default.

use std::path::{Path, PathBuf};

use corredor_core::data::statement::disk::{
    as_gazetteer, gazetteer, shown_statements, FolderOnDisk,
};
use corredor_core::data::statement::{check, load, read, Located};
use corredor_core::i18n::problems::report_located;
use corredor_core::i18n::Lang;

use crate::run::{cmd, repo_root, status};

/// Where statement folders live: the ones a build may show, and the worked examples.
const STATEMENT_DIRS: [&str; 2] = ["data/statements", "examples/statements"];

/// `cargo xtask check [--lang es|en] [FOLDER…]`.
pub fn check_command(args: &[String]) -> Result<(), String> {
    let mut langs = Lang::ALL.to_vec();
    let mut folders: Vec<PathBuf> = Vec::new();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        if arg == "--lang" {
            let tag = args.next().map(String::as_str).unwrap_or_default();
            let lang = Lang::from_tag(tag)
                .ok_or_else(|| format!("check: --lang takes es or en, got {tag:?}"))?;
            langs = vec![lang];
        } else {
            folders.push(PathBuf::from(arg));
        }
    }
    // Paths in messages are relative to the repository, as an editor opened there shows them.
    let root = repo_root();
    std::env::set_current_dir(&root).map_err(|e| format!("{}: {e}", root.display()))?;
    if folders.is_empty() {
        for dir in STATEMENT_DIRS {
            folders.extend(subfolders(Path::new(dir))?);
        }
    }
    let data = Path::new("data");
    let gazetteer = gazetteer(data).map_err(|problem| report_located(&[problem], &langs))?;
    let mut failed = 0;
    for path in &folders {
        let folder = FolderOnDisk::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
        let problems = folder.with(|files| check(as_gazetteer(&gazetteer), files));
        if problems.is_empty() {
            println!("{}: {}", path.display(), valid(&langs));
        } else {
            failed += 1;
            println!("{}:\n{}", path.display(), report_located(&problems, &langs));
        }
    }
    // The statement the build shows must also fit this build's views.
    match shown_statements(data) {
        Err(problems) => {
            failed += 1;
            println!("{}", report_located(&problems, &langs));
        }
        Ok(shown) => {
            for (position, folder) in shown.into_iter().enumerate() {
                match folder.with(|files| load(as_gazetteer(&gazetteer), files)) {
                    Ok(dataset) => {
                        let silent = published_changes(position, &folder, &gazetteer, &dataset)?;
                        if silent.is_empty() {
                            println!("{}: {}", folder.path, shown_text(position == 0, &langs));
                        } else {
                            failed += 1;
                            println!("{}:\n{}", folder.path, report_located(&silent, &langs));
                        }
                    }
                    Err(problems) => {
                        failed += 1;
                        println!(
                            "{} (data/collection.txt):\n{}",
                            folder.path,
                            report_located(&problems, &langs)
                        );
                    }
                }
            }
        }
    }
    if failed == 0 {
        Ok(())
    } else {
        Err(format!(
            "check: {failed} × con problemas, arriba / with problems, above"
        ))
    }
}

/// The figures of `folder`, the collection's statement at `position`, that changed since
/// they were published (its committed `figures.csv`, `export::downloads_dir`) without a
/// correction.
pub fn published_changes(
    position: usize,
    folder: &FolderOnDisk,
    gazetteer: &(String, Vec<u8>),
    dataset: &corredor_core::data::Dataset,
) -> Result<Vec<Located>, String> {
    use corredor_core::data::export::{downloads_dir, silent_changes, FIGURES_CSV};
    let path = Path::new(&downloads_dir(position, folder.name())).join(FIGURES_CSV);
    // Nothing published yet: nothing can have changed silently.
    let Ok(published) = std::fs::read_to_string(repo_root().join(&path)) else {
        return Ok(Vec::new());
    };
    let reading = folder.with(|files| read(as_gazetteer(gazetteer), files));
    Ok(silent_changes(&published, &reading, dataset))
}

/// `es` and `en`, in the languages asked for, Spanish first.
fn in_langs(langs: &[Lang], es: &str, en: &str) -> String {
    langs
        .iter()
        .map(|lang| match lang {
            Lang::Es => es,
            Lang::En => en,
        })
        .collect::<Vec<_>>()
        .join(" / ")
}

fn valid(langs: &[Lang]) -> String {
    in_langs(langs, "válido", "valid")
}

/// What the build does with a statement `collection.txt` names: the first opens at the
/// site's root, the others at their own pages, all in the picker.
fn shown_text(first: bool, langs: &[Lang]) -> String {
    if first {
        in_langs(
            langs,
            "la compilación lo muestra en la raíz del sitio (el primero de data/collection.txt)",
            "the build shows it at the site's root (the first in data/collection.txt)",
        )
    } else {
        in_langs(
            langs,
            "la compilación lo muestra en su propia página y en el selector de comunicados",
            "the build shows it on its own page and in the statements picker",
        )
    }
}

fn subfolders(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Ok(Vec::new());
    };
    let mut folders = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| format!("{}: {e}", dir.display()))?;
        if entry.path().is_dir() {
            folders.push(entry.path());
        }
    }
    folders.sort();
    Ok(folders)
}

/// `cargo xtask fuzz [CASES]`: the loader's generated-input test, in release, on every core.
pub fn fuzz(args: &[String]) -> Result<(), String> {
    let cases = args.first().map_or("1000000", String::as_str);
    status(
        "fuzz",
        cmd("cargo")
            .args([
                "test",
                "--release",
                "--package",
                "corredor-core",
                "--lib",
                "statement::fuzz",
                "--",
                "--nocapture",
            ])
            .env("CORREDOR_FUZZ_CASES", cases),
    )
}
