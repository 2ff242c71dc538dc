//! Prints everything the build writes from the app, as one JSON document: every page's view,
//! title, description and root attributes, the map images and cards as SVG, the pictures' style
//! sheet (`corredor::prerender::build_outputs`). `cargo xtask post-build` runs it once and
//! puts each part in its place.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    match corredor::prerender::build_outputs() {
        Ok(outputs) => {
            println!("{outputs}");
            std::process::ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("prerender: {error}");
            std::process::ExitCode::FAILURE
        }
    }
}

/// Nothing to do in the browser: the pages are written at build time.
#[cfg(target_arch = "wasm32")]
fn main() {}
