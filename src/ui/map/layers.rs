//! The SVG layers, bottom to top. Geometry and sizes come from `geo`.

use leptos::prelude::*;

use crate::data::timeline::{status, Status};
use crate::data::{Day, EventKind, PlaceKind};
use crate::geo::features::PlaceFeature;
use crate::geo::labels::{place_labels, LabelBox, PlacedLabel};
use crate::i18n::places::place_summary;
use crate::number::fixed;
use crate::presentation::map_labels::{
    labels_with_selection, map_label_candidates, max_symbol_px, symbol_px, LABEL_PX, MARKER_PX,
};
use crate::state::url::Selection;
use crate::state::Layer;
use crate::ui::map::MapData;
use crate::ui::reader_state::ReaderState;

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

/// A mark on the map that is a button for a place: focusable, named by its figures. Shapes
/// and point markers share it, so every place behaves the same for mouse, keyboard and screen
/// readers. Its input is handled once for the whole map, and its selected and related states
/// are set by one effect (see `selection_marks`), not by closures on every mark.
#[component]
fn PlaceMark(
    map: MapData,
    feature: &'static PlaceFeature,
    class: &'static str,
    d: Signal<String>,
    #[prop(optional)] transform: Option<String>,
    #[prop(optional)] upcoming: Option<Signal<bool>>,
) -> impl IntoView {
    let state = ReaderState::expect();
    view! {
        <path
            d=d
            class=class
            class:is-upcoming=move || upcoming.is_some_and(|u| u.get())
            transform=transform
            data-place=&*feature.id
            tabindex="0"
            role="button"
            aria-pressed="false"
            aria-label=move || place_summary(map.data, feature, state.lang.get())
        ></path>
    }
}

/// Countries, Mexican states and the US–Mexico border. The dataset's places are focusable
/// buttons, in the dataset's order (so Tab follows it); the rest is context. Drawn natively
/// (the build writes the page from it) and in a development build; the release wasm keeps the
/// page's (below).
#[cfg(not(data_from_page))]
#[component]
pub fn BaseLayer(map: MapData) -> impl IntoView {
    use crate::geo::asset::ShapeKind;
    let region = map.region;
    let interactive: Vec<usize> = map.features.iter().filter_map(|f| f.shape).collect();
    // The order the release wasm checks the written layer against (`Region::drawn_by`).
    let shapes = region
        .drawing_order(&interactive)
        .into_iter()
        .filter_map(|index| Some((index, region.shapes.get(index)?)))
        .map(|(index, shape)| {
            let state = shape.kind == ShapeKind::State;
            match map
                .features
                .iter()
                .find(|feature| feature.shape == Some(index))
            {
                Some(feature) => {
                    let class = if state {
                        "shape shape--place shape--state"
                    } else {
                        "shape shape--place"
                    };
                    view! { <PlaceMark map feature class d=Signal::stored(shape.path.clone()) /> }
                        .into_any()
                }
                None => {
                    let class = if state {
                        "shape shape--state-line"
                    } else {
                        "shape shape--context"
                    };
                    view! { <path d=shape.path.clone() class=class aria-hidden="true"></path> }
                        .into_any()
                }
            }
        })
        .collect_view();
    let lang = ReaderState::expect().lang;
    view! {
        // Its language: the places' names are in it, and the release wasm names them again
        // only when the reader's differs.
        <g class="layer-base" lang=move || lang.get().code()>
            {shapes}
            <path d=region.border.clone() class="border-us-mx" aria-hidden="true"></path>
        </g>
    }
}

/// The base layer's group and the networks layer's, as the page writes them and as the
/// release wasm finds them.
pub const WRITTEN_BASE_LAYER: &str = "svg.map > g.layer-base";
/// See [`WRITTEN_BASE_LAYER`].
pub const WRITTEN_NETWORKS_LAYER: &str = "svg.map > g.layer-networks";

