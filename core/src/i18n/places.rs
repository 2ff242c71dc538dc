//! One-line summaries of a place's figures, for tooltips, accessible names and announcements.

use crate::data::{Dataset, Str};
use crate::geo::features::PlaceFeature;
use crate::i18n::{flights_count, format, Lang, Text};

/// The names of `ids` in `lang`, joined with `separator`: "Rumania / India".
///
/// ```
/// let data = corredor_core::data::load_embedded().unwrap();
/// let shared = &data.destinations()[7].places;
/// let names = corredor_core::i18n::places::place_names(&data, shared, corredor_core::lang::Lang::Es, " / ");
/// assert_eq!(names, "Rumania / India");
/// ```
pub fn place_names(data: &Dataset, ids: &[Str], lang: Lang, separator: &str) -> String {
    ids.iter()
        .map(|id| data.place_name(id, lang))
        .collect::<Vec<_>>()
        .join(separator)
}

/// The names of the places that share a flight with `id`, joined with " / ".
pub fn flight_partners(data: &Dataset, id: &str, lang: Lang) -> String {
    data.destinations()
        .iter()
        .filter(|d| d.is_shared() && d.places.iter().any(|p| p == id))
        .flat_map(|d| d.places.iter().filter(|p| *p != id))
        .map(|p| data.place_name(p, lang))
        .collect::<Vec<_>>()
        .join(" / ")
}

/// "Guatemala: 36 vuelos; aquí operaban …", "Washington, D.C.: 19 de enero de [2024]".
///
/// ```
/// use corredor_core::{data::load_embedded, geo::{features::place_features, load_region, REGION_JSON}};
/// use corredor_core::i18n::{places::place_summary, Lang};
/// let data = load_embedded().unwrap();
/// let features = place_features(&data, &load_region(REGION_JSON).unwrap());
/// let guatemala = features.iter().find(|f| f.id == "guatemala").unwrap();
/// assert!(place_summary(&data, guatemala, Lang::Es).starts_with("Guatemala: 36 vuelos"));
/// ```
pub fn place_summary(data: &Dataset, feature: &PlaceFeature, lang: Lang) -> String {
    let mut parts: Vec<String> = Vec::new();
    if feature.flights.own > 0 {
        parts.push(flights_count(feature.flights.own, lang));
    }
    if feature.flights.shared > 0 {
        let partners = flight_partners(data, &feature.id, lang);
        parts.push(crate::i18n::shared_line(
            feature.flights.shared,
            &partners,
            lang,
        ));
    }
    for destination in feature
        .departures
        .iter()
        .filter_map(|index| data.destinations().get(*index))
    {
        parts.push(departure(data, destination, lang));
    }
    if let Some(flights) = data.flights.as_ref().filter(|f| f.operator == feature.id) {
        parts.push(crate::i18n::operated_flights(flights, lang));
    }
    if feature.in_networks {
        parts.push(Text::NetworksOperatedHere.in_lang(lang).to_owned());
    }
    // The text gives no location for the site or the region: their marks are placed by us.
    if data.place(&feature.id).is_some_and(|place| {
        matches!(
            place.kind,
            crate::data::PlaceKind::Site | crate::data::PlaceKind::Region
        )
    }) {
        parts.push(Text::ApproximatePosition.in_lang(lang).to_owned());
    }
    let dated: Vec<String> = feature
        .events
        .iter()
        .filter_map(|id| data.event(id))
        .filter(|event| {
            !matches!(
                event.kind,
                crate::data::EventKind::Operation | crate::data::EventKind::Peak
            )
        })
        .map(|event| format::event_date(&event.date, lang))
        .collect();
    if !dated.is_empty() && feature.flights.own == 0 {
        parts.push(dated.join(", "));
    }
    let name = data.place_name(&feature.id, lang);
    if parts.is_empty() {
        name.to_owned()
    } else {
        format!("{name}: {}", parts.join("; "))
    }
}

/// Places from, to and in, each list joined with "y"/"and": "desde Houston y San Antonio a San
/// Pedro Sula"; a list left empty is left out.
pub fn route(data: &Dataset, [from, to, within]: [&[crate::data::Str]; 3], lang: Lang) -> String {
    let (words, separator) = match lang {
        Lang::Es => (["desde", "a", "en"], " y "),
        Lang::En => (["from", "to", "in"], " and "),
    };
    let mut parts = Vec::new();
    for (word, ids) in words.iter().zip([from, to, within]) {
        if !ids.is_empty() {
            parts.push(format!(
                "{word} {}",
                place_names(data, ids, lang, separator)
            ));
        }
    }
    parts.join(" ")
}

