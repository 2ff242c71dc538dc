//! Which labels the map offers, where, and in what order of importance: destinations by
//! flights (with their count), then countries, cities, states, the crossing.

use crate::data::timeline::Status;
use crate::data::{Dataset, PlaceKind};
use crate::geo::features::PlaceFeature;
use crate::geo::labels::{LabelCandidate, Mark, PlacedLabel};
use crate::geo::symbols;
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
/// Every destination's label and the selected place's are required: placement moves them
/// with a leader line rather than dropping them (`geo::labels::place_labels`).
#[allow(clippy::too_many_arguments)]
pub fn map_label_candidates(
    data: &Dataset,
    features: &[PlaceFeature],
    lang: Lang,
    layers: Layers,
    px_per_unit: f64,
    max_symbol_px: f64,
    flights: Status,
    selected: Option<&str>,
) -> Vec<LabelCandidate> {
    let max_own = crate::geo::features::max_own_flights(features);
    features
        .iter()
        .filter_map(|feature| {
            let mut anchor = feature.anchor?;
            let mark_centre = anchor;
            let place = data.place(&feature.id)?;
            let is_selected = selected == Some(&*feature.id);
            // A city is marked for its events (the meetings layer) or for its flights (a
            // destination's circle, an origin's mark: the flights layer).
            let flights_city = feature.flights.own > 0 || !feature.departures.is_empty();
            let visible = match place.kind {
                PlaceKind::City => {
                    (layers.shows(Layer::Meetings) && !feature.events.is_empty())
                        || (layers.shows(Layer::Flights) && flights_city)
                }
                PlaceKind::Site | PlaceKind::Region => layers.shows(Layer::Crossing),
                PlaceKind::State | PlaceKind::Country => true,
            };
            if !visible && !is_selected {
                return None;
            }
            let name = data.place_name(&feature.id, lang);
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
            // The mark the label names: the symbol's edge, or the marker's, or the point.
            let mark_px = if has_symbol {
                offset_px - LABEL_PX * 0.8
            } else if offset_px > 0.0 {
                MARKER_PX
            } else {
                0.0
            };
            // Every mark on the map is named: the destinations' circles, the cities', the
            // site's and the region's markers, the states where the networks operated
            // (hatched), and the selection. Only unmarked country names may give way.
            let marked_state = place.kind == PlaceKind::State
                && feature.in_networks
                && layers.shows(Layer::Networks);
            let marker = matches!(
                place.kind,
                PlaceKind::City | PlaceKind::Site | PlaceKind::Region
            );
            let required = (has_symbol || is_selected || marker || marked_state).then_some(Mark {
                centre: mark_centre,
                radius: mark_px / px_per_unit,
            });
            Some(LabelCandidate {
                id: feature.id.clone(),
                text,
                anchor,
                priority: if is_selected { 0 } else { priority },
                required,
            })
        })
        .collect()
}

/// The map's labels with `selected` selected: the labels of no selection where they already
/// label it, so that such a selection moves no label and the map redraws none (issue 21: the
/// labels were a third of a selection's time); else `placed_with(selected)`, the labels placed
/// again with it required first.
pub fn labels_with_selection(
    unselected: &[PlacedLabel],
    selected: Option<&str>,
    placed_with: impl FnOnce(&str) -> Vec<PlacedLabel>,
) -> Vec<PlacedLabel> {
    match selected {
        Some(id) if !unselected.iter().any(|label| label.id == id) => placed_with(id),
        _ => unselected.to_vec(),
    }
}