/// The base layer in the release wasm: the page wrote its shapes, and `boot::mount_app` puts
/// that group in place of this empty one, as it keeps the tables, so the wasm neither reads
/// the shapes' paths out of the page nor draws them again (issue 21). It names the places'
/// marks again only when the reader's language is not the group's.
#[cfg(data_from_page)]
#[component]
pub fn BaseLayer(map: MapData) -> impl IntoView {
    let state = ReaderState::expect();
    Effect::new(move |_| {
        let lang = state.lang.get();
        let Ok(Some(group)) = document().query_selector(WRITTEN_BASE_LAYER) else {
            return;
        };
        if group.get_attribute("lang").as_deref() == Some(lang.code()) {
            return;
        }
        for mark in crate::ui::elements(group.query_selector_all("[data-place]").ok()) {
            if let Some(feature) = mark
                .get_attribute("data-place")
                .and_then(|id| map.feature(&id))
            {
                let _ = mark.set_attribute("aria-label", &place_summary(map.data, feature, lang));
            }
        }
        let _ = group.set_attribute("lang", lang.code());
    });
    view! { <g class="layer-base"></g> }
}

/// The networks layer in the release wasm: the page's group, kept as the base layer is, shown
/// or hidden with its layer switch.
#[cfg(data_from_page)]
#[component]
pub fn NetworksLayer(map: MapData) -> impl IntoView {
    let _ = map;
    let state = ReaderState::expect();
    Effect::new(move |_| {
        let shown = state.layers.get().shows(Layer::Networks);
        if let Ok(Some(group)) = document().query_selector(WRITTEN_NETWORKS_LAYER) {
            // The presentation attribute, not a style: no inline style for the CSP to allow.
            let _ = if shown {
                group.remove_attribute("display")
            } else {
                group.set_attribute("display", "none")
            };
        }
    });
    view! { <g class="layer-networks" aria-hidden="true"></g> }
}

