//! A button that selects a place or an event, pressed while it is the selection: the same
//! selection the map, the timeline and the tables share.

use leptos::prelude::*;

use crate::state::url::Selection;
use crate::ui::reader_state::ReaderState;

/// Selects `selection`, or clears it when it is already selected. It carries the place's or
/// the event's id (`data-place`, `data-event`), which the map's marks and the tests read.
#[component]
pub fn SelectButton(
    selection: Selection,
    class: &'static str,
    /// A tooltip, where the button's text alone says too little.
    #[prop(optional, into)]
    title: Option<Signal<String>>,
    children: Children,
) -> impl IntoView {
    let state = ReaderState::expect();
    let (place, event) = match &selection {
        Selection::Place(id) => (Some(id.clone()), None),
        Selection::Event(id) => (None, Some(id.clone())),
    };
    let selected = selection.clone();
    let pressed = move || {
        state
            .selection
            .with(|current| current.as_ref() == Some(&selected))
    };
    view! {
        <button
            type="button"
            class=class
            data-place=place
            data-event=event
            aria-pressed=move || if pressed() { "true" } else { "false" }
            title=title
            on:click=move |_| state.toggle_selection(selection.clone())
        >
            {children()}
        </button>
    }
}
