//! The series: the picker of the collection's statements, a place's figure in each statement
//! (in its details) and the comparison table. What each line says is the core's
//! (`presentation::series`); here it is laid out. A pinned embed (`pin=1`, set on the root
//! element by `boot.js`) hides all three, so adding a statement never changes what it shows.

use leptos::prelude::*;

use crate::i18n::series::{short_label, statement_label};
use crate::i18n::{Lang, Text};
use crate::presentation::series::{compares_place, lines, table, Line};
use crate::state::pages::Page;
use crate::state::url::ViewState;
use crate::ui::context_note::cited_by;
use crate::ui::source_quote::SourceQuote;
use crate::ui::tr;
use crate::Series;

/// The series, when the collection has more than one statement.
fn series() -> Option<Series> {
    use_context::<Series>().filter(|series| series.statements.len() > 1)
}

/// Links to every statement's page in the reader's language and layout, the shown one
/// marked: plain links, so they work before the app runs and without JavaScript. They sit in
/// the row of the share buttons, by their dates in few letters (the full name follows for
/// screen readers, and is the tooltip), so the row stays one line at any width and an
/// embed's frame keeps its height; a long series scrolls sideways in it.
#[component]
pub fn StatementPicker(lang: RwSignal<Lang>, embed: bool) -> impl IntoView {
    let series = series()?;
    let root = use_context::<crate::SiteRoot>()
        .map(|root| root.0)
        .unwrap_or_default();
    let items = series
        .statements
        .iter()
        .enumerate()
        .map(|(index, statement)| {
            let page_statement = (index > 0).then_some(&*statement.id);
            let root = root.clone();
            // A development build has one page: there the app reads `?statement=`.
            let href = move || {
                if root.is_empty() {
                    let view = ViewState {
                        statement: Some(statement.id.to_string()),
                        embed,
                        lang: Some(lang.get()),
                        ..ViewState::default()
                    };
                    return view.to_query();
                }
                let page = Page {
                    lang: lang.get(),
                    embed,
                    statement: page_statement,
                };
                format!("{root}{}", page.folder())
            };
            let current = index == series.current;
            let data = &statement.data;
            view! {
                <li>
                    <a href=href class="statements__link" aria-current=current.then_some("page") data-statement=&*statement.id
                        title=move || statement_label(data, lang.get())>
                        // The date, short, so the row stays one line at any width; the full
                        // name (the tagline's, for the shown one) in the link's name too.
                        {move || short_label(data, lang.get())}
                        <span class="visually-hidden">" " {move || statement_label(data, lang.get())}</span>
                    </a>
                </li>
            }
        })
        .collect_view();
    Some(view! {
        <nav class="statements" aria-label=tr(lang, Text::StatementsPicker) data-testid="statements">
            <ol class="statements__list">{items}</ol>
        </nav>
    })
}

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

/// Place `place`'s flights in each statement that gives flights by destination.
#[component]
pub fn PlaceAcrossStatements(place: &'static str, about: Signal<String>) -> impl IntoView {
    let series = series().filter(|series| compares_place(series.statements, place))?;
    let lang = crate::ui::reader_state::ReaderState::expect().lang;
    let items = move || {
        lines(series.statements, Some(place), lang.get())
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
/// destination.
#[component]
pub fn ComparisonTable(lang: RwSignal<Lang>) -> impl IntoView {
    let series = series().filter(|series| crate::data::series::compares(series.statements))?;
    let columns: Vec<usize> = series
        .statements
        .iter()
        .enumerate()
        .filter(|(_, statement)| crate::data::series::flights_total(&statement.data).is_some())
        .map(|(index, _)| index)
        .collect();
    let head = {
        let columns = columns.clone();
        move || {
            columns
                .iter()
                .map(|index| {
                    let label = statement_label(&series.statements[*index].data, lang.get());
                    view! { <th scope="col">{label}</th> }
                })
                .collect_view()
        }
    };
    let body = move || {
        table(series.statements, lang.get())
            .into_iter()
            .map(|(name, lines)| {
                let cells = columns
                    .iter()
                    .map(|index| {
                        let line = lines.iter().find(|line| line.statement == *index).cloned();
                        view! {
                            <td>
                                {line.map(|line| view! {
                                    {line.text}
                                    {line.difference_short.map(|text| view! { <br /><span class="series__difference">{text}</span> })}
                                    {line.citation.map(|citation| cited_by(citation, lang))}
                                })}
                            </td>
                        }
                    })
                    .collect_view();
                view! { <tr><th scope="row">{name}</th>{cells}</tr> }
            })
            .collect_view()
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
            <p class="note">{tr(lang, Text::ComparisonNote)}</p>
        </section>
    })
}
