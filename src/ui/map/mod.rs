//! The map: an SVG of the region with the dataset's layers, zoom and pan that never hijack
//! the article's scroll, a legend with layer switches, and the off-map callout.
//!
//! Geometry, symbol sizes, label placement and the view box are computed in `geo`; these
//! components only bind them to the DOM.

mod controls;
mod details;
mod layers;

#[cfg(not(target_arch = "wasm32"))]
pub use details::every_body;
pub use details::PlaceDetails;
pub use layers::{WRITTEN_BASE_LAYER, WRITTEN_NETWORKS_LAYER};

use leptos::prelude::*;

use crate::ui::tr;
use wasm_bindgen::JsCast;

use crate::data::Dataset;
use crate::geo::features::PlaceFeature;
use crate::geo::gestures::{self, Gesture, Gestures, KeyAction};
use crate::geo::{Point, Region, ViewBox};
use crate::i18n::{facts, Text};
use crate::number::fixed;
use crate::ui::parts::DisclosureButton;
use crate::ui::reader_state::{Hover, ReaderState};

/// The map's data, built once and shared by every map component.
#[derive(Clone, Copy)]
pub struct MapData {
    /// The dataset.
    pub data: &'static Dataset,
    /// The decoded region.
    pub region: &'static Region,
    /// One feature per dataset place, in the dataset's order.
    pub features: &'static [PlaceFeature],
}

impl MapData {
    /// The feature of a place.
    pub fn feature(&self, id: &str) -> Option<&'static PlaceFeature> {
        self.features.iter().find(|feature| feature.id == id)
    }

    /// The whole frame.
    pub fn full_view(&self) -> ViewBox {
        ViewBox::full(self.region.width, self.region.height)
    }
}

