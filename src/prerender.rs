//! The app rendered to HTML without a browser, for the page written at build time: the same
//! components, the default view, effects left out (they are browser work, and run once the
//! wasm takes over).

use leptos::prelude::*;

use crate::i18n::Lang;
use crate::Start;

/// Accepts the futures Leptos spawns for effects and drops them: at build time there is no
/// page for them to work on.
struct NoEffects;

impl any_spawner::CustomExecutor for NoEffects {
    fn spawn(&self, _: any_spawner::PinnedFuture<()>) {}
    fn spawn_local(&self, _: any_spawner::PinnedLocalFuture<()>) {}
    fn poll_local(&self) {}
}

/// The default view in `lang`, as the HTML the app's root element holds once mounted.
pub fn default_view(lang: Lang) -> String {
    view(lang, false, "./")
}

/// The default view in `lang`, laid out for an embed (`?embed=1`) or the standalone page, on
/// a page `site_root` away from the site's root (`./`, `../`…: its links to files start there).
pub fn view(lang: Lang, embed: bool, site_root: &str) -> String {
    render(
        lang,
        crate::state::url::ViewState {
            embed,
            ..Default::default()
        },
        site_root,
    )
}

/// Any view (a selection, a date, layers) in `lang`, as the app's root element holds it once
/// mounted: what the reader sees of that view, for the tests that read the page as a
/// fact-checker does.
pub fn render(lang: Lang, view: crate::state::url::ViewState, site_root: &str) -> String {
    // Only the first call sets it; the same executor serves every render.
    let _ = any_spawner::Executor::init_custom_executor(NoEffects);
    let start = Start {
        browser_lang: Some(lang),
        view,
        site_root: site_root.to_owned(),
    };
    let owner = Owner::new();
    // Untracked: nothing re-renders here, so reading signals outside a reactive context is
    // intended (and not worth Leptos's debug warning).
    let html = owner.with(|| untrack(|| view! { <crate::App start /> }.to_html()));
    drop(owner);
    html
}

/// The default map view in `lang` as a standalone SVG image, for the print desk and for
/// pages that show a picture: the statement's name, its flights figure, the map with its
/// layers and labels as the page draws them, the key and the source line.
pub fn map_image(lang: Lang) -> Result<String, String> {
    use crate::presentation::picture::{self, Picture};
    let data = &crate::DATASET;
    let map = map_svg(lang)?;
    let css = light_css();
    let region = crate::geo::embedded_region().map_err(|e| format!("{e:?}"))?;
    let features = crate::geo::features::place_features(data, &region);
    Ok(picture::picture_svg(
        data,
        &Picture {
            lang,
            map: &map,
            map_size: (region.width, region.height),
            lines: vec![crate::i18n::facts::flights_headline(data, lang)],
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
pub fn card_image(lang: Lang) -> Result<String, String> {
    use crate::i18n::facts;
    use crate::presentation::picture::{document, placed, text_lines};
    let data = &crate::DATASET;
    let (card_width, card_height) = (1200.0, 630.0);
    let (map_width, map_height) = map_size()?;
    let scale = (card_height - 40.0) / map_height;
    let map_x = card_width - map_width * scale - 20.0;
    let map = placed(
        &map_svg(lang)?,
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
        facts::flights_headline(data, lang),
        40.0,
        column,
        30.0,
        0.6,
        after_title + 30.0,
    );
    let (networks, _) = text_lines(
        facts::networks_headline(data, lang),
        40.0,
        column,
        22.0,
        0.56,
        after_flights + 16.0,
    );
    let (source, _) = text_lines(
        facts::source_line(data, lang),
        40.0,
        column,
        18.0,
        0.56,
        card_height - 70.0,
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
         <text class=\"image-source\" font-size=\"18\">{source}</text>{map}"
        ),
    ))
}

/// The drawing's size, map units.
fn map_size() -> Result<(f64, f64), String> {
    let region = crate::geo::embedded_region().map_err(|e| format!("{e:?}"))?;
    Ok((region.width, region.height))
}

/// The default view's map as the page draws it: its `<svg>` element.
fn map_svg(lang: Lang) -> Result<String, String> {
    let page = view(lang, false, "./");
    let start = page
        .find("<svg data-testid=\"map\"")
        .ok_or("the rendered view has no map")?;
    let end = start
        + page[start..]
            .find("</svg>")
            .ok_or("the rendered map is not closed")?
        + "</svg>".len();
    // Leptos's hydration markers (`<!>`) are not XML.
    Ok(page[start..end].replace("<!>", ""))
}
