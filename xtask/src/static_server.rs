//! A small static file server for the built `dist/`, as any static host would serve it.
//!
//! The end-to-end tests run against it, and `cargo xtask serve-dist` previews a release build.
//! It sends `Cache-Control: no-cache` for HTML (so a new build is picked up) and long caching
//! for Trunk's hashed files.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};

/// The port `serve-dist` uses unless told otherwise.
pub const DEFAULT_PORT: u16 = 4173;

/// Serves `root` on 127.0.0.1:`port` until the process ends.
pub fn serve_forever(root: &Path, port: u16) -> Result<(), String> {
    let listener = bind(port)?;
    let address = listener.local_addr().map_err(|error| error.to_string())?;
    println!("serving {} on http://{address}/", root.display());
    accept_loop(listener, root.to_path_buf());
    Ok(())
}

/// Binds now and serves `root` from a background thread; returns the port it listens on.
pub fn serve_in_background(root: &Path, port: u16) -> Result<u16, String> {
    let listener = bind(port)?;
    let bound = listener
        .local_addr()
        .map_err(|error| error.to_string())?
        .port();
    let root = root.to_path_buf();
    std::thread::spawn(move || accept_loop(listener, root));
    Ok(bound)
}

fn bind(port: u16) -> Result<TcpListener, String> {
    TcpListener::bind(("127.0.0.1", port))
        .map_err(|error| format!("cannot listen on 127.0.0.1:{port}: {error}"))
}

fn accept_loop(listener: TcpListener, root: PathBuf) {
    for stream in listener.incoming().flatten() {
        let root = root.clone();
        std::thread::spawn(move || {
            // Read per request, so a rebuilt dist/ is served with its own headers.
            let extra = extra_headers(&root);
            let _ = handle(stream, &root, &extra);
        });
    }
}

/// The headers that `_headers` (Netlify/Cloudflare Pages format) sets for every path (`/*`).
fn extra_headers(root: &Path) -> String {
    let text = std::fs::read_to_string(root.join("_headers")).unwrap_or_default();
    parse_headers(&text)
}

fn parse_headers(text: &str) -> String {
    let mut out = String::new();
    let mut in_all_paths = false;
    for line in text.lines() {
        if !line.starts_with(char::is_whitespace) {
            in_all_paths = line.trim() == "/*";
        } else if in_all_paths {
            if let Some((name, value)) = line.trim().split_once(':') {
                out.push_str(&format!("{}: {}\r\n", name.trim(), value.trim()));
            }
        }
    }
    out
}

fn handle(mut stream: TcpStream, root: &Path, extra: &str) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    // Drain the headers; nothing in them changes what we send.
    let mut header = String::new();
    while reader.read_line(&mut header)? > 2 {
        header.clear();
    }
    let mut parts = request_line.split_whitespace();
    let method = parts.next().unwrap_or("");
    let target = parts.next().unwrap_or("/");
    if method != "GET" && method != "HEAD" {
        return respond(
            &mut stream,
            405,
            "text/plain",
            b"method not allowed",
            "no-store",
            extra,
            false,
        );
    }
    let path = target.split(['?', '#']).next().unwrap_or("/");
    let Some(file) = resolve(root, path) else {
        return respond(
            &mut stream,
            404,
            "text/plain",
            b"not found",
            "no-store",
            extra,
            method == "HEAD",
        );
    };
    match std::fs::read(&file) {
        Ok(body) => {
            let name = file.file_name().and_then(|n| n.to_str()).unwrap_or("");
            respond(
                &mut stream,
                200,
                content_type(name),
                &body,
                cache_control(name),
                extra,
                method == "HEAD",
            )
        }
        Err(_) => respond(
            &mut stream,
            404,
            "text/plain",
            b"not found",
            "no-store",
            extra,
            method == "HEAD",
        ),
    }
}

