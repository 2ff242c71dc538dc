//! The page written at build time: the default view rendered by the app's own components
//! (`src/bin/prerender.rs`, natively), one page per language, so a reader sees the map, the
//! figures and the tables from the first bytes of HTML, and without JavaScript at all.
//!
//! Four pages per statement: `index.html` (Spanish, the source's language), `en/index.html`,
//! and the compact embed's `embed/index.html` and `embed/en/index.html`, at the site's root
//! for the collection's first statement and under `statements/<id>/` for each other. Each
//! names itself on its
//! root element (`data-page`, and `data-root`, the way back to the site's root), and `boot.js`
//! sends a reader whose URL asks for another one there before anything is painted.

//! The pages and images written at build time, from one run of the app's `prerender` binary
//! (`src/bin/prerender.rs`): it renders every page's default view with the app's own
//! components, natively, and the images from the map's own drawing component, and prints them
//! as one JSON document. Here they go into Trunk's template and the PNGs are rasterized.
//!
//! The pages, their paths and their roots are the core's table (`core/src/state/pages.rs`):
//! each names itself on its root element, and `boot.js` sends a reader whose URL asks for
//! another page there before anything is painted.

use crate::run::{cmd, repo_root};

/// Everything the app renders for the build.
pub struct Outputs {
    /// Every page written at build time.
    pub pages: Vec<Rendered>,
    /// Text files by path in `dist/` (the map SVGs, the pictures' style sheet).
    pub files: Vec<(String, String)>,
    /// SVG documents to write as PNGs of their own size, by the PNG's path in `dist/`.
    pub rasters: Vec<(String, String)>,
    /// Whole HTML documents by path, written as they are (the corrections log's pages).
    pub documents: Vec<(String, String)>,
}

/// One page as the app renders it.
pub struct Rendered {
    /// Its path in `dist/`.
    pub path: String,
    /// Its root element's attributes (language, name, way back to the root, page table).
    pub root_attributes: String,
    /// Whether it carries Open Graph and Twitter tags (the standalone pages do).
    pub social_tags: bool,
    /// Its social card's path in `dist/` (its statement's).
    pub card: String,
    pub title: String,
    pub description: String,
    /// The default view's HTML, for the app root.
    pub view: String,
    /// Its statement's packed data (`corredor_core::data::pack`).
    pub data: String,
}

