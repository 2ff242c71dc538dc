//! The comparisons of the series: a place's figure in each statement (in its details) and the
//! comparison table. What each line says is the core's (`presentation::series`); here it is
//! laid out. Drawn where every statement is compiled in: natively, where the build writes them
//! into the pages, and in a development build; the release wasm keeps what its page wrote. A
//! pinned embed (`pin=1`) hides both.

use leptos::prelude::*;

use crate::data::series::compares_listed;
use crate::i18n::series::statement_label;
use crate::i18n::{Lang, Text};
use crate::presentation::series::{compares_place, lines, note_mark, table, table_notes, Line};
use crate::ui::context_note::cited_by;
use crate::ui::series::series;
use crate::ui::source_quote::SourceQuote;
use crate::ui::tr;

/// One statement's line: its name, what it says, the difference from the previous comparable
/// figure (ours, said so), and its provenance (the sentence, or who reported it).
fn line_view(
    line: Line<'static>,
    current: usize,
    about: Signal<String>,
    lang: RwSignal<Lang>,
) -> impl IntoView {
    view! {
        <li class="series-line" class:series-line--current=line.statement == current>
            <p class="series-line__label">{line.label}</p>
            <p class="details__figure">{line.text}</p>
            {line.difference.map(|text| view! { <p class="note series-line__difference">{text}</p> })}
            {line.quote.map(|quote| view! { <SourceQuote quote about lang /> })}
            {line.citation.map(|citation| cited_by(citation, lang))}
        </li>
    }
}

/// Place `place`'s flights in each statement that gives flights by destination; nothing if no
/// two of them list it. Drawn where every statement is compiled in (the build writes it into
/// each place's details, and a development build).
#[component]
pub fn PlaceAcrossStatements(place: &'static str, about: Signal<String>) -> impl IntoView {
    let series = series().filter(|series| compares_listed(series.listing))?;
    let statements = Some(series.statements).filter(|s| compares_place(s, place))?;
    let lang = crate::ui::reader_state::ReaderState::expect().lang;
    let items = move || {
        lines(statements, Some(place), lang.get())
            .into_iter()
            .map(|line| line_view(line, series.current, about, lang))
            .collect_view()
    };
    Some(view! {
        <section class="series" data-testid="details-series">
            <h4>{tr(lang, Text::InEachStatement)}</h4>
            <ul class="series__lines">{items}</ul>
        </section>
    })
}

/// Every listed place and the totals, one column per statement that gives flights by
/// destination. Drawn where every statement is compiled in (the build writes it into the
/// pages, and a development build): the release wasm keeps the table its page wrote
/// (`ui::written_tables`).
#[component]
pub fn ComparisonTable(lang: RwSignal<Lang>) -> impl IntoView {
    let series = series().filter(|series| compares_listed(series.listing))?;
    let columns: Vec<usize> = series
        .listing
        .iter()
        .enumerate()
        .filter(|(_, statement)| statement.compared)
        .map(|(index, _)| index)
        .collect();
    let head = {
        let columns = columns.clone();
        move || {
            columns
                .iter()
                .map(|index| {
                    let label = statement_label(&series.listing[*index], lang.get());
                    view! { <th scope="col">{label}</th> }
                })
                .collect_view()
        }
    };
    let statements = series.statements;
    let body = move || {
        let rows = table(statements, lang.get());
        let notes = table_notes(&rows);
        rows.into_iter()
            .map(|(name, lines)| {
                let cells = columns
                    .iter()
                    .map(|index| {
                        let line = lines.iter().find(|line| line.statement == *index).cloned();
                        view! {
                            <td>
                                {line.map(|line| view! {
                                    {line.text}
                                    {line.citation.and_then(|citation| note_link(&notes, citation, lang))}
                                    {line.difference_short.map(|text| view! { <br /><span class="series__difference">{text}</span> })}
                                })}
                            </td>
                        }
                    })
                    .collect_view();
                view! { <tr><th scope="row">{name}</th>{cells}</tr> }
            })
            .collect::<Vec<_>>()
    };
    // Each publication the cells cite, once, under the table.
    let notes = move || {
        table_notes(&table(statements, lang.get()))
            .into_iter()
            .enumerate()
            .map(|(index, citation)| {
                view! { <li id=format!("comparison-note-{}", note_mark(index))>{cited_by(citation, lang)}</li> }
            })
            .collect::<Vec<_>>()
    };
    Some(view! {
        <section class="comparison" aria-labelledby="comparison-heading">
            <h3 id="comparison-heading">{tr(lang, Text::ComparisonHeading)}</h3>
            <div class="table-scroll">
                <table class="data-table" data-testid="comparison-table">
                    <thead><tr><th scope="col">{tr(lang, Text::Destination)}</th>{head}</tr></thead>
                    <tbody>{body}</tbody>
                </table>
            </div>
            <ol class="comparison__notes" data-testid="comparison-notes">{notes}</ol>
            <p class="note">{tr(lang, Text::ComparisonNote)}</p>
        </section>
    })
}

/// A cell's mark of the note that cites its figure's publication.
fn note_link(
    notes: &[&'static crate::data::Citation],
    citation: &'static crate::data::Citation,
    lang: RwSignal<Lang>,
) -> Option<impl IntoView> {
    let mark = note_mark(notes.iter().position(|note| *note == citation)?);
    let href = format!("#comparison-note-{mark}");
    Some(view! {
        <sup class="comparison__mark">
            <a href=href>
                <span class="visually-hidden">{tr(lang, Text::ReportedBy)} " "</span>{mark}
            </a>
        </sup>
    })
}
