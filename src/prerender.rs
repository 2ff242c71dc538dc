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
/// goes inside, fixed to the light colours, so the file looks the same wherever it is opened.
pub fn map_image(lang: Lang) -> Result<String, String> {
    use crate::i18n::facts;
    let page = view(lang, false);
    let start = page
        .find("<svg data-testid=\"map\"")
        .ok_or("the rendered view has no map")?;
    let end = start
        + page[start..]
            .find("</svg>")
            .ok_or("the rendered map is not closed")?
        + "</svg>".len();
    let region = crate::geo::embedded_region().map_err(|e| format!("{e:?}"))?;
    let (width, height) = (region.width, region.height);
    let fixed = crate::geo::path::fixed;
    // Placed first at a provisional height, moved under the title once its lines are known.
    let top = 110.0;
    // Leptos's hydration markers (`<!>`) are not XML.
    let map = page[start..end].replace("<!>", "").replacen(
        "<svg data-testid",
        &format!(
            "<svg x=\"0\" y=\"{}\" width=\"{}\" height=\"{}\" data-testid",
            fixed(top, 1),
            fixed(width, 1),
            fixed(height, 1)
        ),
        1,
    );
    let data = &crate::DATASET;
    // Lines of text in map units, wrapped at an estimated width (SVG text does not wrap).
    // `em`: a character's estimated width in font sizes (wider for bold).
    let lines = |value: String, size: f64, em: f64, first_y: f64| -> (String, f64) {
        let escaped = value
            .replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;");
        let max_chars = ((width - 48.0) / (em * size)) as usize;
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
        let spans: String = wrapped
            .iter()
            .enumerate()
            .map(|(index, line)| {
                format!(
                    "<tspan x=\"24\" y=\"{}\">{line}</tspan>",
                    fixed(first_y + step * index as f64, 1)
                )
            })
            .collect();
        let next = first_y + step * wrapped.len() as f64;
        (spans, next)
    };
    let (title, after_title) = lines(facts::document_name(data, lang), 26.0, 0.64, 44.0);
    let (figure, after_figure) = lines(
        facts::flights_headline(data, lang),
        22.0,
        0.56,
        after_title + 4.0,
    );
    let top = after_figure;
    let map = map.replacen(
        &format!("y=\"{}\"", fixed(110.0, 1)),
        &format!("y=\"{}\"", fixed(top, 1)),
        1,
    );
    let (source, after_source) = lines(
        facts::source_line(data, lang),
        18.0,
        0.56,
        top + height + 30.0,
    );
    let total_height = after_source;
    Ok(format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" lang=\"{code}\" viewBox=\"0 0 {w} {h}\" width=\"{w}\" height=\"{h}\">\
         <title>{name}</title>\
         <style>{css}\n:root {{ color-scheme: light; }}</style>\
         <rect class=\"image-background\" width=\"{w}\" height=\"{h}\" fill=\"#ffffff\"></rect>\
         <text class=\"image-title\" font-size=\"26\" font-weight=\"700\">{title}</text>\
         <text class=\"image-figure\" font-size=\"22\">{figure}</text>\
         {map}\
         <text class=\"image-source\" font-size=\"18\">{source}</text>\
         </svg>",
        code = lang.code(),
        w = fixed(width, 1),
        h = fixed(total_height, 1),
        name = facts::document_name(data, lang).replace('&', "&amp;").replace('<', "&lt;"),
        css = include_str!("../style/main.css"),
    ))
}
