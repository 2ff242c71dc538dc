//! The SVG layers, bottom to top. Geometry and sizes come from `geo`.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::data::timeline::{status, Status};
use crate::data::{Day, EventKind, PlaceKind};
use crate::geo::asset::ShapeKind;
use crate::geo::features::PlaceFeature;
use crate::geo::labels::{place_labels, LabelBox};
use crate::geo::path::fixed;
use crate::i18n::places::place_summary;
use crate::presentation::map_labels::{
    map_label_candidates, max_symbol_px, symbol_px, LABEL_PX, MARKER_PX,
};
use crate::state::Layer;
use crate::ui::map::{MapData, MapState};

/// The hatching of the networks layer and the symbols' shared definitions.
#[component]
pub fn Defs() -> impl IntoView {
    view! {
        <defs>
            <pattern id="hatch" patternUnits="userSpaceOnUse" width="5" height="5" patternTransform="rotate(45)">
                <rect width="5" height="5" class="hatch-bg"></rect>
                <line x1="0" y1="0" x2="0" y2="5" class="hatch-line"></line>
            </pattern>
        </defs>
    }
}

/// The handlers every selectable mark carries: click or Enter/Space selects, hover or focus
/// shows the tooltip.
#[derive(Clone, Copy)]
struct Select {
    state: MapState,
    id: &'static str,
}

impl Select {
    fn click(self) -> impl Fn(web_sys::MouseEvent) + 'static {
        move |_| self.state.toggle(self.id)
    }

    fn keydown(self) -> impl Fn(web_sys::KeyboardEvent) + 'static {
        move |event| {
            if event.key() == "Enter" || event.key() == " " {
                event.prevent_default();
                self.state.toggle(self.id);
            }
        }
    }

    fn mousemove(self) -> impl Fn(web_sys::MouseEvent) + 'static {
        move |event| {
            let client = (f64::from(event.client_x()), f64::from(event.client_y()));
            self.show_tooltip(&event, Some(client));
        }
    }

    fn focus(self) -> impl Fn(web_sys::FocusEvent) + 'static {
        move |event| self.show_tooltip(&event, None)
    }

    fn mouseleave(self) -> impl Fn(web_sys::MouseEvent) + 'static {
        move |_| self.state.hover.set(None)
    }

    fn blur(self) -> impl Fn(web_sys::FocusEvent) + 'static {
        move |_| self.state.hover.set(None)
    }

    /// Places the tooltip at the pointer, or at the mark's centre when it has focus.
    fn show_tooltip(self, event: &web_sys::Event, client: Option<(f64, f64)>) {
        let Some(element) = event
            .current_target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        else {
            return;
        };
        let Some(figure) = element.closest(".map-figure").ok().flatten() else {
            return;
        };
        let frame = figure.get_bounding_client_rect();
        let (x, y) = client.unwrap_or_else(|| {
            let rect = element.get_bounding_client_rect();
            (
                rect.left() + rect.width() / 2.0,
                rect.top() + rect.height() / 2.0,
            )
        });
        self.state.hover.set(Some((
            self.id.to_owned(),
            x - frame.left(),
            y - frame.top(),
        )));
    }
}

/// A mark on the map that is a button for a place: focusable, named by its figures, pressed
/// when selected, outlined when it takes part in the selected event. Shapes and point markers
/// share it, so every place behaves the same for mouse, keyboard and screen readers.
#[component]
fn PlaceMark(
    map: MapData,
    state: MapState,
    feature: &'static PlaceFeature,
    class: &'static str,
    d: Signal<String>,
    #[prop(optional)] transform: Option<String>,
    #[prop(optional)] upcoming: Option<Signal<bool>>,
) -> impl IntoView {
    let select = Select {
        state,
        id: &feature.id,
    };
    let id = &*feature.id;
    view! {
        <path
            d=d
            class=class
            class:is-selected=move || state.is_selected(id)
            class:is-related=move || state.is_related(map, id)
            class:is-upcoming=move || upcoming.is_some_and(|u| u.get())
            transform=transform
            data-place=id
            tabindex="0"
            role="button"
            aria-pressed=move || if state.is_selected(id) { "true" } else { "false" }
            aria-label=move || place_summary(map.data, feature, state.lang.get())
            on:click=select.click()
            on:keydown=select.keydown()
            on:mousemove=select.mousemove()
            on:mouseleave=select.mouseleave()
            on:focus=select.focus()
            on:blur=select.blur()
        ></path>
    }
}

