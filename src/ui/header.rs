//! The page header: product name, tagline and language switch.

use leptos::prelude::*;

use crate::ui::tr;

use crate::data::{Dataset, EventKind};
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
    // Who presented the text is known only from other publications: said as context, with
    // its publisher, after what the text itself shows of who speaks.
    let speaker_context = data
        .events
        .iter()
        .filter(|event| event.kind == EventKind::Statement)
        .flat_map(|event| data.context_about(&event.id))
        .map(|context| {
            view! {
                " "
                <span class="masthead__context" data-context=&*context.id>
                    <strong class="context__label">{tr(lang, Text::ContextLabel)} ": "</strong>
                    {move || context.text.get(lang.get())}
                    " (" <cite>{&*context.citation.publisher}</cite> ")"
                </span>
            }
        })
        .collect_view();
    view! {
        <header class="masthead">
            <div class="masthead__titles">
                <h1 class="masthead__name">"Corredor"</h1>
                <p class="masthead__tagline">{tagline}</p>
                <p class="masthead__voice" data-testid="voice">
                    {move || data.source.voice.get(lang.get())}
                    {speaker_context}
                </p>
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
