//! The downloads offered to readers, generated from the validated model: `flights.csv` and
//! the full dataset as JSON. The files are committed under `public/downloads/` (Trunk copies
//! them into the build) and a test fails when they drift from the model;
//! `cargo xtask exports` rewrites them.
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)
)]

use crate::data::model::Dataset;
use crate::lang::Lang;

/// Where the downloads live in the repository and, under the same name, in the build.
pub const DOWNLOADS_DIR: &str = "public/downloads";
/// The flights table's file name.
pub const FLIGHTS_CSV: &str = "flights.csv";
/// The full dataset's file name.
pub const DATASET_JSON_FILE: &str = "corredor-dataset.json";

/// The CSV header: one column per field, English names.
pub const FLIGHTS_CSV_HEADER: [&str; 8] = [
    "destination",
    "destination_es",
    "iso_code",
    "flights",
    "period_start",
    "period_end",
    "period_year_inferred",
    "note",
];

/// Every file of the downloads folder ([`DOWNLOADS_DIR`]): its name and its contents.
pub fn downloads(data: &Dataset) -> [(&'static str, String); 2] {
    [
        (FLIGHTS_CSV, flights_csv(data)),
        (DATASET_JSON_FILE, dataset_json(data)),
    ]
}

/// `flights.csv`: one row per line of the source's list, in its order. A shared flight
/// stays one row naming both places ("Romania / India", "RO;IN"), never split.
pub fn flights_csv(data: &Dataset) -> String {
    let mut out = String::new();
    push_row(&mut out, FLIGHTS_CSV_HEADER.iter().map(|h| (*h).to_owned()));
    let period_end = data
        .flights
        .period
        .end
        .as_deref()
        .unwrap_or_default()
        .to_owned();
    for destination in data.flights.destinations.iter() {
        let places: Vec<_> = destination
            .places
            .iter()
            .filter_map(|id| data.place(id))
            .collect();
        let names = |lang| {
            places
                .iter()
                .map(|p| p.name.get(lang))
                .collect::<Vec<_>>()
                .join(" / ")
        };
        let codes = places
            .iter()
            .filter_map(|p| p.iso.as_deref())
            .collect::<Vec<_>>()
            .join(";");
        let note = destination
            .note
            .as_ref()
            .map(|n| n.en.clone())
            .unwrap_or_default();
        push_row(
            &mut out,
            [
                names(Lang::En),
                names(Lang::Es),
                codes,
                destination.flights.to_string(),
                data.flights.period.start.to_string(),
                period_end.clone(),
                // The text says "desde el 1 al 21 de enero": the year is read from its date.
                data.flights.period.year_inferred.to_string(),
                note.to_string(),
            ]
            .into_iter(),
        );
    }
    out
}

/// The full dataset, pretty-printed, as readers download it.
pub fn dataset_json(data: &Dataset) -> String {
    let mut text = serde_json::to_string_pretty(data).unwrap_or_default();
    text.push('\n');
    text
}

/// Appends one RFC 4180 row, quoting fields that need it, ending in CRLF.
fn push_row(out: &mut String, fields: impl Iterator<Item = String>) {
    let quoted: Vec<String> = fields
        .map(|field| {
            if field.contains([',', '"', '\n', '\r']) {
                format!("\"{}\"", field.replace('"', "\"\""))
            } else {
                field
            }
        })
        .collect();
    out.push_str(&quoted.join(","));
    out.push_str("\r\n");
}

/// Parses RFC 4180 CSV into rows of fields; `None` on an unterminated quote.
pub fn parse_csv(text: &str) -> Option<Vec<Vec<String>>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut chars = text.chars().peekable();
    let mut in_quotes = false;
    while let Some(c) = chars.next() {
        match (in_quotes, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            (true, '"') => in_quotes = false,
            (true, c) => field.push(c),
            (false, '"') if field.is_empty() => in_quotes = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    if in_quotes {
        return None;
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    Some(rows)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{load, load_embedded, EMBEDDED_SOURCES};

    #[test]
    fn flights_csv_round_trips_to_the_model() {
        let data = load_embedded().unwrap();
        let rows = parse_csv(&flights_csv(&data)).unwrap();
        assert_eq!(rows[0], FLIGHTS_CSV_HEADER);
        let body = &rows[1..];
        assert_eq!(body.len(), data.flights.destinations.len());
        let mut total = 0;
        for (row, destination) in body.iter().zip(data.flights.destinations.iter()) {
            let flights: u32 = row[3].parse().unwrap();
            assert_eq!(flights, destination.flights);
            total += flights;
            let codes: Vec<&str> = row[2].split(';').collect();
            let expected: Vec<&str> = destination
                .places
                .iter()
                .map(|id| data.place(id).unwrap().iso.as_deref().unwrap())
                .collect();
            assert_eq!(codes, expected);
            assert_eq!(
                (row[4].as_str(), row[5].as_str()),
                ("2024-01-01", "2024-01-21")
            );
            assert_eq!(
                row[6], "true",
                "the period's year is inferred from the statement"
            );
        }
        assert_eq!(total, data.flights.total);
    }

    #[test]
    fn the_shared_flight_is_one_row_naming_both_countries() {
        let data = load_embedded().unwrap();
        let rows = parse_csv(&flights_csv(&data)).unwrap();
        let shared: Vec<_> = rows.iter().filter(|row| row[2].contains(';')).collect();
        assert_eq!(shared.len(), 1);
        assert_eq!(shared[0][0], "Romania / India");
        assert_eq!(shared[0][1], "Rumania / India");
        assert_eq!(shared[0][2], "RO;IN");
        assert_eq!(shared[0][3], "1");
        assert!(!rows.iter().any(|row| row[2] == "RO" || row[2] == "IN"));
    }

    #[test]
    fn fields_with_commas_and_quotes_survive() {
        let mut out = String::new();
        push_row(
            &mut out,
            ["a,b".to_owned(), "say \"hi\"".to_owned(), String::new()].into_iter(),
        );
        assert_eq!(
            parse_csv(&out).unwrap(),
            vec![vec!["a,b", "say \"hi\"", ""]]
        );
        assert_eq!(parse_csv("\"open"), None);
    }

    #[test]
    fn the_json_export_round_trips_to_the_model() {
        let data = load_embedded().unwrap();
        let reloaded = load(&dataset_json(&data), &EMBEDDED_SOURCES).unwrap();
        assert_eq!(reloaded, data);
    }

    /// The committed downloads equal what the model generates (`cargo xtask exports` writes
    /// them; this test only compares).
    #[test]
    fn exports_are_up_to_date() {
        let data = load_embedded().unwrap();
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("..")
            .join(DOWNLOADS_DIR);
        for (name, generated) in downloads(&data) {
            let path = dir.join(name);
            let committed = std::fs::read_to_string(&path).unwrap_or_default();
            assert!(
                committed == generated,
                "{} is out of date with data/dataset.json: run `cargo xtask exports`",
                path.display()
            );
        }
    }
}
