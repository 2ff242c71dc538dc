//! What the details panel shows for a selected place: each figure with the sentence it comes
//! from, chosen here so that no figure can be shown with another figure's sentence (the
//! validator requires every sentence this needs: `Problem::NoQuotes`).

use crate::data::{Bilingual, Claim, Dataset, Destination};
use crate::i18n::{self, facts, places::flight_partners};
use crate::lang::Lang;

/// One figure about a place.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum PlaceFigure<'a> {
    /// A line of the flights list that names the place.
    Flights(&'a Destination),
    /// The place operated the flights (the government that flew them).
    Operated,
    /// The networks operated there, with the sentence that names their places.
    Networks {
        /// The sentence that names the places.
        quote: &'a Bilingual,
    },
    /// A claim of the text about the place.
    Claim(&'a Claim),
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
            PlaceFigure::Operated => i18n::operated_flights(data.flights.total, lang),
            PlaceFigure::Networks { .. } => facts::networks_here(data, lang),
            PlaceFigure::Claim(claim) => claim.title.get(lang).to_owned(),
        }
    }

    /// The sentence it comes from.
    pub fn quote(&self, data: &'a Dataset) -> &'a Bilingual {
        match self {
            PlaceFigure::Flights(destination) => &destination.quote,
            PlaceFigure::Operated => &data.flights.quote,
            PlaceFigure::Networks { quote } => quote,
            PlaceFigure::Claim(claim) => &claim.quote,
        }
    }

    /// The dataset's note on it, if any.
    pub fn note(&self) -> Option<&'a Bilingual> {
        match self {
            PlaceFigure::Claim(claim) => claim.note.as_ref(),
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
        .flights
        .destinations
        .iter()
        .filter(|destination| destination.places.iter().any(|p| p == place))
        .map(PlaceFigure::Flights)
        .collect();
    if data.flights.operator == place {
        figures.push(PlaceFigure::Operated);
    }
    let networks_here = data.networks.places.iter().any(|p| p == place);
    let networks_quote = data.networks.quotes.last().filter(|_| networks_here);
    if let Some(quote) = networks_quote {
        figures.push(PlaceFigure::Networks { quote });
    }
    let restates_networks =
        |claim: &Claim| networks_quote.is_some() && data.networks.quotes.contains(&claim.quote);
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
                let quote = figure.quote(&data);
                match figure {
                    PlaceFigure::Flights(destination) => assert_eq!(quote, &destination.quote),
                    PlaceFigure::Operated => assert_eq!(quote, &data.flights.quote),
                    PlaceFigure::Networks { .. } => {
                        assert!(quote.es.contains("operaban"), "{}", quote.es)
                    }
                    PlaceFigure::Claim(claim) => assert_eq!(quote, &claim.quote),
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