/// Runs `cargo run --bin prerender` once and reads what it prints.
pub fn outputs() -> Result<Outputs, String> {
    let output = cmd("cargo")
        .args(["run", "--quiet", "--bin", "prerender"])
        .current_dir(repo_root())
        .output()
        .map_err(|e| format!("cannot run the prerender binary: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "prerender failed:\n{}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    parse_outputs(&String::from_utf8_lossy(&output.stdout))
}

fn parse_outputs(json: &str) -> Result<Outputs, String> {
    let value: serde_json::Value =
        serde_json::from_str(json).map_err(|e| format!("prerender printed no JSON: {e}"))?;
    let text = |value: &serde_json::Value, key: &str| {
        value[key]
            .as_str()
            .map(str::to_owned)
            .ok_or(format!("prerender: no {key:?}"))
    };
    let pages = value["pages"]
        .as_array()
        .ok_or("prerender: no pages")?
        .iter()
        .map(|page| {
            Ok(Rendered {
                path: text(page, "path")?,
                root_attributes: text(page, "rootAttributes")?,
                social_tags: page["socialTags"].as_bool().unwrap_or(false),
                card: page["card"].as_str().unwrap_or_default().to_owned(),
                title: text(page, "title")?,
                description: text(page, "description")?,
                view: text(page, "view")?,
                data: text(page, "data")?,
            })
        })
        .collect::<Result<Vec<_>, String>>()?;
    let files_of = |key: &str| -> Result<Vec<(String, String)>, String> {
        value[key]
            .as_object()
            .ok_or(format!("prerender: no {key:?}"))?
            .iter()
            .map(|(path, content)| {
                content
                    .as_str()
                    .map(|content| (path.clone(), content.to_owned()))
                    .ok_or(format!("prerender: {path} is not text"))
            })
            .collect()
    };
    Ok(Outputs {
        pages,
        files: files_of("files")?,
        rasters: files_of("rasters")?,
        documents: files_of("documents").unwrap_or_default(),
    })
}

/// Every page: its path in `dist/` and its HTML, from Trunk's (minified) `index.html`.
pub fn pages(template: &str, outputs: &Outputs) -> Result<Vec<(String, String)>, String> {
    outputs
        .pages
        .iter()
        .map(|rendered| Ok((rendered.path.clone(), page(template, rendered)?)))
        .chain(outputs.documents.iter().cloned().map(Ok))
        .collect()
}

/// The images: the text files as they are, the rasters as PNGs with the pinned font.
pub fn images(outputs: &Outputs) -> Result<Vec<(String, Vec<u8>)>, String> {
    let fonts = font_options()?;
    let mut images: Vec<(String, Vec<u8>)> = outputs
        .files
        .iter()
        .map(|(path, text)| (path.clone(), text.clone().into_bytes()))
        .collect();
    for (path, svg) in &outputs.rasters {
        if !svg.starts_with("<svg xmlns=") {
            return Err(format!(
                "prerender: {path} is not drawn from an SVG document"
            ));
        }
        images.push((path.clone(), rasterize(svg, &fonts, path)?));
    }
    Ok(images)
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

/// `template` with `rendered` in its app root, the loading message hidden (the page is
/// there), the language, title and description of its language, and its name on the root
/// element.
fn page(template: &str, rendered: &Rendered) -> Result<String, String> {
    let mut page = replace_once(
        template,
        "<div id=app></div>",
        // The statement's packed data after it, for the release wasm, which compiles none in
        // (a text the browser neither runs nor shows; it holds no `<`).
        &format!(
            "<div data-prerendered id=app>{}</div><script type=text/plain id={}>{}</script>",
            rendered.view,
            corredor_core::data::pack::PAGE_ELEMENT_ID,
            rendered.data
        ),
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
    if rendered.social_tags {
        page = with_social_tags(&page, rendered)?;
    }
    // The root element's attributes are the core's (`Page::root_attributes`); Trunk's
    // template has only its own (`data-app-state`) and the source's language, replaced.
    let html_start = page.find("<html").ok_or("index.html: no <html>")?;
    let html_end = html_start
        + page[html_start..]
            .find('>')
            .ok_or("index.html: no <html …>")?;
    let root_tag = replace_once(
        &page[html_start..html_end],
        "lang=es",
        &rendered.root_attributes,
    )?;
    Ok(format!(
        "{}{root_tag}{}",
        &page[..html_start],
        &page[html_end..]
    ))
}

/// Open Graph and Twitter tags after the description, naming the page's card. Its address
/// is absolute when `CORREDOR_SITE_URL` says where the site is deployed (social networks want
/// one), root-relative otherwise.
fn with_social_tags(page: &str, rendered: &Rendered) -> Result<String, String> {
    let site = std::env::var("CORREDOR_SITE_URL").unwrap_or_default();
    let image = format!("{}/{}", site.trim_end_matches('/'), rendered.card);
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

    fn rendered(view: &str) -> Rendered {
        Rendered {
            path: "embed/en/index.html".into(),
            root_attributes: "lang=en data-page=embed-en data-root=../../ class=embed".into(),
            social_tags: false,
            card: String::new(),
            title: "Corredor · B".into(),
            description: "Map of \"B\".".into(),
            view: view.into(),
            data: "corredor-pack-1|d|".into(),
        }
    }

    #[test]
    fn the_view_goes_into_the_app_root_with_the_language_and_texts_of_its_page() {
        let page = page(TEMPLATE, &rendered("<main>view</main>")).unwrap();
        assert_eq!(
            page,
            "<!doctype html><html data-app-state=loading lang=en data-page=embed-en data-root=../../ class=embed><meta charset=utf-8><meta content=\"width=device-width\" name=viewport><title>Corredor · B</title><meta content=\"Map of &quot;B&quot;.\" name=description><body><div hidden class=boot id=boot role=status>Cargando…</div><div data-prerendered id=app><main>view</main></div><script type=text/plain id=statement-data>corredor-pack-1|d|</script></body></html>"
        );
    }

    #[test]
    fn a_template_without_its_markers_is_an_error_not_a_page_without_the_view() {
        let error = page(
            &TEMPLATE.replace("<div id=app></div>", ""),
            &rendered("<main>view</main>"),
        )
        .unwrap_err();
        assert!(error.contains("<div id=app></div>"), "{error}");
    }

    #[test]
    fn what_the_prerender_prints_is_read_whole_or_refused() {
        let json = r#"{"pages":[{"path":"index.html","rootAttributes":"lang=es","card":"images/card-es.png","socialTags":true,"title":"T","description":"D","view":"<main></main>","data":"d"}],"files":{"images/a.svg":"<svg/>"},"rasters":{"images/a.png":"<svg/>"}}"#;
        let outputs = parse_outputs(json).unwrap();
        assert_eq!(outputs.pages.len(), 1);
        assert!(outputs.pages[0].social_tags);
        assert_eq!(
            outputs.files,
            vec![("images/a.svg".to_owned(), "<svg/>".to_owned())]
        );
        assert_eq!(outputs.rasters[0].0, "images/a.png");
        assert!(parse_outputs(&json.replace("\"view\"", "\"html\"")).is_err());
        assert!(parse_outputs("not json").is_err());
    }
}
