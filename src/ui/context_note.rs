//! A fact from outside the statement: always labelled as context, always with its citation,
//! and styled apart from the statement's own sentences.

use leptos::prelude::*;

use crate::data::Context;
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
    let citation = &context.citation;
    view! {
        <li class="context" data-testid="context" data-context=&*context.id>
            <p>
                <strong class="context__label">{tr(lang, Text::ContextLabel)} ": "</strong>
                {move || context.text.get(lang.get())}
            </p>
            <p class="context__citation">
                <cite>{&*citation.publisher}</cite>
                ", "
                <time datetime=&*citation.date>{&*citation.date}</time>
                ". "
                <a href=&*citation.url rel="noopener noreferrer" target="_blank">
                    {tr(lang, Text::ContextSourceLink)}
                </a>
            </p>
        </li>
    }
}