/// What to change to go from the labels `drawn` to `next`: the ids whose drawn label (and its
/// leader) goes, and the labels to draw. A label whose place, text, position and leader are
/// the same stays as it is, so a timeline step that changes a few labels touches only those
/// (issue 21: redrawing all of them by position was most of a step's time).
pub fn label_edits<'a>(
    drawn: &'a [PlacedLabel],
    next: &'a [PlacedLabel],
) -> (Vec<&'a str>, Vec<&'a PlacedLabel>) {
    let gone = drawn
        .iter()
        .filter(|label| !next.contains(label))
        .map(|label| label.id.as_str())
        .collect();
    let new = next.iter().filter(|label| !drawn.contains(label)).collect();
    (gone, new)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::load_embedded;
    use crate::geo::features::place_features;
    use crate::geo::labels::{label_box, place_labels, LabelBox, PlacedLabel};

    /// The dataset, the region, its features and its whole frame.
    fn whole_map() -> (
        crate::data::Dataset,
        crate::geo::Region,
        Vec<PlaceFeature>,
        LabelBox,
    ) {
        let data = load_embedded().unwrap();
        let region = load_region(REGION_JSON).unwrap();
        let features = place_features(&data, &region);
        let frame = LabelBox {
            x: 0.0,
            y: 0.0,
            width: region.width,
            height: region.height,
        };
        (data, region, features, frame)
    }

    /// Where each placed label's box ends up.
    fn placed_boxes(
        candidates: &[LabelCandidate],
        placed: &[PlacedLabel],
        ppu: f64,
    ) -> Vec<LabelBox> {
        placed
            .iter()
            .map(|p| {
                let candidate = candidates.iter().find(|c| c.id == p.id).unwrap();
                let at_anchor = label_box(candidate, LABEL_PX, ppu);
                LabelBox {
                    x: p.at.x - at_anchor.width / 2.0,
                    y: p.at.y - at_anchor.height / 2.0,
                    ..at_anchor
                }
            })
            .collect()
    }

    fn overlapping(boxes: &[LabelBox]) -> Option<(LabelBox, LabelBox)> {
        boxes.iter().enumerate().find_map(|(i, a)| {
            boxes[i + 1..]
                .iter()
                .find(|b| a.overlaps(b))
                .map(|b| (*a, *b))
        })
    }

    /// A selected place keeps the labels of no selection when it has one there, and is labelled
    /// when it had none (its layer hidden).
    #[test]
    fn a_selection_moves_no_label_unless_the_selected_place_had_none() {
        let (data, region, features, frame) = whole_map();
        let ppu = 375.0 / region.width;
        // The flights hidden: their destinations are unlabelled until one is selected.
        let layers = Layers::default().toggled(Layer::Flights);
        let placed = |selected: Option<&str>| {
            let candidates = map_label_candidates(
                &data,
                &features,
                Lang::Es,
                layers,
                ppu,
                max_symbol_px(375.0),
                Status::Done,
                selected,
            );
            place_labels(&candidates, LABEL_PX, ppu, frame)
        };
        let unselected = placed(None);
        let labelled = &unselected[0].id;
        let kept = labels_with_selection(&unselected, Some(labelled), |_| panic!("placed again"));
        assert_eq!(kept, unselected);
        assert_eq!(
            labels_with_selection(&unselected, None, |_| Vec::new()),
            unselected
        );
        let unlabelled = features
            .iter()
            .find(|f| f.anchor.is_some() && !unselected.iter().any(|p| p.id == f.id))
            .map(|f| f.id.to_string())
            .expect("a place without a label, its layer hidden");
        let with = labels_with_selection(&unselected, Some(&unlabelled), |id| placed(Some(id)));
        assert!(with.iter().any(|p| p.id == unlabelled), "{unlabelled}");
    }

    /// The fact-checker's case: Honduras · 23, El Salvador · 6, Nicaragua and Haití were
    /// dropped where labels collide. At every width from 320 px, in both languages, every
    /// destination on the map carries its label with its count, and so does every other mark
    /// (Veracruz and the Otay site were unlabelled too), none
    /// overlapping another, and a selected place is labelled as well.
    #[test]
    fn every_destination_and_the_selected_place_are_labelled_at_every_width() {
        let (data, region, features, frame) = whole_map();
        let destinations: Vec<&PlaceFeature> = features
            .iter()
            .filter(|f| f.flights.own > 0 && f.anchor.is_some())
            .collect();
        assert!(destinations.len() >= 9);
        for screen_width in (320..=1440).step_by(40).map(f64::from) {
            let ppu = screen_width / region.width;
            for lang in Lang::ALL {
                for selected in [
                    None,
                    Some("chiapas"),
                    Some("honduras"),
                    Some("washington-dc"),
                ] {
                    let candidates = map_label_candidates(
                        &data,
                        &features,
                        lang,
                        Layers::default(),
                        ppu,
                        max_symbol_px(screen_width),
                        Status::Done,
                        selected,
                    );
                    let placed = place_labels(&candidates, LABEL_PX, ppu, frame);
                    for destination in &destinations {
                        let label = placed.iter().find(|p| p.id == destination.id);
                        let label = label.unwrap_or_else(|| {
                            panic!("{} unlabelled at {screen_width} px", destination.id)
                        });
                        assert!(
                            label
                                .text
                                .ends_with(&format!(" · {}", destination.flights.own)),
                            "{label:?}"
                        );
                    }
                    for id in [
                        "otay-mesa-ii-east",
                        "cali-baja",
                        "mexico-city",
                        "washington-dc",
                        "chiapas",
                        "chihuahua",
                        "hidalgo",
                        "veracruz",
                    ] {
                        assert!(
                            placed.iter().any(|p| p.id == id),
                            "{id} unlabelled at {screen_width} px"
                        );
                    }
                    if let Some(id) = selected {
                        assert!(
                            placed.iter().any(|p| p.id == id),
                            "{id} selected and unlabelled at {screen_width} px"
                        );
                    }
                    let boxes = placed_boxes(&candidates, &placed, ppu);
                    assert_eq!(overlapping(&boxes), None, "at {screen_width} px");
                }
            }
        }
    }
    use crate::geo::{load_region, REGION_JSON};

    /// At 320 and 1280 px wide, in both languages, the kept labels never overlap, and the
    /// most important ones are there on a wide screen.
    #[test]
    fn labels_do_not_collide_at_320_and_1280_px() {
        let (data, region, features, frame) = whole_map();
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
                    None,
                );
                let placed = place_labels(&candidates, LABEL_PX, ppu, frame);
                let kept: Vec<String> = placed.iter().map(|p| p.id.clone()).collect();
                let boxes = placed_boxes(&candidates, &placed, ppu);
                assert_eq!(
                    overlapping(&boxes),
                    None,
                    "labels collide at {screen_width} px"
                );
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
        let candidates = map_label_candidates(
            &data,
            &features,
            Lang::Es,
            layers,
            1.0,
            20.0,
            Status::Done,
            None,
        );
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
            None,
        );
        assert_eq!(
            running.iter().find(|c| c.id == "guatemala").unwrap().text,
            "Guatemala"
        );
        assert!(running.iter().all(|c| !c.text.contains('·')));
    }

    /// A label at `x` with no leader.
    fn label(id: &str, text: &str, x: f64) -> PlacedLabel {
        PlacedLabel {
            id: id.to_owned(),
            text: text.to_owned(),
            at: crate::geo::Point::new(x, 10.0),
            leader: None,
        }
    }

    #[test]
    fn label_edits_touch_only_the_labels_that_change() {
        let drawn = [
            label("guatemala", "Guatemala", 1.0),
            label("honduras", "Honduras", 2.0),
            label("texas", "Texas", 3.0),
        ];
        let mut moved = label("honduras", "Honduras", 2.5);
        moved.leader = Some((
            crate::geo::Point::new(0.0, 0.0),
            crate::geo::Point::new(1.0, 1.0),
        ));
        let next = [
            label("colombia", "Colombia", 4.0),
            label("guatemala", "Guatemala · 36", 1.0),
            moved.clone(),
            label("texas", "Texas", 3.0),
        ];
        let (gone, new) = label_edits(&drawn, &next);
        assert_eq!(gone, ["guatemala", "honduras"]);
        let new: Vec<&PlacedLabel> = new;
        assert_eq!(new, [&next[0], &next[1], &moved]);

        let (gone, new) = label_edits(&next, &next);
        assert!(gone.is_empty() && new.is_empty());
        let (gone, new) = label_edits(&next, &[]);
        assert_eq!(gone, ["colombia", "guatemala", "honduras", "texas"]);
        assert!(new.is_empty());
    }

    /// The edits of every change the map makes between timeline states, applied to the labels
    /// drawn, give the labels placed: nothing kept that should go, nothing missing.
    #[test]
    fn label_edits_applied_give_the_labels_placed() {
        let (data, _, features, frame) = whole_map();
        let at = |status| {
            let candidates = map_label_candidates(
                &data,
                &features,
                Lang::Es,
                Layers::default(),
                1.0,
                20.0,
                status,
                None,
            );
            place_labels(&candidates, LABEL_PX, 1.0, frame)
        };
        let states = [
            Status::Upcoming,
            Status::Running,
            Status::Done,
            Status::Upcoming,
        ];
        for pair in states.windows(2) {
            let (drawn, next) = (at(pair[0]), at(pair[1]));
            let (gone, new) = label_edits(&drawn, &next);
            let mut applied: Vec<PlacedLabel> = drawn
                .iter()
                .filter(|label| !gone.contains(&label.id.as_str()))
                .cloned()
                .chain(new.into_iter().cloned())
                .collect();
            let mut expected = next.clone();
            applied.sort_by(|a, b| a.id.cmp(&b.id));
            expected.sort_by(|a, b| a.id.cmp(&b.id));
            assert_eq!(applied, expected, "{:?} -> {:?}", pair[0], pair[1]);
            // And the step changes fewer labels than it draws.
            assert!(gone.len() < drawn.len(), "{:?} -> {:?}", pair[0], pair[1]);
        }
    }
}
