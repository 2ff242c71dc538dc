//! `cargo xtask post-build`: Trunk's post-build hook (see `Trunk.toml`), run on the staging
//! folder before it becomes `dist/`.
//!
//! Trunk itself writes the loader that waits for the first paint (`pattern_script` in
//! `Trunk.toml`), the glue's preload and the wasm's early fetch (`pattern_preload`), and the style sheet
//! and `boot.js` into the page (`rel="inline"` in `index.html`). What it cannot do is done
//! here, in this order:
//!
//! 0. Minify wasm-bindgen's JavaScript glue with esbuild (npm, pinned in
//!    `e2e/package-lock.json`): Trunk 0.21's own minifier stops at its `export default` and
//!    leaves it whole (50.7 KB raw, 7.4 KB brotli; minified 23 KB, 5.7 KB).
//! 1. Fill the loader's integrity placeholders (`CORREDOR-SRI:<file>`) with each file's
//!    SHA-384: a custom loader pattern has no variable for the hashes Trunk computes.
//! 2. Put the literals the minifier hoists out of the inline `boot.js` in one order: its order
//!    changes from one build to the next, and with it the page's bytes and policy hash.
//! 3. Write every page and image from one run of the app's prerender (`prerender.rs`): Trunk
//!    knows nothing of the app's views.
//! 4. Write the Content-Security-Policy, in `_headers` and as a `<meta>`, with the hashes of
//!    the final pages' inline scripts and styles: only the final pages have them.
//! 5. Fill `sw.js` with the build's version and the list of every file to precache, and
//!    minify it.
//!
//! Debug builds (`trunk serve`) get only step 1: no service worker caches a development build.

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256, Sha384};

/// `frame-ancestors` unless `CORREDOR_FRAME_ANCESTORS` says otherwise: any site may embed.
const DEFAULT_FRAME_ANCESTORS: &str = "*";

/// What `Trunk.toml`'s loader patterns write where a file's integrity goes, before its name.
const INTEGRITY_PLACEHOLDER: &str = "CORREDOR-SRI:";

/// Runs the hook.
pub fn run() -> Result<(), String> {
    let staging = std::env::var_os("TRUNK_STAGING_DIR")
        .map(PathBuf::from)
        .ok_or("post-build runs as Trunk's hook: TRUNK_STAGING_DIR is not set")?;
    let index = staging.join("index.html");
    let release = std::env::var("TRUNK_PROFILE").as_deref() == Ok("release");
    if release {
        minify_glue(&staging)?;
    }
    let template = with_integrity(&read_text(&index)?, |file| {
        std::fs::read(staging.join(file)).map_err(|e| format!("cannot read {file}: {e}"))
    })?;
    if !release {
        // Leave the development build alone, and drop the worker template so nothing
        // registers a worker for it.
        let _ = std::fs::remove_file(staging.join("sw.js"));
        return std::fs::write(&index, template)
            .map_err(|e| format!("cannot write index.html: {e}"));
    }
    let template = literals_in_stable_order(&template);
    let outputs = crate::prerender::outputs()?;
    let pages = crate::prerender::pages(&template, &outputs)?;
    // One policy for every page: `_headers` applies to all paths.
    let every_page: String = pages.iter().map(|(_, html)| html.as_str()).collect();
    for (path, html) in &pages {
        write_into(&staging, path, with_csp_meta(html, &every_page)?.as_bytes())?;
    }
    for (path, bytes) in crate::prerender::images(&outputs)? {
        write_into(&staging, &path, &bytes)?;
    }
    let ancestors = std::env::var("CORREDOR_FRAME_ANCESTORS")
        .unwrap_or_else(|_| DEFAULT_FRAME_ANCESTORS.to_owned());
    std::fs::write(staging.join("_headers"), headers(&every_page, &ancestors))
        .map_err(|e| format!("cannot write _headers: {e}"))?;
    write_service_worker(&staging)
}

/// Minifies the app's glue (`corredor-<hash>.js`, the one script Trunk writes) in place,
/// before its integrity is computed. Its name keeps Trunk's hash of the unminified file,
/// which changes whenever it does.
fn minify_glue(staging: &Path) -> Result<(), String> {
    let entries =
        std::fs::read_dir(staging).map_err(|e| format!("cannot list the staging folder: {e}"))?;
    let glue: Vec<PathBuf> = entries
        .flatten()
        .filter(|entry| {
            let name = entry.file_name().to_string_lossy().into_owned();
            name.starts_with("corredor-") && name.ends_with(".js")
        })
        .map(|entry| entry.path())
        .collect();
    let [path] = &glue[..] else {
        return Err(format!(
            "expected one corredor-<hash>.js glue in the staging folder, found {}",
            glue.len()
        ));
    };
    minify(path, Some("esm"))
}

