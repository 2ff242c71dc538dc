//! What the details panel shows for a selected place: each figure with the sentence it comes
//! from, chosen here so that no figure can be shown with another figure's sentence (the
//! validator requires every sentence this needs: `Problem::NoQuotes`).
//!
//! The panel's body for each selection is written by the build into the page
//! ([`WRITTEN_ID`]) and named there by [`body_key`]; the release wasm shows the selection's
//! body and carries none of the code that writes them (issue 21).

use crate::data::timeline::Status;
use crate::data::{Bilingual, Citation, Claim, Dataset, Destination, Flights, StatedFigure};
use crate::i18n::{self, facts, places::flight_partners};
use crate::lang::Lang;
use crate::state::url::Selection;

/// The id of the `<template>` holding every selection's details body as the build wrote them.
pub const WRITTEN_ID: &str = "details-written";

/// What names a selection's body in the page (its `data-details`): `place:<id>` or
/// `event:<id>`, and the empty name for no selection (the prompt).
pub fn body_key(selection: Option<&Selection>) -> String {
    match selection {
        None => String::new(),
        Some(Selection::Place(id)) => format!("place:{id}"),
        Some(Selection::Event(id)) => format!("event:{id}"),
    }
}

/// The attribute of an event's flights line holding what it says at `status` (the line says
/// the period's state on the timeline's date, which the build cannot know).
pub fn status_attribute(status: Status) -> &'static str {
    match status {
        Status::Upcoming => "data-status-upcoming",
        Status::Running => "data-status-running",
        Status::Done => "data-status-done",
    }
}

/// One figure about a place.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum PlaceFigure<'a> {
    /// A line of the flights list that names the place.
    Flights(&'a Destination),
    /// A line of the flights list that left from the place.
    Departure(&'a Destination),
    /// The place operated the flights (the government that flew them).
    Operated(&'a Flights),
    /// The networks operated there, with the sentence that names their places.
    Networks {
        /// The sentence that names the places.
        quote: &'a Bilingual,
    },
    /// A claim of the text about the place.
    Claim(&'a Claim),
    /// One of the statement's other figures that names the place.
    Stated(&'a StatedFigure),
}

impl<'a> PlaceFigure<'a> {
    /// The figure as the panel says it, for place `place`.
    pub fn text(&self, data: &Dataset, place: &str, lang: Lang) -> String {
        match self {
            PlaceFigure::Flights(destination) if destination.is_shared() => i18n::shared_flights(
                destination.flights,
                &flight_partners(data, place, lang),
                lang,
            ),
            PlaceFigure::Flights(destination) => i18n::flights_count(destination.flights, lang),
            PlaceFigure::Departure(destination) => i18n::places::departure(data, destination, lang),
            PlaceFigure::Operated(flights) => i18n::operated_flights(flights, lang),
            PlaceFigure::Networks { .. } => data
                .networks
                .as_ref()
                .map(|networks| facts::networks_here(networks, lang))
                .unwrap_or_default(),
            PlaceFigure::Claim(claim) => claim.title.get(lang).to_owned(),
            PlaceFigure::Stated(figure) => i18n::figures::line(data, figure, lang),
        }
    }

    /// The sentence it comes from; none for a figure known only from another publication.
    pub fn quote(&self) -> Option<&'a Bilingual> {
        match self {
            PlaceFigure::Flights(destination) | PlaceFigure::Departure(destination) => {
                Some(&destination.quote)
            }
            PlaceFigure::Operated(flights) => Some(&flights.quote),
            PlaceFigure::Networks { quote } => Some(quote),
            PlaceFigure::Claim(claim) => Some(&claim.quote),
            PlaceFigure::Stated(figure) => figure.quote.as_ref(),
        }
    }

    /// The publication it comes from, for a figure the text does not give us.
    pub fn citation(&self) -> Option<&'a Citation> {
        match self {
            PlaceFigure::Stated(figure) => figure.citation.as_ref(),
            _ => None,
        }
    }

    /// The dataset's note on it, if any.
    pub fn note(&self) -> Option<&'a Bilingual> {
        match self {
            PlaceFigure::Claim(claim) => claim.note.as_ref(),
            PlaceFigure::Stated(figure) => figure.note.as_ref(),
            _ => None,
        }
    }

    /// Whether it is a flights line (the tests find those).
    pub fn is_flights(&self) -> bool {
        matches!(self, PlaceFigure::Flights(_))
    }
}

/// Every figure about place `place`, in the panel's order: its lines of the flights list, the
/// flights it operated, the networks operating there, then the text's other claims about it
/// (a claim that only restates the networks count, with the same sentence, is not repeated).
pub fn place_figures<'a>(data: &'a Dataset, place: &str) -> Vec<PlaceFigure<'a>> {
    let mut figures: Vec<PlaceFigure<'a>> = data
        .destinations()
        .iter()
        .filter(|destination| destination.places.iter().any(|p| p == place))
        .map(PlaceFigure::Flights)
        .collect();
    figures.extend(
        data.destinations()
            .iter()
            .filter(|destination| destination.from.iter().any(|p| p == place))
            .map(PlaceFigure::Departure),
    );
    if let Some(flights) = data.flights.as_ref().filter(|f| f.operator == place) {
        figures.push(PlaceFigure::Operated(flights));
    }
    figures.extend(
        data.figures
            .iter()
            .filter(|figure| {
                [&figure.to, &figure.from, &figure.places]
                    .iter()
                    .any(|ids| ids.iter().any(|p| p == place))
            })
            .map(PlaceFigure::Stated),
    );
    let networks = data
        .networks
        .as_ref()
        .filter(|networks| networks.places.iter().any(|p| p == place));
    let networks_quote = networks.and_then(|networks| networks.quotes.last());
    if let Some(quote) = networks_quote {
        figures.push(PlaceFigure::Networks { quote });
    }
    let restates_networks =
        |claim: &Claim| networks.is_some_and(|networks| networks.quotes.contains(&claim.quote));
    figures.extend(
        data.claims
            .iter()
            .filter(|claim| claim.places.iter().any(|p| p == place) && !restates_networks(claim))
            .map(PlaceFigure::Claim),
    );
    figures
}

