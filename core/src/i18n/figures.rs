//! How a figure outside the flights and organizations blocks reads, in the details, the
//! figures table and the timeline: its quantity with its bound and unit, its places, its date,
//! and its status, so a scheduled or projected figure never reads as done. Every part comes
//! from the model (`data::StatedFigure`); the words around them are the interface's.

use crate::data::{Dataset, FigureStatus, FigureUnit, Quantity, StatedFigure};
use crate::i18n::places::route;
use crate::i18n::{format, Lang};

/// The unit's name for `quantity`: singular only for exactly one.
fn unit_name(unit: &FigureUnit, quantity: Quantity, lang: Lang) -> &str {
    let one = quantity == Quantity::Exact(1);
    match (unit, lang, one) {
        (FigureUnit::Flights, Lang::Es, true) => "vuelo",
        (FigureUnit::Flights, Lang::Es, false) => "vuelos",
        (FigureUnit::Flights, Lang::En, true) => "flight",
        (FigureUnit::Flights, Lang::En, false) => "flights",
        (FigureUnit::People, Lang::Es, true) => "persona",
        (FigureUnit::People, Lang::Es, false) => "personas",
        (FigureUnit::People, Lang::En, true) => "person",
        (FigureUnit::People, Lang::En, false) => "people",
        (FigureUnit::Organizations, Lang::Es, true) => "organización",
        (FigureUnit::Organizations, Lang::Es, false) => "organizaciones",
        (FigureUnit::Organizations, Lang::En, true) => "organization",
        (FigureUnit::Organizations, Lang::En, false) => "organizations",
        // The statement names its own unit once, as the text uses it.
        (FigureUnit::Named(name), lang, _) => name.get(lang),
    }
}

/// "más de 250 personas", "7 flights".
///
/// ```
/// use corredor_core::data::{FigureUnit, Quantity};
/// use corredor_core::i18n::{figures::amount, Lang};
/// assert_eq!(amount(&FigureUnit::People, Quantity::MoreThan(250), Lang::Es), "más de 250 personas");
/// assert_eq!(amount(&FigureUnit::Flights, Quantity::Exact(1), Lang::En), "1 flight");
/// ```
pub fn amount(unit: &FigureUnit, quantity: Quantity, lang: Lang) -> String {
    format!(
        "{} {}",
        format::quantity(quantity, lang),
        unit_name(unit, quantity, lang)
    )
}

/// The status as a label, none for a done figure: what every view puts before a figure that
/// is still to come when the statement is written.
pub fn status_label(status: FigureStatus, lang: Lang) -> Option<&'static str> {
    match (status, lang) {
        (FigureStatus::Done, _) => None,
        (FigureStatus::Scheduled, Lang::Es) => Some("Programado"),
        (FigureStatus::Scheduled, Lang::En) => Some("Scheduled"),
        (FigureStatus::Projected, Lang::Es) => Some("Previsto"),
        (FigureStatus::Projected, Lang::En) => Some("Projected"),
    }
}

/// The status in a table's cell: done figures say so too.
pub fn status_cell(status: FigureStatus, lang: Lang) -> &'static str {
    status_label(status, lang).unwrap_or(match lang {
        Lang::Es => "Realizado",
        Lang::En => "Done",
    })
}

/// Where: "desde Houston y Phoenix a San Pedro Sula", "en Chiapas"; empty when the text names
/// no place.
pub fn places(data: &Dataset, figure: &StatedFigure, lang: Lang) -> String {
    route(data, [&figure.from, &figure.to, &figure.places], lang)
}

/// The whole figure in one line, as the details panel and the timeline's marks say it:
/// "Programado: 30 vuelos, marzo de 2024", "2 vuelos desde Houston a Ciudad de Guatemala,
/// 4 de marzo de [2024]".
///
/// ```
/// let data = corredor_core::data::load_embedded().unwrap();
/// // The 23 January statement's figures all sit in its blocks.
/// assert!(data.figures.is_empty());
/// ```
pub fn line(data: &Dataset, figure: &StatedFigure, lang: Lang) -> String {
    let mut text = amount(&figure.unit, figure.quantity, lang);
    let places = places(data, figure, lang);
    if !places.is_empty() {
        text.push(' ');
        text.push_str(&places);
    }
    if let Some(date) = &figure.date {
        text.push_str(", ");
        text.push_str(&format::event_date(date, lang));
    }
    match status_label(figure.status, lang) {
        Some(label) => format!("{label}: {text}"),
        None => text,
    }
}

/// The figures the total `id` is made of, and their sum, when the statement gives both.
pub fn parts_sum(data: &Dataset, id: &str) -> Option<u32> {
    let mut parts = data
        .figures
        .iter()
        .filter(|figure| figure.part_of.as_deref() == Some(id))
        .peekable();
    parts.peek()?;
    parts
        .map(|part| match part.quantity {
            Quantity::Exact(value) => Some(value),
            _ => None,
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{Bilingual, EventDate, List, Precision, Str};

    fn figure(status: FigureStatus) -> StatedFigure {
        StatedFigure {
            id: Str::Borrowed("march"),
            unit: FigureUnit::Flights,
            quantity: Quantity::Exact(30),
            status,
            date: Some(EventDate {
                precision: Precision::Month,
                start: Str::Borrowed("2024-03"),
                end: None,
                year_inferred: false,
                days: None,
            }),
            to: List::Borrowed(&[]),
            from: List::Borrowed(&[]),
            places: List::Borrowed(&[]),
            part_of: None,
            quote: None,
            citation: None,
            note: None,
            date_note: None,
        }
    }

    #[test]
    fn a_scheduled_figure_never_reads_as_done() {
        let data = crate::data::load_embedded().unwrap();
        let scheduled = figure(FigureStatus::Scheduled);
        assert_eq!(
            line(&data, &scheduled, Lang::Es),
            "Programado: 30 vuelos, marzo de 2024"
        );
        assert_eq!(
            line(&data, &figure(FigureStatus::Projected), Lang::En),
            "Projected: 30 flights, March 2024"
        );
        assert_eq!(
            line(&data, &figure(FigureStatus::Done), Lang::En),
            "30 flights, March 2024"
        );
        assert_eq!(status_cell(FigureStatus::Done, Lang::Es), "Realizado");
    }

    #[test]
    fn places_read_from_and_to_and_a_named_unit_reads_as_the_statement_names_it() {
        let data = crate::data::load_embedded().unwrap();
        let mut flights = figure(FigureStatus::Done);
        flights.from = List::Owned(vec!["guatemala".into(), "honduras".into()]);
        flights.to = List::Owned(vec!["mexico".into()]);
        assert_eq!(
            places(&data, &flights, Lang::Es),
            "desde Guatemala y Honduras a México"
        );
        let named = FigureUnit::Named(Bilingual {
            es: "solicitudes".into(),
            en: "requests".into(),
        });
        assert_eq!(
            amount(&named, Quantity::About(40), Lang::En),
            "about 40 requests"
        );
    }
}
