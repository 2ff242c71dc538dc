//! The statements one build shows (`data/collection.txt`), and the same figure across them.
//!
//! A later statement often gives the figures of an earlier one again, for another period, with
//! another status or from another source: the 23 January text counts 79 flights done from 1 to
//! 21 January, the follow-up 112, in part projected, to 26 January, known only from the press.
//! What is compared here is always a figure *as each statement gives it*, with its period,
//! status and provenance; a difference between two of them is computed by us and is only ever
//! offered between two counts that each belong to one place alone (a line of a list that names
//! several places credits none of them alone) or between two totals.

use crate::data::{
    Bilingual, Citation, Dataset, EventDate, FigureStatus, FigureUnit, Quantity, StatedFigure, Str,
};

/// One statement of the collection: its folder's name (the id the URL carries) and its data.
#[derive(Clone, Debug, PartialEq)]
pub struct Statement {
    /// The folder's name in `data/statements/`: `2024-01-23`.
    pub id: Str,
    /// The statement as validated data.
    pub data: Dataset,
}

/// What the picker and the timeline know of a statement before its data is read (the app
/// reads a statement's data only when it shows it or a comparison asks for it): its folder's
/// name and when it was issued.
#[derive(Clone, Debug, PartialEq)]
pub struct Listing {
    /// [`Statement::id`].
    pub id: Str,
    /// Its source's date, `YYYY-MM-DD`.
    pub date: Str,
    /// Whether it is known only to have been issued on or before that date.
    pub on_or_before: bool,
    /// Whether it gives a flights total, so that its flights are compared ([`compares`]).
    pub compared: bool,
}

impl Listing {
    /// The listing of `statement`.
    pub fn of(statement: &Statement) -> Self {
        Self {
            id: statement.id.clone(),
            date: statement.data.source.date.clone(),
            on_or_before: statement.data.source.on_or_before,
            compared: flights_total(&statement.data).is_some(),
        }
    }
}

/// A statement's date of issue, from its listing or its data: what its name is made of.
pub trait Issued {
    /// Its source's date (`YYYY-MM-DD`), and whether it was issued on or before it.
    fn issued(&self) -> (&str, bool);
}

impl Issued for Listing {
    fn issued(&self) -> (&str, bool) {
        (&self.date, self.on_or_before)
    }
}

impl Issued for Dataset {
    fn issued(&self) -> (&str, bool) {
        (&self.source.date, self.source.on_or_before)
    }
}

/// Where a figure's period comes from.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Period<'a> {
    /// The figure's own period (or its list's: "del 1 al 21 de enero a los siguientes países").
    Own(&'a EventDate),
    /// None of its own: it is a part of a total that has this period.
    OfTotal(&'a EventDate),
    /// None given.
    Unknown,
}

/// A flights figure as one statement gives it: for one line of its list by destination, or
/// for its total.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FlightsFigure<'a> {
    /// How many, with its bound.
    pub quantity: Quantity,
    /// The places its line names (several: a line shared by them; none: the total).
    pub places: &'a [Str],
    /// Its period.
    pub period: Period<'a>,
    /// Done, scheduled or projected.
    pub status: FigureStatus,
    /// The statement's sentence, when we have its text.
    pub quote: Option<&'a Bilingual>,
    /// The publication that reported it, when we do not.
    pub citation: Option<&'a Citation>,
}

impl FlightsFigure<'_> {
    /// Whether its line names other places too, so that it belongs to none of them alone.
    pub fn is_shared(&self) -> bool {
        self.places.len() > 1
    }
}

/// What one statement says of a place's flights.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum PlaceInStatement<'a> {
    /// A line of its list by destination names the place.
    Listed(FlightsFigure<'a>),
    /// It lists flights by destination, and this place is not in its list: not "no flights".
    NotListed,
}

/// The flights figure of `figure`, a part of total `total` (or the total itself).
fn stated<'a>(figure: &'a StatedFigure, total: Option<&'a StatedFigure>) -> FlightsFigure<'a> {
    let period = match (&figure.date, total.and_then(|total| total.date.as_ref())) {
        (Some(date), _) => Period::Own(date),
        (None, Some(date)) => Period::OfTotal(date),
        (None, None) => Period::Unknown,
    };
    FlightsFigure {
        quantity: figure.quantity,
        places: &figure.to,
        period,
        status: figure.status,
        quote: figure.quote.as_ref(),
        citation: figure.citation.as_ref(),
    }
}

/// The statement's flights figures by destination outside its flights block: its other
/// figures counting flights to named places, each with the total it is a part of.
fn listed_figures(data: &Dataset) -> impl Iterator<Item = (&StatedFigure, Option<&StatedFigure>)> {
    data.figures
        .iter()
        .filter(|figure| figure.unit == FigureUnit::Flights && !figure.to.is_empty())
        .map(|figure| {
            let total = figure
                .part_of
                .as_deref()
                .and_then(|id| data.figures.iter().find(|total| total.id == id));
            (figure, total)
        })
}

