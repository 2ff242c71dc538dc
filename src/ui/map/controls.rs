//! Zoom buttons, the legend with its layer switches, and the off-map callout.

use leptos::prelude::*;

use crate::ui::tr;

use crate::geo::symbols;
use crate::geo::view::ZOOM_STEP;
use crate::i18n::places::place_summary;
use crate::i18n::{self, facts, Text};
use crate::number::fixed;
use crate::presentation::map_labels::{max_symbol_px, symbol_px};
use crate::state::url::Selection;
use crate::state::Layer;
use crate::ui::map::MapData;
use crate::ui::parts::SelectButton;
use crate::ui::reader_state::ReaderState;

/// + / − / reset, each a real button with a name.
#[component]
pub fn ZoomControls(map: MapData) -> impl IntoView {
    let state = ReaderState::expect();
    let lang = state.lang;
    let full = map.full_view();
    let zoom = move |factor: f64| {
        state
            .view
            .update(|view| *view = view.zoomed(factor, view.center(), &full));
    };
    view! {
        <div class="map-controls" role="toolbar" aria-label=tr(lang, Text::MapLabel)>
            <button type="button" class="icon-button" on:click=move |_| zoom(ZOOM_STEP)
                aria-label=tr(lang, Text::ZoomIn) title=tr(lang, Text::ZoomIn)>
                <span aria-hidden="true">"+"</span>
            </button>
            <button type="button" class="icon-button" on:click=move |_| zoom(1.0 / ZOOM_STEP)
                aria-label=tr(lang, Text::ZoomOut) title=tr(lang, Text::ZoomOut)>
                <span aria-hidden="true">"−"</span>
            </button>
            <button type="button" class="icon-button icon-button--wide" data-testid="reset-view" on:click=move |_| state.view.set(full)>
                // The compact embed shows the icon and keeps the words for screen readers.
                <svg class="icon map-controls__reset-icon" viewBox="0 0 16 16" aria-hidden="true">
                    <path d="M1 1h5v2H3v3H1zM10 1h5v5h-2V3h-3zM1 10h2v3h3v2H1zM13 10h2v5h-5v-2h3z"></path>
                </svg>
                <span class="map-controls__reset-label">{tr(lang, Text::ResetView)}</span>
            </button>
        </div>
    }
}

/// The legend: one switch per layer with its key, and reference sizes for the symbols.
#[component]
pub fn Legend(
    map: MapData,
    /// Whether the reader unfolded it (the compact embed folds it at phone widths).
    open: RwSignal<bool>,
) -> impl IntoView {
    let state = ReaderState::expect();
    let lang = state.lang;
    let data = map.data;
    let max_own = crate::geo::features::max_own_flights(map.features);
    // The same scale as the map's circles at the drawing's current width.
    let box_px = move || 2.0 * max_symbol_px(state.screen_width.get()) + 4.0;
    let reference_sizes = symbols::legend_values(max_own)
        .into_iter()
        .map(|value| {
            let radius = move || symbol_px(value, max_own, state.screen_width.get());
            view! {
                <li class="legend__size">
                    <svg
                        width=move || fixed(box_px(), 1)
                        height=move || fixed(box_px(), 1)
                        viewBox=move || format!("0 0 {0} {0}", fixed(box_px(), 1))
                        aria-hidden="true"
                    >
                        <circle
                            class="symbol"
                            data-testid="legend-circle"
                            data-value=value
                            cx=move || fixed(box_px() / 2.0, 2)
                            cy=move || fixed(box_px() - radius() - 2.0, 2)
                            r=move || fixed(radius(), 2)
                        ></circle>
                    </svg>
                    <span>{move || i18n::flights_count(value, lang.get())}</span>
                </li>
            }
        })
        .collect_view();
    let switch = move |layer: Layer,
                       name: Signal<String>,
                       key: AnyView,
                       note: Option<Signal<String>>| {
        let checked = move || state.layers.get().shows(layer);
        view! {
            <li class="legend__item">
                <label class="legend__switch">
                    <input
                        type="checkbox"
                        data-testid=format!("layer-{}", layer.key())
                        prop:checked=checked
                        on:change=move |_| state.layers.update(|layers| *layers = layers.toggled(layer))
                    />
                    <span class="legend__key" aria-hidden="true">{key}</span>
                    <span>{move || name.get()}</span>
                </label>
                {note.map(|note| view! { <p class="legend__note">{move || note.get()}</p> })}
            </li>
        }
    };
    let text = move |text: Text| Signal::derive(move || text.in_lang(lang.get()).to_owned());
    let key_svg = |content: AnyView| {
        view! { <svg width="22" height="22" viewBox="-11 -11 22 22">{content}</svg> }.into_any()
    };
    view! {
        <section id="legend" class="legend" class:legend--open=move || open.get() aria-labelledby="legend-heading">
            <h3 id="legend-heading">{tr(lang, Text::LegendHeading)}</h3>
            <ul class="legend__items">
                // A statement that gives no flights by destination has no circles.
                // Where the list names origins, the key says what the lines are.
                {data.flights.as_ref().map(|flights| switch(Layer::Flights, Signal::derive(move || facts::flights_layer(flights, lang.get())), key_svg(view! { <circle class="symbol" r="8"></circle> }.into_any()), data.destinations().iter().any(|line| !line.from.is_empty()).then(|| text(Text::RoutesNote))))}
                // A statement that counts no organizations has no organizations layer.
                {data.networks.as_ref().map(|networks| switch(Layer::Networks, text(Text::LayerNetworks), key_svg(view! { <rect class="networks" x="-9" y="-9" width="18" height="18"></rect> }.into_any()), Some(Signal::derive(move || facts::networks_legend_note(networks, lang.get())))))}
                // A statement that puts no event in a city has no diamonds.
                {crate::i18n::places::has_diamonds(data).then(|| switch(Layer::Meetings, Signal::derive(move || crate::i18n::places::meetings_layer(data, lang.get()).unwrap_or_default()), key_svg(view! { <path class="marker marker--meeting" d="M0 -7L7 0L0 7L-7 0Z"></path> }.into_any()), None))}
                {crate::i18n::places::has_border(data).then(|| switch(Layer::Crossing, Signal::derive(move || crate::i18n::places::border_layer(data, lang.get())), key_svg(view! { <path class="marker marker--crossing" d="M0 -7L7 7L-7 7Z"></path> }.into_any()), Some(text(Text::ApproximateArea))))}
            </ul>
            // The circles' sizes, only where there are circles.
            {data.flights.is_some().then(|| view! {
                <ul class="legend__sizes" aria-label=tr(lang, Text::FlightsLegendNote)>{reference_sizes}</ul>
                // Said once more in words under the sizes; the compact embed keeps only the
                // sizes (the list's name says it to screen readers).
                <p class="legend__note legend__scale-note" aria-hidden="true">{tr(lang, Text::FlightsLegendNote)}</p>
            })}
        </section>
    }
}

