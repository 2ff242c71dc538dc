//! Label placement without collisions: labels are tried in priority order and a label that
//! would overlap one already placed, or leave the frame, is dropped at that size, unless it
//! is one the map must show (a destination's figure, the selected place): that one moves to
//! the nearest free spot and a leader line ties it to its mark.

use crate::geo::projection::Point;

/// A label to place: its text, where it is anchored (centred), and how much it matters.
#[derive(Clone, Debug, PartialEq)]
pub struct LabelCandidate {
    /// An id the caller uses to find which labels were kept.
    pub id: String,
    /// The text, for its width.
    pub text: String,
    /// The centre, map units.
    pub anchor: Point,
    /// Lower goes first.
    pub priority: u32,
    /// For a label that must be shown: the mark it names. If the label does not fit at its
    /// anchor it is moved, with a leader line to this mark, instead of being dropped.
    pub required: Option<Mark>,
}

/// The mark a label names: its centre and radius, map units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Mark {
    /// Centre.
    pub centre: Point,
    /// Radius (0 for a point).
    pub radius: f64,
}

/// A label as placed: where its text is centred, and the leader line from its mark's edge to
/// the label's box when it was moved away from its anchor.
#[derive(Clone, Debug, PartialEq)]
pub struct PlacedLabel {
    /// The candidate's id.
    pub id: String,
    /// The text.
    pub text: String,
    /// The text's centre, map units.
    pub at: Point,
    /// From the mark's edge to the label's box, map units.
    pub leader: Option<(Point, Point)>,
}

/// A label's box in map units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LabelBox {
    /// Left.
    pub x: f64,
    /// Top.
    pub y: f64,
    /// Width.
    pub width: f64,
    /// Height.
    pub height: f64,
}

impl LabelBox {
    /// Whether two boxes share any area.
    pub fn overlaps(&self, other: &LabelBox) -> bool {
        self.x < other.x + other.width
            && other.x < self.x + self.width
            && self.y < other.y + other.height
            && other.y < self.y + self.height
    }

    fn inside(&self, frame: &LabelBox) -> bool {
        self.x >= frame.x
            && self.y >= frame.y
            && self.x + self.width <= frame.x + frame.width
            && self.y + self.height <= frame.y + frame.height
    }

    /// The same box with its centre at `centre`.
    fn centred_at(&self, centre: Point) -> LabelBox {
        LabelBox {
            x: centre.x - self.width / 2.0,
            y: centre.y - self.height / 2.0,
            ..*self
        }
    }

    /// The point of the box's edge nearest to `point`.
    fn nearest_to(&self, point: Point) -> Point {
        // `geo::clamp`, not `f64::clamp`: the latter's NaN check formats floats, a few
        // kilobytes of the wasm.
        Point::new(
            crate::geo::clamp(point.x, self.x, self.x + self.width),
            crate::geo::clamp(point.y, self.y, self.y + self.height),
        )
    }
}

/// The average advance of a character as a share of the font size, for system sans-serif
/// fonts; generous so that estimates err towards dropping a label, not overlapping.
const CHAR_WIDTH: f64 = 0.62;

/// The box `candidate` would occupy at `font_px` on a map drawn `screen_px_per_unit` pixels per
/// map unit, with a little padding.
pub fn label_box(candidate: &LabelCandidate, font_px: f64, screen_px_per_unit: f64) -> LabelBox {
    let chars = candidate.text.chars().count() as f64;
    let width = (chars * CHAR_WIDTH * font_px + 4.0) / screen_px_per_unit;
    let height = (font_px * 1.3) / screen_px_per_unit;
    LabelBox {
        x: candidate.anchor.x - width / 2.0,
        y: candidate.anchor.y - height / 2.0,
        width,
        height,
    }
}

/// How far, in label heights, a required label may move from its mark before it is given up.
const MAX_RINGS: u32 = 40;
/// Directions tried on each ring, starting east and turning clockwise (screen y is down).
const DIRECTIONS: u32 = 16;

/// The cosine and sine of each of the [`DIRECTIONS`] angles, k·τ/16 from east, written out:
/// computing them would link the sine and cosine (about 7 KB of wasm) for sixteen constants.
/// A test checks them against `f64::cos` and `f64::sin`.
const DIRECTION_VECTORS: [(f64, f64); DIRECTIONS as usize] = {
    const C1: f64 = 0.923_879_532_511_286_7; // cos 22.5°
    const C2: f64 = std::f64::consts::FRAC_1_SQRT_2; // cos 45°
    const C3: f64 = 0.382_683_432_365_089_8; // cos 67.5°
    [
        (1.0, 0.0),
        (C1, C3),
        (C2, C2),
        (C3, C1),
        (0.0, 1.0),
        (-C3, C1),
        (-C2, C2),
        (-C1, C3),
        (-1.0, 0.0),
        (-C1, -C3),
        (-C2, -C2),
        (-C3, -C1),
        (0.0, -1.0),
        (C3, -C1),
        (C2, -C2),
        (C1, -C3),
    ]
};

