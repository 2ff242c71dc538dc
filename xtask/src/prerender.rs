//! The page written at build time: the default view rendered by the app's own components
//! (`src/bin/prerender.rs`, natively), one page per language, so a reader sees the map, the
//! figures and the tables from the first bytes of HTML, and without JavaScript at all.
//!
//! Four pages: `index.html` (Spanish, the source's language), `en/index.html`, and the
//! compact embed's `embed/index.html` and `embed/en/index.html`. Each names itself on its
//! root element (`data-page`, and `data-root`, the way back to the site's root), and `boot.js`
//! sends a reader whose URL asks for another one there before anything is painted.

use crate::run::{cmd, repo_root};

/// One page written at build time.
struct Page {
    lang: &'static str,
    embed: bool,
    /// Its path in `dist/`.
    path: &'static str,
    /// From its folder back to the site's root.
    root: &'static str,
}

const PAGES: [Page; 4] = [
    Page {
        lang: "es",
        embed: false,
        path: "index.html",
        root: "./",
    },
    Page {
        lang: "en",
        embed: false,
        path: "en/index.html",
        root: "../",
    },
    Page {
        lang: "es",
        embed: true,
        path: "embed/index.html",
        root: "../",
    },
    Page {
        lang: "en",
        embed: true,
        path: "embed/en/index.html",
        root: "../../",
    },
];

/// Every page: its path in `dist/` and its HTML, from Trunk's (minified) `index.html`.
pub fn pages(template: &str) -> Result<Vec<(String, String)>, String> {
    PAGES
        .iter()
        .map(|spec| Ok((spec.path.to_owned(), page(template, spec, &render(spec)?)?)))
        .collect()
}

/// The default map per language, as a standalone SVG (`images/map-es.svg`, `images/map-en.svg`,
/// for the print desk) and as a PNG at twice the size it is shown at in `<noscript>` and AMP
/// placeholders (`images/map-es-2x.png`: the SVG's 1000 units wide, shown 500 px wide).
pub fn images() -> Result<Vec<(String, Vec<u8>)>, String> {
    let fonts = font_options()?;
    let mut images = Vec::new();
    for lang in ["es", "en"] {
        let svg = run_prerender(&[lang, "image"])?;
        if !svg.starts_with("<svg xmlns=") {
            return Err(format!("prerender {lang} image: not an SVG document"));
        }
        let png = rasterize(&svg, &fonts, &format!("the {lang} map image"))?;
        images.push((format!("images/map-{lang}.svg"), svg.into_bytes()));
        images.push((format!("images/map-{lang}-2x.png"), png));
    }
    // The style sheet "Download image" puts into the reader's picture (fetched, so the wasm
    // does not carry it).
    images.push((
        "images/picture.css".to_owned(),
        run_prerender(&["es", "style"])?.into_bytes(),
    ));
    Ok(images)
}

/// The card for shared links per language, rasterized with the pinned font:
/// `images/card-es.png`, `images/card-en.png`, 1200 × 630.
pub fn cards() -> Result<Vec<(String, Vec<u8>)>, String> {
    let fonts = font_options()?;
    ["es", "en"]
        .iter()
        .map(|lang| {
            let svg = run_prerender(&[lang, "card"])?;
            let png = rasterize(&svg, &fonts, &format!("the {lang} card"))?;
            Ok((format!("images/card-{lang}.png"), png))
        })
        .collect()
}

/// resvg's options with the pinned font, so a PNG is the same on every machine.
fn font_options() -> Result<resvg::usvg::Options<'static>, String> {
    let mut options = resvg::usvg::Options {
        font_family: "DejaVu Sans".into(),
        ..Default::default()
    };
    for font in crate::tools::ensure_fonts()? {
        let bytes = std::fs::read(&font).map_err(|e| format!("{}: {e}", font.display()))?;
        options.fontdb_mut().load_font_data(bytes);
    }
    Ok(options)
}

/// `svg` as a PNG of its own size.
fn rasterize(svg: &str, options: &resvg::usvg::Options, what: &str) -> Result<Vec<u8>, String> {
    let tree = resvg::usvg::Tree::from_str(svg, options)
        .map_err(|e| format!("{what} is not an SVG resvg reads: {e}"))?;
    let size = tree.size().to_int_size();
    let mut pixmap = resvg::tiny_skia::Pixmap::new(size.width(), size.height())
        .ok_or(format!("{what} has no size"))?;
    resvg::render(
        &tree,
        resvg::tiny_skia::Transform::default(),
        &mut pixmap.as_mut(),
    );
    pixmap
        .encode_png()
        .map_err(|e| format!("cannot encode {what}: {e}"))
}

