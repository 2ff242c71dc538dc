//! "Download image": the reader's current view (selection, date, layers, zoom, language) as
//! an SVG or PNG file, with the statement's name, the key, the source line and the date. The
//! picture is composed by `presentation::picture`; this module gathers the live map, and
//! `picture.js` (loaded on the first click, so the first load does not carry it) adds the
//! style sheet and hands the file over under the strict policy (`blob:` addresses only).

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use crate::data::Dataset;
use crate::geo::features::PlaceFeature;
use crate::i18n::Text;
use crate::presentation::picture::{self, Picture};
use crate::ui::map::MapData;
use crate::ui::reader_state::ReaderState;
use crate::ui::tr;

/// The global `picture.js` defines.
const HELPER: &str = "corredorPicture";

#[derive(Clone, Copy, PartialEq)]
enum Format {
    Svg,
    Png,
}

/// The two buttons, and a line that says what went wrong.
#[component]
pub fn DownloadImage(data: &'static Dataset, root: String) -> impl IntoView {
    let state = ReaderState::expect();
    // The map's places, for the line about those off the map (none without the map's
    // geometry, when there is no map to draw either).
    let map = use_context::<MapData>();
    let features: &'static [PlaceFeature] = map.map_or(&[], |map| map.features);
    let lang = state.lang;
    // The shown statement's folder name, in the file's name (none for the collection's first).
    let statement = use_context::<crate::Series>().and_then(crate::Series::page_statement);
    let problem = RwSignal::new(None::<Text>);
    let root = StoredValue::new(root);
    let download = move |format: Format| {
        problem.set(None);
        let root = root.get_value();
        leptos::task::spawn_local(async move {
            if let Err(text) =
                make_and_download(data, statement, features, state, &root, format).await
            {
                problem.set(Some(text));
            }
        });
    };
    let buttons = [
        (Format::Svg, "download-svg", Text::DownloadImageSvg),
        (Format::Png, "download-png", Text::DownloadImagePng),
    ]
    .into_iter()
    .map(|(format, test_id, label)| {
        view! {
            <li>
                <button type="button" class="button button--quiet" data-testid=test_id
                    on:click=move |_| download(format)>
                    {tr(lang, label)}
                </button>
            </li>
        }
    })
    .collect_view();
    view! {
        <ul class="downloads__images">{buttons}</ul>
        <p role="status" class="downloads__problem" data-testid="download-problem">
            {move || problem.get().map(|text| text.in_lang(lang.get()))}
        </p>
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
