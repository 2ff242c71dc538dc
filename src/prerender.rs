//! The app rendered to HTML without a browser, for the pages and images written at build time
//! and for the tests that read them: the same components, effects left out (natively Leptos is
//! built with `ssr` alone, where effects, browser work, never run; they run once the wasm
//! takes over).

use leptos::prelude::*;

use crate::i18n::Lang;
use crate::state::pages::Page;
use crate::Start;

/// The default view in `lang`, as the HTML the app's root element holds once mounted.
pub fn default_view(lang: Lang) -> String {
    page_view(Page {
        lang,
        embed: false,
        statement: None,
    })
}

/// The default view of a page written at build time, as its app root holds it once mounted:
/// its statement, laid out for an embed or standalone, its links to files starting at its
/// way back to the site's root.
pub fn page_view(page: Page) -> String {
    rooted_view(page, page.site_root())
}

/// [`page_view`] with its links to files starting at `site_root`.
fn rooted_view(page: Page, site_root: String) -> String {
    let start = Start {
        browser_lang: Some(page.lang),
        view: crate::state::url::ViewState {
            embed: page.embed,
            ..Default::default()
        },
        site_root,
        dataset: None,
        page_statement: page.statement.map(str::to_owned),
        written_map_paths: 0,
    };
    render_start(start)
}

/// Any view (a selection, a date, layers) in `lang`, as the app's root element holds it once
/// mounted: what the reader sees of that view, for the tests that read the page as a
/// fact-checker does.
pub fn render(lang: Lang, view: crate::state::url::ViewState, site_root: &str) -> String {
    render_statement(None, lang, view, site_root)
}

/// The statement in `folder` (a path from the repository's root), read with the gazetteer
/// in `data/` as a build would read it: for rendering another statement than the compiled-in
/// one with [`render_statement`].
pub fn statement_from_folder(folder: &str) -> Result<&'static crate::data::Dataset, String> {
    use crate::data::statement::disk::{as_gazetteer, gazetteer, FolderOnDisk};
    use crate::i18n::problems::report_located;
    use std::path::Path;
    let places =
        gazetteer(Path::new("data")).map_err(|problem| report_located(&[problem], &Lang::ALL))?;
    let read = FolderOnDisk::read(Path::new(folder)).map_err(|e| format!("{folder}: {e}"))?;
    let data = read
        .with(|files| crate::data::statement::load(as_gazetteer(&places), files))
        .map_err(|problems| report_located(&problems, &Lang::ALL))?;
    Ok(Box::leak(Box::new(data)))
}

/// [`render`] for `dataset` (a statement folder read natively), or for the compiled-in one.
pub fn render_statement(
    dataset: Option<&'static crate::data::Dataset>,
    lang: Lang,
    view: crate::state::url::ViewState,
    site_root: &str,
) -> String {
    render_start(Start {
        browser_lang: Some(lang),
        view,
        site_root: site_root.to_owned(),
        dataset,
        page_statement: None,
        written_map_paths: 0,
    })
}

/// The app from `start`, as its root element holds it once mounted.
fn render_start(start: Start) -> String {
    let owner = Owner::new();
    // Untracked: nothing re-renders here, so reading signals outside a reactive context is
    // intended (and not worth Leptos's debug warning).
    let html = owner.with(|| untrack(|| view! { <crate::App start /> }.to_html()));
    drop(owner);
    // Leptos's hydration markers (`<!>`): the app mounts anew instead of hydrating, so they
    // only cost bytes (about 800 on a page).
    html.replace("<!>", "")
}

/// The default map view in `lang` as a standalone SVG image, for the print desk and for
/// pages that show a picture: the statement's name, its flights figure, the map with its
/// layers and labels as the page draws them, the key and the source line.
pub fn map_image(data: &'static crate::data::Dataset, lang: Lang) -> Result<String, String> {
    use crate::presentation::picture::{self, Picture};
    let map = map_svg(data, lang)?;
    let css = light_css();
    let region = crate::geo::embedded_region().map_err(|e| format!("{e:?}"))?;
    let features = crate::geo::features::place_features(data, &region);
    Ok(picture::picture_svg(
        data,
        &Picture {
            lang,
            map: &map,
            map_size: (region.width, region.height),
            lines: crate::i18n::facts::lead_figure(data, lang)
                .into_iter()
                .collect(),
            layers: crate::state::url::ViewState::default().layers,
            features: &features,
            css: &css,
        },
    ))
}

/// The page's style sheet in its light colours, for the images.
pub fn light_css() -> String {
    crate::presentation::picture::light_style_sheet(include_str!("../style/main.css"))
}

