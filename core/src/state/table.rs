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

    /// The key a header's button names (`data-sort`), if it names one.
    pub fn from_key(name: &str) -> Option<SortKey> {
        [SortKey::Destination, SortKey::Flights]
            .into_iter()
            .find(|key| key.key() == name)
    }
}

/// The table's sort: a column and a direction, or the source's order (`None`).
pub type Sort = Option<(SortKey, Direction)>;

/// The sort after a click on `key`'s header: the same column turns around; another starts
/// with the most flights, or with the names from A.
pub fn next_sort(current: Sort, key: SortKey) -> (SortKey, Direction) {
    match current {
        Some((shown, direction)) if shown == key => (key, direction.flipped()),
        _ if key == SortKey::Flights => (key, Direction::Descending),
        _ => (key, Direction::Ascending),
    }
}

/// What `key`'s header shows under `sort`: its `aria-sort` and its arrow.
pub fn header_state(sort: Sort, key: SortKey) -> (&'static str, &'static str) {
    match sort {
        Some((shown, Direction::Ascending)) if shown == key => ("ascending", "▲"),
        Some((shown, Direction::Descending)) if shown == key => ("descending", "▼"),
        _ => ("none", "↕"),
    }
}

/// The destinations (indices into `data.flights.destinations`) in the order `sort` shows
/// them in `lang`: the source's without a sort.
pub fn sorted_destinations(data: &Dataset, lang: Lang, sort: Sort) -> Vec<usize> {
    let mut rows = flight_rows(data, lang);
    if let Some((key, direction)) = sort {
        sort_rows(&mut rows, key, direction);
    }
    rows.into_iter().map(|row| row.destination).collect()
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
    let shares = flight_shares(data);
    data.destinations()
        .iter()
        .zip(shares)
        .enumerate()
        .map(|(index, (destination, share))| FlightRow {
            destination: index,
            name: place_names(data, &destination.places, lang, " / "),
            flights: destination.flights,
            share,
        })
        .collect()
}

/// Each destination's share of the stated total, percent, as the table shows it: rounded to
/// one decimal so that the rows add up to the total row ([`rounded_shares`]).
pub fn flight_shares(data: &Dataset) -> Vec<f64> {
    let parts: Vec<u32> = data.destinations().iter().map(|d| d.flights).collect();
    let total = data.flights.as_ref().map_or(0, |flights| flights.total);
    rounded_shares(&parts, total)
        .into_iter()
        .map(|tenths| f64::from(tenths) / 10.0)
        .collect()
}

