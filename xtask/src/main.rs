//! Corredor's command runner. `cargo xtask <command>`; the README names `serve` and `test`.
//!
//! Every command first installs what it needs and is missing (see [`tools`]), so a fresh
//! machine with rustup, cargo and, on Debian as root, apt-get, needs nothing else.

mod bench_series;
mod checks;
mod geodata;
mod post_build;
mod prerender;
mod run;
mod size;
mod statements;
mod static_server;
mod steps;
mod tools;

use std::process::ExitCode;

const USAGE: &str = "\
usage: cargo xtask <command>

  serve              install what is missing, build, serve on http://127.0.0.1:8080 with live reload
  test               install what is missing, then run every check and test, stopping at the first failure
  check [--lang es|en] [FOLDER...]
                     check every statement folder (data/statements/, examples/statements/) in seconds,
                     without building: every problem with its file, line and column, in Spanish and English
  fuzz [CASES]       run the statement loader on generated broken folders (default 1000000), in release
  build              release build into dist/, then the size table and the budget check
  bench              build, serve and measure load, interaction and Lighthouse (a report, never a test)
  size               the size table and the budget check for the existing dist/
  serve-dist [PORT]  serve the built dist/ on 127.0.0.1 (default port 4173), as a static host would
  host-libs          unpack the pinned Datawrapper, Flourish and AMP scripts the e2e host pages use
  post-build         Trunk's post-build hook: CSP headers and the service worker's precache list
  exports            regenerate the committed data exports from the statement (data/statements/)
  geodata            rebuild data/geo/region.json from Natural Earth (needs npm; see data/geo/README.md)
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("serve") => steps::serve(),
        Some("test") => steps::test_all(),
        Some("build") => steps::release_build_and_check(),
        Some("size") => size::report_and_check(&run::repo_root().join("dist")),
        Some("serve-dist") => {
            let port = args.get(1).map(|p| p.parse::<u16>()).transpose();
            match port {
                Ok(port) => static_server::serve_forever(
                    &run::repo_root().join("dist"),
                    port.unwrap_or(static_server::DEFAULT_PORT),
                ),
                Err(_) => Err(format!(
                    "serve-dist: the port must be a number, got {:?}",
                    args[1]
                )),
            }
        }
        Some("exports") => steps::regenerate_exports(),
        Some("check") => statements::check_command(&args[1..]),
        Some("fuzz") => statements::fuzz(&args[1..]),
        Some("bench") => steps::bench(),
        Some("geodata") => geodata::rebuild(),
        Some("post-build") => post_build::run(),
        Some("host-libs") => tools::ensure_host_libraries(),
        Some("help" | "-h" | "--help") | None => {
            print!("{USAGE}");
            Ok(())
        }
        Some(other) => Err(format!("unknown command {other:?}\n\n{USAGE}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("\nxtask: {message}");
            ExitCode::FAILURE
        }
    }
}
