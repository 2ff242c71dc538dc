//! One-line summaries of a place's figures, for tooltips, accessible names and announcements.

use crate::data::{Dataset, Str};
use crate::geo::features::PlaceFeature;
use crate::i18n::{flights_count, format, Lang, Text};

/// The names of `ids` in `lang`, joined with `separator`: "Rumania / India".
///
/// ```
/// let data = corredor_core::data::load_embedded().unwrap();
/// let shared = &data.flights.destinations[7].places;
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
    data.flights
        .destinations
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
    if data.flights.operator == feature.id {
        parts.push(crate::i18n::operated_flights(data.flights.total, lang));
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

/// A text summary of what the map shows and its top figures, for screen readers. Every
/// figure, date and name comes from the model.
pub fn map_summary(data: &Dataset, lang: Lang) -> String {
    let mut destinations: Vec<(&crate::data::Destination, String)> = data
        .flights
        .destinations
        .iter()
        .map(|d| (d, place_names(data, &d.places, lang, " / ")))
        .collect();
    destinations.sort_by_key(|(destination, _)| std::cmp::Reverse(destination.flights));
    let list = destinations
        .iter()
        .map(|(d, name)| format!("{name} {}", d.flights))
        .collect::<Vec<_>>()
        .join(", ");
    let period = format::event_date(&data.flights.period, lang);
    let total = data.flights.total;
    let networks = format::quantity(data.networks.dismantled, lang);
    let qualifier = data.networks.qualifier.get(lang);
    let network_places = place_names(data, &data.networks.places, lang, ", ");
    // "Among others" belongs to the places (the text: «entre otros lugares»), not to the
    // organizations, so it follows the list and names what it is about.
    let others = match (data.networks.places_complete, lang) {
        (true, _) => String::new(),
        (false, lang) => format!(", {}", Text::AmongOtherPlaces.in_lang(lang)),
    };
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
    let border = border_layer(data, lang);
    match lang {
        Lang::Es => format!(
            "El mapa muestra los {total} vuelos de repatriación de Estados Unidos del {period} por destino, con círculos de área proporcional: {list}. \
             También marca lugares donde operaban las organizaciones criminales desarticuladas, {networks} «{qualifier}»: {network_places}{others}; \
             los lugares de estos eventos: {events}; y, en posición aproximada, {border}."
        ),
        Lang::En => format!(
            "The map shows the {total} US repatriation flights of {period} by destination, as circles of proportional area: {list}. \
             It also marks places where the dismantled criminal organizations, {networks} \u{201c}{qualifier}\u{201d}, operated: {network_places}{others}; \
             the places of these events: {events}; and, at an approximate position, {border}."
        ),
    }
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