/// Each part's share of `total` in tenths of a percent, rounded by largest remainder: the
/// shares add up to the rounded share of the parts' sum (1000, that is 100.0 %, when they sum
/// to the total), so a table never shows rows of 100.1 % under a total of 100.0 %. Ties go
/// to the earlier part.
///
/// ```
/// use corredor_core::state::table::rounded_shares;
/// // One third each: 33.3 + 33.3 + 33.4 = 100.0.
/// assert_eq!(rounded_shares(&[1, 1, 1], 3), vec![334, 333, 333]);
/// assert_eq!(rounded_shares(&[36, 43], 79).iter().sum::<u32>(), 1000);
/// assert_eq!(rounded_shares(&[1], 0), vec![0]);
/// ```
pub fn rounded_shares(parts: &[u32], total: u32) -> Vec<u32> {
    if total == 0 {
        return vec![0; parts.len()];
    }
    let total = u64::from(total);
    let scaled = |part: u64| part * 1000;
    let mut shares: Vec<u32> = parts
        .iter()
        .map(|&part| u32::try_from(scaled(u64::from(part)) / total).unwrap_or(u32::MAX))
        .collect();
    let sum: u64 = parts.iter().map(|&part| u64::from(part)).sum();
    // The sum's share, rounded half up: what the total row shows.
    let target = (scaled(sum) * 2 + total) / (total * 2);
    let given: u64 = shares.iter().map(|&share| u64::from(share)).sum();
    // The largest remainders, one tenth each; picked one at a time (a table has a dozen rows,
    // and a sort would be one more generic instance in the wasm).
    let mut remainders: Vec<Option<u64>> = parts
        .iter()
        .map(|&part| Some(scaled(u64::from(part)) % total))
        .collect();
    for _ in given..target {
        let mut best: Option<(usize, u64)> = None;
        for (index, remainder) in remainders.iter().enumerate() {
            if let Some(remainder) = *remainder {
                if best.is_none_or(|(_, top)| remainder > top) {
                    best = Some((index, remainder));
                }
            }
        }
        let Some((index, _)) = best else { break };
        if let (Some(share), Some(taken)) = (shares.get_mut(index), remainders.get_mut(index)) {
            *share += 1;
            *taken = None;
        }
    }
    shares
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
    crate::sorting::sort_by(rows, |a, b| {
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

    /// The fact-checker's case: each row rounded on its own gave 100.1 % under a total row of
    /// 100.0 %. The rows as shown (one decimal) add up to the total as shown.
    #[test]
    fn the_shares_as_shown_add_up_to_the_total_row() {
        let data = load_embedded().unwrap();
        let shown_tenths: u32 = flight_rows(&data, Lang::Es)
            .iter()
            .map(|row| (row.share * 10.0).round() as u32)
            .sum();
        assert_eq!(shown_tenths, 1000);
        // Each share is still the nearest tenth or the next one to its exact value.
        for row in flight_rows(&data, Lang::Es) {
            let exact = share_percent(row.flights, data.flights.as_ref().unwrap().total);
            assert!((row.share - exact).abs() < 0.1, "{row:?} vs {exact}");
        }
        // Rounding each on its own does not add up: the reason for the largest remainder.
        let total = data.flights.as_ref().unwrap().total;
        let naive: u32 = data
            .destinations()
            .iter()
            .map(|d| (share_percent(d.flights, total) * 10.0).round() as u32)
            .sum();
        assert_ne!(naive, 1000);
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

    #[test]
    fn a_header_click_turns_its_column_around_and_another_column_starts_from_its_natural_end() {
        use Direction::*;
        use SortKey::*;
        assert_eq!(next_sort(None, Flights), (Flights, Descending));
        assert_eq!(next_sort(None, Destination), (Destination, Ascending));
        assert_eq!(
            next_sort(Some((Flights, Descending)), Flights),
            (Flights, Ascending)
        );
        assert_eq!(
            next_sort(Some((Flights, Ascending)), Flights),
            (Flights, Descending)
        );
        assert_eq!(
            next_sort(Some((Flights, Ascending)), Destination),
            (Destination, Ascending)
        );
        assert_eq!(
            next_sort(Some((Destination, Ascending)), Destination),
            (Destination, Descending)
        );
        assert_eq!(header_state(None, Flights), ("none", "↕"));
        assert_eq!(
            header_state(Some((Flights, Ascending)), Flights),
            ("ascending", "▲")
        );
        assert_eq!(
            header_state(Some((Flights, Descending)), Flights),
            ("descending", "▼")
        );
        assert_eq!(
            header_state(Some((Flights, Descending)), Destination),
            ("none", "↕")
        );
        for key in [Flights, Destination] {
            assert_eq!(SortKey::from_key(key.key()), Some(key));
        }
        assert_eq!(SortKey::from_key("share"), None);
    }

    #[test]
    fn the_destinations_order_follows_the_sort_and_without_one_is_the_sources() {
        let data = load_embedded().unwrap();
        let count = data.destinations().len();
        assert_eq!(
            sorted_destinations(&data, Lang::Es, None),
            (0..count).collect::<Vec<_>>()
        );
        let most = sorted_destinations(
            &data,
            Lang::Es,
            Some((SortKey::Flights, Direction::Descending)),
        );
        let flights = |index: usize| data.destinations()[index].flights;
        assert!(
            most.windows(2).all(|w| flights(w[0]) >= flights(w[1])),
            "{most:?}"
        );
        let mut seen = most.clone();
        seen.sort_unstable();
        assert_eq!(seen, (0..count).collect::<Vec<_>>());
    }
}
