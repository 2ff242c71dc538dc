//! `figures.csv`: one row per figure the statement gives, whatever its shape (flights,
//! people, organizations or a unit of its own; exact or a bound; done or scheduled; to, from
//! or in places; on a day, over a range, in a month or up to a date; a part of a total or a
//! total), and the checks every figure passes.

use std::collections::BTreeMap;

use crate::data::error::{Expected, Problem};
use crate::data::model::{Bilingual, Citation, EventDate, Precision, Quantity, Str};
use crate::data::statement::sheet::{Columns, Row};
use crate::data::statement::{Located, Location};
use crate::data::{Day, YearMonth};

/// The columns of `figures.csv` (see `docs/adding-a-statement.md`).
pub const COLUMNS: Columns = Columns {
    required: &["id", "unit", "quantity", "value", "status"],
    optional: &[
        "denominator",
        "to",
        "from",
        "in",
        "in_complete",
        "by",
        "date",
        "year_inferred",
        "event",
        "part_of",
        "quote_es",
        "quote_en",
        "in_quote_es",
        "in_quote_en",
        "credit_quote_es",
        "credit_quote_en",
        "purpose_es",
        "purpose_en",
        "qualifier_es",
        "qualifier_en",
        "note_es",
        "note_en",
        "date_note_es",
        "date_note_en",
        "cited_publisher",
        "cited_date",
        "cited_url",
    ],
};

/// What a figure counts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unit {
    /// Flights.
    Flights,
    /// People.
    People,
    /// Organizations.
    Organizations,
    /// A unit the statement names, with its names in the metadata (`unit.<name>.es`).
    Named(String),
}

impl Unit {
    /// Reads a unit; a name that is not built in is the statement's own.
    pub fn parse(text: &str) -> Option<Unit> {
        match text {
            "flights" => Some(Unit::Flights),
            "people" => Some(Unit::People),
            "organizations" => Some(Unit::Organizations),
            other if super::is_id(other) => Some(Unit::Named(other.to_owned())),
            _ => None,
        }
    }
}

/// Whether a figure is done or still to come: the app's own type, so the status reaches the
/// views unchanged.
pub use crate::data::model::FigureStatus as Status;

fn parse_status(text: &str) -> Option<Status> {
    match text {
        "done" => Some(Status::Done),
        "scheduled" => Some(Status::Scheduled),
        "projected" => Some(Status::Projected),
        _ => None,
    }
}

/// When a figure applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum When {
    /// One day: `2024-01-23`.
    Day(Day),
    /// A month: `2024-01`.
    Month(YearMonth),
    /// A range of days: `2024-01-01/2024-01-21`.
    Range(Day, Day),
    /// Up to a day, from whenever the count starts: `../2024-01-26`.
    UpTo(Day),
}

impl When {
    /// Reads the forms above; a range that runs backwards is `Err` with its two ends.
    pub fn parse(text: &str) -> Option<Result<When, (Day, Day)>> {
        if let Some(last) = text.strip_prefix("../") {
            return Day::parse(last).map(|day| Ok(When::UpTo(day)));
        }
        if let Some((first, last)) = text.split_once('/') {
            let (first, last) = (Day::parse(first)?, Day::parse(last)?);
            return Some(if last < first {
                Err((first, last))
            } else {
                Ok(When::Range(first, last))
            });
        }
        Day::parse(text)
            .map(When::Day)
            .or_else(|| YearMonth::parse(text).map(When::Month))
            .map(Ok)
    }

    /// The last day it covers.
    pub fn last_day(self) -> Day {
        match self {
            When::Day(day) | When::Range(_, day) | When::UpTo(day) => day,
            When::Month(month) => month.last_day(),
        }
    }

    /// As the app's dates are written.
    pub fn event_date(self, year_inferred: bool) -> EventDate {
        let (precision, start, end) = match self {
            When::Day(day) => (Precision::Day, day.iso(), None),
            When::Month(month) => (
                Precision::Month,
                format!("{:04}-{:02}", month.year, month.month),
                None,
            ),
            When::Range(first, last) => (Precision::Range, first.iso(), Some(last.iso())),
            When::UpTo(day) => (Precision::UpTo, day.iso(), None),
        };
        EventDate {
            precision,
            start: Str::Owned(start),
            end: end.map(Str::Owned),
            year_inferred,
            days: None,
        }
    }
}

