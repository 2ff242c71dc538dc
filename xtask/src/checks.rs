//! Checks on the built `dist/` that are not about size: no `eval` or `new Function` in the
//! shipped JavaScript (the CSP forbids them, and so do we).

use std::path::Path;

/// Fails naming every file and line that calls `eval(` or `new Function(`.
pub fn no_eval(dist: &Path) -> Result<(), String> {
    let mut findings = Vec::new();
    for entry in std::fs::read_dir(dist).map_err(|e| format!("{}: {e}", dist.display()))? {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.extension().and_then(|e| e.to_str()) != Some("js") {
            continue;
        }
        let text =
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        for (number, line) in text.lines().enumerate() {
            if calls_eval(line) {
                findings.push(format!("{}:{}", path.display(), number + 1));
            }
        }
    }
    if findings.is_empty() {
        println!("no eval or new Function in the shipped JavaScript");
        Ok(())
    } else {
        Err(format!(
            "eval or new Function in the shipped JavaScript: {}",
            findings.join(", ")
        ))
    }
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
    fn finds_eval_and_new_function_but_not_lookalikes() {
        assert!(calls_eval("const x = eval(code);"));
        assert!(calls_eval("return new Function('a', body)"));
        assert!(calls_eval("window.x=1;eval (s)") || calls_eval("window.x=1; eval (s)"));
        assert!(!calls_eval("medieval(1); retrieval(2)"));
        assert!(!calls_eval("debug = `Function(${val.name})`;"));
        assert!(!calls_eval("obj.eval(x)"));
    }
}