/// A line of the flights list as said at one of its origins: "3 vuelos desde Houston, San
/// Antonio y Phoenix a San Pedro Sula, 5 de marzo de [2024]" (all its origins, its figure
/// whole).
///
/// ```
/// use corredor_core::data::{Destination, List};
/// use corredor_core::i18n::{places::departure, Lang};
/// let data = corredor_core::data::load_embedded().unwrap();
/// let line = Destination {
///     places: List::Owned(vec!["guatemala".into()]),
///     from: List::Owned(vec!["mexico".into(), "united-states".into()]),
///     ..data.destinations()[0].clone()
/// };
/// assert_eq!(departure(&data, &line, Lang::En), "36 flights from Mexico and United States to Guatemala");
/// ```
pub fn departure(data: &Dataset, destination: &crate::data::Destination, lang: Lang) -> String {
    let route = route(data, [&destination.from, &destination.places, &[]], lang);
    let mut line = format!("{} {route}", flights_count(destination.flights, lang));
    if let Some(date) = &destination.date {
        line.push_str(", ");
        line.push_str(&format::event_date(date, lang));
    }
    line
}

/// A text summary of what the map shows and its top figures, for screen readers. Every
/// figure, date and name comes from the model.
pub fn map_summary(data: &Dataset, features: &[PlaceFeature], lang: Lang) -> String {
    // "Among others" belongs to the places (the text: «entre otros lugares»), not to the
    // organizations, so it follows the list and names what it is about.
    let networks = data.networks.as_ref().map(|networks| {
        let count = format::quantity(networks.dismantled, lang);
        let qualifier = networks.qualifier.get(lang);
        let places = place_names(data, &networks.places, lang, ", ");
        let others = match networks.places_complete {
            true => String::new(),
            false => format!(", {}", Text::AmongOtherPlaces.in_lang(lang)),
        };
        match lang {
            Lang::Es => format!("lugares donde operaban las organizaciones criminales desarticuladas, {count} «{qualifier}»: {places}{others}"),
            Lang::En => format!("places where the dismantled criminal organizations, {count} \u{201c}{qualifier}\u{201d}, operated: {places}{others}"),
        }
    });
    let events = crate::data::timeline::chronological(data)
        .into_iter()
        .filter(|event| !event.places.is_empty())
        .filter(|event| {
            !matches!(
                event.kind,
                crate::data::EventKind::Operation | crate::data::EventKind::Peak
            )
        })
        .map(|event| {
            let places = place_names(data, &event.places, lang, ", ");
            format!("{} ({places})", event.title.get(lang))
        })
        .collect::<Vec<_>>()
        .join("; ");
    let events = (!events.is_empty()).then(|| match lang {
        Lang::Es => format!("los lugares de estos eventos: {events}"),
        Lang::En => format!("the places of these events: {events}"),
    });
    let border = has_border(data).then(|| {
        let border = border_layer(data, lang);
        match lang {
            Lang::Es => format!("en posición aproximada, {border}"),
            Lang::En => format!("at an approximate position, {border}"),
        }
    });
    // What else the map marks, as one list: "X; Y; y, Z".
    let mut marks: Vec<String> = [networks, events].into_iter().flatten().collect();
    let last = match (border, marks.pop()) {
        (Some(border), last) => {
            marks.extend(last);
            Some(match lang {
                Lang::Es => format!("y, {border}"),
                Lang::En => format!("and, {border}"),
            })
        }
        (None, Some(last)) if !marks.is_empty() => Some(match lang {
            Lang::Es => format!("y {last}"),
            Lang::En => format!("and {last}"),
        }),
        (None, last) => last,
    };
    marks.extend(last);
    let also = match (marks.is_empty(), lang) {
        (true, _) => String::new(),
        (false, Lang::Es) => format!(" También marca {}.", marks.join("; ")),
        (false, Lang::En) => format!(" It also marks {}.", marks.join("; ")),
    };
    let Some(flights) = &data.flights else {
        // No circles: the map shows the places the statement names, those in its frame; the
        // others are named apart, as the off-map list names them.
        let names = |on_map: bool| {
            features
                .iter()
                .filter(|feature| feature.on_map() == on_map)
                .map(|feature| data.place_name(&feature.id, lang))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let (places, outside) = (names(true), names(false));
        let outside = match (outside.is_empty(), lang) {
            (true, _) => String::new(),
            (false, Lang::Es) => format!(" Fuera de su marco: {outside}."),
            (false, Lang::En) => format!(" Outside its frame: {outside}."),
        };
        return match lang {
            Lang::Es => format!(
                "El mapa muestra los lugares que nombra el comunicado: {places}.{outside}{also}"
            ),
            Lang::En => {
                format!("The map shows the places the statement names: {places}.{outside}{also}")
            }
        };
    };
    let period = format::event_date(&flights.period, lang);
    let total = flights.total;
    let flights = crate::i18n::facts::flights_phrase(data, flights, lang);
    let mut destinations: Vec<(&crate::data::Destination, String)> = data
        .destinations()
        .iter()
        .map(|d| (d, place_names(data, &d.places, lang, " / ")))
        .collect();
    crate::sorting::sort_by_key(&mut destinations, |(destination, _)| {
        std::cmp::Reverse(destination.flights)
    });
    // A list by day names each line's day, so two lines to one place stay two figures.
    let list = destinations
        .iter()
        .map(|(d, name)| match &d.date {
            Some(date) => format!("{name} {} ({})", d.flights, format::event_date(date, lang)),
            None => format!("{name} {}", d.flights),
        })
        .collect::<Vec<_>>()
        .join(", ");
    match lang {
        Lang::Es => format!(
            "El mapa muestra los {total} {flights} del {period} por destino, con círculos de área proporcional: {list}.{also}"
        ),
        Lang::En => format!(
            "The map shows the {total} {flights} of {period} by destination, as circles of proportional area: {list}.{also}"
        ),
    }
}

/// The key's name of the layer of diamonds (the cities where the statement puts an event), by
/// the kinds of those events: a meeting or a visit (named as the statement's `meetings_name`
/// says, or plainly), only the statement's dateline, or other events too. None when no event
/// is in a city: the map then draws no diamond, and the key names none.
///
/// ```
/// use corredor_core::i18n::{places::meetings_layer, Lang};
/// let mut data = corredor_core::data::load_embedded().unwrap();
/// assert_eq!(meetings_layer(&data, Lang::Es).unwrap(), "Reunión ministerial y lugar del comunicado");
/// data.source.meetings_name = None;
/// assert_eq!(meetings_layer(&data, Lang::En).unwrap(), "Meetings and the statement's dateline");
/// let events = data.events.to_vec();
/// data.events = events.iter().filter(|e| e.id == "joint-statement").cloned().collect::<Vec<_>>().into();
/// assert_eq!(meetings_layer(&data, Lang::Es).unwrap(), "Lugar del comunicado");
/// // The flights' operation put in a city: the diamonds are its cities, not a dateline.
/// let mut operation = events.iter().find(|e| e.id == "repatriation-flights").unwrap().clone();
/// operation.places = vec!["washington-dc".into()].into();
/// data.events = vec![operation].into();
/// assert_eq!(meetings_layer(&data, Lang::En).unwrap(), "Cities of the events");
/// data.events = Default::default();
/// assert_eq!(meetings_layer(&data, Lang::Es), None);
/// ```
pub fn meetings_layer(data: &Dataset, lang: Lang) -> Option<String> {
    use crate::data::EventKind;
    let in_cities = city_event_kinds(data);
    let has = |kinds: &[EventKind]| in_cities.iter().any(|kind| kinds.contains(kind));
    let meetings = has(&[EventKind::Meeting, EventKind::Visit]);
    let dateline = has(&[EventKind::Statement]);
    let text = match (
        has(&[EventKind::Operation, EventKind::Peak]),
        meetings,
        dateline,
    ) {
        (true, _, _) => Text::LayerEventPlaces,
        (false, true, _) => {
            if let Some(name) = &data.source.meetings_name {
                return Some(name.get(lang).to_owned());
            }
            if dateline {
                Text::LayerMeetings
            } else {
                Text::LayerMeetingPlaces
            }
        }
        (false, false, true) => Text::LayerStatementPlace,
        (false, false, false) => return None,
    };
    Some(text.in_lang(lang).to_owned())
}

/// The kinds of the events the statement puts in a city: the map marks those cities with
/// diamonds.
fn city_event_kinds(data: &Dataset) -> Vec<crate::data::EventKind> {
    data.events
        .iter()
        .filter(|event| {
            event.places.iter().any(|id| {
                data.place(id)
                    .is_some_and(|place| place.kind == crate::data::PlaceKind::City)
            })
        })
        .map(|event| event.kind)
        .collect()
}

/// Whether the map draws diamonds: the statement puts an event in a city.
pub fn has_diamonds(data: &Dataset) -> bool {
    !city_event_kinds(data).is_empty()
}

/// Whether the statement tells of a meeting or a visit, wherever it was: the page's description
/// then names meetings.
pub fn places_a_meeting(data: &Dataset) -> bool {
    use crate::data::EventKind;
    data.events
        .iter()
        .any(|event| matches!(event.kind, EventKind::Meeting | EventKind::Visit))
}

/// Whether the statement names a border region or site (the border layer's places).
pub fn has_border(data: &Dataset) -> bool {
    use crate::data::PlaceKind;
    data.places
        .iter()
        .any(|place| matches!(place.kind, PlaceKind::Region | PlaceKind::Site))
}

/// The legend's name of the border layer: the region and the site, named as the text names
/// them ("la región estratégica de Cali-Baja en la Mesa de Otay II (East)").
pub fn border_layer(data: &Dataset, lang: Lang) -> String {
    use crate::data::PlaceKind;
    let names = |kind: PlaceKind| {
        data.places
            .iter()
            .filter(|place| place.kind == kind)
            .map(|place| place.name.get(lang))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let (region, site) = (names(PlaceKind::Region), names(PlaceKind::Site));
    match lang {
        Lang::Es => format!("Frontera: la región de {region} y la {site}"),
        Lang::En => format!("Border: the {region} region and {site}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::load_embedded;
    use crate::geo::{features::place_features, load_region, REGION_JSON};

    fn summary(id: &str, lang: Lang) -> String {
        let data = load_embedded().unwrap();
        let features = place_features(&data, &load_region(REGION_JSON).unwrap());
        let feature = features.iter().find(|f| f.id == id).unwrap();
        place_summary(&data, feature, lang)
    }

    #[test]
    fn the_map_summary_lists_every_destination_largest_first() {
        let data = load_embedded().unwrap();
        let features = place_features(&data, &load_region(REGION_JSON).unwrap());
        let map_summary = |data: &Dataset, lang| map_summary(data, &features, lang);
        let summary = map_summary(&data, Lang::Es);
        assert!(summary.contains("79 vuelos"));
        assert!(summary.contains("Guatemala 36, Honduras 23, El Salvador 6"));
        assert!(summary.contains("Rumania / India 1"));
        assert!(map_summary(&data, Lang::En).contains("at least 10"));
        // The text's qualifier of the ten, and "among others" after the places it is about.
        assert!(summary.contains(
            "al menos 10 «de las organizaciones criminales más prolíficas que impactan nuestra frontera compartida»: Honduras, Guatemala, El Salvador, Chiapas, Chihuahua, Hidalgo, Veracruz, entre otros lugares;"
        ), "{summary}");
        assert!(map_summary(&data, Lang::En).contains(
            "at least 10 \u{201c}of the most prolific criminal organizations that impact our shared border\u{201d}, operated: Honduras, Guatemala, El Salvador, Chiapas, Chihuahua, Hidalgo, Veracruz, among other places;"
        ));
        assert!(!summary.contains("(entre otros)"));
        assert!(!summary.contains("Ciudad de México y Washington"));
        assert!(!map_summary(&data, Lang::En).contains("crossing"));
    }

    #[test]
    fn summaries_carry_the_figures() {
        assert_eq!(
            summary("guatemala", Lang::Es),
            "Guatemala: 36 vuelos; aquí operaban organizaciones criminales desarticuladas"
        );
        assert_eq!(
            summary("romania", Lang::En),
            "Romania: 1 flight, on one line of the list that also names India"
        );
        assert_eq!(
            summary("washington-dc", Lang::En),
            "Washington, D.C.: 19 January [2024]"
        );
        assert!(
            summary("united-states", Lang::En).contains("Carried out the 79 repatriation flights")
        );
        assert_eq!(
            summary("otay-mesa-ii-east", Lang::En),
            "Otay Mesa II (East): approximate position; the text gives no location"
        );
        assert_eq!(
            summary("chiapas", Lang::Es),
            "Chiapas: aquí operaban organizaciones criminales desarticuladas"
        );
    }
}