/// The map figure with its controls, legend, callout and notes.
#[component]
pub fn MapPanel(
    /// The map's data.
    map: MapData,
) -> impl IntoView {
    let state = ReaderState::expect();
    let lang = state.lang;
    let svg_ref = NodeRef::<leptos::svg::Svg>::new();
    let figure_ref = NodeRef::<leptos::html::Div>::new();
    // The wheel zooms only once the reader has engaged the map (or holds Ctrl/⌘), so an
    // embedded map never traps the article's scroll.
    let wheel_active = RwSignal::new(false);
    let show_wheel_hint = RwSignal::new(false);
    let hint_timer = StoredValue::new_local(None::<gloo::timers::callback::Timeout>);
    let gestures = StoredValue::new(Gestures::default());

    let measure = move || {
        if let Some(svg) = svg_ref.get_untracked() {
            let width = svg.get_bounding_client_rect().width();
            if width > 0.0 {
                state.screen_width.set(width);
            }
        }
    };
    // A ResizeObserver, not a one-off measurement or the window's resize: a frame that starts
    // hidden (a tab, an accordion) measures 0 until it is shown, then reports its real width.
    // Its first report comes with the first frame's layout, before that frame is painted: no
    // measurement here, which would lay the whole new page out inside the start-up task (a
    // sixth of it at 4x CPU; issue 21).
    let observer = StoredValue::new_local(None::<web_sys::ResizeObserver>);
    Effect::new(move |_| {
        let Some(svg) = svg_ref.get() else {
            return;
        };
        let callback = wasm_bindgen::closure::Closure::<dyn FnMut(wasm_bindgen::JsValue)>::new(
            move |_: wasm_bindgen::JsValue| measure(),
        );
        if let Ok(resize) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
            resize.observe(&svg);
            observer.set_value(Some(resize));
        }
        // Lives as long as the observer, which lives as long as the map.
        callback.forget();
    });
    on_cleanup(move || {
        if let Some(resize) = observer.try_get_value().flatten() {
            resize.disconnect();
        }
    });

    let full = map.full_view();
    let zoom_by = move |factor: f64, anchor: Option<Point>| {
        state.view.update(|view| {
            let anchor = anchor.unwrap_or_else(|| view.center());
            *view = view.zoomed(factor, anchor, &full);
        });
    };
    let screen_to_map = move |client_x: f64, client_y: f64| -> Option<Point> {
        let svg = svg_ref.get_untracked()?;
        let rect = svg.get_bounding_client_rect();
        Some(state.view.get_untracked().to_map(
            client_x - rect.left(),
            client_y - rect.top(),
            rect.width(),
        ))
    };

    // The drawing's input is handled on the figure around it (so the drawing stays the same
    // component the images render), for events that start on the drawing.
    let on_drawing = |event: &web_sys::Event| {
        event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
            .and_then(|target| target.closest("svg.map").ok().flatten())
            .is_some()
    };
    let on_wheel = move |event: web_sys::WheelEvent| {
        if !on_drawing(&event) {
            return;
        }
        if !(event.ctrl_key() || event.meta_key() || wheel_active.get_untracked()) {
            show_wheel_hint.set(true);
            // One timer, restarted by each wheel event (dropping the old one cancels it).
            hint_timer.set_value(Some(gloo::timers::callback::Timeout::new(
                2500,
                move || show_wheel_hint.set(false),
            )));
            return;
        }
        event.prevent_default();
        zoom_by(
            gestures::wheel_factor(event.delta_y()),
            screen_to_map(f64::from(event.client_x()), f64::from(event.client_y())),
        );
    };

    let on_pointer_down = move |event: web_sys::PointerEvent| {
        if !on_drawing(&event) {
            return;
        }
        wheel_active.set(true);
        gestures.update_value(|g| g.down(event.pointer_id(), event.client_x(), event.client_y()));
    };
    let on_pointer_move = move |event: web_sys::PointerEvent| {
        let Some(change) = gestures
            .try_update_value(|g| g.moved(event.pointer_id(), event.client_x(), event.client_y()))
            .flatten()
        else {
            return;
        };
        // Capture only once a drag has begun: capturing on pointerdown would retarget the
        // click to the map itself, and a plain click on a country would select nothing.
        if let Some(target) = event
            .current_target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        {
            let _ = target.set_pointer_capture(event.pointer_id());
        }
        let px_to_units =
            state.view.get_untracked().width / state.screen_width.get_untracked().max(1.0);
        match change {
            Gesture::Pan { dx, dy } => {
                state.view.update(|view| {
                    *view = view.panned(-dx * px_to_units, -dy * px_to_units, &full)
                });
            }
            Gesture::Pinch {
                factor,
                center_x,
                center_y,
            } => {
                zoom_by(factor, screen_to_map(center_x, center_y));
            }
        }
    };
    let on_pointer_up = move |event: web_sys::PointerEvent| {
        gestures.update_value(|g| g.up(event.pointer_id()));
    };
    let on_click_capture = move |event: web_sys::MouseEvent| {
        // A drag ends with a click on whatever was under the pointer: it is not a selection.
        if gestures.with_value(|g| g.dragged) {
            event.stop_propagation();
            gestures.update_value(|g| g.dragged = false);
        }
    };

    // Every place mark's input, handled once for the whole drawing (events bubble up from the
    // mark under the pointer or with focus) instead of six handlers on every mark.
    let place_mark = |event: &web_sys::Event| -> Option<(String, web_sys::Element)> {
        let target = event.target()?.dyn_into::<web_sys::Element>().ok()?;
        let mark = target.closest("[data-place]").ok()??;
        Some((mark.get_attribute("data-place")?, mark))
    };
    // The tooltip at the pointer, or at the mark's centre when it has focus; px in the drawing.
    let show_tooltip = move |id: String, mark: &web_sys::Element, client: Option<(f64, f64)>| {
        let Some(svg) = svg_ref.get_untracked() else {
            return;
        };
        let frame = svg.get_bounding_client_rect();
        let (x, y) = client.unwrap_or_else(|| {
            let rect = mark.get_bounding_client_rect();
            (
                rect.left() + rect.width() / 2.0,
                rect.top() + rect.height() / 2.0,
            )
        });
        state.hover.set(Some(Hover {
            place: id,
            x: x - frame.left(),
            y: y - frame.top(),
        }));
    };
    let on_mark_click = move |event: web_sys::MouseEvent| {
        if !on_drawing(&event) {
            return;
        }
        if let Some((id, _)) = place_mark(&event) {
            state.toggle(&id);
        }
    };
    let on_mark_move =
        move |event: web_sys::MouseEvent| match place_mark(&event).filter(|_| on_drawing(&event)) {
            Some((id, mark)) => show_tooltip(
                id,
                &mark,
                Some((f64::from(event.client_x()), f64::from(event.client_y()))),
            ),
            None => {
                if state.hover.with_untracked(Option::is_some) {
                    state.hover.set(None);
                }
            }
        };
    let on_mark_focus = move |event: web_sys::FocusEvent| {
        if let Some((id, mark)) = place_mark(&event) {
            show_tooltip(id, &mark, None);
        }
    };
    layers::selection_marks(map, state, svg_ref);

    let on_key = move |event: web_sys::KeyboardEvent| {
        if gestures::selects(&event.key()) {
            if let Some((id, _)) = place_mark(&event) {
                event.prevent_default();
                state.toggle(&id);
                return;
            }
        }

        let Some(action) = KeyAction::of_key(&event.key()) else {
            return;
        };
        event.prevent_default();
        if action == KeyAction::Release {
            state.selection.set(None);
            state.hover.set(None);
            wheel_active.set(false);
        } else {
            state.view.update(|view| *view = action.apply(*view, &full));
        }
    };

    let tooltip = move || {
        let Hover { place: id, x, y } = state.hover.get()?;
        let feature = map.feature(&id)?;
        let text = crate::i18n::places::place_summary(map.data, feature, lang.get());
        Some(view! {
            <div class="map-tooltip" role="presentation" style:left=format!("{}px", fixed(x, 0)) style:top=format!("{}px", fixed(y, 0))>
                {text}
            </div>
        })
    };

    // In an embed at phone widths the legend folds behind this button, over the map.
    let legend_open = RwSignal::new(false);
    view! {
        <section
            class="map-panel"
            aria-labelledby="map-heading"
            // The drawing's width over its height: the compact embed sizes the map from it.
            style:--map-ratio=fixed(map.region.width / map.region.height, 4)
        >
            <h2 id="map-heading" class="visually-hidden">{tr(lang, Text::MapLabel)}</h2>
            <div class="map-main">
                <DisclosureButton open=legend_open controls="legend" class="button button--quiet legend-toggle" test_id="legend-toggle">
                    {tr(lang, Text::LegendHeading)}
                </DisclosureButton>
                <controls::ZoomControls map />
                <div
                    class="map-figure"
                    node_ref=figure_ref
                    on:keydown=on_key
                    // On the figure, not the drawing: Chrome makes an SVG element with focus
                    // listeners a Tab stop of its own.
                    on:focusin=on_mark_focus
                    on:focusout=move |_| state.hover.set(None)
                    on:mouseleave=move |_| {
                        wheel_active.set(false);
                        state.hover.set(None);
                    }
                    on:wheel=on_wheel
                    on:pointerdown=on_pointer_down
                    on:pointermove=on_pointer_move
                    on:pointerup=on_pointer_up
                    on:pointercancel=on_pointer_up
                    on:click:capture=on_click_capture
                    on:click=on_mark_click
                    on:mousemove=on_mark_move
                >
                    <MapDrawing map svg_ref />
                    {tooltip}
                    <p class="map-hint" class:map-hint--visible=move || show_wheel_hint.get() aria-hidden="true">
                        {tr(lang, Text::WheelHint)}
                    </p>
                    <controls::OffMapCallout map />
                </div>
                <p class="map-note map-note--status" data-testid="map-status" aria-live="polite">
                    {move || facts::map_status(map.data, state.flights_status.get(), lang.get())}
                </p>
                {map.data.flights.as_ref().map(|flights| view! {
                    <p class="map-note">{move || flights.not_in_source.get(lang.get())}</p>
                })}
                <p class="map-note map-note--keys">{tr(lang, Text::KeyboardHint)}</p>
                <p id="map-summary" class="visually-hidden">
                    {move || crate::i18n::places::map_summary(map.data, map.features, lang.get())}
                </p>
                <controls::Legend map open=legend_open />
            </div>
            <PlaceDetails data=map.data features=map.features />
        </section>
    }
}

