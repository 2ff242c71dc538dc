//! The page header: product name, tagline and language switch.

use leptos::prelude::*;

use crate::ui::tr;

use crate::data::Dataset;
use crate::i18n::{facts, Lang, Text};

/// The product name, the tagline and the language switch.
#[component]
pub fn Header(
    /// The interface language; the switch writes it.
    lang: RwSignal<Lang>,
    /// The dataset: the tagline names its document.
    data: &'static Dataset,
) -> impl IntoView {
    let tagline = move || facts::document_name(data, lang.get());
    view! {
        <header class="masthead">
            <div class="masthead__titles">
                <h1 class="masthead__name">"Corredor"</h1>
                <p class="masthead__tagline">{tagline}</p>
            </div>
            <button
                type="button"
                class="lang-switch"
                lang=move || lang.get().other().code()
                on:click=move |_| lang.update(|current| *current = current.other())
            >
                // The visible name stays inside the accessible one (WCAG 2.5.3, label in name).
                <span class="visually-hidden" lang=move || lang.get().code()>
                    {tr(lang, Text::SwitchLanguage)}
                </span>
                {move || lang.get().other().endonym()}
            </button>
        </header>
    }
}
