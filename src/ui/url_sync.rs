//! Keeps the URL and the reader's view in step: a selection adds a history entry once it is on
//! screen, continuous moves (scrubbing, zooming, panning, playback) replace it once they pause, and
//! back/forward restore the view.

use leptos::prelude::*;

use crate::data::timeline::default_day;
use crate::data::Dataset;
use crate::geo::ViewBox;
use crate::i18n::Lang;
use crate::state::url::ViewState;
use crate::ui::reader_state::ReaderState;

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

/// Sets every signal of `reader` from `state`.
pub fn apply(state: &ViewState, reader: ReaderState, data: &Dataset, full: ViewBox) {
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
    reader: ReaderState,
    data: &Dataset,
    full: ViewBox,
    detected_lang: Lang,
    base: &ViewState,
) -> ViewState {
    let (zoom, center) = crate::state::url::written_zoom(reader.view.get(), &full);
    let date = reader.date.get();
    ViewState {
        lang: (reader.lang.get() != detected_lang).then(|| reader.lang.get()),
        selection: reader.selection.get(),
        date: (Some(date) != default_day(data)).then_some(date),
        layers: reader.layers.get(),
        zoom,
        center,
        embed: base.embed,
        theme: base.theme,
        statement: base.statement.clone(),
        pinned: base.pinned,
    }
}

/// How long continuous moves (drags, wheel zoom, playback, scrubbing) wait before their
/// `replaceState`: browsers throttle history calls above about 100 in a few seconds, and then
/// throw, so only the position the reader settles on is written.
const REPLACE_DELAY_MS: u32 = 300;

/// Writes `url` into the history: a new entry, or in place of the current one.
fn write_history(url: &str, push: bool) {
    let Ok(history) = window().history() else {
        return;
    };
    let _ = if push {
        history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(url))
    } else {
        history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(url))
    };
}

/// Runs `then` once the frame after this task has been painted.
fn after_next_paint(then: impl FnOnce() + 'static) {
    request_animation_frame(move || set_timeout(then, std::time::Duration::ZERO));
}

/// Starts the two-way sync: `current` is the view as it should be written. A new selection is
/// pushed as soon as it is on screen (it is a step the reader may want to go back to; not in
/// the input's own task, where Chrome's `pushState` was a quarter of a selection's time at 4x
/// CPU); everything else replaces the entry once the reader has paused for
/// [`REPLACE_DELAY_MS`].
pub fn sync(
    reader: ReaderState,
    data: &'static Dataset,
    full: ViewBox,
    detected_lang: Lang,
    current: Memo<ViewState>,
) {
    let last_selection = StoredValue::new(reader.selection.get_untracked());
    // Dropping a pending timeout cancels it.
    let pending = StoredValue::new_local(None::<gloo::timers::callback::Timeout>);
    // The URL of a selection waiting for its frame to be painted (a plain cell, not a stored
    // value: no reactive storage compiled in for one more type).
    let pending_push = std::rc::Rc::new(std::cell::Cell::new(None::<String>));
    let push_pending = {
        let pending_push = pending_push.clone();
        move || {
            if let Some(url) = pending_push.take() {
                write_history(&url, true);
            }
        }
    };
    let forget_push = pending_push.clone();
    Effect::new(move |_| {
        let state = current.get();
        let query = state.to_query();
        let url = format!(
            "{}{query}",
            window().location().pathname().unwrap_or_default()
        );
        let selection_changed = last_selection.get_value() != state.selection;
        last_selection.set_value(state.selection.clone());
        if selection_changed {
            pending.set_value(None);
            // A selection made before the last one's frame still gets its own entry.
            push_pending();
            pending_push.set(Some(url));
            after_next_paint(push_pending.clone());
        } else if query == current_query() {
            pending.set_value(None);
        } else {
            let timeout = gloo::timers::callback::Timeout::new(REPLACE_DELAY_MS, move || {
                write_history(&url, false);
            });
            pending.set_value(Some(timeout));
        }
    });
    // In an effect: the listener needs a window, which rendering at build time has not.
    Effect::new(move |_| {
        let forget_push = forget_push.clone();
        let listener = window_event_listener(leptos::ev::popstate, move |_| {
            // The reader went back or forward: a pending write of the old view must not land.
            pending.set_value(None);
            forget_push.set(None);
            let state = ViewState::parse(&current_query()).sanitized(data);
            last_selection.set_value(state.selection.clone());
            let mut state = state;
            if state.lang.is_none() {
                state.lang = Some(detected_lang);
            }
            apply(&state, reader, data, full);
        });
        on_cleanup(move || listener.remove());
    });
}
