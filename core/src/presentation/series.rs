//! What the series shows: a place's flights in each statement (the details) and every listed
//! place side by side (the comparison table), each figure with its statement, period, status
//! and provenance, and a difference only where [`series::difference`] allows one, said to be
//! ours.

use crate::data::series::{self, FlightsFigure, Listing, PlaceInStatement, Statement};
use crate::data::timeline::Span;
use crate::data::{Bilingual, Citation, Day};
use crate::i18n::{series as words, Lang};

/// One statement's line about a place (or about the totals).
#[derive(Clone, Debug, PartialEq)]
pub struct Line<'a> {
    /// The statement's index in the collection.
    pub statement: usize,
    /// The statement's name ("Comunicado del 23 de enero de 2024").
    pub label: String,
    /// What it says: the figure with its status and period, or that the place is not listed.
    pub text: String,
    /// The statement's sentence, when we have its text.
    pub quote: Option<&'a Bilingual>,
    /// The publication that reported the figure, when we do not.
    pub citation: Option<&'a Citation>,
    /// The difference from the previous statement that gives a comparable figure, in words,
    /// labelled as computed.
    pub difference: Option<String>,
    /// The same difference, short, for a table's cell ("+12, calculado").
    pub difference_short: Option<String>,
}

/// The figure a statement gives, for a place or (with `None`) the total.
fn figure_in<'a>(
    data: &'a crate::data::Dataset,
    place: Option<&str>,
) -> Option<PlaceInStatement<'a>> {
    match place {
        Some(place) => series::place_flights(data, place),
        None => series::flights_total(data).map(PlaceInStatement::Listed),
    }
}

/// Each statement's line about `place` (`None`: the flights totals), in the collection's
/// order; statements that give no flights by destination are left out.
///
/// ```
/// use corredor_core::data::series::Statement;
/// use corredor_core::i18n::Lang;
/// let statements = [
///     Statement { id: "2024-01-23".into(), data: corredor_core::data::load_embedded().unwrap() },
///     Statement { id: "2024-01-26-follow-up".into(), data: corredor_core::data::load_follow_up().unwrap() },
/// ];
/// let lines = corredor_core::presentation::series::lines(&statements, Some("honduras"), Lang::Es);
/// assert_eq!(lines.len(), 2);
/// assert!(lines[0].text.starts_with("23 vuelos"));
/// assert!(lines[1].text.starts_with("31 vuelos"));
/// assert_eq!(lines[1].difference_short.as_deref(), Some("+8, calculado"));
/// ```
pub fn lines<'a>(statements: &'a [Statement], place: Option<&str>, lang: Lang) -> Vec<Line<'a>> {
    let mut lines = Vec::new();
    let mut previous: Option<(usize, FlightsFigure<'a>)> = None;
    for (index, statement) in statements.iter().enumerate() {
        let Some(found) = figure_in(&statement.data, place) else {
            continue;
        };
        let mut line = Line {
            statement: index,
            label: words::statement_label(&statement.data, lang),
            text: match (&found, place) {
                (PlaceInStatement::Listed(figure), None) => {
                    words::figure_text(statements, figure, None, lang)
                }
                (found, Some(place)) => words::place_text(statements, found, place, lang),
                (PlaceInStatement::NotListed, None) => continue,
            },
            quote: None,
            citation: None,
            difference: None,
            difference_short: None,
        };
        if let PlaceInStatement::Listed(figure) = found {
            line.quote = figure.quote;
            line.citation = figure.citation;
            if let Some((earlier, before)) = previous {
                line.difference =
                    words::difference_text(&statements[earlier].data, &before, &figure, lang);
                line.difference_short = series::difference(&before, &figure)
                    .map(|difference| short_difference(difference, lang));
            }
            previous = Some((index, figure));
        }
        lines.push(line);
    }
    lines
}

/// "+12, calculado", "−3, computed".
fn short_difference(difference: i64, lang: Lang) -> String {
    let amount = words::signed(difference, lang);
    match lang {
        Lang::Es => format!("{amount}, calculado"),
        Lang::En => format!("{amount}, computed"),
    }
}