/// Minifies the script at `path` in place with esbuild, as an ES module when `format` says so.
fn minify(path: &Path, format: Option<&str>) -> Result<(), String> {
    let mut esbuild = crate::run::cmd("esbuild");
    esbuild
        .arg(path)
        .args(["--minify", "--legal-comments=none", "--log-level=warning"])
        .arg(format!("--outfile={}", path.display()))
        .arg("--allow-overwrite");
    if let Some(format) = format {
        esbuild.arg(format!("--format={format}"));
    }
    crate::run::status(&format!("esbuild ({})", path.display()), &mut esbuild)
}

/// `page` with every `CORREDOR-SRI:<file>` replaced by that file's SHA-384 integrity
/// (`sha384-…`), `read` giving the file's bytes by its name; an error if the page has none
/// (the loader would fetch the wasm unchecked).
pub fn with_integrity(
    page: &str,
    read: impl Fn(&str) -> Result<Vec<u8>, String>,
) -> Result<String, String> {
    let mut out = String::with_capacity(page.len());
    let mut rest = page;
    let mut filled = 0;
    while let Some(at) = rest.find(INTEGRITY_PLACEHOLDER) {
        out.push_str(&rest[..at]);
        let after = &rest[at + INTEGRITY_PLACEHOLDER.len()..];
        let end = after
            .find(|c: char| !(c.is_ascii_alphanumeric() || "-_.".contains(c)))
            .unwrap_or(after.len());
        let file = &after[..end];
        if file.is_empty() {
            return Err(format!("index.html: {INTEGRITY_PLACEHOLDER} names no file"));
        }
        out.push_str(&format!("sha384-{}", base64(&Sha384::digest(read(file)?))));
        filled += 1;
        rest = &after[end..];
    }
    out.push_str(rest);
    if filled == 0 {
        return Err(format!(
            "index.html: no {INTEGRITY_PLACEHOLDER} placeholder; the loader would fetch the wasm without its integrity"
        ));
    }
    Ok(out)
}

/// Writes `bytes` to `path` under `staging`, creating its folders.
fn write_into(staging: &Path, path: &str, bytes: &[u8]) -> Result<(), String> {
    let target = staging.join(path);
    if let Some(folder) = target.parent() {
        std::fs::create_dir_all(folder)
            .map_err(|e| format!("cannot create {}: {e}", folder.display()))?;
    }
    std::fs::write(&target, bytes).map_err(|e| format!("cannot write {path}: {e}"))
}

/// The pages' Content-Security-Policy: only its own files, the inline scripts (Trunk's loader,
/// `boot.js`) by hash, wasm compilation, no plugins, and no inline style but the page's style
/// sheet and the few `style` attributes of the page written at build time, each by its hash (`'unsafe-hashes'` lets hashes match
/// attributes; nothing else inline is allowed).
fn policy(pages: &str) -> String {
    let hash = |text: &str| format!("'sha256-{}'", base64(&Sha256::digest(text.as_bytes())));
    let mut scripts: Vec<String> = inline_scripts(pages).into_iter().map(hash).collect();
    scripts.sort();
    scripts.dedup();
    let mut styles: Vec<String> = style_attributes(pages)
        .into_iter()
        .chain(inline_styles(pages))
        .map(hash)
        .collect();
    styles.sort();
    styles.dedup();
    let style_src = if styles.is_empty() {
        "'self'".to_owned()
    } else {
        format!("'self' 'unsafe-hashes' {}", styles.join(" "))
    };
    format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' {}; style-src {style_src}; img-src 'self' data: blob:; \
         object-src 'none'; base-uri 'none'; form-action 'none'",
        scripts.join(" ")
    )
}

/// `script` with every `let` that only names literals (`{let a=`x`,b=0;`, which Trunk's
/// minifier hoists out of the code) in the order of the names. The minifier writes them in
/// a different order from one build to the next, which changed the page's bytes, its
/// policy's hash and its compressed size with no change to the source.
pub fn literals_in_stable_order(script: &str) -> String {
    let mut out = String::with_capacity(script.len());
    let mut rest = script;
    while let Some(start) = rest.find("{let ") {
        let list_start = start + "{let ".len();
        out.push_str(&rest[..list_start]);
        rest = &rest[list_start..];
        let Some((mut declarations, list_end)) = literal_declarations(rest) else {
            continue;
        };
        declarations.sort_by_key(|declaration| declaration.split('=').next().unwrap_or(""));
        out.push_str(&declarations.join(","));
        rest = &rest[list_end..];
    }
    out.push_str(rest);
    out
}

