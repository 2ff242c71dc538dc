//! Loading: parse, then check every invariant, returning every problem at once.
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)
)]

use std::collections::HashSet;

use crate::data::error::{Problem, ValidationError};
use crate::data::model::*;
use crate::data::{Day, YearMonth};
use crate::lang::Lang;

/// The texts quotes are checked against: the Spanish original and the English translation.
#[derive(Clone, Copy, Debug)]
pub struct SourceTexts<'a> {
    /// The Spanish original.
    pub es: &'a str,
    /// The English translation.
    pub en: &'a str,
}

impl SourceTexts<'_> {
    fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Es => self.es,
            Lang::En => self.en,
        }
    }
}

/// Parses `json` and validates it against `sources`.
///
/// Never panics: a syntax error is one [`ValidationError`] with its line and column; a
/// well-formed file yields every invariant it breaks, each with its JSON path.
pub fn load(json: &str, sources: &SourceTexts) -> Result<Dataset, Vec<ValidationError>> {
    let dataset: Dataset = serde_json::from_str(json).map_err(|error| {
        let (line, column) = (error.line(), error.column());
        vec![ValidationError::new(
            crate::data::json_path::path_at(json, line, column),
            Problem::Syntax {
                detail: error.to_string(),
                line,
                column,
            },
        )]
    })?;
    let problems = validate(&dataset, sources);
    if problems.is_empty() {
        Ok(with_parsed_dates(dataset))
    } else {
        Err(problems)
    }
}

/// Parses every date once, so the app never parses a date string again (and the build
/// compiles the parsed days in).
pub(crate) fn with_parsed_dates(mut dataset: Dataset) -> Dataset {
    for event in dataset.events.to_mut() {
        event.date.days = event.date.parse_span();
    }
    if let Some(flights) = &mut dataset.flights {
        flights.period.days = flights.period.parse_span();
        for destination in flights.destinations.to_mut() {
            if let Some(date) = &mut destination.date {
                date.days = date.parse_span();
            }
        }
    }
    for figure in dataset.figures.to_mut() {
        if let Some(date) = &mut figure.date {
            date.days = date.parse_span();
        }
    }
    dataset
}

/// Every problem of a parsed dataset; empty when it is valid.
pub fn validate(dataset: &Dataset, sources: &SourceTexts) -> Vec<ValidationError> {
    validate_parts(dataset, sources, true)
}

/// Like [`validate`]; without `figures`, the flights and networks blocks are left out (a
/// statement folder whose figures the app cannot show yet still has its events, claims and
/// context checked).
pub fn validate_parts(
    dataset: &Dataset,
    sources: &SourceTexts,
    figures: bool,
) -> Vec<ValidationError> {
    let mut check = Checker {
        dataset,
        sources,
        figures,
        problems: Vec::new(),
    };
    check.all();
    check.problems
}

struct Checker<'a> {
    dataset: &'a Dataset,
    sources: &'a SourceTexts<'a>,
    figures: bool,
    problems: Vec<ValidationError>,
}

