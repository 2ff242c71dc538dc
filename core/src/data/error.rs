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
    /// A file of a statement's folder is missing.
    MissingFile {
        /// The file's name.
        name: String,
    },
    /// A file is not valid UTF-8.
    NotUtf8,
    /// A table with no header row.
    EmptyTable,
    /// A record with more or fewer cells than the header has columns.
    WrongCellCount {
        /// The header's columns.
        expected: usize,
        /// The record's cells.
        found: usize,
    },
    /// A quoted cell that is never closed.
    UnterminatedQuote,
    /// Text between a cell's closing quote mark and the next comma.
    TextAfterQuote,
    /// A column this table does not have.
    UnknownColumn {
        /// The column's name.
        name: String,
        /// The nearest known names.
        nearest: Vec<String>,
    },
    /// A column this table must have.
    MissingColumn {
        /// The column's name.
        name: String,
    },
    /// A column or metadata key given twice.
    Repeated {
        /// The name.
        name: String,
    },
    /// A metadata line that is not `key: value`.
    NotKeyValue,
    /// A metadata key this format does not have.
    UnknownKey {
        /// The key.
        key: String,
        /// The nearest known keys.
        nearest: Vec<String>,
    },
    /// A metadata key, or a cell, that must be filled in is empty or absent.
    Missing {
        /// The key or column.
        name: String,
    },
    /// A value not of the form its column or key takes.
    BadValue {
        /// The value found.
        value: String,
        /// What the column or key takes.
        expected: Expected,
    },
    /// A place id the gazetteer does not have, with the nearest ids it does.
    UnknownPlaceNear {
        /// The id referenced.
        id: String,
        /// The nearest known ids.
        nearest: Vec<String>,
    },
    /// A quote not found verbatim: the closest passage of the source and the first character
    /// (1-based, in the quote) where the two differ.
    QuoteNotVerbatim {
        /// The quote's language.
        lang: Lang,
        /// The closest passage of the source text.
        closest: String,
        /// The first character of the quote that differs from it, counting from 1.
        differs_at: usize,
    },
    /// A quote in a statement with no text of its own (known only from other publications):
    /// its figures can only be cited.
    NoSourceText,
    /// A figure with neither a quote nor a citation.
    NoProvenance,
    /// A figure marked done whose date runs past the statement's date: the text cannot report
    /// as done what had not happened when it was written.
    DoneAfterStatement {
        /// The figure's last day.
        last: String,
        /// The statement's date.
        statement: String,
    },
    /// The parts of a breakdown do not add up to the total they name.
    PartsDoNotSum {
        /// The total's id.
        total: String,
        /// The stated total.
        stated: u64,
        /// The parts' sum.
        sum: u64,
    },
    /// A part names a total of another unit or status, or a total that is itself a part.
    PartDoesNotFit {
        /// The total's id.
        total: String,
    },
    /// A reference names no figure.
    UnknownFigure {
        /// The id referenced.
        id: String,
    },
    /// A unit that is neither built in nor named in the metadata.
    UnknownUnit {
        /// The unit.
        unit: String,
    },
    /// A figure this build's app cannot show yet (the statement is valid; the app's views do
    /// not yet draw this kind of figure).
    NotShownYet {
        /// What the figure has that the app does not yet show.
        what: NotShownYet,
    },
    /// A correction listed before an earlier one (versions and dates run forward).
    CorrectionsOutOfOrder,
    /// A correction at a version above the statement's own.
    VersionAhead {
        /// The correction's version.
        logged: u32,
        /// The statement's version.
        statement: u32,
    },
    /// A published figure changed without a correction about it.
    SilentChange {
        /// The figure's id.
        figure: String,
        /// The column that changed.
        column: String,
        /// What was published.
        old: String,
        /// What the folder says now.
        new: String,
    },
    /// `collection.txt` names a folder that is not there, or no folder.
    UnknownStatement {
        /// The name.
        name: String,
    },
}

/// What a column or key takes, for [`Problem::BadValue`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expected {
    /// A whole number, 0 or more, below 2³².
    Count,
    /// A positive whole number.
    Version,
    /// `flights`, `people`, `organizations`, or a unit named in the metadata.
    Unit,
    /// `exact`, `at_least`, `more_than`, `about`, `more_than_fraction`.
    Quantity,
    /// `done`, `scheduled`, `projected`.
    Status,
    /// `yes` or `no` (or empty).
    YesNo,
    /// `YYYY-MM-DD`, `YYYY-MM`, `YYYY-MM-DD/YYYY-MM-DD` or `../YYYY-MM-DD`.
    Date,
    /// `YYYY-MM-DD`.
    Day,
    /// A place kind: `country`, `state`, `city`, `site`, `region`.
    PlaceKind,
    /// An event kind: `peak`, `visit`, `meeting`, `operation`, `statement`.
    EventKind,
    /// A claim topic.
    Topic,
    /// A number of degrees.
    Degrees,
    /// `es` or `en`.
    Language,
    /// An id: lower-case letters, digits and hyphens.
    Id,
    /// As many `|`-separated items as the Spanish column has.
    SameCountAsSpanish,
}

/// What a figure has that this build's app does not yet show, for [`Problem::NotShownYet`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotShownYet {
    /// The app shows one breakdown of flights by destination and one count of organizations.
    Shape,
    /// Origins.
    Origins,
    /// A unit other than flights and organizations.
    Unit,
    /// A scheduled or projected figure.
    NotDone,
    /// A figure known only from a citation.
    Cited,
    /// A date other than a range of days, for the flights.
    Date,
}
