//! `cargo xtask post-build`: Trunk's post-build hook (see `Trunk.toml`), run on the staging
//! folder before it becomes `dist/`.
//!
//! - Writes `_headers` (the format Netlify and Cloudflare Pages read; `serve-dist` reads it
//!   too) with a strict Content-Security-Policy whose `script-src` allows Trunk's inline
//!   loader by its SHA-256 hash, computed here from the final `index.html`.
//! - Fills `sw.js` with the build's version and the list of every file to precache.
//!
//! Debug builds (`trunk serve`) get neither: no service worker caches a development build.

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

/// `frame-ancestors` unless `CORREDOR_FRAME_ANCESTORS` says otherwise: any site may embed.
const DEFAULT_FRAME_ANCESTORS: &str = "*";

/// Runs the hook.
pub fn run() -> Result<(), String> {
    let staging = std::env::var_os("TRUNK_STAGING_DIR")
        .map(PathBuf::from)
        .ok_or("post-build runs as Trunk's hook: TRUNK_STAGING_DIR is not set")?;
    if std::env::var("TRUNK_PROFILE").as_deref() != Ok("release") {
        // Leave the development build alone, and drop the worker template so nothing
        // registers a worker for it.
        let _ = std::fs::remove_file(staging.join("sw.js"));
        return Ok(());
    }
    let (template, inlined) = inline_render_blocking(
        &crate::prerender::load_wasm_after_first_paint(&read_text(&staging.join("index.html"))?)?,
        |path| read_text(&staging.join(path.trim_start_matches('/'))),
    )?;
    // Written into every page now, so nothing fetches them (and the worker need not cache them).
    for path in inlined {
        std::fs::remove_file(staging.join(path.trim_start_matches('/')))
            .map_err(|e| format!("cannot remove {path}: {e}"))?;
    }
    let pages = crate::prerender::pages(&template)?;
    // One policy for every page: `_headers` applies to all paths.
    let every_page: String = pages.iter().map(|(_, html)| html.as_str()).collect();
    for (path, html) in &pages {
        write_into(&staging, path, with_csp_meta(html, &every_page)?.as_bytes())?;
    }
    for (path, png) in crate::prerender::cards()? {
        write_into(&staging, &path, &png)?;
    }
    for (path, bytes) in crate::prerender::images()? {
        write_into(&staging, &path, &bytes)?;
    }
    let ancestors = std::env::var("CORREDOR_FRAME_ANCESTORS")
        .unwrap_or_else(|_| DEFAULT_FRAME_ANCESTORS.to_owned());
    std::fs::write(staging.join("_headers"), headers(&every_page, &ancestors))
        .map_err(|e| format!("cannot write _headers: {e}"))?;
    write_service_worker(&staging)
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

/// `template` with Trunk's style sheet and `boot.js` written into it instead of linked (the
/// `<link … rel=stylesheet>` and `<script … src=…>` that carry an `integrity`, which only
/// Trunk's outputs do; `nojs.css`, loaded from `<noscript>`, stays a file). Both block the
/// first paint, and on a phone network each costs a round trip before it: 150 ms on the
/// bench's profile. Returns the page and the paths it no longer links to.
pub fn inline_render_blocking(
    template: &str,
    read: impl Fn(&str) -> Result<String, String>,
) -> Result<(String, Vec<String>), String> {
    let mut page = template.to_owned();
    let mut inlined = Vec::new();
    for (open, attribute, close, tag) in [
        ("<link ", "href=", " rel=stylesheet>", "style"),
        ("<script ", "src=", "></script>", "script"),
    ] {
        let mut search_from = 0;
        while let Some(found) = page[search_from..].find(open).map(|i| search_from + i) {
            let Some(end) = page[found..].find('>').map(|i| found + i + 1) else {
                break;
            };
            let element_end = if tag == "script" {
                page[found..].find(close).map(|i| found + i + close.len())
            } else {
                Some(end)
            };
            let element = page[found..element_end.unwrap_or(end)].to_owned();
            let linked = element.contains(" integrity=")
                && element.ends_with(close)
                && !element.contains(" type=");
            let path = element
                .split([' ', '>'])
                .find_map(|part| part.strip_prefix(attribute))
                .map(str::to_owned);
            match (linked, path) {
                (true, Some(path)) => {
                    let content = if tag == "script" {
                        literals_in_stable_order(&read(&path)?)
                    } else {
                        read(&path)?
                    };
                    if content.contains(&format!("</{tag}")) {
                        return Err(format!(
                            "{path} cannot be written into the page: it contains </{tag}"
                        ));
                    }
                    let replacement = format!("<{tag}>{content}</{tag}>");
                    page.replace_range(found..found + element.len(), &replacement);
                    search_from = found + replacement.len();
                    inlined.push(path);
                }
                _ => search_from = end,
            }
        }
    }
    if inlined.len() != 2 {
        return Err(format!(
            "index.html: expected Trunk's style sheet and boot.js to write into the page, found {inlined:?}"
        ));
    }
    Ok((page, inlined))
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

/// The contents of every `<script>` without a `src`.
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
        if !tag.contains("src=") {
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
    let mut paths = Vec::new();
    crate::size::collect_files(staging, &mut paths)
        .map_err(|e| format!("{}: {e}", staging.display()))?;
    let mut files: Vec<String> = paths
        .iter()
        .filter_map(|path| path.strip_prefix(staging).ok())
        .map(|relative| relative.to_string_lossy().replace('\\', "/"))
        .collect();
    files.retain(|name| name != "sw.js" && name != "_headers");
    files.sort();
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
    std::fs::write(&worker_path, worker).map_err(|e| format!("cannot write sw.js: {e}"))
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
    fn trunks_style_sheet_and_boot_script_go_into_the_page_and_nothing_else() {
        let template = "<meta charset=utf-8><link href=/main-1.css integrity=sha384-a rel=stylesheet>\
            <script integrity=sha384-b src=/boot-2.js></script><link href=/manifest.webmanifest rel=manifest>\
            <script type=module>import init from '/c.js';</script><noscript><link href=/nojs.css rel=stylesheet></noscript>";
        let read = |path: &str| match path {
            "/main-1.css" => Ok("p{color:red}".to_owned()),
            "/boot-2.js" => Ok("boot()".to_owned()),
            other => Err(format!("unexpected read of {other}")),
        };
        let (page, inlined) = inline_render_blocking(template, read).unwrap();
        assert_eq!(
            page,
            "<meta charset=utf-8><style>p{color:red}</style><script>boot()</script><link href=/manifest.webmanifest rel=manifest>\
            <script type=module>import init from '/c.js';</script><noscript><link href=/nojs.css rel=stylesheet></noscript>"
        );
        assert_eq!(inlined, vec!["/main-1.css", "/boot-2.js"]);
        assert_eq!(inline_styles(&page), vec!["p{color:red}"]);
        assert!(inline_render_blocking("<p>nothing linked</p>", read).is_err());
    }

    #[test]
    fn only_inline_scripts_are_hashed() {
        let html =
            "<script src=/a.js></script><script type=module>import x from '/b.js';</script><p>";
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