/// One figure of a statement.
#[derive(Clone, Debug, PartialEq)]
pub struct Figure {
    /// Its id, unique in the statement.
    pub id: String,
    /// What it counts.
    pub unit: Unit,
    /// How many, as the text says it.
    pub quantity: Quantity,
    /// Done, scheduled or projected.
    pub status: Status,
    /// Destination place ids (several when one figure is shared, never split).
    pub to: Vec<Str>,
    /// Origin place ids.
    pub from: Vec<Str>,
    /// Place ids where what is counted happened or operated.
    pub in_places: Vec<Str>,
    /// False when the text says the list of `in` places is not complete ("entre otros").
    pub in_complete: bool,
    /// The place id of the government that did it, or that the text credits.
    pub by: Option<Str>,
    /// When.
    pub when: Option<When>,
    /// The year of `when` is not in the text.
    pub year_inferred: bool,
    /// The event id it belongs to.
    pub event: Option<Str>,
    /// The id of the total this figure is a part of.
    pub part_of: Option<String>,
    /// The sentence of the statement that gives it.
    pub quote: Option<Bilingual>,
    /// The sentence that gives its `in` places.
    pub in_quote: Option<Bilingual>,
    /// The sentence that credits `by`.
    pub credit_quote: Option<Bilingual>,
    /// The text's words for why, verbatim from `quote`.
    pub purpose: Option<Bilingual>,
    /// The text's words qualifying what is counted, verbatim from `quote`.
    pub qualifier: Option<Bilingual>,
    /// Our note.
    pub note: Option<Bilingual>,
    /// How the date was read.
    pub date_note: Option<Bilingual>,
    /// For a figure known only from another publication: where.
    pub citation: Option<Citation>,
    /// Where each of its cells is, by column.
    pub at: BTreeMap<&'static str, Location>,
    /// Where its row starts.
    pub row: Location,
}

impl Figure {
    /// Where `column`'s cell is.
    pub fn at(&self, column: &str) -> Location {
        self.at
            .get(column)
            .cloned()
            .unwrap_or_else(|| self.row.clone())
    }
}

/// Reads a quantity from its three columns: `quantity`, `value`, `denominator`.
pub fn quantity(row: &Row, problems: &mut Vec<Located>) -> Option<Quantity> {
    let kind = row.text("quantity")?;
    let value = row.parsed("value", Expected::Count, count, problems);
    let value = match value {
        Some(value) => value,
        None => {
            if row.text("value").is_none() {
                row.required("value", problems);
            }
            return None;
        }
    };
    let quantity = match kind {
        "exact" => Quantity::Exact(value),
        "at_least" => Quantity::AtLeast(value),
        "more_than" => Quantity::MoreThan(value),
        "about" => Quantity::About(value),
        "more_than_fraction" => Quantity::MoreThanFraction {
            numerator: value,
            denominator: row
                .parsed("denominator", Expected::Count, count, problems)
                .or_else(|| {
                    row.required("denominator", problems);
                    None
                })?,
        },
        other => {
            problems.push(Located::new(
                row.at("quantity"),
                Problem::BadValue {
                    value: super::sheet::shorten(other),
                    expected: Expected::Quantity,
                },
            ));
            return None;
        }
    };
    Some(quantity)
}

/// A count: digits only, below 2³².
pub fn count(text: &str) -> Option<u32> {
    if text.bytes().all(|b| b.is_ascii_digit()) {
        text.parse().ok()
    } else {
        None
    }
}

/// A citation from `cited_publisher`, `cited_date`, `cited_url`; `None` when all are empty.
pub fn citation(row: &Row) -> Option<Citation> {
    let [publisher, date, url] =
        ["cited_publisher", "cited_date", "cited_url"].map(|column| row.text(column));
    if publisher.is_none() && date.is_none() && url.is_none() {
        return None;
    }
    Some(Citation {
        publisher: Str::Owned(publisher.unwrap_or_default().to_owned()),
        date: Str::Owned(date.unwrap_or_default().to_owned()),
        url: Str::Owned(url.unwrap_or_default().to_owned()),
    })
}