/// Whether the details of place `place` compare statements: two statements or more give
/// flights by destination and one of them lists it.
pub fn compares_place(statements: &[Statement], place: &str) -> bool {
    series::compares(statements)
        && statements.iter().any(|statement| {
            matches!(
                series::place_flights(&statement.data, place),
                Some(PlaceInStatement::Listed(_))
            )
        })
}

/// The comparison table: the totals first, then every place any list names, each with one
/// line per statement that gives flights by destination (`lines`).
pub fn table<'a>(statements: &'a [Statement], lang: Lang) -> Vec<(String, Vec<Line<'a>>)> {
    // "Total" in both languages.
    let mut rows = vec![("Total".to_owned(), lines(statements, None, lang))];
    rows.extend(series::listed_places(statements).into_iter().map(|place| {
        (
            series::place_name(statements, place, lang).to_owned(),
            lines(statements, Some(place), lang),
        )
    }));
    rows
}

/// The publications a comparison table's lines cite, each once, in the order the rows first
/// cite them: the table's notes. A cell points to its note by [`note_mark`] instead of
/// repeating the citation, which in a long series would fill every cell with the same
/// sentence (50 statements: 600 KB of page for one table).
///
/// ```
/// let statements = [
///     corredor_core::data::series::Statement { id: "2024-01-23".into(), data: corredor_core::data::load_embedded().unwrap() },
///     corredor_core::data::series::Statement { id: "2024-01-26-follow-up".into(), data: corredor_core::data::load_follow_up().unwrap() },
/// ];
/// let rows = corredor_core::presentation::series::table(&statements, corredor_core::i18n::Lang::En);
/// let notes = corredor_core::presentation::series::table_notes(&rows);
/// let publishers: Vec<&str> = notes.iter().map(|citation| &*citation.publisher).collect();
/// assert_eq!(publishers, ["Éxodo Juárez", "Rancherita"]);
/// ```
pub fn table_notes<'a>(rows: &[(String, Vec<Line<'a>>)]) -> Vec<&'a Citation> {
    let mut notes: Vec<&'a Citation> = Vec::new();
    for citation in rows
        .iter()
        .flat_map(|(_, lines)| lines.iter().filter_map(|line| line.citation))
    {
        if !notes.contains(&citation) {
            notes.push(citation);
        }
    }
    notes
}

/// The mark of note `index` (from 0) of [`table_notes`]: a letter, a…z, then aa, ab…, so that
/// no invented number stands beside the figures.
///
/// ```
/// use corredor_core::presentation::series::note_mark;
/// assert_eq!([note_mark(0), note_mark(25), note_mark(26), note_mark(27)], ["a", "z", "aa", "ab"]);
/// ```
pub fn note_mark(index: usize) -> String {
    let letter = |n: usize| char::from(b'a' + (n % 26) as u8);
    if index < 26 {
        letter(index).to_string()
    } else {
        format!("{}{}", letter(index / 26 - 1), letter(index))
    }
}

/// A statement's mark on the timeline: at its date, and for one issued "on or before" that
/// day, drawn as open toward earlier days (its lower bound is not known, so nothing is drawn
/// as if it were).
#[derive(Clone, Debug, PartialEq)]
pub struct StatementMark {
    /// The statement's index in the collection.
    pub statement: usize,
    /// Its CSS `left` on the axis.
    pub left: String,
    /// Issued on or before its date, not on it.
    pub on_or_before: bool,
}

