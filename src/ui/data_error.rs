//! What the reader sees when the embedded dataset fails validation: every problem, translated,
//! with its JSON path. Never a blank widget.

use leptos::prelude::*;

use crate::ui::tr;

use crate::data::ValidationError;
use crate::i18n::{Lang, Text};

/// The list of validation problems, in the interface language.
#[component]
pub fn DataError(
    /// Every problem found.
    problems: Vec<ValidationError>,
    /// The interface language.
    lang: RwSignal<Lang>,
) -> impl IntoView {
    view! {
        <section class="data-error" role="alert" aria-labelledby="data-error-heading">
            <h2 id="data-error-heading">{tr(lang, Text::DataErrorHeading)}</h2>
            <p>{tr(lang, Text::DataErrorHelp)}</p>
            <ul>
                {problems
                    .into_iter()
                    .map(|problem| view! { <li>{move || problem.message(lang.get())}</li> })
                    .collect_view()}
            </ul>
        </section>
    }
}
