//! Checks on the built `dist/` and its sources that are not about size: no `eval` or
//! `new Function` in the shipped JavaScript (the CSP forbids them, and so do we), and a plain
//! fallback for every `light-dark()` colour.

use std::path::Path;

/// Fails naming every file and line that calls `eval(` or `new Function(`, in every `.js`
/// file under `dist/` (at any depth) and every inline `<script>` of its `.html` files. A run
/// that scanned nothing fails too: an empty or misplaced `dist/` must not pass.
pub fn no_eval(dist: &Path) -> Result<(), String> {
    let mut findings = Vec::new();
    let mut scanned = 0;
    for path in files_under(dist)? {
        let extension = path.extension().and_then(|e| e.to_str()).unwrap_or("");
        if extension != "js" && extension != "html" {
            continue;
        }
        let text =
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        // Line numbers then count within the page's inline scripts, one after another.
        let script = if extension == "html" {
            crate::post_build::inline_scripts(&text).join("\n")
        } else {
            text
        };
        scanned += 1;
        for (number, line) in script.lines().enumerate() {
            if calls_eval(line) {
                findings.push(format!("{}:{}", path.display(), number + 1));
            }
        }
    }
    if scanned == 0 {
        return Err(format!(
            "no JavaScript or HTML found under {}: nothing was checked",
            dist.display()
        ));
    }
    if findings.is_empty() {
        println!("no eval or new Function in the shipped JavaScript ({scanned} files)");
        Ok(())
    } else {
        Err(format!(
            "eval or new Function in the shipped JavaScript: {}",
            findings.join(", ")
        ))
    }
}

/// Every file below `dir`, at any depth, sorted.
fn files_under(dir: &Path) -> Result<Vec<std::path::PathBuf>, String> {
    let mut files = Vec::new();
    crate::size::collect_files(dir, &mut files).map_err(|e| format!("{}: {e}", dir.display()))?;
    files.sort();
    Ok(files)
}

/// Text that only a JSON parser or the dataset's validator would put in the wasm.
const RUNTIME_PARSING_MARKERS: [&str; 4] = [
    // serde_json's error messages.
    "EOF while parsing",
    "trailing comma",
    // The validator's messages (`i18n::problems`).
    "does not occur verbatim in the source text",
    "no aparece literalmente en el texto fuente",
];

/// Fails when a shipped `.wasm` parses JSON or validates the dataset: the build compiles the
/// dataset in (`build.rs`), so neither may reach the reader's download.
pub fn no_runtime_parsing(dist: &Path) -> Result<(), String> {
    let mut scanned = 0;
    let mut findings = Vec::new();
    for path in files_under(dist)? {
        if path.extension().and_then(|e| e.to_str()) != Some("wasm") {
            continue;
        }
        scanned += 1;
        let bytes = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        for marker in RUNTIME_PARSING_MARKERS {
            if bytes
                .windows(marker.len())
                .any(|window| window == marker.as_bytes())
            {
                findings.push(format!("{}: \"{marker}\"", path.display()));
            }
        }
    }
    match (scanned, findings.is_empty()) {
        (0, _) => Err(format!(
            "no .wasm under {}: nothing was checked",
            dist.display()
        )),
        (_, true) => {
            println!("no JSON parser or dataset validation in the shipped wasm");
            Ok(())
        }
        (_, false) => Err(format!(
            "the shipped wasm parses or validates data at run time: {}",
            findings.join(", ")
        )),
    }
}

/// The custom properties of `css` that use `light-dark()` without a plain value first, so a
/// browser without `light-dark()` would get no colour at all (black fills, no background).
pub fn colours_without_fallback(css: &str) -> Vec<String> {
    let mut missing = Vec::new();
    for line in css.lines() {
        let line = line.trim();
        let Some((name, value)) = line.split_once(':') else {
            continue;
        };
        if !name.starts_with("--") || !value.contains("light-dark(") {
            continue;
        }
        let plain = css.lines().map(str::trim).any(|other| {
            other.split_once(':').is_some_and(|(n, v)| {
                n == name && !v.contains("light-dark(") && !v.trim().is_empty()
            })
        });
        let position = css.find(line).unwrap_or(0);
        let guarded = css[..position]
            .rfind("@supports (color: light-dark(")
            .is_some();
        if !plain || !guarded {
            missing.push(name.to_owned());
        }
    }
    missing
}

/// Whether `line` calls `eval(…)` or `new Function(…)`.
fn calls_eval(line: &str) -> bool {
    let compact: String = line.split_whitespace().collect::<Vec<_>>().join(" ");
    let calls = |needle: &str| {
        compact.match_indices(needle).any(|(at, _)| {
            // A word boundary before: not `medieval(` or `myeval(`.
            compact[..at]
                .chars()
                .next_back()
                .is_none_or(|c| !(c.is_alphanumeric() || c == '_' || c == '$' || c == '.'))
        })
    };
    calls("eval(")
        || calls("eval (")
        || compact.contains("new Function(")
        || compact.contains("new Function (")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_dist_is_a_failure_and_nested_files_are_read() {
        let dir = std::env::temp_dir().join(format!("corredor-no-eval-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("nested")).unwrap();
        assert!(no_eval(&dir).is_err(), "nothing scanned must fail");
        std::fs::write(dir.join("nested/snippet.js"), "new Function('x')").unwrap();
        assert!(no_eval(&dir).unwrap_err().contains("snippet.js"));
        std::fs::write(dir.join("nested/snippet.js"), "run()").unwrap();
        std::fs::write(dir.join("index.html"), "<script>eval(code)</script>").unwrap();
        assert!(no_eval(&dir).unwrap_err().contains("index.html"));
        std::fs::write(dir.join("index.html"), "<script src=\"x.js\"></script>").unwrap();
        assert!(no_eval(&dir).is_ok());
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_wasm_with_a_json_parser_is_refused() {
        let dir = std::env::temp_dir().join(format!("corredor-parsing-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        assert!(
            no_runtime_parsing(&dir).is_err(),
            "nothing scanned must fail"
        );
        std::fs::write(
            dir.join("app_bg.wasm"),
            b"\0asm...EOF while parsing a value...",
        )
        .unwrap();
        assert!(no_runtime_parsing(&dir)
            .unwrap_err()
            .contains("EOF while parsing"));
        std::fs::write(dir.join("app_bg.wasm"), b"\0asm...just the app...").unwrap();
        assert!(no_runtime_parsing(&dir).is_ok());
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn every_colour_has_a_plain_fallback_before_light_dark() {
        let css = include_str!("../../style/main.css");
        assert!(
            css.contains("light-dark("),
            "the check must read the real colours"
        );
        assert_eq!(colours_without_fallback(css), Vec::<String>::new());
        let broken = ":root {\n  --bg: light-dark(#fff, #000);\n}\n";
        assert_eq!(colours_without_fallback(broken), vec!["--bg"]);
    }

    #[test]
    fn finds_eval_and_new_function_but_not_lookalikes() {
        assert!(calls_eval("const x = eval(code);"));
        assert!(calls_eval("return new Function('a', body)"));
        assert!(calls_eval("window.x=1;eval (s)") || calls_eval("window.x=1; eval (s)"));
        assert!(!calls_eval("medieval(1); retrieval(2)"));
        assert!(!calls_eval("debug = `Function(${val.name})`;"));
        assert!(!calls_eval("obj.eval(x)"));
    }
}
