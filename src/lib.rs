//! Corredor: an embeddable map and timeline of the Mexico–US joint statement of
//! 23 January 2024 on migration.
//!
//! Pure logic lives in modules without Leptos (`data`, `i18n`); `ui` holds thin components.
//! See `docs/architecture.md` for how data flows from the embedded files to the screen.

pub mod boot;
pub mod data;
pub mod geo;
pub mod i18n;
pub mod state;
pub mod ui;

use leptos::prelude::*;

use crate::data::Dataset;
use crate::geo::ViewBox;
use crate::i18n::{Lang, Text};
use crate::state::Layers;
use crate::ui::map::{MapData, MapPanel, MapState, PlaceDetails};

/// The whole application: loads the dataset once, provides the shared state, lays out the page.
#[component]
pub fn App() -> impl IntoView {
    let lang = RwSignal::new(Lang::Es);

    Effect::new(move |_| {
        // `<html lang>` follows the choice so screen readers pronounce the page correctly.
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", lang.get().code());
        }
    });

    if boot::panic_requested() {
        // Deferred so the app is mounted first: the test proves a panic *after* start-up
        // replaces the page with the failure message.
        gloo::timers::callback::Timeout::new(0, || panic!("panic requested with ?debug=panic"))
            .forget();
    }

    let content = match data::load_embedded() {
        Ok(dataset) => {
            // Parsed once and never changed: shared as `&'static`, not as a signal.
            let data: &'static Dataset = Box::leak(Box::new(dataset));
            view! {
                <main class="page" id="content">
                    <Explorer data lang />
                    <ui::overview::Overview data lang />
                </main>
                <ui::footer::Footer data lang />
            }
            .into_any()
        }
        Err(problems) => view! {
            <main class="page" id="content">
                <ui::data_error::DataError problems lang />
            </main>
        }
        .into_any(),
    };

    view! {
        <ui::header::Header lang=lang />
        {content}
    }
}

/// The map and its details panel, side by side on wide screens.
#[component]
fn Explorer(data: &'static Dataset, lang: RwSignal<Lang>) -> impl IntoView {
    let region = match geo::load_region(geo::REGION_JSON) {
        Ok(region) => &*Box::leak(Box::new(region)),
        Err(_) => {
            return view! { <p class="data-error" role="alert">{move || Text::MapError.in_lang(lang.get())}</p> }
                .into_any();
        }
    };
    let features = &*Box::leak(geo::features::place_features(data, region).into_boxed_slice());
    let map = MapData {
        data,
        region,
        features,
    };
    let state = MapState {
        lang,
        selected: RwSignal::new(None),
        layers: RwSignal::new(Layers::default()),
        view: RwSignal::new(ViewBox::full(region.width, region.height)),
        hover: RwSignal::new(None),
        // Until measured, assume a mid-size drawing; the first measurement replaces it.
        screen_width: RwSignal::new(640.0),
    };
    view! {
        <div class="explorer">
            <MapPanel map state />
            <PlaceDetails map state />
        </div>
    }
    .into_any()
}