/// Trunk's loader, changed to fetch the wasm once `boot.js` says the first paint is recorded
/// (`window.corredorFirstPaint`), with the integrity its `preload` link carried; the link goes,
/// since it would fetch the wasm at once.
pub fn load_wasm_after_first_paint(template: &str) -> Result<String, String> {
    const PRELOAD_END: &str = " rel=preload type=application/wasm>";
    let end = template
        .find(PRELOAD_END)
        .ok_or("index.html: no wasm preload link (<link … rel=preload type=application/wasm>)")?;
    let start = template[..end]
        .rfind("<link ")
        .ok_or("index.html: the wasm preload is not a <link>")?;
    let link = &template[start..end];
    let attribute = |name: &str| {
        link.split(' ')
            .find_map(|part| part.strip_prefix(name))
            .map(str::to_owned)
            .ok_or(format!("index.html: the wasm preload link has no {name}"))
    };
    let (href, integrity) = (attribute("href=")?, attribute("integrity=")?);
    let without_link = format!(
        "{}{}",
        &template[..start],
        &template[end + PRELOAD_END.len()..]
    );
    replace_once(
        &without_link,
        &format!("const wasm = await init({{ module_or_path: '{href}' }});"),
        &format!(
            "await window.corredorFirstPaint;\nconst wasm = await init({{ module_or_path: new Request('{href}', {{ integrity: '{integrity}' }}) }});"
        ),
    )
}

/// What `prerender` prints for `lang`.
struct Rendered {
    title: String,
    description: String,
    html: String,
}

