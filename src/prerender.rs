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
    view(lang, false)
}

/// The default view in `lang`, laid out for an embed (`?embed=1`) or the standalone page.
pub fn view(lang: Lang, embed: bool) -> String {
    // Only the first call sets it; the same executor serves every render.
    let _ = any_spawner::Executor::init_custom_executor(NoEffects);
    let start = Start {
        browser_lang: Some(lang),
        view: crate::state::url::ViewState {
            embed,
            ..Default::default()
        },
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
/// layers and labels as the page draws them, and the source line. The page's own style sheet
/// goes inside, in its light colours, so the file looks the same wherever it is opened.
pub fn map_image(lang: Lang) -> Result<String, String> {
    use crate::i18n::facts;
    let data = &crate::DATASET;
    let (width, height) = map_size()?;
    let (title, after_title) = text_lines(
        facts::document_name(data, lang),
        24.0,
        width - 48.0,
        26.0,
        0.64,
        44.0,
    );
    let (figure, top) = text_lines(
        facts::flights_headline(data, lang),
        24.0,
        width - 48.0,
        22.0,
        0.56,
        after_title + 4.0,
    );
    let map = map_svg(lang, 0.0, top, width, height)?;
    let (source, total_height) = text_lines(
        facts::source_line(data, lang),
        24.0,
        width - 48.0,
        18.0,
        0.56,
        top + height + 30.0,
    );
    Ok(image(
        lang,
        width,
        total_height,
        &format!(
            "<text class=\"image-title\" font-size=\"26\" font-weight=\"700\">{title}</text>\
         <text class=\"image-figure\" font-size=\"22\">{figure}</text>{map}\
         <text class=\"image-source\" font-size=\"18\">{source}</text>"
        ),
    ))
}

/// The 1200 × 630 card for links shared on social media: the statement's name, its flights
/// and networks figures and the source line beside the map.
pub fn card_image(lang: Lang) -> Result<String, String> {
    use crate::i18n::facts;
    let data = &crate::DATASET;
    let (card_width, card_height) = (1200.0, 630.0);
    let (map_width, map_height) = map_size()?;
    let scale = (card_height - 40.0) / map_height;
    let map_x = card_width - map_width * scale - 20.0;
    let map = map_svg(lang, map_x, 20.0, map_width * scale, map_height * scale)?;
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
    Ok(image(
        lang,
        card_width,
        card_height,
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

/// The default view's map as the page draws it, placed at (`x`, `y`) with `width` × `height`.
fn map_svg(lang: Lang, x: f64, y: f64, width: f64, height: f64) -> Result<String, String> {
    let fixed = crate::geo::path::fixed;
    let page = view(lang, false);
    let start = page
        .find("<svg data-testid=\"map\"")
        .ok_or("the rendered view has no map")?;
    let end = start
        + page[start..]
            .find("</svg>")
            .ok_or("the rendered map is not closed")?
        + "</svg>".len();
    // Leptos's hydration markers (`<!>`) are not XML.
    Ok(page[start..end].replace("<!>", "").replacen(
        "<svg data-testid",
        &format!(
            "<svg x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" data-testid",
            fixed(x, 1),
            fixed(y, 1),
            fixed(width, 1),
            fixed(height, 1)
        ),
        1,
    ))
}

/// `value` as `<tspan>` lines from `x`, wrapped at an estimated width (SVG text does not
/// wrap; `em` is a character's width in font sizes, wider for bold), the first baseline at
/// `first_y`; and where the next line would go.
fn text_lines(
    value: String,
    x: f64,
    max_width: f64,
    size: f64,
    em: f64,
    first_y: f64,
) -> (String, f64) {
    let fixed = crate::geo::path::fixed;
    let escaped = xml_text(&value);
    let max_chars = (max_width / (em * size)) as usize;
    let mut wrapped: Vec<String> = Vec::new();
    for word in escaped.split(' ') {
        match wrapped.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= max_chars => {
                line.push(' ');
                line.push_str(word);
            }
            _ => wrapped.push(word.to_owned()),
        }
    }
    let step = size * 1.25;
    let spans = wrapped
        .iter()
        .enumerate()
        .map(|(index, line)| {
            format!(
                "<tspan x=\"{}\" y=\"{}\">{line}</tspan>",
                fixed(x, 1),
                fixed(first_y + step * index as f64, 1)
            )
        })
        .collect();
    (spans, first_y + step * wrapped.len() as f64)
}

/// `text` escaped for an XML element.
fn xml_text(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// A standalone SVG document of `width` × `height` around `content`, with the light style
/// sheet and the statement's name as its title.
fn image(lang: Lang, width: f64, height: f64, content: &str) -> String {
    let fixed = crate::geo::path::fixed;
    let name = xml_text(&crate::i18n::facts::document_name(&crate::DATASET, lang));
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" lang=\"{code}\" viewBox=\"0 0 {w} {h}\" width=\"{w}\" height=\"{h}\">\
         <title>{name}</title><style>{css}</style>\
         <rect class=\"image-background\" width=\"{w}\" height=\"{h}\" fill=\"#ffffff\"></rect>{content}</svg>",
        code = lang.code(),
        w = fixed(width, 1),
        h = fixed(height, 1),
        css = light_style_sheet(include_str!("../style/main.css")),
    )
}

/// The page's style sheet for a file that stands alone: the plain (light) value of every
/// custom property written where it is used, and the `@supports`/`@media` blocks (the dark
/// scheme, print, narrow screens) left out. SVG renderers other than browsers (Inkscape, the
/// rasterizer that makes the PNG) know neither `var()` nor `light-dark()`.
pub fn light_style_sheet(css: &str) -> String {
    let without_blocks = drop_at_blocks(&drop_comments(css));
    let root_start = without_blocks.find(":root {").map(|i| i + ":root {".len());
    let values: Vec<(String, String)> = root_start
        .and_then(|start| {
            let end = start + without_blocks[start..].find('}')?;
            Some(
                without_blocks[start..end]
                    .split(';')
                    .filter_map(|declaration| {
                        let (name, value) = declaration.trim().split_once(':')?;
                        let name = name.trim();
                        name.starts_with("--")
                            .then(|| (format!("var({name})"), value.trim().to_owned()))
                    })
                    .collect(),
            )
        })
        .unwrap_or_default();
    let mut out = without_blocks;
    for (reference, value) in values {
        out = out.replace(&reference, &value);
    }
    out
}

/// `css` without its `/* … */` comments.
fn drop_comments(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        out.push_str(&rest[..start]);
        rest = rest[start..]
            .find("*/")
            .map_or("", |end| &rest[start + end + 2..]);
    }
    out.push_str(rest);
    out
}

/// `css` without its `@…{…}` blocks (their braces matched).
fn drop_at_blocks(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(at) = rest.find('@') {
        out.push_str(&rest[..at]);
        let Some(open) = rest[at..].find('{').map(|i| at + i) else {
            return out;
        };
        let mut depth = 0;
        let mut end = rest.len();
        for (offset, c) in rest[open..].char_indices() {
            match c {
                '{' => depth += 1,
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        end = open + offset + 1;
                        break;
                    }
                }
                _ => {}
            }
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}
