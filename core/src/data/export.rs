//! The downloads offered to readers, generated from the validated model: `flights.csv`,
//! `figures.csv` (every figure of the statement, whatever its shape) and the full dataset as
//! JSON. The files are committed under `public/downloads/` (Trunk copies
//! them into the build) and a test fails when they drift from the model;
//! `cargo xtask exports` rewrites them.
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)
)]

use crate::data::model::{Dataset, Quantity};
use crate::data::statement::figures::{Status, Unit, When};
use crate::data::statement::read::Reading;
use crate::data::statement::Located;
use crate::lang::Lang;

/// Where the downloads live in the repository and, under the same name, in the build.
pub const DOWNLOADS_DIR: &str = "public/downloads";

/// The downloads folder of the collection's statement at `position` with folder name `id`:
/// [`DOWNLOADS_DIR`] for the first (its links predate the series), `public/statements/<id>/
/// downloads` for the others, where the build copies them beside that statement's pages.
///
/// ```
/// use corredor_core::data::export::downloads_dir;
/// assert_eq!(downloads_dir(0, "2024-01-23"), "public/downloads");
/// assert_eq!(downloads_dir(1, "2024-01-26-follow-up"), "public/statements/2024-01-26-follow-up/downloads");
/// ```
pub fn downloads_dir(position: usize, id: &str) -> String {
    if position == 0 {
        DOWNLOADS_DIR.to_owned()
    } else {
        format!(
            "public/{}{id}/downloads",
            crate::state::pages::STATEMENTS_FOLDER
        )
    }
}
/// The flights table's file name.
pub const FLIGHTS_CSV: &str = "flights.csv";
/// The full dataset's file name.
pub const DATASET_JSON_FILE: &str = "corredor-dataset.json";
/// Every figure of the statement, one row each.
pub const FIGURES_CSV: &str = "figures.csv";

/// The figures table's header: one column per property of a figure, English names.
pub const FIGURES_CSV_HEADER: [&str; 26] = [
    "statement",
    "data_version",
    "figure",
    "unit",
    "quantity",
    "value",
    "denominator",
    "status",
    "from",
    "to",
    "in",
    "in_list_complete",
    "by",
    "credited_to",
    "date",
    "date_start",
    "date_end",
    "year_inferred",
    "part_of",
    "provenance",
    "quote_es",
    "quote_en",
    "cited_publisher",
    "cited_date",
    "cited_url",
    "note",
];

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
/// `flights.csv` only when the statement breaks its flights down by destination.
pub fn downloads(data: &Dataset, statement: &Reading) -> Vec<(&'static str, String)> {
    let mut files = vec![
        (DATASET_JSON_FILE, dataset_json(data)),
        (FIGURES_CSV, figures_csv(statement, data)),
    ];
    if let Some(flights) = flights_csv(data) {
        files.insert(0, (FLIGHTS_CSV, flights));
    }
    files
}

/// The published figures (`published`: the committed `figures.csv` download) that the folder
/// changed without a correction about them; see `data::statement::corrections`.
pub fn silent_changes(published: &str, statement: &Reading, data: &Dataset) -> Vec<Located> {
    let figures_file = statement
        .figures
        .first()
        .map(|figure| figure.row.file.clone())
        .unwrap_or_default();
    crate::data::statement::corrections::silent_changes(
        published,
        &figures_csv(statement, data),
        &statement.figures,
        &statement.corrections,
        &figures_file,
    )
}

