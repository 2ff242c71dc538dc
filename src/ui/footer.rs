//! The source line, as news graphics carry it.

use leptos::prelude::*;

use crate::data::Dataset;
use crate::i18n::{facts, Lang, Text};
use crate::ui::context_note::ContextNote;
use crate::ui::header::{Provenance, WhoSpeaks};

/// "Source: …" with the statement's name and place, the translation note, and every fact from
/// outside the statement, labelled as context with its citation.
#[component]
pub fn Footer(
    /// The dataset.
    data: &'static Dataset,
    /// The interface language.
    lang: RwSignal<Lang>,
    /// The compact embed's layout: who speaks and where the text comes from, folded.
    embed: bool,
) -> impl IntoView {
    let source = &data.source;
    let line = move || facts::source_line(data, lang.get());

    let context = data
        .context
        .iter()
        .map(|context| view! { <ContextNote context lang /> })
        .collect_view();
    view! {
        // Its language on it: on a switch the release wasm sees which footer it shows.
        <footer class="colophon" lang=move || lang.get().code()>
            <p class="colophon__source">{line}</p>
            {if embed {
                // One summary line in the frame: who speaks and where the text comes from are a
                // click away (the standalone page shows them plainly).
                view! {
                    <details class="colophon__about" data-testid="about-text">
                        <summary>{crate::ui::tr(lang, Text::AboutTheText)}</summary>
                        <p data-testid="voice"><WhoSpeaks data lang /></p>
                        <p class="colophon__provenance" data-testid="provenance"><Provenance data lang /></p>
                        <DataVersion data lang />
                    </details>
                }
                .into_any()
            } else {
                view! {
                    <p class="colophon__provenance" data-testid="provenance"><Provenance data lang /></p>
                    <DataVersion data lang />
                }
                .into_any()
            }}
            <p class="colophon__note">{move || source.translation_note.get(lang.get())}</p>

            {(!data.context.is_empty()).then(|| view! {
                <section class="colophon__context" aria-labelledby="context-heading">
                    <h2 id="context-heading" class="colophon__heading">{crate::ui::tr(lang, Text::ContextLabel)}</h2>
                    <ul class="context-list">{context}</ul>
                </section>
            })}
        </footer>
    }
}

/// "Data: version N, updated D." and the link to the corrections log's page.
#[component]
fn DataVersion(data: &'static Dataset, lang: RwSignal<Lang>) -> impl IntoView {
    let root = use_context::<crate::SiteRoot>()
        .map(|root| root.0)
        .unwrap_or_default();
    // The shown statement's own log, beside its pages.
    let root = format!("{root}{}", crate::statement_folder());
    let log = move || corredor_core::presentation::corrections::href(&root, lang.get());
    view! {
        <p class="colophon__version" data-testid="data-version">
            {move || facts::data_version(data, lang.get())} " "
            <a href=log>{crate::ui::tr(lang, Text::CorrectionsLog)}</a>
        </p>
    }
}