impl Checker<'_> {
    fn report(&mut self, path: String, problem: Problem) {
        self.problems.push(ValidationError::new(path, problem));
    }

    fn all(&mut self) {
        let data = self.dataset;
        if data.schema_version != SCHEMA_VERSION {
            self.report(
                "schema_version".into(),
                Problem::UnsupportedSchemaVersion {
                    found: data.schema_version,
                    supported: SCHEMA_VERSION,
                },
            );
        }
        self.source();
        self.unique_ids("places", data.places.iter().map(|p| &*p.id));
        self.unique_ids("events", data.events.iter().map(|e| &*e.id));
        self.unique_ids("claims", data.claims.iter().map(|c| &*c.id));
        for (index, place) in data.places.iter().enumerate() {
            self.place(&format!("places[{index}]"), place);
        }
        for (index, event) in data.events.iter().enumerate() {
            self.event(&format!("events[{index}]"), event);
        }
        if self.figures {
            self.flights();
            self.networks();
            for (index, figure) in data.figures.iter().enumerate() {
                self.stated_figure(&format!("figures[{index}]"), figure);
            }
        }
        for (index, claim) in data.claims.iter().enumerate() {
            self.claim(&format!("claims[{index}]"), claim);
        }
        self.unique_ids("context", data.context.iter().map(|c| &*c.id));
        for (index, context) in data.context.iter().enumerate() {
            self.context(&format!("context[{index}]"), context);
        }
    }

    fn context(&mut self, path: &str, context: &Context) {
        self.text(&format!("{path}.text"), &context.text);
        for (index, id) in context.about.iter().enumerate() {
            if self.dataset.event(id).is_none() && self.dataset.place(id).is_none() {
                self.report(
                    format!("{path}.about[{index}]"),
                    Problem::UnknownSubject { id: id.to_string() },
                );
            }
        }
        self.citation(&format!("{path}.citation"), &context.citation);
    }

    fn citation(&mut self, path: &str, citation: &Citation) {
        if !citation_complete(citation) {
            self.report(path.to_owned(), Problem::IncompleteCitation);
        }
    }

    fn source(&mut self) {
        let source = &self.dataset.source;
        self.text("source.title", &source.title);
        self.text("source.translation_note", &source.translation_note);
        self.text("source.voice", &source.voice);
        if let Some(name) = &source.meetings_name {
            self.text("source.meetings_name", name);
        }
        self.text("source.provenance.text", &source.provenance.text);
        self.citation("source.provenance.citation", &source.provenance.citation);
        if Day::parse(&source.date).is_none() {
            self.report(
                "source.date".into(),
                Problem::MalformedDate {
                    value: source.date.to_string(),
                },
            );
        }
        self.place_ref("source.place".into(), &source.place);
    }

    fn unique_ids<'i>(&mut self, list: &str, ids: impl Iterator<Item = &'i str>) {
        let mut seen = HashSet::new();
        for (index, id) in ids.enumerate() {
            if !seen.insert(id) {
                self.report(
                    format!("{list}[{index}].id"),
                    Problem::DuplicateId { id: id.to_owned() },
                );
            }
        }
    }

    fn place(&mut self, path: &str, place: &Place) {
        self.text(&format!("{path}.name"), &place.name);
        if let Some(code) = &place.iso {
            if !iso_code_fits(place.kind, code) {
                self.report(
                    format!("{path}.iso"),
                    Problem::MalformedIsoCode {
                        code: code.to_string(),
                    },
                );
            }
        }
        if let Some([longitude, latitude]) = place.point {
            let in_range =
                (-180.0..=180.0).contains(&longitude) && (-90.0..=90.0).contains(&latitude);
            if !in_range {
                self.report(format!("{path}.point"), Problem::PointOutOfRange);
            }
        }
    }

    fn event(&mut self, path: &str, event: &Event) {
        self.text(&format!("{path}.title"), &event.title);
        self.text(&format!("{path}.summary"), &event.summary);
        self.date(&format!("{path}.date"), &event.date);
        if event.date.year_inferred && event.date_note.is_none() {
            self.report(
                format!("{path}.date.year_inferred"),
                Problem::InferredYearWithoutNote,
            );
        }
        // An event may name no place: the text gives none for the December peak.
        self.place_refs(&format!("{path}.places"), &event.places, false);
        for (index, participant) in event.participants.iter().enumerate() {
            self.text(&format!("{path}.participants[{index}]"), participant);
        }
        self.quote(&format!("{path}.quote"), &event.quote);
        for (field, note) in [
            ("date_note", &event.date_note),
            ("place_note", &event.place_note),
        ] {
            if let Some(note) = note {
                self.text(&format!("{path}.{field}"), note);
            }
        }
        self.claim_refs(&format!("{path}.outcomes"), &event.outcomes);
        if let Some(agenda) = &event.agenda {
            self.quote(&format!("{path}.agenda.quote"), &agenda.quote);
            self.claim_refs(&format!("{path}.agenda.items"), &agenda.items);
            // Items under a quoted heading read as the text's own words: their titles must be.
            for (index, id) in agenda.items.iter().enumerate() {
                if let Some(claim) = self.dataset.claim(id) {
                    self.within(
                        &format!("{path}.agenda.items[{index}]"),
                        &claim.title,
                        &claim.quote,
                    );
                }
            }
        }
    }

    fn claim_refs(&mut self, path: &str, ids: &[Str]) {
        for (index, id) in ids.iter().enumerate() {
            if self.dataset.claim(id).is_none() {
                self.report(
                    format!("{path}[{index}]"),
                    Problem::UnknownClaim { id: id.to_string() },
                );
            }
        }
    }

    fn flights(&mut self) {
        let Some(flights) = &self.dataset.flights else {
            return;
        };
        self.place_ref("flights.operator".into(), &flights.operator);
        self.event_ref("flights.event".into(), &flights.event);
        self.date("flights.period", &flights.period);
        if let Some(event) = self.dataset.event(&flights.event) {
            if event.date != flights.period {
                self.report("flights.period".into(), Problem::DatesDisagree);
            }
        }
        self.quote("flights.quote", &flights.quote);
        self.text("flights.not_in_source", &flights.not_in_source);
        if let Some(purpose) = &flights.purpose {
            self.quote("flights.purpose", purpose);
        }
        for (index, destination) in flights.destinations.iter().enumerate() {
            let path = format!("flights.destinations[{index}]");
            self.place_refs(&format!("{path}.places"), &destination.places, true);
            if destination.flights == 0 {
                self.report(format!("{path}.flights"), Problem::NoFlights);
            }
            self.quote(&format!("{path}.quote"), &destination.quote);
            if let Some(note) = &destination.note {
                self.text(&format!("{path}.note"), note);
            }
            self.place_refs(&format!("{path}.from"), &destination.from, false);
            if let Some(date) = &destination.date {
                self.date(&format!("{path}.date"), date);
            }
        }
        let sum = self.dataset.flights_sum();
        if sum != flights.total {
            self.report(
                "flights.total".into(),
                Problem::FlightsDoNotSum {
                    stated: flights.total,
                    sum,
                },
            );
        }
    }

    fn networks(&mut self) {
        let Some(networks) = &self.dataset.networks else {
            return;
        };
        self.quantity("networks.dismantled", networks.dismantled);
        self.place_refs("networks.places", &networks.places, true);
        // The details panel shows the count with its last sentence (the places'): without one
        // the count would have no source to show.
        if networks.quotes.is_empty() {
            self.report("networks.quotes".to_owned(), Problem::NoQuotes);
        }
        for (index, quote) in networks.quotes.iter().enumerate() {
            self.quote(&format!("networks.quotes[{index}]"), quote);
        }
        self.place_ref("networks.credited_to".into(), &networks.credited_to);
        self.quote("networks.credit_quote", &networks.credit_quote);
        self.quote("networks.qualifier", &networks.qualifier);
    }

    /// A figure outside the blocks: its places known, its date well formed, and a quote
    /// found in the text or, for a figure the text does not give us, a complete citation.
    fn stated_figure(&mut self, path: &str, figure: &StatedFigure) {
        self.quantity(&format!("{path}.quantity"), figure.quantity);
        for (column, ids) in [
            ("to", &figure.to),
            ("from", &figure.from),
            ("places", &figure.places),
        ] {
            self.place_refs(&format!("{path}.{column}"), ids, false);
        }
        if let Some(date) = &figure.date {
            self.date(&format!("{path}.date"), date);
        }
        match (&figure.quote, &figure.citation) {
            (Some(quote), _) => self.quote(&format!("{path}.quote"), quote),
            (None, Some(citation)) => self.citation(&format!("{path}.citation"), citation),
            (None, None) => self.report(format!("{path}.quote"), Problem::NoQuotes),
        }
        if let Some(note) = &figure.note {
            self.text(&format!("{path}.note"), note);
        }
    }

    fn claim(&mut self, path: &str, claim: &Claim) {
        self.text(&format!("{path}.title"), &claim.title);
        if let Some(quantity) = claim.quantity {
            self.quantity(&format!("{path}.quantity"), quantity);
        }
        if let Some(event) = &claim.relative_to {
            self.event_ref(format!("{path}.relative_to"), event);
        }
        self.place_refs(&format!("{path}.places"), &claim.places, false);
        self.quote(&format!("{path}.quote"), &claim.quote);
        if let Some(cause) = &claim.cause {
            self.within(&format!("{path}.cause"), cause, &claim.quote);
        }
        if let Some(note) = &claim.note {
            self.text(&format!("{path}.note"), note);
        }
    }

    fn quantity(&mut self, path: &str, quantity: Quantity) {
        let possible = match quantity {
            Quantity::Exact(_) => true,
            Quantity::AtLeast(bound) | Quantity::MoreThan(bound) | Quantity::About(bound) => {
                bound > 0
            }
            Quantity::MoreThanFraction {
                numerator,
                denominator,
            } => numerator < denominator,
        };
        if !possible {
            self.report(path.to_owned(), Problem::ImpossibleQuantity);
        }
    }

    /// The date's strings parse and match its precision; a range is ordered.
    fn date(&mut self, path: &str, date: &EventDate) {
        let start_day = Day::parse(&date.start);
        let start_month = YearMonth::parse(&date.start);
        if start_day.is_none() && start_month.is_none() {
            self.report(
                format!("{path}.start"),
                Problem::MalformedDate {
                    value: date.start.to_string(),
                },
            );
            return;
        }
        let end_day = match &date.end {
            Some(end) => match Day::parse(end) {
                Some(day) => Some(day),
                None => {
                    self.report(
                        format!("{path}.end"),
                        Problem::MalformedDate {
                            value: end.to_string(),
                        },
                    );
                    return;
                }
            },
            None => None,
        };
        let consistent = match date.precision {
            Precision::Day | Precision::UpTo => start_day.is_some() && end_day.is_none(),
            Precision::Month => start_month.is_some() && end_day.is_none(),
            Precision::Range => start_day.is_some() && end_day.is_some(),
        };
        if !consistent {
            self.report(
                format!("{path}.precision"),
                Problem::PrecisionMismatch {
                    precision: date.precision,
                },
            );
            return;
        }
        if let (Some(start), Some(end)) = (start_day, end_day) {
            if end < start {
                self.report(
                    format!("{path}.end"),
                    Problem::RangeOutOfOrder {
                        start: date.start.to_string(),
                        end: end.iso(),
                    },
                );
            }
        }
    }

    fn text(&mut self, path: &str, text: &Bilingual) {
        for lang in Lang::ALL {
            if text.get(lang).trim().is_empty() {
                self.report(
                    format!("{path}.{}", lang.code()),
                    Problem::EmptyText { lang },
                );
            }
        }
    }

    /// Both languages non-empty, each found verbatim in its source text.
    fn quote(&mut self, path: &str, quote: &Bilingual) {
        for lang in Lang::ALL {
            let text = quote.get(lang);
            let sub_path = format!("{path}.{}", lang.code());
            if text.trim().is_empty() {
                self.report(sub_path, Problem::EmptyText { lang });
            } else if !self.sources.get(lang).contains(text) {
                self.report(sub_path, Problem::QuoteNotInSource { lang });
            }
        }
    }

    /// `words` found verbatim inside `quote`, in both languages.
    fn within(&mut self, path: &str, words: &Bilingual, quote: &Bilingual) {
        for lang in Lang::ALL {
            let text = words.get(lang);
            if text.trim().is_empty() || !quote.get(lang).contains(text) {
                self.report(
                    format!("{path}.{}", lang.code()),
                    Problem::NotInItsQuote { lang },
                );
            }
        }
    }

    fn place_refs(&mut self, path: &str, ids: &[Str], required: bool) {
        if required && ids.is_empty() {
            self.report(path.to_owned(), Problem::NoPlaces);
        }
        for (index, id) in ids.iter().enumerate() {
            self.place_ref(format!("{path}[{index}]"), id);
        }
    }

    fn place_ref(&mut self, path: String, id: &str) {
        if self.dataset.place(id).is_none() {
            self.report(path, Problem::UnknownPlace { id: id.to_owned() });
        }
    }

    fn event_ref(&mut self, path: String, id: &str) {
        if self.dataset.event(id).is_none() {
            self.report(path, Problem::UnknownEvent { id: id.to_owned() });
        }
    }
}