/// `figures.csv`: every figure of the statement as its folder gives it, whatever its shape,
/// one row each, with its unit, quantity, status, places (names in English), dates and
/// provenance. A figure shared by several places stays one row naming all of them.
pub fn figures_csv(statement: &Reading, data: &Dataset) -> String {
    let mut out = String::new();
    push_row(&mut out, FIGURES_CSV_HEADER.iter().map(|h| (*h).to_owned()));
    let names = |ids: &[crate::data::Str]| {
        ids.iter()
            .map(|id| data.place_name(id, Lang::En).to_owned())
            .collect::<Vec<_>>()
            .join(" / ")
    };
    for figure in &statement.figures {
        let (kind, value, denominator) = match figure.quantity {
            Quantity::Exact(n) => ("exact", n, None),
            Quantity::AtLeast(n) => ("at_least", n, None),
            Quantity::MoreThan(n) => ("more_than", n, None),
            Quantity::About(n) => ("about", n, None),
            Quantity::MoreThanFraction {
                numerator,
                denominator,
            } => ("more_than_fraction", numerator, Some(denominator)),
        };
        let (written, start, end) = match figure.when {
            None => (String::new(), String::new(), String::new()),
            Some(When::Day(day)) => (day.iso(), day.iso(), day.iso()),
            Some(When::Month(month)) => (
                format!("{:04}-{:02}", month.year, month.month),
                month.first_day().iso(),
                month.last_day().iso(),
            ),
            Some(When::Range(first, last)) => (
                format!("{}/{}", first.iso(), last.iso()),
                first.iso(),
                last.iso(),
            ),
            // Up to a day: the text gives no first day, so none is written.
            Some(When::UpTo(last)) => (format!("../{}", last.iso()), String::new(), last.iso()),
        };
        let unit = match &figure.unit {
            Unit::Flights => "flights".to_owned(),
            Unit::People => "people".to_owned(),
            Unit::Organizations => "organizations".to_owned(),
            Unit::Named(name) => name.clone(),
        };
        let status = match figure.status {
            Status::Done => "done",
            Status::Scheduled => "scheduled",
            Status::Projected => "projected",
        };
        let cited = figure.citation.as_ref();
        let provenance = match (&figure.quote, cited) {
            (Some(_), _) => "quoted from the statement".to_owned(),
            (None, Some(citation)) => format!("reported by {}", citation.publisher),
            (None, None) => String::new(),
        };
        let by = |applies: bool| {
            figure
                .by
                .as_deref()
                .filter(|_| applies)
                .map(|id| data.place_name(id, Lang::En).to_owned())
                .unwrap_or_default()
        };
        let bilingual = |text: &Option<crate::data::Bilingual>, lang: Lang| {
            text.as_ref()
                .map(|text| text.get(lang).to_owned())
                .unwrap_or_default()
        };
        push_row(
            &mut out,
            [
                statement.id.clone(),
                statement.version.map(|v| v.to_string()).unwrap_or_default(),
                figure.id.clone(),
                unit,
                kind.to_owned(),
                value.to_string(),
                denominator.map(|d| d.to_string()).unwrap_or_default(),
                status.to_owned(),
                names(&figure.from),
                names(&figure.to),
                names(&figure.in_places),
                if figure.in_places.is_empty() {
                    String::new()
                } else {
                    figure.in_complete.to_string()
                },
                // The text credits a government's efforts ("Reconocemos los esfuerzos de
                // México") without saying it did the counted thing itself: kept apart.
                by(figure.credit_quote.is_none()),
                by(figure.credit_quote.is_some()),
                written,
                start,
                end,
                figure.year_inferred.to_string(),
                figure.part_of.clone().unwrap_or_default(),
                provenance,
                bilingual(&figure.quote, Lang::Es),
                bilingual(&figure.quote, Lang::En),
                cited.map(|c| c.publisher.to_string()).unwrap_or_default(),
                cited.map(|c| c.date.to_string()).unwrap_or_default(),
                cited.map(|c| c.url.to_string()).unwrap_or_default(),
                bilingual(&figure.note, Lang::En),
            ]
            .into_iter(),
        );
    }
    out
}

/// `flights.csv`: one row per line of the source's list, in its order. A shared flight
/// stays one row naming both places ("Romania / India", "RO;IN"), never split. None when the
/// statement gives no flights by destination.
pub fn flights_csv(data: &Dataset) -> Option<String> {
    let flights = data.flights.as_ref()?;
    let mut out = String::new();
    push_row(&mut out, FLIGHTS_CSV_HEADER.iter().map(|h| (*h).to_owned()));
    let period_end = flights.period.end.as_deref().unwrap_or_default().to_owned();
    for destination in flights.destinations.iter() {
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
                flights.period.start.to_string(),
                period_end.clone(),
                // The text says "desde el 1 al 21 de enero": the year is read from its date.
                flights.period.year_inferred.to_string(),
                note.to_string(),
            ]
            .into_iter(),
        );
    }
    Some(out)
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

