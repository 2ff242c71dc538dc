//! Component tests: mount the real app in headless Chromium, interact, assert on the DOM.
//! Run by `cargo xtask test` with wasm-bindgen-test-runner.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

/// A mounted view and its container. Dropping it at the end of a test unmounts the view (its
/// effects, listeners and timers stop) and removes the container, so no test sees another's.
struct Mounted {
    container: web_sys::HtmlElement,
    _handle: Box<dyn std::any::Any>,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        self.container.remove();
    }
}

impl std::ops::Deref for Mounted {
    type Target = web_sys::HtmlElement;
    fn deref(&self) -> &Self::Target {
        &self.container
    }
}

/// Mounts `view` in a fresh container appended to the body.
fn mount<V: IntoView + 'static>(view: impl FnOnce() -> V + 'static) -> Mounted {
    let container: web_sys::HtmlElement = document()
        .create_element("div")
        .unwrap()
        .dyn_into()
        .unwrap();
    document().body().unwrap().append_child(&container).unwrap();
    let handle = leptos::mount::mount_to(container.clone(), view);
    Mounted {
        container,
        _handle: Box::new(handle),
    }
}

/// Mounts the app in a fresh container. The page's URL is set to `?lang=es` first, so the
/// tests do not depend on the browser's language.
fn mount_app() -> Mounted {
    window()
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some("?lang=es"))
        .unwrap();
    mount(
        || leptos::view! { <corredor::App start=corredor::Start::from_page().expect("a development build reads no data from the page") /> },
    )
}

fn query(root: &web_sys::HtmlElement, selector: &str) -> web_sys::HtmlElement {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
        .dyn_into()
        .unwrap()
}

/// Clicks `element` and lets the effects it triggers run.
async fn click(element: &web_sys::Element) {
    // As a reader's click: it bubbles, so handlers on an ancestor see it.
    let init = web_sys::MouseEventInit::new();
    init.set_bubbles(true);
    init.set_cancelable(true);
    element
        .dispatch_event(
            &web_sys::MouseEvent::new_with_mouse_event_init_dict("click", &init).unwrap(),
        )
        .unwrap();
    leptos::task::tick().await;
}

/// Like [`query`], for SVG elements, which are not HTML elements.
fn query_svg(root: &web_sys::HtmlElement, selector: &str) -> web_sys::Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
}

#[wasm_bindgen_test]
async fn language_switch_changes_the_texts_and_html_lang() {
    let root = mount_app();
    let tagline = query(&root, ".masthead__tagline");
    assert!(tagline.text_content().unwrap().starts_with("Comunicado"));

    query(&root, ".lang-switch").click();
    // Effects run in a microtask after the click.
    leptos::task::tick().await;

    assert!(tagline.text_content().unwrap().starts_with("Mexico–US"));
    let html_lang = document().document_element().unwrap().get_attribute("lang");
    assert_eq!(html_lang.as_deref(), Some("en"));
    assert!(query(&root, ".lang-switch")
        .text_content()
        .unwrap()
        .ends_with("Español"));
}

#[wasm_bindgen_test]
async fn the_flights_table_has_one_row_per_destination_and_the_total() {
    let root = mount_app();
    let data = corredor::first_statement();
    let rows = root
        .query_selector_all("[data-testid=flights-table] tbody tr")
        .unwrap();
    assert_eq!(rows.length() as usize, data.destinations().len());
    let total = query(&root, "[data-testid=flights-table] tfoot td.flights");
    assert_eq!(total.text_content().unwrap(), "79");
}

#[wasm_bindgen_test]
async fn the_map_draws_every_shape_and_one_symbol_per_destination_on_it() {
    let root = mount_app();
    let region = corredor::geo::embedded_region().unwrap();
    let shapes = root.query_selector_all("svg.map path.shape").unwrap();
    assert_eq!(shapes.length() as usize, region.shapes.len());
    let data = corredor::first_statement();
    let on_map_destinations = data
        .destinations()
        .iter()
        .filter(|d| !d.is_shared())
        .count();
    let symbols = root
        .query_selector_all("[data-testid=flight-symbol]")
        .unwrap();
    assert_eq!(symbols.length() as usize, on_map_destinations);
    let networks = root
        .query_selector_all("[data-testid=network-area]")
        .unwrap();
    assert_eq!(
        networks.length() as usize,
        data.networks.as_ref().unwrap().places.len()
    );
}