/// A publisher, a `YYYY-MM(-DD)` date and an `https://` address.
pub fn citation_complete(citation: &Citation) -> bool {
    let dated = Day::parse(&citation.date).is_some() || YearMonth::parse(&citation.date).is_some();
    let addressed = citation
        .url
        .strip_prefix("https://")
        .is_some_and(|rest| rest.contains('.') && !rest.contains(char::is_whitespace));
    !citation.publisher.trim().is_empty() && dated && addressed
}

/// ISO 3166-1 alpha-2 for countries (`GT`); ISO 3166-2 (`MX-CHP`) for states and cities;
/// border crossings and regions have none.
pub(crate) fn iso_code_fits(kind: PlaceKind, code: &str) -> bool {
    let upper_letters = |part: &str| part.bytes().all(|b| b.is_ascii_uppercase());
    match kind {
        PlaceKind::Country => code.len() == 2 && upper_letters(code),
        PlaceKind::State | PlaceKind::City => code.split_once('-').is_some_and(|(country, sub)| {
            country.len() == 2
                && upper_letters(country)
                && (1..=3).contains(&sub.len())
                && sub
                    .bytes()
                    .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        }),
        PlaceKind::Site | PlaceKind::Region => false,
    }
}

// Native only: proptest and sha2 do not build for wasm32 here.
#[cfg(all(test, not(target_arch = "wasm32")))]
#[path = "validate_tests.rs"]
mod tests;