/// Reads one row of `figures.csv`; `None` when a cell it needs is missing or malformed
/// (each reported).
pub fn read(row: &Row, problems: &mut Vec<Located>) -> Option<Figure> {
    let before = problems.len();
    let id = row.id("id", problems);
    let unit = row
        .parsed("unit", Expected::Unit, Unit::parse, problems)
        .or_else(|| {
            row.required("unit", problems);
            None
        });
    if row.text("quantity").is_none() {
        row.required("quantity", problems);
    }
    let quantity = quantity(row, problems);
    let status = row
        .parsed("status", Expected::Status, parse_status, problems)
        .or_else(|| {
            row.required("status", problems);
            None
        });
    let when = match row.text("date") {
        None => None,
        Some(text) => match When::parse(text) {
            Some(Ok(when)) => Some(when),
            Some(Err((first, last))) => {
                problems.push(Located::new(
                    row.at("date"),
                    Problem::RangeOutOfOrder {
                        start: first.iso(),
                        end: last.iso(),
                    },
                ));
                None
            }
            None => {
                problems.push(Located::new(
                    row.at("date"),
                    Problem::BadValue {
                        value: super::sheet::shorten(text),
                        expected: Expected::Date,
                    },
                ));
                None
            }
        },
    };
    let figure = Figure {
        id: id?.to_owned(),
        unit: unit?,
        quantity: quantity?,
        status: status?,
        to: row.ids("to"),
        from: row.ids("from"),
        in_places: row.ids("in"),
        in_complete: row
            .parsed(
                "in_complete",
                Expected::YesNo,
                super::sheet::yes_no,
                problems,
            )
            .unwrap_or(true),
        by: row.text("by").map(|id| Str::Owned(id.to_owned())),
        when,
        year_inferred: row.yes("year_inferred", problems),
        event: row.text("event").map(|id| Str::Owned(id.to_owned())),
        part_of: row.text("part_of").map(str::to_owned),
        quote: row.bilingual("quote", problems),
        in_quote: row.bilingual("in_quote", problems),
        credit_quote: row.bilingual("credit_quote", problems),
        purpose: row.bilingual("purpose", problems),
        qualifier: row.bilingual("qualifier", problems),
        note: row.bilingual("note", problems),
        date_note: row.bilingual("date_note", problems),
        citation: citation(row),
        at: COLUMNS
            .required
            .iter()
            .chain(COLUMNS.optional)
            .map(|column| (*column, row.at(column)))
            .collect(),
        row: row.start(),
    };
    (problems.len() == before || figure.date_or_text_only(problems, before)).then_some(figure)
}

impl Figure {
    /// Whether every problem since `before` leaves the figure usable (a missing translation
    /// of a note, say): the figure is then kept so its other cells are checked too.
    fn date_or_text_only(&self, problems: &[Located], before: usize) -> bool {
        problems.get(before..).unwrap_or_default().iter().all(|p| {
            matches!(
                p.problem,
                Problem::EmptyText { .. }
                    | Problem::BadValue { .. }
                    | Problem::RangeOutOfOrder { .. }
            )
        })
    }
}

/// The figure's cells a reference of `what` kind sits in, for the checks of references.
pub fn place_columns(figure: &Figure) -> [(&'static str, &[Str]); 3] {
    [
        ("to", &figure.to),
        ("from", &figure.from),
        ("in", &figure.in_places),
    ]
}

/// Checks across figures: unique ids, breakdowns that add up, parts that fit their total,
/// provenance, and nothing done after the statement's date.
pub fn check(figures: &[Figure], statement_date: Option<Day>, problems: &mut Vec<Located>) {
    let mut seen: Vec<&str> = Vec::new();
    for figure in figures {
        if seen.contains(&figure.id.as_str()) {
            problems.push(Located::new(
                figure.at("id"),
                Problem::DuplicateId {
                    id: figure.id.clone(),
                },
            ));
        }
        seen.push(&figure.id);
        if figure.quote.is_none() && figure.citation.is_none() {
            problems.push(Located::new(figure.row.clone(), Problem::NoProvenance));
        }
        if let (Some(when), Some(date)) = (figure.when, statement_date) {
            if figure.status == Status::Done && when.last_day() > date {
                problems.push(Located::new(
                    figure.at("date"),
                    Problem::DoneAfterStatement {
                        last: when.last_day().iso(),
                        statement: date.iso(),
                    },
                ));
            }
        }
    }
    for total in figures {
        let parts: Vec<&Figure> = figures
            .iter()
            .filter(|f| f.part_of.as_deref() == Some(total.id.as_str()))
            .collect();
        if parts.is_empty() {
            continue;
        }
        for part in &parts {
            if part.unit != total.unit || part.status != total.status || total.part_of.is_some() {
                problems.push(Located::new(
                    part.at("part_of"),
                    Problem::PartDoesNotFit {
                        total: total.id.clone(),
                    },
                ));
            }
        }
        // Only exact parts of an exact total must add up: "at least 10" has no sum to check.
        let exact = |figure: &Figure| match figure.quantity {
            Quantity::Exact(value) => Some(u64::from(value)),
            _ => None,
        };
        if let (Some(stated), Some(sum)) = (
            exact(total),
            parts.iter().map(|part| exact(part)).sum::<Option<u64>>(),
        ) {
            if stated != sum {
                problems.push(Located::new(
                    total.at("value"),
                    Problem::PartsDoNotSum {
                        total: total.id.clone(),
                        stated,
                        sum,
                    },
                ));
            }
        }
    }
    for figure in figures {
        if let Some(total) = &figure.part_of {
            if !figures.iter().any(|f| &f.id == total) {
                problems.push(Located::new(
                    figure.at("part_of"),
                    Problem::UnknownFigure { id: total.clone() },
                ));
            }
        }
    }
}
