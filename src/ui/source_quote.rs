//! The source sentence behind a figure, one click (or Enter) away.

use leptos::prelude::*;

use crate::ui::tr;

use crate::data::Bilingual;
use crate::i18n::{Lang, Text};

/// A disclosure showing the exact sentence of the statement a figure comes from: the
/// Spanish original always, and in English the project's translation, labelled as such.
#[component]
pub fn SourceQuote(
    /// The quote, verbatim in both source texts (validation guarantees it).
    quote: &'static Bilingual,
    /// What the quote is the source of, for screen readers ("Guatemala").
    about: Signal<String>,
    /// The interface language.
    lang: RwSignal<Lang>,
) -> impl IntoView {
    view! {
        <details class="source">
            <summary>
                {tr(lang, Text::ShowSource)}
                <span class="visually-hidden">": " {move || about.get()}</span>
            </summary>
            <figure class="source__quote">
                <blockquote lang="es">
                    <p>"«" {&*quote.es} "»"</p>
                </blockquote>
                <figcaption>{tr(lang, Text::OriginalSpanish)}</figcaption>
            </figure>
            {move || {
                (lang.get() == Lang::En)
                    .then(|| {
                        view! {
                            <figure class="source__quote source__quote--translation">
                                <blockquote lang="en">
                                    <p>"“" {&*quote.en} "”"</p>
                                </blockquote>
                                <figcaption>{Text::TranslationLabel.in_lang(Lang::En)}</figcaption>
                            </figure>
                        }
                    })
            }}
        </details>
    }
}