/// The marks of the statements whose date falls within the shown timeline's `span`, in the
/// collection's order. A statement dated outside it has no mark there (the picker lists
/// every statement); one whose date does not parse has none either.
///
/// ```
/// use corredor_core::data::series::{Listing, Statement};
/// use corredor_core::data::timeline::Span;
/// let first = corredor_core::data::load_embedded().unwrap();
/// let span = Span::of(&first).unwrap();
/// let statements = [
///     Statement { id: "2024-01-23".into(), data: first },
///     Statement { id: "2024-01-26-follow-up".into(), data: corredor_core::data::load_follow_up().unwrap() },
/// ];
/// let listing: Vec<Listing> = statements.iter().map(Listing::of).collect();
/// let marks = corredor_core::presentation::series::timeline_marks(&listing, span);
/// assert_eq!((marks[0].left.as_str(), marks[0].on_or_before), ("85.484%", false));
/// assert_eq!((marks[1].left.as_str(), marks[1].on_or_before), ("90.323%", true));
/// ```
pub fn timeline_marks(statements: &[Listing], span: Span) -> Vec<StatementMark> {
    statements
        .iter()
        .enumerate()
        .filter_map(|(index, statement)| {
            let day = Day::parse(&statement.date)?;
            (span.first <= day && day <= span.last).then(|| StatementMark {
                statement: index,
                left: crate::presentation::timeline::axis_left(span, day),
                on_or_before: statement.on_or_before,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::data::series::embedded_series as statements;

    #[test]
    fn each_line_carries_its_own_provenance() {
        let statements = statements();
        let lines = lines(&statements, Some("guatemala"), Lang::En);
        assert_eq!(lines[0].label, "Statement of 23 January 2024");
        assert_eq!(lines[0].quote.unwrap().es, "Guatemala – 36 vuelos");
        assert!(lines[0].citation.is_none() && lines[0].difference.is_none());
        assert_eq!(
            lines[1].label,
            "Statement issued on or before 26 January 2024"
        );
        assert!(lines[1].quote.is_none());
        assert_eq!(lines[1].citation.unwrap().publisher, "Rancherita");
        assert!(lines[1]
            .difference
            .as_deref()
            .unwrap()
            .starts_with("Computed by us, not in any statement: +12"));
    }

    #[test]
    fn a_shared_line_and_a_place_left_out_get_no_difference() {
        let statements = statements();
        for place in ["romania", "india"] {
            let lines = lines(&statements, Some(place), Lang::Es);
            assert_eq!(lines.len(), 2, "{place}");
            assert!(
                lines.iter().all(|line| line.difference.is_none()),
                "{place}"
            );
        }
        let india = lines(&statements, Some("india"), Lang::Es);
        assert_eq!(
            india[1].text,
            "No está en la lista por destino de este comunicado"
        );
        assert!(india[1].quote.is_none() && india[1].citation.is_none());
        // Brazil: not in the first list, 1 in the second, and nothing to subtract from.
        let brazil = lines(&statements, Some("brazil"), Lang::Es);
        assert!(brazil[0].text.starts_with("No está en la lista"));
        assert!(brazil[1].text.starts_with("1 vuelo · Previsto"));
        assert!(brazil[1].difference.is_none());
    }

    #[test]
    fn the_table_starts_with_the_totals_and_lists_every_place_once() {
        let statements = statements();
        let table = table(&statements, Lang::Es);
        assert_eq!(table[0].0, "Total");
        assert!(table[0].1[0].text.starts_with("79 vuelos · Realizado"));
        assert!(table[0].1[1].text.starts_with("112 vuelos · Previsto"));
        assert_eq!(
            table[0].1[1].difference_short.as_deref(),
            Some("+33, calculado")
        );
        let names: Vec<&str> = table.iter().map(|(name, _)| name.as_str()).collect();
        for name in ["Guatemala", "India", "Rumania", "Brasil"] {
            assert_eq!(
                names.iter().filter(|n| **n == name).count(),
                1,
                "{name}: {names:?}"
            );
        }
        assert!(compares_place(&statements, "guatemala"));
        assert!(!compares_place(&statements, "united-states"));
        assert!(!compares_place(&statements[..1], "guatemala"));
    }

    #[test]
    fn a_statement_dated_outside_the_timeline_gets_no_mark() {
        let statements: Vec<Listing> = statements().iter().map(Listing::of).collect();
        let day = |text| Day::parse(text).unwrap();
        // A span that ends before the follow-up's day, and one that starts after the first's.
        let january = Span {
            first: day("2024-01-01"),
            last: day("2024-01-25"),
        };
        let marks = timeline_marks(&statements, january);
        assert_eq!(marks.len(), 1);
        assert_eq!(marks[0].statement, 0);
        assert!(!marks[0].on_or_before);
        let late = Span {
            first: day("2024-01-24"),
            last: day("2024-01-31"),
        };
        let marks = timeline_marks(&statements, late);
        assert_eq!(marks.len(), 1);
        assert_eq!(marks[0].statement, 1);
        assert!(marks[0].on_or_before);
        assert_eq!(
            marks[0].left,
            crate::presentation::timeline::axis_left(late, day("2024-01-26"))
        );
    }
}
