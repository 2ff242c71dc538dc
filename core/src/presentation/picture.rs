//! Pictures of the map as standalone SVG documents: the build-time images (the default view)
//! and "Download image" (the reader's view). Around the drawing: the statement's name, the
//! lines the caller gives (a figure, or the view's date and selection), the key of the layers
//! shown, the source line, and the page's style sheet in its light colours, so the file looks
//! the same wherever it is opened.

use crate::data::Dataset;
use crate::geo::features::{off_map, PlaceFeature};
use crate::i18n::{facts, Lang, Text};
use crate::number::fixed;
use crate::state::url::Selection;
use crate::state::{Layer, Layers};

/// A picture's width in SVG units (its pixels at 1×).
pub const WIDTH: f64 = 1000.0;
const MARGIN: f64 = 24.0;

/// A symbol of the key, drawn as the map draws it (same classes, so the same style).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeySymbol {
    Flights,
    Networks,
    Meeting,
    Crossing,
}

impl KeySymbol {
    /// The symbols of `layers` that the statement has, in the legend's order: no circles
    /// without flights by destination, no squares without organizations, no diamonds without
    /// an event in a city, no triangle without a border site.
    pub fn of(data: &Dataset, layers: Layers) -> Vec<KeySymbol> {
        [
            (Layer::Flights, KeySymbol::Flights, data.flights.is_some()),
            (
                Layer::Networks,
                KeySymbol::Networks,
                data.networks.is_some(),
            ),
            (
                Layer::Meetings,
                KeySymbol::Meeting,
                crate::i18n::places::has_diamonds(data),
            ),
            (
                Layer::Crossing,
                KeySymbol::Crossing,
                crate::i18n::places::has_border(data),
            ),
        ]
        .into_iter()
        .filter(|(layer, _, present)| *present && layers.shows(*layer))
        .map(|(_, symbol, _)| symbol)
        .collect()
    }

    /// The symbol centred on (0, 0), about 18 units across.
    fn markup(self) -> &'static str {
        match self {
            KeySymbol::Flights => "<circle class=\"symbol\" r=\"8\"></circle>",
            KeySymbol::Networks => {
                "<rect class=\"networks\" x=\"-9\" y=\"-9\" width=\"18\" height=\"18\"></rect>"
            }
            KeySymbol::Meeting => {
                "<path class=\"marker marker--meeting\" d=\"M0 -7L7 0L0 7L-7 0Z\"></path>"
            }
            KeySymbol::Crossing => {
                "<path class=\"marker marker--crossing\" d=\"M0 -7L7 7L-7 7Z\"></path>"
            }
        }
    }

    /// What the symbol stands for, as the legend names it.
    pub fn label(self, data: &Dataset, lang: Lang) -> String {
        match self {
            KeySymbol::Flights => data
                .flights
                .as_ref()
                .map(|flights| crate::i18n::facts::flights_layer(flights, lang))
                .unwrap_or_default(),
            KeySymbol::Networks => Text::LayerNetworks.in_lang(lang).to_owned(),
            KeySymbol::Meeting => {
                crate::i18n::places::meetings_layer(data, lang).unwrap_or_default()
            }
            KeySymbol::Crossing => crate::i18n::places::border_layer(data, lang),
        }
    }
}

/// What goes around the drawing.
pub struct Picture<'a> {
    pub lang: Lang,
    /// The map: one `<svg …>…</svg>` element in XML, with a `viewBox`.
    pub map: &'a str,
    /// The `viewBox`'s width and height.
    pub map_size: (f64, f64),
    /// Lines under the name: a figure, or the view's date and selection.
    pub lines: Vec<String>,
    /// The layers shown: the key lists their symbols, and names the places off the map when
    /// the flights are shown.
    pub layers: Layers,
    /// The map's places, for the line about those off the map.
    pub features: &'a [PlaceFeature],
    /// The page's style sheet, already in its light values ([`light_style_sheet`]'s output).
    pub css: &'a str,
}

