//! Running child processes with a clear step banner and a PATH that holds our tools.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

/// The repository root (the parent of `xtask/`).
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."))
}

/// Folders that hold tools we install, put in front of PATH for every child process:
/// cargo's bin folder (Trunk, wasm-bindgen) and the e2e packages' bin folder (wasm-opt).
pub fn tool_dirs() -> Vec<PathBuf> {
    let mut dirs = vec![repo_root().join("e2e/node_modules/.bin")];
    if let Some(cargo_home) = std::env::var_os("CARGO_HOME") {
        dirs.push(PathBuf::from(cargo_home).join("bin"));
    }
    if let Some(home) = std::env::var_os("HOME") {
        dirs.push(PathBuf::from(home).join(".cargo/bin"));
    }
    dirs
}

/// PATH with [`tool_dirs`] first.
pub fn path_with_tools() -> OsString {
    let current = std::env::var_os("PATH").unwrap_or_default();
    let mut all = tool_dirs();
    all.extend(std::env::split_paths(&current));
    std::env::join_paths(all).unwrap_or(current)
}

/// A command for `program`, run from the repository root with our PATH.
pub fn cmd(program: &str) -> Command {
    let mut command = Command::new(program);
    command
        .current_dir(repo_root())
        .env("PATH", path_with_tools())
        // Trunk asks the internet for newer versions unless told not to.
        .env("TRUNK_SKIP_VERSION_CHECK", "true");
    command
}

/// Runs `command` and fails with `what` if it cannot start or exits non-zero.
pub fn status(what: &str, command: &mut Command) -> Result<(), String> {
    let outcome = command.status().map_err(|error| {
        format!(
            "{what}: could not start {:?}: {error}",
            command.get_program()
        )
    })?;
    if outcome.success() {
        Ok(())
    } else {
        Err(format!("{what} failed ({outcome})"))
    }
}

/// Runs `command` and returns its standard output, or `None` if it cannot start or fails.
pub fn output(command: &mut Command) -> Option<String> {
    let out = command.output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

/// Runs one named step of a pipeline, printing a banner before and its duration after.
pub fn step(name: &str, body: impl FnOnce() -> Result<(), String>) -> Result<(), String> {
    println!("\n==> {name}");
    let started = Instant::now();
    let result = body();
    let seconds = started.elapsed().as_secs_f64();
    match &result {
        Ok(()) => println!("<== {name}: ok ({seconds:.1} s)"),
        Err(_) => println!("<== {name}: FAILED ({seconds:.1} s)"),
    }
    result.map_err(|error| format!("step \"{name}\" failed: {error}"))
}
