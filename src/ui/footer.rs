//! The source line, as news graphics carry it.

use leptos::prelude::*;

use crate::data::Dataset;
use crate::i18n::{format, Lang, Text};

/// "Source: …" with the statement's title, place and date, and the translation note.
#[component]
pub fn Footer(
    /// The dataset.
    data: &'static Dataset,
    /// The interface language.
    lang: RwSignal<Lang>,
) -> impl IntoView {
    let source = &data.source;
    let line = move || {
        let lang = lang.get();
        let place = data
            .place(&source.place)
            .map(|p| p.name.get(lang))
            .unwrap_or_default();
        let date = crate::data::Day::parse(&source.date)
            .map(|d| format::day(d, lang))
            .unwrap_or_default();
        format!(
            "{}: {}. {place}, {date}.",
            Text::SourceLine.in_lang(lang),
            source.title.get(lang)
        )
    };
    view! {
        <footer class="colophon">
            <p class="colophon__source">{line}</p>
            <p class="colophon__note">{move || source.translation_note.get(lang.get()).to_owned()}</p>
        </footer>
    }
}