/// The picture as a standalone SVG document, [`WIDTH`] wide.
pub fn picture_svg(data: &Dataset, picture: &Picture) -> String {
    let lang = picture.lang;
    let width = WIDTH - 2.0 * MARGIN;
    let (title, mut y) = text_lines(
        facts::document_name(data, lang),
        MARGIN,
        width,
        26.0,
        0.64,
        44.0,
    );
    let mut content =
        format!("<text class=\"image-title\" font-size=\"26\" font-weight=\"700\">{title}</text>");
    for line in &picture.lines {
        let (spans, next) = text_lines(line.clone(), MARGIN, width, 22.0, 0.56, y + 4.0);
        content.push_str(&format!(
            "<text class=\"image-figure\" font-size=\"22\">{spans}</text>"
        ));
        y = next;
    }
    let (map_width, map_height) = picture.map_size;
    let height = WIDTH * map_height / map_width;
    content.push_str(&placed(picture.map, 0.0, y, WIDTH, height));
    y += height + 16.0;
    for symbol in KeySymbol::of(data, picture.layers) {
        content.push_str(&format!(
            "<g transform=\"translate({} {})\">{}</g>",
            fixed(MARGIN + 11.0, 1),
            fixed(y + 11.0, 1),
            symbol.markup()
        ));
        let (label, _) = text_lines(
            symbol.label(data, lang),
            MARGIN + 32.0,
            width - 32.0,
            18.0,
            0.56,
            y + 17.0,
        );
        content.push_str(&format!(
            "<text class=\"image-key\" font-size=\"18\">{label}</text>"
        ));
        y += 28.0;
    }
    if let Some(note) = off_map_line(data, picture.features, picture.layers, lang) {
        let (spans, next) = text_lines(note, MARGIN, width, 18.0, 0.56, y + 17.0);
        content.push_str(&format!(
            "<text class=\"image-note\" font-size=\"18\">{spans}</text>"
        ));
        y = next - 17.0 + 6.0;
    }
    let (source, end) = text_lines(
        facts::source_line(data, lang),
        MARGIN,
        width,
        18.0,
        0.56,
        y + 26.0,
    );
    content.push_str(&format!(
        "<text class=\"image-source\" font-size=\"18\">{source}</text>"
    ));
    // Which version of the data the picture shows, so a published picture can be matched to
    // the corrections log.
    let (version, end) = text_lines(
        facts::data_version(data, lang),
        MARGIN,
        width,
        16.0,
        0.56,
        end + 2.0,
    );
    content.push_str(&format!(
        "<text class=\"image-version\" font-size=\"16\">{version}</text>"
    ));
    document(data, lang, WIDTH, end, picture.css, &content)
}

/// The line that says which view a downloaded picture shows: the timeline's date and the
/// selected place or event, if any.
pub fn view_line(date: &str, selection: Option<&str>, lang: Lang) -> String {
    let as_of = match lang {
        Lang::Es => format!("Mapa al {date}"),
        Lang::En => format!("Map as of {date}"),
    };
    match selection {
        Some(name) => format!("{as_of} · {name}"),
        None => as_of,
    }
}

