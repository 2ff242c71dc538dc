//! What the release wasm reads from the site: the shown statement's data from its written page
//! (it compiles none in, `build.rs`), and the parts the build wrote in each language beside
//! the statement's pages (tables, details), on a language switch.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::data::pack::{unpack, PackError, PAGE_ELEMENT_ID};
use crate::data::Dataset;

/// `text` kept for the program's life, so the data read from it borrows its texts.
fn keep(text: String) -> &'static str {
    Box::leak(text.into_boxed_str())
}

/// The shown statement's data, from the `<script type="text/plain">` its written page
/// carries.
pub fn page_data() -> Result<&'static Dataset, PackError> {
    let text = leptos::prelude::document()
        .get_element_by_id(PAGE_ELEMENT_ID)
        .and_then(|element| element.text_content())
        .ok_or(PackError {
            at: 0,
            expected: "the page's statement data",
        })?;
    Ok(Box::leak(Box::new(unpack(keep(text))?)))
}

/// The element written in `file` of the shown statement's folder (a language's tables or
/// details bodies, precached by the service worker for the collection's first statement),
/// its links to the statement's files made to work from this page.
#[cfg(data_from_page)]
pub async fn written_fragment(file: &str) -> Option<web_sys::Element> {
    let document = leptos::prelude::document();
    let root = document
        .document_element()
        .and_then(|html| html.get_attribute("data-root"))
        .unwrap_or_default();
    let file = format!("{root}{}{file}", crate::statement_folder());
    let address = web_sys::Url::new_with_base(&file, &document.url().ok()?)
        .ok()?
        .href();
    let window = web_sys::window()?;
    let text = text_of(window.fetch_with_str(&address)).await?;
    let holder = document.create_element("div").ok()?;
    holder.set_inner_html(&text);
    let written = holder.first_element_child()?;
    // Its links to the statement's files lead from its own folder. (Those in a `<template>`'s
    // content are not searched: the details' bodies link only to other sites, `tests/render.rs`.)
    for link in crate::ui::elements(written.query_selector_all("a[href]").ok()) {
        let Some(href) = link
            .get_attribute("href")
            .filter(|href| !href.starts_with('#'))
        else {
            continue;
        };
        if let Ok(resolved) = web_sys::Url::new_with_base(&href, &address) {
            let _ = link.set_attribute("href", &resolved.href());
        }
    }
    Some(written)
}

/// The text of the response `request` resolves to, if it has a success status.
pub async fn text_of(request: js_sys::Promise) -> Option<String> {
    let response = JsFuture::from(request).await.ok()?;
    let response: web_sys::Response = response.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    let text = JsFuture::from(response.text().ok()?).await.ok()?;
    text.as_string()
}