/// The 1200 × 630 card for links shared on social media: the statement's name, its flights
/// and networks figures and the source line beside the map.
pub fn card_image(data: &'static crate::data::Dataset, lang: Lang) -> Result<String, String> {
    use crate::i18n::facts;
    use crate::presentation::picture::{document, placed, text_lines};
    let (card_width, card_height) = (1200.0, 630.0);
    let (map_width, map_height) = map_size()?;
    let scale = (card_height - 40.0) / map_height;
    let map_x = card_width - map_width * scale - 20.0;
    let map = placed(
        &map_svg(data, lang)?,
        map_x,
        20.0,
        map_width * scale,
        map_height * scale,
    );
    let column = map_x - 60.0;
    let (title, after_title) = text_lines(
        facts::document_name(data, lang),
        40.0,
        column,
        36.0,
        0.64,
        80.0,
    );
    let (flights, after_flights) = text_lines(
        facts::lead_figure(data, lang).unwrap_or_default(),
        40.0,
        column,
        30.0,
        0.6,
        after_title + 30.0,
    );
    let (networks, _) = text_lines(
        data.networks
            .as_ref()
            .map(|networks| facts::networks_headline(data, networks, lang))
            .unwrap_or_default(),
        40.0,
        column,
        22.0,
        0.56,
        after_flights + 16.0,
    );
    let (source, after_source) = text_lines(
        facts::source_line(data, lang),
        40.0,
        column,
        18.0,
        0.56,
        card_height - 70.0,
    );
    let (version, _) = text_lines(
        facts::data_version(data, lang),
        40.0,
        column,
        16.0,
        0.56,
        after_source.min(card_height - 16.0),
    );
    Ok(document(
        data,
        lang,
        card_width,
        card_height,
        &light_css(),
        &format!(
            "<text class=\"image-title\" font-size=\"36\" font-weight=\"700\">{title}</text>\
         <text class=\"image-figure\" font-size=\"30\" font-weight=\"700\">{flights}</text>\
         <text class=\"image-figure\" font-size=\"22\">{networks}</text>\
         <text class=\"image-source\" font-size=\"18\">{source}</text>\
         <text class=\"image-version\" font-size=\"16\">{version}</text>{map}"
        ),
    ))
}

/// The drawing's size, map units.
fn map_size() -> Result<(f64, f64), String> {
    let region = crate::geo::embedded_region().map_err(|e| format!("{e:?}"))?;
    Ok((region.width, region.height))
}

/// The default view's map as the page draws it: the map panel's own drawing component,
/// rendered alone.
fn map_svg(data: &'static crate::data::Dataset, lang: Lang) -> Result<String, String> {
    use crate::ui::map::{MapData, MapDrawing};
    use crate::ui::reader_state::ReaderState;
    let region: &'static crate::geo::Region = Box::leak(Box::new(
        crate::geo::embedded_region().map_err(|e| format!("{e:?}"))?,
    ));
    let features = Box::leak(crate::geo::features::place_features(data, region).into_boxed_slice());
    let map = MapData {
        data,
        region,
        features,
    };
    let owner = Owner::new();
    let svg = owner.with(|| {
        ReaderState::new(RwSignal::new(lang), data, map.full_view()).provide();
        let svg_ref = NodeRef::new();
        untrack(|| view! { <MapDrawing map svg_ref /> }.to_html())
    });
    drop(owner);
    // Leptos's hydration markers (`<!>`) are not XML.
    Ok(svg.replace("<!>", ""))
}

/// How the tables' section opens as Leptos writes it (the class comes last, after the
/// attribute that follows the language).
pub const TABLES_OPENING: &str = "<section aria-labelledby=\"tables-heading\"";

/// The tables of `page`'s default view, alone, their links to files starting at `site_root`.
pub fn tables_fragment(page: Page, site_root: String) -> Result<String, String> {
    tables_in(&rooted_view(page, site_root), page)
}

/// The tables in `view`, the rendered view of `page`.
fn tables_in(view: &str, page: Page) -> Result<String, String> {
    part_in(view, page, TABLES_OPENING, "section", "tables")
}

/// How the template of every selection's details body opens as Leptos writes it.
fn details_opening() -> String {
    format!(
        "<template id=\"{}\"",
        crate::presentation::details::WRITTEN_ID
    )
}

/// The details bodies of `page`'s default view (its `<template>`), alone, their links to files
/// starting at `site_root`.
pub fn details_fragment(page: Page, site_root: String) -> Result<String, String> {
    details_in(&rooted_view(page, site_root), page)
}

/// The details bodies in `view`, the rendered view of `page`.
fn details_in(view: &str, page: Page) -> Result<String, String> {
    part_in(view, page, &details_opening(), "template", "details bodies")
}

/// The footer of `page`'s view, alone, its links to files starting at `site_root`.
pub fn footer_fragment(page: Page, site_root: String) -> Result<String, String> {
    footer_in(&rooted_view(page, site_root), page)
}

/// The footer in `view`, the rendered view of `page`.
fn footer_in(view: &str, page: Page) -> Result<String, String> {
    part_in(view, page, "<footer", "footer", "footer")
}