/// "Download image": the picture of a reader's view and its file's name. `view` is the view
/// as its URL gives it ([`crate::state::url::ViewState::parse`]), with the language and the
/// date set; `map` is the page's map as XML (its `viewBox` gives the drawing's size);
/// `extension` is the file's. `None` if the view has no language or date, or the map no size.
///
/// ```
/// use corredor_core::presentation::picture::view_picture;
/// use corredor_core::state::url::ViewState;
/// let data = corredor_core::data::load_embedded().unwrap();
/// let view = ViewState::parse("lang=en&date=2024-01-19&place=honduras");
/// let map = "<svg viewBox=\"0 0 100 50\"><path d=\"M0 0h1z\"></path></svg>";
/// let (svg, name) = view_picture(&data, &[], &view, map, "svg").unwrap();
/// assert!(svg.contains("Map as of 19 January 2024 · Honduras"));
/// assert_eq!(name, "corredor-en-2024-01-19.svg");
/// assert!(view_picture(&data, &[], &ViewState::parse("lang=en"), map, "svg").is_none());
/// ```
pub fn view_picture(
    data: &Dataset,
    features: &[PlaceFeature],
    view: &crate::state::url::ViewState,
    map: &str,
    extension: &str,
) -> Option<(String, String)> {
    let (lang, date) = (view.lang?, view.date?);
    let selection = view
        .selection
        .as_ref()
        .and_then(|selection| selection_name(data, selection, lang));
    let svg = picture_svg(
        data,
        &Picture {
            lang,
            map,
            map_size: view_box_size(map)?,
            lines: vec![view_line(
                &crate::i18n::format::day(date, lang),
                selection.as_deref(),
                lang,
            )],
            layers: view.layers,
            features,
            // The style sheet is left empty: `picture.js` fetches it and puts it in.
            css: "",
        },
    );
    let name = file_name(view.statement.as_deref(), lang, date, extension);
    Some((svg, name))
}

/// The width and height of the first `viewBox` in `svg`, if both are numbers and the width is
/// above zero.
fn view_box_size(svg: &str) -> Option<(f64, f64)> {
    let (_, after) = svg.split_once("viewBox=\"")?;
    let (numbers, _) = after.split_once('"')?;
    let numbers: Vec<f64> = numbers
        .split(' ')
        .filter_map(crate::number::parse)
        .collect();
    match numbers.as_slice() {
        [_, _, width, height] if *width > 0.0 => Some((*width, *height)),
        _ => None,
    }
}

/// The places outside the map's frame, in one line as the page's callout gives them: "Off the
/// map: Romania, India — 1 flight (one line of the list names both)". As on the page, the
/// list's flights off the map follow the flights layer (`layers`); a place named only by a
/// figure or an event is named whatever the layers.
pub fn off_map_line(
    data: &Dataset,
    features: &[PlaceFeature],
    layers: Layers,
    lang: Lang,
) -> Option<String> {
    let (places, flights) = off_map(data, features);
    if places.is_empty() || (flights > 0 && !layers.shows(Layer::Flights)) {
        return None;
    }
    let names: Vec<&str> = places
        .iter()
        .map(|place| data.place_name(&place.id, lang))
        .collect();
    let heading = Text::OffMapHeading.in_lang(lang);
    let names = names.join(", ");
    // A place the list gives no flights (one named only by a figure or an event) is named,
    // with no count.
    Some(match flights {
        0 => format!("{heading}: {names}"),
        _ => format!(
            "{heading}: {names} — {}",
            off_map_count(data, &places, flights, lang)
        ),
    })
}

/// The off-map places' flights, counted once: "1 vuelo (una línea de la lista nombra a
/// ambos)" when one line of the list names the two of them, the bare count otherwise.
pub fn off_map_figure(data: &Dataset, features: &[PlaceFeature], lang: Lang) -> String {
    let (places, flights) = off_map(data, features);
    off_map_count(data, &places, flights, lang)
}

/// [`off_map_figure`] for the off-map `places` and their `flights`, as `off_map` gives them.
fn off_map_count(data: &Dataset, places: &[&PlaceFeature], flights: u32, lang: Lang) -> String {
    let count = crate::i18n::flights_count(flights, lang);
    // One line naming exactly the two places off the map.
    let one_line_names_both = places.len() == 2
        && data.destinations().iter().any(|d| {
            d.places.len() == 2
                && d.flights == flights
                && places.iter().all(|f| d.places.iter().any(|p| *p == f.id))
        });
    if one_line_names_both {
        format!("{count} ({})", Text::SharedFlight.in_lang(lang))
    } else {
        count
    }
}

/// The selected place's or event's name, for [`view_line`].
pub fn selection_name(data: &Dataset, selection: &Selection, lang: Lang) -> Option<String> {
    match selection {
        Selection::Place(id) => Some(data.place_name(id, lang).to_owned()),
        Selection::Event(id) => Some(data.event(id)?.title.get(lang).to_owned()),
    }
}

