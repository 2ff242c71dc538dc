//! An event's date as the text gives it, machine-readable too.

use leptos::prelude::*;

use crate::i18n::format;
use crate::ui::reader_state::ReaderState;

/// `<time>` with the event's date in the reader's language (inferred years bracketed).
#[component]
pub fn EventDate(
    date: &'static crate::data::EventDate,
    #[prop(optional)] class: Option<&'static str>,
) -> impl IntoView {
    let lang = ReaderState::expect().lang;
    let text = move || format::event_date(date, lang.get());
    // Two shapes rather than `class=None`, which would still write an empty `class`.
    match class {
        Some(class) => {
            view! { <time class=class datetime=date.start.clone()>{text}</time> }.into_any()
        }
        None => view! { <time datetime=date.start.clone()>{text}</time> }.into_any(),
    }
}
