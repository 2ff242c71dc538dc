//! Installing what the commands need, each tool only when absent or at the wrong version.
//!
//! Versions are pinned: Trunk 0.21.14 (0.22 needs a newer rustc), the wasm-bindgen CLI at
//! exactly the version in Cargo.lock (the CLI and the crate must match), and wasm-opt from
//! npm's `binaryen` (Debian's is too old for current rustc output), installed with the e2e
//! packages so one lockfile pins it.

use std::path::{Path, PathBuf};

use crate::run::{cmd, output, repo_root, status};

/// The Trunk release this project is built with.
pub const TRUNK_VERSION: &str = "0.21.14";
/// The wasm-opt release npm's `binaryen` package pins in `e2e/package-lock.json`.
pub const WASM_OPT_VERSION: &str = "132";
/// The Rust target the app compiles to.
pub const WASM_TARGET: &str = "wasm32-unknown-unknown";

/// Adds the wasm32 target with rustup if it is missing.
pub fn ensure_wasm_target() -> Result<(), String> {
    let installed = output(cmd("rustup").args(["target", "list", "--installed"]));
    match installed {
        Some(list) if list.lines().any(|line| line.trim() == WASM_TARGET) => Ok(()),
        Some(_) => status(
            "rustup target add",
            cmd("rustup").args(["target", "add", WASM_TARGET]),
        ),
        None => Err(format!(
            "rustup was not found. Install Rust with rustup (https://rustup.rs), then run \
             `rustup target add {WASM_TARGET}`."
        )),
    }
}

/// Installs Trunk at [`TRUNK_VERSION`] unless that version is on PATH.
pub fn ensure_trunk() -> Result<(), String> {
    let expected = format!("trunk {TRUNK_VERSION}");
    if version_line("trunk").is_some_and(|line| line.trim() == expected) {
        return Ok(());
    }
    println!("installing Trunk {TRUNK_VERSION} (a few minutes, once)");
    status(
        "cargo install trunk",
        cmd("cargo").args(["install", "--locked", &format!("trunk@{TRUNK_VERSION}")]),
    )
}

/// Installs the wasm-bindgen CLI at the version Cargo.lock resolved, unless it is on PATH.
pub fn ensure_wasm_bindgen_cli() -> Result<(), String> {
    let version = locked_version("wasm-bindgen")?;
    let expected = format!("wasm-bindgen {version}");
    if version_line("wasm-bindgen").is_some_and(|line| line.trim() == expected) {
        return Ok(());
    }
    println!("installing wasm-bindgen-cli {version} (a few minutes, once)");
    let spec = format!("wasm-bindgen-cli@{version}");
    // `--locked` can fail when the published lockfile names a yanked crate; retry without it.
    status(
        "cargo install wasm-bindgen-cli --locked",
        cmd("cargo").args(["install", "--locked", &spec]),
    )
    .or_else(|_| {
        status(
            "cargo install wasm-bindgen-cli",
            cmd("cargo").args(["install", &spec]),
        )
    })
}

/// The version Cargo.lock resolved for `package`.
pub fn locked_version(package: &str) -> Result<String, String> {
    let lock_path = repo_root().join("Cargo.lock");
    let lock = std::fs::read_to_string(&lock_path)
        .map_err(|error| format!("cannot read {}: {error}", lock_path.display()))?;
    let name_line = format!("name = \"{package}\"");
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line.trim() == name_line {
            if let Some(version) = lines
                .next()
                .and_then(|next| next.trim().strip_prefix("version = \""))
                .and_then(|rest| rest.strip_suffix('"'))
            {
                return Ok(version.to_owned());
            }
        }
    }
    Err(format!("{package} is not in Cargo.lock"))
}

/// Node.js and npm, from Debian's packages when running as root there.
pub fn ensure_node() -> Result<(), String> {
    if version_line("node").is_some() && version_line("npm").is_some() {
        return Ok(());
    }
    install_debian_packages(&["nodejs", "npm"], "Node.js 20 or newer with npm")
}

/// The e2e packages (Playwright, axe, binaryen's wasm-opt) from `e2e/package-lock.json`,
/// reinstalled with `npm ci` only when the lockfile changed since the last install.
pub fn ensure_e2e_packages() -> Result<(), String> {
    ensure_node()?;
    let e2e = repo_root().join("e2e");
    let lock = std::fs::read(e2e.join("package-lock.json"))
        .map_err(|error| format!("cannot read e2e/package-lock.json: {error}"))?;
    let stamp_path = e2e.join("node_modules/.corredor-lock-stamp");
    let stamp = format!("{:016x}", fnv1a(&lock));
    let installed = std::fs::read_to_string(&stamp_path).unwrap_or_default();
    let wasm_opt_ok = version_line("wasm-opt")
        .is_some_and(|line| line.contains(&format!("version {WASM_OPT_VERSION}")));
    if installed.trim() == stamp && wasm_opt_ok {
        return Ok(());
    }
    status(
        "npm ci (e2e)",
        cmd("npm")
            .args(["ci", "--no-audit", "--no-fund"])
            .current_dir(&e2e),
    )?;
    std::fs::write(&stamp_path, stamp).map_err(|error| format!("cannot write stamp: {error}"))
}