/// A file name for a picture of the view: `corredor-es-2024-01-19.svg`, with the statement's
/// folder name before the language for any statement but the collection's first
/// (`statement`), so pictures of two statements on the same day never take each other's name.
pub fn file_name(
    statement: Option<&str>,
    lang: Lang,
    date: crate::data::Day,
    extension: &str,
) -> String {
    let statement = statement.map(|id| format!("{id}-")).unwrap_or_default();
    format!(
        "corredor-{statement}{}-{:04}-{:02}-{:02}.{extension}",
        lang.code(),
        date.year,
        date.month,
        date.day
    )
}

/// `map` (an `<svg …>` element) placed at (`x`, `y`) with `width` × `height`.
pub fn placed(map: &str, x: f64, y: f64, width: f64, height: f64) -> String {
    let map = map.trim_start();
    // The element starts the markup (`XMLSerializer` writes it first): prefix it, rather than
    // search for it, which would bring the substring searcher into the wasm.
    let Some(rest) = map.strip_prefix("<svg") else {
        return map.to_owned();
    };
    format!(
        "<svg x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"{rest}",
        fixed(x, 1),
        fixed(y, 1),
        fixed(width, 1),
        fixed(height, 1)
    )
}

/// `value` as `<tspan>` lines from `x`, wrapped at an estimated width (SVG text does not
/// wrap; `em` is a character's width in font sizes, wider for bold), the first baseline at
/// `first_y`; and where the next line would go.
pub fn text_lines(
    value: String,
    x: f64,
    max_width: f64,
    size: f64,
    em: f64,
    first_y: f64,
) -> (String, f64) {
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
pub fn xml_text(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// A standalone SVG document of `width` × `height` around `content`, with `css` and the
/// statement's name as its title, on white.
pub fn document(
    data: &Dataset,
    lang: Lang,
    width: f64,
    height: f64,
    css: &str,
    content: &str,
) -> String {
    let name = xml_text(&facts::document_name(data, lang));
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" lang=\"{code}\" viewBox=\"0 0 {w} {h}\" width=\"{w}\" height=\"{h}\">\
         <title>{name}</title><style>{css}</style>\
         <rect class=\"image-background\" width=\"{w}\" height=\"{h}\" fill=\"#ffffff\"></rect>{content}</svg>",
        code = lang.code(),
        w = fixed(width, 1),
        h = fixed(height, 1),
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

#[cfg(test)]
mod tests {
    use super::*;

    fn data() -> Dataset {
        crate::data::load_embedded().unwrap()
    }

    const MAP: &str =
        "<svg viewBox=\"0 0 100 50\"><path class=\"shape\" d=\"M0 0h10v10z\"></path></svg>";

    #[test]
    fn a_view_picture_reads_its_view_from_the_url_and_its_size_from_the_maps_view_box() {
        let data = data();
        let region = crate::geo::embedded_region().unwrap();
        let features = crate::geo::features::place_features(&data, &region);
        let view = crate::state::url::ViewState::parse(
            "lang=es&date=2024-01-05&place=el-salvador&layers=flights&statement=otra",
        );
        let (svg, name) = view_picture(&data, &features, &view, MAP, "png").unwrap();
        assert_eq!(name, "corredor-otra-es-2024-01-05.png");
        assert!(
            svg.contains("Mapa al 5 de enero de 2024 · El Salvador"),
            "{svg}"
        );
        assert!(svg.contains("<style></style>"));
        // The key follows the layers in the URL: the flights' circle alone.
        assert!(svg.contains("class=\"symbol\""));
        assert!(!svg.contains("marker--crossing\" d=\"M0 -7L7 7L-7 7Z"));
        assert_eq!(view_box_size(MAP), Some((100.0, 50.0)));
        for broken in [
            "<svg>",
            "<svg viewBox=\"0 0 0 5\">",
            "<svg viewBox=\"0 0 x 5\">",
            "<svg viewBox=\"0 0 5",
        ] {
            assert_eq!(view_box_size(broken), None, "{broken}");
            assert!(view_picture(&data, &features, &view, broken, "svg").is_none());
        }
        let undated = crate::state::url::ViewState::parse("lang=es");
        assert!(view_picture(&data, &features, &undated, MAP, "svg").is_none());
    }

    #[test]
    fn a_picture_has_the_name_its_lines_the_map_the_key_of_the_layers_shown_and_the_source() {
        let data = data();
        let region = crate::geo::embedded_region().unwrap();
        let features = crate::geo::features::place_features(&data, &region);
        let svg = picture_svg(
            &data,
            &Picture {
                lang: Lang::En,
                map: MAP,
                map_size: (100.0, 50.0),
                lines: vec!["Map as of 19 January 2024 · R&D".into()],
                layers: Layers::default()
                    .toggled(Layer::Networks)
                    .toggled(Layer::Crossing),
                features: &features,
                css: ".shape{fill:#eee}",
            },
        );
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" lang=\"en\""));
        assert!(svg.contains(&format!(
            "<title>{}</title>",
            xml_text(&facts::document_name(&data, Lang::En))
        )));
        assert!(svg.contains("<style>.shape{fill:#eee}</style>"));
        // The map keeps the picture's width and its own proportions.
        assert!(svg.contains("<svg x=\"0\" y=\""), "{svg}");
        assert!(
            svg.contains("width=\"1000\" height=\"500\" viewBox=\"0 0 100 50\""),
            "{svg}"
        );
        assert!(svg.contains(">Map as of 19 January 2024 · R&amp;D</tspan>"));
        assert!(svg.contains("Repatriation flights by destination"));
        assert!(
            svg.contains("Ministerial meeting and the statement's dateline"),
            "the statement's own name for its meetings: {svg}"
        );
        assert!(
            !svg.contains(Text::LayerNetworks.in_lang(Lang::En)),
            "only the layers shown"
        );
        // The flights are shown: the places off the map are named under the key.
        let off_map = off_map_line(&data, &features, Layers::default(), Lang::En).unwrap();
        let note_start = svg.find("<text class=\"image-note\"").unwrap();
        let note = &svg[note_start..note_start + svg[note_start..].find("</text>").unwrap()];
        assert!(note.contains(off_map.split(' ').next().unwrap()), "{note}");
        assert!(note.contains("Romania") && note.contains("India"), "{note}");
        let source = facts::source_line(&data, Lang::En);
        let first_word = source.split(' ').next().unwrap();
        assert!(svg.contains("class=\"image-source\" font-size=\"18\"><tspan x=\"24\""));
        let version = &svg[svg.find("<text class=\"image-version\"").unwrap()..];
        assert!(version.contains("Data: version 4, updated"), "{version}");
        assert!(svg.contains(first_word));
        assert_eq!(svg.matches("<svg").count(), svg.matches("</svg>").count());
        assert_eq!(svg.matches("<text").count(), svg.matches("</text>").count());
    }

    #[test]
    fn without_the_flights_the_key_and_the_picture_leave_out_the_places_off_the_map() {
        let data = data();
        let region = crate::geo::embedded_region().unwrap();
        let features = crate::geo::features::place_features(&data, &region);
        let layers = Layers::default().toggled(Layer::Flights);
        assert_eq!(
            KeySymbol::of(&data, layers),
            vec![KeySymbol::Networks, KeySymbol::Meeting, KeySymbol::Crossing]
        );
        let svg = picture_svg(
            &data,
            &Picture {
                lang: Lang::Es,
                map: MAP,
                map_size: (100.0, 50.0),
                lines: Vec::new(),
                layers,
                features: &features,
                css: "",
            },
        );
        assert!(!svg.contains("image-note"));
        assert!(!svg.contains(&crate::i18n::facts::flights_layer(
            data.flights.as_ref().unwrap(),
            Lang::Es
        )));
    }

    #[test]
    fn the_view_line_names_the_date_and_the_selection_in_the_language() {
        assert_eq!(
            view_line("19 de enero de 2024", None, Lang::Es),
            "Mapa al 19 de enero de 2024"
        );
        assert_eq!(
            view_line("19 January 2024", Some("Guatemala"), Lang::En),
            "Map as of 19 January 2024 · Guatemala"
        );
        let data = data();
        assert_eq!(
            selection_name(&data, &Selection::Place("guatemala".into()), Lang::Es).as_deref(),
            Some("Guatemala")
        );
        assert_eq!(
            selection_name(&data, &Selection::Event("no-such-event".into()), Lang::Es),
            None
        );
        let day = crate::data::Day {
            year: 2024,
            month: 1,
            day: 9,
        };
        assert_eq!(
            file_name(None, Lang::En, day, "png"),
            "corredor-en-2024-01-09.png"
        );
        assert_eq!(
            file_name(Some("2024-01-26-follow-up"), Lang::Es, day, "svg"),
            "corredor-2024-01-26-follow-up-es-2024-01-09.svg"
        );
    }

    #[test]
    fn the_places_off_the_map_are_named_with_their_flights_as_the_callout_gives_them() {
        let data = data();
        let region = crate::geo::embedded_region().unwrap();
        let features = crate::geo::features::place_features(&data, &region);
        let (places, flights) = off_map(&data, &features);
        let names: Vec<&str> = places
            .iter()
            .map(|place| data.place_name(&place.id, Lang::En))
            .collect();
        let line = off_map_line(&data, &features, Layers::default(), Lang::En).unwrap();
        assert_eq!(
            line,
            format!(
                "Off the map: {} — {} (one line of the list names both)",
                names.join(", "),
                crate::i18n::flights_count(flights, Lang::En)
            )
        );
        assert!(
            names.contains(&"Romania") && names.contains(&"India"),
            "{line}"
        );
        // Without a flights list the places off the map are named, with no count.
        let mut without_list = data.clone();
        without_list.flights = None;
        let features_without = crate::geo::features::place_features(
            &without_list,
            &crate::geo::load_region(crate::geo::REGION_JSON).unwrap(),
        );
        assert_eq!(
            off_map_line(
                &without_list,
                &features_without,
                Layers::default(),
                Lang::En
            )
            .unwrap(),
            format!("Off the map: {}", names.join(", "))
        );
        // The list's flights follow the flights layer; a place named without them does not.
        let no_flights_layer = Layers::default().toggled(Layer::Flights);
        assert_eq!(
            off_map_line(&data, &features, no_flights_layer, Lang::En),
            None
        );
        assert!(
            off_map_line(&without_list, &features_without, no_flights_layer, Lang::En).is_some()
        );
        let on_map_only: Vec<PlaceFeature> = features.into_iter().filter(|f| f.on_map()).collect();
        assert_eq!(
            off_map_line(&data, &on_map_only, Layers::default(), Lang::En),
            None
        );
    }

    #[test]
    fn long_lines_wrap_and_say_where_the_next_one_goes() {
        let (spans, next) = text_lines("one two three four".into(), 10.0, 70.0, 10.0, 1.0, 20.0);
        assert_eq!(
            spans,
            "<tspan x=\"10\" y=\"20\">one two</tspan><tspan x=\"10\" y=\"32.5\">three</tspan><tspan x=\"10\" y=\"45\">four</tspan>"
        );
        assert_eq!(next, 57.5);
    }

    #[test]
    fn the_light_style_sheet_writes_out_variables_and_drops_at_blocks_and_comments() {
        let css = ":root {\n  --fg: #111;\n  --bg: #fff;\n}\n/* note */\n.a { color: var(--fg); }\n@media (prefers-color-scheme: dark) { .a { color: #fff; } }\n.b { background: var(--bg); }";
        let light = light_style_sheet(css);
        assert!(light.contains(".a { color: #111; }"));
        assert!(light.contains(".b { background: #fff; }"));
        assert!(!light.contains("@media") && !light.contains("note") && !light.contains("var("));
    }
}
