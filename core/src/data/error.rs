//! What can be wrong with a dataset: a problem, and where (a JSON path).
//!
//! The messages live in `i18n::problems::describe`, in both languages, with the other
//! strings: data sits below the strings and never calls them.

use crate::data::model::Precision;
use crate::lang::Lang;

/// One problem found while loading the dataset, at a JSON path such as `events[2].date.end`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValidationError {
    /// Where: a JSON path from the document root (`$` for the root itself).
    pub path: String,
    /// What.
    pub problem: Problem,
}

impl ValidationError {
    /// A problem at `path`.
    pub fn new(path: impl Into<String>, problem: Problem) -> Self {
        ValidationError {
            path: path.into(),
            problem,
        }
    }
}

/// The kinds of problem, one per invariant of `docs/dataset.md`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The file is not JSON of the expected shape (serde's own words in `detail`).
    Syntax {
        /// serde's description, in English.
        detail: String,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
    },
    /// `schema_version` is not the one this build reads.
    UnsupportedSchemaVersion {
        /// The version in the file.
        found: u32,
        /// The version this build reads.
        supported: u32,
    },
    /// Two places, two events or two claims share an id.
    DuplicateId {
        /// The repeated id.
        id: String,
    },
    /// A reference names no place.
    UnknownPlace {
        /// The id referenced.
        id: String,
    },
    /// A reference names no event.
    UnknownEvent {
        /// The id referenced.
        id: String,
    },
    /// A text is empty in one language: a missing translation.
    EmptyText {
        /// The language it is missing in.
        lang: Lang,
    },
    /// The destinations do not add up to the stated total.
    FlightsDoNotSum {
        /// The stated total.
        stated: u32,
        /// The destinations' sum.
        sum: u32,
    },
    /// A destination with no flights.
    NoFlights,
    /// A list that must name at least one place names none.
    NoPlaces,
    /// A figure the app shows has no sentence to show with it.
    NoQuotes,
    /// A date that is not `YYYY-MM-DD` or `YYYY-MM`, or a day that does not exist.
    MalformedDate {
        /// The text found.
        value: String,
    },
    /// A range that ends before it starts.
    RangeOutOfOrder {
        /// The first day.
        start: String,
        /// The last day.
        end: String,
    },
    /// The date's form does not match its declared precision.
    PrecisionMismatch {
        /// The declared precision.
        precision: Precision,
    },
    /// Two dates that must be the same are not (the flights' period and their event).
    DatesDisagree,
    /// A quote that does not occur verbatim in the source text of its language.
    QuoteNotInSource {
        /// The language of the quote that was not found.
        lang: Lang,
    },
    /// A point outside longitude −180…180 or latitude −90…90.
    PointOutOfRange,
    /// An ISO code of the wrong form for the place's kind.
    MalformedIsoCode {
        /// The code found.
        code: String,
    },
    /// A bound or fraction that cannot be right (zero, or a fraction of 1 or more).
    ImpossibleQuantity,
    /// A reference names no claim.
    UnknownClaim {
        /// The id referenced.
        id: String,
    },
    /// A reference names neither an event nor a place.
    UnknownSubject {
        /// The id referenced.
        id: String,
    },
    /// A year marked as inferred with no `date_note` to say how.
    InferredYearWithoutNote,
    /// A citation without a publisher, a `YYYY-MM(-DD)` date or an `https://` address.
    IncompleteCitation,
    /// Words that must be the text's own (a claim's stated cause, the title of an item under
    /// a quoted agenda heading) and are not found verbatim in their quote.
    NotInItsQuote {
        /// The language of the words that were not found.
        lang: Lang,
    },
}
