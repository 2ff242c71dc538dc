//! Prints the page written at build time for one language, standalone or embedded: its
//! `<title>`, its description and the default view's HTML, one per line (the HTML has no line
//! breaks of its own).
//!
//! `cargo run --bin prerender -- es|en page|embed ROOT` (ROOT: the way from the page back to
//! the site's root, `./`, `../`…); `cargo xtask post-build` puts them into the page. With
//! `image` or `card` instead, it prints the default map or the card for shared links as a
//! standalone SVG file; with `style`, the style sheet of the pictures.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use corredor::i18n::{facts, Lang};
    let Some(lang) = std::env::args()
        .nth(1)
        .and_then(|code| Lang::from_tag(&code))
    else {
        eprintln!("usage: prerender es|en page|embed ROOT | es|en image|card|style");
        return std::process::ExitCode::FAILURE;
    };
    let mode = std::env::args().nth(2).unwrap_or_default();
    if mode == "style" {
        print!("{}", corredor::prerender::light_css());
        return std::process::ExitCode::SUCCESS;
    }
    if mode == "image" || mode == "card" {
        // The map, or the card for shared links, as a standalone SVG file, printed whole.
        let image = if mode == "card" {
            corredor::prerender::card_image(lang)
        } else {
            corredor::prerender::map_image(lang)
        };
        return match image {
            Ok(svg) => {
                println!("{svg}");
                std::process::ExitCode::SUCCESS
            }
            Err(error) => {
                eprintln!("prerender: {error}");
                std::process::ExitCode::FAILURE
            }
        };
    }
    let embed = mode == "embed";
    let root = std::env::args().nth(3).unwrap_or_else(|| "./".to_owned());
    let html = corredor::prerender::view(lang, embed, &root);
    if html.contains('\n') {
        eprintln!("prerender: the rendered view has a line break; the page format needs none");
        return std::process::ExitCode::FAILURE;
    }
    println!("{}", facts::page_title(&corredor::DATASET, lang));
    println!("{}", facts::page_description(&corredor::DATASET, lang));
    println!("{html}");
    std::process::ExitCode::SUCCESS
}

/// Nothing to do in the browser: the page is written at build time.
#[cfg(target_arch = "wasm32")]
fn main() {}