/// The labels that fit, in priority order, none overlapping another and all inside `frame`
/// (`x`, `y`, `width`, `height` in map units). Required labels are placed first: at their
/// anchor when it is free, else at the nearest free spot around their mark (rings one label
/// height apart), with a leader line; a required label's text never covers another
/// required label's mark. The others keep their anchor or are dropped.
///
/// ```
/// use corredor_core::geo::labels::{place_labels, LabelBox, LabelCandidate, Mark};
/// use corredor_core::geo::projection::Point;
/// let frame = LabelBox { x: 0.0, y: 0.0, width: 400.0, height: 400.0 };
/// let at = |id: &str, x, priority, required: bool| LabelCandidate {
///     id: id.into(), text: id.into(), anchor: Point::new(x, 200.0), priority,
///     required: required.then_some(Mark { centre: Point::new(x, 190.0), radius: 4.0 }),
/// };
/// // Two labels on top of each other: the optional one is dropped, the required one moves.
/// let placed = place_labels(&[at("Honduras", 200.0, 1, true), at("Nicaragua", 205.0, 2, true), at("Mar", 202.0, 3, false)], 12.0, 1.0, frame);
/// let ids: Vec<&str> = placed.iter().map(|p| p.id.as_str()).collect();
/// assert_eq!(ids, ["Honduras", "Nicaragua"]);
/// assert!(placed[0].leader.is_none() && placed[1].leader.is_some());
/// ```
pub fn place_labels(
    candidates: &[LabelCandidate],
    font_px: f64,
    screen_px_per_unit: f64,
    frame: LabelBox,
) -> Vec<PlacedLabel> {
    let mut order: Vec<&LabelCandidate> = candidates.iter().collect();
    crate::sorting::sort_by_key(&mut order, |candidate| {
        (candidate.required.is_none(), candidate.priority)
    });
    // Required marks inside the frame are obstacles for moved labels: a label must not hide
    // the circle it, or another, names.
    let marks: Vec<LabelBox> = order
        .iter()
        .filter_map(|candidate| candidate.required)
        .map(|mark| {
            let radius = mark.radius.max(2.0 / screen_px_per_unit);
            LabelBox {
                x: mark.centre.x - radius,
                y: mark.centre.y - radius,
                width: 2.0 * radius,
                height: 2.0 * radius,
            }
        })
        .filter(|mark| mark.inside(&frame))
        .collect();
    let mut placed: Vec<LabelBox> = Vec::new();
    let mut kept = Vec::new();
    for candidate in order {
        let bounds = label_box(candidate, font_px, screen_px_per_unit);
        let free = |bounds: &LabelBox, placed: &[LabelBox]| {
            bounds.inside(&frame) && !placed.iter().any(|other| other.overlaps(bounds))
        };
        if free(&bounds, &placed) {
            placed.push(bounds);
            kept.push(PlacedLabel {
                id: candidate.id.clone(),
                text: candidate.text.clone(),
                at: candidate.anchor,
                leader: None,
            });
            continue;
        }
        let Some(mark) = candidate.required else {
            continue;
        };
        let visible = mark.centre.x >= frame.x
            && mark.centre.x <= frame.x + frame.width
            && mark.centre.y >= frame.y
            && mark.centre.y <= frame.y + frame.height;
        if !visible {
            continue;
        }
        let step = bounds.height;
        let spot = (1..=MAX_RINGS)
            .flat_map(|ring| {
                DIRECTION_VECTORS.iter().map(move |(cos, sin)| {
                    // An ellipse as wide as the label: labels are wider than tall, so the
                    // rings step sideways by more than a height.
                    let distance = f64::from(ring) * step;
                    Point::new(
                        mark.centre.x + cos * (distance + bounds.width / 2.0),
                        mark.centre.y + sin * (distance + mark.radius),
                    )
                })
            })
            .map(|centre| bounds.centred_at(centre))
            .find(|moved| free(moved, &placed) && !marks.iter().any(|other| other.overlaps(moved)));
        if let Some(moved) = spot {
            let centre = Point::new(moved.x + moved.width / 2.0, moved.y + moved.height / 2.0);
            let end = moved.nearest_to(mark.centre);
            let (dx, dy) = (end.x - mark.centre.x, end.y - mark.centre.y);
            let length = dx.hypot(dy);
            let start = if length > mark.radius && length > 0.0 {
                Point::new(
                    mark.centre.x + dx / length * mark.radius,
                    mark.centre.y + dy / length * mark.radius,
                )
            } else {
                mark.centre
            };
            placed.push(moved);
            kept.push(PlacedLabel {
                id: candidate.id.clone(),
                text: candidate.text.clone(),
                at: centre,
                leader: Some((start, end)),
            });
        }
    }
    kept
}

