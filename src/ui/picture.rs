//! "Download image": the reader's current view (selection, date, layers, zoom, language) as
//! an SVG or PNG file, with the statement's name, the key, the source line and the date. The
//! picture is composed by `presentation::picture` in a second wasm (`picture_composer`); this
//! module gathers the view, the statement's data and the live map, and `picture.js` (loaded on
//! the first click with the composer, so the first load carries neither) has it composed, adds
//! the style sheet and hands the file over under the strict policy (`blob:` addresses only).

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use crate::data::Dataset;
use crate::i18n::{Lang, Text};
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
    /// Its name: the button's `data-image`, the file's extension and `picture.js`'s format.
    fn name(self) -> &'static str {
        match self {
            Format::Svg => "svg",
            Format::Png => "png",
        }
    }

    /// The format a button names, if any.
    pub fn named(name: &str) -> Option<Format> {
        [Format::Svg, Format::Png]
            .into_iter()
            .find(|format| format.name() == name)
    }
}

/// The two buttons, and a line that says what went wrong, as the page writes them: the
/// tables' one listener answers them ([`ImageDownload::start`], from `ui::written_tables`).
pub fn download_image_buttons(lang: RwSignal<Lang>) -> impl IntoView {
    let buttons = [
        (Format::Svg.name(), "download-svg", Text::DownloadImageSvg),
        (Format::Png.name(), "download-png", Text::DownloadImagePng),
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
    /// The shown statement's folder name, in the file's name (none for the collection's first).
    statement: Option<&'static str>,
    /// The way to the site's root, for `picture.js`, the composer and the pictures' style
    /// sheet.
    root: String,
}

impl ImageDownload {
    /// Gathered from the reader's context.
    pub fn from_context(data: &'static Dataset) -> ImageDownload {
        ImageDownload {
            data,
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
            statement,
            root,
        } = self.clone();
        problem.set_text_content(None);
        leptos::task::spawn_local(async move {
            if let Err(text) = make_and_download(data, statement, state, &root, format).await {
                problem.set_text_content(Some(text.in_lang(state.lang.get_untracked())));
            }
        });
    }
}

/// The picture of the current view, then the file: `picture.js` has the composer (a second
/// wasm, `src/bin/picture_composer.rs`) draw it from the view as its URL gives it, the
/// statement's packed data and the map as it is shown, and hands it over.
async fn make_and_download(
    data: &'static crate::data::Dataset,
    statement: Option<&'static str>,
    state: ReaderState,
    root: &str,
    format: Format,
) -> Result<(), Text> {
    let map = document()
        .query_selector("svg.map")
        .ok()
        .flatten()
        .ok_or(Text::ImageDrawFailed)?;
    let markup = web_sys::XmlSerializer::new()
        .and_then(|serializer| serializer.serialize_to_string(&map))
        .map_err(|_| Text::ImageDrawFailed)?;
    // Every part of the view set, so that the composer needs no default of its own.
    let view = crate::state::url::ViewState {
        lang: Some(state.lang.get_untracked()),
        selection: state.selection.get_untracked(),
        date: Some(state.date.get_untracked()),
        layers: state.layers.get_untracked(),
        statement: statement.map(str::to_owned),
        ..Default::default()
    };
    let helper = helper(root).await.ok_or(Text::ImageStyleMissing)?;
    let arguments = js_sys::Array::of3(
        &view.to_query().into(),
        &markup.into(),
        &packed(data).into(),
    );
    arguments.push(&root.into());
    arguments.push(&format.name().into());
    let outcome = helper
        .apply(&JsValue::NULL, &arguments)
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

/// The shown statement as packed text: in the release wasm its page's own (written at build
/// time), elsewhere packed from the compiled-in data.
fn packed(data: &crate::data::Dataset) -> String {
    #[cfg(data_from_page)]
    {
        let _ = data;
        document()
            .get_element_by_id(crate::data::pack::PAGE_ELEMENT_ID)
            .and_then(|element| element.text_content())
            .unwrap_or_default()
    }
    #[cfg(not(data_from_page))]
    {
        crate::data::pack::pack(data)
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