/// The hatched places where the networks operated (never colour alone: a pattern).
#[cfg(not(data_from_page))]
#[component]
pub fn NetworksLayer(map: MapData) -> impl IntoView {
    let state = ReaderState::expect();
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
pub fn FlightsLayer(map: MapData) -> impl IntoView {
    let state = ReaderState::expect();
    let max_own = crate::geo::features::max_own_flights(map.features);
    let circles = map
        .features
        .iter()
        .filter(|feature| feature.flights.own > 0)
        .filter_map(|feature| Some((feature, feature.anchor?)))
        .map(|(feature, anchor)| {
            let id = &*feature.id;
            let radius = move || {
                symbol_px(feature.flights.own, max_own, state.screen_width.get())
                    / state.px_per_unit()
            };
            view! {
                <circle
                    class="symbol"
                    class:symbol--running=move || state.flights_status.get() == Status::Running
                    data-testid="flight-symbol"
                    data-place=id
                    cx=fixed(anchor.x, 1)
                    cy=fixed(anchor.y, 1)
                    r=move || fixed(radius(), 2)
                ></circle>
            }
        })
        .collect_view();
    let routes = crate::geo::features::route_paths(map.data, map.features);
    let routes = (!routes.is_empty()).then(
        || view! { <path class="flight-routes" data-testid="flight-routes" d=routes></path> },
    );
    view! {
        <g
            class="layer-flights"
            aria-hidden="true"
            style:display=move || {
                let hidden = !state.layers.get().shows(Layer::Flights) || state.flights_status.get() == Status::Upcoming;
                hidden.then_some("none")
            }
        >
            {routes}
            {circles}
        </g>
    }
}

/// Diamonds at the meeting places (the cities where the text puts an event), focusable.
#[component]
pub fn MeetingsLayer(map: MapData) -> impl IntoView {
    let state = ReaderState::expect();
    point_markers(
        map,
        state,
        |place, feature| place.kind == PlaceKind::City && !feature.events.is_empty(),
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
pub fn CrossingLayer(map: MapData) -> impl IntoView {
    let state = ReaderState::expect();
    view! {
        // The region is an approximate area of fixed geographic size (nine map units,
        // about 70 km), drawn like the markers so it is focusable and selectable the same way.
        {point_markers(map, state, |place, _| place.kind == PlaceKind::Region, Layer::Crossing, "marker region-area", |_| {
            "M-9 0a9 9 0 1 0 18 0a9 9 0 1 0 -18 0Z".to_owned()
        })}
        {point_markers(map, state, |place, _| place.kind == PlaceKind::Site, Layer::Crossing, "marker marker--crossing", |size| {
            let (s, n) = (fixed(size, 2), fixed(-size, 2));
            format!("M0 {n}L{s} {s}L{n} {s}Z")
        })}
    }
}

/// Small circles at the places flights left from (with no event there), focusable.
pub fn origins_layer(map: MapData) -> impl IntoView {
    let state = ReaderState::expect();
    let origin = |_: &crate::data::Place, feature: &PlaceFeature| {
        !feature.departures.is_empty() && feature.events.is_empty()
    };
    // Nothing at all (not even the group) for a statement that names no origins.
    let any = map.features.iter().any(|feature| {
        map.data
            .place(&feature.id)
            .is_some_and(|place| origin(place, feature))
    });
    any.then(|| {
        point_markers(
            map,
            state,
            origin,
            Layer::Flights,
            "marker marker--origin",
            |size| {
                let (r, d) = (fixed(size * 0.6, 2), fixed(size * 1.2, 2));
                format!("M-{r} 0a{r} {r} 0 1 0 {d} 0a{r} {r} 0 1 0 -{d} 0Z")
            },
        )
    })
}

/// Focusable point markers for the places `keep` picks, drawn by `shape(size)` around (0, 0).
fn point_markers(
    map: MapData,
    state: ReaderState,
    keep: fn(&crate::data::Place, &PlaceFeature) -> bool,
    layer: Layer,
    class: &'static str,
    shape: fn(f64) -> String,
) -> impl IntoView {
    let markers = map
        .features
        .iter()
        .filter(|feature| map.data.place(&feature.id).is_some_and(|p| keep(p, feature)))
        .filter_map(|feature| Some((feature, feature.anchor?)))
        .map(move |(feature, anchor)| {
            let id = &*feature.id;
            view! {
                <PlaceMark
                    map
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

/// Names (and flight counts) of the places on the map. Every destination and the selected
/// place keep theirs at every size (moved with a leader line where labels collide); the
/// others are dropped where they would collide at the current size and zoom.
#[component]
pub fn LabelsLayer(map: MapData) -> impl IntoView {
    let state = ReaderState::expect();
    let place = move |selected: Option<&str>| {
        let candidates = map_label_candidates(
            map.data,
            map.features,
            state.lang.get(),
            state.layers.get(),
            state.px_per_unit(),
            max_symbol_px(state.screen_width.get()),
            state.flights_status.get(),
            selected,
        );
        let view = state.view.get();
        let frame = LabelBox {
            x: view.x,
            y: view.y,
            width: view.width,
            height: view.height,
        };
        place_labels(&candidates, LABEL_PX, state.px_per_unit(), frame)
    };
    let unselected = Memo::new(move |_| place(None));
    // Equal to the last labels for a place that has its label without a selection: the memo
    // then tells nobody, and the labels are not drawn again.
    let placed = Memo::new(move |_| {
        let selected = state.selection.with(|selection| match selection {
            Some(Selection::Place(id)) => Some(id.clone()),
            _ => None,
        });
        unselected.with(|unselected| {
            labels_with_selection(unselected, selected.as_deref(), |id| place(Some(id)))
        })
    });
    drawn_labels(placed, state)
}

/// The labels drawn by the view: natively (the build writes the page from it) and in a
/// development build.
#[cfg(not(data_from_page))]
fn drawn_labels(placed: Memo<Vec<PlacedLabel>>, state: ReaderState) -> impl IntoView {
    view! {
        <g class="layer-labels" aria-hidden="true">
            {move || {
                let font = LABEL_PX / state.px_per_unit();
                placed
                    .get()
                    .into_iter()
                    .map(|label| {
                        let leader = label.leader.map(|(from, to)| view! {
                            <line
                                class="label-leader"
                                data-leader=label.id.clone()
                                x1=fixed(from.x, 1)
                                y1=fixed(from.y, 1)
                                x2=fixed(to.x, 1)
                                y2=fixed(to.y, 1)
                            ></line>
                        });
                        view! {
                            {leader}
                            <text
                                class="label"
                                data-label=label.id
                                x=fixed(label.at.x, 1)
                                y=fixed(label.at.y, 1)
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

/// The labels in the release wasm: the same elements as the view's, but only the labels that
/// change are taken away and drawn again ([`label_edits`]): redrawn by the view, a timeline step
/// that changes the flights' state rewrote the attributes of every label in order, a third to a
/// half of them to the values they had.
#[cfg(data_from_page)]
fn drawn_labels(placed: Memo<Vec<PlacedLabel>>, state: ReaderState) -> impl IntoView {
    use crate::presentation::map_labels::label_edits;
    // What the group shows: the labels and their font size (the effect's own, not a signal).
    let mut drawn: Vec<PlacedLabel> = Vec::new();
    let mut drawn_font = String::new();
    Effect::new(move |_| {
        let next = placed.get();
        let font = fixed(LABEL_PX / state.px_per_unit(), 2);
        // Found by its class, not a node reference: a reference to a group is one more
        // element type compiled in. The release wasm draws one map.
        let Ok(Some(group)) = document().query_selector("svg.map > .layer-labels") else {
            return;
        };
        // A new size changes every label's font: all are drawn again.
        if font != drawn_font {
            group.set_inner_html("");
            drawn.clear();
        }
        let (gone, new) = label_edits(&drawn, &next);
        for id in gone {
            let selector = format!("[data-label=\"{id}\"],[data-leader=\"{id}\"]");
            for element in crate::ui::elements(group.query_selector_all(&selector).ok()) {
                element.remove();
            }
        }
        for label in new {
            if let Some((from, to)) = label.leader {
                svg_child(
                    &group,
                    "line",
                    &[
                        ("class", "label-leader"),
                        ("data-leader", &label.id),
                        ("x1", &fixed(from.x, 1)),
                        ("y1", &fixed(from.y, 1)),
                        ("x2", &fixed(to.x, 1)),
                        ("y2", &fixed(to.y, 1)),
                    ],
                );
            }
            if let Some(text) = svg_child(
                &group,
                "text",
                &[
                    ("class", "label"),
                    ("data-label", &label.id),
                    ("x", &fixed(label.at.x, 1)),
                    ("y", &fixed(label.at.y, 1)),
                    ("font-size", &font),
                    ("text-anchor", "middle"),
                    ("dominant-baseline", "middle"),
                ],
            ) {
                text.set_text_content(Some(&label.text));
            }
        }
        drawn = next;
        drawn_font = font;
    });
    view! { <g class="layer-labels" aria-hidden="true"></g> }
}

/// A new SVG element `name` with `attributes`, appended to `parent`.
#[cfg(data_from_page)]
fn svg_child(
    parent: &web_sys::Element,
    name: &str,
    attributes: &[(&str, &str)],
) -> Option<web_sys::Element> {
    let element = document()
        .create_element_ns(Some("http://www.w3.org/2000/svg"), name)
        .ok()?;
    for (attribute, value) in attributes {
        let _ = element.set_attribute(attribute, value);
    }
    parent.append_child(&element).ok()?;
    Some(element)
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

/// Marks the selected place's marks `is-selected` (and `aria-pressed`), and the places of the
/// selected event `is-related`, touching only the marks whose state changes: one effect for
/// the whole map instead of four closures on every mark, re-run on every selection.
pub fn selection_marks(map: MapData, state: ReaderState, svg: NodeRef<leptos::svg::Svg>) {
    Effect::new(move |_| {
        let Some(svg) = svg.get() else {
            return;
        };
        let (selected, related): (Option<String>, &[crate::data::Str]) =
            state.selection.with(|selection| match selection {
                Some(Selection::Place(id)) => (Some(id.clone()), &[][..]),
                Some(Selection::Event(id)) => (
                    None,
                    map.data
                        .event(id)
                        .map_or(&[][..], |event| &event.places[..]),
                ),
                None => (None, &[][..]),
            });
        let each = |selector: &str, apply: &dyn Fn(&web_sys::Element)| {
            for element in crate::ui::elements(svg.query_selector_all(selector).ok()) {
                apply(&element);
            }
        };
        each(".is-selected, .is-related", &|element| {
            let _ = element.class_list().remove_2("is-selected", "is-related");
            if element.has_attribute("aria-pressed") {
                let _ = element.set_attribute("aria-pressed", "false");
            }
        });
        if let Some(id) = selected {
            each(&format!("[data-place=\"{id}\"]"), &|element| {
                let _ = element.class_list().add_1("is-selected");
                if element.has_attribute("aria-pressed") {
                    let _ = element.set_attribute("aria-pressed", "true");
                }
            });
        }
        for id in related {
            each(&format!("[data-place=\"{id}\"]"), &|element| {
                let _ = element.class_list().add_1("is-related");
            });
        }
    });
}
