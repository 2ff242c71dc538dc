//! Which labels the map offers, where, and in what order of importance: destinations by
//! flights (with their count), then countries, cities, states, the crossing.

use crate::data::timeline::Status;
use crate::data::{Dataset, PlaceKind};
use crate::geo::features::PlaceFeature;
use crate::geo::labels::LabelCandidate;
use crate::geo::symbols;
use crate::i18n::places::place_name;
use crate::lang::Lang;
use crate::state::{Layer, Layers};

/// Screen size of the largest flight symbol's radius, px, on a wide map.
pub const MAX_SYMBOL_PX: f64 = 26.0;
/// Screen size of labels, px.
pub const LABEL_PX: f64 = 12.0;
/// Screen size of point markers (meetings, crossing), px.
pub const MARKER_PX: f64 = 7.0;

/// The largest symbol's radius in px for a drawing `screen_width` px wide: smaller on phones.
///
/// ```
/// use corredor_core::presentation::map_labels::max_symbol_px;
/// assert!(max_symbol_px(320.0) < max_symbol_px(1280.0));
/// ```
pub fn max_symbol_px(screen_width: f64) -> f64 {
    crate::geo::clamp(screen_width / 28.0, 11.0, MAX_SYMBOL_PX)
}

/// A flight symbol's radius on screen, px, for a drawing `screen_width` px wide. The map, its
/// legend and the off-map callout all draw with it, so a reference circle is exactly the size
/// of a map circle of the same value at every width (and every zoom: symbols keep their
/// screen size).
///
/// ```
/// use corredor_core::presentation::map_labels::{max_symbol_px, symbol_px};
/// assert_eq!(symbol_px(36, 36, 320.0), max_symbol_px(320.0));
/// assert!(symbol_px(9, 36, 1280.0) * 2.0 - symbol_px(36, 36, 1280.0) < 1e-9);
/// ```
pub fn symbol_px(value: u32, max_value: u32, screen_width: f64) -> f64 {
    crate::geo::symbols::radius(
        f64::from(value),
        f64::from(max_value),
        max_symbol_px(screen_width),
    )
}

/// The label candidates for the visible layers, anchored below their symbol or marker.
pub fn map_label_candidates(
    data: &Dataset,
    features: &[PlaceFeature],
    lang: Lang,
    layers: Layers,
    px_per_unit: f64,
    max_symbol_px: f64,
    flights: Status,
) -> Vec<LabelCandidate> {
    let max_own = crate::geo::features::max_own_flights(features);
    features
        .iter()
        .filter_map(|feature| {
            let mut anchor = feature.anchor?;
            let place = data.place(&feature.id)?;
            let visible = match place.kind {
                PlaceKind::City => layers.shows(Layer::Meetings),
                PlaceKind::Site | PlaceKind::Region => layers.shows(Layer::Crossing),
                PlaceKind::State | PlaceKind::Country => true,
            };
            if !visible {
                return None;
            }
            let name = place_name(data, &feature.id, lang);
            let has_symbol = feature.flights.own > 0
                && layers.shows(Layer::Flights)
                && flights != Status::Upcoming;
            let (text, offset_px, priority) = if has_symbol {
                let radius = symbols::radius(
                    f64::from(feature.flights.own),
                    f64::from(max_own),
                    max_symbol_px,
                );
                // While the period runs the text gives no count yet: no number before it ends.
                let text = if flights == Status::Done {
                    format!("{name} · {}", feature.flights.own)
                } else {
                    name.to_owned()
                };
                (text, radius + LABEL_PX * 0.8, 100 - feature.flights.own)
            } else {
                let (priority, offset) = match place.kind {
                    PlaceKind::Country => (200, 0.0),
                    PlaceKind::City => (300, MARKER_PX + LABEL_PX * 0.8),
                    PlaceKind::State => (400, 0.0),
                    PlaceKind::Site | PlaceKind::Region => (500, MARKER_PX + LABEL_PX * 0.8),
                };
                (name.to_owned(), offset, priority)
            };
            anchor.y += offset_px / px_per_unit;
            Some(LabelCandidate {
                id: feature.id.clone(),
                text,
                anchor,
                priority,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::load_embedded;
    use crate::geo::features::place_features;
    use crate::geo::labels::{label_box, place_labels, LabelBox};
    use crate::geo::{load_region, REGION_JSON};

    /// At 320 and 1280 px wide, in both languages, the kept labels never overlap, and the
    /// most important ones are there on a wide screen.
    #[test]
    fn labels_do_not_collide_at_320_and_1280_px() {
        let data = load_embedded().unwrap();
        let region = load_region(REGION_JSON).unwrap();
        let features = place_features(&data, &region);
        let frame = LabelBox {
            x: 0.0,
            y: 0.0,
            width: region.width,
            height: region.height,
        };
        for screen_width in [320.0, 1280.0] {
            let ppu = screen_width / region.width;
            for lang in Lang::ALL {
                let candidates = map_label_candidates(
                    &data,
                    &features,
                    lang,
                    Layers::default(),
                    ppu,
                    max_symbol_px(screen_width),
                    Status::Done,
                );
                let kept = place_labels(&candidates, LABEL_PX, ppu, frame);
                let boxes: Vec<LabelBox> = candidates
                    .iter()
                    .filter(|c| kept.contains(&c.id))
                    .map(|c| label_box(c, LABEL_PX, ppu))
                    .collect();
                for (i, a) in boxes.iter().enumerate() {
                    for b in &boxes[i + 1..] {
                        let overlap = a.x < b.x + b.width
                            && b.x < a.x + a.width
                            && a.y < b.y + b.height
                            && b.y < a.y + a.height;
                        assert!(!overlap, "labels collide at {screen_width} px: {a:?} {b:?}");
                    }
                }
                assert!(
                    kept.contains(&"guatemala".to_owned()),
                    "{screen_width}: {kept:?}"
                );
                if screen_width > 1000.0 {
                    for id in ["mexico", "united-states", "colombia", "venezuela", "peru"] {
                        assert!(
                            kept.contains(&id.to_owned()),
                            "{id} missing at {screen_width}: {kept:?}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn switching_a_layer_off_removes_its_labels() {
        let data = load_embedded().unwrap();
        let region = load_region(REGION_JSON).unwrap();
        let features = place_features(&data, &region);
        let layers = Layers::default().toggled(Layer::Meetings);
        let candidates =
            map_label_candidates(&data, &features, Lang::Es, layers, 1.0, 20.0, Status::Done);
        assert!(!candidates.iter().any(|c| c.id == "washington-dc"));
        let guatemala = candidates.iter().find(|c| c.id == "guatemala").unwrap();
        assert_eq!(guatemala.text, "Guatemala · 36");
    }

    #[test]
    fn no_count_is_shown_while_the_flights_period_runs() {
        let data = load_embedded().unwrap();
        let region = load_region(REGION_JSON).unwrap();
        let features = place_features(&data, &region);
        let running = map_label_candidates(
            &data,
            &features,
            Lang::Es,
            Layers::default(),
            1.0,
            20.0,
            Status::Running,
        );
        assert_eq!(
            running.iter().find(|c| c.id == "guatemala").unwrap().text,
            "Guatemala"
        );
        assert!(running.iter().all(|c| !c.text.contains('·')));
    }
}