/// The element of `view` (the rendered view of `page`) that opens with `opening`, or an error
/// that names the page and the part (`what`).
fn part_in(view: &str, page: Page, opening: &str, tag: &str, what: &str) -> Result<String, String> {
    element_at(view, opening, tag)
        .map(str::to_owned)
        .ok_or_else(|| format!("the view of {} has no {what}", page.path()))
}

/// The element of `html` that starts with `opening`, up to its closing tag (`tag`, counting
/// those nested in it).
pub fn element_at<'a>(html: &'a str, opening: &str, tag: &str) -> Option<&'a str> {
    let start = html.find(opening)?;
    let (open, close) = (format!("<{tag}"), format!("</{tag}>"));
    let mut depth = 0usize;
    let mut at = start;
    loop {
        let next_open = html[at + 1..].find(&open).map(|i| i + at + 1);
        let next_close = html[at..].find(&close).map(|i| i + at)?;
        match next_open.filter(|&open_at| open_at < next_close) {
            Some(open_at) => {
                depth += 1;
                at = open_at;
            }
            None if depth == 0 => return Some(&html[start..next_close + close.len()]),
            None => {
                depth -= 1;
                at = next_close + 1;
            }
        }
    }
}

/// Everything the build writes from the app, in one run: every page's title, description, root
/// attributes and view, the images as SVG (those to rasterize apart), and the pictures' style
/// sheet, as one JSON document (`cargo xtask post-build` reads it).
pub fn build_outputs() -> Result<serde_json::Value, String> {
    use crate::i18n::facts;
    let ids = crate::statement_ids();
    let mut pages = Vec::new();
    let mut files = serde_json::Map::new();
    let mut rasters = serde_json::Map::new();
    let mut documents = serde_json::Map::new();
    // Each statement's corrections log, in the collection's order.
    let logs: Vec<Vec<crate::data::Correction>> =
        serde_json::from_str(include_str!(concat!(env!("OUT_DIR"), "/corrections.json")))
            .map_err(|e| format!("the corrections logs: {e}"))?;
    for (index, statement) in crate::STATEMENTS.iter().enumerate() {
        let data = &statement.data;
        let own = Page::of((index > 0).then_some(&*statement.id));
        // The data the release wasm reads: each page carries its own statement's, and each
        // statement's file beside its pages is read when a comparison asks for it.
        let packed = crate::data::pack::pack(data);
        for page in own {
            let view = page_view(page);
            if view.contains('\n') {
                return Err(format!(
                    "the view of {} has a line break; the minified page has none",
                    page.path()
                ));
            }
            pages.push(serde_json::json!({
                "path": page.path(),
                "rootAttributes": page.root_attributes(&ids),
                "socialTags": !page.embed,
                "card": format!("{}images/card-{}.png", page.statement_folder(), page.lang.code()),
                "title": facts::page_title(data, page.lang),
                "description": facts::page_description(data, page.lang),
                "view": view,
                "data": packed,
            }));
        }
        let images = own[0].statement_folder();
        // Each language's tables, details bodies and footers beside the pages, for the app to
        // put in on a switch; their links lead from this folder, as its standalone Spanish
        // page's do. One view rendered for each language and layout gives its parts.
        for lang in Lang::ALL {
            let standalone = Page { lang, ..own[0] };
            let view = rooted_view(standalone, own[0].site_root());
            files.insert(
                format!("{images}{}", crate::state::pages::tables_file(lang)),
                tables_in(&view, standalone)?.into(),
            );
            files.insert(
                format!("{images}{}", crate::state::pages::details_file(lang)),
                details_in(&view, standalone)?.into(),
            );
            files.insert(
                format!("{images}{}", crate::state::pages::footer_file(lang, false)),
                footer_in(&view, standalone)?.into(),
            );
            let embed = Page {
                embed: true,
                ..standalone
            };
            files.insert(
                format!("{images}{}", crate::state::pages::footer_file(lang, true)),
                footer_fragment(embed, own[0].site_root())?.into(),
            );
        }
        for lang in Lang::ALL {
            let code = lang.code();
            let map = map_image(data, lang)?;
            // For the print desk, and twice the size `<noscript>` and AMP placeholders show it.
            files.insert(format!("{images}images/map-{code}.svg"), map.clone().into());
            rasters.insert(format!("{images}images/map-{code}-2x.png"), map.into());
            rasters.insert(
                format!("{images}images/card-{code}.png"),
                card_image(data, lang)?.into(),
            );
        }
        // Whole documents of their own, written as they are (the corrections logs' pages).
        let log = logs.get(index).map_or(&[][..], Vec::as_slice);
        for lang in Lang::ALL {
            use corredor_core::presentation::corrections;
            documents.insert(
                format!("{images}{}", corrections::path(lang)),
                corrections::page(data, log, lang).into(),
            );
        }
    }
    // The style sheet "Download image" puts into the reader's picture (fetched, so the wasm
    // does not carry it).
    files.insert("images/picture.css".to_owned(), light_css().into());
    Ok(
        serde_json::json!({ "pages": pages, "files": files, "rasters": rasters, "documents": documents }),
    )
}