/// Countries, Mexican states and the US–Mexico border. The dataset's places are focusable
/// buttons, in the dataset's order (so Tab follows it); the rest is context.
#[component]
pub fn BaseLayer(map: MapData, state: MapState) -> impl IntoView {
    let region = map.region;
    let interactive: Vec<usize> = map.features.iter().filter_map(|f| f.shape).collect();
    let context = |kind: ShapeKind, class: &'static str| {
        region
            .shapes
            .iter()
            .enumerate()
            .filter(|(index, shape)| shape.kind == kind && !interactive.contains(index))
            .map(|(_, shape)| view! { <path d=shape.path.clone() class=class aria-hidden="true"></path> })
            .collect_view()
    };
    let selectable_shapes = |kind: ShapeKind| {
        map.features
            .iter()
            .filter_map(|feature| Some((feature, region.shapes.get(feature.shape?)?)))
            .filter(|(_, shape)| shape.kind == kind)
            .map(|(feature, shape)| {
                let class = if kind == ShapeKind::State {
                    "shape shape--place shape--state"
                } else {
                    "shape shape--place"
                };
                view! { <PlaceMark map state feature class d=Signal::stored(shape.path.clone()) /> }
            })
            .collect_view()
    };
    view! {
        <g class="layer-base">
            {context(ShapeKind::Country, "shape shape--context")}
            {selectable_shapes(ShapeKind::Country)}
            {context(ShapeKind::State, "shape shape--state-line")}
            {selectable_shapes(ShapeKind::State)}
            <path d=region.shared_border("US", "MX") class="border-us-mx" aria-hidden="true"></path>
        </g>
    }
}

/// The hatched places where the networks operated (never colour alone: a pattern).
#[component]
pub fn NetworksLayer(map: MapData, state: MapState) -> impl IntoView {
    let paths = map
        .features
        .iter()
        .filter(|feature| feature.in_networks)
        .filter_map(|feature| map.region.shapes.get(feature.shape?))
        .map(|shape| view! { <path d=shape.path.clone() class="networks" data-testid="network-area"></path> })
        .collect_view();
    view! {
        <g class="layer-networks" aria-hidden="true" style:display=move || (!state.layers.get().shows(Layer::Networks)).then_some("none")>
            {paths}
        </g>
    }
}

/// Proportional circles at each destination on the map.
#[component]
pub fn FlightsLayer(map: MapData, state: MapState) -> impl IntoView {
    let max_own = crate::geo::features::max_own_flights(map.features);
    let circles = map
        .features
        .iter()
        .filter(|feature| feature.flights.own > 0)
        .filter_map(|feature| Some((feature, feature.anchor?)))
        .map(|(feature, anchor)| {
            let select = Select {
                state,
                id: &feature.id,
            };
            let id = &*feature.id;
            let radius = move || {
                symbol_px(feature.flights.own, max_own, state.screen_width.get())
                    / state.px_per_unit()
            };
            view! {
                <circle
                    class="symbol"
                    class:symbol--selected=move || state.is_selected(id)
                    class:symbol--related=move || state.is_related(map, id)
                    class:symbol--running=move || state.flights_status.get() == Status::Running
                    data-testid="flight-symbol"
                    data-place=id
                    cx=fixed(anchor.x, 1)
                    cy=fixed(anchor.y, 1)
                    r=move || fixed(radius(), 2)
                    on:click=select.click()
                    on:mousemove=select.mousemove()
                    on:mouseleave=select.mouseleave()
                ></circle>
            }
        })
        .collect_view();
    view! {
        <g
            class="layer-flights"
            aria-hidden="true"
            style:display=move || {
                let hidden = !state.layers.get().shows(Layer::Flights) || state.flights_status.get() == Status::Upcoming;
                hidden.then_some("none")
            }
        >
            {circles}
        </g>
    }
}