/// The places outside the frame (Romania and India), with their shared flight, selectable;
/// any other place the statement names outside it, by name.
#[component]
pub fn OffMapCallout(map: MapData) -> impl IntoView {
    let state = ReaderState::expect();
    let lang = state.lang;
    let (off_map, shared_flights) = crate::geo::features::off_map(map.data, map.features);
    if off_map.is_empty() {
        return None;
    }
    let buttons = off_map
        .into_iter()
        .map(|feature| {
            let id = &*feature.id;
            view! {
                <SelectButton
                    selection=Selection::Place(id.to_owned())
                    class="callout__place"
                    title=Signal::derive(move || place_summary(map.data, feature, lang.get()))
                >
                    {move || map.data.place_name(id, lang.get()).to_owned()}
                </SelectButton>
            }
        })
        .collect_view();
    let max_own = crate::geo::features::max_own_flights(map.features);
    // The map's scale at the drawing's width; never so small it cannot be seen.
    let radius = move || symbol_px(shared_flights, max_own, state.screen_width.get()).max(3.0);
    let box_px = move || 2.0 * radius() + 2.0;
    // Places off the map that the list gives no flights (named only by a figure or an
    // event): named and selectable, with no circle and no count, whatever layers are shown.
    let has_flights = shared_flights > 0;
    Some(view! {
        <aside class="callout" data-testid="off-map" style:display=move || (has_flights && !state.layers.get().shows(Layer::Flights)).then_some("none")>
            <h3 class="callout__heading">{tr(lang, Text::OffMapHeading)}</h3>
            <p class="callout__figure">
                {has_flights.then(|| view! {
                    <svg
                        width=move || fixed(box_px(), 1)
                        height=move || fixed(box_px(), 1)
                        viewBox=move || format!("{0} {0} {1} {1}", fixed(-box_px() / 2.0, 2), fixed(box_px(), 1))
                        aria-hidden="true"
                    >
                        <circle class="symbol" data-testid="off-map-circle" r=move || fixed(radius(), 2)></circle>
                    </svg>
                    " "
                })}
                {buttons}
            </p>
            {has_flights.then(|| view! {
                <p class="callout__note">
                    {move || crate::presentation::picture::off_map_figure(map.data, map.features, lang.get())}
                </p>
            })}
        </aside>
    })
}
