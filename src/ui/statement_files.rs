//! The statements' data in the release wasm, which compiles none in (`build.rs`): the shown
//! statement's from its written page, the others' from their files (`data::pack::FILE`,
//! beside each statement's pages, precached by the service worker) when a comparison first
//! asks for them.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::data::pack::{unpack, PackError, FILE, PAGE_ELEMENT_ID};
use crate::data::series::{Listing, Statement};
use crate::data::Dataset;
use crate::Reading;

/// `text` kept for the program's life, so the data read from it borrows its texts.
fn keep(text: String) -> &'static str {
    Box::leak(text.into_boxed_str())
}

/// The shown statement's data, from the `<script type="text/plain">` its written page
/// carries.
pub fn page_data() -> Result<&'static Dataset, PackError> {
    Ok(Box::leak(Box::new(page_statement()?)))
}

/// The shown statement's data, read again from its page: the comparisons take each
/// statement's data by value, and reading it again costs less than a copy.
fn page_statement() -> Result<Dataset, PackError> {
    let text = leptos::prelude::document()
        .get_element_by_id(PAGE_ELEMENT_ID)
        .and_then(|element| element.text_content())
        .ok_or(PackError {
            at: 0,
            expected: "the page's statement data",
        })?;
    unpack(keep(text))
}

/// Every statement's data, from their files, in the collection's order; `Failed` if any
/// cannot be fetched or read (the console says which and why).
pub async fn read_all(listing: &'static [Listing], current: usize) -> Reading {
    let root = leptos::prelude::document()
        .document_element()
        .and_then(|html| html.get_attribute("data-root"))
        .unwrap_or_default();
    let path = |index: usize| {
        let id = (index > 0).then_some(&*listing[index].id);
        format!("{root}{}{FILE}", crate::state::pages::statement_folder(id))
    };
    // Every request sent at once, then read in order: one after the other, a long series on
    // a slow line would wait a round trip per statement.
    let window = web_sys::window();
    let mut requests: Vec<Option<js_sys::Promise>> = (0..listing.len())
        .map(|index| {
            let window = window.as_ref().filter(|_| index != current)?;
            Some(window.fetch_with_str(&path(index)))
        })
        .collect();
    let mut statements = Vec::with_capacity(listing.len());
    for (index, statement) in listing.iter().enumerate() {
        let read = match requests[index].take() {
            _ if index == current => Some(page_statement()),
            Some(request) => text_of(request).await.map(|text| unpack(keep(text))),
            None => None,
        };
        match read {
            Some(Ok(data)) => statements.push(Statement {
                id: statement.id.clone(),
                data,
            }),
            failure => {
                let why = match failure {
                    Some(Err(problem)) => {
                        format!("{} expected at byte {}", problem.expected, problem.at)
                    }
                    _ => "not fetched".to_owned(),
                };
                web_sys::console::error_1(&format!("{}: {why}", path(index)).into());
                return Reading::Failed;
            }
        }
    }
    Reading::Read(Box::leak(statements.into_boxed_slice()))
}

/// The element written in `file` of the shown statement's folder (a language's tables or
/// details bodies, precached by the service worker for the collection's first statement),
/// its links to the statement's files made to work from this page, in a `<template>`'s
/// content too.
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
    let mut links = crate::ui::elements(written.query_selector_all("a[href]").ok());
    if let Some(template) = written.dyn_ref::<web_sys::HtmlTemplateElement>() {
        links.extend(crate::ui::elements(
            template.content().query_selector_all("a[href]").ok(),
        ));
    }
    // Its links to the statement's files lead from its own folder.
    for link in links {
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