/// The declarations before the first `;` of `list`, and where that `;` is; `None` unless
/// every one is a literal ([`is_literal_declaration`]).
fn literal_declarations(list: &str) -> Option<(Vec<&str>, usize)> {
    let mut declarations = Vec::new();
    let mut start = 0;
    let mut in_string = false;
    for (at, character) in list.char_indices() {
        match character {
            '`' => in_string = !in_string,
            ',' | ';' if !in_string => {
                declarations.push(&list[start..at]);
                if character == ';' {
                    let all_literals = declarations.iter().all(|d| is_literal_declaration(d));
                    return all_literals.then_some((declarations, at));
                }
                start = at + 1;
            }
            _ => {}
        }
    }
    None
}

/// Whether `declaration` is `name=literal`: a string without `${`, a number, `null`, `!0`
/// or `!1`.
fn is_literal_declaration(declaration: &str) -> bool {
    let Some((name, value)) = declaration.split_once('=') else {
        return false;
    };
    let is_name = !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$');
    let is_string = value.len() >= 2
        && value.starts_with('`')
        && value.ends_with('`')
        && !value[1..value.len() - 1].contains(['`', '\\'])
        && !value.contains("${");
    let is_constant = ["null", "!0", "!1"].contains(&value)
        || (!value.is_empty() && value.chars().all(|c| c.is_ascii_digit() || c == '.'));
    is_name && (is_string || is_constant)
}

/// The contents of every `<style>` element.
pub fn inline_styles(html: &str) -> Vec<&str> {
    html.split("<style>")
        .skip(1)
        .filter_map(|rest| rest.split("</style>").next())
        .collect()
}

/// The values of every `style="…"` attribute (quoted: the build-time render quotes them).
pub fn style_attributes(html: &str) -> Vec<&str> {
    html.split(" style=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .collect()
}

/// The `_headers` file for every path: the policy plus `frame-ancestors`, which only a
/// header can carry.
pub fn headers(pages: &str, frame_ancestors: &str) -> String {
    let csp = format!("{}; frame-ancestors {frame_ancestors}", policy(pages));
    format!(
        "/*\n  Content-Security-Policy: {csp}\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: no-referrer\n"
    )
}

/// `index_html` with the policy also as a `<meta>`, early in the head, for hosts that send no
/// headers (GitHub Pages, S3, a plain nginx). A meta policy cannot carry `frame-ancestors`
/// (browsers ignore it there and complain), so it is left out; `_headers` still sends it.
pub fn with_csp_meta(index_html: &str, every_page: &str) -> Result<String, String> {
    // Right after `<meta charset…>`, which must stay first; the minified page has no `<head>`
    // tag at all (it is optional in HTML).
    let charset = index_html
        .find("<meta charset")
        .ok_or("index.html has no <meta charset>")?;
    let head = charset
        + index_html[charset..]
            .find('>')
            .ok_or("index.html: unterminated <meta charset>")?
        + 1;
    let meta = format!(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"{}\">",
        policy(every_page)
    );
    let mut out = String::with_capacity(index_html.len() + meta.len());
    out.push_str(&index_html[..head]);
    out.push_str(&meta);
    out.push_str(&index_html[head..]);
    Ok(out)
}

/// The contents of every `<script>` without a `src` that the browser runs: a data block (the
/// statement's packed data, `type=text/plain`) is neither run nor subject to the policy.
pub fn inline_scripts(html: &str) -> Vec<&str> {
    let mut scripts = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        let after = &rest[start..];
        let Some(tag_end) = after.find('>') else {
            break;
        };
        let tag = &after[..tag_end];
        let body_and_rest = &after[tag_end + 1..];
        let Some(close) = body_and_rest.find("</script>") else {
            break;
        };
        let data_block = tag.contains("type=text/plain") || tag.contains("type=\"text/plain\"");
        if !tag.contains("src=") && !data_block {
            scripts.push(&body_and_rest[..close]);
        }
        rest = &body_and_rest[close..];
    }
    scripts
}