#[wasm_bindgen_test]
async fn selecting_a_place_on_the_map_fills_the_panel_and_a_second_click_clears_it() {
    let root = mount_app();
    let guatemala = query_svg(&root, "path.shape[data-place=guatemala]");
    assert_eq!(
        guatemala.get_attribute("aria-pressed").as_deref(),
        Some("false")
    );

    click(&guatemala).await;
    assert_eq!(
        guatemala.get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    assert_eq!(
        query(&root, "[data-testid=details-name]")
            .text_content()
            .unwrap(),
        "Guatemala"
    );
    assert_eq!(
        query(&root, "[data-testid=details-flights]")
            .text_content()
            .unwrap(),
        "36 vuelos"
    );

    click(&guatemala).await;
    assert_eq!(
        guatemala.get_attribute("aria-pressed").as_deref(),
        Some("false")
    );
    assert!(root
        .query_selector("[data-testid=details-name]")
        .unwrap()
        .is_none());
}

/// Counts, from here on, the listeners on `window` and `document` and the resize observers
/// that are live (added and not yet removed, observing and not yet disconnected). Installed
/// once; the counts are global.
fn live_counts() -> (i32, i32) {
    let install = js_sys::Function::new_no_args(
        r#"
        if (!window.__corredorLive) {
          const live = { listeners: 0, observers: 0 };
          window.__corredorLive = live;
          const add = EventTarget.prototype.addEventListener;
          const remove = EventTarget.prototype.removeEventListener;
          const seen = new WeakMap();
          const counted = (target) => target === window || target === document;
          EventTarget.prototype.addEventListener = function (type, listener, options) {
            if (counted(this) && listener) {
              const key = type + (typeof options === "boolean" ? options : !!(options && options.capture));
              const keys = seen.get(listener) || new Set();
              if (!keys.has(key)) { keys.add(key); seen.set(listener, keys); live.listeners++; }
            }
            return add.call(this, type, listener, options);
          };
          EventTarget.prototype.removeEventListener = function (type, listener, options) {
            if (counted(this) && listener) {
              const key = type + (typeof options === "boolean" ? options : !!(options && options.capture));
              const keys = seen.get(listener);
              if (keys && keys.delete(key)) live.listeners--;
            }
            return remove.call(this, type, listener, options);
          };
          const Native = window.ResizeObserver;
          window.ResizeObserver = class extends Native {
            observe(...args) { if (!this.__live) { this.__live = true; live.observers++; } return super.observe(...args); }
            disconnect() { if (this.__live) { this.__live = false; live.observers--; } return super.disconnect(); }
          };
        }
        return [window.__corredorLive.listeners, window.__corredorLive.observers];
        "#,
    );
    let counts: js_sys::Array = install.call0(&wasm_bindgen::JsValue::NULL).unwrap().into();
    (
        counts.get(0).as_f64().unwrap() as i32,
        counts.get(1).as_f64().unwrap() as i32,
    )
}

/// Waits `ms` milliseconds of the browser's own time (timers included).
async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

#[wasm_bindgen_test]
async fn an_unmounted_app_releases_its_listeners_timers_and_observers() {
    let before = live_counts();
    let body_children = document().body().unwrap().child_element_count();
    let root = mount_app();
    // Let the effects run: they add the listeners and the map's resize observer.
    leptos::task::tick().await;
    sleep(50).await;
    let mounted = live_counts();
    assert!(
        mounted.0 > before.0,
        "the app listens on window (back/forward): {before:?} → {mounted:?}"
    );
    assert!(
        mounted.1 > before.1,
        "the map observes its size: {before:?} → {mounted:?}"
    );
    // A zoom by key: the URL is rewritten once the reader pauses, by a timer still pending
    // when the app goes.
    let press = js_sys::Function::new_with_args(
        "element",
        "element.dispatchEvent(new KeyboardEvent('keydown', { key: '+', bubbles: true }))",
    );
    press
        .call1(
            &wasm_bindgen::JsValue::NULL,
            &query(&root, ".map-figure").into(),
        )
        .unwrap();
    leptos::task::tick().await;
    let query_when_unmounted = window().location().search().unwrap();
    drop(root);
    assert_eq!(
        live_counts(),
        before,
        "every listener and observer is released"
    );
    assert_eq!(
        document().body().unwrap().child_element_count(),
        body_children
    );
    // The pending rewrite would land after 300 ms: it never does.
    sleep(600).await;
    assert_eq!(
        window().location().search().unwrap(),
        query_when_unmounted,
        "a timer of the unmounted app rewrote the URL"
    );
    // Back/forward after unmounting changes nothing: no listener is left to hear it.
    let html = document().document_element().unwrap();
    let lang = html.get_attribute("lang");
    window()
        .history()
        .unwrap()
        .push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some("?lang=en"))
        .unwrap();
    window()
        .dispatch_event(&web_sys::PopStateEvent::new("popstate").unwrap())
        .unwrap();
    leptos::task::tick().await;
    assert_eq!(html.get_attribute("lang"), lang);
}