#[cfg(test)]
mod tests {
    use super::*;

    fn data() -> Dataset {
        crate::data::load_embedded().unwrap()
    }

    #[test]
    fn every_figure_comes_with_its_own_sentence() {
        let data = data();
        for place in data.places.iter() {
            for figure in place_figures(&data, &place.id) {
                let quote = figure.quote();
                match figure {
                    PlaceFigure::Flights(destination) | PlaceFigure::Departure(destination) => {
                        assert_eq!(quote, Some(&destination.quote))
                    }
                    PlaceFigure::Operated(flights) => assert_eq!(quote, Some(&flights.quote)),
                    PlaceFigure::Networks { .. } => {
                        let quote = quote.unwrap();
                        assert!(quote.es.contains("operaban"), "{}", quote.es)
                    }
                    PlaceFigure::Claim(claim) => assert_eq!(quote, Some(&claim.quote)),
                    PlaceFigure::Stated(stated) => assert_eq!(quote, stated.quote.as_ref()),
                }
            }
        }
    }

    #[test]
    fn honduras_shows_its_flights_and_the_networks_once() {
        let data = data();
        let figures = place_figures(&data, "honduras");
        let texts: Vec<String> = figures
            .iter()
            .map(|figure| figure.text(&data, "honduras", Lang::Es))
            .collect();
        assert_eq!(
            texts.first().map(String::as_str),
            Some("23 vuelos"),
            "{texts:?}"
        );
        let networks = figures
            .iter()
            .filter(|figure| matches!(figure, PlaceFigure::Networks { .. }))
            .count();
        assert_eq!(networks, 1, "{texts:?}");
        assert!(
            !texts
                .iter()
                .any(|text| text.starts_with("Esfuerzos de México")),
            "the networks claim restates the count: {texts:?}"
        );
    }

    #[test]
    fn each_selection_names_its_body_apart_and_no_selection_names_the_prompt() {
        let keys = [
            body_key(None),
            body_key(Some(&Selection::Place("guatemala".into()))),
            body_key(Some(&Selection::Event("guatemala".into()))),
        ];
        assert_eq!(keys[0], "");
        assert_eq!(keys[1], "place:guatemala");
        assert_eq!(keys[2], "event:guatemala");
    }

    #[test]
    fn each_period_state_has_its_own_attribute() {
        let names = [Status::Upcoming, Status::Running, Status::Done].map(status_attribute);
        assert!(names.iter().all(|name| name.starts_with("data-")));
        assert_ne!(names[0], names[1]);
        assert_ne!(names[1], names[2]);
        assert_ne!(names[0], names[2]);
    }

    #[test]
    fn a_place_outside_the_networks_list_gets_its_claims_but_no_networks_count() {
        let data = data();
        let figures = place_figures(&data, "venezuela");
        assert!(figures.iter().any(PlaceFigure::is_flights));
        assert!(!figures
            .iter()
            .any(|figure| matches!(figure, PlaceFigure::Networks { .. })));
        assert!(figures
            .iter()
            .any(|figure| matches!(figure, PlaceFigure::Claim(claim) if claim.places.iter().any(|p| p == "venezuela"))));
    }
}