/// A host page's script as a newsroom gets it, taken from a pinned npm package.
struct HostLibrary {
    /// `name@version` on the npm registry.
    package: &'static str,
    /// The file inside the package's tarball.
    path: &'static str,
    /// Where the e2e host pages find it, under `e2e/node_modules/.host-libs/`.
    saved_as: &'static str,
    /// SHA-256 of the file, so a republished or altered package cannot pass silently.
    sha256: &'static str,
}

/// Scripts that cannot come through `npm ci`: their packages declare dependencies npm cannot
/// resolve (`@datawrapper/chart-core` points at a sibling folder) or pull in a whole CLI
/// (`@flourish/sdk`). Only the one file each host test needs is unpacked.
const HOST_LIBRARIES: &[HostLibrary] = &[
    HostLibrary {
        // "The JS code we ship with the 'responsive' embed codes", by Datawrapper.
        package: "@datawrapper/chart-core@8.47.0",
        path: "package/lib/embed.js",
        saved_as: "datawrapper-embed.js",
        sha256: "3705d5df03a9012e908d91d556df3cff1308c80a4f480e627a01e86686315adc",
    },
    HostLibrary {
        // The code a Flourish graphic runs in its frame: what it posts to the host page.
        package: "@flourish/sdk@4.1.0",
        path: "package/site/embedded.js",
        saved_as: "flourish-embedded.js",
        sha256: "f934900da85d250eae0ea0d898cafa777f641aa2ab59af7245a1d97790a0fe70",
    },
    HostLibrary {
        // AMP's amp-iframe 1.0 (Bento) component, which acts on `embed-size` messages.
        package: "@ampproject/amp-iframe@1.2110011758.0",
        path: "package/dist/component-preact.js",
        saved_as: "amp-iframe.js",
        sha256: "8e9317d1dc2add41784a94dc23580c1a4e4ec0ef1613cbe1af87425a44e39b71",
    },
];

/// Unpacks each [`HOST_LIBRARIES`] file into `e2e/node_modules/.host-libs/` unless it is
/// there with the pinned hash.
pub fn ensure_host_libraries() -> Result<(), String> {
    unpack_pinned(
        HOST_LIBRARIES,
        &repo_root().join("e2e/node_modules/.host-libs"),
    )
}

/// The font the build-time images are rasterized with, so the PNG is the same on every
/// machine: DejaVu Sans (a free licence, from the Bitstream Vera fonts), regular and bold.
const FONTS: &[HostLibrary] = &[
    HostLibrary {
        package: "dejavu-fonts-ttf@2.37.3",
        path: "package/ttf/DejaVuSans.ttf",
        saved_as: "DejaVuSans.ttf",
        sha256: "7da195a74c55bef988d0d48f9508bd5d849425c1770dba5d7bfc6ce9ed848954",
    },
    HostLibrary {
        package: "dejavu-fonts-ttf@2.37.3",
        path: "package/ttf/DejaVuSans-Bold.ttf",
        saved_as: "DejaVuSans-Bold.ttf",
        sha256: "e6476c1b80502924294eed40894c5b18e06c181444ca953e5334262df9c27724",
    },
];

/// The pinned font files, unpacked into `target/fonts/` once.
pub fn ensure_fonts() -> Result<Vec<PathBuf>, String> {
    let dir = repo_root().join("target/fonts");
    unpack_pinned(FONTS, &dir)?;
    Ok(FONTS.iter().map(|font| dir.join(font.saved_as)).collect())
}

