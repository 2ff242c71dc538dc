//! A fact from outside the statement: always labelled as context, always with its citation,
//! and styled apart from the statement's own sentences.

use leptos::prelude::*;

use crate::data::{Citation, Context};
use crate::i18n::format::citation_date;
use crate::i18n::{Lang, Text};
use crate::ui::tr;

/// One context entry: the label, what the other source says, and who said it, when, where.
#[component]
pub fn ContextNote(
    /// The entry.
    context: &'static Context,
    /// The interface language.
    lang: RwSignal<Lang>,
) -> impl IntoView {
    view! {
        <li class="context" data-testid="context" data-context=&*context.id>
            <p>
                <strong class="context__label">{tr(lang, Text::ContextLabel)} ": "</strong>
                {move || context.text.get(lang.get())}
            </p>
            <p class="context__citation"><CitationLine citation=&context.citation lang /></p>
        </li>
    }
}

/// "Radio Sonora, enero de 2024 (…). fuente externa": who published, when, and the link.
#[component]
pub fn CitationLine(
    /// The publication.
    citation: &'static Citation,
    /// The interface language.
    lang: RwSignal<Lang>,
) -> impl IntoView {
    view! {
        <cite>{&*citation.publisher}</cite>
        ", "
        <time datetime=&*citation.date>{move || citation_date(&citation.date, lang.get())}</time>
        ". "
        <a href=&*citation.url rel="noopener noreferrer" target="_blank">
            {tr(lang, Text::ContextSourceLink)}
        </a>
    }
}

/// "Reportado por Éxodo Juárez, 31 de enero de 2024 (…)": the label of a figure known only
/// from another publication, wherever it is shown.
/// A plain function, not a component: it takes no props builder (bytes, issue 21).
pub fn cited_by(citation: &'static Citation, lang: RwSignal<Lang>) -> impl IntoView {
    view! {
        <p class="context__citation">
            {tr(lang, Text::ReportedBy)} " " <CitationLine citation lang />
        </p>
    }
}
