//! Start-up and failure handling.
//!
//! `index.html` carries a static loading state and a hidden failure message (`#boot-error`),
//! so the reader sees something before the wasm runs and after it dies. This module mounts
//! the app in place of the loading state and, on a panic, reveals the failure message: a
//! reader never faces a blank or frozen page.

use wasm_bindgen::JsCast;

/// Id of the element the app is mounted into.
pub const APP_ROOT_ID: &str = "app";
/// Id of the static loading state shown until the app has mounted.
pub const LOADING_ID: &str = "boot";
/// The `performance.mark` set once the app is mounted and interactive.
pub const INTERACTIVE_MARK: &str = "corredor-interactive";

/// Id of the tables' region in the app.
pub const TABLES_REGION_ID: &str = "tables";
/// The tables the page wrote, in its view.
const WRITTEN_TABLES: &str = "#tables > section.tables";
/// The footer the page wrote.
const WRITTEN_FOOTER: &str = "#app > footer.colophon";

/// Id of the static failure message with its reload button.
pub const FAILURE_ID: &str = "boot-error";

/// Logs the panic to the console and shows the failure message with its reload button.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        // The message and where, in the console, for whoever debugs; the reader gets the
        // failure message below.
        web_sys::console::error_1(&info.to_string().into());
        show_failure();
    }));
}

/// Mounts [`crate::App`] into `#app`, then removes the loading state.
///
/// Falls back to `<body>` if the page has no `#app` (the component tests mount that way).
pub fn mount_app() {
    let document = leptos::prelude::document();
    let start = match crate::Start::from_page() {
        Ok(start) => start,
        Err(problem) => {
            // The page written at build time stays, whole: it reads without the app. The
            // message says the map could not start; the console says why, for whoever debugs.
            web_sys::console::error_1(
                &format!(
                    "this page's statement data: {} expected at byte {}",
                    problem.expected, problem.at
                )
                .into(),
            );
            reveal_failure(false);
            return;
        }
    };
    // Before the URL sync's first rewrite drops Pym's parameters.
    crate::ui::embed::announce_height();
    crate::ui::embed::accept_width_hint();
    let app = move || leptos::view! { <crate::App start /> };
    match document
        .get_element_by_id(APP_ROOT_ID)
        .and_then(|root| root.dyn_into::<web_sys::HtmlElement>().ok())
    {
        Some(root) => {
            // The view rendered at build time gives way to the app in one task: nothing is
            // painted in between and the new elements take the same places. `boot.js` then
            // gives the reader's focus back to the same control and presses again what they
            // pressed meanwhile, before anything is painted.
            // The tables stay as the page wrote them (the app carries no code to draw them,
            // `ui::written_tables`): taken out before the written view gives way, put back in
            // the app's region for them, in the same task.
            let written_tables = document.query_selector(WRITTEN_TABLES).ok().flatten();
            // So are the footer and the details' bodies (`ui::written_parts`).
            let written_footer = document.query_selector(WRITTEN_FOOTER).ok().flatten();
            let written_details =
                document.get_element_by_id(crate::presentation::details::WRITTEN_ID);
            // And, in the release wasm, the map's shapes and its networks' hatching: it draws an
            // empty group in the place of each.
            #[cfg(data_from_page)]
            let written_layers: Vec<(&str, web_sys::Element)> = [
                crate::ui::map::WRITTEN_BASE_LAYER,
                crate::ui::map::WRITTEN_NETWORKS_LAYER,
            ]
            .into_iter()
            .filter_map(|layer| Some((layer, document.query_selector(layer).ok()??)))
            .collect();
            root.set_inner_html("");
            let _ = root.remove_attribute(PRERENDERED);
            leptos::mount::mount_to(root.clone(), app).forget();
            if let (Some(tables), Some(region)) =
                (written_tables, document.get_element_by_id(TABLES_REGION_ID))
            {
                let _ = region.append_child(&tables);
            }
            #[cfg(data_from_page)]
            for (layer, written) in written_layers {
                if let Ok(Some(drawn)) = document.query_selector(layer) {
                    let _ = drawn.replace_with_with_node_1(&written);
                }
            }
            // At the app's end, as the page wrote them.
            for written in [written_footer, written_details].into_iter().flatten() {
                let _ = root.append_child(&written);
            }
        }
        None => leptos::mount::mount_to_body(app),
    }
    if panic_requested() {
        // Deferred so the app is mounted first: the test proves a panic *after* start-up
        // replaces the page with the failure message.
        gloo::timers::callback::Timeout::new(0, || panic!("panic requested with ?debug=panic"))
            .forget();
    }
    if let Some(loading) = document.get_element_by_id(LOADING_ID) {
        loading.remove();
    }
    // On a slow connection the watchdog in `boot.js` may already have given up and hidden the
    // app behind "could not start". The app did start: show it and take the message away.
    if let Some(app) = document.get_element_by_id(APP_ROOT_ID) {
        let _ = app.remove_attribute("hidden");
    }
    if let Some(failure) = document.get_element_by_id(FAILURE_ID) {
        let _ = failure.set_attribute("hidden", "");
    }
    if let Some(html) = document.document_element() {
        // `boot.js` reads this to know the app started; the end-to-end tests wait for it.
        let _ = html.set_attribute("data-app-state", "ready");
    }
    // The moment map and timeline are interactive, for the benchmark (`cargo xtask bench`).
    if let Some(performance) = web_sys::window().and_then(|window| window.performance()) {
        let _ = performance.mark(INTERACTIVE_MARK);
    }
}

/// The attribute `cargo xtask build` puts on the app root when it holds the view rendered
/// at build time.
pub const PRERENDERED: &str = "data-prerendered";

/// Reveals the failure message and hides whatever the app had drawn.
///
/// Runs inside the panic hook, so it must not panic itself: every step is fallible and ignored.
pub fn show_failure() {
    reveal_failure(true);
}

/// The failure message, and whatever the app had drawn hidden if `hide_app`.
fn reveal_failure(hide_app: bool) {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    if let Some(html) = document.document_element() {
        let _ = html.set_attribute("data-app-state", "failed");
    }
    if let Some(loading) = document.get_element_by_id(LOADING_ID) {
        loading.remove();
    }
    if let Some(app) = document.get_element_by_id(APP_ROOT_ID).filter(|_| hide_app) {
        let _ = app.set_attribute("hidden", "");
    }
    if let Some(failure) = document.get_element_by_id(FAILURE_ID) {
        let _ = failure.remove_attribute("hidden");
    }
}

/// Whether the page was opened with `?debug=panic`.
///
/// A deliberate panic after mounting, kept in release builds so the end-to-end tests can
/// prove that the shipped build shows its failure message. Readers never see a link to it.
pub fn panic_requested() -> bool {
    web_sys::window()
        .and_then(|window| window.location().search().ok())
        .and_then(|search| web_sys::UrlSearchParams::new_with_str(&search).ok())
        .and_then(|params| params.get("debug"))
        .is_some_and(|value| value == "panic")
}