/// What `cargo run --bin prerender -- <args>` prints.
fn run_prerender(args: &[&str]) -> Result<String, String> {
    let output = cmd("cargo")
        .args(["run", "--quiet", "--bin", "prerender", "--"])
        .args(args)
        .current_dir(repo_root())
        .output()
        .map_err(|e| format!("cannot run the prerender binary: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "prerender {} failed:\n{}",
            args.join(" "),
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    String::from_utf8(output.stdout).map_err(|e| format!("prerender {}: {e}", args.join(" ")))
}

fn render(spec: &Page) -> Result<Rendered, String> {
    let lang = spec.lang;
    let mode = if spec.embed { "embed" } else { "page" };
    let text = run_prerender(&[lang, mode, spec.root])?;
    let mut lines = text.lines();
    match (lines.next(), lines.next(), lines.next()) {
        (Some(title), Some(description), Some(html)) if !html.is_empty() => Ok(Rendered {
            title: title.to_owned(),
            description: description.to_owned(),
            html: html.to_owned(),
        }),
        _ => Err(format!(
            "prerender {lang}: expected a title, a description and the view"
        )),
    }
}

/// `template` with `rendered` in its app root, the loading message hidden (the page is
/// there), the language, title and description of its language, and its name on the root
/// element.
fn page(template: &str, spec: &Page, rendered: &Rendered) -> Result<String, String> {
    let lang = spec.lang;
    let mut page = replace_once(
        template,
        "<div id=app></div>",
        &format!("<div data-prerendered id=app>{}</div>", rendered.html),
    )?;
    let boot = page
        .find("<div class=boot id=boot")
        .ok_or("index.html: no loading message (<div class=boot id=boot …>)")?;
    page.insert_str(boot + "<div".len(), " hidden");
    page = replace_between(&page, "<title>", "</title>", &escape(&rendered.title))?;
    // The description's own tag: other `<meta content="…">` tags (viewport, colour scheme) come
    // before it.
    let end = page
        .find("\" name=description>")
        .ok_or("index.html: no <meta content=\"…\" name=description>")?;
    let start = page[..end]
        .rfind("<meta content=\"")
        .ok_or("index.html: no <meta content=\"…\" name=description>")?
        + "<meta content=\"".len();
    page = format!(
        "{}{}{}",
        &page[..start],
        escape(&rendered.description),
        &page[end..]
    );
    if !spec.embed {
        page = with_social_tags(&page, lang, rendered)?;
    }
    // The language is the root element's; other `lang` attributes belong to the content.
    let html_start = page.find("<html").ok_or("index.html: no <html>")?;
    let html_end = html_start
        + page[html_start..]
            .find('>')
            .ok_or("index.html: no <html …>")?;
    let name = if spec.embed {
        format!("embed-{lang}")
    } else {
        lang.to_owned()
    };
    let root_tag = replace_once(
        &page[html_start..html_end],
        "lang=es",
        &format!(
            "lang={lang} data-page={name} data-root={}{}",
            spec.root,
            if spec.embed { " class=embed" } else { "" }
        ),
    )?;
    Ok(format!(
        "{}{root_tag}{}",
        &page[..html_start],
        &page[html_end..]
    ))
}

/// Open Graph and Twitter tags after the description, naming the card of `lang`. Its address
/// is absolute when `CORREDOR_SITE_URL` says where the site is deployed (social networks want
/// one), root-relative otherwise.
fn with_social_tags(page: &str, lang: &str, rendered: &Rendered) -> Result<String, String> {
    let site = std::env::var("CORREDOR_SITE_URL").unwrap_or_default();
    let image = format!("{}/images/card-{lang}.png", site.trim_end_matches('/'));
    let (title, description) = (escape(&rendered.title), escape(&rendered.description));
    let tags = format!(
        "<meta property=\"og:type\" content=\"website\"><meta property=\"og:title\" content=\"{title}\">\
         <meta property=\"og:description\" content=\"{description}\"><meta property=\"og:image\" content=\"{image}\">\
         <meta property=\"og:image:width\" content=\"1200\"><meta property=\"og:image:height\" content=\"630\">\
         <meta name=\"twitter:card\" content=\"summary_large_image\"><meta name=\"twitter:image\" content=\"{image}\">"
    );
    let anchor = "\" name=description>";
    let at = page
        .find(anchor)
        .ok_or("index.html: no description to put the tags after")?
        + anchor.len();
    Ok(format!("{}{tags}{}", &page[..at], &page[at..]))
}

fn replace_once(text: &str, from: &str, to: &str) -> Result<String, String> {
    match text.matches(from).count() {
        1 => Ok(text.replacen(from, to, 1)),
        n => Err(format!("index.html: expected one {from:?}, found {n}")),
    }
}

fn replace_between(text: &str, start: &str, end: &str, with: &str) -> Result<String, String> {
    let from = text
        .find(start)
        .ok_or(format!("index.html: no {start:?}"))?
        + start.len();
    let to = from
        + text[from..]
            .find(end)
            .ok_or(format!("index.html: no {end:?}"))?;
    Ok(format!("{}{with}{}", &text[..from], &text[to..]))
}

/// Text for an HTML attribute or element.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEMPLATE: &str = "<!doctype html><html data-app-state=loading lang=es><meta charset=utf-8><meta content=\"width=device-width\" name=viewport><title>Corredor · A</title><meta content=\"Old.\" name=description><body><div class=boot id=boot role=status>Cargando…</div><div id=app></div></body></html>";

    #[test]
    fn the_view_goes_into_the_app_root_with_the_language_and_texts_of_its_page() {
        let rendered = Rendered {
            title: "Corredor · B".into(),
            description: "Map of \"B\".".into(),
            html: "<main>view</main>".into(),
        };
        let page = page(TEMPLATE, &PAGES[3], &rendered).unwrap();
        assert_eq!(
            page,
            "<!doctype html><html data-app-state=loading lang=en data-page=embed-en data-root=../../ class=embed><meta charset=utf-8><meta content=\"width=device-width\" name=viewport><title>Corredor · B</title><meta content=\"Map of &quot;B&quot;.\" name=description><body><div hidden class=boot id=boot role=status>Cargando…</div><div data-prerendered id=app><main>view</main></div></body></html>"
        );
    }

    #[test]
    fn the_loader_awaits_the_first_paint_and_keeps_the_wasm_integrity() {
        let template = "<head><script type=module>import init from '/c.js';\nconst wasm = await init({ module_or_path: '/c_bg.wasm' });</script><link crossorigin href=/c.js rel=modulepreload><link as=fetch crossorigin href=/c_bg.wasm integrity=sha384-abc rel=preload type=application/wasm></head>";
        assert_eq!(
            load_wasm_after_first_paint(template).unwrap(),
            "<head><script type=module>import init from '/c.js';\nawait window.corredorFirstPaint;\nconst wasm = await init({ module_or_path: new Request('/c_bg.wasm', { integrity: 'sha384-abc' }) });</script><link crossorigin href=/c.js rel=modulepreload></head>"
        );
        assert!(load_wasm_after_first_paint("<head></head>").is_err());
    }

    #[test]
    fn a_template_without_its_markers_is_an_error_not_a_page_without_the_view() {
        let rendered = Rendered {
            title: String::new(),
            description: String::new(),
            html: "<main>view</main>".into(),
        };
        let error = page(
            &TEMPLATE.replace("<div id=app></div>", ""),
            &PAGES[0],
            &rendered,
        )
        .unwrap_err();
        assert!(error.contains("<div id=app></div>"), "{error}");
    }
}