#[cfg(test)]
mod tests {

    #[test]
    fn the_direction_table_is_the_sixteen_angles() {
        for (k, (cos, sin)) in super::DIRECTION_VECTORS.iter().enumerate() {
            let angle = k as f64 * std::f64::consts::TAU / f64::from(super::DIRECTIONS);
            assert!((cos - angle.cos()).abs() < 1e-15, "{k}");
            assert!((sin - angle.sin()).abs() < 1e-15, "{k}");
        }
    }

    use super::*;

    fn candidate(id: &str, x: f64, y: f64, priority: u32) -> LabelCandidate {
        LabelCandidate {
            id: id.into(),
            text: id.into(),
            anchor: Point::new(x, y),
            priority,
            required: None,
        }
    }

    const FRAME: LabelBox = LabelBox {
        x: 0.0,
        y: 0.0,
        width: 1000.0,
        height: 1000.0,
    };

    #[test]
    fn the_more_important_of_two_overlapping_labels_wins() {
        let labels = [
            candidate("Honduras", 500.0, 500.0, 2),
            candidate("Guatemala", 510.0, 502.0, 1),
        ];
        let ids = |placed: Vec<PlacedLabel>| placed.into_iter().map(|p| p.id).collect::<Vec<_>>();
        assert_eq!(
            ids(place_labels(&labels, 12.0, 1.0, FRAME)),
            vec!["Guatemala"]
        );
        // Far enough apart, both fit.
        let apart = [
            candidate("Honduras", 500.0, 500.0, 2),
            candidate("Guatemala", 500.0, 600.0, 1),
        ];
        assert_eq!(place_labels(&apart, 12.0, 1.0, FRAME).len(), 2);
    }

    #[test]
    fn labels_leaving_the_frame_are_dropped() {
        let labels = [candidate("Edge", 2.0, 500.0, 1)];
        assert!(place_labels(&labels, 12.0, 1.0, FRAME).is_empty());
    }

    #[test]
    fn a_smaller_screen_keeps_fewer_labels() {
        let labels: Vec<_> = (0..20)
            .map(|i| candidate(&format!("Place{i}"), 100.0 + 40.0 * f64::from(i), 500.0, i))
            .collect();
        let wide = place_labels(&labels, 12.0, 1.28, FRAME).len();
        let narrow = place_labels(&labels, 12.0, 0.32, FRAME).len();
        assert!(narrow < wide, "{narrow} < {wide}");
    }

    #[test]
    fn a_required_label_moves_with_a_leader_instead_of_being_dropped() {
        let mut labels: Vec<LabelCandidate> = (0..6)
            .map(|i| {
                let mut c = candidate(&format!("Place{i}"), 500.0 + f64::from(i), 500.0, i);
                c.required = Some(Mark {
                    centre: Point::new(500.0 + f64::from(i) * 3.0, 490.0),
                    radius: 3.0,
                });
                c
            })
            .collect();
        labels.push(candidate("Optional", 501.0, 500.0, 0));
        let placed = place_labels(&labels, 12.0, 1.0, FRAME);
        assert_eq!(
            placed.len(),
            6,
            "every required label, and not the optional one"
        );
        assert!(placed.iter().all(|p| p.id != "Optional"));
        let boxes: Vec<LabelBox> = placed
            .iter()
            .map(|p| {
                let c = labels.iter().find(|c| c.id == p.id).unwrap();
                label_box(c, 12.0, 1.0).centred_at(p.at)
            })
            .collect();
        for (i, a) in boxes.iter().enumerate() {
            for b in &boxes[i + 1..] {
                assert!(!a.overlaps(b), "{a:?} {b:?}");
            }
        }
        assert_eq!(placed.iter().filter(|p| p.leader.is_some()).count(), 5);
        // A leader ends on its label's box and starts on its mark's edge.
        for label in placed.iter().filter(|p| p.leader.is_some()) {
            let (start, _) = label.leader.unwrap();
            let mark = labels
                .iter()
                .find(|c| c.id == label.id)
                .unwrap()
                .required
                .unwrap();
            let from_centre = (start.x - mark.centre.x).hypot(start.y - mark.centre.y);
            assert!((from_centre - mark.radius).abs() < 1e-9);
        }
    }

    #[test]
    fn a_required_label_whose_mark_is_out_of_view_is_not_placed() {
        let mut label = candidate("Far", 2000.0, 500.0, 0);
        label.required = Some(Mark {
            centre: Point::new(2000.0, 490.0),
            radius: 3.0,
        });
        assert!(place_labels(&[label], 12.0, 1.0, FRAME).is_empty());
    }
}