/// Unpacks each of `files` from its npm tarball into `dir`, unless it is there with its
/// pinned hash; a file with another hash is an error.
fn unpack_pinned(files: &[HostLibrary], dir: &Path) -> Result<(), String> {
    use sha2::{Digest, Sha256};
    std::fs::create_dir_all(dir)
        .map_err(|error| format!("cannot create {}: {error}", dir.display()))?;
    let hash = |bytes: &[u8]| {
        Sha256::digest(bytes)
            .iter()
            .map(|byte| format!("{byte:02x}"))
            .collect::<String>()
    };
    for library in files {
        let target = dir.join(library.saved_as);
        if std::fs::read(&target).is_ok_and(|bytes| hash(&bytes) == library.sha256) {
            continue;
        }
        let unpack = dir.join("unpack");
        let _ = std::fs::remove_dir_all(&unpack);
        std::fs::create_dir_all(&unpack)
            .map_err(|error| format!("cannot create {}: {error}", unpack.display()))?;
        let tarball = output(
            cmd("npm")
                .args(["pack", "--silent", library.package, "--pack-destination"])
                .arg(&unpack),
        )
        .and_then(|name| name.lines().last().map(str::to_owned))
        .ok_or_else(|| format!("npm pack {} failed", library.package))?;
        status(
            "tar",
            cmd("tar")
                .arg("-xzf")
                .arg(unpack.join(tarball.trim()))
                .arg("-C")
                .arg(&unpack)
                .arg(library.path),
        )?;
        let bytes = std::fs::read(unpack.join(library.path))
            .map_err(|error| format!("{} has no {}: {error}", library.package, library.path))?;
        let found = hash(&bytes);
        if found != library.sha256 {
            return Err(format!(
                "{} {} has SHA-256 {found}, not the pinned {}",
                library.package, library.path, library.sha256
            ));
        }
        std::fs::write(&target, bytes)
            .map_err(|error| format!("cannot write {}: {error}", target.display()))?;
        let _ = std::fs::remove_dir_all(&unpack);
    }
    Ok(())
}

/// Chromium and its driver, for the component and end-to-end tests.
pub fn ensure_chromium() -> Result<Browser, String> {
    if let Some(browser) = find_browser() {
        return Ok(browser);
    }
    install_debian_packages(
        &["chromium", "chromium-driver"],
        "Chromium and the matching chromedriver (or set CHROME_PATH and CHROMEDRIVER)",
    )?;
    find_browser().ok_or_else(|| "Chromium was installed but is not on PATH".to_owned())
}

/// Where Chromium and chromedriver are.
pub struct Browser {
    /// The browser executable.
    pub chrome: PathBuf,
    /// The WebDriver server matching it.
    pub chromedriver: PathBuf,
}

fn find_browser() -> Option<Browser> {
    let chrome = std::env::var_os("CHROME_PATH")
        .map(PathBuf::from)
        .or_else(|| {
            ["chromium", "chromium-browser", "google-chrome"]
                .iter()
                .find_map(|n| which(n))
        })?;
    let chromedriver = std::env::var_os("CHROMEDRIVER")
        .map(PathBuf::from)
        .or_else(|| which("chromedriver"))?;
    Some(Browser {
        chrome,
        chromedriver,
    })
}

/// The first PATH entry (ours first) holding an executable `name`.
pub fn which(name: &str) -> Option<PathBuf> {
    std::env::split_paths(&crate::run::path_with_tools())
        .map(|dir| dir.join(name))
        .find(|candidate| is_executable(candidate))
}

fn is_executable(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path)
        .is_ok_and(|meta| meta.is_file() && meta.permissions().mode() & 0o111 != 0)
}

/// The first line `program --version` prints, if it runs.
fn version_line(program: &str) -> Option<String> {
    let text = output(cmd(program).arg("--version"))?;
    text.lines().next().map(str::to_owned)
}

fn install_debian_packages(packages: &[&str], what: &str) -> Result<(), String> {
    let is_root =
        output(std::process::Command::new("id").arg("-u")).is_some_and(|uid| uid.trim() == "0");
    if !is_root || which("apt-get").is_none() {
        return Err(format!(
            "{what} is missing. Install it with your system's package manager \
             (on Debian or Ubuntu: `sudo apt-get install {}`), then run this command again.",
            packages.join(" ")
        ));
    }
    println!("installing {} with apt-get", packages.join(", "));
    status("apt-get update", cmd("apt-get").arg("update").arg("-q"))?;
    status(
        "apt-get install",
        cmd("apt-get")
            .args(["install", "-y", "-q", "--no-install-recommends"])
            .args(packages)
            .env("DEBIAN_FRONTEND", "noninteractive"),
    )
}

/// FNV-1a: a stable fingerprint of the lockfile, so the stamp survives toolchain updates.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_pinned_wasm_bindgen_in_the_lockfile() {
        let version = locked_version("wasm-bindgen").expect("wasm-bindgen is locked");
        let manifest = std::fs::read_to_string(repo_root().join("Cargo.toml")).unwrap();
        assert!(
            manifest.contains(&format!("wasm-bindgen = \"={version}\"")),
            "Cargo.toml must pin wasm-bindgen to the locked {version}"
        );
        let trunk_toml = std::fs::read_to_string(repo_root().join("Trunk.toml")).unwrap();
        assert!(trunk_toml.contains(&format!("wasm_bindgen = \"{version}\"")));
    }

    #[test]
    fn unknown_packages_are_an_error() {
        assert!(locked_version("no-such-package-in-the-lock").is_err());
    }

    #[test]
    fn fingerprint_changes_with_content() {
        assert_ne!(fnv1a(b"a"), fnv1a(b"b"));
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
    }
}