/// Replaces the placeholders of `sw.js` with the version and the precache list.
fn write_service_worker(staging: &Path) -> Result<(), String> {
    let worker_path = staging.join("sw.js");
    let template = read_text(&worker_path)?;
    let files = precache_list(staging)?;
    let mut fingerprint = Sha256::new();
    for name in &files {
        fingerprint.update(name.as_bytes());
        fingerprint.update(std::fs::read(staging.join(name)).map_err(|e| format!("{name}: {e}"))?);
    }
    let version: String = fingerprint
        .finalize()
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect();
    let list = serde_list(&files);
    if !template.contains("__CORREDOR_VERSION__") || !template.contains("__CORREDOR_PRECACHE__") {
        return Err("sw.js lacks its placeholders".into());
    }
    let worker = strip_line_comments(&template)
        .replace("\"__CORREDOR_VERSION__\"", &format!("\"{version}\""))
        .replace("\"__CORREDOR_PRECACHE__\"", &list);
    std::fs::write(&worker_path, worker).map_err(|e| format!("cannot write sw.js: {e}"))?;
    // A classic worker script (no format change), fetched with every first visit.
    minify(&worker_path, None)
}

/// The files of `dist` (or of Trunk's staging folder) the service worker precaches, sorted.
pub fn precache_list(dist: &Path) -> Result<Vec<String>, String> {
    let mut paths = Vec::new();
    crate::size::collect_files(dist, &mut paths).map_err(|e| format!("{}: {e}", dist.display()))?;
    let mut files: Vec<String> = paths
        .iter()
        .filter_map(|path| path.strip_prefix(dist).ok())
        .map(|relative| relative.to_string_lossy().replace('\\', "/"))
        .collect();
    files.retain(|name| name != "sw.js" && name != "_headers" && precached(name));
    files.sort();
    Ok(files)
}

/// Whether the service worker precaches `name`, a file of `dist/`: none of the collection's
/// other statements' files. Every statement's figures are in each page's comparisons, written
/// by the build; the other statements' written pages (150 KB each, four a statement),
/// corrections logs and downloads are cached when a reader opens them, and their pictures
/// (social cards, `<noscript>` maps) are for hosts and crawlers: precaching them all would grow
/// every reader's first visit with the collection.
fn precached(name: &str) -> bool {
    !name.starts_with("statements/")
}

/// Drops whole-line `//` comments and blank lines: the worker is fetched on every first load,
/// and its comments are for the source, not for readers' bandwidth.
fn strip_line_comments(source: &str) -> String {
    source
        .lines()
        .filter(|line| {
            let trimmed = line.trim_start();
            !trimmed.is_empty() && !trimmed.starts_with("//")
        })
        .map(|line| format!("{}\n", line.trim_start()))
        .collect()
}

fn serde_list(files: &[String]) -> String {
    let quoted: Vec<String> = files
        .iter()
        .map(|f| format!("\"{}\"", f.replace('"', "")))
        .collect();
    format!("[{}]", quoted.join(", "))
}