/// Diamonds at the meeting places (the cities of the dataset), focusable.
#[component]
pub fn MeetingsLayer(map: MapData, state: MapState) -> impl IntoView {
    point_markers(
        map,
        state,
        PlaceKind::City,
        Layer::Meetings,
        "marker marker--meeting",
        |size| {
            let (s, n) = (fixed(size, 2), fixed(-size, 2));
            format!("M0 {n}L{s} 0L0 {s}L{n} 0Z")
        },
    )
}

/// The crossing (a triangle) and the Cali-Baja region (an approximate dashed circle).
#[component]
pub fn CrossingLayer(map: MapData, state: MapState) -> impl IntoView {
    view! {
        // The region is an approximate area of fixed geographic size (nine map units,
        // about 70 km), drawn like the markers so it is focusable and selectable the same way.
        {point_markers(map, state, PlaceKind::Region, Layer::Crossing, "marker region-area", |_| {
            "M-9 0a9 9 0 1 0 18 0a9 9 0 1 0 -18 0Z".to_owned()
        })}
        {point_markers(map, state, PlaceKind::Site, Layer::Crossing, "marker marker--crossing", |size| {
            let (s, n) = (fixed(size, 2), fixed(-size, 2));
            format!("M0 {n}L{s} {s}L{n} {s}Z")
        })}
    }
}

/// Focusable point markers for the places of `kind`, drawn by `shape(size)` around (0, 0).
fn point_markers(
    map: MapData,
    state: MapState,
    kind: PlaceKind,
    layer: Layer,
    class: &'static str,
    shape: fn(f64) -> String,
) -> impl IntoView {
    let markers = map
        .features
        .iter()
        .filter(|feature| map.data.place(&feature.id).is_some_and(|p| p.kind == kind))
        .filter_map(|feature| Some((feature, feature.anchor?)))
        .map(move |(feature, anchor)| {
            let id = &*feature.id;
            view! {
                <PlaceMark
                    map
                    state
                    feature
                    class
                    d=Signal::derive(move || shape(MARKER_PX / state.px_per_unit()))
                    transform=format!("translate({} {})", fixed(anchor.x, 1), fixed(anchor.y, 1))
                    upcoming=Signal::derive(move || held_by(map, id, state.date.get()) == Some(false))
                />
            }
        })
        .collect_view();
    view! {
        <g style:display=move || (!state.layers.get().shows(layer)).then_some("none")>{markers}</g>
    }
}

/// Names (and flight counts) of the places on the map, dropped where they would collide at
/// the current size and zoom.
#[component]
pub fn LabelsLayer(map: MapData, state: MapState) -> impl IntoView {
    let candidates = move || {
        map_label_candidates(
            map.data,
            map.features,
            state.lang.get(),
            state.layers.get(),
            state.px_per_unit(),
            max_symbol_px(state.screen_width.get()),
            state.flights_status.get(),
        )
    };
    let placed = Memo::new(move |_| {
        let candidates = candidates();
        let view = state.view.get();
        let frame = LabelBox {
            x: view.x,
            y: view.y,
            width: view.width,
            height: view.height,
        };
        let kept = place_labels(&candidates, LABEL_PX, state.px_per_unit(), frame);
        candidates
            .into_iter()
            .filter(|c| kept.contains(&c.id))
            .collect::<Vec<_>>()
    });
    view! {
        <g class="layer-labels" aria-hidden="true">
            {move || {
                let font = LABEL_PX / state.px_per_unit();
                placed
                    .get()
                    .into_iter()
                    .map(|label| {
                        view! {
                            <text
                                class="label"
                                data-label=label.id
                                x=fixed(label.anchor.x, 1)
                                y=fixed(label.anchor.y, 1)
                                font-size=fixed(font, 2)
                                text-anchor="middle"
                                dominant-baseline="middle"
                            >
                                {label.text}
                            </text>
                        }
                    })
                    .collect_view()
            }}
        </g>
    }
}

/// Whether the meetings at place `id` had been held by `day`: `None` if it has none.
fn held_by(map: MapData, id: &str, day: Day) -> Option<bool> {
    let meetings: Vec<_> = map
        .data
        .events_at(id)
        .filter(|event| matches!(event.kind, EventKind::Meeting | EventKind::Statement))
        .collect();
    (!meetings.is_empty()).then(|| {
        meetings
            .iter()
            .any(|event| status(event, day) == Status::Done)
    })
}
