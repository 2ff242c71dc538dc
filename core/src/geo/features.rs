//! What the map draws for each place of the dataset: its shape, where its symbol and label
//! go, its flights, whether the networks operated there, and its events. Built once from
//! the dataset and the region; components only read it.

use crate::data::{Dataset, FlightShare, Place, PlaceKind};
use crate::geo::asset::{MapShape, Region};
use crate::geo::projection::Point;

/// One dataset place as the map sees it.
#[derive(Clone, Debug)]
pub struct PlaceFeature {
    /// The dataset place id.
    pub id: String,
    /// The index of its shape in [`Region::shapes`], for countries and states.
    pub shape: Option<usize>,
    /// Where its symbol and label go (map units); `None` when it lies outside the frame.
    pub anchor: Option<Point>,
    /// Its flights, shared ones apart.
    pub flights: FlightShare,
    /// Whether the text names it among the places where the networks operated.
    pub in_networks: bool,
    /// Ids of the events that involve it.
    pub events: Vec<String>,
    /// The lines of the flights list that left from it (indexes into the destinations): a
    /// line from several origins is one figure, listed at each of them, never split.
    pub departures: Vec<usize>,
}

impl PlaceFeature {
    /// Whether the map can show it (as opposed to the off-map callout).
    pub fn on_map(&self) -> bool {
        self.anchor.is_some()
    }
}

/// Every dataset place, as the map sees it, in the dataset's order.
pub fn place_features(data: &Dataset, region: &Region) -> Vec<PlaceFeature> {
    data.places
        .iter()
        .map(|place| {
            let shape = shape_index(place, region);
            let anchor = match shape.and_then(|index| region.shapes.get(index)) {
                Some(shape) => Some(shape.label),
                None => map_point(place, region).filter(|point| in_frame(*point, region)),
            };
            PlaceFeature {
                id: place.id.to_string(),
                shape,
                anchor,
                flights: data.flights_to(&place.id),
                in_networks: data
                    .networks
                    .as_ref()
                    .is_some_and(|networks| networks.places.contains(&place.id)),
                events: data
                    .events_at(&place.id)
                    .map(|event| event.id.to_string())
                    .collect(),
                departures: data
                    .destinations()
                    .iter()
                    .enumerate()
                    .filter(|(_, d)| d.from.contains(&place.id))
                    .map(|(index, _)| index)
                    .collect(),
            }
        })
        .collect()
}

/// The flights' routes as one SVG path: a line from each origin a line of the flights list
/// names to its destination, for the places on the map. A line from several origins is one
/// figure, drawn once per origin and labelled once, at the destination, never divided.
pub fn route_paths(data: &Dataset, features: &[PlaceFeature]) -> String {
    use crate::number::fixed;
    let anchor = |id: &str| features.iter().find(|feature| feature.id == id)?.anchor;
    data.destinations()
        .iter()
        .flat_map(|destination| {
            let to = destination.places.first().and_then(|id| anchor(id));
            destination.from.iter().filter_map(move |from| {
                let (from, to) = (anchor(from)?, to?);
                Some(format!(
                    "M{} {}L{} {}",
                    fixed(from.x, 1),
                    fixed(from.y, 1),
                    fixed(to.x, 1),
                    fixed(to.y, 1)
                ))
            })
        })
        .collect()
}

/// Projects every place's point onto the map (`Place::map_point`), for the build to compile in.
pub fn project_points(data: &mut Dataset, region: &Region) {
    for place in data.places.to_mut() {
        place.map_point = place.point.map(|[lon, lat]| {
            let point = region.projection.project(lon, lat);
            [point.x, point.y]
        });
    }
}

/// Where `place`'s point falls on the map: as the build projected it. Native callers (tests,
/// tools) may read a dataset the build did not project, and project it here; the wasm never
/// does, so it carries no sine or cosine.
fn map_point(place: &Place, region: &Region) -> Option<Point> {
    if let Some([x, y]) = place.map_point {
        return Some(Point::new(x, y));
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        place
            .point
            .map(|[lon, lat]| region.projection.project(lon, lat))
    }
    #[cfg(target_arch = "wasm32")]
    {
        let _ = region;
        None
    }
}

/// The places the statement names that lie outside the frame, whatever they are (Romania and
/// India, the destinations of one line of the list), and the flights of the list's lines
/// that name them (a line shared by several of them counted once; none without a list).
pub fn off_map<'a>(data: &Dataset, features: &'a [PlaceFeature]) -> (Vec<&'a PlaceFeature>, u32) {
    let places: Vec<&PlaceFeature> = features
        .iter()
        .filter(|feature| !feature.on_map())
        .collect();
    let flights = data
        .destinations()
        .iter()
        .filter(|d| d.places.iter().any(|p| places.iter().any(|f| &f.id == p)))
        .map(|d| d.flights)
        .sum();
    (places, flights)
}