fn read_text(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

/// Standard base64 with padding, as CSP hashes are written.
pub fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_and_blank_lines_are_dropped_but_code_stays() {
        let source = "// a comment\n\nconst A = \"x\"; // kept: not a whole-line comment\n  // indented\n  b();\n";
        assert_eq!(
            strip_line_comments(source),
            "const A = \"x\"; // kept: not a whole-line comment\nb();\n"
        );
    }

    #[test]
    fn hoisted_literals_come_out_in_one_order_whatever_order_the_minifier_chose() {
        let one = "(()=>{let E=`error`,x=`embed`,w=0,r=null,v=``;var p=(()=>a(E,x,w,r,v));if(b){let c=f(),d=2;}})()";
        let other = "(()=>{let r=null,v=``,x=`embed`,E=`error`,w=0;var p=(()=>a(E,x,w,r,v));if(b){let c=f(),d=2;}})()";
        let stable = "(()=>{let E=`error`,r=null,v=``,w=0,x=`embed`;var p=(()=>a(E,x,w,r,v));if(b){let c=f(),d=2;}})()";
        assert_eq!(literals_in_stable_order(one), stable);
        assert_eq!(literals_in_stable_order(other), stable);
        // A `,` or `;` inside a string is part of it.
        assert_eq!(
            literals_in_stable_order("{let b=`a,b`,a=`;`;}"),
            "{let a=`;`,b=`a,b`;}"
        );
        // Anything but literals stays as written: a call, a template with a value, no end.
        for script in ["{let b=f(),a=1;}", "{let b=`${x}`,a=1;}", "{let b=1,a=1"] {
            assert_eq!(literals_in_stable_order(script), script);
        }
    }

    #[test]
    fn base64_matches_the_standard_vectors() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foobar"), "Zm9vYmFy");
    }

    #[test]
    fn every_integrity_placeholder_gets_the_sha384_of_its_file() {
        let page = "<script type=module>import init from '/c-1.js';await init({ module_or_path: new Request('/c-1_bg.wasm', { integrity: 'CORREDOR-SRI:c-1_bg.wasm' }) });</script><link href=/c-1.js integrity=CORREDOR-SRI:c-1.js rel=modulepreload>";
        let read = |file: &str| match file {
            "c-1_bg.wasm" => Ok(b"abc".to_vec()),
            "c-1.js" => Ok(Vec::new()),
            other => Err(format!("unexpected read of {other}")),
        };
        // The literals from an independent tool, not from the code under test:
        // echo -n abc | openssl dgst -sha384 -binary | base64; and the same of nothing.
        assert_eq!(
            with_integrity(page, read).unwrap(),
            "<script type=module>import init from '/c-1.js';await init({ module_or_path: new Request('/c-1_bg.wasm', { integrity: 'sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn' }) });</script><link href=/c-1.js integrity=sha384-OLBgp1GsljhM2TJ+sbHjaiH9txEUvgdDTAzHv2P24donTt6/529l+9Ua0vFImLlb rel=modulepreload>"
        );
        assert!(with_integrity("<p>no loader</p>", read).is_err());
        assert!(with_integrity("integrity=CORREDOR-SRI:missing.wasm", read).is_err());
    }

    #[test]
    fn nothing_of_the_other_statements_is_precached() {
        assert!(precached("index.html") && precached("en/index.html"));
        assert!(precached("details-en.html") && precached("downloads/figures.csv"));
        for name in [
            "statements/2024-01-26-follow-up/details-en.html",
            "statements/2024-01-26-follow-up/index.html",
            "statements/2024-01-26-follow-up/embed/en/index.html",
            "statements/2024-01-26-follow-up/corrections/index.html",
            "statements/2024-01-26-follow-up/images/card-es.png",
            "statements/2024-01-26-follow-up/downloads/figures.csv",
        ] {
            assert!(!precached(name), "{name}");
        }
    }

    #[test]
    fn only_inline_scripts_are_hashed() {
        let html =
            "<script src=/a.js></script><script type=module>import x from '/b.js';</script><p><script type=text/plain id=d>corredor-pack-1|</script>";
        assert_eq!(inline_scripts(html), vec!["import x from '/b.js';"]);
        let headers = headers(html, "https://news.example");
        // The literal from an independent tool, not from the code under test:
        // echo -n "import x from '/b.js';" | openssl dgst -sha256 -binary | base64
        assert!(headers.contains("'sha256-g5z/7ZjJ6RmpqUz9aGa/AO//sFnufqv/XUoIhFiSrv4='"));
        assert!(headers.contains("frame-ancestors https://news.example"));
        assert!(!headers.contains("interest-cohort"));
        assert!(headers.contains("style-src 'self';"));
        assert!(!headers.contains("unsafe-inline"));
    }

    #[test]
    fn style_attributes_are_allowed_by_hash_and_nothing_else_inline() {
        let html = "<p style=\"left:0%;\">a</p><p style=\"left:0%;\">b</p><script>boot()</script>";
        assert_eq!(style_attributes(html), vec!["left:0%;", "left:0%;"]);
        let headers = headers(html, "*");
        // echo -n "left:0%;" | openssl dgst -sha256 -binary | base64
        assert!(headers.contains(
            "style-src 'self' 'unsafe-hashes' 'sha256-hffYdCbxfce4x353Td8Q7qALKaKFIE2NWXQJHC3Mq24=';"
        ));
        assert!(!headers.contains("unsafe-inline"));
    }

    #[test]
    fn the_meta_policy_follows_the_charset_with_the_same_hash_and_no_frame_ancestors() {
        let html = "<!doctype html><html><meta charset=utf-8><title>x</title><script>boot()</script><body></body></html>";
        let with_meta = with_csp_meta(html, html).unwrap();
        assert!(with_meta.starts_with(
            "<!doctype html><html><meta charset=utf-8><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self';"
        ));
        // echo -n "boot()" | openssl dgst -sha256 -binary | base64
        assert!(with_meta.contains("'sha256-MeZS89WlF0u+o0hCvHTBt4q1WHU+U+sJKgbdRUc36mY='"));
        assert_eq!(
            inline_scripts(&with_meta),
            vec!["boot()"],
            "the meta adds no script"
        );
        assert!(!with_meta.contains("frame-ancestors"));
        assert!(with_csp_meta("<p>no head</p>", "").is_err());
    }
}
