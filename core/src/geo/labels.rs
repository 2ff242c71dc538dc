//! Label placement without collisions: labels are tried in priority order and a label that
//! would overlap one already placed, or leave the frame, is dropped at that size.

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
    fn overlaps(&self, other: &LabelBox) -> bool {
        self.x < other.x + other.width
            && other.x < self.x + self.width
            && self.y < other.y + other.height
            && other.y < self.y + self.height
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

/// The ids of the labels that fit, in priority order, none overlapping another and all
/// inside `frame` (`x`, `y`, `width`, `height` in map units).
pub fn place_labels(
    candidates: &[LabelCandidate],
    font_px: f64,
    screen_px_per_unit: f64,
    frame: LabelBox,
) -> Vec<String> {
    let mut order: Vec<&LabelCandidate> = candidates.iter().collect();
    order.sort_by_key(|candidate| candidate.priority);
    let mut placed: Vec<LabelBox> = Vec::new();
    let mut kept = Vec::new();
    for candidate in order {
        let bounds = label_box(candidate, font_px, screen_px_per_unit);
        let inside = bounds.x >= frame.x
            && bounds.y >= frame.y
            && bounds.x + bounds.width <= frame.x + frame.width
            && bounds.y + bounds.height <= frame.y + frame.height;
        if inside && !placed.iter().any(|other| other.overlaps(&bounds)) {
            placed.push(bounds);
            kept.push(candidate.id.clone());
        }
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    fn candidate(id: &str, x: f64, y: f64, priority: u32) -> LabelCandidate {
        LabelCandidate {
            id: id.into(),
            text: id.into(),
            anchor: Point::new(x, y),
            priority,
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
        assert_eq!(place_labels(&labels, 12.0, 1.0, FRAME), vec!["Guatemala"]);
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
}
