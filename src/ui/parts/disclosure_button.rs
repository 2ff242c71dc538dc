//! A button that shows and hides a region of the page, saying which and whether it is open.

use leptos::prelude::*;

/// A disclosure button for the element `controls`, open while `open` is.
#[component]
pub fn DisclosureButton(
    open: RwSignal<bool>,
    /// The id of the region it shows and hides.
    controls: &'static str,
    class: &'static str,
    test_id: &'static str,
    children: Children,
) -> impl IntoView {
    view! {
        <button
            type="button"
            class=class
            data-testid=test_id
            aria-controls=controls
            aria-expanded=move || if open.get() { "true" } else { "false" }
            on:click=move |_| open.update(|open| *open = !*open)
        >
            {children()}
        </button>
    }
}