/// Maps a URL path to a file under `root`, refusing anything that climbs out of it.
fn resolve(root: &Path, url_path: &str) -> Option<PathBuf> {
    let decoded = percent_decode(url_path)?;
    let relative = Path::new(decoded.trim_start_matches('/'));
    if relative
        .components()
        .any(|part| !matches!(part, Component::Normal(_)))
    {
        return None;
    }
    let mut file = root.join(relative);
    if file.is_dir() {
        file = file.join("index.html");
    }
    file.is_file().then_some(file)
}

fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while index < bytes.len() {
        if bytes[index] == b'%' {
            let hex = text.get(index + 1..index + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            index += 3;
        } else {
            out.push(bytes[index]);
            index += 1;
        }
    }
    String::from_utf8(out).ok()
}

fn content_type(name: &str) -> &'static str {
    match name.rsplit('.').next().unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "wasm" => "application/wasm",
        "json" => "application/json",
        "webmanifest" => "application/manifest+json",
        "csv" => "text/csv; charset=utf-8",
        "txt" => "text/plain; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        _ => "application/octet-stream",
    }
}

/// Hashed names (`name-0123abcd….ext`) never change content; everything else is revalidated.
fn cache_control(name: &str) -> &'static str {
    let stem = name.split('.').next().unwrap_or("");
    let hashed = stem
        .rsplit_once('-')
        .map(|(_, hash)| hash.split('_').next().unwrap_or(hash))
        .is_some_and(|hash| hash.len() >= 10 && hash.chars().all(|c| c.is_ascii_hexdigit()));
    if hashed {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    }
}

fn respond(
    stream: &mut TcpStream,
    code: u16,
    content_type: &str,
    body: &[u8],
    cache: &str,
    extra_headers: &str,
    head_only: bool,
) -> std::io::Result<()> {
    let reason = match code {
        200 => "OK",
        404 => "Not Found",
        _ => "Method Not Allowed",
    };
    let head = format!(
        "HTTP/1.1 {code} {reason}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\
         Cache-Control: {cache}\r\n{extra_headers}Connection: close\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes())?;
    if !head_only {
        stream.write_all(body)?;
    }
    stream.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_cannot_escape_the_root() {
        let root = std::env::temp_dir();
        assert_eq!(resolve(&root, "/../etc/passwd"), None);
        assert_eq!(resolve(&root, "/%2e%2e/etc/passwd"), None);
        assert_eq!(resolve(&root, "/bad%zz"), None);
    }

    #[test]
    fn hashed_files_are_immutable_and_the_rest_revalidated() {
        assert_eq!(
            cache_control("corredor-0a1b2c3d4e5f6789_bg.wasm"),
            "public, max-age=31536000, immutable"
        );
        assert_eq!(cache_control("index.html"), "no-cache");
        assert_eq!(cache_control("flights.csv"), "no-cache");
    }

    #[test]
    fn headers_for_all_paths_are_read_from_the_headers_file() {
        let text =
            "/*\n  Content-Security-Policy: default-src 'self'\n  X-A: b\n/other\n  X-C: d\n";
        assert_eq!(
            parse_headers(text),
            "Content-Security-Policy: default-src 'self'\r\nX-A: b\r\n"
        );
        assert_eq!(parse_headers(""), "");
    }

    #[test]
    fn serves_a_file_with_its_type() {
        let dir = std::env::temp_dir().join(format!("corredor-static-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("index.html"), "<p>hi</p>").unwrap();
        let port = serve_in_background(&dir, 0).unwrap();
        let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
        stream
            .write_all(b"GET /?lang=en HTTP/1.1\r\nHost: x\r\n\r\n")
            .unwrap();
        let mut response = String::new();
        std::io::Read::read_to_string(&mut stream, &mut response).unwrap();
        assert!(response.starts_with("HTTP/1.1 200 OK"), "{response}");
        assert!(response.contains("text/html"));
        assert!(response.ends_with("<p>hi</p>"));
    }
}
