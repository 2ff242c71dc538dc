//! The series: the picker of the collection's statements, a place's figure in each statement
//! (in its details) and the comparison table. What each line says is the core's
//! (`presentation::series`); here it is laid out. A pinned embed (`pin=1`, set on the root
//! element by `boot.js`) hides all three, so adding a statement never changes what it shows.

use leptos::prelude::*;

use crate::data::series::compares_listed;
use crate::data::timeline::Span;
use crate::i18n::series::{short_label, statement_label};
use crate::i18n::{Lang, Text};
use crate::presentation::series::{
    compares_place, lines, note_mark, table, table_notes, timeline_marks, Line,
};
use crate::state::pages::Page;
use crate::state::url::ViewState;
use crate::ui::context_note::cited_by;
use crate::ui::source_quote::SourceQuote;
use crate::ui::tr;
use crate::{Reading, Series};

/// The series, when the collection has more than one statement.
fn series() -> Option<Series> {
    use_context::<Series>().filter(|series| series.listing.len() > 1)
}

/// Links to every statement's page in the reader's language and layout, the shown one
/// marked: plain links, so they work before the app runs and without JavaScript. They sit in
/// the row of the share buttons, by their dates in few letters (the full name follows for
/// screen readers, and is the tooltip), so the row stays one line at any width and an
/// embed's frame keeps its height; a long series scrolls sideways in it.
#[component]
pub fn StatementPicker(lang: RwSignal<Lang>, embed: bool) -> impl IntoView {
    let series = series()?;
    let items = series
        .listing
        .iter()
        .enumerate()
        .map(|(index, statement)| {
            let href = statement_href(index, lang, embed);
            let current = index == series.current;
            view! {
                <li>
                    <a href=href class="statements__link" aria-current=current.then_some("page") data-statement=&*statement.id
                        title=move || statement_label(statement, lang.get())>
                        // The date, short, so the row stays one line at any width; the full
                        // name (the tagline's, for the shown one) in the link's name too.
                        {move || short_label(statement, lang.get())}
                        <span class="visually-hidden">" " {move || statement_label(statement, lang.get())}</span>
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

/// The address of statement `index`'s page in the reader's language and layout: its written
/// page, or, in a development build (one page), the view with `?statement=`. The query names
/// the language and the layout, as a link a reader shares does: without them the page's rule
/// (`boot.js`) would send a reader whose browser prefers the other language to that
/// language's page, and a reader of an embed to the standalone page.
fn statement_href(index: usize, lang: RwSignal<Lang>, embed: bool) -> impl Fn() -> String {
    let root = use_context::<crate::SiteRoot>()
        .map(|root| root.0)
        .unwrap_or_default();
    let id = series().map_or("", |series| &*series.listing[index].id);
    move || {
        let mut view = ViewState {
            embed,
            lang: Some(lang.get()),
            ..ViewState::default()
        };
        if root.is_empty() {
            view.statement = Some(id.to_owned());
            return view.to_query();
        }
        let page = Page {
            lang: lang.get(),
            embed,
            statement: (index > 0).then_some(id),
        };
        format!("{root}{}{}", page.folder(), view.to_query())
    }
}

/// The statements on the timeline: a mark at each one's date within the shown span (open
/// toward earlier days for one issued on or before it), the shown one emphasized. Each is a
/// link to its page for the pointer; the picker, which lists every statement, is the way for
/// the keyboard and screen readers, so the marks stay out of the tab order and the
/// accessibility tree.
#[component]
pub fn StatementMarks(span: Span, lang: RwSignal<Lang>, embed: bool) -> impl IntoView {
    let series = series()?;
    let marks = timeline_marks(series.listing, span)
        .into_iter()
        .map(|mark| {
            let data = &series.listing[mark.statement];
            // Fixed for the page: one class string, not a reactive class each.
            let class = match (mark.on_or_before, mark.statement == series.current) {
                (false, false) => "axis__statement",
                (true, false) => "axis__statement axis__statement--open",
                (false, true) => "axis__statement axis__statement--current",
                (true, true) => "axis__statement axis__statement--open axis__statement--current",
            };
            view! {
                <a
                    class=class
                    style:left=mark.left
                    href=statement_href(mark.statement, lang, embed)
                    title=move || statement_label(data, lang.get())
                    tabindex="-1"
                    aria-hidden="true"
                    data-testid="statement-mark"
                ></a>
            }
        })
        .collect_view();
    Some(view! { <div class="axis__statements">{marks}</div> })
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

/// Place `place`'s flights in each statement that gives flights by destination, once the
/// statements' data is read (asked for when a place is first shown).
#[component]
pub fn PlaceAcrossStatements(place: &'static str, about: Signal<String>) -> impl IntoView {
    let series = series().filter(|series| compares_listed(series.listing))?;
    let lang = crate::ui::reader_state::ReaderState::expect().lang;
    let compared = move || match series.statements() {
        Reading::Read(statements) => Some(statements).filter(|s| compares_place(s, place)),
        _ => None,
    };
    let items = move || {
        compared().map(|statements| {
            lines(statements, Some(place), lang.get())
                .into_iter()
                .map(|line| line_view(line, series.current, about, lang))
                .collect_view()
        })
    };
    // Hidden once read if no two statements list the place.
    let hidden = move || matches!(series.reading(), Reading::Read(_)) && compared().is_none();
    Some(view! {
        <section class="series" data-testid="details-series" hidden=hidden>
            <h4>{tr(lang, Text::InEachStatement)}</h4>
            {reading_note(series, lang)}
            <ul class="series__lines">{items}</ul>
        </section>
    })
}

/// What stands where a comparison will be while the statements' data is read, or where it
/// would be if it could not be read; hidden once it is read.
fn reading_note(series: Series, lang: RwSignal<Lang>) -> impl IntoView {
    let failed = move || matches!(series.reading(), Reading::Failed);
    view! {
        <p class="series__reading" data-testid="series-reading"
            hidden=move || matches!(series.reading(), Reading::Read(_))
            role=move || failed().then_some("alert")>
            {move || if failed() { Text::SeriesUnreadable } else { Text::SeriesReading }.in_lang(lang.get())}
        </p>
    }
}

/// Every listed place and the totals, one column per statement that gives flights by
/// destination. Drawn where every statement is compiled in (the build writes it into the
/// pages, and a development build): the release wasm keeps the table its page wrote
/// (`ui::written_tables`), so it reads no statement's file for it.
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
    let body = move || {
        let Reading::Read(statements) = series.reading() else {
            return Vec::new();
        };
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
        let Reading::Read(statements) = series.reading() else {
            return Vec::new();
        };
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
            {reading_note(series, lang)}
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