/// What statement `data` says of place `place`'s flights; none when it gives no flights by
/// destination at all.
///
/// ```
/// use corredor_core::data::series::{place_flights, PlaceInStatement};
/// use corredor_core::data::Quantity;
/// let data = corredor_core::data::load_embedded().unwrap();
/// let Some(PlaceInStatement::Listed(guatemala)) = place_flights(&data, "guatemala") else { panic!() };
/// assert_eq!(guatemala.quantity, Quantity::Exact(36));
/// assert_eq!(place_flights(&data, "brazil"), Some(PlaceInStatement::NotListed));
/// assert_eq!(place_flights(&data, "united-states"), Some(PlaceInStatement::NotListed));
/// ```
pub fn place_flights<'a>(data: &'a Dataset, place: &str) -> Option<PlaceInStatement<'a>> {
    if let Some(flights) = &data.flights {
        if let Some(destination) = flights
            .destinations
            .iter()
            .find(|destination| destination.places.iter().any(|p| p == place))
        {
            return Some(PlaceInStatement::Listed(FlightsFigure {
                quantity: Quantity::Exact(destination.flights),
                places: &destination.places,
                period: Period::Own(destination.date.as_ref().unwrap_or(&flights.period)),
                status: FigureStatus::Done,
                quote: Some(&destination.quote),
                citation: None,
            }));
        }
    }
    if let Some((figure, total)) =
        listed_figures(data).find(|(figure, _)| figure.to.iter().any(|p| p == place))
    {
        return Some(PlaceInStatement::Listed(stated(figure, total)));
    }
    let has_list = !data.destinations().is_empty() || listed_figures(data).next().is_some();
    has_list.then_some(PlaceInStatement::NotListed)
}

/// The statement's flights total: the one its list by destination adds up to.
///
/// ```
/// use corredor_core::data::{series::flights_total, Quantity};
/// let data = corredor_core::data::load_embedded().unwrap();
/// assert_eq!(flights_total(&data).unwrap().quantity, Quantity::Exact(79));
/// ```
pub fn flights_total(data: &Dataset) -> Option<FlightsFigure<'_>> {
    if let Some(flights) = &data.flights {
        return Some(FlightsFigure {
            quantity: Quantity::Exact(flights.total),
            places: &[],
            period: Period::Own(&flights.period),
            status: FigureStatus::Done,
            quote: Some(&flights.quote),
            citation: None,
        });
    }
    let total = listed_figures(data).find_map(|(_, total)| total)?;
    Some(stated(total, None))
}

/// `later − earlier`, computed by us: only between two exact counts that each belong to one
/// place alone or are both totals. A shared line (Rumania / India) is never compared as if it
/// were one country's.
///
/// ```
/// use corredor_core::data::series::{difference, flights_total};
/// let data = corredor_core::data::load_embedded().unwrap();
/// let total = flights_total(&data).unwrap();
/// assert_eq!(difference(&total, &total), Some(0));
/// ```
pub fn difference(earlier: &FlightsFigure, later: &FlightsFigure) -> Option<i64> {
    if earlier.is_shared() || later.is_shared() || earlier.places != later.places {
        return None;
    }
    match (earlier.quantity, later.quantity) {
        (Quantity::Exact(before), Quantity::Exact(after)) => {
            Some(i64::from(after) - i64::from(before))
        }
        _ => None,
    }
}

/// The places any statement's list by destination names, in the order the lists first name
/// them: the rows of the comparison table.
pub fn listed_places<'a>(statements: &'a [Statement]) -> Vec<&'a str> {
    let mut places: Vec<&'a str> = Vec::new();
    for statement in statements {
        let data = &statement.data;
        let lines = data
            .destinations()
            .iter()
            .flat_map(|destination| destination.places.iter())
            .chain(listed_figures(data).flat_map(|(figure, _)| figure.to.iter()));
        for place in lines {
            if !places.contains(&&**place) {
                places.push(place);
            }
        }
    }
    places
}

/// Whether any two statements of the collection give flights by destination: then the
/// details and the tables compare them.
pub fn compares(statements: &[Statement]) -> bool {
    statements
        .iter()
        .filter(|statement| flights_total(&statement.data).is_some())
        .count()
        > 1
}

/// [`compares`], from the statements' listing, before their data is read.
pub fn compares_listed(listing: &[Listing]) -> bool {
    listing
        .iter()
        .filter(|statement| statement.compared)
        .count()
        > 1
}