/// Reads RFC 4180 CSV into rows of fields (the header first), with the reader statements
/// are read with; `None` on an unterminated quote or a ragged row.
pub fn parse_csv(text: &str) -> Option<Vec<Vec<String>>> {
    let table = crate::data::statement::csv::parse("", text).ok()?;
    Some(
        std::iter::once(table.header)
            .chain(table.rows)
            .map(|row| row.into_iter().map(|cell| cell.text).collect())
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{load, load_embedded, EMBEDDED_SOURCES};

    #[test]
    fn flights_csv_round_trips_to_the_model() {
        let data = load_embedded().unwrap();
        let rows = parse_csv(&flights_csv(&data).unwrap()).unwrap();
        assert_eq!(rows[0], FLIGHTS_CSV_HEADER);
        let body = &rows[1..];
        assert_eq!(body.len(), data.destinations().len());
        let mut total = 0;
        for (row, destination) in body.iter().zip(data.destinations()) {
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
        assert_eq!(total, data.flights.unwrap().total);
    }

    #[test]
    fn the_shared_flight_is_one_row_naming_both_countries() {
        let data = load_embedded().unwrap();
        let rows = parse_csv(&flights_csv(&data).unwrap()).unwrap();
        let shared: Vec<_> = rows.iter().filter(|row| row[2].contains(';')).collect();
        assert_eq!(shared.len(), 1);
        assert_eq!(shared[0][0], "Romania / India");
        assert_eq!(shared[0][1], "Rumania / India");
        assert_eq!(shared[0][2], "RO;IN");
        assert_eq!(shared[0][3], "1");
        assert!(!rows.iter().any(|row| row[2] == "RO" || row[2] == "IN"));
    }

    #[test]
    fn figures_csv_has_one_row_per_figure_and_keeps_a_shared_figure_whole() {
        let data = load_embedded().unwrap();
        let reading = crate::data::statement::read_embedded();
        let rows = parse_csv(&figures_csv(&reading, &data)).unwrap();
        assert_eq!(rows[0], FIGURES_CSV_HEADER);
        assert_eq!(rows.len() - 1, reading.figures.len());
        let row = |id: &str| rows.iter().find(|row| row[2] == id).unwrap();
        let shared = row("flights-romania-india");
        assert_eq!(
            (shared[9].as_str(), shared[5].as_str()),
            ("Romania / India", "1")
        );
        let total = row("flights");
        assert_eq!(
            (total[5].as_str(), total[14].as_str(), total[17].as_str()),
            ("79", "2024-01-01/2024-01-21", "true")
        );
        let organizations = row("organizations-dismantled");
        assert_eq!(
            (organizations[4].as_str(), organizations[5].as_str()),
            ("at_least", "10")
        );
        assert_eq!(organizations[11], "false", "the text says «entre otros»");
        assert_eq!(
            (organizations[12].as_str(), organizations[13].as_str()),
            ("", "Mexico"),
            "the text credits Mexico's efforts"
        );
        assert!(rows[1..]
            .iter()
            .all(|row| row[0] == "2024-01-23" && row[1] == "4"));
        // The parts add up to their total.
        let parts: u32 = rows[1..]
            .iter()
            .filter(|row| row[18] == "flights")
            .map(|row| row[5].parse::<u32>().unwrap())
            .sum();
        assert_eq!(parts, 79);
    }

    #[test]
    fn a_published_figure_never_changes_without_a_correction() {
        use crate::data::error::Problem;
        use crate::data::statement::{read, Folder};
        use crate::data::{EMBEDDED_FOLDER, EMBEDDED_GAZETTEER};
        let published = include_str!("../../../public/downloads/figures.csv");
        let data = load_embedded().unwrap();
        let reading = crate::data::statement::read_embedded();
        assert_eq!(silent_changes(published, &reading, &data), vec![]);
        // Guatemala's 36 becomes 37 (and the total 80, so the sum still holds).
        let edit = |log: &str, version: &str| -> Vec<(&'static str, Vec<u8>)> {
            EMBEDDED_FOLDER
                .files
                .iter()
                .map(|(name, bytes)| {
                    let text = String::from_utf8(bytes.to_vec()).unwrap();
                    let text = match *name {
                        "figures.csv" => text
                            .replacen("flights,flights,exact,79,", "flights,flights,exact,80,", 1)
                            .replacen(
                                "flights-guatemala,flights,exact,36,",
                                "flights-guatemala,flights,exact,37,",
                                1,
                            ),
                        "corrections.csv" => format!("{text}{log}"),
                        "statement.txt" => text.replace("version: 4", version),
                        _ => text,
                    };
                    (*name, text.into_bytes())
                })
                .collect()
        };
        let changes = |files: &[(&'static str, Vec<u8>)]| {
            let files: Vec<(&str, &[u8])> = files.iter().map(|(n, b)| (*n, b.as_slice())).collect();
            let reading = read(
                EMBEDDED_GAZETTEER,
                Folder {
                    path: EMBEDDED_FOLDER.path,
                    files: &files,
                },
            );
            silent_changes(published, &reading, &data)
        };
        let silent = changes(&edit("", "version: 4"));
        let guatemala = silent
            .iter()
            .find(|p| matches!(&p.problem, Problem::SilentChange { figure, .. } if figure == "flights-guatemala"))
            .unwrap_or_else(|| panic!("{silent:#?}"));
        assert_eq!(
            guatemala.problem,
            Problem::SilentChange {
                figure: "flights-guatemala".into(),
                column: "value".into(),
                old: "36".into(),
                new: "37".into()
            }
        );
        assert_eq!(guatemala.at.line, 3);
        // Logged, at a version above the published one, both changes are accounted for.
        let logged = edit(
            "5,2026-12-03,flights-guatemala,a,a,36,36,37,37,b,b\n5,2026-12-03,flights,a,a,79,79,80,80,b,b\n",
            "version: 5",
        );
        assert_eq!(changes(&logged), vec![]);
    }

    #[test]
    fn the_next_statement_is_not_held_to_the_figures_another_one_published() {
        // A newsroom adds the next statement while the download still holds this one's.
        let reading = crate::data::statement::disk::read_example();
        assert_eq!(reading.problems, vec![]);
        let data = reading.dataset.clone().unwrap();
        let published = include_str!("../../../public/downloads/figures.csv");
        assert!(
            published.contains("\n2024-01-23,"),
            "the download is the 23 January's"
        );
        assert_eq!(silent_changes(published, &reading, &data), vec![]);
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
    /// them; this test only compares), for each statement of the collection.
    #[test]
    fn exports_are_up_to_date() {
        use crate::data::{statement, EMBEDDED_FOLLOW_UP, EMBEDDED_GAZETTEER};
        exports_in(
            DOWNLOADS_DIR,
            &load_embedded().unwrap(),
            &statement::read_embedded(),
        );
        exports_in(
            &downloads_dir(1, "2024-01-26-follow-up"),
            &crate::data::load_follow_up().unwrap(),
            &statement::read(EMBEDDED_GAZETTEER, EMBEDDED_FOLLOW_UP),
        );
    }

    fn exports_in(dir: &str, data: &Dataset, reading: &crate::data::statement::read::Reading) {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("..")
            .join(dir);
        for (name, generated) in downloads(data, reading) {
            let path = dir.join(name);
            let committed = std::fs::read_to_string(&path).unwrap_or_default();
            assert!(
                committed == generated,
                "{} is out of date with the statement folder: run `cargo xtask exports`",
                path.display()
            );
        }
        assert_eq!(
            dir.join(FLIGHTS_CSV).exists(),
            data.flights.is_some(),
            "flights.csv is there exactly when the statement has flights by destination"
        );
    }
}
