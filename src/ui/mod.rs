//! Components, one module per family. They stay thin: logic lives in the plain modules.

// Drawn where every statement is compiled in: the release wasm keeps what the page wrote.
#[cfg(not(data_from_page))]
pub mod comparisons;
pub mod context_note;
pub mod embed;
#[cfg(not(data_from_page))]
pub mod footer;
pub mod header;
pub mod map;
pub mod parts;
pub mod picture;
pub mod reader_state;
pub mod series;
pub mod source_quote;
#[cfg(data_from_page)]
pub mod statement_files;
#[cfg(not(data_from_page))]
pub mod tables;
pub mod timeline;
pub mod url_sync;
#[cfg(data_from_page)]
pub mod written_parts;
pub mod written_tables;

use leptos::prelude::*;

use crate::i18n::{Lang, Text};

/// The button a click landed in, if any: for the listeners that answer a whole region's
/// buttons (the tables', the details' bodies).
pub fn pressed_button(event: &web_sys::MouseEvent) -> Option<web_sys::Element> {
    use wasm_bindgen::JsCast;
    event
        .target()?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .closest("button")
        .ok()
        .flatten()
}

/// The elements of a `querySelectorAll` result, in document order; none where there was no
/// list (a selector the browser refused, or nothing to search).
pub fn elements(list: Option<web_sys::NodeList>) -> Vec<web_sys::Element> {
    use wasm_bindgen::JsCast;
    let Some(list) = list else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|index| list.item(index)?.dyn_into::<web_sys::Element>().ok())
        .collect()
}

/// An interface string that follows the language signal.
///
/// Every call returns the same closure type, so the view code that renders reactive text is
/// generated once instead of once per string: it keeps the wasm small.
pub fn tr(
    lang: RwSignal<Lang>,
    text: Text,
) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    move || text.in_lang(lang.get())
}
