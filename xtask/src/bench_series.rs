//! The benchmark's synthetic collection: the 23 January statement and 49 statements written
//! from the follow-up's folder (their own ids, dates and figures, the format's files and
//! nothing else), built like the shipped collection into a folder of `target/`, never
//! shipped. What it measures is whether the collection's size reaches the reader: the first
//! load, the wasm and the service worker's precache of 50 statements against the two the
//! build ships, in the same run (issue 20's scale item).

use std::path::{Path, PathBuf};

use crate::run::{cmd, repo_root, status};

/// How many statements the synthetic collection holds, the first included.
pub const STATEMENTS: usize = 50;

/// The folder the follow-up's copies are written from.
const TEMPLATE: &str = "2024-01-26-follow-up";

/// Writes the synthetic collection of `count` statements under `into` (its `data/` folder,
/// which `CORREDOR_DATA` names to `build.rs`) and returns that folder.
pub fn write_collection(count: usize, into: &Path) -> Result<PathBuf, String> {
    let data = into.join("data");
    let _ = std::fs::remove_dir_all(&data);
    let source = repo_root().join("data");
    let io = |what: &Path, e: std::io::Error| format!("{}: {e}", what.display());
    std::fs::create_dir_all(data.join("statements")).map_err(|e| io(&data, e))?;
    std::fs::copy(source.join("places.csv"), data.join("places.csv"))
        .map_err(|e| io(&source, e))?;
    let first = source.join("statements/2024-01-23");
    copy_folder(&first, &data.join("statements/2024-01-23"))?;
    let mut names = vec!["2024-01-23".to_owned()];
    let template = source.join("statements").join(TEMPLATE);
    let statement =
        std::fs::read_to_string(template.join("statement.txt")).map_err(|e| io(&template, e))?;
    let figures =
        std::fs::read_to_string(template.join("figures.csv")).map_err(|e| io(&template, e))?;
    for index in 0..count.saturating_sub(1) {
        let name = format!("bench-{:02}", index + 2);
        // A statement every day from 1 February; its figures scaled, so that no two
        // neighbours give the same numbers (parts still add up to their total).
        let (month, day) = if index < 29 {
            (2, index + 1)
        } else {
            (3, index - 28)
        };
        let folder = data.join("statements").join(&name);
        std::fs::create_dir_all(&folder).map_err(|e| io(&folder, e))?;
        std::fs::write(
            folder.join("statement.txt"),
            with_lines(&statement, &name, &format!("2024-{month:02}-{day:02}")),
        )
        .map_err(|e| io(&folder, e))?;
        std::fs::write(
            folder.join("figures.csv"),
            scaled(&figures, 1 + index as u64 % 3),
        )
        .map_err(|e| io(&folder, e))?;
        names.push(name);
    }
    let mut collection = String::from("# The benchmark's synthetic collection (never shipped).\n");
    for name in &names {
        collection.push_str(name);
        collection.push('\n');
    }
    std::fs::write(data.join("collection.txt"), collection).map_err(|e| io(&data, e))?;
    Ok(data)
}

/// `statement.txt` with its `id:` and `date:` lines replaced.
fn with_lines(statement: &str, id: &str, date: &str) -> String {
    statement
        .lines()
        .map(|line| {
            if line.starts_with("id:") {
                format!("id: {id}\n")
            } else if line.starts_with("date:") {
                format!("date: {date}\n")
            } else {
                format!("{line}\n")
            }
        })
        .collect()
}

/// `figures.csv` with every row's value (the fourth column: the first four hold no quoted
/// comma) multiplied by `factor`.
fn scaled(figures: &str, factor: u64) -> String {
    let mut lines = figures.lines();
    let mut out = lines
        .next()
        .map(|head| format!("{head}\n"))
        .unwrap_or_default();
    for line in lines {
        let cells: Vec<&str> = line.splitn(5, ',').collect();
        match (
            cells.as_slice(),
            cells.get(3).and_then(|v| v.parse::<u64>().ok()),
        ) {
            ([id, unit, quantity, _, rest], Some(value)) => {
                out.push_str(&format!(
                    "{id},{unit},{quantity},{},{rest}\n",
                    value * factor
                ));
            }
            _ => out.push_str(&format!("{line}\n")),
        }
    }
    out
}

fn copy_folder(from: &Path, to: &Path) -> Result<(), String> {
    std::fs::create_dir_all(to).map_err(|e| format!("{}: {e}", to.display()))?;
    for entry in std::fs::read_dir(from).map_err(|e| format!("{}: {e}", from.display()))? {
        let entry = entry.map_err(|e| format!("{}: {e}", from.display()))?;
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_folder(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), &target)
                .map_err(|e| format!("{}: {e}", target.display()))?;
        }
    }
    Ok(())
}

/// Builds the synthetic collection's release into `into/dist` (Trunk, its post-build hook and
/// the pages written at build time, all reading `CORREDOR_DATA`), and returns that folder.
pub fn build(data: &Path, into: &Path) -> Result<PathBuf, String> {
    let dist = into.join("dist");
    status(
        "trunk build (the synthetic collection)",
        cmd("trunk")
            .args(["build", "--release", "--offline", "--dist"])
            .arg(&dist)
            .env("CORREDOR_DATA", data),
    )?;
    Ok(dist)
}

/// The bytes of the shipped build and the synthetic one, side by side, with the issue's
/// limits (first load within 10 %, precache at most 1.5×).
pub fn report(shipped: &Path, synthetic: &Path) -> Result<String, String> {
    let two = crate::size::build_bytes(shipped)?;
    let fifty = crate::size::build_bytes(synthetic)?;
    let ratio = |a: usize, b: usize| a as f64 / b as f64;
    let lines = [
        format!("| bytes | 2 statements | {STATEMENTS} statements | ratio | limit |"),
        "|---|---:|---:|---:|---|".to_owned(),
        format!(
            "| first load (brotli) | {} | {} | {:.3} | ≤ 1.10 |",
            two.first_load,
            fifty.first_load,
            ratio(fifty.first_load, two.first_load)
        ),
        format!(
            "| wasm (brotli) | {} | {} | {:.3} | |",
            two.wasm,
            fifty.wasm,
            ratio(fifty.wasm, two.wasm)
        ),
        format!(
            "| service worker precache (raw bytes, files) | {} ({} files) | {} ({} files) | {:.3} | ≤ 1.5 |",
            two.precache_raw,
            two.precache_files,
            fifty.precache_raw,
            fifty.precache_files,
            ratio(fifty.precache_raw, two.precache_raw)
        ),
    ];
    Ok(lines.join("\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_copy_gets_its_own_id_and_date_and_nothing_else_changes() {
        let statement =
            "# note\nid: 2024-01-26-follow-up\nversion: 1\ndate: ../2024-01-26\nlanguage: es\n";
        assert_eq!(
            with_lines(statement, "bench-02", "2024-02-01"),
            "# note\nid: bench-02\nversion: 1\ndate: 2024-02-01\nlanguage: es\n"
        );
    }

    #[test]
    fn figures_are_scaled_in_their_value_column_only() {
        let figures = "id,unit,quantity,value,status,note_es\nflights,flights,exact,112,projected,\"Dice 26, no 27\"\nflights-guatemala,flights,exact,48,projected,\n";
        assert_eq!(
            scaled(figures, 3),
            "id,unit,quantity,value,status,note_es\nflights,flights,exact,336,projected,\"Dice 26, no 27\"\nflights-guatemala,flights,exact,144,projected,\n"
        );
    }
}
