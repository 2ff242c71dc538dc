//! Keeps the URL and the reader's view in step: a selection adds a history entry, continuous
//! moves (scrubbing, zooming, panning) replace it, and back/forward restore the view.

use leptos::prelude::*;

use crate::data::timeline::{default_day, Span};
use crate::data::Dataset;
use crate::geo::ViewBox;
use crate::i18n::Lang;
use crate::state::url::{Selection, ViewState};
use crate::ui::map::MapState;

/// The page's query string, as the browser has it.
pub fn current_query() -> String {
    window().location().search().unwrap_or_default()
}

/// The first of the browser's preferred languages that Corredor speaks.
pub fn browser_lang() -> Option<Lang> {
    window()
        .navigator()
        .languages()
        .iter()
        .find_map(|tag| tag.as_string().and_then(|t| Lang::from_tag(&t)))
}

/// `state` with references to unknown places or events dropped and the date clamped.
pub fn sanitized(mut state: ViewState, data: &Dataset) -> ViewState {
    let known = match &state.selection {
        Some(Selection::Place(id)) => data.place(id).is_some(),
        Some(Selection::Event(id)) => data.event(id).is_some(),
        None => true,
    };
    if !known {
        state.selection = None;
    }
    if let (Some(day), Some(span)) = (state.date, Span::of(data)) {
        state.date = Some(span.clamp(day));
    }
    state
}

/// Sets every signal of `reader` from `state`.
pub fn apply(state: &ViewState, reader: MapState, data: &Dataset, full: ViewBox) {
    if let Some(lang) = state.lang {
        reader.lang.set(lang);
    }
    reader.selection.set(state.selection.clone());
    if let Some(day) = state.date.or_else(|| default_day(data)) {
        reader.date.set(day);
    }
    reader.layers.set(state.layers);
    let center = state.center.unwrap_or_else(|| full.center());
    reader
        .view
        .set(ViewBox::centered(center, state.zoom, &full));
}

/// The view as it should be written: defaults left out.
pub fn to_view_state(
    reader: MapState,
    data: &Dataset,
    full: ViewBox,
    detected_lang: Lang,
    base: &ViewState,
) -> ViewState {
    let view = reader.view.get();
    let zoom = view.zoom(&full);
    let zoomed = (zoom - 1.0).abs() > 1e-6;
    let date = reader.date.get();
    ViewState {
        lang: (reader.lang.get() != detected_lang).then(|| reader.lang.get()),
        selection: reader.selection.get(),
        date: (Some(date) != default_day(data)).then_some(date),
        layers: reader.layers.get(),
        zoom: if zoomed {
            (zoom * 100.0).round() / 100.0
        } else {
            1.0
        },
        center: zoomed.then(|| {
            let c = view.center();
            crate::geo::Point::new((c.x * 10.0).round() / 10.0, (c.y * 10.0).round() / 10.0)
        }),
        embed: base.embed,
        theme: base.theme,
    }
}

/// Starts the two-way sync: `current` is the view as it should be written.
pub fn sync(
    reader: MapState,
    data: &'static Dataset,
    full: ViewBox,
    detected_lang: Lang,
    current: Memo<ViewState>,
) {
    let last_selection = StoredValue::new(reader.selection.get_untracked());
    Effect::new(move |_| {
        let state = current.get();
        let query = state.to_query();
        if query == current_query() {
            return;
        }
        let url = format!(
            "{}{query}",
            window().location().pathname().unwrap_or_default()
        );
        let Ok(history) = window().history() else {
            return;
        };
        let selection_changed = last_selection.get_value() != state.selection;
        last_selection.set_value(state.selection.clone());
        let _ = if selection_changed {
            history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
        } else {
            history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
        };
    });
    let listener = window_event_listener(leptos::ev::popstate, move |_| {
        let state = sanitized(ViewState::parse(&current_query()), data);
        last_selection.set_value(state.selection.clone());
        let mut state = state;
        if state.lang.is_none() {
            state.lang = Some(detected_lang);
        }
        apply(&state, reader, data, full);
    });
    on_cleanup(move || listener.remove());
}