/// The drawing itself: the region and every layer at the reader's view. The page's map and
/// the images written at build time (`crate::prerender`) both render this component; the map
/// panel handles its input on the figure around it.
#[component]
pub fn MapDrawing(
    /// The map's data.
    map: MapData,
    /// The `<svg>` element, for measuring it and mapping pointer positions.
    svg_ref: NodeRef<leptos::svg::Svg>,
) -> impl IntoView {
    let state = ReaderState::expect();
    let lang = state.lang;
    view! {
        <svg
            node_ref=svg_ref
            class="map"
            data-testid="map"
            role="group"
            aria-label=tr(lang, Text::MapLabel)
            aria-describedby="map-summary"
            viewBox=move || state.view.get().attribute()
            // Set through the CSSOM (not a style attribute) so a strict CSP allows it;
            // reserving the aspect ratio means no layout shift when the map appears.
            style:aspect-ratio=format!("{} / {}", fixed(map.region.width, 0), fixed(map.region.height, 0))
        >
            <layers::Defs />
            <rect class="sea" x="0" y="0" width=fixed(map.region.width, 1) height=fixed(map.region.height, 1)></rect>
            <layers::BaseLayer map />
            <layers::NetworksLayer map />
            <layers::CrossingLayer map />
            <layers::FlightsLayer map />
            <layers::MeetingsLayer map />
            {layers::origins_layer(map)}
            <layers::LabelsLayer map />
        </svg>
    }
}