/// The name of place `id` from the first statement that has it (each statement's data holds
/// only the places it names).
pub fn place_name<'a>(
    statements: &'a [Statement],
    id: &'a str,
    lang: crate::lang::Lang,
) -> &'a str {
    statements
        .iter()
        .find_map(|statement| statement.data.place(id))
        .map_or(id, |place| place.name.get(lang))
}

/// The collection as `data/collection.txt` names it, read from the embedded folders: for the
/// tests of what the series compares.
#[cfg(test)]
pub(crate) fn embedded_series() -> Vec<Statement> {
    vec![
        Statement {
            id: "2024-01-23".into(),
            data: crate::data::load_embedded().unwrap(),
        },
        Statement {
            id: "2024-01-26-follow-up".into(),
            data: crate::data::load_follow_up().unwrap(),
        },
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    use super::embedded_series as series;

    fn listed<'a>(data: &'a Dataset, place: &str) -> FlightsFigure<'a> {
        match place_flights(data, place) {
            Some(PlaceInStatement::Listed(figure)) => figure,
            other => panic!("{place}: {other:?}"),
        }
    }

    #[test]
    fn the_listing_says_what_the_data_says_of_comparing() {
        let statements = series();
        let listing: Vec<Listing> = statements.iter().map(Listing::of).collect();
        assert!(compares(&statements) && compares_listed(&listing));
        assert_eq!(listing[1].date, "2024-01-26");
        assert!(listing[1].on_or_before && !listing[0].on_or_before);
        let mut first_alone = statements[..1].to_vec();
        first_alone.push(statements[0].clone());
        first_alone[1].data.flights = None;
        let listing: Vec<Listing> = first_alone.iter().map(Listing::of).collect();
        assert!(!compares(&first_alone) && !compares_listed(&listing));
    }

    #[test]
    fn guatemala_is_compared_with_its_periods_statuses_and_sources() {
        let series = series();
        let (first, second) = (&series[0].data, &series[1].data);
        let before = listed(first, "guatemala");
        let after = listed(second, "guatemala");
        assert_eq!(before.quantity, Quantity::Exact(36));
        assert_eq!(after.quantity, Quantity::Exact(48));
        assert_eq!(before.status, FigureStatus::Done);
        assert_eq!(after.status, FigureStatus::Projected);
        assert!(before.quote.is_some() && before.citation.is_none());
        assert!(after.quote.is_none());
        assert_eq!(after.citation.unwrap().publisher, "Rancherita");
        // The follow-up's parts give no period of their own: the total's, said as such.
        assert!(matches!(before.period, Period::Own(date) if date.start == "2024-01-01"));
        assert!(
            matches!(after.period, Period::OfTotal(date) if date.end.as_deref() == Some("2024-01-26"))
        );
        assert_eq!(difference(&before, &after), Some(12));
    }

    #[test]
    fn a_shared_line_is_never_compared_as_one_countrys() {
        let series = series();
        let before = listed(&series[0].data, "romania");
        let after = listed(&series[1].data, "romania");
        assert!(before.is_shared() && !after.is_shared());
        assert_eq!(difference(&before, &after), None);
        assert_eq!(difference(&after, &before), None);
        // India is on the first list's shared line, not in the second list at all.
        assert!(listed(&series[0].data, "india").is_shared());
        assert_eq!(
            place_flights(&series[1].data, "india"),
            Some(PlaceInStatement::NotListed)
        );
    }

    #[test]
    fn totals_compare_and_lists_are_joined_in_order() {
        let series = series();
        let before = flights_total(&series[0].data).unwrap();
        let after = flights_total(&series[1].data).unwrap();
        assert_eq!(after.quantity, Quantity::Exact(112));
        assert_eq!(after.status, FigureStatus::Projected);
        assert_eq!(difference(&before, &after), Some(33));
        let places = listed_places(&series);
        assert_eq!(places[0], "guatemala");
        for place in ["india", "brazil", "cuba", "jamaica", "haiti", "romania"] {
            assert!(places.contains(&place), "{place}: {places:?}");
        }
        assert_eq!(
            places.len(),
            places
                .iter()
                .collect::<std::collections::BTreeSet<_>>()
                .len()
        );
        assert!(compares(&series));
        assert!(!compares(&series[..1]));
        // Brazil is only in the follow-up's list: the first statement does not list it.
        assert_eq!(
            place_flights(&series[0].data, "brazil"),
            Some(PlaceInStatement::NotListed)
        );
    }

    #[test]
    fn a_statement_without_flights_by_destination_says_nothing_of_a_place() {
        let mut data = crate::data::load_embedded().unwrap();
        data.flights = None;
        assert_eq!(place_flights(&data, "guatemala"), None);
        assert_eq!(flights_total(&data), None);
    }
}
