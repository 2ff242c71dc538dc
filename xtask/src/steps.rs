//! The pipelines behind `serve`, `test`, `build` and `exports`.

use crate::run::{cmd, repo_root, status, step};
use crate::size;
use crate::static_server;
use crate::tools::{self, WASM_TARGET};

/// `cargo xtask serve`: the development server with live reload.
pub fn serve() -> Result<(), String> {
    step("install build tools", ensure_build_tools)?;
    println!("\nCorredor will be at http://127.0.0.1:8080/ once the first build finishes.");
    println!(
        "This development build does not write the pages rendered at build time (the first paint \
         before the wasm, the English and embed pages, the page without JavaScript): \
         `cargo xtask build` then `cargo xtask serve-dist` shows them.\n"
    );
    // A separate dist folder, so a running dev server and a release build never overwrite each other.
    status(
        "trunk serve",
        cmd("trunk").args(["serve", "--offline", "--dist", "target/dev-dist"]),
    )
}

/// `cargo xtask test`: every check, in order, stopping at the first failure.
pub fn test_all() -> Result<(), String> {
    let started = std::time::Instant::now();
    step("install build tools", ensure_build_tools)?;
    let browser = step_value("install Chromium and chromedriver", tools::ensure_chromium)?;
    step("install e2e packages (npm ci)", tools::ensure_e2e_packages)?;
    step(
        "unpack the host pages' scripts (Datawrapper, Flourish, AMP)",
        tools::ensure_host_libraries,
    )?;

    step("cargo fmt --check", || {
        status("cargo fmt", cmd("cargo").args(["fmt", "--all", "--check"]))
    })?;
    step("cargo clippy (native)", || {
        status(
            "clippy native",
            cmd("cargo").args([
                "clippy",
                "--workspace",
                "--all-targets",
                "--",
                "-D",
                "warnings",
            ]),
        )
    })?;
    step("cargo clippy (wasm32)", || {
        status(
            "clippy wasm32",
            cmd("cargo").args([
                "clippy",
                "--package",
                "corredor",
                "--all-targets",
                "--target",
                WASM_TARGET,
                "--",
                "-D",
                "warnings",
            ]),
        )
    })?;
    step("cargo test (native)", || {
        status("native tests", cmd("cargo").args(["test", "--workspace"]))
    })?;
    step(
        "component tests (wasm-bindgen-test, headless Chromium)",
        || {
            status(
                "component tests",
                cmd("cargo")
                    .args([
                        "test",
                        "--package",
                        "corredor",
                        "--target",
                        WASM_TARGET,
                        "--test",
                        "components",
                    ])
                    .env(
                        "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER",
                        "wasm-bindgen-test-runner",
                    )
                    .env("CHROMEDRIVER", &browser.chromedriver)
                    .env("WASM_BINDGEN_TEST_TIMEOUT", "120"),
            )
        },
    )?;
    release_build_and_check()?;
    step("end-to-end tests (Playwright, Chromium)", || {
        end_to_end(&browser)
    })?;
    println!(
        "\nall checks passed in {:.0} s",
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// `cargo xtask build`: the release build, its size table and the budget gate.
pub fn release_build_and_check() -> Result<(), String> {
    step("install build tools", ensure_build_tools)?;
    step(
        "install wasm-opt (npm binaryen)",
        tools::ensure_e2e_packages,
    )?;
    step("release build (trunk build --release)", || {
        status(
            "trunk build",
            cmd("trunk").args(["build", "--release", "--offline"]),
        )
    })?;
    step("size budget", || {
        size::report_and_check(&repo_root().join("dist"))
    })?;
    step("no eval in the shipped JavaScript", || {
        crate::checks::no_eval(&repo_root().join("dist"))
    })?;
    step("no JSON parsing or validation in the shipped wasm", || {
        crate::checks::no_runtime_parsing(&repo_root().join("dist"))
    })?;
    step("a plain fallback for every light-dark() colour", || {
        let path = repo_root().join("style/main.css");
        let css = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        match crate::checks::colours_without_fallback(&css).as_slice() {
            [] => Ok(()),
            missing => Err(format!(
                "{} uses light-dark() with no plain value first for: {}",
                path.display(),
                missing.join(", ")
            )),
        }
    })
}

/// `cargo xtask exports`: rewrites the committed exports of every statement of the
/// collection, each in its downloads folder (`export::downloads_dir`).
pub fn regenerate_exports() -> Result<(), String> {
    use corredor_core::data::export::{downloads, downloads_dir, silent_changes, FIGURES_CSV};
    use corredor_core::data::statement::disk::{as_gazetteer, gazetteer, shown_statements};
    use corredor_core::data::statement::{load, read};
    use corredor_core::i18n::{problems::report_located, Lang};
    let root = repo_root();
    std::env::set_current_dir(&root).map_err(|e| format!("{}: {e}", root.display()))?;
    let data_dir = std::path::Path::new("data");
    let places = gazetteer(data_dir).map_err(|problem| report_located(&[problem], &Lang::ALL))?;
    let shown =
        shown_statements(data_dir).map_err(|problems| report_located(&problems, &Lang::ALL))?;
    for (position, folder) in shown.iter().enumerate() {
        let data = folder
            .with(|files| load(as_gazetteer(&places), files))
            .map_err(|errors| report_located(&errors, &Lang::ALL))?;
        let statement = folder.with(|files| read(as_gazetteer(&places), files));
        let dir = root.join(downloads_dir(position, folder.name()));
        // A published figure changes only with a correction: the downloads (what was
        // published) are not rewritten over a silent change.
        let published = std::fs::read_to_string(dir.join(FIGURES_CSV)).unwrap_or_default();
        let silent = silent_changes(&published, &statement, &data);
        if !silent.is_empty() {
            return Err(report_located(&silent, &Lang::ALL));
        }
        std::fs::create_dir_all(&dir)
            .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
        let files = downloads(&data, &statement);
        for (name, contents) in &files {
            let path = dir.join(name);
            std::fs::write(&path, contents)
                .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
            println!("wrote {}", path.display());
        }
        // A statement without flights by destination has no flights table: another
        // statement's file must not stay behind as if it were this one's.
        let flights = dir.join(corredor_core::data::export::FLIGHTS_CSV);
        if !files.iter().any(|(name, _)| dir.join(name) == flights) && flights.exists() {
            std::fs::remove_file(&flights)
                .map_err(|e| format!("cannot remove {}: {e}", flights.display()))?;
            println!("removed {}", flights.display());
        }
    }
    Ok(())
}

fn ensure_build_tools() -> Result<(), String> {
    tools::ensure_wasm_target()?;
    tools::ensure_trunk()?;
    tools::ensure_wasm_bindgen_cli()
}

fn end_to_end(browser: &tools::Browser) -> Result<(), String> {
    let dist = repo_root().join("dist");
    let port = static_server::serve_in_background(&dist, 0)?;
    // A second origin for the embedding tests: a news page that frames the app.
    let host_port = static_server::serve_in_background(&repo_root().join("e2e/host"), 0)?;
    status(
        "playwright",
        cmd("npx")
            .args(["--no-install", "playwright", "test"])
            .current_dir(repo_root().join("e2e"))
            .env("BASE_URL", format!("http://127.0.0.1:{port}"))
            .env("HOST_URL", format!("http://127.0.0.1:{host_port}"))
            .env("DIST_DIR", &dist)
            .env("CHROME_PATH", &browser.chrome),
    )
}

/// Like [`step`], for a step that produces a value.
fn step_value<T>(name: &str, body: impl FnOnce() -> Result<T, String>) -> Result<T, String> {
    let mut value = None;
    step(name, || {
        value = Some(body()?);
        Ok(())
    })?;
    value.ok_or_else(|| format!("{name} produced nothing"))
}

/// `cargo xtask bench`: builds, serves and measures; writes `bench/results/latest.json`.
pub fn bench() -> Result<(), String> {
    release_build_and_check()?;
    let browser = step_value("install Chromium and chromedriver", tools::ensure_chromium)?;
    step("install the benchmark packages (npm ci in bench/)", || {
        tools::ensure_node()?;
        status(
            "npm ci (bench)",
            cmd("npm")
                .args(["ci", "--no-audit", "--no-fund"])
                .env("PUPPETEER_SKIP_DOWNLOAD", "1")
                .current_dir(repo_root().join("bench")),
        )
    })?;
    let dist = repo_root().join("dist");
    let series_dist = step_value(
        "the synthetic collection of 50 statements: written, built (never shipped)",
        series_build,
    )?;
    step("the collection's bytes: 2 statements against 50", || {
        let table = crate::bench_series::report(&dist, &series_dist)?;
        println!("{table}");
        let out = repo_root().join("bench/results/series-bytes.md");
        std::fs::write(&out, format!("{table}\n")).map_err(|e| format!("{}: {e}", out.display()))
    })?;
    let port = static_server::serve_in_background(&dist, 0)?;
    step(
        "benchmark (headless Chromium, 4x CPU throttling, Lighthouse)",
        || {
            status(
                "bench",
                cmd("node")
                    .arg("bench.mjs")
                    .current_dir(repo_root().join("bench"))
                    .env("BASE_URL", format!("http://127.0.0.1:{port}"))
                    .env("DIST_DIR", &dist)
                    .env("DIST_SERIES", &series_dist)
                    .env(
                        "SERIES_STATEMENTS",
                        crate::bench_series::STATEMENTS.to_string(),
                    )
                    .env("CHROME_PATH", &browser.chrome),
            )
        },
    )
}

/// The synthetic collection, written under `target/bench-series/` and built there.
fn series_build() -> Result<std::path::PathBuf, String> {
    let folder = repo_root().join("target/bench-series");
    let data = crate::bench_series::write_collection(crate::bench_series::STATEMENTS, &folder)?;
    crate::bench_series::build(&data, &folder)
}
