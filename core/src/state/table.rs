//! The flights table: rows, each destination's share of the total, and sorting.

use std::cmp::Ordering;

use crate::data::Dataset;
use crate::i18n::places::place_names;
use crate::lang::Lang;

/// A column the flights table sorts by.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SortKey {
    /// The destination's name, in the reader's language.
    Destination,
    /// The number of flights (the share sorts the same way).
    Flights,
}

impl SortKey {
    /// A stable name, for test ids.
    pub fn key(self) -> &'static str {
        match self {
            SortKey::Destination => "destination",
            SortKey::Flights => "flights",
        }
    }
}

/// A sort direction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// A to Z, smallest first.
    Ascending,
    /// Z to A, largest first.
    Descending,
}

impl Direction {
    /// The other direction.
    pub fn flipped(self) -> Direction {
        match self {
            Direction::Ascending => Direction::Descending,
            Direction::Descending => Direction::Ascending,
        }
    }

    /// The `aria-sort` value.
    pub fn aria(self) -> &'static str {
        match self {
            Direction::Ascending => "ascending",
            Direction::Descending => "descending",
        }
    }
}

/// One row: a line of the source's list.
#[derive(Clone, Debug, PartialEq)]
pub struct FlightRow {
    /// Index into `data.flights.destinations`.
    pub destination: usize,
    /// "Romania / India".
    pub name: String,
    /// Flights.
    pub flights: u32,
    /// Share of the stated total, in percent.
    pub share: f64,
}

/// The rows in the source's order.
pub fn flight_rows(data: &Dataset, lang: Lang) -> Vec<FlightRow> {
    data.flights
        .destinations
        .iter()
        .enumerate()
        .map(|(index, destination)| FlightRow {
            destination: index,
            name: place_names(data, &destination.places, lang, " / "),
            flights: destination.flights,
            share: share_percent(destination.flights, data.flights.total),
        })
        .collect()
}

/// `part` as a percentage of `total` (0 when the total is 0).
///
/// ```
/// use corredor_core::state::table::share_percent;
/// assert!((share_percent(36, 79) - 45.57).abs() < 0.01);
/// assert_eq!(share_percent(1, 0), 0.0);
/// ```
pub fn share_percent(part: u32, total: u32) -> f64 {
    if total == 0 {
        0.0
    } else {
        f64::from(part) * 100.0 / f64::from(total)
    }
}

/// Sorts `rows` by `key` in `direction`; ties keep the source's order.
pub fn sort_rows(rows: &mut [FlightRow], key: SortKey, direction: Direction) {
    rows.sort_by(|a, b| {
        let order = match key {
            SortKey::Destination => fold(&a.name).cmp(&fold(&b.name)),
            SortKey::Flights => a.flights.cmp(&b.flights),
        };
        let order = match direction {
            Direction::Ascending => order,
            Direction::Descending => order.reverse(),
        };
        order.then(a.destination.cmp(&b.destination))
    });
}

/// Lowercase without accents, so "Haití" sorts with "Haiti" and "Perú" before "República".
fn fold(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            'á' | 'à' | 'ä' | 'â' | 'Á' => 'a',
            'é' | 'è' | 'ë' | 'ê' | 'É' => 'e',
            'í' | 'ì' | 'ï' | 'î' | 'Í' => 'i',
            'ó' | 'ò' | 'ö' | 'ô' | 'Ó' => 'o',
            'ú' | 'ù' | 'ü' | 'û' | 'Ú' => 'u',
            'ñ' | 'Ñ' => 'n',
            other => other.to_ascii_lowercase(),
        })
        .collect()
}

/// Compares two shares for display order (used by tests and callers that need it).
pub fn compare_shares(a: &FlightRow, b: &FlightRow) -> Ordering {
    a.share.total_cmp(&b.share)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::load_embedded;

    #[test]
    fn shares_add_up_to_the_whole() {
        let data = load_embedded().unwrap();
        let total: f64 = flight_rows(&data, Lang::Es).iter().map(|r| r.share).sum();
        assert!((total - 100.0).abs() < 1e-9);
    }

    #[test]
    fn sorting_by_name_ignores_accents_and_by_flights_keeps_ties_in_source_order() {
        let data = load_embedded().unwrap();
        let mut rows = flight_rows(&data, Lang::Es);
        sort_rows(&mut rows, SortKey::Destination, Direction::Ascending);
        let names: Vec<&str> = rows.iter().map(|r| r.name.as_str()).collect();
        assert_eq!(names.first(), Some(&"Colombia"));
        assert!(
            names.iter().position(|n| *n == "Perú")
                < names.iter().position(|n| *n == "República Dominicana")
        );
        sort_rows(&mut rows, SortKey::Flights, Direction::Descending);
        assert_eq!(rows[0].name, "Guatemala");
        let ones: Vec<usize> = rows
            .iter()
            .filter(|r| r.flights == 1)
            .map(|r| r.destination)
            .collect();
        assert!(ones.windows(2).all(|w| w[0] < w[1]), "{ones:?}");
        assert!(rows
            .windows(2)
            .all(|w| compare_shares(&w[0], &w[1]) != Ordering::Less));
    }
}
