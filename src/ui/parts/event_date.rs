//! An event's date as the text gives it, machine-readable too.

use leptos::prelude::*;

use crate::i18n::format;
use crate::ui::reader_state::ReaderState;

/// `<time>` with the event's date in the reader's language (inferred years bracketed).
#[component]
pub fn EventDate(date: &'static crate::data::EventDate) -> impl IntoView {
    let lang = ReaderState::expect().lang;
    view! {
        <time datetime=date.start.clone()>{move || format::event_date(date, lang.get())}</time>
    }
}
