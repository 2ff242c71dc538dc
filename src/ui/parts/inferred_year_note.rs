//! What the brackets around a year mean.

use leptos::prelude::*;

use crate::data::Dataset;
use crate::i18n::facts;
use crate::ui::reader_state::ReaderState;

/// What the brackets around a year mean, beside every table or figure that shows one.
#[component]
pub fn InferredYearNote(
    /// The map's data (the note names the statement's date).
    data: &'static Dataset,
    /// Whether the dates beside it include an inferred year.
    shown: bool,
) -> impl IntoView {
    let state = ReaderState::expect();
    let lang = state.lang;
    shown.then(|| view! {
        <p class="note" data-testid="inferred-year-note">{move || facts::inferred_year_note(data, lang.get())}</p>
    })
}
