//! The page header: product name, tagline and language switch.

use leptos::prelude::*;

use crate::ui::tr;

use crate::data::{Dataset, EventKind};
use crate::i18n::{facts, Lang, Text};
use crate::ui::context_note::CitationLine;

/// The product name, the tagline and the language switch.
#[component]
pub fn Header(
    /// The interface language; the switch writes it.
    lang: RwSignal<Lang>,
    /// The dataset: the tagline names its document.
    data: &'static Dataset,
    /// The compact embed's layout, which says who speaks in its footer instead.
    embed: bool,
) -> impl IntoView {
    let tagline = move || facts::document_name(data, lang.get());
    view! {
        <header class="masthead">
            <div class="masthead__titles">
                <h1 class="masthead__name">"Corredor"</h1>
                <p class="masthead__tagline">{tagline}</p>
                // Also in an embed: a made-up statement never reads as news, anywhere.
                {data.source.example.then(|| view! {
                    <p class="masthead__example" role="note" data-testid="example-banner">{tr(lang, Text::ExampleBanner)}</p>
                })}
                // In an embed the line folds into the footer (the frame keeps its height).
                {(!embed).then(|| view! {
                    <p class="masthead__voice" data-testid="voice"><WhoSpeaks data lang /></p>
                })}
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

/// What the text shows of who speaks in it (it names no issuer), then who presented it, which
/// is known only from other publications: labelled as context, with its publisher.
#[component]
pub fn WhoSpeaks(
    /// The dataset.
    data: &'static Dataset,
    /// The interface language.
    lang: RwSignal<Lang>,
) -> impl IntoView {
    let presented = data
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
    view! { {move || data.source.voice.get(lang.get())} {presented} }
}

/// Where our copy of the text comes from, with its citation.
#[component]
pub fn Provenance(
    /// The dataset.
    data: &'static Dataset,
    /// The interface language.
    lang: RwSignal<Lang>,
) -> impl IntoView {
    let provenance = &data.source.provenance;
    view! {
        {move || provenance.text.get(lang.get())} " "
        <CitationLine citation=&provenance.citation lang />
    }
}
