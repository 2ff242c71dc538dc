//! "Download image": the reader's current view (selection, date, layers, zoom, language) as
//! an SVG or PNG file, with the statement's name, the key, the source line and the date. The
//! picture is composed by `presentation::picture`; this module gathers the live map, and
//! `picture.js` (loaded on the first click, so the first load does not carry it) adds the
//! style sheet and hands the file over under the strict policy (`blob:` addresses only).

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use crate::data::Dataset;
use crate::geo::features::PlaceFeature;
use crate::i18n::{Lang, Text};
use crate::presentation::picture::{self, Picture};
use crate::ui::map::MapData;
use crate::ui::reader_state::ReaderState;
use crate::ui::tr;

/// The global `picture.js` defines.
const HELPER: &str = "corredorPicture";

/// A picture's file format, as its button names it (`data-image`).
#[derive(Clone, Copy, PartialEq)]
pub enum Format {
    Svg,
    Png,
}

impl Format {
    /// The format a button names, if any.
    pub fn named(name: &str) -> Option<Format> {
        match name {
            "svg" => Some(Format::Svg),
            "png" => Some(Format::Png),
            _ => None,
        }
    }
}

/// The two buttons, and a line that says what went wrong, as the page writes them: the
/// tables' one listener answers them ([`download`], from `ui::written_tables`).
pub fn download_image_buttons(lang: RwSignal<Lang>) -> impl IntoView {
    let buttons = [
        ("svg", "download-svg", Text::DownloadImageSvg),
        ("png", "download-png", Text::DownloadImagePng),
    ]
    .into_iter()
    .map(|(format, test_id, label)| {
        view! {
            <li>
                <button type="button" class="button button--quiet" data-testid=test_id data-image=format>
                    {tr(lang, label)}
                </button>
            </li>
        }
    })
    .collect_view();
    view! {
        <ul class="downloads__images">{buttons}</ul>
        <p role="status" class="downloads__problem" data-testid="download-problem"></p>
    }
}

/// What drawing the reader's view needs besides the state, gathered where the tables' listener
/// is made (from context, which a click handler cannot read).
#[derive(Clone)]
pub struct ImageDownload {
    data: &'static Dataset,
    /// The map's places, for the line about those off the map (none without the map's
    /// geometry, when there is no map to draw either).
    features: &'static [PlaceFeature],
    /// The shown statement's folder name, in the file's name (none for the collection's first).
    statement: Option<&'static str>,
    /// The way to the site's root, for `picture.js` and the pictures' style sheet.
    root: String,
}

impl ImageDownload {
    /// Gathered from the reader's context.
    pub fn from_context(data: &'static Dataset) -> ImageDownload {
        ImageDownload {
            data,
            features: use_context::<MapData>().map_or(&[], |map| map.features),
            statement: use_context::<crate::Series>().and_then(crate::Series::page_statement),
            root: use_context::<crate::SiteRoot>()
                .map(|root| root.0)
                .unwrap_or_default(),
        }
    }

    /// Draws the reader's view as a `format` file and hands it over; what went wrong, in the
    /// reader's language, goes into `problem` (the line under the buttons).
    pub fn start(&self, state: ReaderState, format: Format, problem: web_sys::Element) {
        let ImageDownload {
            data,
            features,
            statement,
            root,
        } = self.clone();
        problem.set_text_content(None);
        leptos::task::spawn_local(async move {
            if let Err(text) =
                make_and_download(data, statement, features, state, &root, format).await
            {
                problem.set_text_content(Some(text.in_lang(state.lang.get_untracked())));
            }
        });
    }
}

/// The picture of the current view, then the file.
async fn make_and_download(
    data: &'static crate::data::Dataset,
    statement: Option<&'static str>,
    features: &'static [PlaceFeature],
    state: ReaderState,
    root: &str,
    format: Format,
) -> Result<(), Text> {
    let map = document()
        .query_selector("svg.map")
        .ok()
        .flatten()
        .ok_or(Text::ImageDrawFailed)?;
    let map_size = map
        .get_attribute("viewBox")
        .and_then(|view_box| {
            let numbers: Vec<f64> = view_box
                .split(' ')
                .filter_map(crate::number::parse)
                .collect();
            (numbers.len() == 4 && numbers[2] > 0.0).then(|| (numbers[2], numbers[3]))
        })
        .ok_or(Text::ImageDrawFailed)?;
    let markup = web_sys::XmlSerializer::new()
        .and_then(|serializer| serializer.serialize_to_string(&map))
        .map_err(|_| Text::ImageDrawFailed)?;
    let lang = state.lang.get_untracked();
    let date = state.date.get_untracked();
    let selection = state
        .selection
        .get_untracked()
        .and_then(|selection| picture::selection_name(data, &selection, lang));
    // The style sheet is left empty: `picture.js` fetches it and puts it in.
    let svg = picture::picture_svg(
        data,
        &Picture {
            lang,
            map: &markup,
            map_size,
            lines: vec![picture::view_line(
                &crate::i18n::format::day(date, lang),
                selection.as_deref(),
                lang,
            )],
            layers: state.layers.get_untracked(),
            features,
            css: "",
        },
    );
    let (extension, kind) = match format {
        Format::Svg => ("svg", "svg"),
        Format::Png => ("png", "png"),
    };
    let helper = helper(root).await.ok_or(Text::ImageStyleMissing)?;
    let outcome = helper
        .apply(
            &JsValue::NULL,
            &js_sys::Array::of4(
                &svg.into(),
                &format!("{root}images/picture.css").into(),
                &picture::file_name(statement, lang, date, extension).into(),
                &kind.into(),
            ),
        )
        .ok()
        .and_then(|promise| promise.dyn_into::<js_sys::Promise>().ok())
        .ok_or(Text::ImageDrawFailed)?;
    match wasm_bindgen_futures::JsFuture::from(outcome)
        .await
        .ok()
        .and_then(|problem| problem.as_string())
        .as_deref()
    {
        None => Ok(()),
        Some("style") => Err(Text::ImageStyleMissing),
        Some(_) => Err(Text::ImageDrawFailed),
    }
}

/// `picture.js`'s function, loading the script the first time.
async fn helper(root: &str) -> Option<js_sys::Function> {
    let find = || {
        js_sys::Reflect::get(&window(), &HELPER.into())
            .ok()?
            .dyn_into::<js_sys::Function>()
            .ok()
    };
    if let Some(helper) = find() {
        return Some(helper);
    }
    let script = document()
        .create_element("script")
        .ok()?
        .dyn_into::<web_sys::HtmlScriptElement>()
        .ok()?;
    script.set_src(&format!("{root}picture.js"));
    let loaded = js_sys::Promise::new(&mut |resolve, reject| {
        script.set_onload(Some(&resolve));
        script.set_onerror(Some(&reject));
    });
    document().head()?.append_child(&script).ok()?;
    wasm_bindgen_futures::JsFuture::from(loaded).await.ok()?;
    find()
}