/// The most flights any single place received on its own: the largest proportional symbol.
///
/// At least 1, so it can divide.
pub fn max_own_flights(features: &[PlaceFeature]) -> u32 {
    features
        .iter()
        .map(|f| f.flights.own)
        .max()
        .unwrap_or(1)
        .max(1)
}

/// The shape of a country or state, matched by ISO code.
fn shape_index(place: &Place, region: &Region) -> Option<usize> {
    if !matches!(place.kind, PlaceKind::Country | PlaceKind::State) {
        return None;
    }
    let iso = place.iso.as_deref()?;
    region
        .shapes
        .iter()
        .position(|shape: &MapShape| shape.id == iso)
}

/// Whether `point` lies inside the region's frame.
pub fn in_frame(point: Point, region: &Region) -> bool {
    (0.0..=region.width).contains(&point.x) && (0.0..=region.height).contains(&point.y)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::load_embedded;
    use crate::geo::{load_region, REGION_JSON};

    fn features() -> (Dataset, Region, Vec<PlaceFeature>) {
        let data = load_embedded().unwrap();
        let region = load_region(REGION_JSON).unwrap();
        let features = place_features(&data, &region);
        (data, region, features)
    }

    #[test]
    fn a_line_from_several_origins_is_a_route_from_each_origin_on_the_map() {
        let (mut data, region, _) = features();
        assert_eq!(route_paths(&data, &place_features(&data, &region)), "");
        // Guatemala's line, as if it named Mexico and Honduras as its origins.
        data.flights.as_mut().unwrap().destinations.to_mut()[0].from =
            crate::data::List::Owned(vec!["mexico".into(), "honduras".into(), "romania".into()]);
        let features = place_features(&data, &region);
        let routes = route_paths(&data, &features);
        // Romania lies off the map: no line to nowhere.
        assert_eq!(routes.matches('M').count(), 2, "{routes}");
        let guatemala = features.iter().find(|f| f.id == "guatemala").unwrap();
        let end = format!(
            "L{} {}",
            crate::number::fixed(guatemala.anchor.unwrap().x, 1),
            crate::number::fixed(guatemala.anchor.unwrap().y, 1)
        );
        assert_eq!(
            routes.matches(&end).count(),
            2,
            "both end at Guatemala: {routes}"
        );
        // Each origin lists the line whole, at its full figure.
        let honduras = features.iter().find(|f| f.id == "honduras").unwrap();
        assert_eq!(honduras.departures, vec![0]);
    }

    #[test]
    fn every_country_and_state_the_dataset_names_has_a_shape() {
        let (data, _, features) = features();
        for (place, feature) in data.places.iter().zip(&features) {
            let expects_shape = matches!(place.kind, PlaceKind::Country | PlaceKind::State)
                && !["romania", "india"].contains(&&*place.id);
            assert_eq!(feature.shape.is_some(), expects_shape, "{}", place.id);
        }
    }

    #[test]
    fn romania_and_india_are_off_the_map_and_everything_else_on_it() {
        let (_, _, features) = features();
        for feature in &features {
            let off = ["romania", "india"].contains(&feature.id.as_str());
            assert_eq!(feature.on_map(), !off, "{}", feature.id);
        }
    }

    #[test]
    fn anchors_fall_inside_their_own_shapes() {
        let (_, region, features) = features();
        for feature in features.iter().filter(|f| f.shape.is_some()) {
            let shape = &region.shapes[feature.shape.unwrap()];
            let anchor = feature.anchor.unwrap();
            let inside = shape
                .rings
                .iter()
                .filter(|ring| point_in_ring(anchor, ring))
                .count()
                % 2
                == 1;
            assert!(
                inside,
                "{} label {anchor:?} is outside its shape",
                feature.id
            );
        }
    }

    #[test]
    fn figures_follow_the_dataset() {
        let (_, _, features) = features();
        let get = |id: &str| features.iter().find(|f| f.id == id).unwrap();
        assert_eq!(get("guatemala").flights.own, 36);
        assert_eq!(get("india").flights.shared, 1);
        assert!(get("chiapas").in_networks && !get("peru").in_networks);
        assert!(get("washington-dc")
            .events
            .contains(&"ministerial-washington".to_owned()));
    }

    fn point_in_ring(point: Point, ring: &[Point]) -> bool {
        crate::geo::polylabel::ring_edges(ring)
            .filter(|(a, b)| {
                (a.y > point.y) != (b.y > point.y)
                    && point.x < (b.x - a.x) * (point.y - a.y) / (b.y - a.y) + a.x
            })
            .count()
            % 2
            == 1
    }
}
